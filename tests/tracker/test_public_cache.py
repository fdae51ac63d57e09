"""The public cache is never stale: every page served from it is the page as it would be
rendered now, on the local cache and on Redis; staff see live pages; 304s are answered."""

import datetime
import socket

import pytest
from django.contrib import messages
from django.db import connection, transaction
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.http import http_date

from core.models import PublicDataVersion
from core.publicdata import GENERATION_KEY, current_version, shared_cache
from policies import workflow
from policies.merging import merge_organisations
from policies.models import EditorialState, PolicyAction
from policies.views import AboutView
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db
REDIS_URL = "redis://127.0.0.1:6379/5"


def redis_reachable():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


def kept_pages(settings, where):
    """The cache on, in this process's memory or in Redis (database 5), empty."""
    if where == "redis":
        if not redis_reachable():
            pytest.skip("Redis is not reachable on 127.0.0.1:6379")
        backend = {"BACKEND": "core.redis_cache.RedisCache", "LOCATION": REDIS_URL}
    else:
        backend = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t"}
    settings.CACHES = {**settings.CACHES, "public_pages": {**backend, "KEY_PREFIX": "test"}}
    settings.PUBLIC_CACHE_ENABLED = True
    settings.PUBLIC_AGGREGATES_KEPT = True  # as production keeps them beside the pages
    from django.core.cache import caches

    caches["public_pages"].clear()
    yield caches["public_pages"]
    caches["public_pages"].clear()


@pytest.fixture(params=["local", "redis"])
def public_cache(request, settings):
    yield from kept_pages(settings, request.param)


@pytest.fixture
def redis_cache(settings):
    """Shared by every process, the cache holds the data version too."""
    yield from kept_pages(settings, "redis")


def queries_of_a_hit():
    """Shared (Redis), the cache holds the data version too; this process's own cache cannot
    hear of other processes' changes, so the version is read from the database."""
    return 0 if shared_cache() else 1


@pytest.fixture
def record():
    """A published action in one city, and a draft in another city of the same state that
    involves an organisation and cites an article nothing published mentions yet."""
    state = JurisdictionFactory(name="Ohio", slug="ohio", kind="state")
    city, town = JurisdictionFactory(parent=state), JurisdictionFactory(parent=state)
    published = PolicyActionFactory(title="Toledo bans it", jurisdiction=city)
    CitationFactory(action=published, article=ArticleFactory(title="Toledo votes"))
    keepers = OrganisationFactory(name="Keepers")
    ParticipantFactory(action=published, organisation=keepers)
    draft = PolicyActionFactory(
        title="Dayton pauses it", jurisdiction=town, state=EditorialState.REVIEW
    )
    ParticipantFactory(action=draft, organisation=OrganisationFactory(name="Newcomers"))
    ParticipantFactory(action=draft, organisation=keepers, role="signatory")
    article = ArticleFactory(title="Dayton pauses")
    article.jurisdictions.add(town)
    CitationFactory(action=draft, article=article)
    return {"published": published, "draft": draft, "town": town, "keepers": keepers}


def cached_pages(record):
    town = record["town"]
    article = record["draft"].sources.get()
    return [
        "/",
        "/?type=ban&jurisdiction=ohio",
        f"/jurisdictions/{town.slug}/",
        "/jurisdictions/ohio/",
        "/jurisdictions/",
        "/organisations/",
        f"/organisations/{record['keepers'].slug}/",
        f"/articles/{article.pk}/",
        "/feeds/actions.atom",
        "/feeds/jurisdictions/ohio.rss",
        "/api/actions/",
        "/api/organisations/",
        "/sitemap-actions.xml",
    ]


PAGE_COUNT = 13


def live(client, settings, url):
    settings.PUBLIC_CACHE_ENABLED = False
    try:
        return client.get(url).content
    finally:
        settings.PUBLIC_CACHE_ENABLED = True


@pytest.fixture
def cached_then_changed(
    client, settings, django_assert_num_queries, django_capture_on_commit_callbacks
):
    """The page at `url` before and after `change` (committed), checking the first came from
    the cache."""

    def page_around(url, change):
        client.get(url)
        with django_assert_num_queries(queries_of_a_hit()):
            before = client.get(url)
        with django_capture_on_commit_callbacks(execute=True):  # the cache hears of commits
            change()
        after = client.get(url)
        assert after.status_code == 200
        return before.content, after.content

    return page_around


@pytest.mark.parametrize("page", range(PAGE_COUNT))
def test_a_published_action_shows_at_once_on_every_cached_page(
    page, public_cache, record, client, settings, staff_user, cached_then_changed
):
    url = cached_pages(record)[page]
    editor = staff_user("Editor")
    publish = lambda: workflow.publish(record["draft"], editor)  # noqa: E731
    before, after = cached_then_changed(url, publish)
    assert after != before
    assert after == live(client, settings, url)


def test_every_cached_page_type_is_in_the_publish_test(record):
    assert len(cached_pages(record)) == PAGE_COUNT


def test_an_unpublished_action_leaves_the_cached_timeline_at_once(
    public_cache, record, client, settings, staff_user, cached_then_changed
):
    editor = staff_user("Editor")
    change = lambda: workflow.unpublish(record["published"], editor)  # noqa: E731
    before, after = cached_then_changed("/", change)
    assert b"Toledo bans it" in before
    assert b"Toledo bans it" not in after


def test_an_edited_action_shows_its_new_title_on_its_cached_page(
    public_cache, record, client, settings, cached_then_changed
):
    action = record["published"]

    def edit():
        action.title = "Toledo bans face recognition"
        action.save()

    url = action.get_absolute_url()
    before, after = cached_then_changed(url, edit)
    assert b"Toledo bans face recognition" not in before
    assert b"Toledo bans face recognition" in after
    assert after == live(client, settings, url)


def test_merged_organisations_show_as_one_on_the_cached_list_at_once(
    public_cache, record, client, settings, staff_user, cached_then_changed
):
    keep = record["keepers"]
    workflow.publish(record["draft"], staff_user("Editor"))
    duplicate = record["draft"].organisations.exclude(pk=keep.pk).get()
    change = lambda: merge_organisations(keep, [duplicate])  # noqa: E731
    url = "/organisations/"
    before, after = cached_then_changed(url, change)
    assert b"Newcomers" in before
    assert b"Newcomers" not in after
    assert after == live(client, settings, url)


def test_imported_articles_show_on_the_cached_news_list_at_once(
    public_cache, record, client, settings, tmp_path, cached_then_changed
):
    from articles.importer import import_documents

    document = tmp_path / "news.txt"
    document.write_text("Columbus weighs a ban\nPosted on May 2, 2021\n\nThe council met.\n")
    change = lambda: import_documents([document], workers=0)  # noqa: E731
    url = "/articles/"
    before, after = cached_then_changed(url, change)
    assert b"Columbus weighs a ban" not in before
    assert b"Columbus weighs a ban" in after
    assert after == live(client, settings, url)


def test_parameters_in_another_order_are_the_same_cached_page(
    public_cache, record, client, django_assert_num_queries
):
    client.get("/?type=ban&jurisdiction=ohio")
    with django_assert_num_queries(queries_of_a_hit()):
        assert client.get("/?jurisdiction=ohio&type=ban").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_a_page_served_from_the_shared_cache_opens_no_database_connection(
    redis_cache, record, client
):
    client.get("/")
    connection.close()
    again = client.get("/")
    assert again.status_code == 200
    assert b"Toledo bans it" in again.content
    assert connection.connection is None


def test_the_shared_cache_hears_of_a_change_only_once_it_commits(
    redis_cache, record, django_capture_on_commit_callbacks
):
    before = current_version()[0]
    with django_capture_on_commit_callbacks(execute=True):
        record["published"].save()
        assert current_version()[0] == before  # a reader now still reads the data before
    assert current_version()[0] != before


def test_a_change_rolled_back_leaves_the_page_in_the_shared_cache(
    redis_cache, record, client, django_capture_on_commit_callbacks, django_assert_num_queries
):
    client.get("/")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        record["published"].save()
        transaction.set_rollback(True)
    with django_assert_num_queries(0):
        client.get("/")


def test_a_shared_cache_that_lost_the_data_version_renders_pages_afresh(
    redis_cache, record, client
):
    client.get("/")
    # Written without signals: only a page rendered afresh shows it.
    PolicyAction.objects.filter(pk=record["published"].pk).update(title="Quietly renamed")
    assert b"Quietly renamed" not in client.get("/").content
    redis_cache.delete(GENERATION_KEY)
    assert b"Quietly renamed" in client.get("/").content


def test_a_page_served_again_is_not_fetched_again_from_the_shared_cache(
    redis_cache, record, client, monkeypatch
):
    client.get("/")
    asked = []
    fetch = type(redis_cache).get
    monkeypatch.setattr(
        type(redis_cache), "get", lambda store, key, *args: asked.append(key) or fetch(store, key)
    )
    assert b"Toledo bans it" in client.get("/").content
    assert asked == [GENERATION_KEY]  # the data version only: the page is this process's own


def test_staff_see_the_live_page_where_visitors_get_the_cached_one(
    public_cache, record, client, staff_client, django_assert_num_queries
):
    client.get("/")
    # Written without signals, so the data version does not change: only a live page shows it.
    PolicyAction.objects.filter(pk=record["published"].pk).update(title="Quietly renamed")
    assert b"Quietly renamed" not in client.get("/").content
    assert b"Quietly renamed" in staff_client("Viewer").get("/").content


def test_a_page_answers_its_etag_with_304_until_public_data_changes(
    public_cache, record, client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    first = client.get("/")
    assert first["Cache-Control"] == "public, no-cache"
    with django_assert_num_queries(queries_of_a_hit()):
        again = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]
    assert not again.content
    with django_capture_on_commit_callbacks(execute=True):
        record["published"].save()
    assert client.get("/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def data_changed(seconds_ago):
    changed = timezone.now() - datetime.timedelta(seconds=seconds_ago)
    PublicDataVersion.objects.update_or_create(
        pk=1, defaults={"token": f"t{seconds_ago}", "changed_at": changed}
    )
    return changed


def test_a_feed_answers_if_modified_since_with_304(public_cache, record, client):
    changed = data_changed(seconds_ago=60)
    first = client.get("/feeds/actions.atom")
    assert first["Last-Modified"] == http_date(changed.timestamp())
    again = client.get("/feeds/actions.atom", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304
    earlier = http_date(changed.timestamp() - 10)
    assert client.get("/feeds/actions.atom", HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200


def test_no_last_modified_is_sent_in_the_second_of_a_change(
    public_cache, record, client, monkeypatch
):
    changed = data_changed(seconds_ago=0)
    monkeypatch.setattr("tracker.public_cache.time.time", lambda: int(changed.timestamp()) + 0.5)
    response = client.get("/feeds/actions.atom")
    assert "Last-Modified" not in response
    assert response["ETag"]


def test_a_download_is_streamed_every_time_and_answers_its_etag_with_304(
    public_cache, record, client
):
    first = client.get("/export/actions.csv")
    assert first.streaming
    assert b"Toledo bans it" in b"".join(first.streaming_content)
    assert client.get("/export/actions.csv").streaming
    again = client.get("/export/actions.csv", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def count_renders(monkeypatch, effect):
    """Make the about page do `effect(request)` as it renders, and count its renders."""
    renders = []
    original = AboutView.get_context_data

    def rendering(self, **kwargs):
        renders.append(1)
        effect(self.request)
        return original(self, **kwargs)

    monkeypatch.setattr(AboutView, "get_context_data", rendering)
    return renders


@pytest.mark.parametrize(
    "effect",
    [get_token, lambda request: messages.info(request, "Saved.")],
    ids=["csrf-token", "message"],
)
def test_a_page_that_sets_a_cookie_is_never_cached(public_cache, client, monkeypatch, effect):
    renders = count_renders(monkeypatch, effect)
    for _ in range(2):
        response = client.get("/about/")
        assert response.cookies
        assert "Cache-Control" not in response
        client.cookies.clear()
    assert len(renders) == 2


def test_a_visitor_with_a_message_waiting_gets_a_live_page(public_cache, client, monkeypatch):
    renders = count_renders(monkeypatch, lambda request: None)
    client.get("/about/")
    client.cookies["messages"] = "waiting"
    client.get("/about/")
    assert len(renders) == 2


def test_the_browsable_api_with_its_nonce_is_never_cached(public_cache, record, client):
    pages = [client.get("/api/actions/", HTTP_ACCEPT="text/html") for _ in range(2)]
    assert all("Cache-Control" not in page for page in pages)
    assert pages[0].content != pages[1].content  # a new nonce each time
    assert client.get("/api/actions/")["Content-Type"] == "application/json"


def test_a_cached_page_shows_an_action_expired_the_day_after_its_expiry_date(
    public_cache, record, client, settings, monkeypatch
):
    action = record["published"]
    PolicyAction.objects.filter(pk=action.pk).update(expiry_date=datetime.date(2030, 1, 1))
    url = action.get_absolute_url()
    monkeypatch.setattr(timezone, "localdate", lambda *a: datetime.date(2030, 1, 1))
    before = client.get(url).content
    assert client.get(url).content == before  # kept
    monkeypatch.setattr(timezone, "localdate", lambda *a: datetime.date(2030, 1, 2))
    after = client.get(url).content
    assert b"Expired" in after and b"Expired" not in before
    assert after == live(client, settings, url)
