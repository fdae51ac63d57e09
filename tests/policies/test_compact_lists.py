"""An organisation's page lists its actions and the news that mentions it in the words and
links the template printed before the lines were written in Python, escaped the same way."""

import datetime

import pytest
from django.template import engines

from articles.models import Article, Provider
from policies.compact_lists import (
    ACTION_LINE_FIELDS,
    ARTICLE_LINE_FIELDS,
    action_lines,
    action_lines_html,
    article_lines,
    article_lines_html,
)
from policies.dates import DatePrecision
from policies.models import PolicyAction
from tests.factories import ArticleFactory, JurisdictionFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert('x')</script> & \"quoted\""

ACTION_LINES = engines["django"].from_string(
    '{% for action, roles in actions %}<li><a href="{{ action.get_absolute_url }}">'
    '{{ action.title }}</a> <span class="role">({{ roles }})</span> <span class="where">'
    '· <time datetime="{{ action.iso_date }}">{{ action.display_date }}</time>'
    "{% if action.jurisdiction %} · {{ action.jurisdiction.qualified_name }}{% endif %}"
    "</span></li>{% endfor %}"
)
ARTICLE_LINES = engines["django"].from_string(
    '{% for article in articles %}<li><a href="{{ article.get_absolute_url }}">'
    '{{ article.title }}</a> <span class="where">{% if article.provider %}· '
    "{{ article.provider.name }}{% endif %}{% if article.published_at %} · "
    '{{ article.published_at|date:"j F Y" }}{% endif %}</span></li>{% endfor %}'
)


def test_action_lines_read_as_the_template_wrote_them():
    place = JurisdictionFactory(name=f"Town {HOSTILE}")
    actions = [
        (PolicyActionFactory(title=HOSTILE, jurisdiction=place), f"signatory, {HOSTILE}"),
        (
            PolicyActionFactory(
                jurisdiction=None,
                extent="company_wide",
                date=datetime.date(2019, 6, 1),
                date_precision=DatePrecision.MONTH,
            ),
            "target",
        ),
    ]
    rows = PolicyAction.objects.values_list(*ACTION_LINE_FIELDS)
    lines = {line.pk: line for line in action_lines(rows)}
    written = action_lines_html([(lines[action.pk], roles) for action, roles in actions])
    assert written == ACTION_LINES.render({"actions": actions})
    assert "<script>" not in written and "&lt;script&gt;" in written


def test_article_lines_read_as_the_template_wrote_them_in_the_sites_time_zone(settings):
    settings.TIME_ZONE = "America/Los_Angeles"  # 17 February, 02:00 UTC is the 16th there
    publisher = Provider.objects.create(name=HOSTILE, domain="hostile.example")
    articles = [
        ArticleFactory(
            title=HOSTILE,
            provider=publisher,
            published_at=datetime.datetime(2021, 2, 17, 2, tzinfo=datetime.UTC),
        ),
        ArticleFactory(provider=None, published_at=None),
    ]
    rows = Article.objects.values_list(*ARTICLE_LINE_FIELDS)
    lines = {line.pk: line for line in article_lines(rows)}
    written = article_lines_html([lines[article.pk] for article in articles])
    assert written == ARTICLE_LINES.render({"articles": articles})
    assert "16 February 2021" in written and "&lt;script&gt;" in written


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_is_named_as_the_date_filter_names_it(month):
    article = ArticleFactory(published_at=datetime.datetime(987, month, 9, 12, tzinfo=datetime.UTC))
    (line,) = article_lines(Article.objects.filter(pk=article.pk).values_list(*ARTICLE_LINE_FIELDS))
    assert article_lines_html([line]) == ARTICLE_LINES.render({"articles": [article]})
