"""A regulator's fine belongs to the regulator's place, not to the towns where it found the
breach ("fined Dia for face scans in its stores in Madrid" is Spain's finding)."""

from .reading_helpers import ITALY, iso, plain, read


def test_a_fine_for_what_was_done_in_a_city_belongs_to_the_regulators_country():
    text = "The Garante on Thursday fined Esselunga for scanning faces in its stores in Milan."
    proposals = read(plain(text, published="2024-11-08"))
    assert [(p.action_type, p.jurisdiction_id, iso(p)) for p in proposals] == [
        ("enforcement", ITALY.pk, "2024-11-07")
    ]
