"""Lawmakers who act in a story told from a city, first met in round qc of news the reader had
not seen (bench/reading_unseen): "Lawmakers passed a bill in May" under a Chicago dateline is
the state's legislature, so the bill is the state's, not the city's the story began in."""

from .reading_helpers import CALIFORNIA, OAKLAND, iso, plain, read

_STORY = "The Oakland City Council voted on Tuesday to ban facial recognition.\n\n"


def _placed(text):
    return [(p.action_type, p.jurisdiction_id, iso(p)) for p in read(plain(_STORY + text))]


def test_lawmakers_who_pass_a_bill_in_a_city_story_act_for_its_state():
    found = _placed("Lawmakers passed a bill in May that would limit its use by the police.")
    assert found[-1] == ("bill", CALIFORNIA.pk, "2020-05")


def test_city_lawmakers_act_for_their_city():
    found = _placed("City lawmakers passed a bill in May that would limit its use by the police.")
    assert found[-1] == ("bill", OAKLAND.pk, "2020-05")
