"""The timeline's filters, through the page a journalist uses, on the real seeds."""

import datetime

import pytest
from django.db import connection

from articles.models import Article
from directory.models import Jurisdiction
from policies.dates import DatePrecision
from policies.models import EditorialState, PolicyAction
from tests.factories import (
    CitationFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

AMAZON_MORATORIUM = "amazon-one-year-moratorium-rekognition-police-2020"
BIDEN_LETTER = "coalition-letter-asks-biden-to-halt-federal-facial-recognition-2021"
MINNEAPOLIS_BAN = "minneapolis-bans-government-facial-recognition-2021"
SAN_FRANCISCO_BAN = "san-francisco-bans-government-facial-recognition-2019"
OAKLAND_BAN = "oakland-bans-government-facial-recognition-2019"
SOMERVILLE_BAN = "somerville-bans-government-facial-recognition-2019"


def slugs(client, query=""):
    response = client.get(f"/?{query}")
    assert response.status_code == 200
    return {action.slug for action in response.context["actions"]}


def test_filtering_by_amazon_shows_its_moratorium_and_not_the_biden_letter(imported_seeds, client):
    found = slugs(client, "organisation=amazon")
    assert AMAZON_MORATORIUM in found
    assert BIDEN_LETTER not in found


def test_a_role_narrows_what_an_organisation_did(imported_seeds, client):
    assert BIDEN_LETTER in slugs(client, "organisation=access-now&role=signatory")
    assert BIDEN_LETTER not in slugs(client, "organisation=access-now&role=target")
    assert BIDEN_LETTER in slugs(client, "organisation=white-house&role=target")


def test_choosing_a_state_includes_its_cities(imported_seeds, client):
    assert slugs(client, "jurisdiction=california") == {SAN_FRANCISCO_BAN, OAKLAND_BAN}
    assert slugs(client, "jurisdiction=minnesota") == {MINNEAPOLIS_BAN}


def test_choosing_a_country_includes_its_states_and_cities(imported_seeds, client):
    found = slugs(client, "jurisdiction=united-states")
    assert {SAN_FRANCISCO_BAN, MINNEAPOLIS_BAN, SOMERVILLE_BAN, BIDEN_LETTER} <= found
    assert AMAZON_MORATORIUM not in found  # company-wide, in no jurisdiction


def test_several_types_can_be_chosen_at_once(imported_seeds, client):
    found = slugs(client, "type=ban&type=moratorium")
    kinds = set(PolicyAction.objects.filter(slug__in=found).values_list("action_type", flat=True))
    assert kinds == {"ban", "moratorium"}
    assert len(found) == 5


def test_status_filter(imported_seeds, client):
    assert slugs(client, "status=lapsed") == {"justice-in-policing-act-2020"}
    assert "justice-in-policing-act-2020" in slugs(client, "status=lapsed&status=proposed")


def test_a_date_range_keeps_actions_inside_it(imported_seeds, client):
    found = slugs(client, "since=2020-01-01&until=2020-12-31")
    dates = PolicyAction.objects.filter(slug__in=found).values_list("date", flat=True)
    assert found
    assert all(datetime.date(2020, 1, 1) <= d <= datetime.date(2020, 12, 31) for d in dates)
    assert SAN_FRANCISCO_BAN not in found


def test_a_month_precision_action_counts_as_the_whole_month(client):
    june = PolicyActionFactory(
        slug="june", date=datetime.date(2019, 6, 1), date_precision=DatePrecision.MONTH
    )
    year = PolicyActionFactory(
        slug="year", date=datetime.date(2019, 1, 1), date_precision=DatePrecision.YEAR
    )
    day = PolicyActionFactory(slug="day", date=datetime.date(2019, 6, 1))
    assert slugs(client, "since=2019-06-15") == {june.slug, year.slug}
    assert day.slug in slugs(client, "until=2019-06-15")
    assert slugs(client, "since=2020-01-01") == set()


def test_text_search_covers_titles_summaries_and_cited_articles(imported_seeds, client):
    assert MINNEAPOLIS_BAN in slugs(client, "q=Minneapolis")
    assert slugs(client, "q=Rekognition") >= {AMAZON_MORATORIUM}
    # Words found only in a cited article's text still find the action.
    action = PolicyActionFactory(slug="cited-only", title="A plain title", summary="Plain.")
    CitationFactory(action=action, article__title="Zanzibar council votes on cameras")
    assert "cited-only" in slugs(client, "q=zanzibar")


def test_search_ranks_by_relevance_when_asked(imported_seeds, client):
    response = client.get("/?q=moratorium&sort=relevance")
    assert response.context["groups"] is None  # a ranked list, not grouped by month
    assert AMAZON_MORATORIUM in {action.slug for action in response.context["actions"]}


def test_the_best_matches_are_the_newest_first_where_the_database_does_not_rank(client):
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL ranks matches")
    for year, title in [(2019, "Camera ban"), (2023, "Camera bill"), (2021, "Camera suit")]:
        PolicyActionFactory(title=title, date=datetime.date(year, 1, 1))
    PolicyActionFactory(title="Unrelated", date=datetime.date(2024, 1, 1))
    listed = client.get("/?q=camera&sort=relevance").context["actions"]
    assert [action.title for action in listed] == ["Camera bill", "Camera suit", "Camera ban"]


def test_the_oldest_first_order(imported_seeds, client):
    actions = list(client.get("/?sort=oldest").context["actions"])
    assert actions[0].slug == SAN_FRANCISCO_BAN


def test_an_unknown_jurisdiction_gives_an_empty_result_with_a_message(imported_seeds, client):
    response = client.get("/?jurisdiction=atlantis")
    assert response.status_code == 200
    assert list(response.context["actions"]) == []
    page = response.content.decode()
    assert "No published actions are recorded for a jurisdiction called “atlantis”." in page
    assert "0</strong> actions" in page


@pytest.mark.parametrize(
    "query",
    [
        "organisation=nobody",
        "type=teleportation",
        "status=imaginary",
        "since=yesterday",
        "until=2021-02-30",
        "role=villain",
        "sort=random",
        "jurisdiction=%00",
        "q=%00",
        "q=%21%26%7C",  # only operators: nothing left to search for
        "q=" + "x" * 5000,
        "q=" + "a+" * 1500,  # once crashed SQLite: "Expression tree is too large"
        "page=999",
        "page=abc",
    ],
)
def test_bad_filter_values_never_cause_a_server_error(imported_seeds, client, query):
    assert client.get(f"/?{query}").status_code in (200, 404)


def test_the_result_count_and_active_filters_are_shown(imported_seeds, client):
    response = client.get("/?jurisdiction=california&type=ban&type=moratorium")
    page = response.content.decode()
    assert "<strong>2</strong> actions match these filters" in page
    chips = {(chip.label, chip.value): chip.remove_url for chip in response.context["chips"]}
    assert chips[("Jurisdiction", "California, United States")] == "?type=ban&type=moratorium"
    assert chips[("Type", "Moratorium")] == "?jurisdiction=california&type=ban"
    assert chips[("Type", "Ban")] == "?jurisdiction=california&type=moratorium"


def test_removing_a_chip_drops_the_page_number(imported_seeds, client):
    response = client.get("/?type=ban&page=1")
    assert [chip.remove_url for chip in response.context["chips"]] == ["?"]


def test_filter_choices_come_only_from_published_records(imported_seeds, client):
    hidden_place = Jurisdiction.objects.create(name="Hidden Town", slug="hidden-town", kind="city")
    hidden_company = OrganisationFactory(name="Hidden Corp", slug="hidden-corp")
    draft = PolicyActionFactory(jurisdiction=hidden_place, state=EditorialState.DRAFT)
    ParticipantFactory(action=draft, organisation=hidden_company)
    page = client.get("/").content.decode()
    assert "Hidden Town" not in page
    assert "Hidden Corp" not in page
    assert slugs(client, "organisation=hidden-corp") == set()
    assert slugs(client, "jurisdiction=hidden-town") == set()


def test_drafts_never_match_any_filter(imported_seeds, client):
    minneapolis = Jurisdiction.objects.get(slug="minneapolis")
    for state in (EditorialState.DRAFT, EditorialState.REVIEW):
        PolicyActionFactory(
            slug=f"hidden-{state}", title="Minneapolis secret", jurisdiction=minneapolis,
            state=state,
        )  # fmt: skip
    for query in ("", "jurisdiction=minnesota", "type=ban", "q=secret", "status=in_force"):
        assert not {s for s in slugs(client, query) if s.startswith("hidden-")}, query


def test_the_chart_counts_follow_the_filters(imported_seeds, client):
    chart = client.get("/?type=ban").context["chart"]
    assert {bar.year: bar.total for bar in chart.bars} == {2019: 3, 2020: 0, 2021: 1}
    assert [label for _value, label, _colour in chart.legend] == ["Ban"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search")
def test_postgres_search_is_stemmed_and_uses_its_index(imported_seeds, client):
    assert AMAZON_MORATORIUM in slugs(client, "q=moratoriums")  # stemmed
    assert slugs(client, 'q="city ban" -Oakland') == slugs(client, 'q="city ban"') - {OAKLAND_BAN}
    with connection.cursor() as cursor:
        # A few rows would make a scan cheaper, and an ordered index scan filtering each row
        # can win on statistics earlier tests left: only a bitmap scan is left, which only the
        # search vectors' GIN indexes can serve.
        for method in ("seqscan", "indexscan", "indexonlyscan"):
            cursor.execute(f"SET LOCAL enable_{method} = off")
    assert "action_search_with_sources_idx" in PolicyAction.objects.matching("ban").explain()
    assert "article_search_document_idx" in Article.objects.matching("ban").explain()


@pytest.mark.parametrize("url", ["/", "/articles/", "/api/actions/", "/api/articles/"])
def test_a_search_too_long_to_run_is_refused_with_a_message(client, url):
    PolicyActionFactory()
    response = client.get(url, {"q": "a " * 1500})
    assert response.status_code in (200, 400)
    assert "at most 200 characters" in response.content.decode()


def test_only_the_first_words_of_a_long_search_count_without_full_text_search(imported_seeds):
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL searches every word with its full-text search")
    twenty_matching_words = "Minneapolis " * 20
    assert PolicyAction.objects.matching(twenty_matching_words + "zzzz").exists()
    assert not PolicyAction.objects.matching("zzzz " + twenty_matching_words).exists()
