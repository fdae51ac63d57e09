"""Kinds of action and their words first met in the seventh round of unseen news: campaigns
named like bans, courts that uphold or reject, drafts withdrawn, petitions, investigations,
limits that only sound like bans, and reversals. The sentences come from news the development
corpus does not hold (Amnesty's Ban the Scan, France's Constitutional Council, New Orleans'
reversal, King's Cross, Maryland's law, a Moscow court, Serbia's draft, Hyderabad); the names
are the helpers' own."""

from .reading_helpers import (
    CALIFORNIA,
    ITALY,
    OAKLAND,
    feed,
    iso,
    item,
    one,
    plain,
    read,
)


def test_a_campaign_named_like_a_ban_and_calling_for_one_is_one_campaign():
    proposal = one(
        plain(
            "The ACLU on Tuesday launched Ban the Scan, a global campaign calling for a ban on "
            "facial recognition that starts in Oakland, where it wants the police department "
            "to stop using the technology.",
            published="2021-01-26",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2021-01-26")
    assert proposal.jurisdiction_id == OAKLAND.pk


def test_a_court_that_upholds_a_law_rules_and_the_law_ruling_something_out_pledges_nothing():
    proposals = read(
        plain(
            "Italy's Constitutional Court on Wednesday upheld the law that lets police test "
            "the cameras.\n\nThe court said the test was lawful because the law rules out "
            "facial recognition.",
            published="2023-05-19",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("court_ruling", "2023-05-17", ITALY.pk)
    ]


def test_a_court_rejecting_a_lawsuit_rules_on_it():
    proposal = one(
        plain(
            "A court in Oakland on Tuesday rejected a lawsuit by two activists who said the "
            "cameras violated their privacy.",
            published="2020-03-04",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2020-03-03")


def test_a_vote_reversing_an_earlier_ban_is_dated_by_the_vote_and_the_ban_by_its_own_date():
    proposals = read(
        plain(
            "The Oakland City Council voted 4-2 on Thursday to allow the police to use facial "
            "recognition, reversing part of the ban it approved in December 2020.",
            published="2022-07-22",
        )
    )
    assert sorted((p.action_type, iso(p)) for p in proposals) == [
        ("authorisation", "2022-07-21"),
        ("ban", "2020-12"),
    ]


def test_a_regulator_opening_an_investigation_enforces():
    proposal = one(
        feed(
            "Regulator investigates cameras",
            "",
            related=[
                item(
                    "FTC opens investigation",
                    "The FTC said on Thursday that it was launching an investigation into the "
                    "use of facial recognition cameras at the development.",
                    published="2019-08-15",
                )
            ],
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.related_index) == (
        "enforcement",
        "2019-08-15",
        0,
    )


def test_a_government_withdrawing_its_draft_law_is_a_bill_rejected():
    proposal = one(
        plain(
            "California's Interior Ministry on Thursday withdrew a draft law on police powers "
            "that would have legalised the cameras.",
            published="2021-09-24",
        )
    )
    assert (proposal.action_type, proposal.status, iso(proposal)) == (
        "bill",
        "rejected",
        "2021-09-23",
    )
    assert proposal.jurisdiction_id == CALIFORNIA.pk


def test_a_petition_filed_in_a_court_is_a_lawsuit():
    proposal = one(
        plain(
            "An activist in Oakland filed a petition in the state's high court in December "
            "challenging the police's use of facial recognition.",
            published="2022-01-06",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "lawsuit",
        "2021-12",
        OAKLAND.pk,
    )


def test_barring_a_match_as_the_only_reason_for_an_arrest_limits_use_it_does_not_ban_it():
    proposal = one(
        plain(
            "A state law that bars California police from using a facial recognition match as "
            "the only reason for an arrest and limits searches to serious crimes took effect "
            "on Tuesday.",
            published="2024-10-01",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2024-10-01")


def test_a_companys_halt_at_a_site_named_with_its_city_belongs_to_that_city():
    proposal = one(
        plain(
            "Acme, the developer behind the estate in Oakland, said on Monday that it had "
            "stopped using two facial recognition cameras.",
            published="2019-09-02",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("corporate_pledge", OAKLAND.pk)


def test_a_police_chief_ordering_officers_to_stop_using_a_product_halts_it():
    proposal = one(
        plain(
            "Oakland Police Chief Jane Doe on Thursday ordered officers to stop using "
            "Clearview AI.",
            published="2020-02-14",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("moratorium", OAKLAND.pk)


def test_a_police_department_that_had_stopped_using_a_tool_halted_it():
    proposal = one(
        plain(
            "The mayor said the Portland City Council had stopped using the software in 2017.",
            published="2020-06-25",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("moratorium", "2017")


def test_a_legal_complaint_filed_with_a_regulator_is_a_lawsuit():
    proposal = one(
        plain(
            "The ACLU on Monday filed a legal complaint with the FTC over Acme's cameras.",
            published="2022-07-25",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("lawsuit", "2022-07-25")


def test_a_call_on_a_parliament_sitting_in_a_city_belongs_to_the_country():
    proposals = read(
        plain(
            "The group said the system had no law behind it and called on parliament in Rome "
            "to stop it.",
            published="2020-08-05",
        )
    )
    assert [(p.action_type, p.jurisdiction_id) for p in proposals] == [("campaign", ITALY.pk)]


def test_a_campaign_for_a_ban_on_a_nations_police_belongs_to_that_nation():
    proposal = one(
        plain(
            "Researchers at Acme, part of the University of Sacramento, have joined calls for a "
            "ban on police use of facial recognition, after finding that Italian police "
            "deployments failed.",
            published="2022-11-04",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("campaign", ITALY.pk)


def test_barring_use_until_lawmakers_approve_it_is_a_moratorium():
    proposal = one(
        plain(
            "The governor on Wednesday signed a law which bars officers in California from "
            "using facial recognition until the Legislature approves its use.",
            published="2020-10-09",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("moratorium", "2020-10-07")


def test_a_regulator_ordering_a_city_to_switch_off_cameras_enforces():
    proposal = one(
        plain(
            "The Garante ordered the city of Rome in February 2020 to switch off the facial "
            "recognition functions of its cameras.",
            published="2021-12-03",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2020-02")


def test_a_campaign_named_like_a_pause_is_no_moratorium():
    proposal = one(
        plain(
            "The ACLU, which has led the Press Pause on Face Surveillance campaign since 2019, "
            "urged state lawmakers in Texas on Thursday to follow Oakland.",
            published="2020-06-25",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2020-06-25")


def test_a_places_ban_named_as_a_model_reports_no_ban():
    assert read(plain("ACLU: Oakland ban is a model for the state", published="2020-06-25")) == []


def test_introducing_an_act_by_its_name_is_a_bill():
    proposal = one(
        plain(
            "Two senators on Thursday introduced the Facial Recognition and Biometric "
            "Technology Moratorium Act.",
            published="2020-06-26",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("bill", "2020-06-25")


def test_a_law_that_took_effect_is_news_of_the_law():
    proposal = one(
        plain(
            "A state law requiring agencies in California to test the software for accuracy and "
            "to get a warrant for ongoing surveillance took effect on Thursday.",
            published="2021-07-01",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2021-07-01")


def test_a_campaign_against_a_bill_is_one_campaign():
    proposal = one(
        plain(
            "The ACLU on Monday called on deputies to reject the article of the Olympic Games "
            "bill that would allow algorithmic surveillance in Oakland.",
            published="2023-03-20",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2023-03-20")


def test_a_ban_approved_until_a_date_is_a_moratorium():
    proposal = one(
        plain(
            "Italian lawmakers have approved a ban on the use of facial recognition in public "
            "spaces until December 31, 2023.",
            published="2021-12-02",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("moratorium", ITALY.pk)


def test_backing_a_ban_is_no_ban_and_signatures_gathered_are_a_campaign():
    assert read(feed("EU lawmakers back ban on biometric mass surveillance", "")) == []
    proposal = one(
        plain(
            "The ACLU said on Tuesday it had collected more than 50,000 signatures for a ban "
            "in Oakland.",
            published="2021-10-05",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2021-10-05")


def test_a_title_case_headline_reports_its_measure():
    proposal = one(
        plain(
            "It happened on Monday.",
            title="Italy Bans Facial Recognition In Public Places",
            published="2021-06-01",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("ban", ITALY.pk)
