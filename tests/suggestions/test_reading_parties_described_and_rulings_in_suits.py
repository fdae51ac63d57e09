"""Readings first met in round ya of news the reader had not seen (bench/reading_unseen):
"suing" after a plural noun, which says who people are, not that a suit was brought; the suit a
ruling was made "in"; an undated ruling after a dated one, its court named; and from round yb, a
court that "decided" a case it names by its parties, "a published policy", an adjective, and
from round yc "a lower bar", a noun."""

import pytest

from .reading_helpers import iso, one, plain, read


def test_suing_after_a_plural_noun_says_who_people_are_not_that_a_suit_was_brought():
    proposal = one(
        plain(
            "The FTC sent a letter on Tuesday to Acme saying its use of facial recognition to "
            "keep out lawyers from firms suing the company may break state law.",
            published="2023-01-25",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("letter", "2023-01-24")


@pytest.mark.parametrize(
    "sentence",
    [
        "The state of Texas is suing Acme over its face scans, it said on Tuesday.",
        "Texas said on Tuesday it was suing Acme over its face scans.",
    ],
)
def test_a_state_that_is_suing_still_brings_a_suit(sentence):
    proposals = read(plain(sentence, published="2023-01-25"))
    assert [p.action_type for p in proposals] == ["lawsuit"]


def test_the_suit_a_ruling_was_made_in_is_no_suit_of_its_own():
    proposal = one(
        plain(
            "A federal appeals court on Monday sided with Meta in a lawsuit brought by a man "
            "who never had an account.",
            published="2024-06-18",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2024-06-17")


def test_an_undated_ruling_after_a_dated_one_is_that_ruling_with_its_court_named():
    proposal = one(
        plain(
            "SAN FRANCISCO (Wire) - A federal appeals court on Monday sided with Meta over "
            "its photo tags. The Texas Supreme Court upheld a lower court's decision in Meta's "
            "favour, finding that the data was no biometric identifier.",
            published="2024-06-18",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2024-06-17")


def test_a_court_that_decided_a_case_named_by_its_parties_ruled():
    proposal = one(
        plain(
            "On Thursday, March 23, the Texas Supreme Court decided Walton v. Acme, holding "
            "that federal labor law preempts the claims.",
            published="2023-03-27",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2023-03-23")


def test_a_case_decided_with_no_case_name_is_no_ruling_read_here():
    assert (
        read(plain("The Texas Supreme Court decided to hear the appeal.", published="2023-03-27"))
        == []
    )


def test_a_published_policy_after_an_article_is_no_policy_issued():
    assert (
        read(
            plain(
                "Since 2019 Acme has kept written consent and a published retention policy "
                "for every employee who is asked to use a face scanner.",
                published="2023-03-27",
            )
        )
        == []
    )


def test_a_bar_that_is_a_standard_is_no_ban():
    proposal = one(
        plain(
            "Governor Smith on Monday signed the Maine privacy act into law. It reaches businesses "
            "that hold the data of 35,000 people, a lower bar than most states set.",
            published="2023-09-14",
        )
    )
    assert proposal.action_type != "ban"


def test_to_bar_the_verb_is_still_a_ban():
    proposals = read(
        plain(
            "The council voted on Monday to bar the police from using facial recognition.",
            published="2023-09-14",
        )
    )
    assert [p.action_type for p in proposals] == ["ban"]
