"""A proposal names the action on record that reports the same event."""

import datetime

from suggestions.reading import ExistingAction, ProposedAction, match_existing

D = datetime.date
MONDAY = D(2020, 8, 3)


def proposal(action_type="ban", place=6, date=MONDAY, precision="day", organisations=()):
    return ProposedAction(
        action_type, None, False, date, precision if date else None, place, organisations,
        "evidence", 0, None, 0.9,
    )  # fmt: skip


def record(slug, action_type="ban", place=6, date=MONDAY, precision="day", actors=()):
    return ExistingAction(slug, action_type, place, date, precision, frozenset(actors))


def test_the_same_type_place_and_close_date_is_the_same_event():
    assert match_existing(proposal(), [record("other", place=7), record("it")]).slug == "it"


def test_dates_within_the_coarser_precision_or_a_month_match_and_far_ones_do_not():
    assert match_existing(proposal(date=D(2020, 8, 1), precision="month"), [record("it")])
    assert match_existing(proposal(date=D(2020, 7, 10)), [record("it")])
    assert match_existing(proposal(date=D(2019, 1, 1), precision="year"), [record("it")]) is None


def test_a_kindred_type_matches_but_the_same_type_wins():
    candidates = [record("moratorium", "moratorium"), record("ban", "ban")]
    assert match_existing(proposal(), candidates).slug == "ban"
    assert match_existing(proposal("lawsuit"), candidates) is None


def test_an_undated_proposal_matches_the_record_of_its_place():
    assert match_existing(proposal(date=None), [record("it")]).slug == "it"


def test_a_company_wide_proposal_matches_only_the_same_company():
    pledge = proposal("corporate_pledge", place=None, organisations=((1, "actor"),))
    ibm = record("ibm", "corporate_pledge", place=None, actors=(1,))
    microsoft = record("microsoft", "corporate_pledge", place=None, actors=(2,))
    assert match_existing(pledge, [microsoft, ibm]).slug == "ibm"
    assert match_existing(proposal("bill", place=None), [ibm]) is None
