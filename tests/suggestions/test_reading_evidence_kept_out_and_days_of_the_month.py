"""Readings first met in rounds ia and ib of news the reader had not seen (bench/reading_unseen): a
day of the month named alone ("on the 27th"), a judge who suppressed evidence, a case told
more of between commas ("The case, filed in Cook County last year,"), and a court that speaks
of the plaintiffs "who sued", which is no party to their suit; an agency that "proposed a rule"."""

import datetime

import pytest

from suggestions.reading.dates import find_dates

from .reading_helpers import ACME, COURT, TEXAS, iso, one, plain

D = datetime.date


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        (
            "A Florida appeals court on the 27th upheld his conviction.",
            D(2018, 12, 31),
            D(2018, 12, 27),
        ),
        ("The council voted on the 14th to end the contract.", D(2021, 3, 2), D(2021, 2, 14)),
    ],
)
def test_a_day_of_the_month_named_alone_is_of_the_last_month_that_had_it(sentence, published, date):
    (mention,) = find_dates(sentence, published)
    assert (mention.date, mention.precision) == (date, "day")


def test_a_judge_who_suppressed_the_evidence_police_found_rules_on_it():
    proposal = one(
        plain(
            "A Texas judge last Thursday suppressed the gun and other evidence police seized "
            "from his home, saying the warrant rested on a face match.",
            published="2025-01-21",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2025-01-16")


def test_a_case_told_of_between_commas_as_filed_last_year_is_the_suit_filed():
    proposal = one(
        plain(
            "The case, filed in Texas last year, now returns to state court.",
            published="2021-01-29",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "lawsuit",
        "2020",
        TEXAS.pk,
    )


def test_a_court_that_speaks_of_the_plaintiffs_who_sued_is_no_party_to_their_suit():
    proposal = one(
        plain(
            "The Texas Supreme Court said the plaintiffs, who sued Acme under the law, had no "
            "standing.",
            published="2021-01-29",
        )
    )
    assert proposal.action_type == "lawsuit"
    assert COURT.pk not in [pk for pk, _role in proposal.organisations]
    assert (ACME.pk, "target") in proposal.organisations


def test_an_agency_that_proposed_a_rule_proposes_a_measure():
    proposal = one(
        plain(
            "The FTC on Thursday proposed a rule that would let it photograph every traveller.",
            published="2020-11-19",
        )
    )
    assert (proposal.action_type, proposal.status, iso(proposal)) == (
        "bill",
        "proposed",
        "2020-11-19",
    )
