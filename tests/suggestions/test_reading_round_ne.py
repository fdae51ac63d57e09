"""Readings first met in round ne of news the reader had not seen (bench/reading_unseen):
European courts and a German state's parliament. A court's seat is not the place of a ruling on
another country; a law told again as "the law" is the law just read; "since" before a named
subject and its verb opens a clause of its own."""

from suggestions.reading import read_document
from suggestions.reading.recognition import AliasRecogniser, OrganisationRecord, PlaceRecord
from suggestions.reading.sentences import clauses_of

from .reading_helpers import CALIFORNIA, TEXAS, iso, plain, read

FRANCE = PlaceRecord(201, "France", "country", (), ())
STRASBOURG = PlaceRecord(202, "Strasbourg", "city", ("France",), (201,))
UK = PlaceRecord(203, "United Kingdom", "country", (), ())
ECHR = OrganisationRecord(204, "European Court of Human Rights", "court")
SEATS = AliasRecogniser(
    places=[(FRANCE, []), (STRASBOURG, []), (UK, [])],
    organisations=[(ECHR, [])],
)


def _places(proposals):
    return [(p.action_type, p.jurisdiction_id) for p in proposals]


def test_a_court_named_by_its_seat_rules_for_the_country_it_finds_against():
    document = plain(
        "The Strasbourg court found on Thursday that the United Kingdom had violated the "
        "privacy of a man by keeping his DNA profile and custody photograph.",
        published="2020-02-13",
    )
    assert _places(read_document(document, SEATS)) == [("court_ruling", UK.pk)]


def test_a_city_court_that_rules_on_its_own_country_rules_there():
    document = plain(
        "A Strasbourg court ruled on Thursday that France's police had kept the photographs "
        "too long.",
        published="2020-02-13",
    )
    assert _places(read_document(document, SEATS)) == [("court_ruling", STRASBOURG.pk)]


def test_a_law_passed_and_told_again_as_the_law_is_one_action():
    proposals = read(
        plain(
            "The California Legislature on Wednesday passed a law that lets police use face "
            "recognition cameras at the border. The Legislature in Sacramento approved the law "
            "with the votes of the governing coalition.",
            published="2019-04-11",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("authorisation", "2019-04-10")]
    assert proposals[0].jurisdiction_id == CALIFORNIA.pk


def test_since_before_a_named_subject_and_its_verb_opens_a_clause():
    text = "Oregon is the latest state to expand police powers since Texas passed a law last May."
    assert len(clauses_of(text)) == 2
    for text in ("The ban has been in force since January.", "It has applied since Sunday."):
        assert clauses_of(text) == [(0, len(text))], text


def test_a_law_passed_in_a_since_clause_is_the_subjects_own():
    proposals = read(
        plain(
            "California is the latest state to expand police powers since Texas passed a "
            "sweeping police law last May.",
            published="2019-04-11",
        )
    )
    assert [(p.jurisdiction_id, iso(p)) for p in proposals] == [(TEXAS.pk, "2018-05")]
