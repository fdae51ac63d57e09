"""Readings first met in rounds cc, cd, ci and cj of unseen news (bench/reading_unseen):
contracts for face search made or kept, a deployment announced, class actions settled, laws
proposed, a government's pledge, and what a letter asks for."""

from .reading_helpers import ITALY, OAKLAND, TEXAS, US, feed, iso, one, plain, read


def test_an_agencys_contract_for_licences_to_face_search_is_an_authorisation():
    proposal = one(
        plain(
            "The FTC signed a $224,000 contract with Acme on Wednesday for licences to the "
            "company's facial recognition software.",
            published="2020-08-14",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "authorisation",
        US.pk,
        "2020-08-12",
    )


def test_a_council_approving_the_extension_of_a_face_search_contract_authorises_it_again():
    proposal = one(
        plain(
            "The Oakland City Council voted 6-3 on Tuesday to approve a two-year, $220,000 "
            "extension of the police department's contract with Acme for face search.",
            published="2020-09-30",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "authorisation",
        OAKLAND.pk,
        "2020-09-29",
    )


def test_a_police_force_saying_it_would_use_live_facial_recognition_announces_a_deployment():
    proposal = one(
        plain(
            "Oakland police said on Monday they would use live facial recognition downtown "
            "over two days this week.",
            published="2018-12-17",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("authorisation", OAKLAND.pk)


def test_a_settlement_takes_the_day_it_was_put_to_the_judge_and_a_similar_one_stays_apart():
    document = plain(
        "Acme has agreed to pay $68.5 million to settle a lawsuit claiming it stored the face "
        "geometry of users in Texas without consent.\n\n"
        "The plaintiffs asked a judge on Monday to give the settlement preliminary approval. "
        "In 2021 Acme agreed to pay $650 million to settle a similar case.",
        published="2023-08-03",
    )
    assert [(p.action_type, p.jurisdiction_id, iso(p)) for p in read(document)] == [
        ("lawsuit", TEXAS.pk, "2023-07-31"),
        ("lawsuit", TEXAS.pk, "2021"),
    ]


def test_a_lawsuit_filed_with_its_sum_written_out_is_a_lawsuit():
    proposal = one(
        plain(
            "A man wrongly arrested after a face match filed a $12 million lawsuit against the "
            "city of Oakland on Tuesday.",
            published="2020-10-08",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("lawsuit", "2020-10-06")


def test_ai_rules_a_commission_proposes_are_a_bill_not_a_courts_ruling():
    document = plain(
        "The European Commission on Wednesday proposed the first EU-wide law on artificial "
        "intelligence. The Commission proposes AI rules that would restrict police use of "
        "live facial recognition.",
        published="2021-04-21",
    )
    assert [(p.action_type, iso(p)) for p in read(document)] == [("bill", "2021-04-21")]


def test_a_governments_pledge_named_by_its_country_belongs_to_the_country():
    proposal = one(
        plain(
            "Italy's new government rules out biometric surveillance in public spaces, its "
            "coalition agreement said on Wednesday.",
            published="2021-11-25",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("corporate_pledge", ITALY.pk)


def test_places_in_a_clause_that_gives_the_cause_are_not_where_a_letter_belongs():
    proposal = one(
        plain(
            "The ACLU sent a letter to Acme on Tuesday demanding that it stop selling face "
            "search to governments, after records showed police in Oakland were using it.",
            published="2018-05-23",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("letter", US.pk)


def test_workers_telling_their_chief_to_stop_selling_is_no_pledge_of_the_company():
    document = feed(
        "Acme workers tell their chief to stop selling face search to police",
        "",
        published="2018-06-22",
    )
    assert read(document) == []


def test_guidance_released_is_a_regulation_and_a_bill_reintroduced_is_a_bill():
    released = one(
        plain("The Garante released guidance on Thursday for police.", published="2024-01-26")
    )
    assert (released.action_type, iso(released)) == ("regulation", "2024-01-25")
    reintroduced = one(
        plain("Democrats in Congress reintroduced a bill on Tuesday.", published="2021-06-16")
    )
    assert (reintroduced.action_type, iso(reintroduced)) == ("bill", "2021-06-15")


def test_a_force_saying_that_it_would_use_live_facial_recognition_announces_a_deployment():
    proposal = one(
        plain(
            "Oakland police said on Thursday that they would use live facial recognition at the "
            "stadium this weekend.",
            published="2023-07-07",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("authorisation", "2023-07-06")


def test_paying_a_sum_with_a_decimal_point_to_settle_a_regulators_charges_is_one_enforcement():
    proposal = one(
        plain(
            "Last May, Acme agreed to pay $5.8 million to settle charges brought by the FTC.",
            published="2024-01-25",
        )
    )
    assert (proposal.action_type, proposal.date.isoformat()) == ("enforcement", "2023-05-01")


def test_a_fine_announced_the_next_sentence_takes_that_day_and_the_first_of_two_stays_apart():
    # The lede's perfect leaves the day to the next sentence ("announced the decision on
    # Friday"); "the second time" sets the fine of 2021 apart from the one reported.
    document = plain(
        "Italy's data protection authority has fined Acme €5 million and banned its face checks "
        "on couriers.\n\n"
        "The Garante announced the decision on Friday.\n\n"
        "It is the second time the regulator has penalised the company: in 2021 it fined Acme "
        "€2.6 million.",
        published="2024-11-25",
    )
    assert [(p.action_type, p.jurisdiction_id, iso(p)) for p in read(document)] == [
        ("enforcement", ITALY.pk, "2024-11-22"),
        ("enforcement", ITALY.pk, "2021"),
    ]
