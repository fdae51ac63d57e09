"""State news from the United States, as round ee of unseen news taught: the day a measure
"took effect" is behind, though a "will" follows it, and a governor's act under the capital's
dateline is the state's."""

import datetime

from suggestions.reading.dates import find_dates

from .reading_helpers import (
    CALIFORNIA,
    OAKLAND,
    SACRAMENTO,
    SAN_FRANCISCO,
    iso,
    one,
    plain,
    read,
)


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


# Round eg: a city council's guardrails two weeks after its reversal, a state joining others
# "which passed similar laws this year", a city investigating its police.


def test_a_list_a_place_joins_is_dated_by_the_clause_told_of_the_whole_list():
    text = (
        "The Oakland City Council voted on Tuesday to ban facial recognition. Oakland joins San "
        "Francisco and Sacramento, which passed similar laws in 2019."
    )
    proposals = read(plain(text, published="2020-06-12"))
    joined = [(p.jurisdiction_id, iso(p)) for p in proposals if p.jurisdiction_id != OAKLAND.pk]
    assert joined == [(SAN_FRANCISCO.pk, "2019"), (SACRAMENTO.pk, "2019")]


def test_a_city_that_opened_an_investigation_of_its_police_takes_an_enforcement_step():
    text = "The City of Oakland has opened an investigation into police use of facial recognition."
    proposal = one(plain(text, published="2025-05-21"))
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "enforcement",
        OAKLAND.pk,
        None,
    )


def test_what_documents_showed_before_an_investigation_neither_dates_nor_joins_it():
    text = (
        "The City of Oakland has opened an investigation after records showed that officers "
        "received facial recognition results since the city barred the technology in 2019."
    )
    proposals = read(plain(text, published="2025-05-21"))
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", None), ("ban", "2019")]


def test_the_act_a_sentence_opens_two_weeks_after_is_an_earlier_one():
    text = (
        "Two weeks after it let police use facial recognition again, the Oakland City Council on "
        "Thursday voted for an ordinance that sets limits on police use of the software."
    )
    proposal = one(plain(text, published="2022-08-05"))
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2022-08-04")


def test_the_year_of_a_measure_reversed_does_not_date_the_reversal():
    text = (
        "The Oakland City Council voted on Thursday to partly reverse its 2020 ban and allow "
        "police to use facial recognition."
    )
    assert iso(one(plain(text, published="2022-07-22"))) == "2022-07-21"
