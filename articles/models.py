"""News articles and where they come from: providers, topics, articles, their addresses and
relations, and the organisations the news mentions.

The record of every import (`ImportRun`, `ImportFailure`) is in `import_runs.py`, imported here
so that it loads with the app's models (an article names the run that last brought it).
"""

from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db import connections, models
from django.db.models import F, Q, Value
from simple_history.models import HistoricalRecords

from core.links import link
from core.search import search_words, web_search_query
from directory.models import Jurisdiction

from .import_runs import ImportFailure, ImportRun  # noqa: F401 - the app's models, loaded with it


class Provider(models.Model):
    """A publisher, known by its domain.

    `name` is what the site shows: the curated name (`articles.publishers`) or the domain when
    the provider is first stored, then whatever staff correct it to; re-imports never change it.
    `feed_name` is the first name a feed gave, kept as it came, for the record only.
    """

    name = models.CharField(
        max_length=200,
        help_text="Shown on the public site as the publisher. Re-imports keep what you set here.",
    )
    domain = models.CharField(max_length=253, unique=True)
    feed_name = models.CharField(
        max_length=200,
        blank=True,
        help_text="The name the first feed gave this publisher, kept as it came; never shown.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(models.Model):
    name = models.CharField(max_length=100, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class ArticleOrigin(models.TextChoices):
    DOCUMENT = "document", "Imported document"
    RELATED = "related", "Related item of a document"


class ArticleQuerySet(models.QuerySet):
    def needing_date_review(self):
        return self.filter(date_needs_review=True)

    def stored_from(self, content_hashes, matcher_version):
        """`{content hash: canonical URL}` of the articles stored from documents with these
        hashes, their mentions found by the matcher of `matcher_version`: what an import may
        leave unparsed (`articles.parsing.read_documents`). A hash two articles share (which
        only an edit by hand makes) is left out, so that its document is parsed."""
        rows = self.filter(
            content_hash__in=content_hashes,
            origin=ArticleOrigin.DOCUMENT,
            matcher_version=matcher_version,
        ).values_list("content_hash", "url")
        found, shared = {}, set()
        for digest, url in rows.order_by():
            if digest in found:
                shared.add(digest)
            found[digest] = url
        return {digest: url for digest, url in found.items() if digest not in shared}

    def matching(self, text):
        """Articles whose title, excerpt or text match `text`, annotated with `rank` (`ranked`).

        Full-text search on PostgreSQL; elsewhere every word must appear, ignoring case.
        """
        text = text.strip()
        if not text:
            return self.ranked(text)
        if connections[self.db].vendor == "postgresql":
            return self.filter(search_document=web_search_query(text)).ranked(text)
        matches = Q()
        for word in search_words(text):
            matches &= (
                Q(title__icontains=word) | Q(excerpt__icontains=word) | Q(body__icontains=word)
            )
        return self.filter(matches).ranked(text)

    def ranked(self, text):
        """These articles annotated with `rank`, how well each matches `text`: PostgreSQL's
        `ts_rank` of its search vector; 0 for every article elsewhere, and for no text."""
        text = text.strip()
        if text and connections[self.db].vendor == "postgresql":
            return self.annotate(rank=SearchRank(F("search_document"), web_search_query(text)))
        return self.annotate(rank=Value(0.0))

    def among_newest(self, limit, listed=None):
        """These articles, only the `limit` most recently published of them, read from `listed`
        (by default these articles themselves): a search reads its newest matches from the list
        it searched, which need not test each match's text again (`news_filters.search_list`).

        On PostgreSQL ranking is the cost of a full-text search: `ts_rank` reads each match's
        stored vector (out of line, TOASTed), so "police", which 99,000 of 100,000 articles
        match, took 2.1 s to rank, and counting its matches 1 s. The newest `limit` matches are
        found walking the publication-date index and checking each vector until enough are
        found (or, for a rare word, through the GIN index and a sort of its few matches), then
        only they are ranked and counted: 16-40 ms at 200 on the loaded 2-core machine
        (bench/web, EXPLAIN ANALYZE). On SQLite, which matches by reading every text, counting
        the matches of "police" read all 100,000 (175 ms, and as much again to list them);
        walking the same index it stops at the `limit`th match.
        The trade-off: a search that matches more than `limit` articles lists the most
        relevant of the newest `limit` (on SQLite, which does not rank, the newest), not of
        all; an older article needs more words or a filter to be found.
        """
        return (self if listed is None else listed).filter(pk__in=self.newest_ids(limit))

    def newest_ids(self, limit):
        """The ids of the `limit` most recently published of these articles (`among_newest`),
        a subquery."""
        return self.order_by("-published_at", "-pk").values("pk")[:limit]


def is_web_url(url):
    """Whether an article's address is a web page (not a document's or a plain text's URN)."""
    return url.startswith(("https://", "http://"))


class Article(models.Model):
    """A news item, keyed by its canonical URL.

    Articles come from whole documents (a feed entry or a plain-text post) or from the `related`
    list of a feed entry; a related item becomes a full article when its own document arrives.
    Plain-text posts carry no URL, so they get a stable `urn:policy-tracker:` key instead.
    """

    url = models.CharField("canonical URL", max_length=2000, unique=True)
    title = models.CharField(max_length=500)
    # Not indexed alone: article_provider_idx (below) begins with it and serves those lookups.
    provider = models.ForeignKey(
        Provider,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        db_index=False,
    )
    published_at = models.DateTimeField(null=True, blank=True)
    date_needs_review = models.BooleanField(
        default=False,
        help_text="The document gave a date without a year; it was left empty rather than guessed.",
    )
    excerpt = models.TextField(blank=True)
    body = models.TextField(blank=True)
    topics = models.ManyToManyField(Topic, related_name="articles", blank=True)

    # The feed's own metadata, kept as it came. `feed_published` is the feed's flag, not ours:
    # it decides nothing here. Imported news is listed publicly as what it is (a source),
    # while an action is public only once staff publish it.
    quality = models.IntegerField(null=True, blank=True)
    heat = models.IntegerField(null=True, blank=True)
    feed_published = models.BooleanField(null=True, blank=True)
    images = models.JSONField(default=list, blank=True)
    feed_metadata = models.JSONField(
        default=dict, blank=True, help_text="Other fields of the feed entry, kept verbatim."
    )

    related_articles = models.ManyToManyField(
        "self",
        through="ArticleRelation",
        through_fields=("article", "related"),
        symmetrical=False,
        related_name="listed_by",
        blank=True,
    )
    organisations = models.ManyToManyField(
        "directory.Organisation", related_name="articles", blank=True
    )
    jurisdictions = models.ManyToManyField(
        "directory.Jurisdiction", related_name="articles", blank=True
    )

    origin = models.CharField(max_length=10, choices=ArticleOrigin.choices)
    content_hash = models.CharField(
        max_length=64, blank=True, help_text="SHA-256 of the document (or related item) imported."
    )
    matcher_version = models.CharField(
        max_length=16,
        blank=True,
        help_text="Fingerprint of the aliases used to find mentions; a change re-links on import.",
    )
    source_file = models.CharField(max_length=500, blank=True)
    # With `source_file`, which run and file last brought the article: a second file of the
    # same run that brings it again is refused, naming the first (see `articles.import_plan`).
    # Not indexed: it is read with the article, never searched for.
    import_run = models.ForeignKey(
        "ImportRun",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        db_index=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The words an article is found by, on PostgreSQL: title (weight A), excerpt and text (B),
    # stemmed with SEARCH_CONFIG. A trigger (migration 0006) writes it whenever a row is
    # inserted or its title, excerpt or body change, bulk writes included, so no code path can
    # forget it; a GIN index (same migration) serves `matching()`. Storing it is what makes
    # ranking cheap: with an index on the expression alone, PostgreSQL parsed every matching
    # text again to rank it (11.9 s for "police" over 100,000 articles; 2.1 s with the stored
    # vector, on a loaded machine). Unused, and always empty, on SQLite.
    search_document = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()
    # Staff edits are recorded here. The importer writes in bulk, which bypasses this; its
    # record of what each import did is the ImportRun.
    history = HistoricalRecords(excluded_fields=["search_document"])

    class Meta:
        ordering = ["-published_at", "title"]
        indexes = [
            # In the news list's order, whole: a deep page's articles are found in it alone,
            # with no sort of every article (policies/news_pages.py, `_PAGE_IDS`).
            models.Index(fields=["-published_at", "title", "id"], name="article_published_idx"),
            models.Index(fields=["provider", "-published_at"], name="article_provider_idx"),
            # Found by the hash of its document's bytes, so that a re-import leaves the files
            # it has already stored unparsed (`stored_from`).
            models.Index(fields=["content_hash"], name="article_content_hash_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(origin__in=ArticleOrigin.values), name="article_origin_valid"
            ),
            models.CheckConstraint(
                condition=Q(date_needs_review=False) | Q(published_at__isnull=True),
                name="article_review_flag_only_without_date",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return link("news:article-detail", self.pk)

    @property
    def is_web_url(self):
        return is_web_url(self.url)


class UrlKind(models.TextChoices):
    CANONICAL = "canonical", "Canonical"
    ORIGINAL = "original", "Original"
    WEB = "web", "Web"
    AMP = "amp", "AMP"
    CDN_AMP = "cdn_amp", "AMP cache"


class ArticleURL(models.Model):
    """Every URL an article is known by, so AMP and CDN copies resolve to the same article."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="urls")
    url = models.CharField(max_length=2000, unique=True)
    kind = models.CharField(max_length=10, choices=UrlKind.choices)

    class Meta:
        ordering = ["article", "kind"]
        verbose_name = "article URL"

    def __str__(self):
        return self.url


class ArticleRelation(models.Model):
    """A feed entry's `related` item: `article` lists `related` at `position`."""

    # Not indexed alone: the index of article_relation_unique begins with it.
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="relations", db_index=False
    )
    related = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["article", "position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "related"], name="article_relation_unique"),
            models.CheckConstraint(
                condition=~Q(article=models.F("related")), name="article_relation_not_self"
            ),
        ]

    def __str__(self):
        return f"{self.article} → {self.related}"


def organisation_mentions():
    """Every (article, organisation) link the importer found: "mentioned in the news"."""
    return Article.organisations.through.objects.all()


def place_mentions(jurisdiction):
    """Every (article, place) link the importer found to `jurisdiction` or a place inside it,
    by a join: to check an article for one (SQLite ran the subquery of `place_mention_list`
    for each article: 4.4 s for the United States' news)."""
    return Article.jurisdictions.through.objects.filter(
        jurisdiction__tree_left__gte=jurisdiction.tree_left,
        jurisdiction__tree_left__lte=jurisdiction.tree_right,
    )


def place_mention_list(jurisdiction):
    """`place_mentions(jurisdiction)`, its places by a subquery: to read them all, which
    PostgreSQL did by the join merging every link in the places' order (Germany's 1,156
    places, 405 links of 100,000: 39 ms; 11 ms so). bench/web."""
    inside = Jurisdiction.objects.descendants_of(jurisdiction)
    return Article.jurisdictions.through.objects.filter(jurisdiction__in=inside.values("pk"))
