"""A proposal names the action on record that reports the same event."""

import datetime

from suggestions.reading import ExistingAction, ProposedAction, match_existing
from suggestions.reading.proposals import quote_key

D = datetime.date
MONDAY = D(2020, 8, 3)


HEADLINE = "Lawmakers Introduce Bill To Balance Personal Rights \N{EN DASH} St George News"


def proposal(
    action_type="ban", place=6, date=MONDAY, precision="day", organisations=(), evidence="evidence"
):
    return ProposedAction(
        action_type, None, False, date, precision if date else None, place, organisations,
        evidence, 0, None, 0.9,
    )  # fmt: skip


def record(slug, action_type="ban", place=6, date=MONDAY, precision="day", actors=(), quotes=()):
    return ExistingAction(
        slug, action_type, place, date, precision, frozenset(actors), frozenset(quotes)
    )


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


def test_a_company_wide_record_whose_actors_are_unknown_matches_no_company_s_proposal():
    pledge = proposal("corporate_pledge", place=None, organisations=((1, "actor"),))
    assert match_existing(pledge, [record("nobody", "corporate_pledge", place=None)]) is None


def test_a_proposal_the_reader_could_not_place_matches_the_record_that_quotes_its_sentence():
    bill = proposal("bill", place=None, date=None, evidence=HEADLINE)
    quoting = record(
        "utah", "bill", place=49, quotes=[quote_key(HEADLINE.split(" \N{EN DASH} ")[0])]
    )
    elsewhere = record("ohio", "bill", place=36, quotes=[quote_key("Ohio lawmakers act")])
    assert match_existing(bill, [elsewhere, quoting]).slug == "utah"
    assert match_existing(proposal("lawsuit", place=None, evidence=HEADLINE), [quoting]) is None


def test_a_quoted_sentence_does_not_override_a_place_the_reader_found():
    bill = proposal("bill", place=36, date=None, evidence=HEADLINE)
    assert (
        match_existing(bill, [record("utah", "bill", place=49, quotes=[quote_key(HEADLINE)])])
        is None
    )


def test_a_quote_too_short_to_tell_events_apart_matches_nothing():
    bill = proposal("bill", place=None, date=None, evidence="It passed.")
    assert match_existing(bill, [record("utah", "bill", place=49, quotes=["it passed."])]) is None
