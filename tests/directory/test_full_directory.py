"""The whole directory of places, loaded once for this module: real places with their parents,
identifiers and names, a reload that changes nothing, and an admin that stays fast at 70,000."""

import pytest
from django.db import connection
from django.db.models import Count, F
from django.urls import reverse

from directory.matching import build_mention_matcher
from directory.models import Jurisdiction, JurisdictionAlias
from directory.place_names import PlaceName
from directory.populate import load_directory
from tests.directory.tree_checks import assert_tree_consistent
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def directory(django_db_setup, django_db_blocker):
    """Loaded and committed once, removed after the module so no other test sees it."""
    with django_db_blocker.unblock():
        report = load_directory()
        yield report
        with connection.cursor() as cursor:
            for model in (PlaceName, JurisdictionAlias, Jurisdiction):
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")  # noqa: S608


def place(**lookup):
    return Jurisdiction.objects.select_related("parent").get(**lookup)


def aliases(jurisdiction):
    return set(jurisdiction.aliases.values_list("text", "case_sensitive"))


def test_every_kind_of_place_is_there(directory):
    assert directory.places.created > 70_000
    counts = dict(Jurisdiction.objects.values_list("kind").annotate(n=Count("pk")))
    assert counts["country"] > 240 and counts["state"] > 3_000 and counts["county"] > 3_000
    assert counts["city"] > 60_000


def test_us_places_have_their_ocd_ids_parents_and_plain_names():
    boston = place(slug="boston-massachusetts")
    assert (boston.name, boston.official_name) == ("Boston", "Boston city")
    assert boston.ocd_id == "ocd-division/country:us/state:ma/place:boston"
    assert boston.qualified_name == "Boston, Massachusetts, United States"
    assert boston.population > 600_000 and boston.latitude == pytest.approx(42.36, abs=0.1)
    king = place(ocd_id="ocd-division/country:us/state:wa/county:king")
    assert (king.name, king.kind, king.parent.name) == ("King County", "county", "Washington")
    assert place(slug="new-york-city").official_name == "New York city"


def test_places_of_one_name_are_told_apart():
    assert place(slug="portland-maine").parent.iso_code == "US-ME"
    assert place(slug="portland-oregon").parent.iso_code == "US-OR"
    assert place(slug="cambridge-massachusetts").ocd_id.endswith("state:ma/place:cambridge")
    cambridge_england = place(slug="cambridge-england")
    assert cambridge_england.qualified_name == "Cambridge, England, United Kingdom"
    assert cambridge_england.geonames_id == 2653941


def test_washington_is_a_state_a_capital_and_many_counties():
    state = place(slug="washington")
    assert (state.kind, state.iso_code, state.ocd_id) == (
        "state",
        "US-WA",
        "ocd-division/country:us/state:wa",
    )
    capital = place(slug="washington-dc")
    assert (capital.name, capital.kind, capital.parent.slug) == (
        "Washington",
        "city",
        "united-states",
    )
    assert {("D.C.", True), ("Washington, D.C.", False)} <= aliases(capital)
    counties = Jurisdiction.objects.filter(name="Washington County", kind="county")
    assert counties.count() > 25
    assert place(slug="washington-county-oregon").ocd_id.endswith("state:or/county:washington")


def test_the_united_kingdoms_local_areas_are_under_their_nations():
    essex = place(iso_code="GB-ESS")
    assert (essex.name, essex.kind, essex.parent.name) == ("Essex", "county", "England")
    assert place(iso_code="GB-NAY").qualified_name == "North Ayrshire, Scotland, United Kingdom"
    # Birmingham is the city alone: no area of the same name beside it.
    assert Jurisdiction.objects.filter(name="Birmingham", parent__iso_code="GB-ENG").count() == 1
    # The areas ISO 3166-2 leaves out (it lists their districts), kept by their slugs.
    manchester = place(slug="greater-manchester-england")
    assert (manchester.kind, manchester.parent.name) == ("county", "England")
    assert place(slug="west-midlands-england").qualified_name == (
        "West Midlands, England, United Kingdom"
    )


def test_countries_and_their_first_level_units():
    italy = place(iso_code="IT")
    assert (italy.parent.slug, italy.ocd_id) == ("european-union", "ocd-division/country:it")
    uk = place(iso_code="GB")
    assert uk.name == "United Kingdom" and uk.parent is None
    assert {("UK", True), ("U.K.", False), ("Britain", False), ("Great Britain", False)} <= aliases(
        uk
    )
    england = place(iso_code="GB-ENG")
    assert (england.name, england.kind, england.parent) == ("England", "state", uk)
    assert place(iso_code="RU").name == "Russia"
    turkey = place(iso_code="TR")  # as English news names it, with ISO's name an alias
    assert turkey.name == "Turkey" and ("Türkiye", False) in aliases(turkey)
    czechia = place(iso_code="CZ")  # "the Polish and Czech borders ... the Czech Republic"
    assert czechia.name == "Czech Republic" and ("Czechia", False) in aliases(czechia)
    assert place(iso_code="GR-I").name == "Attica"
    assert place(geonames_id=264371).qualified_name == "Athens, Attica, Greece, European Union"
    copenhagen = place(geonames_id=2618425)
    assert (
        copenhagen.qualified_name
        == "Copenhagen, Capital Region of Denmark, Denmark, European Union"
    )
    assert place(geonames_id=602913).parent.name == "Västerbotten"  # Skellefteå
    assert place(geonames_id=1269843).qualified_name == "Hyderabad, Telangana, India"


@pytest.mark.parametrize(
    ("geonames_id", "qualified_name"),
    [
        (1808926, "Hangzhou, Zhejiang, China"),
        (1795565, "Shenzhen, Guangdong, China"),
        (3448439, "São Paulo, São Paulo, Brazil"),
        (3451190, "Rio de Janeiro, Rio de Janeiro, Brazil"),
        (1853909, "Osaka, Osaka, Japan"),
        (4005539, "Guadalajara, Jalisco, Mexico"),
        (3094802, "Kraków, Małopolskie, Poland, European Union"),
        (2735943, "Porto, Porto, Portugal, European Union"),
        (3369157, "Cape Town, Western Cape, South Africa"),
        (1172451, "Lahore, Punjab, Pakistan"),
        (1248991, "Colombo, Western Province, Sri Lanka"),
        (1185241, "Dhaka, Dhaka, Bangladesh"),
        (2643743, "London, England, United Kingdom"),
        (2206890, "Masterton, Greater Wellington, New Zealand"),
        (2192362, "Christchurch, Canterbury, New Zealand"),
        (593116, "Vilnius, Vilniaus apskritis, Lithuania, European Union"),
        (3652462, "Quito, Pichincha, Ecuador"),
    ],
)
def test_a_city_abroad_is_under_its_region(geonames_id, qualified_name):
    assert place(geonames_id=geonames_id).qualified_name == qualified_name


@pytest.mark.parametrize(
    ("geonames_id", "country"),
    [(3435910, "AR"), (524901, "RU"), (498817, "RU"), (1850147, "JP"), (3530597, "MX")],
)
def test_a_city_that_is_its_own_region_is_under_its_country(geonames_id, country):
    """Buenos Aires, Moscow, Saint Petersburg, Tokyo, Mexico City: as the corpus key has them."""
    city = place(geonames_id=geonames_id)
    assert (city.parent.kind, city.parent.iso_code) == ("country", country)
    assert Jurisdiction.objects.filter(parent=city.parent, kind="city").count() < 10


def test_the_union_and_the_international_bodies():
    eu = place(slug="european-union")
    assert (eu.kind, eu.iso_code, eu.parent) == ("supranational", "EU", None)
    assert ("EU", True) in aliases(eu)
    assert Jurisdiction.objects.filter(parent=eu, kind="country").count() == 27
    assert place(slug="council-of-europe").kind == "international"
    assert place(slug="united-nations").kind == "international"


def test_regions_abroad_have_the_short_forms_news_writes():
    assert ("B.C.", True) in aliases(place(iso_code="CA-BC"))
    assert {("NSW", True), ("N.S.W.", True)} <= aliases(place(iso_code="AU-NSW"))


def test_korea_alone_is_the_south_which_news_calls_so():
    """ "Korea's AI law promulgated": the North is named as such, by a longer name."""
    assert ("Korea", False) in aliases(place(iso_code="KR"))
    assert place(iso_code="KP").name == "North Korea"


def test_the_us_and_its_short_forms():
    us = place(iso_code="US")
    assert {("US", True), ("U.S.", False), ("USA", True)} <= aliases(us)
    assert place(iso_code="US-PR").parent == us  # a territory, not also a country


def test_the_tree_is_whole_and_a_reload_changes_nothing():
    assert_tree_consistent()
    before = list(Jurisdiction.objects.order_by("pk").values_list("pk", "slug", "tree_left"))
    report = load_directory()
    assert (report.places.created, report.aliases.created, report.filled) == (0, 0, 0)
    assert (report.moved, report.renamed) == (0, 0)
    after = list(Jurisdiction.objects.order_by("pk").values_list("pk", "slug", "tree_left"))
    assert after == before


# -- the admin with every place loaded: autocompletes, and a fixed number of queries -----------

ADMIN_PAGES = {
    "jurisdiction list": (lambda: reverse("admin:directory_jurisdiction_changelist"), 6),
    "jurisdiction search": (
        lambda: reverse("admin:directory_jurisdiction_changelist") + "?q=portland+maine",
        6,
    ),
    "jurisdiction form": (
        lambda: reverse(
            "admin:directory_jurisdiction_change", args=[place(slug="massachusetts").pk]
        ),
        5,
    ),
    "action form": (lambda: reverse("admin:policies_policyaction_add"), 2),
    "article form": (
        lambda: reverse("admin:articles_article_change", args=[ArticleFactory().pk]),
        7,
    ),
    "place autocomplete": (
        lambda: (
            reverse("admin:autocomplete")
            + "?app_label=policies&model_name=policyaction&field_name=jurisdiction&term=portland"
        ),
        4,
    ),
}


@pytest.mark.parametrize("admin_page", ADMIN_PAGES)
def test_admin_pages_make_a_fixed_number_of_queries(
    admin_page, admin_client, django_assert_num_queries
):
    url_of, count = ADMIN_PAGES[admin_page]
    url = url_of()
    admin_client.get(url)  # process-wide caches (content types) warmed, as in production
    with django_assert_num_queries(count):
        response = admin_client.get(url)
    assert response.status_code == 200
    # No select lists every place: places are chosen by autocomplete.
    assert response.content.count(b"<option") < 1000


def test_the_place_autocomplete_finds_a_place_by_its_state(admin_client):
    url = ADMIN_PAGES["place autocomplete"][0]().replace("term=portland", "term=portland+maine")
    results = admin_client.get(url).json()["results"]
    found = [result["text"] for result in results]
    assert "Portland, Maine, United States" in found
    assert all("Maine" in text for text in found)  # not Oregon's


def test_a_headlines_washington_in_a_text_that_names_dc_is_the_capital():
    text = (
        "Washington Region To Shut Down Its Face System. Agencies in D.C., Maryland and "
        "Virginia shared it."
    )
    named = build_mention_matcher().read(text).places
    assert place(slug="washington-dc").pk in named
    assert place(slug="washington").pk not in named


@pytest.mark.parametrize(
    ("geonames_id", "qualified_name", "local_name"),
    [
        (2886242, "Cologne, North Rhine-Westphalia, Germany, European Union", "Köln"),
        (2510911, "Seville, Andalusia, Spain, European Union", "Sevilla"),
        (2660646, "Geneva, Geneva, Switzerland", "Genève"),
    ],
)
def test_a_city_or_region_named_in_its_own_language_has_the_name_english_news_writes(
    geonames_id, qualified_name, local_name
):
    city = place(geonames_id=geonames_id)
    assert city.qualified_name == qualified_name
    assert local_name in {city.official_name, city.parent.official_name}
    named = build_mention_matcher().read(f"Police in {city.name} tested it.").places
    assert named == (city.pk,)


@pytest.mark.parametrize("spelling", ["Naypyitaw", "Naypyidaw", "Nay Pyi Taw"])
def test_myanmars_capital_is_found_as_english_news_spells_it_and_is_under_its_country(spelling):
    # Round tc: GeoNames writes "Nay Pyi Taw"; the news writes "Naypyitaw".
    capital = place(geonames_id=6611854)
    assert (capital.name, capital.parent.iso_code) == ("Naypyitaw", "MM")
    named = build_mention_matcher().read(f"Cameras were installed in {spelling}.").places
    assert named == (capital.pk,)


def test_newcastle_in_a_text_about_the_united_kingdom_is_newcastle_upon_tyne():
    # GeoNames writes "Newcastle upon Tyne"; British news writes "Newcastle".
    newcastle = place(geonames_id=2641673)
    text = "Police in Newcastle used the cameras, the UK's Home Office said."
    assert newcastle.pk in build_mention_matcher().read(text).places


def test_a_reload_gives_a_city_still_named_by_its_source_its_english_name():
    cologne = place(geonames_id=2886242)
    Jurisdiction.objects.filter(pk=cologne.pk).update(name="Köln")  # as older data stored it
    staff_named = place(geonames_id=2510911)
    Jurisdiction.objects.filter(pk=staff_named.pk).update(name="Sevilla (Andalucía)")
    report = load_directory()
    assert report.renamed == 1
    assert place(pk=cologne.pk).name == "Cologne"
    assert place(pk=staff_named.pk).name == "Sevilla (Andalucía)"  # staff's name stays


def test_a_town_listed_with_a_known_citys_state_mates_is_in_their_state_not_the_texts():
    # Round ie: a text about Michigan (which has its own Oakland) lists the cities that banned
    # face recognition; beside San Francisco, Oakland is California's.
    text = (
        "Police in Michigan want the software. San Francisco, Somerville, Massachusetts, and "
        "Oakland have banned their city agencies from using it this year."
    )
    named = build_mention_matcher().read(text).places
    oaklands = Jurisdiction.objects.filter(name="Oakland", kind="city").order_by(
        F("population").desc(nulls_last=True)  # PostgreSQL puts unknowns first otherwise
    )
    assert oaklands[0].pk in named  # California's, the largest
    assert not {o.pk for o in oaklands[1:]} & set(named)


def test_cities_of_several_states_listed_together_place_no_village_named_like_one_of_them():
    # Round md: Chicago beside Omaha is no reason to read Omaha as the Illinois village, in a
    # text that names Nebraska; cities of several states listed are each where they are.
    text = (
        "Nebraska's law takes effect in January. A company that scans faces in Chicago, Omaha "
        "and Providence now answers to three different laws."
    )
    named = build_mention_matcher().read(text).places
    omahas = {o.parent.name: o.pk for o in Jurisdiction.objects.filter(name="Omaha", kind="city")}
    assert omahas["Nebraska"] in named
    assert omahas["Illinois"] not in named


@pytest.mark.parametrize(
    ("iso_code", "english"),
    [("ES-CL", "Castile and León"), ("ES-CM", "Castile-La Mancha"), ("ES-AR", "Aragon")],
)
def test_spains_regions_that_iso_names_in_spanish_have_their_english_names(iso_code, english):
    # Round od: "León" sat under "Castilla y León", where English news writes Castile and León.
    region = place(iso_code=iso_code)
    assert (region.name, region.parent.iso_code) == (english, "ES")
