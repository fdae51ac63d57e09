"""Readings first met in round nd of news the reader had not seen (bench/reading_unseen): one
chamber adopting "a bill that would" allow a use, the same bill's red lines told after it, a
law's final text endorsed, a regulator's strategy published (its name two words joined by
"and"), and the city a body met in named after the body's own name."""

from .reading_helpers import ITALY, feed, iso, plain, read


def test_a_chamber_adopting_a_bill_that_would_allow_a_use_passes_a_bill_not_a_law():
    proposals = read(
        plain(
            "Italy's Senate on Monday adopted a bill that would allow police to use real-time "
            "facial recognition in public spaces for a trial period of three years.",
            published="2023-06-13",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2023-06-12")]


def test_what_the_bill_would_forbid_describes_it_and_it_stays_a_bill():
    proposals = read(
        plain(
            "Italy's Senate on Monday adopted a bill that would allow police to use real-time "
            "facial recognition in public spaces. The text sets out what it calls red lines: it "
            "would forbid the use of biometric data to sort people, and bar emotion recognition.",
            published="2023-06-13",
        )
    )
    assert [p.action_type for p in proposals] == ["bill"]


def test_a_legislature_endorsing_the_final_text_of_a_law_takes_a_step_of_the_bill():
    proposals = read(
        feed(
            "Lawmakers back the deal",
            "The Italian Parliament on Tuesday endorsed the provisional agreement on the AI Act "
            "by 71 votes to 8, with 7 abstentions.",
            published="2024-02-13",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2024-02-13")]


def test_a_regulators_strategy_named_by_two_words_joined_by_and_is_published_guidance():
    proposals = read(
        plain(
            "The Garante on Thursday published its AI and biometrics strategy, saying it will "
            "audit police forces' use of facial recognition.",
            published="2025-06-05",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2025-06-05")]


def test_the_city_a_body_met_in_named_after_the_body_is_not_where_its_act_belongs():
    proposals = read(
        feed(
            "Governments sign off on the text",
            "Ministers of the member states, meeting in the Italian Parliament's committee room "
            "in Rome, endorsed on Friday the final text of the AI Act.",
            published="2024-02-02",
        )
    )
    assert [(iso(p), p.jurisdiction_id) for p in proposals] == [("2024-02-02", ITALY.pk)]
