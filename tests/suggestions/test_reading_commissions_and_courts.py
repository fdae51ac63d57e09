"""Readings first met in rounds da to dc of news the reader had not seen (bench/reading_unseen):
United States state and local events. A year inside a law a body was created by names that
law, not when the body acted; a body that approves its own report enacts nothing."""

from .reading_helpers import CALIFORNIA, OAKLAND, TEXAS, iso, one, plain, read


def test_a_year_inside_the_law_that_created_a_body_does_not_date_what_the_body_did():
    proposal = one(
        plain(
            "A commission created by Texas' 2020 police reform law has recommended that "
            "police get a warrant before running a face search.",
            published="2022-03-10",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "campaign",
        None,
        TEXAS.pk,
    )


def test_a_law_whose_year_opens_the_sentence_is_still_dated_by_it():
    proposals = read(
        plain(
            "Texas' 2009 law requires written consent before a company captures a face scan.",
            published="2022-03-10",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2009")]


def test_a_body_that_approves_its_own_report_enacts_nothing():
    proposals = read(
        plain(
            "A Texas commission has recommended that police get a warrant before running a "
            "face search. The commission approved its final report earlier this month.",
            published="2022-03-10",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2022-03")]


def test_whatever_a_court_orders_a_party_to_do_it_orders_by_its_ruling():
    proposal = one(
        plain(
            "The Texas Supreme Court on Thursday ordered Acme to defend a shop in a case over "
            "face scans.",
            published="2021-05-20",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2021-05-20")


def test_a_party_described_as_sued_for_something_brings_no_new_suit():
    proposals = read(
        plain(
            "The Texas Supreme Court ruled on Thursday in favour of Acme, a retailer sued for "
            "collecting shoppers' face scans.",
            published="2021-05-20",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("court_ruling", "2021-05-20")]


def test_a_place_that_only_says_where_the_place_before_it_is_takes_no_measure():
    proposals = read(
        plain(
            "Voters in Oakland, the largest city in California, approved a ban on Tuesday. "
            "Oakland, the sister city of Rome, is the first city to adopt such a ban.",
            published="2021-11-03",
        )
    )
    assert [(p.action_type, p.jurisdiction_id) for p in proposals] == [("ban", OAKLAND.pk)]


def test_a_settlement_of_suits_brought_years_before_is_dated_when_announced():
    proposals = read(
        plain(
            "Acme has agreed to pay Texas $5 million to settle two lawsuits the state brought in "
            "2022, the attorney general announced last week.",
            published="2025-05-12",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("lawsuit", "2025-05", TEXAS.pk)
    ]


def test_a_judge_deciding_a_motion_to_dismiss_a_suit_rules_and_brings_no_suit():
    proposals = read(
        plain(
            "A Texas judge on Friday denied Acme's motion to dismiss a lawsuit brought by the "
            "ACLU under the state's biometric privacy law.",
            published="2021-08-28",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("court_ruling", "2021-08-27")]


def test_a_report_released_on_a_day_named_after_it_dates_the_recommendations_told_before():
    proposals = read(
        plain(
            "A Texas commission has recommended that police get a warrant before running a "
            "face search. The commission approved its final report and released it on Tuesday. "
            "Under the law Governor Abbott signed in December 2020, police must ask the state "
            "police to run searches.",
            published="2022-03-24",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals if not p.background] == [
        ("campaign", "2022-03-22")
    ]


def test_a_district_that_activates_its_face_system_authorises_it():
    proposals = read(
        plain(
            "The Oakland school district activated its facial recognition and gun detection "
            "system in all of its buildings on Thursday.",
            published="2020-01-03",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("authorisation", "2020-01-02", OAKLAND.pk)
    ]


def test_a_letter_to_an_office_named_in_lower_case_is_a_letter():
    proposals = read(
        plain(
            "The ACLU wrote to the state attorney general on Monday, asking him to stop the "
            "searches.",
            published="2020-01-08",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("letter", "2020-01-06")]


def test_what_another_did_the_same_day_is_dated_by_the_action_before():
    proposals = read(
        plain(
            "The Oakland school district activated its facial recognition system on Thursday. "
            "The ACLU wrote to the state education commissioner the same day, asking her to "
            "stop it.",
            published="2020-01-03",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [
        ("authorisation", "2020-01-02"),
        ("letter", "2020-01-02"),
    ]


def test_a_bill_held_in_committee_and_one_a_committee_sends_on_are_steps_of_bills():
    held = read(
        plain(
            "AB 99, a bill to set rules for facial recognition in California, was held in the "
            "Assembly Appropriations Committee this week.",
            published="2020-06-05",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in held] == [
        ("bill", "2020-06", CALIFORNIA.pk)
    ]
    sent = read(
        plain(
            "The California Assembly's privacy committee voted 8-3 on Tuesday to send AB 99 to "
            "the appropriations committee.",
            published="2020-05-05",
        )
    )
    assert [(p.action_type, iso(p)) for p in sent] == [("bill", "2020-05-05")]


def test_an_authority_that_asks_a_body_to_delay_its_face_system_pauses_it():
    proposal = one(
        plain(
            "The Federal Trade Commission said on Thursday that it had asked Acme to delay "
            "testing its face scanning system until privacy protections are in place.",
            published="2019-05-30",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("moratorium", "2019-05-30")


def test_a_group_that_asks_a_council_to_delay_a_purchase_calls_for_a_pause():
    proposal = one(
        plain(
            "The ACLU asked the Portland City Council on Monday to delay the purchase of face "
            "recognition cameras.",
            published="2020-06-02",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2020-06-01")


def test_a_court_that_sets_aside_a_finding_rules():
    # "partly set aside the finding that Acme broke the law": a court undoing a decision.
    proposal = one(
        plain(
            "Last Wednesday the Texas Supreme Court partly set aside the finding that Acme broke "
            "the privacy law when it ran facial recognition in its stores.",
            published="2026-02-09",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "court_ruling",
        TEXAS.pk,
        "2026-02-04",
    )


def test_where_a_party_acted_when_it_broke_the_law_does_not_place_the_ruling():
    # "... broke the law when it ran facial recognition in its stores in Oakland": the stores'
    # place, in a clause of what the party did; the court's own state places its ruling.
    proposal = one(
        plain(
            "Last Wednesday the Texas Supreme Court partly set aside the finding that Acme broke "
            "the privacy law when it ran facial recognition in its stores in Oakland.",
            published="2026-02-09",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("court_ruling", TEXAS.pk)
