"""Readings first met in round sd of news the reader had not seen (bench/reading_unseen): a
company that "has started blocking" searches on its own service, dated by the "Since last
week" a later answer opens with; and, from round td, a company that lets its users delete the
face data it holds."""

from .reading_helpers import ACME, iso, one, plain


def test_a_company_that_has_started_blocking_searches_limits_its_own_service():
    proposal = one(
        plain(
            "Acme, the face search engine, has started blocking searches for images of children.",
            published="2023-10-13",
        )
    )
    assert proposal.action_type == "corporate_pledge"
    assert ACME.pk in [pk for pk, _role in proposal.organisations]


def test_what_began_is_dated_by_a_later_sentence_that_opens_with_since():
    proposal = one(
        plain(
            "Acme, the face search engine, has started blocking searches for images of children. "
            "We spoke to its chief. What has changed? Since last week, when someone uploads a "
            "photo of a child, the search does not run.",
            published="2023-10-13",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("corporate_pledge", "2023-10")


def test_a_company_that_lets_users_delete_their_selfies_limits_its_own_face_data():
    proposal = one(
        plain(
            "Acme said on Tuesday that people who have verified their identity with it will be "
            "able to delete their selfie and the photos of their identity documents.",
            published="2022-02-09",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("corporate_pledge", "2022-02-08")
