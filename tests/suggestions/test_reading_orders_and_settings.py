"""Readings first met in round dd of news the reader had not seen (bench/reading_unseen): a
regulator's order that asks for two stops, a company's word that it will no longer recognise
faces, a setting rolled out to users, a suit that "has filed" dated by the sentence after it, and
a company's word that governments should pass laws."""

from .reading_helpers import ITALY, US, iso, one, plain, read


def test_a_second_stop_an_order_asks_for_is_the_order_not_a_companys_pledge():
    proposals = read(
        plain(
            "The Garante said on Wednesday it had ordered Clearview AI to stop scanning faces "
            "and to stop using the data it already holds in Italy.",
            published="2024-03-07",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("enforcement", "2024-03-06", ITALY.pk)
    ]


def test_a_company_that_will_no_longer_recognise_faces_pledges_it():
    proposals = read(
        plain(
            "Acme will no longer recognise faces in the photos its users upload unless they "
            "choose to let it, the company said on Tuesday.",
            published="2019-09-04",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("corporate_pledge", "2019-09-03", None)
    ]


def test_a_setting_rolled_out_to_users_is_their_choice_not_a_deployment():
    proposals = read(
        plain(
            "Users who already had the face recognition setting will keep it, Acme said on "
            "Tuesday, and the setting will be rolled out to everyone in Italy over the coming "
            "weeks.",
            published="2019-09-04",
        )
    )
    assert proposals == []


def test_a_suit_filed_in_the_perfect_takes_the_day_the_next_sentence_says_it():
    proposals = read(
        plain(
            "The ACLU has filed a lawsuit against Clearview AI, a company that scrapes photos.\n\n"
            "The group said on Tuesday that the company broke the law.",
            published="2022-11-09",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2022-11-08")]


def test_a_company_saying_governments_should_pass_laws_calls_for_them():
    proposals = read(
        plain(
            "Acme's president said on Thursday that governments should start passing laws on "
            "facial recognition next year.",
            published="2018-12-07",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("campaign", "2018-12-06")]


def test_an_enforcement_notice_served_or_issued_final_or_preliminary_is_enforcement():
    # A regulator "served a final enforcement notice on" a body, as it "issues a preliminary
    # enforcement notice": its order, whatever the verb and the notice's stage.
    served = one(
        plain(
            "The Federal Trade Commission said on Thursday that it had served a final "
            "enforcement notice on Acme, giving it 28 days to delete the voice records.",
            published="2019-05-10",
        )
    )
    assert (served.action_type, served.jurisdiction_id, iso(served)) == (
        "enforcement",
        US.pk,
        "2019-05-09",
    )
    issued = one(
        plain(
            "April 2019 - The Federal Trade Commission issues a preliminary enforcement notice "
            "to Acme.",
            published="2019-05-10",
        )
    )
    assert (issued.action_type, iso(issued)) == ("enforcement", "2019-04")


def test_a_power_to_fine_that_a_law_withholds_is_no_fine():
    # "gives no city agency the power to fine a business": what a law does not allow, no act.
    proposals = read(
        plain(
            "Since 2021 Italy has required shops that collect biometric data to post a notice. "
            "The law lets customers sue, but gives no agency the power to fine a business that "
            "fails to post the sign.",
            published="2026-01-09",
        )
    )
    assert "enforcement" not in [p.action_type for p in proposals]


def test_a_measure_in_force_since_a_year_is_dated_that_year():
    # "has required shops ... since 2021": the requirement began that year.
    proposals = read(
        plain(
            "Italy has required shops that collect biometric data to post a notice at their "
            "entrances since 2021.",
            published="2026-01-09",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2021")]


def test_a_commissioners_determination_and_a_company_found_in_breach_are_enforcement():
    # "The commissioner's original determination, in October 2024, held ...", "Acme, which was
    # found in breach ... last October": a regulator's findings, told of as context.
    proposals = read(
        plain(
            "The Italian regulator says it is considering an appeal. The commissioner's original "
            "determination, in October 2024, held that scanning every shopper was "
            "disproportionate. Acme, which was found in breach over its own cameras last "
            "October, will be watching closely.",
            published="2026-02-09",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [
        ("enforcement", "2024-10"),
        ("enforcement", "2025-10"),
    ]
