"""Loading the curated records in fixtures/: bad records fail alone, with file and slug."""

import datetime

import pytest

from directory.loading import load_reference_records
from directory.models import Jurisdiction, Organisation
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


def test_a_bad_record_fails_alone_naming_the_file_and_the_slug(tmp_path):
    (tmp_path / "jurisdictions.yaml").write_text(
        "- {slug: utopia, name: Utopia, kind: country}\n"
        "- {slug: atlantis, name: Atlantis, kind: city, parent: nowhere}\n"
        "- {slug: narnia, name: Narnia, kind: kingdom}\n"
    )
    (tmp_path / "organisations.yaml").write_text(
        "- {slug: ngo, name: An NGO, kind: civil_society}\n"
    )
    counts = load_reference_records(tmp_path)
    assert counts["jurisdictions"].created == 1
    assert counts["jurisdictions"].failed == 2
    problems = [problem for _source, problem in counts["jurisdictions"].failures]
    assert problems[0] == "jurisdiction 'atlantis': unknown parent 'nowhere' (list parents first)"
    assert problems[1].startswith("jurisdiction 'narnia':")
    assert all(
        source.endswith("jurisdictions.yaml") for source, _ in counts["jurisdictions"].failures
    )
    assert list(Jurisdiction.objects.values_list("slug", flat=True)) == ["utopia"]
    assert Organisation.objects.filter(slug="ngo").exists()  # beside the organisation directory


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


def test_a_fixture_file_that_is_not_yaml_is_reported(tmp_path):
    (tmp_path / "organisations.yaml").write_text("- {slug: ngo, name: [unclosed\n")
    counts = load_reference_records(tmp_path)["organisations"]
    assert counts.failed == 1
    source, problem = counts.failures[0]
    assert source.endswith("organisations.yaml")
    assert problem.startswith("invalid YAML, line 2:")


def test_records_edited_in_the_database_survive_a_reload(imported_seeds):
    ban = PolicyAction.objects.get(slug="minneapolis-bans-government-facial-recognition-2021")
    ban.summary = "Edited by staff."
    ban.save()
    run_import()
    ban.refresh_from_db()
    assert ban.summary == "Edited by staff."
