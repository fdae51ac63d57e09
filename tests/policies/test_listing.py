"""What a list shows of each action is what the template printed before it was worked out in
Python: the same words, the same links."""

import datetime
from collections import namedtuple

import pytest
from django.template import engines
from django.template.defaultfilters import truncatewords
from django.urls import NoReverseMatch, reverse

from policies.choices import ActionExtent, shown_status
from policies.dates import DatePrecision, format_partial_date, iso_partial_date
from policies.listing import (
    SlugUrls,
    _ListWriter,
    first_words,
    grouped_html,
    listed_actions,
    listed_by_ids,
    listed_page,
)
from policies.models import PolicyAction
from policies.presentation import group_by_month
from tests.factories import (
    CitationFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "One two three",
        "  Spaced\tout\nover lines  ",
        " ".join(f"w{n}" for n in range(40)),
        " ".join(f"w{n}" for n in range(41)),
        " ".join(f"w{n}" for n in range(39)) + " … the 40th word is an ellipsis",
        " ".join(f"w{n}" for n in range(38)) + " … " + " ".join(f"x{n}" for n in range(5)),
    ],
)
def test_first_words_are_what_truncatewords_printed(text):
    assert first_words(text, 40) == truncatewords(text, 40)


@pytest.mark.parametrize("slug", ["boston", "a-b_c-9", "Mixed-Case"])
def test_a_slug_url_is_what_reverse_gives(slug):
    for viewname in ("policies:action-detail", "policies:jurisdiction-detail"):
        assert SlugUrls(viewname)(slug) == reverse(viewname, kwargs={"slug": slug})


def test_a_slug_the_url_would_not_take_is_still_refused():
    with pytest.raises(NoReverseMatch):
        SlugUrls("policies:action-detail")("not a slug")


# The template that printed each action in a list before it was written in Python
# (`listing._ListWriter`), its layout whitespace taken out as the writer takes it out.
ACTION_ITEM_TEMPLATE = (
    '<article class="action" aria-labelledby="action-{{ action.pk }}"><p class="action-meta">'
    '<span class="badge badge-{{ action.action_type }}">{{ action.type_label }}</span> '
    '<time datetime="{{ action.iso_date }}">{{ action.display_date }}</time> '
    '<span class="status status-{{ action.status }}">{{ action.status_label }}</span></p>'
    '<h{{ heading_level|default:3 }} class="action-title" id="action-{{ action.pk }}">'
    '<a href="{{ action.url }}">{{ action.title }}</a></h{{ heading_level|default:3 }}>'
    '<p class="where">{% if action.place_url %}<a href="{{ action.place_url }}">'
    '{{ action.place_name }}</a>{% else %}<span class="extent">{{ action.extent_label }}'
    "</span>{% endif %} · {{ action.scope_label }}</p>"
    '<p class="summary">{{ action.summary|truncatewords:40 }}</p>'
    '{% if action.organisations or action.source_count is not None %}<p class="who">'
    '{% for url, name, roles in action.organisations %}<a href="{{ url }}">{{ name }}</a> '
    '<span class="role">({{ roles }})</span>{% if not forloop.last %}, {% endif %}{% endfor %}'
    "{% if action.source_count is not None %}{% if action.organisations %} · {% endif %}"
    '<span class="sources">{{ action.source_count }} source{{ action.source_count|pluralize }}'
    "</span>{% endif %}</p>{% endif %}</article>\n"
)

Organisation = namedtuple("Organisation", "slug name")

# An action's values as `listing.LISTED_FIELDS` reads them, and the organisations taking part.
AN_ACTION = {
    "pk": 7, "title": 'Boston bans "face" <recognition> & more', "slug": "boston-ban",
    "action_type": "ban", "status": "in_force", "expiry_date": None,
    "date": datetime.date(2020, 6, 24), "date_precision": "day", "extent": "jurisdiction",
    "scope": "government", "summary": "The city's council voted 13-0 & the mayor signed. " * 9,
    "source_count": 2, "place_slug": "boston", "place_name": "Boston, <Massachusetts>",
    "organisations": [(Organisation("aclu", "ACLU of Massachusetts & co"), "campaigner"),
                      (Organisation("boston", "City of Boston"), "enacted by")],
}  # fmt: skip


def as_the_template_read_it(values):
    """The texts and labels the template was given, worked out as the models word them."""
    action = PolicyAction(
        **{name: values[name] for name in ("action_type", "extent", "scope")},
        status=shown_status(values["status"], values["expiry_date"]),
    )
    return {
        **values,
        "url": f"/actions/{values['slug']}/",
        "status": action.status,
        "type_label": action.get_action_type_display(),
        "status_label": action.get_status_display(),
        "extent_label": action.get_extent_display(),
        "scope_label": action.get_scope_display(),
        "iso_date": iso_partial_date(values["date"], values["date_precision"]),
        "display_date": format_partial_date(values["date"], values["date_precision"]),
        "place_url": f"/jurisdictions/{values['place_slug']}/" if values["place_slug"] else "",
        "organisations": [
            (f"/organisations/{organisation.slug}/", organisation.name, roles)
            for organisation, roles in values["organisations"]
        ],
    }


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"place_slug": None, "place_name": None, "organisations": [], "source_count": 1},
        {"organisations": AN_ACTION["organisations"][:1], "source_count": None},
        {"organisations": [], "source_count": None},
        {"organisations": [], "source_count": 0, "extent": "global", "place_slug": None},
        {"date": datetime.date(2019, 3, 1), "date_precision": "month", "status": "proposed"},
        {"date": datetime.date(2019, 1, 1), "date_precision": "year", "scope": "all_uses"},
        {"date": None, "status": "in_force", "expiry_date": datetime.date(2021, 1, 1)},
        {"action_type": "a <new> type", "status": "a <new> status", "extent": "<somewhere>",
         "scope": "<new scope>", "place_slug": None},
    ],
    ids=["in full", "nowhere, one source", "no count", "nobody, no count", "no sources",
         "to the month", "to the year", "no date, expired", "values no choice names"],
)  # fmt: skip
@pytest.mark.parametrize("heading_level", [3, 4])
def test_an_action_in_a_list_is_printed_as_the_template_printed_it(changes, heading_level):
    values = AN_ACTION | changes
    template = engines["django"].from_string(ACTION_ITEM_TEMPLATE)
    context = {"action": as_the_template_read_it(values), "heading_level": heading_level}
    listed = _ListWriter(heading_level).item(*values.values())
    assert listed.html == template.render(context)
    assert (listed.pk, listed.title, listed.url) == (7, values["title"], "/actions/boston-ban/")


def test_an_action_in_a_list_carries_no_layout_whitespace():
    # 861 bytes with the template's indentation and line breaks, which a browser never showed.
    html = _ListWriter(4).item(*AN_ACTION.values()).html
    assert len(html) <= 1200  # a summary of 40 words
    assert "\n" not in html.rstrip("\n") and "  " not in html


# The template that grouped a list's actions by year and month before `grouped_html`.
GROUPED_TEMPLATE = """{% for year in groups %}<section class="year" aria-labelledby="year-{{ year.label|slugify }}{{ id_suffix }}">
<h2 id="year-{{ year.label|slugify }}{{ id_suffix }}">{{ year.label }}</h2>
{% for month in year.months %}<section class="month" aria-label="{{ month.label }}"><h3 class="month-label">{{ month.label }}</h3>
{% for action in month.actions %}{{ action.html }}{% endfor %}</section>
{% endfor %}</section>
{% endfor %}
"""  # noqa: E501


@pytest.mark.parametrize("id_suffix", ["", "-timeline"])
def test_a_list_grouped_by_year_and_month_is_printed_as_the_template_printed_it(id_suffix):
    writer = _ListWriter(4)
    dates = [
        (datetime.date(2020, 6, 24), "day"), (datetime.date(2020, 6, 1), "month"),
        (datetime.date(2020, 1, 1), "year"), (datetime.date(2019, 12, 31), "day"), (None, "day"),
    ]  # fmt: skip
    listed = [
        writer.item(*(AN_ACTION | {"pk": n, "date": date, "date_precision": precision}).values())
        for n, (date, precision) in enumerate(dates)
    ]
    template = engines["django"].from_string(GROUPED_TEMPLATE)
    for actions in (listed, []):
        groups = group_by_month(actions)
        context = {"groups": groups} | ({"id_suffix": id_suffix} if id_suffix else {})
        assert grouped_html(groups, id_suffix) == template.render(context)


@pytest.mark.django_db
def test_a_page_read_as_values_lists_what_the_actions_themselves_list(django_assert_num_queries):
    # listed_page reads plain values; listed_actions reads the prefetched actions: the same.
    worldwide = PolicyActionFactory(
        action_type="letter", extent=ActionExtent.GLOBAL, jurisdiction=None
    )
    lapsed = PolicyActionFactory(
        status="in_force",
        expiry_date=datetime.date(2022, 1, 1),
        date=datetime.date(2019, 1, 1),
        date_precision=DatePrecision.YEAR,
    )
    PolicyActionFactory(state="draft")
    access_now = OrganisationFactory(name="Access Now")
    for role in ("actor", "signatory"):
        ParticipantFactory(action=worldwide, organisation=access_now, role=role)
    ParticipantFactory(action=worldwide, organisation__name="Amnesty", role="target")
    CitationFactory(action=lapsed)
    actions = PolicyAction.objects.published().for_timeline()
    expected = listed_actions(actions.all())
    with django_assert_num_queries(2):  # the actions, their organisations
        listed = listed_page(actions[:50])
    assert listed == expected
    worldwide_html, lapsed_html = (action.html for action in listed)
    assert 'status-in_force">' in worldwide_html and "Worldwide" in worldwide_html
    assert 'status-expired">' in lapsed_html
    assert f'href="/jurisdictions/{lapsed.jurisdiction.slug}/"' in lapsed_html
    assert 'Access Now</a> <span class="role">(sender, signatory)</span>, ' in worldwide_html
    assert 'Amnesty</a> <span class="role">(recipient)</span>' in worldwide_html
    assert ">0 sources<" in worldwide_html and ">1 source<" in lapsed_html
    assert listed_page(actions.none()) == []
    assert listed_page(list(actions)) == expected  # already read: as the actions list it


@pytest.mark.django_db
def test_actions_listed_by_their_ids_are_listed_as_their_page_would_be(django_assert_num_queries):
    # A place's page lists its page and the newest from above by id (`listed_by_ids`), SQL
    # written once a process: the same as `listed_page` of the same actions, in its order.
    worldwide = PolicyActionFactory(extent=ActionExtent.GLOBAL, jurisdiction=None)
    lapsed = PolicyActionFactory(
        status="in_force", expiry_date=datetime.date(2022, 1, 1), date=datetime.date(2019, 1, 1)
    )
    draft = PolicyActionFactory(state="draft", date=datetime.date(2024, 5, 1))
    ParticipantFactory(action=worldwide, organisation__name="Amnesty", role="target")
    CitationFactory(action=lapsed)
    CitationFactory(action=lapsed)
    ids = [lapsed.pk, draft.pk, worldwide.pk]
    expected = listed_page(PolicyAction.objects.filter(pk__in=ids).for_timeline())
    with django_assert_num_queries(2):  # the actions, their organisations
        listed = listed_by_ids(ids, "default")
    assert listed == expected
    assert {action.pk for action in listed} == set(ids)  # a draft too: ids are trusted
    assert {action.html.count("2 sources") for action in listed} == {0, 1}
    assert listed_by_ids(ids[:1], "default") == [
        action for action in expected if action.pk == lapsed.pk
    ]
    with django_assert_num_queries(0):
        assert listed_by_ids([], "default") == []
