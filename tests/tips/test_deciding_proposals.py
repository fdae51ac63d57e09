"""Deciding proposed changes: a proposal is decided once, whoever decides first, with a message
for the editor who comes second; and the queue reads its places in a fixed number of queries."""

import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction

from directory.models import Organisation
from tests.factories import JurisdictionFactory, OrganisationFactory
from tests.tips.test_organisation_changes import QUEUE, decide
from tips.models import ChangeState, OrganisationChange
from tips.proposals import accept, refuse


def proposal(name="Oakland Council", renamed="City of Oakland"):
    organisation = OrganisationFactory(name=name)
    return OrganisationChange.objects.create(
        organisation=organisation, changes={"name": [name, renamed]}
    )


@pytest.mark.django_db
def test_refusing_a_proposal_accepted_meanwhile_is_refused_with_why(django_user_model):
    first, second = (django_user_model.objects.create(username=name) for name in ("ann", "bo"))
    change = proposal()
    as_the_second_saw_it = OrganisationChange.objects.get(pk=change.pk)
    accept(change, first)
    with pytest.raises(ValidationError, match="was already accepted"):
        refuse(as_the_second_saw_it, second)
    change.refresh_from_db()
    assert (change.state, change.decided_by) == (ChangeState.ACCEPTED, first)
    assert Organisation.objects.get(pk=change.organisation_id).name == "City of Oakland"


@pytest.mark.django_db
def test_an_editor_refusing_a_proposal_another_accepted_is_told_so(staff_client):
    change = proposal()
    editor = staff_client("Editor")
    decide(editor, "accept_changes", change)
    page = decide(editor, "refuse_changes", change).content.decode()
    change.refresh_from_db()  # named after the organisation, now renamed
    assert f"“{change}” was already accepted." in page
    assert "Refused 0 changes." in page
    change.refresh_from_db()
    assert change.state == ChangeState.ACCEPTED


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("first, second", [(accept, refuse), (refuse, accept)])
def test_of_two_editors_deciding_at_once_the_second_waits_and_is_told(
    django_user_model, first, second
):
    editors = [django_user_model.objects.create(username=name) for name in ("ann", "bo")]
    change = proposal()
    as_the_second_saw_it = OrganisationChange.objects.get(pk=change.pk)
    decided, release, outcome = threading.Event(), threading.Event(), {}

    def first_editor():
        try:
            with transaction.atomic():  # decided, not yet committed
                first(change, editors[0])
                decided.set()
                release.wait(10)
        finally:
            connection.close()

    def second_editor():
        decided.wait(10)
        try:
            second(as_the_second_saw_it, editors[1])
            outcome["error"] = None
        except ValidationError as exc:
            outcome["error"] = " ".join(exc.messages)
        finally:
            connection.close()

    threads = [threading.Thread(target=first_editor), threading.Thread(target=second_editor)]
    for thread in threads:
        thread.start()
    decided.wait(10)
    time.sleep(0.5)
    assert not outcome, "the second decision did not wait for the first"
    release.set()
    for thread in threads:
        thread.join(30)
    done = "accepted" if first is accept else "refused"
    change.refresh_from_db()
    assert outcome["error"] == f"“{change}” was already {done}."
    assert (change.state, change.decided_by) == (done, editors[0])


@pytest.mark.django_db
def test_the_queue_reads_the_places_proposed_in_one_query_however_many(
    staff_client, django_assert_num_queries
):
    editor = staff_client("Editor")
    places = [JurisdictionFactory(name=f"County {number}") for number in range(7)]

    def queue_with(count):
        OrganisationChange.objects.all().delete()
        for number in range(count):
            OrganisationChange.objects.create(
                organisation=OrganisationFactory(name=f"Council {number}"),
                changes={"jurisdiction": [places[number].pk, places[number + 1].pk]},
            )
        with django_assert_num_queries(QUEUE_QUERIES) as captured:
            page = editor.get(QUEUE).content.decode()
        assert page.count("jurisdiction: County") == count
        return len(captured)

    assert queue_with(2) == queue_with(6)


QUEUE_QUERIES = 8  # the session, the user, the counts, the page of proposals, their places
