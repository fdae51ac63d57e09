"""The directory's matcher is kept in a file between runs and read back while nothing it is
built from has changed; any change staff make gives a matcher built afresh."""

import pickle

import pytest

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
    assert pickle.loads(path.read_bytes()).version  # noqa: S301 - the test's own file == matching.build_mention_matcher().version


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
