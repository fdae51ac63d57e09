"""Store what the reader proposes for imported articles, the same way however often they come.

For a batch of article ids: the reader's input is rebuilt from the stored rows (each article
with its related items, in their order, with their own publication dates), each document is
read (`suggestions.reading`, pure), each proposal is matched against the actions on record
(fetched once for the batch), and the article's suggestions are brought up to date:

- the same proposal (same `fingerprint`) is the same suggestion: never a copy;
- one nobody has acted on yet takes the reader's latest word, and goes when the article no
  longer reports it;
- an accepted or rejected one is left as it is, and a rejected one never comes back.

Memory holds one batch. A document the reader fails on is logged and skipped; the others are
stored.
"""

import hashlib
import logging
import time
from collections import defaultdict
from dataclasses import dataclass, replace

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from articles.models import Article, ArticleRelation
from articles.parsing import FEED, PLAIN, ParsedArticle, ParsedDocument
from policies.choices import ParticipantRole
from policies.models import ActionParticipant, Citation, PolicyAction

from .models import SuggestedParticipant, Suggestion, SuggestionState
from .reading.proposals import quote_key
from .reading.reader import reading_texts

logger = logging.getLogger(__name__)

CONTEXT_CHARACTERS = 200  # of the text kept on either side of the evidence, for the queue
_ARTICLE_FIELDS = ("url", "title", "excerpt", "body", "published_at")
# What a refreshed suggestion takes from the reader's latest reading.
_REFRESHED_FIELDS = (
    "status", "background", "date_precision", "quoted_article", "evidence", "evidence_start",
    "context_before", "context_after", "confidence", "matched_action", "reader_version",
)  # fmt: skip
_COMPARED = [Suggestion._meta.get_field(name).attname for name in _REFRESHED_FIELDS]


@dataclass
class StoringStats:
    """Where storing spends its time, summed over this process's batches (for the benchmark)."""

    documents: int = 0
    reading_seconds: float = 0.0
    reading_cpu_seconds: float = 0.0  # what a loaded machine inflates less than wall time
    total_seconds: float = 0.0

    def per_document_ms(self, seconds):
        return 1000 * seconds / self.documents if self.documents else 0.0


STATS = StoringStats()


@dataclass(frozen=True, slots=True)
class StoredProposal:
    """A stored suggestion seen as the reader's proposal, for `match_existing`."""

    action_type: str
    jurisdiction_id: int | None
    date: object
    date_precision: str | None
    related_index: int | None
    evidence: str
    organisations: tuple = ()  # ((organisation pk, role), ...)


_PROPOSAL_FIELDS = [
    name for name in StoredProposal.__slots__ if name not in ("jurisdiction_id", "organisations")
] + ["jurisdiction"]


def as_proposal(suggestion):
    """`suggestion` as a proposal; its participants should be prefetched."""
    return StoredProposal(
        suggestion.action_type,
        suggestion.jurisdiction_id,
        suggestion.date,
        suggestion.date_precision or None,
        suggestion.related_index,
        suggestion.evidence,
        tuple((p.organisation_id, p.role) for p in suggestion.participants.all()),
    )


@dataclass(frozen=True, slots=True)
class ExistingAction:
    """An action on record, as `match_existing` compares it with a proposal."""

    pk: int
    slug: str
    action_type: str
    jurisdiction_id: int | None
    date: object
    date_precision: str
    actor_ids: frozenset = frozenset()  # who took it (see `match_existing`)
    quotes: frozenset = frozenset()  # what its citations quote, as `quote_key` gives them


def fingerprint(article_id, proposal):
    """What identifies a suggestion across re-imports: the article, where in it, the type,
    place and date, and the evidence with its spacing and case set aside."""
    evidence = " ".join(proposal.evidence.split()).casefold()
    parts = (
        article_id,
        "" if proposal.related_index is None else proposal.related_index,
        proposal.action_type,
        proposal.jurisdiction_id or "",
        proposal.date.isoformat() if proposal.date else "",
        proposal.date_precision or "",
        evidence,
    )
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()


def _parsed(article):
    return ParsedArticle(
        url=article.url,
        title=article.title,
        excerpt=article.excerpt,
        body=article.body,
        published_at=article.published_at,
    )


def stored_documents(article_ids):
    """`(article, related articles, ParsedDocument)` for each id: the reader's input as the
    importer stored it. Four queries, whatever the number of articles."""
    articles = Article.objects.filter(pk__in=article_ids).only(*_ARTICLE_FIELDS).order_by("pk")
    related = defaultdict(list)
    relations = (
        ArticleRelation.objects.filter(article__in=article_ids)
        .select_related("related")
        .only("article_id", *(f"related__{name}" for name in _ARTICLE_FIELDS))
        .order_by("article", "position", "pk")
    )
    for relation in relations:
        related[relation.article_id].append(relation.related)
    mentions = defaultdict(set)
    mentioning = {*article_ids, *(item.pk for items in related.values() for item in items)}
    for through, kind, field in (
        (Article.organisations.through, "organisation", "organisation_id"),
        (Article.jurisdictions.through, "jurisdiction", "jurisdiction_id"),
    ):
        for article_id, pk in through.objects.filter(article__in=mentioning).values_list(
            "article_id", field
        ):
            mentions[article_id].add((kind, pk))
    for article in articles:
        main = _parsed(article)
        main.mentions = frozenset(mentions[article.pk])
        items = related[article.pk]
        parsed_items = [_parsed(item) for item in items]
        for parsed, item in zip(parsed_items, items, strict=True):
            parsed.mentions = frozenset(mentions[item.pk])
        document = ParsedDocument(
            source=article.url,
            format=PLAIN if article.url.startswith("urn:") else FEED,
            article=main,
            related=parsed_items,
        )
        yield article, items, document


def _with_actors_and_quotes(actions):
    """`actions` (ExistingAction) with who took them and what they quote: two queries."""
    pks = [action.pk for action in actions]
    actors, quotes = defaultdict(set), defaultdict(set)
    for action_id, organisation_id in ActionParticipant.objects.filter(
        action__in=pks, role=ParticipantRole.ACTOR
    ).values_list("action_id", "organisation_id"):
        actors[action_id].add(organisation_id)
    for action_id, quote in (
        Citation.objects.filter(action__in=pks).exclude(quote="").values_list("action", "quote")
    ):
        quotes[action_id].add(quote_key(quote))
    return [
        replace(a, actor_ids=frozenset(actors[a.pk]), quotes=frozenset(quotes[a.pk]))
        for a in actions
    ]


_ACTION_ROW = ("pk", "slug", "action_type", "jurisdiction_id", "date", "date_precision")


def existing_actions(proposals, quoted_article_ids=()):
    """The actions on record a batch's proposals may report, in four queries: by jurisdiction
    id, those in the places of `proposals` (or in none, for company-wide ones); by article
    id, those that cite one of `quoted_article_ids`. Which of them a proposal reports, of
    the same type or a kindred one, is `match_existing`'s to say."""
    if not proposals:
        return {}, {}
    places = {p.jurisdiction_id for p in proposals if p.jurisdiction_id}
    company_wide = any(p.jurisdiction_id is None for p in proposals)
    where = (
        Q(jurisdiction__in=places) | Q(jurisdiction__isnull=True)
        if company_wide
        else Q(jurisdiction__in=places)
    )
    cited = defaultdict(set)
    if company_wide:  # a proposal the reader could not place may quote a record's source
        for article_id, action_id in Citation.objects.filter(
            article__in=quoted_article_ids
        ).values_list("article_id", "action_id"):
            cited[action_id].add(article_id)
        where |= Q(pk__in=list(cited))
    rows = PolicyAction.objects.filter(where).values_list(*_ACTION_ROW).order_by("pk")
    groups, by_article = defaultdict(list), defaultdict(list)
    for action in _with_actors_and_quotes([ExistingAction(*row) for row in rows]):
        if action.jurisdiction_id is None or action.jurisdiction_id in places:
            groups[action.jurisdiction_id].append(action)
        for article_id in cited[action.pk]:
            by_article[article_id].append(action)
    return groups, by_article


def _context(text, start, evidence):
    """The text just before and after `evidence`, which should begin at `start` in `text`."""
    if text[start : start + len(evidence)] != evidence:
        start = text.find(evidence)
        if start < 0:
            return "", ""
    end = start + len(evidence)
    return (
        text[max(0, start - CONTEXT_CHARACTERS) : start],
        text[end : end + CONTEXT_CHARACTERS],
    )


def store_suggestions(article_ids, *, reader, match_existing, now=None):
    """Read the articles `article_ids` with `reader` and bring their suggestions up to date.

    `reader(document)` returns the proposals for a `ParsedDocument` and has a `version`;
    `match_existing(proposal, candidates)` picks the action on record a proposal reports, if
    any. Returns the number of suggestions created, refreshed and removed.
    """
    started = time.perf_counter()
    now = now or timezone.now()
    version = getattr(reader, "version", "")
    read = []  # (article, quoted articles by related index, texts, proposals)
    stored = list(stored_documents(list(article_ids)))
    if hasattr(reader, "prepare"):  # what the batch's documents need, read at once
        reader.prepare([document for _article, _items, document in stored])
    for article, items, document in stored:
        reading_started, reading_cpu = time.perf_counter(), time.process_time()
        try:
            proposals = list(reader(document))
        except Exception:  # a reader bug must not cost the other documents their suggestions
            logger.exception("Could not read suggestions from article %s", article.pk)
            continue
        finally:
            STATS.reading_seconds += time.perf_counter() - reading_started
            STATS.reading_cpu_seconds += time.process_time() - reading_cpu
            STATS.documents += 1
        read.append((article, items, document, proposals))
    candidates, citing = existing_actions(
        [p for *_rest, proposals in read for p in proposals],
        [pk for article, items, *_rest in read for pk in (article.pk, *(i.pk for i in items))],
    )

    wanted = {}  # fingerprint -> (Suggestion, participants)
    for article, items, document, proposals in read:
        texts = {index: text for index, text, _published in reading_texts(document)}
        for proposal in proposals:
            key = fingerprint(article.pk, proposal)
            if key in wanted:
                continue  # the same event read twice in one text is one suggestion
            if proposal.related_index is not None and proposal.related_index >= len(items):
                logger.error("A suggestion for article %s names no related item", article.pk)
                continue
            quoted = article if proposal.related_index is None else items[proposal.related_index]
            text = texts[proposal.related_index]
            before, after = _context(text, proposal.evidence_start, proposal.evidence)
            group = candidates.get(proposal.jurisdiction_id, [])
            if proposal.jurisdiction_id is None:
                group = list({a.pk: a for a in (*group, *citing.get(quoted.pk, ()))}.values())
            matched = match_existing(proposal, group) if group else None
            suggestion = Suggestion(
                article=article,
                related_index=proposal.related_index,
                quoted_article=quoted,
                action_type=proposal.action_type,
                status=proposal.status or "",
                background=proposal.background,
                date=proposal.date,
                date_precision=(proposal.date_precision or "") if proposal.date else "",
                jurisdiction_id=proposal.jurisdiction_id,
                evidence=proposal.evidence,
                evidence_start=proposal.evidence_start,
                context_before=before,
                context_after=after,
                confidence=min(1.0, max(0.0, float(proposal.confidence))),
                matched_action_id=matched.pk if matched else None,
                fingerprint=key,
                reader_version=version,
                created_at=now,
                updated_at=now,
            )
            wanted[key] = (suggestion, tuple(dict.fromkeys(proposal.organisations)))
    with transaction.atomic():
        result = _synchronise([article.pk for article, *_rest in read], wanted, now)
    STATS.total_seconds += time.perf_counter() - started
    return result


def _participant_rows(suggestion_pk, organisations):
    return [
        SuggestedParticipant(
            suggestion_id=suggestion_pk, organisation_id=pk, role=role, position=position
        )
        for position, (pk, role) in enumerate(organisations)
    ]


def _synchronise(article_ids, wanted, now):
    """Create, refresh and remove the suggestions of `article_ids` so that the waiting ones are
    exactly `wanted`; accepted and rejected ones stay as they are."""
    stored = {
        suggestion.fingerprint: suggestion
        for suggestion in Suggestion.objects.filter(article__in=article_ids).prefetch_related(
            "participants"
        )
    }
    stale = [
        s.pk for key, s in stored.items() if key not in wanted and s.state == SuggestionState.NEW
    ]
    refreshed, participants, replaced = [], [], []
    for key, (proposed, organisations) in wanted.items():
        current = stored.get(key)
        if current is None or current.state != SuggestionState.NEW:
            continue
        held = tuple((p.organisation_id, p.role) for p in current.participants.all())
        if any(getattr(current, name) != getattr(proposed, name) for name in _COMPARED):
            for name in _REFRESHED_FIELDS:
                setattr(current, name, getattr(proposed, name))
            current.updated_at = now
            refreshed.append(current)
        if held != organisations:
            replaced.append(current.pk)
            participants += _participant_rows(current.pk, organisations)
    new = [(s, orgs) for key, (s, orgs) in wanted.items() if key not in stored]
    Suggestion.objects.filter(pk__in=stale).delete()
    Suggestion.objects.bulk_update(refreshed, [*_REFRESHED_FIELDS, "updated_at"])
    SuggestedParticipant.objects.filter(suggestion__in=replaced).delete()
    # Conflicts are another process storing the same article at the same moment: theirs stand.
    Suggestion.objects.bulk_create([s for s, _orgs in new], ignore_conflicts=True)
    if new:
        pks = dict(
            Suggestion.objects.filter(
                fingerprint__in=[s.fingerprint for s, _orgs in new], created_at=now
            ).values_list("fingerprint", "pk")
        )
        for suggestion, organisations in new:
            if suggestion.fingerprint in pks:
                participants += _participant_rows(pks[suggestion.fingerprint], organisations)
    SuggestedParticipant.objects.bulk_create(participants, ignore_conflicts=True)
    return {"created": len(new), "refreshed": len(refreshed), "removed": len(stale)}


def link_waiting_suggestions(action_pk, *, match_existing):
    """Point the waiting suggestions that report action `action_pk`'s event, and match nothing
    yet, at it; call it once its organisations and sources are saved.

    Those of its place, and those placed nowhere that quote an article it cites, are read in
    one query (with their organisations in another); `match_existing` decides on their types,
    dates, actors and quotes.
    """
    row = PolicyAction.objects.filter(pk=action_pk).values_list(*_ACTION_ROW).first()
    if row is None:
        return 0
    (candidate,) = _with_actors_and_quotes([ExistingAction(*row)])
    cited = Citation.objects.filter(action=action_pk).values("article")
    where = Q(jurisdiction_id=candidate.jurisdiction_id)
    if candidate.jurisdiction_id is not None:
        where |= Q(jurisdiction__isnull=True, quoted_article__in=cited)
    waiting = (
        Suggestion.objects.waiting()
        .filter(where, matched_action__isnull=True)
        .only(*_PROPOSAL_FIELDS)
        .prefetch_related("participants")
    )
    linked = [
        suggestion.pk
        for suggestion in waiting
        if match_existing(as_proposal(suggestion), [candidate]) is not None
    ]
    if linked:
        Suggestion.objects.filter(pk__in=linked).update(matched_action=action_pk)
    return len(linked)
