"""An action's page's dates, parts and sources, written in Python as its template wrote them.

Dates as the `date` filter writes them with the three formats the page uses, without its
formatter: `date` parses its format and looks up each letter's method for each date, 60-100 µs
a call, five calls on an action's page. Like `date`, each filter is given the date in the
site's time zone (`expects_localtime`) and writes nothing for no date. The parts the
organisations played and the sources, each looked up, formatted and escaped by the template
engine, are written here with every text escaped as the template escaped it
(tests/policies/test_action_record.py). The page's template took 2.1-2.7 ms to render, now
1.3-1.7 (in one process, alternated); the page 5.35 -> 3.95 ms of CPU for an action with one
source, 5.75 -> 3.95 for another (medians of 8 alternated rounds, bench/profile_pages.py
--wsgi, bench/web, load average 2.5-3.2 from other work: on a quiet machine it is ~3.2 ms).
"""

from django import template
from django.utils.dates import MONTHS
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime

from core.links import linker

from ..charts import html_text as escape

register = template.Library()


def _day_words(day):
    return f"{day.day} {MONTHS[day.month]} {day.year:04d}"


def _iso_day(day):
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


@register.filter(expects_localtime=True, is_safe=False)
def day_words(value):
    """`value|date:"j F Y"`: "17 February 2021"."""
    return "" if value in (None, "") else _day_words(value)


@register.filter(expects_localtime=True, is_safe=False)
def iso_day(value):
    """`value|date:"Y-m-d"`: "2021-02-17"."""
    return "" if value in (None, "") else _iso_day(value)


@register.filter(expects_localtime=True, is_safe=False)
def iso_moment(value):
    """`value|date:"c"`: the date and time in ISO 8601, "2021-02-17T10:30:00+00:00"."""
    return "" if value in (None, "") else value.isoformat()


@register.filter
def roles_html(roles):
    """`grouped_by_roles()`'s `(heading, organisations)` as a <dl>'s terms and definitions:
    the heading, then each organisation linked, by commas."""
    page_of = linker("policies:organisation-detail")
    return mark_safe(  # noqa: S308 (every text escaped)
        "".join(
            f"<dt>{escape(heading)}</dt><dd>"
            + ", ".join(
                f'<a href="{escape(page_of(organisation.slug))}">{escape(organisation.name)}</a>'
                for organisation in organisations
            )
            + "</dd>"
            for heading, organisations in roles
        )
    )


@register.filter
def sources_html(citations):
    """The citations (with their articles and publishers) as an <ol>'s items: each article
    linked, its publisher, its day, a link to read it at its publisher's and the quote."""
    if not citations:
        return mark_safe("\n    <li>No sources are cited yet.</li>\n    ")
    page_of = linker("news:article-detail")
    items = []
    for citation in citations:
        article = citation.article
        publisher = article.provider
        published = "date not known"
        if article.published_at:
            day = template_localtime(article.published_at)
            published = f'<time datetime="{_iso_day(day)}">{_day_words(day)}</time>'
        read_at = ""
        if article.is_web_url:
            name = escape(publisher.name) if publisher and publisher.name else "the source"
            read_at = (
                f'· <a href="{escape(article.url)}" rel="noopener noreferrer">read at {name}</a>'
            )
        quote = ""
        if citation.quote:
            quote = f"<blockquote><p>{escape(citation.quote)}</p></blockquote>"
        items.append(
            "\n    <li>\n"
            f'      <p class="source-title"><a href="{escape(page_of(article.pk))}">'
            f"{escape(article.title)}</a></p>\n"
            f'      <p class="source-meta">'
            f"{escape(publisher.name) if publisher else 'Publisher not known'}\n"
            f"      · {published}\n"
            f"      {read_at}</p>\n"
            f"      {quote}\n"
            "    </li>\n    "
        )
    return mark_safe("".join(items))  # noqa: S308 (every text escaped)
