"""A government putting named companies on a list of sanctioned ones enforces against them."""

from .reading_helpers import ACME, US, one, plain, read


def test_companies_put_on_an_entity_list_are_sanctioned_by_the_country_that_keeps_it():
    proposal = one(
        plain(
            "The U.S. Commerce Department on Monday put 28 companies, Acme among them, on its "
            "Entity List.",
            published="2019-10-08",
        )
    )
    assert (proposal.action_type, proposal.date.isoformat()) == ("enforcement", "2019-10-07")
    assert proposal.jurisdiction_id == US.pk
    assert ACME.pk in [pk for pk, _role in proposal.organisations]


def test_a_company_added_to_a_list_of_companies_americans_may_not_invest_in_is_sanctioned():
    proposal = one(
        plain(
            "The U.S. Treasury on Friday added Acme to its list of Chinese military-industrial "
            "complex companies.",
            published="2021-12-13",
        )
    )
    assert (proposal.action_type, proposal.date.isoformat()) == ("enforcement", "2021-12-10")


def test_a_face_added_to_a_watchlist_is_no_sanction():
    assert read(plain("Police in the U.S. added his photo to a watchlist on Monday.")) == []
