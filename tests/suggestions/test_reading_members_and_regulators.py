"""Readings first met in rounds ca, cb, ce and ck of unseen news (bench/reading_unseen):
where a member of a legislature comes from, a regulator's fine announced or headlined, the
FTC's orders, the lede that dates the news, a letter told of again, guidelines and strategies
published, and inquiries opened."""

import datetime

from .reading_helpers import ITALY, US, feed, iso, one, plain, read


def test_the_states_senators_come_from_are_not_where_their_federal_bill_belongs():
    proposal = one(
        plain(
            "Two U.S. senators, Jane Roe of Texas and John Doe of Maine, introduced a bill on "
            "Wednesday that would bar the FTC from buying face searches.",
            published="2023-11-16",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("bill", US.pk)


def test_a_fine_a_regulator_announced_is_its_enforcement():
    proposal = one(
        plain(
            "The Garante announced on Wednesday a fine of €550,000 against Acme for keeping "
            "shoppers' face templates.",
            published="2024-06-13",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("enforcement", ITALY.pk)
    assert proposal.date == datetime.date(2024, 6, 12)


def test_an_intent_to_fine_announced_is_still_no_fine():
    document = plain(
        "The Garante announced on Wednesday a provisional intent to fine Acme.",
        published="2024-06-13",
    )
    assert read(document) == []


def test_a_headline_in_which_a_regulator_fines_someone_named_in_lower_case_reports_a_fine():
    proposal = one(
        feed(
            "Italian regulator fines welfare department over face matching",
            "The department had no legal basis for the templates, the Garante said.",
            published="2024-06-13T10:00",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("enforcement", ITALY.pk)


def test_the_ftcs_consent_order_and_complaint_are_its_enforcement_dated_by_the_lede():
    document = plain(
        "The FTC said on Tuesday that Acme had no evidence for its claims of zero bias.\n\n"
        "Under a proposed consent order, Acme may not misrepresent its accuracy. The "
        "commission voted 5-0 to issue the complaint.",
        published="2024-12-04",
    )
    assert [(p.action_type, p.jurisdiction_id, iso(p)) for p in read(document)] == [
        ("enforcement", US.pk, "2024-12-03")
    ]


def test_a_letter_told_of_again_with_its_signers_is_the_same_letter():
    document = plain(
        "Three U.S. senators sent a letter to Acme's chief executive on Thursday asking how it "
        "uses palm prints. In the letter to the company, Senators Jane Roe of Texas and John "
        "Doe of Maine wrote that they had concerns.",
        published="2021-08-13",
    )
    assert [(p.action_type, p.jurisdiction_id) for p in read(document)] == [("letter", US.pk)]


def test_guidelines_a_body_published_are_a_regulation_unless_they_call_on_others():
    published = one(
        plain(
            "The European Commission published guidelines on Tuesday explaining how the "
            "prohibited practices in the EU's AI Act should be read.",
            published="2025-02-05",
        )
    )
    assert (published.action_type, iso(published)) == ("regulation", "2025-02-04")
    calling = read(
        plain(
            "The Garante on Thursday published guidelines that call on Italian cities to ban "
            "the use of facial recognition.",
            published="2021-01-29",
        )
    )
    assert [p.action_type for p in calling] == ["campaign"]


def test_what_authorities_will_be_able_to_fine_from_a_later_month_is_no_fine():
    document = plain(
        "The Garante will be able to fine companies that break the bans from August.",
        published="2025-02-05",
    )
    assert read(document) == []


def test_the_states_a_partys_members_come_from_are_not_where_their_bill_belongs():
    proposal = one(
        plain(
            "Two U.S. House Democrats, Jane Roe of Texas and John Doe of Maine, introduced a "
            "bill on Thursday that would ban facial recognition in public housing.",
            published="2019-07-26",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("bill", US.pk)


def test_a_civil_society_body_taking_down_its_own_data_set_pledges():
    proposal = one(
        plain(
            "The ACLU has taken down a data set of visitors filmed on its campus in Oakland, "
            "California, a spokesperson said on Thursday.",
            published="2019-06-07",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("corporate_pledge", "2019-06-06")


def test_a_body_removing_a_data_set_it_names_before_telling_what_it_is_pledges():
    # "has removed Brainwash, a set of about 10,000 images": the set's name comes first.
    proposal = one(
        plain(
            "The ACLU has removed Faceset, a set of about 10,000 images of visitors to a cafe "
            "in Oakland, California, a spokesperson said on Thursday.",
            published="2019-06-07",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("corporate_pledge", "2019-06-06")


def test_what_the_same_body_also_did_undated_was_done_the_day_its_first_action_was():
    document = plain(
        "The FTC on Monday called on Congress to adopt a legal framework for police use of "
        "facial recognition. The FTC also published guidance for police forces to follow.",
        published="2022-05-02",
    )
    assert [(p.action_type, iso(p)) for p in read(document)] == [
        ("campaign", "2022-05-02"),
        ("regulation", "2022-05-02"),
    ]


def test_the_position_a_council_agreed_on_a_law_still_to_negotiate_is_a_bill():
    proposal = one(
        plain(
            "Ministers of the EU's member states agreed on Tuesday on the Council's position on "
            "the Artificial Intelligence Act.",
            published="2022-12-07",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("bill", "2022-12-06")


def test_an_inquiry_a_regulator_opened_is_its_enforcement():
    proposal = one(
        plain(
            "The Garante said on Wednesday that it had opened an inquiry into the police's use "
            "of video analysis software.",
            published="2023-11-16",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "enforcement",
        ITALY.pk,
        "2023-11-15",
    )


def test_a_strategy_published_is_a_regulation_and_the_policy_issued_is_one_told_of():
    published = one(
        plain(
            "The Italian Parliament published its long-delayed biometrics strategy on Thursday.",
            published="2018-06-29",
        )
    )
    assert (published.action_type, iso(published)) == ("regulation", "2018-06-28")
    told_of = plain(
        "The department issued the policy after auditors found in September that agents had "
        "used face searches without training.",
        published="2023-09-30",
    )
    assert read(told_of) == []
