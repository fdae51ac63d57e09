"""An organisation's newest actions and the newest news that mentions it, as its page lists
them, one line each: written here rather than in the template, where its two lists of 50
lines (a URL, a title and a date or two a line, each looked up and escaped by the template
engine) took ~5 of the page's ~17 ms of CPU (SQLite, bench/web's 20,000 actions and
100,000 articles). Every text is escaped as the template escaped it
(tests/policies/test_compact_lists.py).
"""

from django.template.defaultfilters import date as date_filter
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime

from core.links import link

from .charts import html_text as escape


def action_lines_html(actions):
    """`(action, roles in words)` pairs as `<li>` lines: the action's link, the parts the
    organisation played, its date and place."""
    lines = []
    for action, roles in actions:
        where = f" · {escape(action.jurisdiction.qualified_name)}" if action.jurisdiction else ""
        lines.append(
            f'<li><a href="{escape(link("policies:action-detail", action.slug))}">'
            f'{escape(action.title)}</a> <span class="role">({escape(roles)})</span> '
            f'<span class="where">· <time datetime="{escape(action.iso_date)}">'
            f"{escape(action.display_date)}</time>{where}</span></li>"
        )
    return mark_safe("".join(lines))  # noqa: S308 (every text escaped)


def article_lines_html(articles):
    """Articles as `<li>` lines: the article's link, its publisher and the day it was
    published, in the site's time zone, as `|date:"j F Y"` writes it."""
    lines = []
    for article in articles:
        publisher = f"· {escape(article.provider.name)}" if article.provider else ""
        published = (
            f" · {escape(date_filter(template_localtime(article.published_at), 'j F Y'))}"
            if article.published_at
            else ""
        )
        lines.append(
            f'<li><a href="{escape(link("news:article-detail", article.pk))}">'
            f'{escape(article.title)}</a> <span class="where">{publisher}{published}</span></li>'
        )
    return mark_safe("".join(lines))  # noqa: S308 (every text escaped)
