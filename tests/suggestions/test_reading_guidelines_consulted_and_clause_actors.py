"""Readings first met in round od of news the reader had not seen (bench/reading_unseen): a
consultation opened on guidelines a body is drafting on a law's "prohibited practices" (what the
law bans, named by its participle: no ban of the body's), and the body in the cue's own clause,
after others named in the clause before."""

from .reading_helpers import ITALY, iso, plain, read


def test_a_consultation_opened_on_guidelines_puts_them_forward_and_bans_nothing():
    proposals = read(
        plain(
            "The Garante on Wednesday opened a consultation on the guidelines it is drafting on "
            "the AI Act's prohibited practices, among them emotion recognition at work.",
            published="2024-11-13",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2024-11-13")]


def test_the_body_in_the_cues_own_clause_places_what_it_began():
    proposals = read(
        plain(
            "The Portland City Council deploys the cameras regularly, and the Italian Senate "
            "began using them this year.",
            published="2024-11-14",
        )
    )
    # (the council's regular use is an action of its own, in Portland)
    assert ITALY.pk in {p.jurisdiction_id for p in proposals}
