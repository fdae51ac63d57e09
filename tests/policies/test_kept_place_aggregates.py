"""What a place's page, the places page and an organisation's page count over every action
inside or involving them is kept until public data changes, as the timeline's chart is
(test_timeline_counts.py): a repeat of the page reads none of it again, and a publish shows at
once."""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import Jurisdiction
from policies.models import EditorialState
from tests.factories import JurisdictionFactory, ParticipantFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def state():
    """A state holding a city with a ban in force, and a draft ban in another city (returned)."""
    state = JurisdictionFactory(name="Oregon", slug="oregon", kind="state")
    portland = JurisdictionFactory(name="Portland", slug="portland", parent=state)
    salem = JurisdictionFactory(name="Salem", slug="salem", parent=state)
    PolicyActionFactory(jurisdiction=portland, title="Portland bans city use")
    draft = PolicyActionFactory(jurisdiction=salem, title="Salem bans", state=EditorialState.DRAFT)
    return draft


def publish(action):
    action.state = EditorialState.PUBLISHED
    action.save()


def test_a_repeat_of_a_place_page_reads_its_places_inside_count_and_standing_from_the_cache(
    client, aggregates_kept, state
):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get("/jurisdictions/oregon/")
        return len(captured)

    # The places inside that hold actions (`within`), those with their totals (two queries),
    # the count, the standing, and how many actions are published (`date_walk_pays`).
    assert queries() - queries() == 6


def test_a_publish_shows_at_once_in_a_place_pages_kept_totals(client, aggregates_kept, state):
    draft = state
    before = client.get("/jurisdictions/oregon/").context
    assert [(child.name, child.action_total) for child in before["children"]] == [("Portland", 1)]
    assert before["paginator"].count == 1
    assert [line.sentence for line in before["standing_inside"]] == ["Ban in force in 1 city"]

    publish(draft)
    after = client.get("/jurisdictions/oregon/").context
    assert [(child.name, child.action_total) for child in after["children"]] == [
        ("Portland", 1),
        ("Salem", 1),
    ]
    assert after["paginator"].count == 2
    assert [line.sentence for line in after["standing_inside"]] == ["Bans in force in 2 cities"]


def test_a_kept_standing_changes_with_the_day_an_expiry_date_passes(
    client, aggregates_kept, state, monkeypatch
):
    draft = state
    draft.expiry_date = datetime.date(2030, 1, 1)
    publish(draft)

    def standing():
        page = client.get("/jurisdictions/oregon/")
        return [line.sentence for line in page.context["standing_inside"]]

    assert standing() == ["Bans in force in 2 cities"]
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a: datetime.date(2030, 1, 2))
    after = standing()
    assert after[0] == "Ban in force in 1 city"
    assert len(after) == 2 and "expired" in after[1].lower()


def test_a_publish_shows_at_once_in_the_places_pages_kept_totals(client, aggregates_kept, state):
    draft = state
    totals = {
        p.slug: p.action_total for p in client.get("/jurisdictions/").context["jurisdictions"]
    }
    publish(draft)
    after = {p.slug: p.action_total for p in client.get("/jurisdictions/").context["jurisdictions"]}
    assert sum(after.values()) == sum(totals.values()) + 1


def test_a_publish_shows_at_once_in_an_organisations_kept_total(client, aggregates_kept, state):
    draft = state
    participant = ParticipantFactory(action__title="A first ban")
    ParticipantFactory(action=draft, organisation=participant.organisation)
    url = participant.organisation.get_absolute_url()
    assert client.get(url).context["action_total"] == 1
    publish(draft)
    assert client.get(url).context["action_total"] == 2


def test_a_publish_in_a_new_country_lists_it_at_once_on_the_places_page(
    client, aggregates_kept, state
):
    portugal = JurisdictionFactory(name="Portugal", slug="portugal", kind="country")
    draft = PolicyActionFactory(jurisdiction=portugal, state=EditorialState.DRAFT)

    def listed():
        return [place.slug for place in client.get("/jurisdictions/").context["jurisdictions"]]

    assert "portugal" not in listed()
    assert "portugal" not in listed()  # kept
    publish(draft)
    assert "portugal" in listed()


def test_a_repeat_of_the_places_page_reads_nothing_but_the_data_version(
    client, aggregates_kept, state, django_assert_num_queries
):
    client.get("/jurisdictions/")
    with django_assert_num_queries(1):
        client.get("/jurisdictions/")


def test_an_action_published_in_a_place_new_to_the_record_shows_at_once_filtered_by_its_state(
    client, aggregates_kept, state
):
    oregon = Jurisdiction.objects.get(slug="oregon")

    def titles():
        return [action.title for action in client.get("/?jurisdiction=oregon").context["listed"]]

    assert titles() == ["Portland bans city use"]
    eugene = JurisdictionFactory(name="Eugene", slug="eugene", parent=oregon)
    PolicyActionFactory(jurisdiction=eugene, title="Eugene bans it", date=datetime.date(2024, 1, 1))
    assert titles() == ["Eugene bans it", "Portland bans city use"]


def test_kept_aggregates_stay_out_of_the_cache_that_counts_rate_limits(
    client, aggregates_kept, state
):
    """In a process's own memory a full cache drops a third of its entries: aggregates beside
    the rate limits' counts would push counts out."""
    caches["default"].clear()
    client.get("/jurisdictions/oregon/")
    client.get("/?jurisdiction=oregon")
    assert not [key for key in caches["default"]._cache if "place-" in key or "timeline" in key]
    assert [key for key in caches["public_pages"]._cache if "place-children" in key]
