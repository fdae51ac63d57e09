"""Readings of shapes the held-out news is likely to use, probed beside round ub (bench/
reading_unseen): "within acceptable limits" is a noun, no measure that limits; "people barred
from the property" says who the people are, no ban."""

from .reading_helpers import PORTLAND, one, plain, read


def test_limits_after_an_adjective_is_a_noun_not_a_measure():
    assert (
        read(
            plain(
                "A 2018 trial on drivers crossing a bridge in Oakland failed to detect a single "
                "face within acceptable limits, according to internal emails.",
                published="2019-04-08",
            )
        )
        == []
    )


def test_people_barred_from_a_property_are_described_not_banned():
    assert (
        read(
            plain(
                "In Oakland, cameras with facial recognition scan everyone who walks past, "
                "looking for people barred from the property.",
                published="2023-05-30",
            )
        )
        == []
    )


def test_a_council_that_bars_police_from_using_it_still_bans():
    proposal = one(
        plain(
            "The Portland City Council on Tuesday barred police from using facial recognition.",
            published="2020-08-05",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("ban", PORTLAND.pk)


def test_limits_a_service_has_are_a_noun_no_measure():
    # Round sd: a company chief's "we accept that it has to have limits, and this is one" was
    # read as a regulation (the verb "limits" before a comma).
    doc = plain(
        "Acme's chief said: we think a search engine for faces can protect people. But we "
        "accept that it has to have limits, and this is one. There are no limits, critics say.",
        published="2023-10-13",
    )
    assert read(doc) == []
