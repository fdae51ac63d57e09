"""What one batch of an import reads from the database and writes to it.

`store_batch` reads what is stored for the addresses a batch gives, has `articles.import_plan`
decide what to do, and writes that plan, all in one transaction. If the transaction fails, the
batch's documents are stored again one transaction each, so the document at fault is the only
one lost and every document is all-or-nothing.
"""

import logging

from django.db import transaction

from .import_plan import (
    COPIED_FIELDS,
    VALUE_FIELDS,
    Fingerprint,
    ImportReport,
    Stored,
    articles_to_read,
    plan_batch,
)
from .models import Article, ArticleRelation, ArticleURL, Provider, Topic

logger = logging.getLogger(__name__)

# Keys a query asks for at once: well under the 999 parameters older SQLite allows a statement.
IN_LIST = 500
# The columns an import writes over when the article is already stored (`created_at` stays).
UPDATED_FIELDS = (
    *COPIED_FIELDS, "provider", "date_needs_review", "origin", "content_hash", "matcher_version",
    "source_file", "import_run", "updated_at",
)  # fmt: skip
_FINGERPRINT = (
    "article_id", "article__url", "article__origin", "article__content_hash",
    "article__matcher_version", "article__import_run_id", "article__source_file",
)  # fmt: skip
_VALUES = (*COPIED_FIELDS, "provider__domain", "date_needs_review")


def store_batch(results, matcher, run_id):
    """Store a batch's `(source, document, problem)` triples, in file order, for run `run_id`;
    returns the batch's `ImportReport`."""
    try:
        with transaction.atomic():
            documents = [document for _source, document, _problem in results if document]
            plan = plan_batch(results, read_stored(documents, matcher, run_id), matcher, run_id)
            write_plan(plan, run_id)
        return plan.report
    except Exception as exc:
        if len(results) > 1:
            report = ImportReport()
            for result in results:
                report.add(store_batch([result], matcher, run_id))
            return report
        source = results[0][0]
        logger.debug("Could not save %s", source, exc_info=True)
        report = ImportReport()
        report.fail(source, f"could not be saved ({exc})")
        return report


def read_stored(documents, matcher, run_id):
    """What is stored for `documents`: a `Fingerprint` for every address any of their articles
    may be stored under, then the values of the articles the batch may change."""
    keys = {
        key for d in documents for parsed in (d.article, *d.related) for key in parsed.lookup_keys
    }
    fingerprints = {}
    for chunk in _chunks(keys):
        urls = ArticleURL.objects.filter(url__in=chunk).order_by()
        for url, *fingerprint in urls.values_list("url", *_FINGERPRINT):
            fingerprints[url] = Fingerprint(*fingerprint)
    stored = Stored(fingerprints)
    wanted = articles_to_read(documents, fingerprints, matcher.version, run_id)
    for chunk in _chunks(wanted):
        articles = Article.objects.filter(pk__in=chunk).order_by()
        for pk, *values in articles.values_list("pk", *_VALUES):
            stored.values[pk] = dict(zip(VALUE_FIELDS, values, strict=True))
    return stored


def write_plan(plan, run_id):
    """Write what `plan` (an `articles.import_plan.BatchPlan`) says, in the caller's transaction."""
    providers = _get_or_create(Provider, "domain", plan.providers)
    articles = []
    for row in plan.rows:
        values = dict(row)
        domain = values.pop("provider")
        articles.append(Article(provider_id=providers[domain].pk if domain else None, **values))
    # New articles are inserted and stored ones rewritten in the same statements, by URL.
    Article.objects.bulk_create(
        articles, update_conflicts=True, unique_fields=["url"], update_fields=UPDATED_FIELDS
    )
    pks = {**plan.stored_pks, **{article.url: article.pk for article in articles}}

    OrganisationLink = Article.organisations.through
    JurisdictionLink = Article.jurisdictions.through
    for model, pk_list in (
        (ArticleRelation, plan.unlinked),
        (Article.topics.through, plan.unlinked),
        (OrganisationLink, plan.rematched),
        (JurisdictionLink, plan.rematched),
    ):
        for chunk in _chunks(pk_list):
            model.objects.filter(article_id__in=chunk).delete()

    ArticleURL.objects.bulk_create(
        ArticleURL(article_id=pks[article], url=url, kind=kind) for article, url, kind in plan.urls
    )
    ArticleRelation.objects.bulk_create(
        ArticleRelation(article_id=pks[article], related_id=pks[related], position=position)
        for article, related, position in plan.relations
    )
    topics = _get_or_create(Topic, "name", {name: name for _article, name in plan.topics})
    Article.topics.through.objects.bulk_create(
        Article.topics.through(article_id=pks[article], topic_id=topics[name].pk)
        for article, name in plan.topics
    )
    links = {"organisation": OrganisationLink, "jurisdiction": JurisdictionLink}
    for kind, model in links.items():
        model.objects.bulk_create(
            model(article_id=pks[article], **{f"{kind}_id": pk})
            for article, (mentioned, pk) in plan.mentions
            if mentioned == kind
        )

    # Unchanged documents read again: which run and file brought them, for duplicates.
    for chunk in _chunks(plan.seen):
        Article.objects.filter(pk__in=chunk).update(import_run_id=run_id)
    for pk, source in plan.moved:
        Article.objects.filter(pk=pk).update(source_file=source)


def _get_or_create(model, key, wanted):
    """`{key value: instance}` for every key in `wanted` (key value -> name), making the missing."""
    if not wanted:
        return {}
    found = {getattr(obj, key): obj for obj in model.objects.filter(**{f"{key}__in": wanted})}
    missing = [model(**{key: value, "name": name}) for value, name in wanted.items()]
    missing = [obj for obj in missing if getattr(obj, key) not in found]
    if missing:
        model.objects.bulk_create(missing, ignore_conflicts=True)
        found = {getattr(obj, key): obj for obj in model.objects.filter(**{f"{key}__in": wanted})}
    return found


def _chunks(items):
    """`items` sorted, in lists of at most `IN_LIST`: neighbours in the index each query reads."""
    items = sorted(items)
    for start in range(0, len(items), IN_LIST):
        yield items[start : start + IN_LIST]
