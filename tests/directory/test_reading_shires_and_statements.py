"""Names first met in round hc of news the reader had not seen (bench/reading_unseen): an
English shire named alone, the only county so called, is that county; "Committees of the
Parliament" opening a sentence are some of its committees, not a body of that name; and a
list of names that holds a group written like a web address ("epicenter.works")."""

from .reading_directory import make_matcher, organisations_in, places_in

# pk, name, kind, parent, population, iso code
ENGLAND = (95, "England", "state", 2, None, "GB-ENG")
OXFORDSHIRE = (96, "Oxfordshire", "county", 95, None, "GB-OXF")
MATCHER = make_matcher(more_places=[ENGLAND, OXFORDSHIRE])


def test_an_english_shire_named_alone_is_that_county():
    text = "He has delivered food in Oxfordshire since 2019."
    assert places_in(text, MATCHER) == ["Oxfordshire, England"]


def test_committees_of_a_parliament_opening_a_sentence_are_no_name():
    text = "Committees of the Parliament are preparing their amendments."
    assert "Committees of the Parliament" not in organisations_in(text)


def test_a_group_written_like_a_web_address_is_one_of_a_list_of_organisations():
    text = (
        "It was drafted by Liberty, Amnesty International, Big Brother Watch, epicenter.works, "
        "Bits of Freedom and Fair Trials."
    )
    assert organisations_in(text) == [
        "Liberty",
        "Amnesty International",
        "Big Brother Watch",
        "epicenter.works",
        "Bits of Freedom",
        "Fair Trials",
    ]
