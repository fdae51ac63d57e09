"""Readings first met in rounds ia-ic of news the reader had not seen (bench/reading_unseen):
a day of the month named alone ("on the 27th"), a judge who suppressed evidence, a case told
more of between commas ("The case, filed in Cook County last year,"), a court that speaks of
the plaintiffs "who sued", which is no party to their suit; an agency that "proposed a rule";
a judge described without a name; rules that a match may not be the only reason to arrest."""

import datetime

import pytest

from suggestions.reading.dates import find_dates

from .reading_helpers import ACME, COURT, TEXAS, iso, one, plain, read

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


def test_a_judge_described_without_a_name_who_rejected_a_bid_to_throw_out_suits_rules():
    proposal = one(
        plain(
            "A federal judge in Sacramento on Monday rejected Acme's bid to throw out the "
            "lawsuits, ruling that the First Amendment does not shield it.",
            published="2022-02-16",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2022-02-14")


def test_rules_barring_a_match_from_being_the_only_reason_for_an_arrest_regulate():
    proposal = one(
        plain(
            "The Portland City Council issued rules on Thursday for the police's use of facial "
            "recognition, barring a match from being the only reason to arrest someone.",
            published="2023-09-15",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2023-09-14")


def test_a_body_that_barred_its_agencies_from_using_a_match_alone_regulates_on_its_own():
    proposals = read(
        plain(
            "In September the Portland City Council barred its officers from using a match as "
            "the sole basis for an arrest, and in December the Italian Parliament issued a "
            "policy along the same lines.",
            published="2024-11-04",
        )
    )
    assert (
        sorted((p.action_type, iso(p)) for p in proposals)
        == [
            ("regulation", "2024-09"),
            ("regulation", "2023-12"),
        ][::-1]
    )
