"""Laws and measures taken outside the United States and Western Europe (round ka: Russia's law
on its biometric system, Argentina's security ministry and its AI unit)."""

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
