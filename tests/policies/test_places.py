"""At world scale a place's page shows what applies there, lists show only the places the
record covers, and any place can be found and reached."""

import pytest
from django.urls import reverse

from directory.models import Jurisdiction
from policies.models import EditorialState, PolicyAction
from policies.places import ABOVE_SHOWN_PER_PLACE, listed_places
from tests.factories import JurisdictionFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """The EU with France and Paris; the US with Massachusetts (Boston, Somerville) and Maine
    (Portland); actions in Massachusetts, the US, the EU, Maine and Somerville."""
    eu = JurisdictionFactory(name="European Union", slug="european-union", kind="supranational")
    france = JurisdictionFactory(name="France", slug="france", kind="country", parent=eu)
    paris = JurisdictionFactory(name="Paris", slug="paris", parent=france)
    us = JurisdictionFactory(name="United States", slug="united-states", kind="country")
    massachusetts = JurisdictionFactory(name="Massachusetts", slug="massachusetts",
                                        kind="state", parent=us)  # fmt: skip
    maine = JurisdictionFactory(name="Maine", slug="maine", kind="state", parent=us)
    boston = JurisdictionFactory(name="Boston", slug="boston", parent=massachusetts)
    somerville = JurisdictionFactory(name="Somerville", slug="somerville", parent=massachusetts)
    portland = JurisdictionFactory(name="Portland", slug="portland", parent=maine)
    for _ in range(30):  # census places with nothing recorded
        JurisdictionFactory(parent=massachusetts)
    PolicyActionFactory(jurisdiction=massachusetts, title="Massachusetts police reform law",
                        action_type="regulation")  # fmt: skip
    PolicyActionFactory(jurisdiction=us, title="Facial Recognition Act of 2023",
                        action_type="bill", status="proposed")  # fmt: skip
    PolicyActionFactory(jurisdiction=eu, title="EU Artificial Intelligence Act",
                        action_type="regulation")  # fmt: skip
    PolicyActionFactory(jurisdiction=maine, title="Maine limits police use")
    PolicyActionFactory(jurisdiction=somerville, title="Somerville bans city use")
    PolicyActionFactory(jurisdiction=massachusetts, title="A draft", state=EditorialState.DRAFT)
    PolicyActionFactory(jurisdiction=paris, title="Paris draft", state=EditorialState.DRAFT)
    places = (eu, france, paris, us, massachusetts, maine, boston, somerville, portland)
    return {place.slug: Jurisdiction.objects.get(pk=place.pk) for place in places}


def page(client, place):
    return client.get(place.get_absolute_url())


def test_listed_places_are_those_with_published_actions_and_those_above_them(world):
    listed = set(listed_places().values_list("slug", flat=True))
    assert listed == {"european-union", "united-states", "massachusetts", "maine", "somerville"}


def test_listed_places_of_some_actions_are_their_places_and_those_above_them(world):
    in_maine = PolicyAction.objects.published().within(world["maine"])
    listed = set(listed_places(in_maine).values_list("slug", flat=True))
    assert listed == {"united-states", "maine"}


def test_a_boston_resident_sees_massachusetts_law_and_us_bills_but_nothing_from_maine(
    client, world
):
    response = page(client, world["boston"])
    from_above = response.context["from_above"]
    assert [(above.place.slug, [a.title for a in above.actions]) for above in from_above] == [
        ("massachusetts", ["Massachusetts police reform law"]),  # the nearest first
        ("united-states", ["Facial Recognition Act of 2023"]),
    ]
    html = response.content.decode()
    assert "From the places Boston belongs to" in html
    assert "Maine limits police use" not in html
    assert "Somerville bans city use" not in html  # a neighbour, not a place above
    assert "A draft" not in html


def test_a_place_with_no_records_says_so_and_shows_what_applies_from_above(client, world):
    html = page(client, world["boston"]).content.decode()
    assert "Nothing has been recorded in Boston yet." in html
    assert (
        "Below is what the places it belongs to have done: Massachusetts and the United States."
        in html
    )
    assert page(client, world["boston"]).context["paginator"].count == 0


def test_eu_level_actions_apply_to_the_places_of_a_member_state(client, world):
    from_above = page(client, world["paris"]).context["from_above"]
    assert [above.place.slug for above in from_above] == ["european-union"]
    assert [a.title for a in from_above[0].actions] == ["EU Artificial Intelligence Act"]


def test_what_applies_from_above_is_kept_apart_from_what_was_done_there(client, world):
    response = page(client, world["massachusetts"])
    timeline = [a.title for a in response.context["actions"]]
    assert sorted(timeline) == ["Massachusetts police reform law", "Somerville bans city use"]
    assert [above.place.slug for above in response.context["from_above"]] == ["united-states"]
    assert "Facial Recognition Act of 2023" not in timeline


def test_a_state_lists_only_the_places_inside_it_with_published_actions(client, world):
    response = page(client, world["massachusetts"])
    assert [(c.slug, c.action_total) for c in response.context["children"]] == [("somerville", 1)]
    assert "Place " not in response.content.decode()  # none of the 30 empty census places


def test_a_long_record_above_shows_the_newest_and_says_how_many_more(client, world):
    for n in range(ABOVE_SHOWN_PER_PLACE + 2):
        PolicyActionFactory(jurisdiction=world["united-states"], title=f"US bill {n}")
    [_ma, us] = page(client, world["boston"]).context["from_above"]
    assert len(us.actions) == ABOVE_SHOWN_PER_PLACE
    assert us.total == ABOVE_SHOWN_PER_PLACE + 3
    assert (
        f"{us.more} more by the United States itself"
        in page(client, world["boston"]).content.decode()
    )


def test_the_places_page_lists_countries_and_maps_listed_states(client, world):
    response = client.get(reverse("maps:jurisdiction-list"))
    assert {p.slug for p in response.context["jurisdictions"]} == set(
        listed_places()
        .filter(kind__in=["international", "supranational", "country"])
        .values_list("slug", flat=True)
    )
    assert {p.slug for p in response.context["jurisdictions"]} == {
        "european-union", "united-states"
    }  # fmt: skip
    html = response.content.decode()
    assert 'href="/jurisdictions/portland/"' not in html
    assert 'href="/jurisdictions/massachusetts/"' not in html  # on the US page and map
    assert 'href="/jurisdictions/united-states/#children-heading">in 3 places inside' in html


def test_the_place_search_finds_places_with_no_records_and_says_so(client, world):
    response = client.get(reverse("maps:jurisdiction-list"), {"q": "portland"})
    [result] = response.context["results"]
    assert result.slug == "portland"
    html = response.content.decode()
    assert "Portland, Maine, United States" in html
    assert "no actions of its own or inside it yet" in html


def test_places_with_records_come_first_among_equal_matches(client, world):
    JurisdictionFactory(name="Somerville", slug="somerville-nj", parent=world["united-states"])
    results = client.get(reverse("maps:jurisdiction-list"), {"q": "somerville"}).context["results"]
    assert results[0].slug == "somerville"
    assert results[0].action_total == 1


def test_the_most_populous_of_places_sharing_a_name_comes_first(client, world):
    boston = world["boston"]
    boston.population = 675_647
    boston.save()
    uk = JurisdictionFactory(name="United Kingdom", slug="united-kingdom", kind="country")
    JurisdictionFactory(name="Boston", slug="boston-england", parent=uk, population=41_340)
    JurisdictionFactory(name="Boston", slug="boston-georgia", parent=world["united-states"])
    results = client.get(reverse("maps:jurisdiction-list"), {"q": "boston"}).context["results"]
    assert [place.slug for place in results] == ["boston", "boston-england", "boston-georgia"]


def test_a_country_english_writes_with_the_is_named_so_in_its_pages_sentences(client, world):
    html = page(client, world["united-states"]).content.decode()
    assert "Done in the United States" in html
    assert "From the places the United States belongs to" not in html  # nothing above it
    timeline = client.get(reverse("policies:timeline"), {"jurisdiction": "united-states"})
    assert timeline.context["heading"] == "Actions in the United States"
    searched = client.get(reverse("policies:timeline"), {"jurisdiction": "united-states", "q": "x"})
    assert searched.context["heading"] == "Actions in the United States, matching \u201cx\u201d"
    plain = client.get(reverse("policies:timeline"), {"q": "x"})
    assert plain.context["heading"] == "Actions matching \u201cx\u201d"
    boston = page(client, world["boston"]).content.decode()
    assert "From the places Boston belongs to" in boston


def test_a_search_that_matches_thousands_is_paged_and_bounded(client, world):
    for n in range(130):
        JurisdictionFactory(name=f"Springfield {n}", slug=f"springfield-{n}")
    response = client.get(reverse("maps:jurisdiction-list"), {"q": "springfield", "page": 99})
    assert response.context["results"].number == 5  # the last page shown
    assert len(response.context["results"]) == 20
    assert "the best 100 are listed" in response.content.decode()


def test_a_place_search_is_escaped(client, world):
    html = client.get(reverse("maps:jurisdiction-list"), {"q": "<b>x</b>"}).content.decode()
    assert "<b>x</b>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_the_news_filter_lists_no_places_but_accepts_any_place(client, world):
    html = client.get(reverse("news:article-list")).content.decode()
    assert "<option" not in html.split('name="jurisdiction"')[1].split("</div>")[0]
    response = client.get(reverse("news:article-list"), {"jurisdiction": "portland"})
    assert not response.context["filter"].form.errors
    html = response.content.decode()
    assert 'name="jurisdiction" value="portland"' in html
    assert "Mentions place: Portland, Maine, United States" in html


def test_a_place_page_links_to_the_news_that_mentions_it(client, world):
    html = page(client, world["portland"]).content.decode()
    assert '/articles/?jurisdiction=portland">news that mentions Portland' in html


def test_a_large_city_comes_before_a_region_abroad_of_the_same_name(client, world):
    jamaica = JurisdictionFactory(name="Jamaica", slug="jamaica", kind="country", iso_code="JM")
    JurisdictionFactory(
        name="Portland", slug="portland-parish", kind="state", parent=jamaica, iso_code="JM-04"
    )
    JurisdictionFactory(
        name="Portland", slug="portland-oregon", parent=world["united-states"], population=652_503
    )
    results = client.get(reverse("maps:jurisdiction-list"), {"q": "portland"}).context["results"]
    assert [place.slug for place in results][:2] == ["portland-oregon", "portland-parish"]


def test_a_state_at_home_still_comes_before_a_large_city_of_its_name(client, world):
    state = JurisdictionFactory(
        name="Washington", slug="washington", kind="state", parent=world["united-states"],
        iso_code="US-WA",
    )  # fmt: skip
    JurisdictionFactory(
        name="Washington", slug="washington-dc", parent=world["united-states"], population=689_545
    )
    results = client.get(reverse("maps:jurisdiction-list"), {"q": "washington"}).context["results"]
    assert [place.slug for place in results][:2] == [state.slug, "washington-dc"]
