"""One sentence of each kind of action, read into the proposal it reports."""

import pytest

from .reading_helpers import (
    ACME,
    CALIFORNIA,
    CANADA,
    CLEARVIEW,
    COUNCIL,
    GARANTE,
    ITALY,
    MAINE,
    OAKLAND,
    PORTLAND,
    SACRAMENTO,
    SAN_FRANCISCO,
    TEXAS,
    iso,
    one,
    plain,
)


@pytest.mark.parametrize(
    ("sentence", "action_type", "date", "place"),
    [
        (
            "The Portland City Council voted unanimously on Monday night to ban city employees "
            "from using facial recognition.",
            "ban", "2020-08-03", PORTLAND,
        ),
        (
            "California on Tuesday paused police use of facial recognition until 2023.",
            "moratorium", "2020-08-04", None,
        ),
        (
            "Lawmakers in Texas introduced a bill on Monday that would ban police use of facial "
            "recognition.",
            "bill", "2020-08-03", TEXAS,
        ),
        (
            "Texas sued Meta on Monday over facial recognition in photos.",
            "lawsuit", "2020-08-03", TEXAS,
        ),
        (
            "On Friday the Texas Supreme Court ruled that the police use of facial recognition "
            "was unlawful.",
            "court_ruling", "2020-07-31", TEXAS,
        ),
        (
            "Italy's Garante said on Wednesday it had fined Clearview AI 20 million euros.",
            "enforcement", "2020-08-05", ITALY,
        ),
        (
            "On Tuesday San Francisco voters repealed the city's facial recognition rules.",
            "repeal", "2020-08-04", SAN_FRANCISCO,
        ),
        (
            "On Tuesday the Portland City Council passed an ordinance that requires council "
            "approval before police acquire facial recognition.",
            "regulation", "2020-08-04", PORTLAND,
        ),
        (
            "Oakland police said on Friday they will begin operational use of live facial "
            "recognition.",
            "authorisation", "2020-07-31", OAKLAND,
        ),
        (
            "The ACLU launched a campaign in Maine on Monday for a statewide moratorium.",
            "campaign", "2020-08-03", MAINE,
        ),
    ],
)  # fmt: skip
def test_each_type_is_read_with_its_date_and_place(sentence, action_type, date, place):
    proposal = one(plain(sentence, published="2020-08-05"))
    assert proposal.action_type == action_type
    assert iso(proposal) == date
    if place is not None:
        assert proposal.jurisdiction_id == place.pk
    assert proposal.evidence == sentence
    assert proposal.related_index is None


def test_a_company_pledge_belongs_nowhere_and_names_the_company_as_actor():
    proposal = one(plain("Acme said on Tuesday it will not sell facial recognition to police."))
    assert proposal.action_type == "corporate_pledge"
    assert proposal.jurisdiction_id is None
    assert proposal.organisations == ((ACME.pk, "actor"),)


def test_a_company_action_limited_to_one_country_belongs_to_it():
    proposal = one(plain("Clearview stopped offering its services in Canada in July 2020."))
    assert (proposal.action_type, proposal.jurisdiction_id) == ("corporate_pledge", CANADA.pk)
    assert iso(proposal) == "2020-07"


def test_a_company_letter_to_a_company_is_company_wide():
    proposal = one(
        plain("In a cease-and-desist letter sent on Tuesday, Acme told Clearview AI to stop.")
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "letter", None, "2020-08-04",
    )  # fmt: skip


def test_the_regulator_acts_and_the_company_fined_is_its_target():
    proposal = one(
        plain("Italy's Garante said on Wednesday it had fined Clearview AI 20 million euros.")
    )
    assert proposal.organisations == ((GARANTE.pk, "actor"), (CLEARVIEW.pk, "target"))
    assert proposal.status == "issued"


def test_the_evidence_is_verbatim_with_its_offset_in_the_text():
    document = plain(
        "Nothing happened here.\n\nThe Portland City Council voted on Monday to ban it."
    )
    proposal = one(document)
    text = f"{document.article.title}\n\n{document.article.body}"
    start = proposal.evidence_start
    assert text[start : start + len(proposal.evidence)] == proposal.evidence
    assert proposal.organisations[0] == (COUNCIL.pk, "actor")
    assert 0 < proposal.confidence <= 1


def test_a_post_with_no_year_gives_no_date():
    proposal = one(plain("Today, February 3, the Garante fined Clearview AI.", published=None))
    assert (proposal.action_type, proposal.date, proposal.date_precision) == (
        "enforcement", None, None,
    )  # fmt: skip


def test_lawmakers_named_by_the_city_they_sit_in_act_for_the_place_above_it():
    lawmakers = one(plain("Lawmakers in Sacramento approved the bill in May 2020."))
    assert lawmakers.jurisdiction_id == CALIFORNIA.pk
    council = one(plain("Officials in Sacramento approved the ordinance in May 2020."))
    assert council.jurisdiction_id == SACRAMENTO.pk
