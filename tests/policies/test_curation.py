"""Loading the curated actions in fixtures/: bad records fail alone, with file and slug.

The reference records (places, organisations) are tested in tests/directory/test_loading.py."""

import datetime

import pytest

from directory.loading import load_reference_records
from policies.curation import RecordError, load_curated_actions, parse_partial_date
from policies.dates import DatePrecision
from policies.models import PolicyAction
from tests.conftest import run_import

pytestmark = pytest.mark.django_db


def test_partial_dates_keep_their_precision():
    assert parse_partial_date("2019") == (datetime.date(2019, 1, 1), DatePrecision.YEAR)
    assert parse_partial_date("2019-06") == (datetime.date(2019, 6, 1), DatePrecision.MONTH)
    assert parse_partial_date("2019-06-27") == (datetime.date(2019, 6, 27), DatePrecision.DAY)
    with pytest.raises(RecordError, match="impossible date"):
        parse_partial_date("2021-02-30")
    with pytest.raises(RecordError, match="cannot read the date"):
        parse_partial_date("June 2019")


def test_an_action_citing_an_unimported_article_is_not_created(tmp_path):
    (tmp_path / "jurisdictions.yaml").write_text("- {slug: utopia, name: Utopia, kind: country}\n")
    load_reference_records(tmp_path)
    (tmp_path / "actions.yaml").write_text(
        "- slug: unsourced-ban\n  title: A ban\n  type: ban\n  status: in_force\n"
        "  jurisdiction: utopia\n  scope: government\n  date: 2020-01\n  summary: A ban.\n"
        "  sources: [{url: 'https://news.example/missing'}]\n"
    )
    counts = load_curated_actions(tmp_path)["actions"]
    assert counts.failed == 1
    assert "is not an imported article" in counts.failures[0][1]
    assert not PolicyAction.objects.exists()


def test_records_edited_in_the_database_survive_a_reload(imported_seeds):
    ban = PolicyAction.objects.get(slug="minneapolis-bans-government-facial-recognition-2021")
    ban.summary = "Edited by staff."
    ban.save()
    run_import()
    ban.refresh_from_db()
    assert ban.summary == "Edited by staff."
