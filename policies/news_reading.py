"""What `manage.py read_news` prints: each document's fields, the places and organisations it
names and the actions it suggests, as plain data (the shape `score-reading` reads)."""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from articles.parsing import FEED


def suggestions_for(document, matcher):
    """The policy actions `document` reports, each matched to an existing record where one is.

    The reader lives in `suggestions`, a layer above this one, so it is reached through the
    `NEWS_SUGGESTION_READER` setting rather than imported; with none set, none are suggested."""
    reader = _suggestion_reader()
    return reader(document, matcher) if reader else []


@cache
def _suggestion_reader():
    path = getattr(settings, "NEWS_SUGGESTION_READER", "")
    return import_string(path) if path else None


def document_record(label, document, matcher, date):
    article = document.article
    mentions = article.mentions or frozenset()
    places = sorted(
        (matcher.describe_place(pk) for kind, pk in mentions if kind == "jurisdiction"),
        key=lambda place: (place["name"], place["parent"] or ""),
    )
    organisations = sorted(
        {matcher.organisation_name(key) for key in mentions if key[0] != "jurisdiction"}
    )
    return {
        "file": label,
        "format": document.format,
        "title": article.title,
        "date": date.isoformat() if date else None,
        "url": article.url if document.format == FEED else None,
        "organisations": [{"name": name} for name in organisations],
        "jurisdictions": places,
        "suggestions": suggestions_for(document, matcher),
    }


def reading_report(results, matcher, document_date):
    """`results` are (label, document, problem) triples; the report lists bad files under
    `failures` with their problem."""
    documents, failures = [], []
    for label, document, problem in results:
        if document is None:
            failures.append({"file": label, "problem": problem})
        else:
            documents.append(document_record(label, document, matcher, document_date(document)))
    return {"documents": documents, "failures": failures}
