"""Readings first met in round ja of news the reader had not seen (bench/reading_unseen): a
quote in which a body's spokesperson or head tells what the body has done, and police officers
wearing cameras that recognise faces."""

from .reading_helpers import iso, plain, read


def test_a_chief_quoted_saying_we_have_paused_the_program_reports_the_pause():
    proposals = read(
        plain(
            '"We have paused the program," the police chief said on Tuesday.',
            published="2025-06-04",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("moratorium", "2025-06-03")]


def test_a_quote_of_opinion_in_the_first_person_reports_nothing():
    proposals = read(plain('"We think a ban would be a mistake," the police chief said.'))
    assert proposals == []


def test_a_quote_not_put_in_anyones_mouth_is_still_left_alone():
    proposals = read(plain('Campaigners held signs reading "We have banned the cameras".'))
    assert proposals == []


def test_officers_wearing_cameras_that_can_flag_faces_is_the_system_put_to_use():
    proposals = read(
        plain(
            "Since Wednesday, fifty officers of the police service have been wearing body "
            "cameras that can flag someone on a watch list.",
            published="2025-12-08",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("authorisation", "2025-12-03")]


def test_a_spokespersons_quote_of_officers_wearing_such_cameras_reports_the_trial():
    proposals = read(
        plain(
            '"Since Wednesday, fifty of our officers have been wearing body cameras that can '
            'flag someone on our list," a police spokesperson told reporters.',
            published="2025-12-08",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("authorisation", "2025-12-03")]


def test_regulators_that_issued_binding_orders_enforce_in_the_month_the_sentence_gives():
    proposals = read(
        plain(
            "In December 2021 the three provincial regulators issued binding orders; the "
            "first required the company to stop collecting images.",
            published="2025-06-04",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2021-12")]


def test_a_spokesperson_quoted_saying_we_have_stopped_the_trial_reports_the_halt():
    proposals = read(
        plain(
            '"We have stopped the trial and we will not be using the tool," a police '
            "spokesperson said."
        )
    )
    assert [p.action_type for p in proposals] == ["moratorium"]


def test_a_date_of_what_emerged_before_the_act_does_not_date_the_act():
    proposals = read(
        plain(
            "The police stopped the trial after it emerged that officers had tested the app "
            "earlier this year.",
            published="2020-05-18",
        )
    )
    assert [(p.action_type, p.date) for p in proposals] == [("moratorium", None)]


def test_an_agency_that_has_been_using_face_recognition_since_a_month_began_its_use_then():
    proposals = read(
        plain(
            "The National Police Agency has been using a facial recognition system since "
            "March to compare images from security cameras with its photos of people arrested.",
            published="2020-09-14",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("authorisation", "2020-03")]
