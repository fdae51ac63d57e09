"""Search text as PostgreSQL's web-search parser can always take it, and the words that a
search without full-text support looks for."""

import random

import pytest
from django.db import connection

from core.search import SEARCH_CONFIG, search_words, websearch_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("facial recognition", "facial recognition"),
        ('"city council" -Oakland', '"city council" -Oakland'),
        ("face-recognition", "face-recognition"),
        ("ban ---Oakland", "ban -Oakland"),
        ('--"city council"', '-"city council"'),
        ("------", " "),
        ("- - - x", "      x"),
        ("-!-!x", " ! !x"),
    ],
)
def test_a_negation_is_one_dash_right_before_a_word_or_a_quote(text, expected):
    assert websearch_text(text) == expected


def test_words_without_letters_or_digits_are_not_searched_for():
    assert search_words("ban ------ & Zürich 2019 !!!") == ["ban", "Zürich", "2019"]


def adversarial_texts(count, seed=16):
    """Random runs of the characters that nest negations in PostgreSQL's parser, and some that
    do not, with an occasional word: the shapes that broke it, and their neighbours."""
    alphabet = list('--- !(\t:."_|&') + ["x", "or ", "\N{MINUS SIGN}"] + ["-"] * 20
    rng = random.Random(seed)  # noqa: S311 (repeatable test data, not secrets)
    for _ in range(count):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(30, 200)))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's text-search parser")
def test_postgresql_parses_every_adversarial_text_once_cleaned(db):
    with connection.cursor() as cursor:
        for text in adversarial_texts(2_000):
            cursor.execute(
                "SELECT websearch_to_tsquery(%s::regconfig, %s)",
                [SEARCH_CONFIG, websearch_text(text)],
            )
