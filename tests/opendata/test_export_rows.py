"""The downloads read plain rows (`values_list`) for speed; what they write is exactly what the
records built from model instances (the API's path, `action_record`) say, field by field."""

import csv
import io
import json

import pytest
from django.db.models import F
from django.test import RequestFactory
from django.urls import reverse

from directory.models import Jurisdiction
from opendata import csv_rows, csv_sql, export_views, record
from opendata.csv_rows import CSV_COLUMNS, Column, Joined, Sql, csv_row
from opendata.export_views import published_actions
from opendata.exports import CITATION_FIELDS, ActionRow, SiteLinks
from opendata.json_sql import empty_as_null
from opendata.record import (
    ORGANISATION,
    SOURCE,
    TEXT,
    TEXT_OR_NULL,
    VERBATIM,
    Entries,
    Member,
    Object,
    action_record,
    plain_record_from,
)
from policies.models import PolicyAction

pytestmark = pytest.mark.django_db


def instance_records(query=""):
    """The records the API's path builds from model instances, in the download's order."""
    request = RequestFactory().get("/export/actions.json" + query)
    links = SiteLinks(request.build_absolute_uri)
    paths = Jurisdiction.objects.slug_paths()
    actions = published_actions(request).for_export()
    return [action_record(action, links=links, paths=paths) for action in actions]


def download(client, name, query=""):
    response = client.get(reverse(name) + query)
    return b"".join(response.streaming_content).decode()


@pytest.mark.parametrize("query", ["", "?sort=oldest"])
def test_the_json_download_holds_the_records_model_instances_give(client, varied_actions, query):
    expected = instance_records(query)
    assert len(expected) == 9
    assert json.loads(download(client, "opendata:export-json", query))["actions"] == expected


@pytest.mark.parametrize("query", ["", "?sort=oldest"])
def test_the_json_download_writes_the_records_as_json_dumps_does(client, varied_actions, query):
    # Byte for byte: the download writes its records' text itself (`json_rows`).
    records = [json.dumps(record, ensure_ascii=False) for record in instance_records(query)]
    body = download(client, "opendata:export-json", query)
    assert '"actions": [\n' + ",\n".join(records) + "\n]" in body


def test_the_csv_download_holds_the_rows_model_instances_give(client, varied_actions):
    expected = [CSV_COLUMNS] + [csv_row(record) for record in instance_records()]
    body = download(client, "opendata:export-csv")
    assert list(csv.reader(io.StringIO(body))) == expected
    # Byte for byte as csv.writer writes them: the quotes are the database's and ours.
    written = io.StringIO()
    csv.writer(written).writerows(expected)
    assert body == written.getvalue()
    assert "'=HYPERLINK" in body  # still defused


# The CSV's columns are stated once, in `csv_rows.COLUMNS`: the download's header, its query
# and its line writer all follow the table, so a table reordered, cut or grown is downloaded
# as csv.writer writes `csv_row` of it. A writer that restated a column (its place in a line,
# its SQL) apart from the table would write these wrong.
TITLE_AGAIN = Column("title_again", lambda record: record["title"], False, Sql(F("title")))
ROLES = Column(
    "roles",
    lambda record: "; ".join(entry["role"] for entry in record["organisations"]),
    verbatim=True,
    cell=Joined("participants", F("role")),
)
TABLES = {
    "reversed": lambda columns: columns[::-1],
    "every other column": lambda columns: columns[::2],
    "grown": lambda columns: (*columns[:5], TITLE_AGAIN, *columns[5:], ROLES),
}


@pytest.mark.parametrize("change", TABLES.values(), ids=TABLES.keys())
def test_the_csv_download_follows_its_one_table_of_columns(
    client, varied_actions, monkeypatch, change
):
    monkeypatch.setattr(csv_rows, "COLUMNS", change(csv_rows.COLUMNS))
    names = [column.name for column in csv_rows.COLUMNS]
    expected = [names] + [csv_row(record) for record in instance_records()]
    written = io.StringIO()
    csv.writer(written).writerows(expected)
    assert download(client, "opendata:export-csv") == written.getvalue()


def test_a_column_added_to_the_table_is_in_the_csv_download(client, varied_actions, monkeypatch):
    monkeypatch.setattr(csv_rows, "COLUMNS", (*csv_rows.COLUMNS, TITLE_AGAIN, ROLES))
    rows = list(csv.DictReader(io.StringIO(download(client, "opendata:export-csv"))))
    assert [row["title_again"] for row in rows] == [row["title"] for row in rows]
    assert "'=HYPERLINK" in {row["title_again"][:11] for row in rows}  # defused as the title
    roles = {row["roles"] for row in rows}  # an action has none to three organisations
    assert "" in roles and "actor" in roles and any(cell.count("; ") == 2 for cell in roles)


# The record's members are stated once, in `record.MEMBERS`: the records the API builds
# (`plain_record`) and the JSON download's text (`json_download`) are both built from it, so
# a table reordered, cut or grown is downloaded as json.dumps writes the records it gives. A
# writer that restated a member apart from the table would write these wrong.
SECOND_TITLE = Member("second_title", "title", TEXT)
PLACE_SLUG = Member("place_slug", "place_id", Object((Member("slug", "place_slug", TEXT),)))
ROLE_AND_NAME = (Member("role", "role", VERBATIM), Member("of", "name", TEXT))
ROLES_OF = Member("roles_of", "organisations", Entries(ORGANISATION.fields, ROLE_AND_NAME))
QUOTE_AGAIN = (Member("quote_again", "quote or None", TEXT_OR_NULL, empty_as_null("quote")),)
QUOTES = Member("quotes", "sources", SOURCE._replace(members=QUOTE_AGAIN))
ADDED = (PLACE_SLUG, ROLES_OF, QUOTES)
MEMBER_TABLES = {
    "reversed": lambda members: members[::-1],
    "every other member": lambda members: members[::2],
    "grown": lambda members: (*members[:5], SECOND_TITLE, *members[5:], *ADDED),
}


def built_from(members, monkeypatch):
    """The records (`plain_record`) and the JSON download (`json_download`) built from
    `members`."""
    monkeypatch.setattr(record, "plain_record", plain_record_from(members))
    monkeypatch.setattr(record, "MEMBERS", members)


@pytest.mark.parametrize("change", MEMBER_TABLES.values(), ids=MEMBER_TABLES.keys())
def test_the_json_download_follows_its_one_table_of_members(
    client, varied_actions, monkeypatch, change
):
    built_from(change(record.MEMBERS), monkeypatch)
    records = [json.dumps(each, ensure_ascii=False) for each in instance_records()]
    body = download(client, "opendata:export-json")
    assert '"actions": [\n' + ",\n".join(records) + "\n]" in body


def test_a_member_added_to_the_table_is_in_the_json_download(client, varied_actions, monkeypatch):
    built_from((*record.MEMBERS, SECOND_TITLE, *ADDED), monkeypatch)
    actions = json.loads(download(client, "opendata:export-json"))["actions"]
    for action in actions:
        assert action["second_title"] == action["title"]
        place = action["jurisdiction"]
        assert action["place_slug"] == (place and {"slug": place["slug"]})
        organisations = action["organisations"]
        assert action["roles_of"] == [{"role": o["role"], "of": o["name"]} for o in organisations]
        assert action["quotes"] == [{"quote_again": s["quote"]} for s in action["sources"]]
    assert {bool(action["quotes"]) for action in actions} == {True, False}


def test_times_keep_their_microseconds_and_end_in_z(client, varied_actions):
    actions = json.loads(download(client, "opendata:export-json"))["actions"]
    published = {action["published_at"] for action in actions}
    assert {"2024-05-06T07:08:09Z", "2024-05-06T07:08:09.001000Z"} <= published
    sources = [source for action in actions for source in action["sources"]]
    assert {source["published_at"] for source in sources} == {"2021-02-17T00:00:00Z", None}


def test_downloads_read_dates_and_times_as_the_iso_text_the_database_writes(varied_actions):
    request = RequestFactory().get("/export/actions.json")
    read = list(export_views._plain_rows(published_actions(request)))
    rows = [ActionRow(*row) for row, _participants, _citations in read]
    assert {row.published_at for row in rows} >= {
        "2024-05-06T07:08:09Z",
        "2024-05-06T07:08:09.001000Z",
    }
    assert {row.effective_date for row in rows} >= {"2020-01-02", None}
    assert {row.expiry_date for row in rows} == {"2030-01-01", None}
    published = CITATION_FIELDS.index("article__published_at")
    cited = {source[published] for _row, _participants, sources in read for source in sources}
    assert cited == {"2021-02-17T00:00:00Z", None}


def csv_writer_line(texts):
    """`texts` as csv.writer writes them as a line, in UTF-8."""
    written = io.StringIO()
    csv.writer(written).writerow(texts)
    return written.getvalue().encode()


@pytest.mark.parametrize(
    "texts",
    [
        ["plain", "slug-2", "https://example.org/a/"],
        ["plain", 'a "quote"', "a, comma", "two\nlines", "a\rreturn", "", "café “curly”"],
        ["", "", "x"],
    ],
    ids=["none needs quotes", "some need quotes", "empty cells"],
)
def test_cells_are_quoted_as_csv_writer_quotes_them(texts):
    cells = [text.encode() for text in texts]
    assert b",".join(csv_sql.quoted_all(cells)) + b"\r\n" == csv_writer_line(texts)
    assert b",".join(map(csv_sql.quoted, cells)) + b"\r\n" == csv_writer_line(texts)


def test_the_csv_download_is_its_text_in_utf_8_beyond_latin_1_too(client, varied_actions):
    PolicyAction.objects.filter(title="Action 1").update(title="Ação 1 — 東京 “ban” 🙂")
    response = client.get(reverse("opendata:export-csv"))
    body = b"".join(response.streaming_content)
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert "Ação 1 — 東京 “ban” 🙂" in {row[CSV_COLUMNS.index("title")] for row in rows}
