"""An action's page writes its dates, the parts the organisations played and its sources in
the words and links its template printed before they were written in Python
(`policies/templatetags/action_record.py`), escaped the same way, each day in the site's time
zone."""

import datetime

import pytest
from django.template import engines

from articles.models import Article, Provider
from directory.models import Organisation
from policies.models import Citation

HOSTILE = "<script>alert('x')</script> & \"quoted\""


def template(source):
    return engines["django"].from_string("{% load action_record %}" + source)


ROLES = template(
    "{% for heading, organisations in roles %}<dt>{{ heading }}</dt><dd>{% for organisation in "
    'organisations %}<a href="{{ organisation.get_absolute_url }}">{{ organisation.name }}</a>'
    "{% if not forloop.last %}, {% endif %}{% endfor %}</dd>{% endfor %}"
)
SOURCES = template(
    """{% for citation in citations %}
    <li>
      <p class="source-title"><a href="{{ citation.article.get_absolute_url }}">{{ citation.article.title }}</a></p>
      <p class="source-meta">{% if citation.article.provider %}{{ citation.article.provider.name }}{% else %}Publisher not known{% endif %}
      · {% if citation.article.published_at %}<time datetime="{{ citation.article.published_at|date:'Y-m-d' }}">{{ citation.article.published_at|date:"j F Y" }}</time>{% else %}date not known{% endif %}
      {% if citation.article.is_web_url %}· <a href="{{ citation.article.url }}" rel="noopener noreferrer">read at {{ citation.article.provider.name|default:"the source" }}</a>{% endif %}</p>
      {% if citation.quote %}<blockquote><p>{{ citation.quote }}</p></blockquote>{% endif %}
    </li>
    {% empty %}
    <li>No sources are cited yet.</li>
    {% endfor %}"""  # noqa: E501 (the template's own lines)
)
DATES = template(
    "{{ when|date:'Y-m-d' }}|{{ when|date:\"j F Y\" }}|{{ when|date:'c' }}",
)
FAST_DATES = template("{{ when|iso_day }}|{{ when|day_words }}|{{ when|iso_moment }}")


def test_the_parts_played_read_as_the_template_wrote_them():
    roles = [
        (HOSTILE, [Organisation(pk=1, slug="a", name=HOSTILE), Organisation(pk=2, slug="b")]),
        ("Targeted", [Organisation(pk=3, slug="c", name="Clearview AI")]),
    ]
    written = template("{{ roles|roles_html }}").render({"roles": roles})
    assert written == ROLES.render({"roles": roles})
    assert "<script>" not in written and "&lt;script&gt;" in written


def article(pk, **fields):
    fields.setdefault("title", HOSTILE)
    fields.setdefault("url", "https://example.com/news?a=1&b=<2>")
    return Article(pk=pk, **fields)


@pytest.mark.parametrize("zone", ["UTC", "America/Los_Angeles", "Asia/Tokyo"])
def test_the_sources_read_as_the_template_wrote_them_in_the_sites_time_zone(settings, zone):
    settings.TIME_ZONE = zone
    publisher, unnamed = Provider(name=HOSTILE), Provider(name="")
    late = datetime.datetime(2021, 2, 17, 2, 30, tzinfo=datetime.UTC)
    articles = [
        article(1, provider=publisher, published_at=late),
        article(2, provider=None, published_at=None),
        article(3, provider=unnamed, published_at=late, url="urn:document:1"),
        article(4, provider=None, published_at=datetime.datetime(987, 1, 9, tzinfo=datetime.UTC)),
        article(5, provider=unnamed, published_at=late),
    ]
    citations = [
        Citation(article=found, quote=quote)
        for found, quote in zip(articles, [HOSTILE, "", "Quoted.", "", "x"], strict=True)
    ]
    written = template("{{ citations|sources_html }}").render({"citations": citations})
    assert written == SOURCES.render({"citations": citations})
    assert "<script>" not in written and "&lt;script&gt;" in written


def test_no_sources_read_as_the_template_wrote_them():
    for none in ([], ()):
        written = template("{{ citations|sources_html }}").render({"citations": none})
        assert written == SOURCES.render({"citations": none})


@pytest.mark.parametrize("zone", ["UTC", "America/Los_Angeles", "Asia/Kolkata"])
@pytest.mark.parametrize(
    "when",
    [
        datetime.datetime(2021, 2, 17, 2, 30, 5, 123456, tzinfo=datetime.UTC),
        datetime.datetime(2020, 12, 31, 23, 59, tzinfo=datetime.UTC),
        datetime.date(987, 6, 1),
        datetime.date(2024, 11, 30),
        None,
        "",
    ],
)
def test_days_read_as_the_date_filter_wrote_them(settings, zone, when):
    settings.TIME_ZONE = zone
    assert FAST_DATES.render({"when": when}) == DATES.render({"when": when})
