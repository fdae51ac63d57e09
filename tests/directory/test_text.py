"""How texts and names are cut into tokens (`directory.text.tokenize`)."""

from directory.text import name_key, tokenize


def texts(text):
    return [token.text for token in tokenize(text)]


def test_a_possessive_is_a_token_of_its_own_with_either_apostrophe():
    assert texts("Maine's law and Zürich\u2019s ban") == [
        "Maine",
        "'s",
        "law",
        "and",
        "Zürich",
        "\u2019s",
        "ban",
    ]


def test_a_word_of_two_letters_ending_in_s_is_not_a_possessive():
    assert texts("'s it's") == ["'", "s", "it", "'s"]


def test_initialisms_words_with_inner_marks_and_marks_are_tokens():
    assert texts("U.S. AT&T (O'Connor), Amazon.com.") == [
        "U.S.", "AT&T", "(", "O'Connor", ")", ",", "Amazon.com", ".",
    ]  # fmt: skip


def test_offsets_point_back_into_the_text():
    text = "In Boston\u2019s\n  council"
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_names_are_compared_folded_whatever_the_script_or_apostrophe():
    assert name_key("STRASSE") == name_key("Straße") == "strasse"
    assert name_key("Maine\u2019s") == name_key("MAINE'S") == "maine 's"


def test_a_sentence_starts_after_a_full_stop_a_colon_a_quote_or_a_line_break():
    text = 'Ban. Vote: Yes "Now"\nCouncil; (Mayor) said'
    starts = [token.text for token in tokenize(text) if token.sentence_start]
    assert starts == ["Ban", "Vote", "Yes", "Now", "Council"]


def test_capitalised_means_a_capital_first_or_a_number_ending_in_one():
    tokens = {token.text: token.capitalised for token in tokenize("Boston 3M 3d boston")}
    assert tokens == {"Boston": True, "3M": True, "3d": False, "boston": False}


def test_marks_are_not_words():
    assert [token.is_word for token in tokenize("Boston, 2020.")] == [True, False, True, False]
