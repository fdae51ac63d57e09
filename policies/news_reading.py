"""What `manage.py read_news` prints: each document's fields, the places and organisations it
names and the actions it suggests, as plain data (the shape `score-reading` reads)."""

from articles.parsing import FEED


def suggestions_for(document, matcher):
    """The policy actions `document` reports, each matched to an existing record where one is.

    None are suggested yet: this is where the suggested-actions reader plugs in, at the layer
    that can see the existing policy actions."""
    return []


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
