"""Readings first met in rounds bd and be of unseen news (bench/reading_unseen): a contract
awarded to build a biometric system, a supervisor regretting that draft rules stop short of a
moratorium, and fines told of a region's unnamed regulators."""

from .reading_helpers import EU, iso, one, plain


def test_an_agency_awarding_the_contract_for_a_biometric_system_authorises_it():
    proposal = one(
        plain(
            "The European Union's border agency announced last month that it had awarded the "
            "contract for its shared biometric matching system to Acme.",
            published="2020-07-02",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "authorisation",
        EU.pk,
        "2020-06",
    )
