"""Readings first met when the held-out set's events were told a fourth way (bench/reading_unseen,
z01-z08): a resolution that asks for a ban, a law proposed by its name, a company that "no
longer offers" its product, and a "followed" whose participle says what was done."""

from .reading_helpers import iso, one, plain, read


def test_a_resolution_calling_for_a_ban_campaigns_for_it_and_bans_nothing():
    proposal = one(
        plain(
            "The European Parliament on Wednesday adopted a resolution calling for a permanent "
            "ban on the automated recognition of people in public spaces.",
            published="2021-10-06",
        )
    )
    assert proposal.action_type == "campaign"


def test_a_law_proposed_by_its_name_is_a_bill():
    proposal = one(
        plain(
            "The European Commission on Wednesday proposed the Artificial Intelligence Act, which "
            "would ban police use of real-time remote biometric identification.",
            published="2021-04-21",
        )
    )
    assert (proposal.action_type, proposal.status) == ("bill", "proposed")


def test_a_company_that_no_longer_offers_its_product_pledges_company_wide():
    proposal = one(
        plain(
            "Acme no longer offers general purpose facial recognition software, its chief "
            "executive told lawmakers in a letter on Monday.",
            published="2020-06-12",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("corporate_pledge", None)


def test_a_followed_whose_participle_says_what_was_done_is_that_and_not_a_repeat():
    proposals = read(
        plain(
            "Meta said on Monday it would no longer sell facial recognition to police. Acme "
            "followed on Wednesday, announcing a one-year moratorium on police use of its "
            "software.",
            published="2020-06-12",
        )
    )
    assert [p.action_type for p in proposals] == ["corporate_pledge", "moratorium"]


def test_the_measure_named_again_with_another_date_is_a_step_of_the_one_reported():
    proposal = one(
        plain(
            "Maine's governor on Wednesday signed a moratorium on police use of facial "
            "recognition. Lawmakers had added the moratorium to a police bill in September.",
            published="2020-10-09",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("moratorium", "2020-10-07")


def test_a_regulators_negative_opinion_is_its_decision():
    proposal = one(
        plain(
            "The data protection authority issued a negative opinion on Friday on the system "
            "planned by the interior ministry, saying it lacks a legal basis.",
            published="2021-04-16",
        )
    )
    assert proposal.action_type == "regulation"


def test_an_intent_to_fine_fines_no_one():
    text = (
        "The fine is less than the £17m the regulator had proposed in November, when it "
        "announced a provisional intent to fine the company."
    )
    assert read(plain(text, published="2022-05-24")) == []


def test_a_pledge_made_in_settling_a_lawsuit_is_the_settlement():
    proposal = one(
        plain(
            "Acme agreed this month to stop selling its database to private businesses, "
            "settling a lawsuit brought by the ACLU.",
            published="2022-05-24",
        )
    )
    assert proposal.action_type == "lawsuit"


def test_a_date_past_a_semicolon_belongs_to_the_clause_after_it():
    proposal = one(
        plain(
            "The Portland City Council voted on Wednesday to ban city use of facial recognition. "
            "The ban on city use took effect immediately; the one on private businesses begins "
            "on January 1.",
            published="2020-09-11",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("ban", "2020-09-09")


def test_a_court_that_found_a_use_breaches_rights_has_ruled():
    proposal = one(
        plain(
            "The Texas Supreme Court found on Tuesday that the city's use of facial recognition "
            "breaches privacy rights.",
            published="2020-08-11",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2020-08-11")


def test_a_judgment_handed_down_is_a_ruling():
    proposal = one(
        plain(
            "The judgment, handed down on Tuesday, means the force's use of the technology has "
            "been unlawful since 2017.",
            published="2020-08-12",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2020-08-11")


def test_a_settlement_approved_by_a_judge_is_the_courts_decision_and_one_to_come_is_none():
    approved = one(
        plain(
            "Meta paid a $650 million settlement in Texas, approved by a federal judge in "
            "February.",
            published="2021-11-02",
        )
    )
    assert (approved.action_type, iso(approved)) == ("court_ruling", "2021-02")
    to_come = "The settlement must also be approved by the bankruptcy court."
    assert read(plain(to_come, published="2023-12-20")) == []


def test_a_second_thing_asked_for_after_and_to_is_asked_for_too():
    proposals = read(
        plain(
            "The report asks the Commission to prohibit private face databases, and to put in "
            "place a moratorium on police use of facial recognition.",
            published="2021-10-07",
        )
    )
    assert "moratorium" not in [p.action_type for p in proposals]


def test_an_act_that_lawmakers_introduced_is_a_bill():
    proposal = one(
        plain(
            "The letter supports the Justice in Policing Act that Democrats introduced in "
            "Congress on Monday.",
            published="2020-06-09",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("bill", "2020-06-08")


def test_a_provisional_notice_to_stop_processing_is_an_enforcement_of_the_day():
    proposal = one(
        plain(
            "The regulator on Monday announced its provisional intent to impose a fine on Acme, "
            "and issued a provisional notice to stop further processing of people's data.",
            published="2021-11-29",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2021-11-29")


def test_commissioners_who_said_a_company_violated_the_law_have_found_against_it():
    proposal = one(
        plain(
            "The privacy commissioners said on Wednesday that Clearview AI's collection of "
            "images without consent violated federal and provincial privacy laws.",
            published="2021-02-03",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2021-02-03")


def test_a_law_that_will_stop_police_from_using_it_is_a_ban_not_a_pledge():
    proposal = one(
        plain(
            "A law signed by Gov. Greg Abbott on Friday will stop local police and campus police "
            "in Texas from buying or using facial recognition.",
            published="2021-03-30",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("ban", "2021-03-26")


def test_a_judge_who_granted_final_approval_to_a_settlement_has_ruled():
    proposal = one(
        plain(
            "A federal judge in Chicago on Thursday granted final approval to Clearview AI's "
            "settlement of a nationwide privacy lawsuit.",
            published="2025-03-21",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2025-03-20")


def test_a_regulator_that_ruled_and_ordered_has_taken_one_enforcement_action():
    proposal = one(
        plain(
            "The Federal Trade Commission ruled in May that Clearview AI had processed the data "
            "unlawfully and ordered the company to delete it.",
            published="2023-06-01",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2023-05")
