"""An organisation's newest actions and the newest news that mentions it, as its page lists
them, one line each: written here rather than in the template, where its two lists of 50
lines (a URL, a title and a date or two a line, each looked up and escaped by the template
engine) took ~5 of the page's ~17 ms of CPU (SQLite, bench/web's 20,000 actions and
100,000 articles). Every text is escaped as the template escaped it
(tests/policies/test_compact_lists.py).

The lines are read as plain rows (`action_lines`, `article_lines`), not model instances, and
an article's day is written without the `date` filter (bench/web, the ACLU's page, each part
timed in one process): 50 actions with their places 4.7 -> 1.9 ms, 50 articles with their
publishers 3.4 -> 1.5 ms, the articles' lines 4.7 -> 0.9 ms; the page ~21.6 -> ~10 ms with
the rest of that work (policies/organisation_views.py).
"""

from typing import NamedTuple

from django.utils.dates import MONTHS
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime

from core.links import linker

from .charts import html_text as escape
from .dates import PartiallyDated


class _ActionLineFields(NamedTuple):
    pk: int
    slug: str
    title: str
    action_type: str
    date: object
    date_precision: str
    place: str | None


class ActionLine(PartiallyDated, _ActionLineFields):
    """What a line shows of an action: its link, title, date and place (`place`: its
    jurisdiction's qualified name, None when it has no jurisdiction)."""

    __slots__ = ()


class ArticleLine(NamedTuple):
    """What a line shows of an article: its link and title, when it was published and its
    publisher's name (None when it has no publisher)."""

    pk: int
    title: str
    published_at: object
    publisher: str | None


# What a line reads of an action and of an article, as `values_list` fields.
ACTION_LINE_FIELDS = (
    "pk",
    "slug",
    "title",
    "action_type",
    "date",
    "date_precision",
    "jurisdiction_id",
    "jurisdiction__qualified_name",
)
ARTICLE_LINE_FIELDS = ("pk", "title", "published_at", "provider_id", "provider__name")


def action_lines(rows):
    """The `ActionLine` of each row of `ACTION_LINE_FIELDS`, in order."""
    return [
        ActionLine(pk, slug, title, kind, date, precision, place if place_id else None)
        for pk, slug, title, kind, date, precision, place_id, place in rows
    ]


def article_lines(rows):
    """The `ArticleLine` of each row of `ARTICLE_LINE_FIELDS`, in order."""
    return [
        ArticleLine(pk, title, published_at, publisher if provider_id else None)
        for pk, title, published_at, provider_id, publisher in rows
    ]


def action_lines_html(actions):
    """`(ActionLine, roles in words)` pairs as `<li>` lines: the action's link, the parts the
    organisation played, its date and place."""
    lines = []
    page_of = linker("policies:action-detail")
    for action, roles in actions:
        where = f" · {escape(action.place)}" if action.place is not None else ""
        lines.append(
            f'<li><a href="{escape(page_of(action.slug))}">'
            f'{escape(action.title)}</a> <span class="role">({escape(roles)})</span> '
            f'<span class="where">· <time datetime="{escape(action.iso_date)}">'
            f"{escape(action.display_date)}</time>{where}</span></li>"
        )
    return mark_safe("".join(lines))  # noqa: S308 (every text escaped)


def article_lines_html(articles):
    """`ArticleLine`s as `<li>` lines: the article's link, its publisher and the day it was
    published, in the site's time zone, as `|date:"j F Y"` writes it ("17 February 2021";
    the filter took ~50 µs a date, each month's name is looked up once here)."""
    lines = []
    months = {}
    page_of = linker("news:article-detail")
    for article in articles:
        publisher = f"· {escape(article.publisher)}" if article.publisher is not None else ""
        published = ""
        if article.published_at:
            day = template_localtime(article.published_at)
            if day.month not in months:
                months[day.month] = str(MONTHS[day.month])
            published = f" · {escape(f'{day.day} {months[day.month]} {day.year:04d}')}"
        lines.append(
            f'<li><a href="{escape(page_of(article.pk))}">'
            f'{escape(article.title)}</a> <span class="where">{publisher}{published}</span></li>'
        )
    return mark_safe("".join(lines))  # noqa: S308 (every text escaped)
