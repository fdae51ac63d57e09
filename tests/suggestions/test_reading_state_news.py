"""State news from the United States, as round ee of unseen news taught: the day a measure
"took effect" is behind, though a "will" follows it, and a governor's act under the capital's
dateline is the state's."""

import datetime

from suggestions.reading.dates import find_dates

from .reading_helpers import CALIFORNIA, iso, plain, read


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
