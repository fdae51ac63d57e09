"""Readings first met outside the development corpus: each rule on the sentence that taught it.

The sentences come from news of events the corpus does not hold (Portland, Oregon's ban on
private use; IBM leaving the business; Meta switching off Facebook's face recognition;
Virginia's law; Boston's ban); the places are the helpers' own.
"""

from .reading_helpers import (
    CALIFORNIA,
    COUNCIL,
    MAINE,
    OAKLAND,
    PORTLAND,
    SAN_FRANCISCO,
    feed,
    iso,
    one,
    plain,
    read,
)


def test_a_state_that_only_places_the_acting_council_is_not_where_the_ban_belongs():
    proposal = one(
        plain(
            "The Portland City Council in Maine voted unanimously on Wednesday to ban city "
            "bureaus from using facial recognition.",
            published="2020-09-10",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("ban", PORTLAND.pk)
    assert [pk for pk, _role in proposal.organisations] == [COUNCIL.pk]


def test_a_state_named_beside_a_ban_by_no_local_body_is_still_where_it_belongs():
    proposal = one(
        plain(
            "Maine voted on Wednesday to ban police use of facial recognition.",
            published="2020-09-10",
        )
    )
    assert proposal.jurisdiction_id == MAINE.pk


def test_a_companys_pledge_told_to_lawmakers_is_still_company_wide():
    proposal = one(
        plain(
            "Acme's chief executive told the Portland City Council in a letter on Monday that "
            "the company would no longer offer facial recognition software.",
            published="2020-06-09",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("corporate_pledge", None)


def test_a_company_shutting_down_its_own_system_pledges():
    proposal = one(
        plain(
            "Meta said on Tuesday that it would shut down the face recognition system on its "
            "social network and delete more than a billion face templates.",
            published="2021-11-03",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "corporate_pledge",
        "2021-11-02",
        None,
    )


def test_a_city_shutting_down_cameras_makes_no_pledge():
    assert not read(
        plain("Oakland shut down the cameras in the park on Tuesday.", published="2021-11-03")
    )


def test_an_undated_law_takes_the_day_a_later_sentence_says_it_was_signed():
    proposal = one(
        feed(
            "Maine lawmakers ban local police from using facial recognition without approval",
            "Maine's legislature has passed a bill that bars local law enforcement agencies "
            "from using facial recognition unless the legislature authorizes it. Gov. Janet "
            "Mills signed the bill on Monday; it takes effect July 1.",
            published="2021-06-30",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("ban", "2021-06-28")


def test_a_later_sentence_that_says_only_when_a_law_takes_effect_dates_nothing():
    proposal = one(
        feed(
            "Maine lawmakers ban local police from using facial recognition without approval",
            "Maine's legislature has passed a bill that bars local law enforcement agencies "
            "from using facial recognition unless the legislature authorizes it. The bill, "
            "approved by the governor, takes effect July 1.",
            published="2021-06-30",
        )
    )
    assert iso(proposal) is None


def test_places_joined_as_well_as_others_with_similar_ordinances_took_the_same_measure():
    proposals = read(
        plain(
            "The Portland City Council voted on Monday to ban city use of facial recognition. "
            "Portland joins Sacramento, as well as San Francisco and Oakland in California, "
            "which passed similar ordinances in 2019.",
            published="2020-08-05",
        )
    )
    found = sorted((p.jurisdiction_id, p.action_type) for p in proposals)
    assert (PORTLAND.pk, "ban") in found
    assert (SAN_FRANCISCO.pk, "ban") in found
    assert (OAKLAND.pk, "ban") in found
    assert (CALIFORNIA.pk, "regulation") not in found
    assert all(action_type == "ban" for _pk, action_type in found)


def test_an_advisory_body_recommending_a_ban_asks_for_it():
    proposals = read(
        plain(
            "The Oakland Privacy Advisory Commission voted on Thursday to recommend that the "
            "City Council ban city departments from using facial recognition.",
            published="2019-06-07",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2019-06-06")]


def test_a_court_annulling_a_decision_rules_in_the_case_it_was_brought():
    proposals = read(
        plain(
            "A court in Texas on Thursday annulled the decision of the state to test facial "
            "recognition gates at two schools, in a case brought by the ACLU.",
            published="2020-02-27",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("court_ruling", "2020-02-27")]


def test_a_case_brought_is_still_a_lawsuit_where_no_ruling_is_reported():
    proposals = read(
        plain(
            "The ACLU said on Thursday that a case was brought against Clearview AI in Texas.",
            published="2020-05-29",
        )
    )
    assert [p.action_type for p in proposals] == ["lawsuit"]


def test_a_judge_approving_a_settlement_rules_once():
    proposals = read(
        plain(
            "A federal judge in Texas on Thursday gave final approval to a settlement of a class "
            "action against Clearview AI. The judge approved the deal over objections from "
            "several states.",
            published="2025-03-22",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("court_ruling", "2025-03-20")]


def test_a_company_settling_a_regulators_charges_is_the_regulators_enforcement():
    proposals = read(
        plain(
            "The FTC said on Monday that Acme had agreed to settle charges that it deceived "
            "users about its use of facial recognition.",
            published="2021-01-12",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2021-01-11")]


def test_what_a_court_orders_is_its_ruling():
    proposals = read(
        plain(
            "A state court in Texas on Wednesday ordered the city's metro operator to stop "
            "collecting passengers' faces.",
            published="2022-03-24",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("court_ruling", "2022-03-23")]


def test_a_provisional_agreement_on_a_law_is_a_bill_that_its_description_does_not_repeat():
    proposals = read(
        plain(
            "Negotiators for the EU reached a provisional agreement on the AI Act late on "
            "Friday. The deal bans untargeted scraping of facial images. The European "
            "Commission proposed the law in April 2021.",
            published="2023-12-09",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [
        ("bill", "2023-12-08"),
        ("bill", "2021-04"),
    ]


def test_a_police_force_that_will_not_introduce_a_system_pledges():
    proposal = one(
        plain(
            "The Portland City Council said it will not introduce live facial recognition.",
            published="2020-02-12",
        )
    )
    assert proposal.action_type == "corporate_pledge"


def test_a_regulators_formal_opinion_is_guidance_it_issued():
    proposal = one(
        plain(
            "The FTC published a formal opinion on Friday setting out the tests that companies "
            "using facial recognition must meet.",
            published="2021-06-18",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2021-06-18")


def test_a_commissioner_named_by_title_finding_a_breach_enforces():
    proposal = one(
        plain(
            "Privacy Commissioner Carly Kind found on Tuesday that Acme breached customers' "
            "privacy by scanning their faces.",
            published="2024-11-19",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2024-11-19")


def test_lawmakers_who_wrote_to_an_agency_sent_a_letter():
    proposal = one(
        plain(
            "A group of 14 senators wrote to the FTC on Thursday asking it to stop the expansion.",
            published="2023-11-17",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("letter", "2023-11-16")


def test_places_a_ban_joins_in_its_own_sentence_took_it_too():
    proposals = read(
        plain(
            "The Portland City Council voted on Tuesday to ban city use of facial recognition, "
            "joining San Francisco and Oakland.",
            published="2019-12-18",
        )
    )
    found = sorted((p.jurisdiction_id, p.action_type, iso(p)) for p in proposals)
    assert found == sorted(
        [
            (PORTLAND.pk, "ban", "2019-12-17"),
            (SAN_FRANCISCO.pk, "ban", None),
            (OAKLAND.pk, "ban", None),
        ]
    )


def test_a_halt_of_another_surveillance_technology_is_no_action_on_biometrics():
    document = plain(
        "The mayor said the Oakland Police Department had stopped using predictive software "
        "in 2017.",
        published="2020-06-24",
    )
    assert read(document) == []
    both = plain(
        "Oakland on Tuesday banned predictive policing and the police's use of facial recognition.",
        published="2020-06-24",
    )
    assert [p.action_type for p in read(both)] == ["ban"]
