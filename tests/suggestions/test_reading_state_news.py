"""State news from the United States, as round ee of unseen news taught: the day a measure
"took effect" is behind, though a "will" follows it, and a governor's act under the capital's
dateline is the state's."""

import datetime

from suggestions.reading.dates import find_dates

from .reading_helpers import CALIFORNIA, OAKLAND, iso, plain, read


def test_a_day_a_measure_took_effect_is_behind_though_a_will_follows():
    sentence = (
        "Illinois' Artificial Intelligence Video Interview Act took effect on Jan. 1, requiring "
        "employers to tell applicants when AI will analyse their recorded interviews."
    )
    (mention,) = find_dates(sentence, datetime.date(2020, 10, 1))
    assert mention.date == datetime.date(2020, 1, 1)


def test_a_governors_act_under_the_capitals_dateline_is_the_states():
    text = (
        "SACRAMENTO \u2014 Gov. Gavin Newsom on Tuesday signed a bill that bars police from "
        "using facial recognition on body cameras."
    )
    proposals = read(plain(text, published="2019-10-10"))
    assert [(p.jurisdiction_id, iso(p)) for p in proposals] == [(CALIFORNIA.pk, "2019-10-08")]


def test_the_places_of_an_opening_clause_of_what_came_before_do_not_place_the_act():
    text = (
        "After a week of protests over a death in Sacramento, the Oakland City Council voted on "
        "Tuesday to ban city use of facial recognition."
    )
    proposals = read(plain(text, published="2020-06-12"))
    assert [(p.action_type, p.jurisdiction_id) for p in proposals] == [("ban", OAKLAND.pk)]


def test_deputies_who_stopped_using_the_technology_halted_it_and_made_no_companys_pledge():
    text = "Deputies in Oakland stopped using facial recognition in 2022."
    proposals = read(plain(text, published="2024-09-05"))
    assert [p.action_type for p in proposals] == ["moratorium"]


def test_another_measure_of_the_day_that_names_nothing_of_this_field_is_no_action():
    text = (
        "The Oakland City Council also approved a measure directing that no sworn police "
        "positions be added in next year's budget."
    )
    assert read(plain(text, published="2020-06-12")) == []


def test_a_measure_that_bars_facial_recognition_is_still_an_action():
    text = "The Oakland City Council approved a measure that bars city use of facial recognition."
    assert len(read(plain(text, published="2020-06-12"))) == 1


def test_an_ordinance_not_said_to_be_another_may_be_the_one_the_next_sentence_tells():
    text = (
        "The Oakland City Council approved an ordinance that made Oakland the first city to ban "
        "predictive policing. The same ordinance bars city use of facial recognition."
    )
    assert [p.action_type for p in read(plain(text, published="2020-06-12"))] == ["ban"]
