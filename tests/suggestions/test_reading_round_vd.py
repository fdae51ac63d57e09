"""Readings first met in round vd of news the reader had not seen (bench/reading_unseen): South
Asia's legislatures and regulators. A regulator that began cutting off lines enforces; in round
wd, a regulator's published guide is its guidance; in round xd, "appeals against" as a noun
is a procedure described, no appeal."""

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


def test_a_regulator_that_published_a_guide_issues_guidance():
    proposals = read(
        plain(
            "The Federal Trade Commission last month published a guide for building owners on "
            "the responsible use of biometric data.",
            published="2022-06-02",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2022-05")]


def test_a_companys_published_guide_is_no_guidance():
    proposals = read(
        plain(
            "Acme last month published a guide for shoppers on face scans at its stores.",
            published="2022-06-02",
        )
    )
    assert proposals == []


def test_appeals_against_fines_as_a_noun_are_a_procedure_not_an_appeal():
    for text in (
        "Appeals against the authority's fines will go to the administrative courts.",
        "The Texas Supreme Court hears appeals against the regulator's fines.",
    ):
        assert [p.action_type for p in read(plain(text, published="2024-03-13"))] == [], text


def test_a_company_that_appeals_against_a_fine_still_appeals():
    proposals = read(
        plain(
            "Clearview AI appeals against the Garante's fine in a court in Rome.",
            published="2022-04-01",
        )
    )
    assert "lawsuit" in [p.action_type for p in proposals]
