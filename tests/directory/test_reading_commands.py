"""Organisations first met in round tb of news the reader had not seen (bench/reading_unseen):
a military command is a body, named by its last word as a force or a patrol is."""

from .reading_directory import organisations_in


def test_a_military_command_is_an_organisation():
    text = "The rule was announced by the Internal Security Operations Command in June."
    assert organisations_in(text) == ["Internal Security Operations Command"]
