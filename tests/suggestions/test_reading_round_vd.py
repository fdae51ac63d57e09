"""Readings first met in round vd of news the reader had not seen (bench/reading_unseen): South
Asia's legislatures and regulators. A regulator that began cutting off lines enforces."""

from .reading_helpers import iso, plain, read


def test_a_regulator_that_began_blocking_lines_enforces():
    proposals = read(
        plain(
            "Last month the Federal Trade Commission began blocking every SIM card whose owner "
            "had not confirmed it with a fingerprint.",
            published="2015-05-04",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2015-04")]


def test_a_company_that_began_blocking_spam_enforces_nothing():
    proposals = read(plain("Acme began blocking spam calls last month.", published="2015-05-04"))
    assert proposals == []
