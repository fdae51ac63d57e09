"""A small directory and documents made by hand, for reading sentences one at a time."""

import datetime

from articles.parsing import FEED, PLAIN, ParsedArticle, ParsedDocument
from suggestions.reading import read_document
from suggestions.reading.recognition import AliasRecogniser, Name, OrganisationRecord, PlaceRecord

_PLACES = {}


def _place(pk, name, kind, parent=None):
    parent_record = _PLACES.get(parent)
    record = PlaceRecord(
        pk,
        name,
        kind,
        (parent_record.name, *parent_record.parents) if parent_record else (),
        (parent_record.pk, *parent_record.ancestors) if parent_record else (),
    )
    _PLACES[name] = record
    return record


US = _place(1, "United States", "country")
CALIFORNIA = _place(2, "California", "state", "United States")
OAKLAND = _place(3, "Oakland", "city", "California")
SAN_FRANCISCO = _place(4, "San Francisco", "city", "California")
MAINE = _place(5, "Maine", "state", "United States")
PORTLAND = _place(6, "Portland", "city", "Maine")
EU = _place(7, "European Union", "supranational")
ITALY = _place(8, "Italy", "country", "European Union")
NETHERLANDS = _place(9, "Netherlands", "country", "European Union")
CANADA = _place(10, "Canada", "country")
TEXAS = _place(11, "Texas", "state", "United States")
SACRAMENTO = _place(12, "Sacramento", "city", "California")
ROME = _place(13, "Rome", "city", "Italy")
MILAN = _place(14, "Milan", "city", "Italy")  # under its country, and not its capital

COUNCIL = OrganisationRecord(101, "Portland City Council", "government", PORTLAND)
GARANTE = OrganisationRecord(
    102, "Garante per la protezione dei dati personali", "regulator", ITALY
)
CLEARVIEW = OrganisationRecord(103, "Clearview AI", "company")
ACME = OrganisationRecord(104, "Acme", "company")
ACLU = OrganisationRecord(105, "American Civil Liberties Union", "civil_society", US)
FTC = OrganisationRecord(106, "Federal Trade Commission", "regulator", US)
COURT = OrganisationRecord(107, "Texas Supreme Court", "court", TEXAS)
META = OrganisationRecord(108, "Meta", "company")
ESSELUNGA = OrganisationRecord(109, "Esselunga", "company", ITALY)  # a national chain
PARLIAMENT = OrganisationRecord(110, "Italian Parliament", "government", ITALY)
SENATE = OrganisationRecord(111, "Italian Senate", "government", ITALY)
EDRI = OrganisationRecord(112, "European Digital Rights", "coalition", EU)
AMNESTY = OrganisationRecord(113, "Amnesty International", "civil_society")
ACCESS_NOW = OrganisationRecord(114, "Access Now", "civil_society")

RECOGNISER = AliasRecogniser(
    places=[
        (US, [Name("U.S."), Name("US", True)]),
        (CALIFORNIA, []),
        (OAKLAND, []),
        (SAN_FRANCISCO, []),
        (MAINE, []),
        (PORTLAND, []),
        (EU, [Name("EU", True)]),
        (ITALY, []),
        (NETHERLANDS, []),
        (CANADA, []),
        (TEXAS, []),
        (SACRAMENTO, []),
        (ROME, []),
        (MILAN, []),
    ],
    organisations=[
        (COUNCIL, [Name("City Council")]),
        (GARANTE, [Name("Garante")]),
        (CLEARVIEW, [Name("Clearview", True)]),
        (ACME, [Name("Acme", True)]),
        (ACLU, [Name("ACLU", True)]),
        (FTC, [Name("FTC", True)]),
        (COURT, []),
        (META, [Name("Meta", True)]),
        (ESSELUNGA, []),
        (PARLIAMENT, []),
        (SENATE, [Name("Senate", True)]),
        (EDRI, [Name("EDRi", True)]),
        (AMNESTY, []),
        (ACCESS_NOW, []),
    ],
)


def moment(day):
    """Noon UTC on `day` ("2020-08-05"), or the time given ("2020-08-05T02:00")."""
    if "T" not in day:
        day = f"{day}T12:00"
    return datetime.datetime.fromisoformat(f"{day}:00+00:00")


def item(title, excerpt="", published=None, url="https://example.org/item"):
    return ParsedArticle(
        url=url,
        title=title,
        excerpt=excerpt,
        published_at=moment(published) if published else None,
    )


def plain(body, *, title="A post", published="2020-08-05"):
    """A plain post: a title line, a Posted-on date (or none), paragraphs."""
    article = ParsedArticle(
        url="urn:test",
        title=title,
        body=body,
        published_at=moment(published) if published else None,
    )
    return ParsedDocument(source="test.txt", format=PLAIN, article=article)


def feed(title, excerpt, *, published="2020-08-05", related=()):
    return ParsedDocument(
        source="test.txt",
        format=FEED,
        article=item(title, excerpt, published),
        related=list(related),
    )


def read(document):
    return read_document(document, RECOGNISER)


def one(document):
    """The single action `document` is read to report."""
    proposals = read(document)
    assert len(proposals) == 1, proposals
    return proposals[0]


def iso(proposal):
    """The proposal's date as the corpus writes it: 2020-08-03, 2020-08 or 2020."""
    if proposal.date is None:
        return None
    return {
        "day": proposal.date.isoformat(),
        "month": proposal.date.strftime("%Y-%m"),
        "year": str(proposal.date.year),
    }[proposal.date_precision]
