"""Readings first met in rounds gd-gf of news the reader had not seen (bench/reading_unseen):
companies and the courts, and regulators outside Europe and North America. A suit filed in a
named court belongs where the court sits, whatever else the complaint says happened in "four
states"; a court that declines to hear an appeal decides it; the order plaintiffs ask for is
none made; "The proposed class action, filed last month" is the suit just reported; what came
"a week after" another event is not dated by the date told before it."""

from .reading_helpers import CALIFORNIA, COURT, US, feed, iso, item, one, plain, read


def test_a_suit_filed_in_a_named_court_belongs_where_the_court_sits_not_to_many_states():
    proposal = one(
        plain(
            "A student sued Acme in a U.S. federal court on Monday, claiming its cameras linked "
            "him to thefts from its stores in four states.",
            published="2019-04-23",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "lawsuit",
        "2019-04-22",
        US.pk,
    )


def test_a_suit_filed_in_a_state_court_by_people_from_several_states_is_the_courts():
    proposal = one(
        plain(
            "Customers in several states sued Acme in California state court on Monday over "
            "its face scans.",
            published="2019-04-23",
        )
    )
    assert (proposal.jurisdiction_id) == CALIFORNIA.pk


def test_a_court_declining_to_hear_an_appeal_rules_on_it():
    proposal = one(
        plain(
            "The Texas Supreme Court on Tuesday declined to take up Acme's challenge to a class "
            "action accusing it of building face templates of its users.",
            published="2020-01-22",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2020-01-21")
    assert COURT.pk in [org for org, _role in proposal.organisations]


def test_the_order_plaintiffs_ask_for_is_no_order_made():
    proposals = read(
        plain(
            "Users sued Acme on Monday in Texas. The plaintiffs are asking for $5,000 for each "
            "violation of the law, and for an order requiring the company to delete the data.",
            published="2023-03-02",
        )
    )
    assert [p.action_type for p in proposals] == ["lawsuit"]


def test_the_proposed_class_action_filed_last_month_is_the_suit_just_reported():
    proposals = read(
        plain(
            "Acme has been sued by Texas users who say it collected their face scans. The "
            "proposed class action, filed last month in a federal court in Sacramento, says "
            "the app analyses each user's face.",
            published="2023-03-02",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2023-02")]


def test_what_came_a_week_after_another_event_is_not_dated_by_the_date_before_it():
    proposals = read(
        feed(
            "Texas Supreme Court won't hear Acme's appeal",
            "The Texas Supreme Court on Tuesday declined to hear Acme's appeal.",
            published="2020-01-22",
            related=[
                item(
                    "Acme settles",
                    "Acme agreed on Wednesday to pay $550 million to settle the class action, a "
                    "week after the Texas Supreme Court refused to hear its appeal.",
                    published="2020-01-30",
                )
            ],
        )
    )
    assert sorted((p.action_type, iso(p)) for p in proposals) == [
        ("court_ruling", "2020-01-21"),
        ("lawsuit", "2020-01-29"),
    ]
