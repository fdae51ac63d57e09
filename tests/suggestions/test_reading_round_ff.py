"""Readings first met in round ff of news the reader had not seen (bench/reading_unseen): the
European Union's bodies. A regulator's careful finding that a use is "likely not consistent
with" the law is its finding; a measure published in an official journal is enacted though no
one is named publishing it."""

from .reading_helpers import iso, plain, read


def test_a_regulators_finding_that_a_use_is_likely_not_consistent_with_the_law_enforces():
    proposals = read(
        plain(
            "The FTC said on Wednesday that the use of a service such as Clearview AI by the "
            "police would, as it stands, likely not be consistent with federal law.",
            published="2020-06-10",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2020-06-10")]


def test_a_regulators_view_of_a_bill_is_no_finding():
    # (the bill it speaks of is read as one, by the cue of a bill that "would")
    proposals = read(
        plain(
            "The FTC said on Wednesday that the bill would not be consistent with federal law.",
            published="2020-06-10",
        )
    )
    assert "enforcement" not in [p.action_type for p in proposals]


def test_a_companys_view_that_a_use_is_not_consistent_with_the_law_is_no_finding():
    proposals = read(
        plain(
            "Acme said on Wednesday that the police's use of the app was not consistent with "
            "its terms.",
            published="2020-06-10",
        )
    )
    assert proposals == []


def test_a_law_published_in_the_official_journal_is_enacted_with_no_one_named():
    proposals = read(
        plain(
            "The Artificial Intelligence Act was published in the Official Journal of the "
            "European Union on Friday.",
            published="2024-07-12",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2024-07-12")]
