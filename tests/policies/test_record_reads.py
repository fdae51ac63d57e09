"""Records read by SQL written once a process (`policies.record_reads`) read as the ORM read
them: an action's page, with its place, participants and sources, byte for byte; a place, the
places above it and its own standing. `core.sql_once` runs a query with each call's values
and converts them as the ORM does."""

import datetime

import pytest
from django.db.models import Prefetch
from django.template.loader import render_to_string

from articles.models import Provider
from core.sql_once import SqlOnce
from directory.models import Jurisdiction
from policies.models import ActionParticipant, Citation, EditorialState, PolicyAction
from policies.presentation import STANDING_TYPES, standing_of
from policies.record_reads import own_standing, place_at, places_above
from policies.roles import grouped_by_roles
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

HOSTILE = '<b>Bold</b> & "quoted"'


def as_the_orm_read_it(action, request):
    """The page as the view rendered it when the ORM read the action (select_related and
    prefetch_related), before `published_action`."""
    action = (
        PolicyAction.objects.select_related("jurisdiction")
        .prefetch_related(
            Prefetch(
                "participants", queryset=ActionParticipant.objects.select_related("organisation")
            ),
            Prefetch("citations", queryset=Citation.objects.select_related("article__provider")),
        )
        .get(pk=action.pk)
    )
    context = {
        "action": action,
        "object": action,
        "view": None,
        "roles": grouped_by_roles(action.action_type, action.participants.all()),
        "citations": action.citations.all(),
        "permalink": request.build_absolute_uri(action.get_absolute_url()),
    }
    return render_to_string("policies/action_detail.html", context, request=request)


def test_an_action_page_reads_as_the_orm_read_it(client):
    action = PolicyActionFactory(
        title=HOSTILE,
        action_type="letter",
        status="issued",
        effective_date=datetime.date(2021, 3, 1),
        expiry_date=datetime.date(2031, 3, 1),
        date_source=HOSTILE,
    )
    company = OrganisationFactory(name=f"Company {HOSTILE}", kind="company")
    for organisation, role in [
        (OrganisationFactory(name="Zeta"), "actor"),
        (OrganisationFactory(name="Alpha"), "signatory"),
        (company, "target"),
        (company, "actor"),
    ]:
        ParticipantFactory(action=action, organisation=organisation, role=role)
    publisher = Provider.objects.create(name=HOSTILE, domain="hostile.example")
    CitationFactory(action=action, article=ArticleFactory(provider=publisher), position=1)
    CitationFactory(
        action=action,
        article=ArticleFactory(url="urn:policy-tracker:1", published_at=None),
        quote="",
        position=0,
    )
    CitationFactory(action=action, article=ArticleFactory(title=HOSTILE), position=1)
    response = client.get(action.get_absolute_url())
    assert response.content.decode() == as_the_orm_read_it(action, response.wsgi_request)
    assert len(response.context["citations"]) == 3


def test_a_worldwide_action_without_sources_reads_as_the_orm_read_it(client):
    action = PolicyActionFactory(jurisdiction=None, extent="global")
    response = client.get(action.get_absolute_url())
    assert response.content.decode() == as_the_orm_read_it(action, response.wsgi_request)
    assert "No sources are cited yet." in response.content.decode()


def test_a_draft_or_a_slug_nobody_has_is_not_found(client):
    draft = PolicyActionFactory(state=EditorialState.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get("/actions/nobody-has-this-slug/").status_code == 404


def test_sql_once_runs_with_each_calls_values_and_converts_them():
    first = PolicyActionFactory(date=datetime.date(2020, 5, 4))
    second = PolicyActionFactory(expiry_date=None)
    by_slug = SqlOnce(
        lambda slug: PolicyAction.objects.filter(slug=slug).values_list(
            "pk", "date", "expiry_date"
        ),
        "\x00",
    )
    assert by_slug.rows(first.slug) == [(first.pk, datetime.date(2020, 5, 4), None)]
    assert by_slug.rows(second.slug) == [(second.pk, datetime.date(2021, 2, 12), None)]
    assert by_slug.rows("no-such-slug") == []


def test_sql_once_refuses_a_value_the_sql_does_not_take_as_a_parameter():
    limited = SqlOnce(lambda n: PolicyAction.objects.values_list("pk")[:n], 7)
    with pytest.raises(ValueError, match="stand-in"):
        limited.rows(3)


def fields_of(records, names):
    return [tuple(getattr(record, name) for name in names) for record in records]


def test_a_place_and_the_places_above_it_read_as_the_orm_reads_them():

    country = JurisdictionFactory(name="Country", slug="country", kind="country")
    state = JurisdictionFactory(name="State", slug="state", kind="state", parent=country)
    city = JurisdictionFactory(name=HOSTILE, slug="city", parent=state, population=12)
    names = [field.attname for field in Jurisdiction._meta.concrete_fields]
    read = place_at("city")
    assert fields_of([read], names) == fields_of([Jurisdiction.objects.get(slug="city")], names)
    assert place_at("nowhere") is None
    assert [place.slug for place in places_above(read)] == ["country", "state"]
    assert fields_of(places_above(read), names) == fields_of(
        Jurisdiction.objects.filter(pk__in=[country.pk, state.pk]).order_by("tree_left"), names
    )
    assert places_above(country) == []
    assert city.pk == read.pk


def test_a_places_own_standing_reads_as_the_orm_reads_it():

    place = JurisdictionFactory()
    for n, action_type in enumerate(["ban", "letter", "bill", "moratorium", "ban"]):
        PolicyActionFactory(
            jurisdiction=place,
            action_type=action_type,
            date=datetime.date(2020, 1 + n, 1),
            expiry_date=datetime.date(2021, 1, 1) if n == 3 else None,
        )
    PolicyActionFactory(jurisdiction=place, state=EditorialState.DRAFT)
    orm = (
        PolicyAction.objects.published()
        .filter(jurisdiction=place, action_type__in=STANDING_TYPES)
        .order_by("-date", "title")[:3]
    )
    read = own_standing(place, 3)
    assert [action.slug for action in read] == [action.slug for action in orm]
    assert [row.sentence for row in standing_of(read)] == [row.sentence for row in standing_of(orm)]
