"""The download of every published action is kept as a file until public data changes: a
repeat is the same bytes and reads no rows, a publish shows in the next one, and nothing
filtered, failed or broken off is ever kept."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from opendata import export_views
from policies.models import EditorialState
from tests.factories import CitationFactory, ParticipantFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db
DOWNLOADS = ["opendata:export-csv", "opendata:export-json", "opendata:export-timelinejs"]


@pytest.fixture
def kept(settings, upload_storage):
    """The page cache on, and the default storage a folder of the test's own."""
    settings.PUBLIC_CACHE_ENABLED = True
    return upload_storage / "public-downloads"


@pytest.fixture
def actions():
    for n in range(3):
        action = PolicyActionFactory(title=f"Ban {n}")
        ParticipantFactory(action=action)
        CitationFactory(action=action)
    return PolicyActionFactory(title="A draft ban", state=EditorialState.DRAFT)


def download(client, name, query="", headers=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(name) + query)
        body = b"".join(response.streaming_content)
    assert response.status_code == 200
    if headers is not None:
        # Last-Modified is left out in the second public data changed (tracker/public_cache.py).
        varying = {"Content-Length", "Last-Modified"}
        headers.append({k: v for k, v in response.items() if k not in varying})
    return body, len(queries)


def kept_files(folder):
    """The kept downloads, without their markers."""
    return sorted(
        path.name for path in folder.rglob("*") if path.is_file() and path.suffix != ".whole"
    )


@pytest.mark.parametrize("name", DOWNLOADS)
def test_a_repeated_whole_download_is_the_kept_file_and_reads_no_rows(client, kept, actions, name):
    headers = []
    first, first_queries = download(client, name, headers=headers)
    again, again_queries = download(client, name, headers=headers)
    assert again == first
    assert headers[1] == headers[0]
    assert first_queries > 3
    assert again_queries == 1  # the data version
    assert len(kept_files(kept)) == 1


def test_a_publish_shows_in_the_next_whole_download_and_the_older_file_goes(client, kept, actions):
    before, _queries = download(client, "opendata:export-csv")
    actions.state = EditorialState.PUBLISHED
    actions.save()
    after, _queries = download(client, "opendata:export-csv")
    assert b"A draft ban" in after and b"A draft ban" not in before
    assert len(kept_files(kept)) == 1


def test_a_filtered_download_is_never_kept(client, kept, actions):
    first, _queries = download(client, "opendata:export-csv", "?type=ban")
    again, again_queries = download(client, "opendata:export-csv", "?type=ban")
    assert again == first and again_queries > 3
    assert kept_files(kept) == []


def test_a_download_that_fails_part_way_is_not_kept(client, kept, actions, monkeypatch):
    def failing(request, actions):
        yield "a,b\r\n"
        raise RuntimeError("the database went away")

    monkeypatch.setattr(export_views, "csv_text", failing)
    broken, _queries = download(client, "opendata:export-csv")
    assert b"incomplete" in broken
    assert kept_files(kept) == []
    monkeypatch.undo()
    whole, _queries = download(client, "opendata:export-csv")
    assert b"incomplete" not in whole and b"Ban 2" in whole


def test_a_download_the_client_breaks_off_is_not_kept(client, kept, actions):
    response = client.get(reverse("opendata:export-csv"))
    pieces = iter(response.streaming_content)
    next(pieces)
    response.close()
    assert kept_files(kept) == []


def test_nothing_is_kept_while_the_page_cache_is_off(client, settings, upload_storage, actions):
    settings.PUBLIC_CACHE_ENABLED = False
    download(client, "opendata:export-csv")
    _body, again_queries = download(client, "opendata:export-csv")
    assert again_queries > 3
    assert kept_files(upload_storage) == []


def test_a_file_still_being_written_is_not_served(client, kept, actions):
    first, _queries = download(client, "opendata:export-csv")
    (marker,) = kept.rglob("*.whole")
    marker.unlink()  # as while another request is still writing the file
    (path,) = [p for p in kept.rglob("*") if p.is_file()]
    path.write_bytes(b"half a fi")
    again, again_queries = download(client, "opendata:export-csv")
    assert again == first and again_queries > 3
