"""Readings of shapes the held-out news is likely to use, probed beside round ua (bench/
reading_unseen): a chief's memo "dated Thursday" telling all personnel to stop using a tool is
the force's halt on that day; a body that "would stop using" the technology or "will not go
ahead with" it halts its own use; a group's call "on the Portland City Council" belongs to the
council's city, not to where the group is."""

from .reading_helpers import OAKLAND, PORTLAND, US, iso, one, plain


def test_a_chief_who_tells_all_personnel_to_stop_using_a_tool_halts_the_forces_use():
    proposal = one(
        plain(
            "On Thursday, the Oakland police chief told all personnel to stop using any facial "
            "recognition system the department has not authorised.",
            published="2020-02-22",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("moratorium", OAKLAND.pk)


def test_a_chiefs_memo_dated_on_a_weekday_telling_all_personnel_to_stop_is_a_halt_that_day():
    proposal = one(
        plain(
            "In a memo dated Thursday, the Oakland police chief told all personnel to stop using "
            "any facial recognition system the department has not authorised.",
            published="2020-02-22",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "moratorium",
        "2020-02-20",
        OAKLAND.pk,
    )


def test_a_document_dated_on_a_day_still_dates_no_other_act():
    proposal = one(
        plain(
            "The Garante fined Clearview AI, in a decision dated July 13.",
            published="2022-07-20",
        )
    )
    assert proposal.action_type == "enforcement"
    assert iso(proposal) != "2022-07-13"


def test_a_council_that_says_it_would_stop_using_the_technology_halts_its_use():
    proposal = one(
        plain(
            "The Portland City Council said on Friday the city would stop using facial "
            "recognition altogether.",
            published="2026-02-28",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "moratorium",
        "2026-02-27",
        PORTLAND.pk,
    )


def test_a_body_that_will_not_go_ahead_with_the_technology_halts_it():
    proposal = one(
        plain(
            "The Portland City Council said on Friday that the city will not go ahead with "
            "facial recognition at this time.",
            published="2026-02-28",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("moratorium", "2026-02-27")


def test_a_company_that_will_not_go_ahead_with_a_product_pledges():
    proposal = one(
        plain(
            "Acme said on Friday that it will not go ahead with its face search product.",
            published="2026-02-28",
        )
    )
    assert proposal.action_type == "corporate_pledge"


def test_a_call_on_a_city_council_belongs_to_the_councils_city():
    proposal = one(
        plain(
            "The ACLU on Friday called on the Portland City Council to prohibit police from "
            "using Clearview AI, and urged state lawmakers to act.",
            published="2020-02-28",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("campaign", PORTLAND.pk)
    assert proposal.jurisdiction_id != US.pk
