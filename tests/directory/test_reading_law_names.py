"""Places inside a law's name, as round lc of unseen news taught: a town named like a word in the
middle of a law's name is no context for its state."""

from .reading_directory import make_matcher, places_in


def test_a_town_named_like_a_word_inside_a_laws_name_is_no_context_for_its_state():
    # Protection, Kansas and Washington County in Kansas and in Vermont.
    matcher = make_matcher(
        more_places=[
            (76, "Kansas", "state", 1, None, "US-KS"),
            (77, "Protection", "city", 76, 500, ""),
            (78, "Washington County", "county", 76, None, ""),
            (79, "Washington County", "county", 25, None, ""),
        ]
    )
    text = (
        "The attorney general sued in Washington County, accusing the company of breaking the "
        "Vermont Consumer Protection Act."
    )
    assert places_in(text, matcher) == ["Washington County, Vermont", "Vermont, United States"]
