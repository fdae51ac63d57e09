"""A wire item's dateline ("ROME (Wire) - ...") says where the story was filed, set off from
the sentence by a dash, written as a spaced hyphen as often as an em dash: the act the
sentence reports belongs to its subject's place, not to the city of the dateline."""

from .reading_helpers import ITALY, iso, plain, read


def test_a_dateline_set_off_by_a_spaced_hyphen_does_not_place_the_act():
    text = "ROME (Wire) - Italy's Garante on Thursday fined Esselunga for scanning faces."
    proposals = read(plain(text, published="2024-11-08"))
    assert [(p.action_type, p.jurisdiction_id, iso(p)) for p in proposals] == [
        ("enforcement", ITALY.pk, "2024-11-07")
    ]
