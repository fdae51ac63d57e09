"""A sentence that names no place takes its paragraph's: a governing body named there counts,
as the place it governs ("The Portland City Council in Maine met. The council voted ...")."""

from .reading_helpers import PORTLAND, plain, read


def test_a_council_named_in_the_sentence_before_places_what_the_council_does():
    text = "The Portland City Council in Maine met on Monday. The council voted to ban the cameras."
    proposals = read(plain(text, published="2025-03-14"))
    assert [(p.action_type, p.jurisdiction_id) for p in proposals] == [("ban", PORTLAND.pk)]
