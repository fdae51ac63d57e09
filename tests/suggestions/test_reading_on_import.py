"""The real reader at work on import: the directory as its recogniser, actions on record as
matches, and a command that reads again what was imported before."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction

from directory.models import JurisdictionAlias
from suggestions import reader
from suggestions.models import Suggestion
from suggestions.recognising import DirectoryRecords
from suggestions.storing import store_suggestions
from tests.conftest import run_import
from tests.factories import (
    ArticleFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

from .conftest import FixedReader, proposal

pytestmark = pytest.mark.django_db

TITLE = "Springfield bans facial recognition"
EVIDENCE = "The Springfield City Council voted on Tuesday to ban the use of facial recognition."
DOCUMENT = f"""---
title: "{TITLE}"
webUrl: "https://news.example/springfield-ban"
publishedDateTime: 2021-02-18T12:00:00Z
---
{EVIDENCE} The ordinance covers every city department.
"""


@pytest.fixture
def springfield():
    state = JurisdictionFactory(name="Illinois", slug="illinois", kind="state")
    place = JurisdictionFactory(
        name="Springfield", slug="springfield", parent=state, population=114_394
    )
    council = OrganisationFactory(
        name="Springfield City Council", kind="government", jurisdiction=place
    )
    return place, council


def test_a_document_s_recogniser_knows_what_it_names_with_each_place_s_parents(springfield):
    place, council = springfield
    JurisdictionAlias.objects.create(jurisdiction=place, text="Springfield, Ill.")
    elsewhere = JurisdictionFactory(name="Springfield")  # named nowhere in the document
    records = DirectoryRecords()
    records.load([place.pk], [council.pk])
    recogniser = records.recogniser({("jurisdiction", place.pk), ("organisation", council.pk)})
    (found,) = recogniser.places("A vote in Springfield, Ill. on Tuesday.")
    assert (found.record.pk, found.record.parents, found.record.ancestors) == (
        place.pk,
        ("Illinois",),
        (place.parent_id,),
    )
    assert found.record.pk != elsewhere.pk
    (named,) = recogniser.organisations("The Springfield City Council voted.")
    assert named.record.pk == council.pk


def test_an_imported_document_is_read_into_a_suggestion(
    springfield, tmp_path, django_capture_on_commit_callbacks
):
    place, _council = springfield
    (tmp_path / "springfield.md").write_text(DOCUMENT)
    with django_capture_on_commit_callbacks(execute=True):
        run_import(tmp_path)
    suggestion = Suggestion.objects.get()
    assert (suggestion.action_type, suggestion.jurisdiction) == ("ban", place)
    assert (suggestion.date, suggestion.date_precision) == (datetime.date(2021, 2, 16), "day")
    text = f"{TITLE}\n\n{EVIDENCE} The ordinance covers every city department."
    assert suggestion.context_before + suggestion.evidence + suggestion.context_after in text
    assert text.index(suggestion.evidence) == len(suggestion.context_before)
    assert suggestion.reader_version == reader.reader_version()


def test_an_action_saved_on_record_becomes_the_match_of_waiting_suggestions(
    springfield, tmp_path, django_capture_on_commit_callbacks
):
    place, _council = springfield
    (tmp_path / "springfield.md").write_text(DOCUMENT)
    with django_capture_on_commit_callbacks(execute=True):
        run_import(tmp_path)
    with django_capture_on_commit_callbacks(execute=True):
        elsewhere = PolicyActionFactory(date=datetime.date(2021, 2, 16))
        years_later = PolicyActionFactory(jurisdiction=place, date=datetime.date(2024, 2, 16))
    assert Suggestion.objects.get().matched_action is None
    with django_capture_on_commit_callbacks(execute=True):
        on_record = PolicyActionFactory(jurisdiction=place, date=datetime.date(2021, 2, 16))
        assert Suggestion.objects.get().matched_action is None  # not before its rows are saved
    assert Suggestion.objects.get().matched_action == on_record
    assert {elsewhere.pk, years_later.pk}.isdisjoint(
        Suggestion.objects.values_list("matched_action", flat=True)
    )


def test_read_suggestions_reads_what_was_imported_before_and_changes_nothing_the_second_time(
    springfield,
):
    ArticleFactory(title="Springfield bans facial recognition", body=EVIDENCE)
    out = StringIO()
    call_command("read_suggestions", stdout=out)
    assert "Read 1 documents: 1 suggestions created" in out.getvalue()
    first = list(Suggestion.objects.values_list("pk", "fingerprint"))
    out = StringIO()
    call_command("read_suggestions", stdout=out)
    assert "0 suggestions created, 0 refreshed, 0 removed" in out.getvalue()
    assert list(Suggestion.objects.values_list("pk", "fingerprint")) == first


def test_a_company_wide_action_matches_waiting_suggestions_by_the_actors_saved_after_it(
    django_capture_on_commit_callbacks,
):
    ibm, microsoft = OrganisationFactory(name="IBM"), OrganisationFactory(name="Microsoft")
    article = ArticleFactory(title="IBM stops selling facial recognition")
    pledge = proposal(
        action_type="corporate_pledge", jurisdiction_id=None, organisations=((ibm.pk, "actor"),)
    )
    fixed = FixedReader({article.title: [pledge]})
    store_suggestions([article.pk], reader=fixed, match_existing=reader.match_existing)
    date = datetime.date(2021, 2, 16)
    for company in (microsoft, ibm):
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            action = PolicyActionFactory(
                action_type="corporate_pledge", jurisdiction=None, extent="company_wide", date=date
            )
            ParticipantFactory(action=action, organisation=company, role="actor")
    assert Suggestion.objects.get().matched_action == action
