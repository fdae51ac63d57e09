"""Readings first met in round rc of news the reader had not seen (bench/reading_unseen): a
regulator's order to close operations, given to companies described between commas, and a
company's own start of scanning told in a relative clause, no authorisation of anyone's."""

from .reading_helpers import GARANTE, ITALY, iso, one, plain, read


def test_an_order_to_close_given_to_companies_described_between_commas_is_an_enforcement():
    proposal = one(
        plain(
            "The Garante has ordered Acme Holdings and the Foundation for Identity, the two "
            "companies behind an iris-scanning project, to close their operations in Italy. "
            "The resolution, dated October 3, was made public on Friday.",
            published="2025-10-18",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("enforcement", ITALY.pk)
    assert GARANTE.pk in [pk for pk, _role in proposal.organisations]


def test_an_order_to_shut_down_a_system_is_an_enforcement():
    proposal = one(
        plain(
            "The Garante on Monday ordered Acme to shut down its cameras.", published="2024-03-05"
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2024-03-04")


def test_companies_that_began_scanning_in_a_relative_clause_are_no_authorisation():
    text = (
        "The regulator found that the companies, which began scanning irises in Italy in 2024, "
        "had paid people for their data."
    )
    assert "authorisation" not in [p.action_type for p in read(plain(text))]


def test_police_that_began_scanning_in_a_relative_clause_still_authorise():
    text = "The police in Italy, which began scanning faces at stations in 2024, expanded it."
    assert "authorisation" in [p.action_type for p in read(plain(text))]
