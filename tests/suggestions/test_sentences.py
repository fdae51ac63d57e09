"""Sentences are split where a reader would split them, and kept verbatim with their offsets."""

from suggestions.reading.sentences import split_sentences


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = (
        "MADISON, Wis. -- The council voted on Jan. 1 to ban it in the U.S. capital. "
        "J. Smith said so."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "MADISON, Wis. -- The council voted on Jan. 1 to ban it in the U.S. capital.",
        "J. Smith said so.",
    ]


def test_each_sentence_is_the_text_at_its_offset_with_curly_quotes_kept():
    text = "A title\n\n\u201cWe will,\u201d she said. The council\u2019s vote came on Monday."
    sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 1, 1]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert sentences[2].text == "The council\u2019s vote came on Monday."


def test_a_yes_or_no_question_after_a_label_or_a_connective_asks_and_reports_nothing():
    from suggestions.reading.sentences import asks_yes_or_no

    assert asks_yes_or_no("Q&A: Does Switzerland's new law let shops scan your face?")
    assert asks_yes_or_no("So is face recognition in shops banned?")
    assert not asks_yes_or_no("So the council banned it.")


def test_a_label_that_opens_a_paragraph_is_a_run_in_heading():
    from suggestions.reading.sentences import is_run_in_heading

    sentences = split_sentences("Title\n\nHow it started. The district bought cameras.")
    assert [is_run_in_heading(s, sentences) for s in sentences] == [False, True, False]
