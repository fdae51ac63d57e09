"""What a list shows of each action is what the template printed before it was worked out in
Python: the same words, the same links."""

import datetime
from dataclasses import replace

import pytest
from django.template import engines
from django.template.defaultfilters import truncatewords
from django.urls import NoReverseMatch, reverse

from policies.choices import ActionExtent
from policies.dates import DatePrecision
from policies.listing import (
    ListedAction,
    SlugUrls,
    action_item_html,
    first_words,
    listed_actions,
    listed_by_ids,
    listed_page,
)
from policies.models import PolicyAction
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


# The template that printed each action in a list before `action_item_html`, its layout
# whitespace taken out as `action_item_html` takes it out.
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
    '<p class="summary">{{ action.summary }}</p>'
    '{% if action.organisations or action.source_count is not None %}<p class="who">'
    '{% for url, name, roles in action.organisations %}<a href="{{ url }}">{{ name }}</a> '
    '<span class="role">({{ roles }})</span>{% if not forloop.last %}, {% endif %}{% endfor %}'
    "{% if action.source_count is not None %}{% if action.organisations %} · {% endif %}"
    '<span class="sources">{{ action.source_count }} source{{ action.source_count|pluralize }}'
    "</span>{% endif %}</p>{% endif %}</article>\n"
)

AN_ACTION = ListedAction(
    pk=7, title='Boston bans "face" <recognition> & more', url="/actions/boston-ban/",
    action_type="ban", type_label="Ban", status="in_force", status_label="In force",
    date=datetime.date(2020, 6, 24), date_precision="day", iso_date="2020-06-24",
    display_date="24 June 2020", place_url="/jurisdictions/boston/",
    place_name="Boston, Massachusetts", extent_label="Local", scope_label="Government's own",
    summary="The city's council voted 13-0 & the mayor signed.",
    organisations=[("/organisations/aclu/", "ACLU of Massachusetts", "campaigner"),
                   ("/organisations/boston/", "City of Boston", "enacted by")],
    source_count=2,
)  # fmt: skip


@pytest.mark.parametrize(
    "action",
    [
        AN_ACTION,
        replace(AN_ACTION, place_url="", place_name="", organisations=[], source_count=1),
        replace(AN_ACTION, organisations=AN_ACTION.organisations[:1], source_count=None),
        replace(AN_ACTION, organisations=[], source_count=None),
        replace(AN_ACTION, organisations=[], source_count=0),
    ],
    ids=["in full", "nowhere, one source", "no count", "nobody, no count", "no sources"],
)
@pytest.mark.parametrize("heading_level", [3, 4])
def test_an_action_in_a_list_is_printed_as_the_template_printed_it(action, heading_level):
    template = engines["django"].from_string(ACTION_ITEM_TEMPLATE)
    context = {"action": action} | ({"heading_level": 4} if heading_level == 4 else {})
    assert action_item_html(action, heading_level) == template.render(context)


def test_an_action_in_a_list_carries_no_layout_whitespace():
    # 861 bytes with the template's indentation and line breaks, which a browser never showed.
    html = action_item_html(AN_ACTION, 4)
    assert len(html) <= 800
    assert "\n" not in html.rstrip("\n") and "  " not in html


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
    assert [(action.status, action.place_url) for action in listed] == [
        ("in_force", ""),
        ("expired", f"/jurisdictions/{lapsed.jurisdiction.slug}/"),
    ]
    assert [(name, roles) for _url, name, roles in listed[0].organisations] == [
        ("Access Now", "sender, signatory"),
        ("Amnesty", "recipient"),
    ]
    assert {action.source_count for action in listed} == {0, 1}
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
    assert {action.source_count for action in listed} == {0, 2}
    assert listed_by_ids(ids[:1], "default") == [
        action for action in expected if action.pk == lapsed.pk
    ]
    with django_assert_num_queries(0):
        assert listed_by_ids([], "default") == []
