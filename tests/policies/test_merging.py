"""Merging organisations: every link moves to the one kept and the old name becomes an alias."""

import pytest
from django.urls import reverse

from directory.models import Organisation
from policies.merging import MERGED_BY_RECEIVERS, MERGED_RELATIONS, merge_organisations
from policies.models import ActionParticipant
from tests.factories import ArticleFactory, OrganisationFactory, ParticipantFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def renamed_company():
    """Meta Platforms and the Facebook record staff created before the rename."""
    meta = OrganisationFactory(name="Meta Platforms", kind="company")
    facebook = OrganisationFactory(name="Facebook", kind="company")
    facebook.aliases.create(text="Facebook Inc.")
    facebook.aliases.create(text="meta platforms")  # already meta's name: not duplicated
    shared = ParticipantFactory(organisation=meta, role="actor").action
    ParticipantFactory(action=shared, organisation=facebook, role="actor")  # same part twice
    ParticipantFactory(action=shared, organisation=facebook, role="target")
    only_facebook = ParticipantFactory(organisation=facebook, role="signatory").action
    both, facebook_only = ArticleFactory(), ArticleFactory()
    both.organisations.set([meta, facebook])
    facebook_only.organisations.set([facebook])
    return meta, facebook, shared, only_facebook, both, facebook_only


def test_a_merge_moves_every_link_and_keeps_the_old_name_as_an_alias(renamed_company, admin_user):
    meta, facebook, shared, only_facebook, both, facebook_only = renamed_company
    facebook_pk = facebook.pk
    assert merge_organisations(meta, [meta, facebook], admin_user) == 1

    assert not Organisation.objects.filter(pk=facebook_pk).exists()
    parts = set(ActionParticipant.objects.values_list("action_id", "organisation_id", "role"))
    assert parts == {
        (shared.pk, meta.pk, "actor"),
        (shared.pk, meta.pk, "target"),
        (only_facebook.pk, meta.pk, "signatory"),
    }
    assert set(meta.articles.all()) == {both, facebook_only}
    assert sorted(meta.aliases.values_list("text", flat=True)) == ["Facebook", "Facebook Inc."]


def test_a_merge_is_recorded_in_the_history_of_what_moved(renamed_company, admin_user):
    meta, facebook, *_ = renamed_company
    facebook_pk = facebook.pk
    merge_organisations(meta, [facebook], admin_user)
    deleted = Organisation.history.filter(id=facebook_pk).latest()
    assert deleted.history_type == "-"
    assert deleted.history_user == admin_user
    assert deleted.history_change_reason == "Merged into “Meta Platforms”"
    moved = ActionParticipant.history.filter(organisation_id=meta.pk, history_type="~")
    assert moved.count() == 2
    assert {row.history_user for row in moved} == {admin_user}


def test_merge_handles_every_relation_an_organisation_has():
    relations = {rel.get_accessor_name() for rel in Organisation._meta.related_objects}
    # `actions` is the many-to-many through participations, moved with them; apps above move
    # their own (`suggestions` through its suggested parts).
    assert relations == MERGED_RELATIONS | MERGED_BY_RECEIVERS | {"actions"}


def test_merging_in_the_admin_asks_which_organisation_to_keep(renamed_company, admin_client):
    meta, facebook, *_ = renamed_company
    changelist = reverse("admin:directory_organisation_changelist")
    selection = {"action": "merge", "_selected_action": [meta.pk, facebook.pk]}
    page = admin_client.post(changelist, selection)
    assert page.status_code == 200
    assert "Choose the one to keep" in page.content.decode()
    counts = {o.name: (o.action_count, o.article_count) for o in page.context["organisations"]}
    assert counts == {"Meta Platforms": (1, 1), "Facebook": (2, 2)}
    response = admin_client.post(changelist, {**selection, "keep": meta.pk}, follow=True)
    assert "Merged 1 organisation into “Meta Platforms”." in response.content.decode()
    assert list(Organisation.objects.all()) == [meta]


def test_the_kept_organisation_s_history_names_what_was_merged_into_it(renamed_company, admin_user):
    meta, facebook, *_ = renamed_company
    oculus = OrganisationFactory(name="Oculus VR", kind="company")
    before = meta.history.count()
    merge_organisations(meta, [facebook, oculus], admin_user)
    rows = meta.history.order_by("history_date", "history_id")[before:]
    assert [(row.history_type, row.history_change_reason) for row in rows] == [
        ("~", "Merged “Facebook” into this organisation"),
        ("~", "Merged “Oculus VR” into this organisation"),
    ]
    assert {row.history_user for row in rows} == {admin_user}
    assert rows[0].name == "Meta Platforms"


def test_the_merge_row_records_the_kept_organisation_as_stored(renamed_company, admin_user):
    meta, facebook, *_ = renamed_company
    meta.name = "An edit never saved"  # the caller's copy, out of step with the database
    merge_organisations(meta, [facebook], admin_user)
    assert Organisation.history.filter(id=meta.pk).latest().name == "Meta Platforms"


def test_the_kept_organisation_s_history_page_shows_the_merge(renamed_company, admin_client):
    meta, facebook, *_ = renamed_company
    changelist = reverse("admin:directory_organisation_changelist")
    admin_client.post(
        changelist,
        {"action": "merge", "_selected_action": [meta.pk, facebook.pk], "keep": meta.pk},
    )
    history = admin_client.get(reverse("admin:directory_organisation_history", args=[meta.pk]))
    assert "Merged “Facebook” into this organisation" in history.content.decode()


def test_merge_reasons_fit_the_history_s_hundred_characters(admin_user):
    keep = OrganisationFactory(name="K" * 200)
    duplicate = OrganisationFactory(name="D" * 200)
    duplicate_pk = duplicate.pk
    merge_organisations(keep, [duplicate], admin_user)
    reasons = [
        keep.history.latest().history_change_reason,
        Organisation.history.filter(id=duplicate_pk).latest().history_change_reason,
    ]
    assert all(len(reason) <= 100 for reason in reasons)
    assert reasons[0].startswith("Merged “DDD") and reasons[0].endswith("…” into this organisation")
