"""The database writes the JSON download's values as Python's JSON encoder would: its quoting
of text, its dates as people read them, and a table member it cannot read is named."""

import datetime
import json

import pytest
from django.db.models import CharField, DateField, Value
from django.db.models.functions import Cast
from django.test import RequestFactory

from directory.models import Jurisdiction
from opendata import record
from opendata.exports import SiteLinks
from opendata.json_download import JsonDownload
from opendata.json_sql import DateDisplay, JsonString
from opendata.record import TEXT, Member
from policies.dates import DatePrecision, format_partial_date
from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db

# Every code point below U+0300 (control characters, quotes, backslashes, Latin-1, the DEL),
# the line and paragraph separators, a byte-order mark and one beyond the BMP. PostgreSQL
# cannot hold NUL in text.
CODE_POINTS = [*range(1, 0x300), 0x2028, 0x2029, 0xFEFF, 0x1F600]


def database_writes(expression):
    JurisdictionFactory()
    rows = Jurisdiction.objects.annotate(written=expression).values_list("written", flat=True)
    return rows[:1].get()


def test_the_database_quotes_text_as_json_dumps_does():
    text = "".join(f"<{chr(point)}>" for point in CODE_POINTS)
    written = database_writes(JsonString(Value(text, output_field=CharField())))
    assert written == json.dumps(text, ensure_ascii=False)


# Every month; days of one digit and of two, the first and the last.
DAYS = (1, 9, 10, 28) * 3
DATES = [datetime.date(2021, month, day) for month, day in zip(range(1, 13), DAYS, strict=True)]


@pytest.mark.parametrize("precision", DatePrecision.values)
def test_the_database_writes_a_date_as_people_read_it_at_its_precision(precision):
    for date in DATES:
        written = database_writes(
            DateDisplay(Value(date, output_field=DateField()), Value(precision))
        )
        assert written == format_partial_date(date, precision)


def test_a_member_that_is_not_a_field_without_sql_is_named():
    links = SiteLinks(RequestFactory().get("/").build_absolute_uri)
    members = (*record.MEMBERS, Member("shouting", "title.upper()", TEXT))
    places = Jurisdiction.objects.values("pk")
    with pytest.raises(ValueError, match="shouting: no sql"):
        JsonDownload(members, links, places, alias="default")


def test_the_database_writes_no_date_as_people_read_it():
    no_date = Cast(Value(None), DateField())  # a column's NULL, typed as PostgreSQL needs
    written = database_writes(DateDisplay(no_date, Value(DatePrecision.DAY)))
    assert written == format_partial_date(None, DatePrecision.DAY) == "Date unknown"
