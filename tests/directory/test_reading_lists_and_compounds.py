"""Organisations first met in round hb of news the reader had not seen (bench/reading_unseen):
a word in lower case hyphened into a name ("the First-tier Tribunal"), the names of a list
whose other members are organisations ("signed by Big Brother Watch, Liberty, ..., StopWatch
and Access Now"), and a sentence of many commas, which is no Title Case headline however many
of its words are capitalised; and, from round mf, an alliance or coalition named for its cause
with "on" ("the Community Alliance on Prisons")."""

from .reading_directory import organisations_in


def test_a_word_hyphened_into_a_name_is_part_of_it():
    assert organisations_in("The case now goes back to the First-tier Tribunal.") == [
        "First-tier Tribunal"
    ]


def test_a_hyphened_word_that_describes_what_follows_joins_no_name():
    assert organisations_in("The Vienna-based Digital Rights Centre sued.") == [
        "Digital Rights Centre"
    ]


def test_names_listed_with_organisations_are_organisations():
    text = (
        "The letter is signed by Big Brother Watch, Liberty, Amnesty International, the "
        "Runnymede Trust, Race on the Agenda, StopWatch and Race Equality First."
    )
    assert organisations_in(text) == [
        "Big Brother Watch",
        "Liberty",
        "Amnesty International",
        "Runnymede Trust",
        "Race on the Agenda",
        "StopWatch",
        "Race Equality First",
    ]


def test_names_listed_mostly_without_organisations_stay_unread():
    text = "It was signed by Robert Williams, Liberty, Nijeer Parks and Porcha Woodruff."
    assert organisations_in(text) == ["Liberty"]


def test_an_alliance_or_coalition_named_for_its_cause_keeps_its_on():
    text = "The Community Alliance on Prisons and the Coalition on Homelessness backed the bill."
    assert organisations_in(text) == ["Community Alliance on Prisons", "Coalition on Homelessness"]


def test_an_alliance_on_a_weekday_is_no_longer_name():
    assert organisations_in("The Community Alliance on Friday backed the bill.") == [
        "Community Alliance"
    ]
