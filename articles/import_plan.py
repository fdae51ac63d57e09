"""Decide what storing one batch of parsed documents does: the pure step of an import.

`plan_batch` takes a batch's parse results, in file order, and what the database holds for the
addresses they give (`Stored`), and returns a `BatchPlan`: plain data saying which article rows
to create or rewrite, which addresses, relations, topics and mentions to add, what to unlink
first, and the counts. It reads and writes nothing (`articles.import_storage` does both), so
what a batch will do is decided, and can be tested, from data alone.

The rules, each stated here once:

- **Unchanged** (`is_unchanged`): a document whose article is stored from a document with the
  same bytes, its mentions found with the same rules. It is counted and left alone, its related
  items too.
- **Duplicate** (`brought_earlier_in_run`): a document whose article another file of the same
  run already brought is refused, naming that file. Each article records which run and which
  file last brought it, so this holds across batches and worker processes.
- **Merge**: a document's values overwrite the stored ones, but an empty value never erases
  one; a related item only fills what is empty. A document's relations and topics replace
  the stored ones, and every article whose text changed has its mentions found again.
- What a document resolves to never depends on where batches begin and end: within a batch,
  an article is found by the addresses stored for it, as a later batch would find it.
"""

from dataclasses import dataclass, field
from typing import NamedTuple

from core.counts import Counts

from .mentions import mention_text
from .models import ArticleOrigin, UrlKind
from .parsed import KNOWN

# The article fields a parsed article gives; with the provider (its domain) and the review flag,
# they are the values a batch reads of the stored articles it may change.
COPIED_FIELDS = (
    "title", "published_at", "excerpt", "body", "quality", "heat", "feed_published", "images",
    "feed_metadata",
)  # fmt: skip
VALUE_FIELDS = (*COPIED_FIELDS, "provider", "date_needs_review")
EMPTY = (None, "", [], {})


@dataclass
class ImportReport(Counts):
    """What importing documents did: `Counts`, the related articles created, the files a
    folder walk skipped (`(path, reason)`) and, for a whole run, the run's own record.

    A batch's plan counts into one; a run adds its batches' up."""

    related_created: int = 0
    skipped: list = field(default_factory=list)
    run: object = None  # the ImportRun

    @property
    def documents(self):
        return self.total

    @property
    def changed_anything(self):
        return bool(self.created or self.updated or self.related_created)

    def add(self, other):
        super().add(other)
        self.related_created += other.related_created
        return self


class Fingerprint(NamedTuple):
    """What a batch reads of a stored article for every address it gives: enough to tell an
    unchanged document or a duplicate without reading the article's text."""

    pk: int
    url: str
    origin: str
    content_hash: str
    matcher_version: str
    import_run_id: int | None
    source_file: str


@dataclass(slots=True)
class Stored:
    """What the database holds for a batch."""

    articles: dict  # stored address -> the Fingerprint of its article
    values: dict = field(default_factory=dict)  # article pk -> {VALUE_FIELDS name: value}


@dataclass
class BatchPlan:
    """What storing a batch does. Articles are named by their canonical URL, which is unique."""

    report: ImportReport
    rows: list  # one dict per article to create or rewrite: every column, the provider a domain
    providers: dict  # domain -> name (the first a feed gave) of every provider the batch names
    urls: list  # (article, address, kind): addresses to add
    relations: list  # (article, related article, position)
    topics: list  # (article, topic name)
    mentions: list  # (article, ("organisation" or "jurisdiction", pk))
    unlinked: list  # stored articles (pks) whose relations and topics are replaced
    rematched: list  # stored articles (pks) whose mentions are replaced
    seen: list  # stored articles (pks) whose unchanged documents this run read again
    moved: list  # (pk, source file) of those among them read from another file than before
    stored_pks: dict  # canonical URL -> pk of every stored article the batch touches

    @property
    def changes_public_records(self):
        """Whether writing the plan changes what public pages show (re-reading unchanged
        documents only records which run and file read them)."""
        changed = (self.rows, self.urls, self.relations, self.topics, self.mentions)
        return any(changed) or bool(self.unlinked or self.rematched)


def is_unchanged(article, parsed, matcher_version):
    """Whether `article` (stored, or as a batch has it so far) is `parsed` as it stands."""
    return (
        article.origin == ArticleOrigin.DOCUMENT
        and article.content_hash == parsed.content_hash
        and article.matcher_version == matcher_version
    )


def brought_earlier_in_run(article, source, run_id):
    """Whether another file than `source` brought `article` as a document in run `run_id`."""
    return (
        run_id is not None
        and article.origin == ArticleOrigin.DOCUMENT
        and article.import_run_id == run_id
        and article.source_file != source
    )


def articles_to_read(documents, fingerprints, matcher_version, run_id):
    """The stored articles (pks) a batch may change, whose values it must read: those that
    any article of a document to be applied resolves to. A re-run of unchanged documents
    reads none."""
    wanted = set()
    for document in documents:
        parsed = document.article
        stored = _stored(parsed, fingerprints)
        if stored and (
            brought_earlier_in_run(stored, document.source, run_id)
            or is_unchanged(stored, parsed, matcher_version)
        ):
            continue
        for item in (parsed, *document.related):
            if stored := _stored(item, fingerprints):
                wanted.add(stored.pk)
    return wanted


def known_to_parse(documents, fingerprints, matcher_version, run_id):
    """The documents a batch left unparsed (`KNOWN`: their bytes are stored) that must be
    parsed after all, because planning them could do more than count them: their article is
    no longer stored as those bytes left it (it is gone, or an earlier batch changed it), or
    another document of the batch reaches it and may change it first."""
    reached = set()
    for document in documents:
        if document.format != KNOWN:
            for item in (document.article, *document.related):
                keys = item.lookup_keys
                reached.update(fingerprints[key].pk for key in keys if key in fingerprints)
    to_parse = []
    for document in documents:
        if document.format == KNOWN:
            stored = _stored(document.article, fingerprints)
            if (
                stored is None
                or stored.pk in reached
                or not (
                    is_unchanged(stored, document.article, matcher_version)
                    or brought_earlier_in_run(stored, document.source, run_id)
                )
            ):
                to_parse.append(document)
    return to_parse


def _stored(parsed, fingerprints):
    return next((fingerprints[key] for key in parsed.lookup_keys if key in fingerprints), None)


def plan_batch(results, stored, matcher, run_id):
    """The `BatchPlan` for `results`, a batch's `(source, document, problem)` triples in file
    order, given what is `stored` (see `articles_to_read`), the mention `matcher` and the run."""
    planner = _Planner(stored, matcher, run_id)
    for source, document, problem in results:
        if document is None:
            planner.report.fail(source, problem)
        else:
            planner.add(document)
    return planner.plan()


@dataclass(slots=True, eq=False)
class _Draft:
    """An article as the plan has it so far: stored (with its pk) or new in this batch."""

    url: str
    pk: int | None
    origin: str
    content_hash: str = ""
    matcher_version: str = ""
    import_run_id: int | None = None
    source_file: str = ""
    values: dict | None = None  # VALUE_FIELDS; None for a stored article left as it is
    changed: bool = False  # to be written
    relinked: bool = False  # a stored document's relations and topics are replaced
    seen: bool = False  # stored, unchanged, and read again in this run
    moved: bool = False  # ... from another file than the one it was stored from
    mentions_from: object = None  # the parsed article last merged into it, if any

    @classmethod
    def new(cls, url, origin):
        values = dict.fromkeys(VALUE_FIELDS)
        values.update(
            title="", excerpt="", body="", images=[], feed_metadata={}, date_needs_review=False
        )
        return cls(url=url, pk=None, origin=origin, values=values, changed=True)

    def row(self):
        return {
            "url": self.url, **self.values, "origin": self.origin,
            "content_hash": self.content_hash, "matcher_version": self.matcher_version,
            "source_file": self.source_file, "import_run_id": self.import_run_id,
        }  # fmt: skip


class _Planner:
    def __init__(self, stored, matcher, run_id):
        self.matcher, self.run_id = matcher, run_id
        self.report = ImportReport()
        self.drafts = {}  # canonical URL -> _Draft, every article the batch knows
        self.by_key = {}  # address -> _Draft
        for key, fingerprint in stored.articles.items():
            draft = self.drafts.get(fingerprint.url)
            if draft is None:
                draft = _Draft(
                    url=fingerprint.url,
                    pk=fingerprint.pk,
                    origin=fingerprint.origin,
                    content_hash=fingerprint.content_hash,
                    matcher_version=fingerprint.matcher_version,
                    import_run_id=fingerprint.import_run_id,
                    source_file=fingerprint.source_file,
                    values=stored.values.get(fingerprint.pk),
                )
                self.drafts[draft.url] = draft
            self.by_key[key] = draft
        self.known_urls = set(stored.articles)  # addresses stored or added by this batch
        self.urls = []
        self.relations = {}  # (article, related article) -> position: the first listing wins
        self.topics = {}  # article -> topic names
        self.providers = {}

    def add(self, document):
        parsed, source = document.article, document.source
        article = self._resolve(parsed)
        if article is not None and brought_earlier_in_run(article, source, self.run_id):
            self.report.fail(source, f"same article as {article.source_file} ({parsed.url})")
            return
        if article is not None and is_unchanged(article, parsed, self.matcher.version):
            self.report.unchanged += 1
            article.seen, article.import_run_id = True, self.run_id
            if article.source_file != source:
                article.moved, article.source_file = True, source
            return
        if document.format == KNOWN:  # `known_to_parse` has these parsed
            raise LookupError(f"{source} was left unparsed, but its article changed")
        if article is None:
            article = self._new(parsed.url, ArticleOrigin.DOCUMENT)
            self.report.created += 1
        else:
            self.report.updated += 1
            article.relinked = article.pk is not None
        for item in (parsed, *document.related):
            if item.provider and item.provider.domain:
                self.providers.setdefault(item.provider.domain, item.provider.name)
        self._merge(article, parsed, overwrite=True)
        article.origin, article.content_hash = ArticleOrigin.DOCUMENT, parsed.content_hash
        article.import_run_id, article.source_file = self.run_id, source
        article.changed, article.mentions_from = True, parsed
        article.matcher_version = self.matcher.version
        self._remember(article, parsed)
        self.topics[article.url] = parsed.topics
        for position, item in enumerate(document.related, start=1):
            self._add_related(article, item, position, source)

    def _add_related(self, article, item, position, source):
        related = self._resolve(item)
        if related is article:
            return
        if related is None:
            related = self._new(item.url, ArticleOrigin.RELATED)
            related.content_hash = item.content_hash
            related.import_run_id, related.source_file = self.run_id, source
            self._merge(related, item, overwrite=True)
            related.mentions_from, related.matcher_version = item, self.matcher.version
            self.report.related_created += 1
        elif (
            self._merge(related, item, overwrite=False)
            or related.matcher_version != self.matcher.version
        ):
            related.changed, related.mentions_from = True, item
            related.matcher_version = self.matcher.version
        self._remember(related, item)
        self.relations.setdefault((article.url, related.url), position)

    def _resolve(self, parsed):
        return next((self.by_key[key] for key in parsed.lookup_keys if key in self.by_key), None)

    def _new(self, url, origin):
        draft = self.drafts[url] = _Draft.new(url, origin)
        return draft

    def _remember(self, article, parsed):
        # Only the addresses stored for it, as a later batch would find it in the database.
        for url, kind in parsed.urls:
            self.by_key.setdefault(url, article)
            if url not in self.known_urls:
                self.known_urls.add(url)
                if kind == UrlKind.CANONICAL and url != article.url:
                    # Another spelling of the article's own address (with or without the
                    # trailing slash): an article has one canonical address, the first given.
                    kind = UrlKind.WEB
                self.urls.append((article.url, url, kind))

    def _merge(self, article, parsed, *, overwrite):
        """Copy parsed values onto `article`; empty values never erase. True if anything changed."""
        values = article.values
        if values is None:  # `articles_to_read` reads every article a merge can reach
            raise LookupError(f"{article.url} was not read before being merged")
        changed = False
        for name in COPIED_FIELDS:
            value = getattr(parsed, name)
            if value in EMPTY:
                continue
            current = values[name]
            if (overwrite or current in EMPTY) and current != value:
                values[name] = value
                changed = True
        domain = parsed.provider.domain if parsed.provider else ""
        if domain and (overwrite or values["provider"] is None) and values["provider"] != domain:
            values["provider"] = domain
            changed = True
        needs_review = values["published_at"] is None
        if values["date_needs_review"] != needs_review:
            values["date_needs_review"] = needs_review
            changed = True
        return changed

    def _mentions(self, article):
        """What `article`'s text mentions: found by the parser when the text is the parsed one
        (`parsing.find_mentions`), else found again in the text merged with what was stored."""
        parsed, values = article.mentions_from, article.values
        text = (values["title"], values["excerpt"], values["body"])
        if parsed.mentions is not None and text == (parsed.title, parsed.excerpt, parsed.body):
            return parsed.mentions
        return self.matcher.find(mention_text(*text))

    def plan(self):
        rows, mentions, rematched, seen, moved = [], [], [], [], []
        for article in self.drafts.values():
            if article.mentions_from is not None:
                mentions += [(article.url, key) for key in self._mentions(article)]
                if article.pk is not None:
                    rematched.append(article.pk)
            if article.changed:
                rows.append(article.row())
            elif article.seen:
                seen.append(article.pk)
                if article.moved:
                    moved.append((article.pk, article.source_file))
        stored = [article for article in self.drafts.values() if article.pk is not None]
        return BatchPlan(
            report=self.report,
            rows=rows,
            providers=self.providers,
            urls=self.urls,
            relations=[(*pair, position) for pair, position in self.relations.items()],
            topics=[(url, name) for url, names in self.topics.items() for name in names],
            mentions=mentions,
            unlinked=[article.pk for article in stored if article.relinked],
            rematched=rematched,
            seen=seen,
            moved=moved,
            stored_pks={article.url: article.pk for article in stored},
        )
