"""A download that fails part-way cannot pass for a whole file: its body ends with a line its
format makes invalid, and the failure is logged."""

import csv
import io
import json

import pytest

from opendata import export_views
from opendata.csv_rows import CsvDownload
from opendata.json_download import JsonDownload
from opendata.streaming import INCOMPLETE_NOTICE
from tests.factories import PolicyActionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def fails_on_the_second_action(monkeypatch):
    """Building the second action's record, its JSON text or its CSV line fails, as a lost
    database would."""
    PolicyActionFactory.create_batch(3)
    calls = []

    def flaky(original):
        def build(row, *args, **kwargs):
            calls.append(row)
            if len(calls) == 2:
                raise RuntimeError("the database went away")
            return original(row, *args, **kwargs)

        return build

    monkeypatch.setattr(export_views, "plain_record", flaky(export_views.plain_record))
    # The CSV's lines and the JSON's records are written a chunk of actions at a time: here a
    # chunk of one, each sent on its own, so the first is sent before the second fails.
    monkeypatch.setattr(export_views, "EXPORT_CHUNK_SIZE", 1)
    monkeypatch.setattr(export_views, "ROWS_A_PIECE", 1)
    monkeypatch.setattr(CsvDownload, "__call__", flaky(CsvDownload.__call__))
    monkeypatch.setattr(JsonDownload, "__call__", flaky(JsonDownload.__call__))


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200  # already sent when the failure comes
    return b"".join(response.streaming_content).decode()


def test_a_broken_csv_ends_unreadable_and_says_so(client, fails_on_the_second_action, caplog):
    body = download(client, "/export/actions.csv")
    assert body.rstrip("\n").endswith(INCOMPLETE_NOTICE)
    with pytest.raises(csv.Error):
        list(csv.reader(io.StringIO(body), strict=True))
    assert "The CSV download failed part-way" in caplog.text
    assert "the database went away" in caplog.text


@pytest.mark.parametrize("url", ["/export/actions.json", "/export/timelinejs.json"])
def test_a_broken_json_download_is_not_json(client, fails_on_the_second_action, caplog, url):
    body = download(client, url)
    assert INCOMPLETE_NOTICE in body
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)
    assert "download failed part-way" in caplog.text


def test_a_whole_download_carries_no_notice(client):
    PolicyActionFactory.create_batch(3)
    body = download(client, "/export/actions.json")
    assert len(json.loads(body)["actions"]) == 3
    assert INCOMPLETE_NOTICE not in body
