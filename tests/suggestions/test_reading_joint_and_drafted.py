"""Readings first met in round ai of news the reader had not seen (bench/reading_unseen): a
ruling placed where the decision it annuls was taken, an agency moving away from a tool, a
regulator's finding in a headline's order, a measure's drafter named between commas, and
officials of several places acting together."""

from .reading_helpers import (
    CALIFORNIA,
    US,
    feed,
    iso,
    one,
    plain,
)


def test_a_ruling_belongs_to_the_first_place_after_it_not_a_city_inside_it_named_later():
    proposal = one(
        plain(
            "A court on Thursday annulled the decision of the California government to test "
            "the gates at two schools, one in Oakland and one in Sacramento.",
            published="2020-02-28",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("court_ruling", CALIFORNIA.pk)


def test_an_agency_that_would_transition_away_from_a_tool_gives_it_up():
    proposal = one(
        plain(
            "The FTC said on Monday that it would transition away from using Acme's facial "
            "recognition to verify people who create accounts.",
            published="2022-02-07",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "corporate_pledge",
        "2022-02-07",
        US.pk,
    )


def test_a_regulator_finding_that_someone_failed_to_comply_is_its_enforcement():
    proposal = one(
        plain(
            "The FTC found on Thursday that Acme failed to comply with its privacy obligations "
            "when its staff used the tool.",
            published="2021-12-16",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2021-12-16")


def test_a_headline_that_puts_the_watchdog_last_still_reports_its_finding():
    proposal = one(feed("Acme breached privacy by using Clearview AI, watchdog finds", ""))
    assert proposal.action_type == "enforcement"


def test_a_measure_drafted_by_someone_else_coming_into_force_is_the_one_approved():
    proposal = one(
        plain(
            "The FTC earlier this month approved a code of practice for police use of "
            "biometrics. The code, drawn up by the ACLU, comes into force today.",
            published="2022-11-16",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2022-11-16")


def test_officials_of_several_places_acting_together_take_one_action_of_the_place_above():
    proposal = one(
        plain(
            "Privacy commissioners in Oakland, San Francisco and Sacramento on Tuesday issued "
            "binding orders requiring Acme to delete the images it holds.",
            published="2021-12-14",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("enforcement", CALIFORNIA.pk)
