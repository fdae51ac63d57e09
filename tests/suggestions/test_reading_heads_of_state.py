"""Laws and measures taken outside the United States and Western Europe (round ka: Russia's law
on its biometric system, Australia's law and the bills a committee rejected before it)."""

from .reading_helpers import ITALY, feed, iso, one


def test_a_president_who_signed_a_law_is_someone_named_enacting_it():
    proposal = one(
        feed(
            "President signs law moving biometric data into a single state system",
            "President Vladimir Putin on Thursday signed a law that turns the national "
            "biometric system, which holds face images, into a state system and requires "
            "banks in Italy to hand the data they collect over to it.",
            published="2022-12-30",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "regulation",
        "2022-12-29",
        ITALY.pk,
    )


def test_bills_that_a_committee_rejected_in_a_year_were_turned_down_then():
    proposal = one(
        feed(
            "Parliament passes law on face matching",
            "The law allows only one-to-one matching, not the one-to-many searches of the bills "
            "that a parliamentary committee rejected in 2019.",
            published="2023-12-15",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.status) == ("bill", "2019", "rejected")
