"""What one batch of an import reads from the database and writes to it.

`store_batch` reads what is stored for the addresses a batch gives, has `articles.import_plan`
decide what to do, and writes that plan, all in one transaction. If the transaction fails, the
batch's documents are stored again one transaction each, so the document at fault is the only
one lost and every document is all-or-nothing.
"""

import contextlib
import functools
import logging

from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.utils import timezone

from core.publicdata import bump_public_version
from directory.candidates import organisations_for

from .import_plan import (
    COPIED_FIELDS,
    VALUE_FIELDS,
    Fingerprint,
    ImportReport,
    Stored,
    articles_to_read,
    known_to_parse,
    plan_batch,
)
from .models import Article, ArticleRelation, ArticleURL, ImportRun, Provider, Topic
from .parsing import complete, read_documents
from .publishers import publisher_name
from .signals import announce_imported

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


def read_batch(jobs, matcher, max_bytes):
    """Read and parse a batch's `(path, label)` jobs (`parsing.read_documents`), leaving
    unparsed the files whose bytes an article is stored from, read with this `matcher`, and
    without mentions the related items whose article is stored, matched by it.

    What it buys: a re-run of the benchmark's 1,000 documents, unchanged, with the directory
    loaded, took 1.5 s of CPU instead of 5.7 s (parsing and finding mentions again: 4.1 s);
    most of what is left is building the matcher, whose version says whether mentions would
    be found the same way.
    """
    known = functools.partial(Article.objects.stored_from, matcher_version=matcher.version)
    matched = functools.partial(_matched, matcher_version=matcher.version)
    return read_documents(jobs, max_bytes=max_bytes, matcher=matcher, known=known, matched=matched)


def _matched(urls, matcher_version):
    """Which of `urls` are addresses of articles whose mentions `matcher_version` found."""
    found = set()
    for chunk in _chunks(urls):
        rows = ArticleURL.objects.filter(url__in=chunk, article__matcher_version=matcher_version)
        found.update(rows.order_by().values_list("url", flat=True))
    return found


def store_batch(results, matcher, run_id):
    """Store a batch's `(source, document, problem)` triples, in file order, for run `run_id`;
    returns the batch's `ImportReport`."""
    try:
        with transaction.atomic():
            documents = [document for _source, document, _problem in results if document]
            stored = read_stored(documents, matcher, run_id)
            if to_parse := known_to_parse(documents, stored.articles, matcher.version, run_id):
                results = _parse_known(results, to_parse, matcher)
                documents = [document for _source, document, _problem in results if document]
                stored = read_stored(documents, matcher, run_id)
            plan = plan_batch(results, stored, matcher, run_id)
            write_plan(plan, run_id)
            count_done(run_id, len(results))
        return plan.report
    except Exception as exc:
        if len(results) > 1:
            report = ImportReport()
            for result in results:
                report.add(store_batch([result], matcher, run_id))
            return report
        source = results[0][0]
        logger.debug("Could not save %s", source, exc_info=True)
        with contextlib.suppress(DatabaseError):  # the failure is what is reported
            count_done(run_id, 1)
        report = ImportReport()
        report.fail(source, f"could not be saved ({exc})")
        return report


def _parse_known(results, to_parse, matcher):
    """`results` with the documents `to_parse` (left unparsed when read) parsed."""
    to_parse = {id(document) for document in to_parse}
    return [
        complete(result[1], matcher=matcher) if id(result[1]) in to_parse else result
        for result in results
    ]


def count_done(run_id, documents):
    """Add `documents` to the run's count of documents read, for whoever follows it.

    Counted by the process that writes the batch, in the batch's transaction (it holds the
    write lock then): a separate write by the process that started the run would wait for the
    lock behind the workers' batches, and on SQLite could wait past its timeout. It renews the
    run's heartbeat too: the run's sign of life for other machines.
    """
    if run_id is not None:
        ImportRun.objects.filter(pk=run_id).update(
            done=F("done") + documents, heartbeat_at=timezone.now()
        )


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
            fingerprints[url] = Fingerprint._make(fingerprint)
    stored = Stored(fingerprints)
    wanted = articles_to_read(documents, fingerprints, matcher.version, run_id)
    for chunk in _chunks(wanted):
        articles = Article.objects.filter(pk__in=chunk).order_by()
        for pk, *values in articles.values_list("pk", *_VALUES):
            stored.values[pk] = dict(zip(VALUE_FIELDS, values, strict=True))
    return stored


def write_plan(plan, run_id):
    """Write what `plan` (an `articles.import_plan.BatchPlan`) says, in the caller's transaction."""
    providers = _providers(plan.providers)
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

    insert_links(ArticleURL, ("article", "url", "kind"), [
        (pks[article], url, kind) for article, url, kind in plan.urls
    ])  # fmt: skip
    insert_links(ArticleRelation, ("article", "related", "position"), [
        (pks[article], pks[related], position) for article, related, position in plan.relations
    ])  # fmt: skip
    topics = _get_or_create(Topic, "name", {name: name for _article, name in plan.topics})
    insert_links(Article.topics.through, ("article", "topic"), [
        (pks[article], topics[name].pk) for article, name in plan.topics
    ])  # fmt: skip
    links = {"organisation": OrganisationLink, "jurisdiction": JurisdictionLink}
    rows = {kind: set() for kind in links}
    # Organisations the directory does not know yet are found or stored as candidates.
    unknown = [(article, key) for article, (kind, key) in plan.mentions if kind not in links]
    candidates = organisations_for(key for _article, key in unknown)
    rows["organisation"].update((pks[article], candidates[key]) for article, key in unknown)
    for article, (kind, pk) in plan.mentions:
        if kind in links:
            rows[kind].add((pks[article], pk))
    for kind, model in links.items():
        insert_links(model, ("article", kind), sorted(rows[kind]))

    # Unchanged documents read again: which run and file brought them, for duplicates.
    for chunk in _chunks(plan.seen):
        Article.objects.filter(pk__in=chunk).update(import_run_id=run_id)
    # Files renamed or moved since: one statement for the batch, not one a file.
    moved = [Article(pk=pk, source_file=source) for pk, source in plan.moved]
    Article.objects.bulk_update(moved, ["source_file"], batch_size=IN_LIST)
    if plan.changes_public_records:
        bump_public_version()  # everything above was written in bulk, without signals
    # Readers above this app (suggested actions) read the documents, stored with everything
    # they link to, in the batch's transaction: committed together or not at all.
    announce_imported(articles)


def insert_links(model, field_names, rows):
    """Insert rows of plain values into a link table (addresses, relations, many-to-many rows).

    One executemany of one INSERT, without a model instance per row: `bulk_create` builds one
    and compiles every value, which made writing the links cost 0.50 s of CPU per 1,000
    documents against 0.18 s here, about 15% of a single-process import (README, Benchmarks).
    The plan gives only rows that are not stored yet, so no conflict is expected.
    """
    if not rows:
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in field_names)
    placeholders = ", ".join(["%s"] * len(field_names))
    # Only quoted identifiers from the model are interpolated; every value is a parameter.
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


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


def _providers(feed_names):
    """`{domain: Provider}` for every domain in `feed_names` (domain -> the feed's name).

    A new provider is named from the curated list, else by its domain; the feed's name is kept
    apart. A stored one is left as it is, so a name staff corrected survives every re-import.
    """
    if not feed_names:
        return {}
    found = Provider.objects.in_bulk(list(feed_names), field_name="domain")
    missing = [
        Provider(domain=domain, name=publisher_name(domain), feed_name=feed_name)
        for domain, feed_name in feed_names.items()
        if domain not in found
    ]
    if missing:
        Provider.objects.bulk_create(missing, ignore_conflicts=True)
        found = Provider.objects.in_bulk(list(feed_names), field_name="domain")
    return found


def _chunks(items):
    """`items` sorted, in lists of at most `IN_LIST`: neighbours in the index each query reads."""
    items = sorted(items)
    for start in range(0, len(items), IN_LIST):
        yield items[start : start + IN_LIST]
