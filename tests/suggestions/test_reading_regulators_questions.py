"""Readings first met in round pb of news the reader had not seen (bench/reading_unseen): a
regulator asking a body to explain a use, and a regulator's position on what a use needs."""

from .reading_helpers import iso, plain, read


def test_a_regulator_that_asked_a_city_to_explain_its_plans_opened_an_inquiry():
    proposals = read(
        plain(
            "The Federal Trade Commission said on Friday it had asked the city to explain its "
            "plans to fit stations with facial recognition cameras.",
            published="2023-09-01",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2023-09-01")]


def test_anyone_else_asking_for_details_takes_no_action():
    proposals = read(
        plain(
            "Reporters asked the city for details of its facial recognition cameras on Friday.",
            published="2023-09-01",
        )
    )
    assert proposals == []


def test_a_regulator_saying_a_use_needs_a_specific_law_states_its_position():
    proposals = read(
        plain(
            "The Federal Trade Commission said on Tuesday that cameras that analyse people's "
            "behaviour in shops need a specific law before they can be used.",
            published="2022-07-19",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2022-07-19")]
