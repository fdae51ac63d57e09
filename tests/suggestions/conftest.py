"""Readers injected into storing: each returns the proposals it was given, whatever it reads."""

import datetime
from dataclasses import dataclass, replace

import pytest

from suggestions import reader as reader_module


@dataclass(frozen=True, slots=True)
class Proposal:
    """The reader's `ProposedAction`, field for field."""

    action_type: str = "ban"
    status: str | None = "in_force"
    background: bool = False
    date: datetime.date | None = datetime.date(2021, 2, 16)
    date_precision: str | None = "day"
    jurisdiction_id: int | None = None
    organisations: tuple = ()
    evidence: str = "The council voted on Tuesday to ban facial recognition."
    evidence_start: int = 0
    related_index: int | None = None
    confidence: float = 0.9


def proposal(**fields):
    return replace(Proposal(), **fields)


class FixedReader:
    """Proposes `by_title[title]` for a document whose article has that title (else nothing),
    and records the documents it was given."""

    version = "test-1"

    def __init__(self, by_title=None):
        self.by_title = dict(by_title or {})
        self.documents = []

    def __call__(self, document):
        self.documents.append(document)
        return list(self.by_title.get(document.article.title, ()))


def same_type_and_place(proposal, candidates):
    """A stand-in for `reading.match_existing`: the first candidate of the same type, place and
    year."""
    return next(
        (
            c
            for c in candidates
            if (c.action_type, c.jurisdiction_id)
            == (proposal.action_type, proposal.jurisdiction_id)
            and proposal.date
            and c.date
            and c.date.year == proposal.date.year
        ),
        None,
    )


@pytest.fixture
def fixed_reader(monkeypatch):
    """A `FixedReader` that the import signal's receiver uses."""
    reader = FixedReader()
    monkeypatch.setattr(reader_module, "current_reader", lambda: reader)
    monkeypatch.setattr(reader_module, "match_existing", same_type_and_place)
    return reader
