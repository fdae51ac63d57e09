"""Readings first met in round za of news the reader had not seen (bench/reading_unseen):
Canada's commissioners and police. A regulator's finding that a use would break the law, a
police force's own order to stop, a state begun "since" a month in a clause before the act,
and a force that "has begun using" a system."""

from policies.models import ActionType
from suggestions.reading.cue_words import cue
from suggestions.reading.recognition import OrganisationRecord
from suggestions.reading.retyping import CueSite, retyped

from .reading_helpers import iso, plain, read

ORDERED = cue(ActionType.ENFORCEMENT, r"ordered")
FORCE = OrganisationRecord(901, "Halton Regional Police Service", "government", None)
REGULATOR = OrganisationRecord(902, "Information and Privacy Commissioner", "regulator", None)


def _site(prefix, organisations):
    words = "ordered them to stop"
    spans = [(0, len(record.name), record) for record in organisations]
    return CueSite(words, prefix, prefix + words, len(prefix), set(), set(), spans)


def test_a_commissioner_finding_that_a_use_would_break_the_law_is_its_decision():
    proposals = read(
        plain(
            "The privacy commissioner found on Thursday that the insurer would break the "
            "province's privacy law if it used its photo database to help police.",
            published="2012-02-17",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2012-02-16")]


def test_a_commissioner_saying_a_bill_would_break_the_law_finds_nothing():
    proposals = read(plain("The commissioner said the bill would break the privacy law."))
    assert [p.action_type for p in proposals] != ["enforcement"]


def test_a_police_forces_own_order_to_stop_is_its_halt():
    prefix = "The Halton Regional Police Service said it had "
    halted = retyped(ORDERED, _site(prefix, [FORCE]))
    assert halted.action_type == ActionType.MORATORIUM


def test_a_regulators_order_to_a_police_force_stays_its_enforcement():
    prefix = "The Information and Privacy Commissioner told the police it had "
    kept = retyped(ORDERED, _site(prefix, [REGULATOR, FORCE]))
    assert kept.action_type == ActionType.ENFORCEMENT


def test_a_month_since_which_officers_tested_a_tool_does_not_date_the_halt_after_it():
    proposals = read(
        plain(
            "Police said on Thursday that some officers had been testing the app since "
            "October, and that the chief had ordered officers to stop.",
            published="2020-02-14",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("moratorium", "2020-02-13")]


def test_a_force_that_has_begun_using_a_system_puts_it_to_use():
    proposals = read(
        plain(
            "The police service has begun using facial recognition software to compare "
            "images of suspects with its mugshots.",
            published="2014-11-07",
        )
    )
    assert [p.action_type for p in proposals] == ["authorisation"]


def test_an_exposure_draft_of_a_code_released_for_comment_is_proposed():
    proposals = read(
        plain(
            "The Privacy Commissioner on Tuesday released an exposure draft of a code of "
            "practice that would require organisations to check their use of biometrics.",
            published="2023-12-13",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2023-12-12")]


def test_a_trial_announced_that_checks_faces_is_a_use_authorised():
    proposals = read(
        plain(
            "The premier announced on Monday a trial that will let travellers quarantine at "
            "home if they check in through an app that uses facial recognition.",
            published="2021-08-24",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("authorisation", "2021-08-23")]


def test_what_a_court_bars_it_bars_by_its_ruling():
    proposals = read(
        plain(
            "In January 2020 the same court let registration continue but barred the "
            "government from collecting DNA.",
            published="2021-10-15",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("court_ruling", "2020-01")]


def test_a_regulator_that_directed_operators_to_block_lines_enforces():
    proposals = read(
        plain(
            "The Federal Trade Commission on Tuesday directed mobile operators to block every "
            "line not linked to an identity number.",
            published="2020-12-16",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2020-12-15")]
