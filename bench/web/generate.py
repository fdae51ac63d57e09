"""Build the web benchmark's data set with the project's own models, in bulk.

The shape of issue 14's tracker at scale: the full directory of places (`load_directory`), 2,000
organisations, 100,000 news articles of a few hundred words drawn from the news vocabulary (so
text search has work to do), and 20,000 published actions with about two participants and two
citations each, spread over some 4,000 places (California's more than most), every type and
fifteen years. Organisations are drawn with Zipf weights, so the first one is busy (its page and
its filter are the heavy ones). Every choice comes from `random.Random(seed)`.

Writes go through `bulk_create` in batches, so signals, `save()` and history are bypassed: the
records are what a long-running site would hold, not a replay of how each got there.

    DATABASE_URL=sqlite:////tmp/web.sqlite3 python -m bench.web.generate --actions 20000
"""

import argparse
import datetime
import json
import os
import random
import re
import time
from dataclasses import asdict, dataclass

from django.utils.text import slugify

from bench.vocabulary import PROVIDERS, SENTENCES, TITLES, WORDS

BUSY_ORGANISATION = "American Civil Liberties Union"
BUSY_ORGANISATION_SLUG = slugify(BUSY_ORGANISATION)
BATCH = 1000
EPOCH = datetime.date(2011, 1, 1)
DAYS = 15 * 365
SUFFIXES = ["Coalition", "Institute", "Foundation", "Council", "Network", "Project", "Alliance"]
STEMS = ["Digital", "Civic", "Privacy", "Liberty", "Open", "Justice", "Data", "Rights", "Public"]
KIND_BY_SUFFIX = {"Coalition": "coalition", "Council": "government"}


@dataclass(frozen=True)
class Sizes:
    organisations: int = 2000
    articles: int = 100_000
    actions: int = 20_000
    places_with_actions: int = 4000
    words_per_article: int = 300


def fill(rng, template):
    text = re.sub(r"\{(\w+)\}", lambda m: rng.choice(WORDS[m.group(1)]), template)
    return text[:1].upper() + text[1:]


def paragraph(rng, words):
    """Sentences from the news vocabulary until about `words` words."""
    out, count = [], 0
    while count < words:
        sentence = fill(rng, rng.choice(SENTENCES))
        out.append(sentence)
        count += sentence.count(" ") + 1
    return " ".join(out)


def organisation_names(count):
    """The vocabulary's real names first (the busy one leading), then made-up ones."""
    known = [BUSY_ORGANISATION]
    for name in WORDS["org"] + WORDS["company"]:
        name = name.removeprefix("the ")
        if slugify(name) not in {slugify(k) for k in known}:
            known.append(name)
    names = known[:count]
    n = 0
    while len(names) < count:
        stem, other = STEMS[n % len(STEMS)], STEMS[(n // len(STEMS)) % len(STEMS)]
        names.append(f"{stem} {other} {SUFFIXES[n % len(SUFFIXES)]} {n + 1}")
        n += 1
    return names


def zipf_weights(count):
    return [1 / (rank + 1) for rank in range(count)]


def batches(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def bulk(model, objects):
    created = []
    for chunk in batches(objects):
        created.extend(model.objects.bulk_create(chunk))
    return created


def action_places(rng, wanted):
    """About `wanted` places to hold actions: every country and state, a share of California's
    places, and the rest drawn from the whole directory."""
    from directory.models import Jurisdiction, JurisdictionKind

    places = list(Jurisdiction.objects.values_list("pk", "kind", "iso_code"))
    if not places:
        raise SystemExit("The database holds no places: run `manage.py load_directory` first.")
    pool = [pk for pk, kind, _iso in places if kind in ("country", JurisdictionKind.STATE)]
    california = Jurisdiction.objects.filter(iso_code="US-CA").first()
    inside_california = []
    if california:
        inside_california = list(
            Jurisdiction.objects.descendants_of(california).values_list("pk", flat=True)
        )
        inside_california = rng.sample(inside_california, min(300, len(inside_california)))
    others = [pk for pk, _kind, _iso in places]
    rest = max(0, wanted - len(pool) - len(inside_california))
    pool += rng.sample(others, min(rest, len(others)))
    return pool, inside_california


def organisation_kind(name):
    if name in WORDS["company"]:
        return "company"
    words = name.split()
    return KIND_BY_SUFFIX.get(words[-2] if len(words) > 2 else "", "civil_society")


def make_organisations(rng, sizes):
    from directory.models import Organisation, ReviewStatus

    return bulk(
        Organisation,
        [
            Organisation(
                name=name,
                slug=slugify(name),
                kind=organisation_kind(name),
                description=paragraph(rng, 40),
                review_status=ReviewStatus.CONFIRMED,
            )
            for name in organisation_names(sizes.organisations)
        ],
    )


def make_articles(rng, sizes, organisations, places):
    from articles.models import Article, ArticleOrigin, Provider

    providers = bulk(
        Provider, [Provider(name=name, domain=domain) for name, domain, *_ in PROVIDERS]
    )
    weights = zipf_weights(len(organisations))
    articles = []
    for n in range(sizes.articles):
        title = fill(rng, rng.choice(TITLES))
        provider = rng.choice(providers)
        day = EPOCH + datetime.timedelta(days=rng.randrange(DAYS))
        articles.append(
            Article(
                url=f"https://{provider.domain}/{day:%Y/%m/%d}/{slugify(title)[:80]}-{n}",
                title=title,
                provider=provider,
                published_at=datetime.datetime(
                    day.year, day.month, day.day, 9, tzinfo=datetime.UTC
                ),
                excerpt=paragraph(rng, 40),
                body=paragraph(rng, sizes.words_per_article),
                origin=ArticleOrigin.DOCUMENT,
            )
        )
    articles = bulk(Article, articles)
    Mentions = Article.organisations.through
    PlaceMentions = Article.jurisdictions.through
    bulk(
        Mentions,
        [
            Mentions(article_id=article.pk, organisation_id=organisation.pk)
            for article in articles
            for organisation in set(rng.choices(organisations, weights, k=rng.randint(1, 2)))
        ],
    )
    bulk(
        PlaceMentions,
        [
            PlaceMentions(article_id=article.pk, jurisdiction_id=rng.choice(places))
            for article in articles
        ],
    )
    return articles


def make_actions(rng, sizes, organisations, articles, places, inside_california):
    from policies import models as policies
    from policies.choices import ParticipantRole

    weights = zipf_weights(len(organisations))
    now = datetime.datetime.now(datetime.UTC)
    actions = []
    for n in range(sizes.actions):
        company_wide = rng.random() < 0.04
        place = rng.choice(inside_california or places) if rng.random() < 0.1 else None
        day = EPOCH + datetime.timedelta(days=rng.randrange(DAYS))
        title = fill(rng, rng.choice(TITLES))
        actions.append(
            policies.PolicyAction(
                title=title,
                slug=f"{slugify(title)[:80]}-{n}",
                action_type=rng.choice(policies.ActionType.values),
                status=rng.choice(policies.ActionStatus.values),
                scope=rng.choice(policies.ActionScope.values),
                extent="company_wide" if company_wide else "jurisdiction",
                jurisdiction_id=None if company_wide else (place or rng.choice(places)),
                date=day,
                summary=paragraph(rng, 60),
                state=policies.EditorialState.PUBLISHED,
                published_at=min(
                    now, datetime.datetime(day.year, day.month, day.day, 12, tzinfo=datetime.UTC)
                ),
            )
        )
    actions = bulk(policies.PolicyAction, actions)
    roles = ParticipantRole.values
    participants, citations = [], []
    for action in actions:
        chosen = {o.pk: o for o in rng.choices(organisations, weights, k=rng.choice([1, 2, 2, 3]))}
        participants += [
            policies.ActionParticipant(action=action, organisation=o, role=rng.choice(roles))
            for o in chosen.values()
        ]
        cited = rng.sample(articles, min(len(articles), rng.choice([1, 2, 2, 3])))
        citations += [
            policies.Citation(
                action=action, article=article, quote=fill(rng, rng.choice(SENTENCES)), position=i
            )
            for i, article in enumerate(cited)
        ]
    bulk(policies.ActionParticipant, participants)
    bulk(policies.Citation, citations)
    return actions


def build(sizes=Sizes(), seed=0, report=print):
    """Add the organisations, articles and actions to a database that holds the directory."""
    from django.db import connection, transaction

    rng = random.Random(seed)
    started = time.perf_counter()

    def step(label, function, *args):
        begun = time.perf_counter()
        with transaction.atomic():
            result = function(*args)
        report(f"  {label}: {len(result):,} in {time.perf_counter() - begun:.1f} s")
        return result

    places, inside_california = action_places(rng, sizes.places_with_actions)
    organisations = step("organisations", make_organisations, rng, sizes)
    articles = step("articles", make_articles, rng, sizes, organisations, places)
    step("actions", make_actions, rng, sizes, organisations, articles, places, inside_california)
    # Planner statistics for what was just written, as after any bulk load: without them,
    # PostgreSQL planned /articles/ for a table of 47 published actions (7.4 s a request).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    report(f"  built in {time.perf_counter() - started:.1f} s")


def vacuum_on_postgresql():
    """Vacuum a PostgreSQL data set, as autovacuum does a site that has run a while (this
    server has it off): without the visibility map it sets, PostgreSQL plans no index-only
    scan, and counting the news read the whole table (37 ms instead of 3). Outside any
    transaction, as VACUUM must be."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="{}", help="JSON overriding Sizes fields")
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    from django.core.management import call_command

    sizes = Sizes(**json.loads(arguments.sizes))
    begun = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_directory", verbosity=0)
    print(f"  migrate and load_directory in {time.perf_counter() - begun:.1f} s", flush=True)
    build(sizes, arguments.seed, report=lambda line: print(line, flush=True))
    vacuum_on_postgresql()
    print(json.dumps(asdict(sizes)))


if __name__ == "__main__":
    main()
