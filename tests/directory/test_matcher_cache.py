"""The directory's matcher is kept in a file between runs and read back while nothing it is
built from has changed; any change staff make gives a matcher built afresh."""

import importlib
import os
import pickle
import py_compile
import sys

import pytest
from django.test import override_settings

from directory import matcher_cache, matching
from directory.models import JurisdictionAlias, Organisation, ReviewStatus
from directory.name_index import NameIndex
from tests.directory.reading_directory import make_matcher
from tests.factories import JurisdictionFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kept(settings, tmp_path, monkeypatch):
    """The cache in a folder of the test's own, kept however small the directory; the builds
    counted."""
    settings.DIRECTORY_MATCHER_CACHE = str(tmp_path / "matchers")
    monkeypatch.setattr(matcher_cache, "WORTH_KEEPING", 0)
    builds = []
    build = matching.matcher_from_rows

    def counted(rows):
        builds.append(rows)
        return build(rows)

    monkeypatch.setattr(matching, "matcher_from_rows", counted)
    return builds


@pytest.fixture
def maine():
    country = JurisdictionFactory(name="United States", slug="us", kind="country", iso_code="US")
    return JurisdictionFactory(
        name="Maine", slug="maine", kind="state", parent=country, iso_code="US-ME"
    )


def places_in(matcher, text):
    return [matcher.name_index.places[pk].name for pk in matcher.read(text).places]


def test_an_unchanged_directory_is_read_back_not_built_again(kept, maine, settings):
    first = matching.build_mention_matcher()
    second = matching.build_mention_matcher()
    assert len(kept) == 1
    assert second is not first and second.version == first.version
    assert places_in(second, "A ban in Maine.") == ["Maine"]
    assert len(list(matcher_cache.cache_folder().glob("*.pickle"))) == 1


def test_an_alias_staff_add_is_read_at_the_next_build(kept, maine):
    assert places_in(matching.build_mention_matcher(), "A ban in Vacationland.") == []
    JurisdictionAlias.objects.create(jurisdiction=maine, text="Vacationland")
    assert places_in(matching.build_mention_matcher(), "A ban in Vacationland.") == ["Maine"]
    assert len(kept) == 2


def test_a_renamed_place_or_a_confirmed_organisation_gives_a_new_matcher(kept, maine):
    candidate = OrganisationFactory(name="Maine Privacy Board", review_status="candidate")
    before = matching.build_mention_matcher()
    maine.name = "State of Maine"
    maine.save()
    renamed = matching.build_mention_matcher()
    assert places_in(renamed, "In the State of Maine.") == ["State of Maine"]
    Organisation.objects.filter(pk=candidate.pk).update(review_status=ReviewStatus.CONFIRMED)
    confirmed = matching.build_mention_matcher()
    assert ("organisation", candidate.pk) in confirmed.find("The Maine Privacy Board voted.")
    assert len({before.version, renamed.version, confirmed.version}) == 3
    assert len(kept) == 3


def test_a_file_that_cannot_be_read_is_built_over(kept, maine, settings):
    matching.build_mention_matcher()
    (path,) = matcher_cache.cache_folder().glob("*.pickle")
    path.write_bytes(b"not a pickle")
    assert places_in(matching.build_mention_matcher(), "In Maine.") == ["Maine"]
    assert len(kept) == 2
    matching.build_mention_matcher()
    assert len(kept) == 2  # the file written over reads back


class Planted:
    """What someone who can write the cache folder would plant: unpickling it runs code."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (str(self.marker),))


@pytest.mark.parametrize("signed_with", ["nothing", "another key"])
def test_a_planted_file_is_built_over_never_unpickled(kept, maine, settings, tmp_path, signed_with):
    matching.build_mention_matcher()
    (path,) = matcher_cache.cache_folder().glob("*.pickle")
    marker = tmp_path / "planted-code-ran"
    payload = pickle.dumps(Planted(marker))
    if signed_with == "another key":
        with override_settings(SECRET_KEY="another-secret-key-" + "x" * 40):
            signature = matcher_cache._hmac()
        signature.update(payload)
        path.write_bytes(signature.digest() + payload)
    else:
        path.write_bytes(payload)
    assert places_in(matching.build_mention_matcher(), "In Maine.") == ["Maine"]
    assert not marker.exists()
    assert len(kept) == 2
    assert not path.read_bytes().endswith(payload)  # written over with a matcher of its own
    matching.build_mention_matcher()
    assert len(kept) == 2  # which reads back


def test_a_new_secret_key_builds_the_matcher_again(kept, maine, settings):
    matching.build_mention_matcher()
    settings.SECRET_KEY = "a-rotated-secret-key-" + "y" * 40
    matching.build_mention_matcher()
    matching.build_mention_matcher()
    assert len(kept) == 2


def _sourceless_package(folder, name, source):
    """A package `name` in `folder` deployed as bytecode alone, as `compileall -b` leaves it
    once the `.py` files are deleted."""
    package = folder / name
    package.mkdir(parents=True, exist_ok=True)
    for module, text in (("__init__", ""), ("rules", source)):
        written = package / f"{module}.py"
        written.write_text(text)
        py_compile.compile(str(written), cfile=str(package / f"{module}.pyc"), doraise=True)
        written.unlink()
    for module in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
        del sys.modules[module]
    importlib.invalidate_caches()


def test_where_only_bytecode_is_deployed_the_bytecode_stands_for_the_code(
    tmp_path, monkeypatch, caplog
):
    monkeypatch.syspath_prepend(str(tmp_path))
    _sourceless_package(tmp_path / "a", "sourceless_rules", "LIMIT = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path / "a"))
    importlib.import_module("sourceless_rules.rules")  # it runs: no source is needed
    first = matcher_cache.code_of("sourceless_rules.rules")
    _sourceless_package(tmp_path / "a", "sourceless_rules", "LIMIT = 1\n")  # compiled again
    assert matcher_cache.code_of("sourceless_rules.rules") == first
    _sourceless_package(tmp_path / "a", "sourceless_rules", "LIMIT = 2\n")
    assert matcher_cache.code_of("sourceless_rules.rules") != first
    assert not caplog.records


def test_a_bytecode_only_deployment_keeps_and_reads_back_its_matcher(
    kept, maine, tmp_path, monkeypatch
):
    _sourceless_package(tmp_path, "sourceless_rules", "LIMIT = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(matcher_cache, "_CODE", (*matcher_cache._CODE, "sourceless_rules.rules"))
    first = matching.build_mention_matcher()
    assert matching.build_mention_matcher().version == first.version
    assert len(kept) == 1
    _sourceless_package(tmp_path, "sourceless_rules", "LIMIT = 2\n")  # a new release
    matching.build_mention_matcher()
    assert len(kept) == 2


def test_code_that_cannot_be_read_is_named_by_the_version_and_said(caplog):
    named = matcher_cache.code_of("directory.no_such_module")
    assert named == matcher_cache.code_of("directory.no_such_module")
    assert b"directory.no_such_module" in named
    assert "cannot be read" in caplog.text


def test_off_keeps_no_file(kept, maine, settings, tmp_path):
    settings.DIRECTORY_MATCHER_CACHE = "off"
    matching.build_mention_matcher()
    matching.build_mention_matcher()
    assert len(kept) == 2
    assert not (tmp_path / "matchers").exists()


def test_a_small_directory_builds_without_a_file(kept, maine, monkeypatch, tmp_path):
    monkeypatch.setattr(matcher_cache, "WORTH_KEEPING", 5_000)
    matching.build_mention_matcher()
    assert not (tmp_path / "matchers").exists()


def test_a_name_index_read_back_from_its_pickle_reads_as_the_original():
    matcher = make_matcher()
    copy = pickle.loads(pickle.dumps(matcher))  # noqa: S301 - made here
    assert isinstance(copy.name_index, NameIndex)
    assert copy.name_index.places == matcher.name_index.places
    assert copy.name_index.organisations == matcher.name_index.organisations
    text = "The Portland City Council in Portland, Maine, and the ACLU of Michigan."
    assert copy.spans(text) == matcher.spans(text)
