"""Readings first met in round ak of news the reader had not seen (bench/reading_unseen): a
suit dated by the sentence that says when it was filed, a second finding against another
organisation, a watchdog's finding told as what it says, and a company dropping a plan."""

from .reading_helpers import ACME, ITALY, NETHERLANDS, TEXAS, feed, iso, one, plain, read


def test_a_suit_dated_only_where_its_filing_is_said_between_commas_takes_that_date():
    proposal = one(
        plain(
            "The Texas attorney general has sued Acme, the facial recognition company. "
            "The lawsuit, filed on Tuesday in a state court, accuses the company of breaking "
            "the state's consumer protection law.",
            published="2020-03-11",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "lawsuit",
        "2020-03-10",
        TEXAS.pk,
    )


def test_a_finding_that_another_company_also_broke_the_law_is_a_second_finding():
    proposals = read(
        plain(
            "Acme broke privacy law by using facial recognition in its stores, the Garante has "
            "found. In a determination published on Tuesday, the Garante said the retailer had "
            "collected images without consent. Last year the commissioner found that Meta had also "
            "interfered with its users' privacy.",
            published="2025-10-22",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [
        ("enforcement", "2025-10-21"),
        ("enforcement", "2024"),
    ]


def test_a_suit_said_between_commas_after_a_dated_one_is_that_suit_not_another():
    proposals = read(
        plain(
            "The ACLU on Thursday sued the FTC, seeking records on how it uses facial "
            "recognition. The lawsuit, filed in federal court in Texas, says the agency failed "
            "to answer requests made in January.",
            published="2019-11-01",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2019-10-31")]


def test_a_headline_where_watchdogs_say_something_was_done_without_consent_is_their_finding():
    proposal = one(
        feed(
            "Acme collected 5 million shoppers' images without consent, privacy watchdogs say",
            "The federal privacy commissioner and his counterparts in two provinces said "
            "Thursday that the mall owner estimated visitors' age from its cameras.",
            published="2020-10-29",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2020-10-29")


def test_a_watchdog_that_says_officers_use_was_unlawful_finds_against_it_without_halting_it():
    proposal = one(
        feed("Italian police watchdog says officers' use of Clearview AI was unlawful", "")
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("enforcement", ITALY.pk)


def test_a_regulator_concluding_that_use_had_no_legal_basis_finds_against_it():
    proposal = one(
        plain(
            "The Garante concluded on Friday that officers who ran searches through Clearview "
            "AI during a free trial had no legal basis to do so.",
            published="2021-10-01",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "enforcement",
        "2021-10-01",
        ITALY.pk,
    )


def test_a_company_withdrawing_a_tender_gives_up_the_system_when_it_says_it_did():
    proposal = one(
        plain(
            "Italy's rail operator Acme has withdrawn a tender for a biometric system that "
            "would have used facial recognition at its stations. The company said on Thursday "
            "that it had cancelled the contract. More than 70 researchers had signed an open "
            "letter last month asking the European Union for a moratorium.",
            published="2021-05-21",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "corporate_pledge",
        "2021-05-20",
        ITALY.pk,
    )


def test_a_commissioners_finding_belongs_to_the_one_regulator_named_not_where_the_breach_was():
    proposal = one(
        plain(
            "Privacy Commissioner Jane Doe found on Tuesday that Acme breached its customers' "
            "privacy by scanning their faces in 63 of its stores in Rome. The Garante said the "
            "company must delete the images.",
            published="2024-11-20",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("enforcement", ITALY.pk)


def test_a_company_saying_were_shutting_it_down_acts_on_the_day_it_says_so():
    proposal = one(
        plain(
            "We're shutting down the face recognition system on Meta's network. People who "
            "opted in will no longer be recognized in photos.",
            published="2021-11-02",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("corporate_pledge", "2021-11-02")


def test_a_measure_extended_is_dated_when_extended_not_when_it_was_first_announced():
    proposal = one(
        plain(
            "Acme has quietly extended the one-year moratorium on police use of its facial "
            "recognition software that it announced last June, a company spokesperson said on "
            "Tuesday.",
            published="2021-05-18",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("moratorium", "2021-05-18")


def test_a_company_found_to_have_broken_the_law_is_the_target_of_the_finding():
    proposal = one(
        plain(
            "Acme broke privacy law by scanning every customer's face, the Garante has found.",
            published="2025-10-22",
        )
    )
    assert (ACME.pk, "target") in proposal.organisations


def test_an_inquiry_opened_told_after_the_decision_it_led_to_is_how_it_came_about():
    proposals = read(
        plain(
            "The Garante found on Tuesday that Acme broke privacy law by scanning every "
            "customer's face. The Garante opened its investigation in 2022 after a consumer "
            "group revealed the scans.",
            published="2025-10-22",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2025-10-21")]


def test_a_national_chain_that_stopped_using_it_stopped_in_its_country():
    proposal = one(
        plain(
            "Esselunga said on Monday it had stopped using facial recognition.",
            published="2022-05-03",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("corporate_pledge", ITALY.pk)
    worldwide = one(
        plain(
            "Acme said on Monday it had stopped using facial recognition.", published="2022-05-03"
        )
    )
    assert worldwide.jurisdiction_id is None


def test_a_chamber_passing_what_its_parliament_approved_is_one_act():
    proposal = one(
        plain(
            "The Italian Parliament has approved a moratorium on facial recognition in public "
            "places. The measure was added to a decree that the Senate passed on Thursday.",
            published="2021-12-03",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("moratorium", "2021-12-02")


def test_a_sentence_opening_on_a_description_of_a_body_has_a_body_of_that_kind():
    proposal = one(
        plain(
            "Acme asked the school about its cameras in May. The regulator said on Tuesday "
            "that the school failed to comply with the law.",
            published="2023-06-08",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2023-06-06")


def test_an_ombudsmans_finding_that_a_body_failed_its_duty_is_a_finding():
    proposal = one(
        plain(
            "The ombudsman has found that the agency did not properly assess the risks of the "
            "face databases it paid for. In a decision dated Monday, she called it a serious "
            "shortcoming.",
            published="2022-11-30",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2022-11-28")


def test_challenges_filed_against_a_town_are_a_suit():
    proposal = one(
        plain(
            "A digital rights group has filed challenges against the town of Oakland, arguing "
            "that its camera software amounts to biometric surveillance.",
            published="2022-05-11",
        )
    )
    assert proposal.action_type == "lawsuit"


def test_a_city_that_rules_is_the_courts_seat_not_where_the_ruling_belongs():
    proposal = one(
        plain(
            "1. Rome rules against the Netherlands' fingerprint database\n"
            "The court ruled unanimously on Thursday that keeping the prints breaches privacy.",
            published="2008-12-05",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "court_ruling",
        "2008-12-04",
        NETHERLANDS.pk,
    )
