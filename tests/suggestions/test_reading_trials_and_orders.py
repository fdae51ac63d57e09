"""Readings first met in round au of news the reader had not seen (bench/reading_unseen): a
city that will test the technology, one that presses others to let it, and a regulator that
tells a city to stop; and from round av, a report's call for a halt and a ban amended."""

from .reading_helpers import ITALY, OAKLAND, ROME, iso, one, plain, read


def test_a_city_that_will_test_facial_recognition_authorises_a_trial():
    proposal = one(
        plain(
            "Oakland will test facial recognition software on crowds at its festival, the mayor "
            "said on Monday.",
            published="2019-02-18",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "authorisation",
        "2019-02-18",
        OAKLAND.pk,
    )


def test_a_city_that_presses_others_to_let_it_use_the_technology_authorises_nothing():
    text = "Oakland has long pressed the state to let it use facial recognition."
    assert read(plain(text)) == []


def test_a_regulator_that_tells_a_city_to_stop_enforces():
    proposal = one(
        plain(
            "The Garante has told the city of Rome to stop using its cameras, finding on "
            "Thursday that no law allows it.",
            published="2020-06-26",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2020-06-25")
    assert proposal.jurisdiction_id in (ROME.pk, ITALY.pk)  # the city, or its regulator's country


def test_what_a_report_says_the_police_should_stop_is_a_call_not_a_halt():
    proposal = one(
        plain(
            "Police forces should stop using live facial recognition until a law is in place, "
            "the FTC said in a report published on Thursday.",
            published="2019-07-18",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2019-07-18")


def test_a_ban_amended_is_carved_into():
    proposal = one(
        plain(
            "Oakland's City Council voted on Tuesday to amend the city's ban on government use "
            "of facial recognition so that officials can unlock their phones.",
            published="2019-12-18",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "repeal",
        "2019-12-17",
        OAKLAND.pk,
    )


def test_lawmakers_who_proposed_amending_a_law_to_bar_something_barred_nothing():
    text = (
        "Several Texas lawmakers have also proposed amending the state's civil rights law to "
        "bar venues from turning away ticket holders."
    )
    assert read(plain(text)) == []


def test_a_body_that_says_a_government_should_impose_a_moratorium_calls_for_one():
    proposal = one(
        plain(
            "A committee of the Texas Senate said on Tuesday that the state should impose a "
            "moratorium on police use of facial recognition.",
            published="2022-10-04",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2022-10-04")
