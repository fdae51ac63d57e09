"""Record files: a YAML list of records, each loaded in its own transaction, each failure
named by file and slug while the rest still load."""

import pytest

from core.counts import Counts
from core.records import RecordError, load_record_file, read_records, require
from core.strict_yaml import DocumentError
from directory.models import Organisation


def test_a_missing_file_holds_no_records(tmp_path):
    assert read_records(tmp_path / "nothing.yaml") == []


def test_an_empty_file_holds_no_records(tmp_path):
    (tmp_path / "empty.yaml").write_text("")
    assert read_records(tmp_path / "empty.yaml") == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"slug: one\n", "expected a list of records (- key: value)"),
        (b"- just text\n", "expected a list of records (- key: value)"),
        (b"- {slug: \xff}\n", "not valid UTF-8"),
        (b"- {slug: a, slug: b}\n", "duplicate key 'slug'"),
    ],
)
def test_a_file_that_is_not_a_list_of_records_is_refused_whole(tmp_path, content, problem):
    path = tmp_path / "records.yaml"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as refused:
        read_records(path)
    assert refused.value.source == str(path)
    assert problem in refused.value.problem


def test_require_names_the_missing_key():
    assert require({"slug": "a"}, "slug") == "a"
    for record in ({}, {"slug": ""}, {"slug": None}):
        with pytest.raises(RecordError, match="missing slug"):
            require(record, "slug")


@pytest.mark.django_db
def test_each_record_loads_alone_and_failures_name_the_file_and_slug(tmp_path):
    path = tmp_path / "organisations.yaml"
    path.write_text(
        "- {slug: first, name: First}\n"
        "- {name: No slug}\n"
        "- {slug: broken, name: Broken}\n"
        "- {slug: known, name: Known}\n"
    )

    def create(record):
        # Writes before it fails, so a failure that left its writes behind would show.
        organisation = Organisation.objects.create(
            slug=require(record, "slug"), name=record["name"], kind="company"
        )
        if organisation.slug == "broken":
            raise ValueError("cannot be loaded")
        return organisation.slug != "known"

    counts = load_record_file(path, create, Counts(), "organisation")
    assert counts.as_dict() == {"created": 1, "updated": 0, "unchanged": 1, "failed": 2}
    assert counts.failures == [
        (str(path), "organisation '#2': missing slug"),
        (str(path), "organisation 'broken': cannot be loaded"),
    ]
    assert set(Organisation.objects.values_list("slug", flat=True)) == {"first", "known"}


@pytest.mark.django_db
def test_a_file_refused_whole_is_one_failure(tmp_path):
    path = tmp_path / "organisations.yaml"
    path.write_text("slug: not-a-list\n")
    counts = load_record_file(path, lambda record: True, Counts(), "organisation")
    assert counts.failures == [(str(path), "expected a list of records (- key: value)")]


@pytest.mark.django_db
def test_a_slug_given_twice_in_a_file_fails_the_second_record_naming_the_first(tmp_path):
    path = tmp_path / "organisations.yaml"
    path.write_text(
        "- {slug: garante, name: Garante}\n"
        "- {slug: other, name: Other}\n"
        "- {slug: garante, name: Garante per la protezione dei dati personali}\n"
    )

    def create(record):
        Organisation.objects.create(slug=record["slug"], name=record["name"], kind="regulator")
        return True

    counts = load_record_file(path, create, Counts(), "organisation")
    assert counts.as_dict() == {"created": 2, "updated": 0, "unchanged": 0, "failed": 1}
    assert counts.failures == [
        (str(path), "organisation 'garante': slug already given by record 1"),
    ]
    assert Organisation.objects.get(slug="garante").name == "Garante"
