"""`manage.py read_news`: what the tracker reads from documents, printed and never stored."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from directory.models import Jurisdiction, Organisation

pytestmark = pytest.mark.django_db

PLAIN = (
    "Portland council bans facial recognition\n\nPosted on August 5, 2020\n\n"
    "The Portland City Council voted on Monday. According to the ACLU of Maine, the vote "
    "makes Maine the third state with such a ban.\n"
)


@pytest.fixture
def directory():
    us = Jurisdiction.objects.create(name="United States", slug="us", kind="country")
    maine = Jurisdiction.objects.create(name="Maine", slug="maine", kind="state", parent=us)
    Jurisdiction.objects.create(
        name="Portland", slug="portland-me", kind="city", parent=maine,
        ocd_id="ocd-division/country:us/state:me/place:portland",
    )  # fmt: skip
    aclu = Organisation.objects.create(
        name="American Civil Liberties Union", slug="aclu", kind="civil_society"
    )
    aclu.aliases.create(text="ACLU", case_sensitive=True)
    return maine


def read(*paths):
    out = StringIO()
    try:
        call_command("read_news", "--json", *map(str, paths), stdout=out)
    except CommandError as exc:
        return json.loads(out.getvalue()), exc
    return json.loads(out.getvalue()), None


def test_it_prints_each_documents_fields_places_and_organisations(tmp_path, directory):
    (tmp_path / "d06.txt").write_text(PLAIN)
    reading, error = read(tmp_path)
    assert error is None
    assert reading["failures"] == []
    (document,) = reading["documents"]
    assert document["file"].endswith("d06.txt")
    assert (document["format"], document["date"], document["url"]) == ("plain", "2020-08-05", None)
    assert document["title"] == "Portland council bans facial recognition"
    assert {o["name"] for o in document["organisations"]} == {
        "Portland City Council",
        "ACLU of Maine",
    }
    assert document["jurisdictions"] == [
        {"name": "Maine", "kind": "state", "parent": "United States", "ocd_id": None},
        {
            "name": "Portland",
            "kind": "city",
            "parent": "Maine, United States",
            "ocd_id": "ocd-division/country:us/state:me/place:portland",
        },
    ]
    ((suggestion,),) = [document["suggestions"]]
    assert (suggestion["type"], suggestion["date"]) == ("ban", "2020-08-03")
    assert suggestion["jurisdiction"]["name"] == "Portland"


def test_it_stores_nothing(tmp_path, directory):
    (tmp_path / "d06.txt").write_text(PLAIN)
    organisations = Organisation.objects.count()
    read(tmp_path)
    assert not Article.objects.exists()
    assert Organisation.objects.count() == organisations


def test_a_bad_file_is_listed_with_its_problem_and_the_others_are_read(tmp_path, directory):
    (tmp_path / "a.txt").write_text(PLAIN)
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe not text")
    reading, error = read(tmp_path)
    assert error is not None and "1 documents could not be read" in str(error)
    assert len(reading["documents"]) == 1
    (failure,) = reading["failures"]
    assert failure["file"].endswith("b.txt")
    assert "UTF-8" in failure["problem"] and "Traceback" not in failure["problem"]
