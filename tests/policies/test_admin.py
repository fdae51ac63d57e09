"""The policy action admin: the list, the form's publishing rules, bulk workflow actions and
starting an action from an article."""

import datetime

import pytest
from django.urls import reverse

from policies.models import EditorialState, PolicyAction
from tests.admin_forms import action_form_data
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:policies_policyaction_changelist")
ADD = reverse("admin:policies_policyaction_add")


def change_url(action):
    return reverse("admin:policies_policyaction_change", args=[action.pk])


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def editor_client(staff_client):
    return staff_client("Editor")


def test_the_list_shows_type_place_date_state_and_number_of_sources(admin_client):
    action = PolicyActionFactory(title="Springfield ban", date=datetime.date(2020, 6, 1))
    action.date_precision = "month"
    action.save()
    CitationFactory(action=action)
    CitationFactory(action=action)
    response = admin_client.get(CHANGELIST, {"q": "Springfield"})
    row = response.context["cl"].result_list[0]
    assert row.source_count == 2
    page = response.content.decode()
    assert "June 2020" in page
    assert "Ban" in page
    assert "Published" in page
    assert str(action.jurisdiction) in page


def test_search_finds_actions_by_organisation_alias(admin_client):
    action = PolicyActionFactory(title="Pledge by a renamed company")
    organisation = OrganisationFactory(name="Meta Platforms")
    organisation.aliases.create(text="Facebook")
    action.participants.create(organisation=organisation, role="actor")
    response = admin_client.get(CHANGELIST, {"q": "Facebook"})
    assert list(response.context["cl"].result_list) == [action]


def test_published_actions_have_a_view_on_site_link_and_drafts_do_not(admin_client):
    published = PolicyActionFactory()
    draft = PolicyActionFactory(state=EditorialState.DRAFT)
    assert published.get_absolute_url() in admin_client.get(change_url(published)).content.decode()
    assert "View on site" not in admin_client.get(change_url(draft)).content.decode()


def test_publishing_in_the_form_without_sources_is_refused_and_nothing_is_published(
    editor_client,
):
    action = PolicyActionFactory(state=EditorialState.REVIEW)
    data = action_form_data(action, state="published")
    response = editor_client.post(change_url(action), data)
    assert response.status_code == 200
    assert "A published action must cite at least one source." in response.content.decode()
    action.refresh_from_db()
    assert action.state == EditorialState.REVIEW


def test_publishing_in_the_form_without_a_date_is_refused_at_the_date(editor_client, settings):
    settings.REQUIRE_SECOND_REVIEWER = False  # the rule below would refuse first, at the state
    action = PolicyActionFactory(state=EditorialState.REVIEW)
    article = ArticleFactory()
    data = action_form_data(action, state="published", date="", citations=[(article, "")])
    response = editor_client.post(change_url(action), data)
    assert response.context["adminform"].form.errors["date"] == ["A published action needs a date."]
    action.refresh_from_db()
    assert action.state == EditorialState.REVIEW


def test_an_editor_publishes_in_the_form_with_a_source_added_in_the_same_save(
    editor_client, settings
):
    settings.REQUIRE_SECOND_REVIEWER = False
    action = PolicyActionFactory(state=EditorialState.REVIEW)
    article = ArticleFactory()
    data = action_form_data(action, state="published", citations=[(article, "It passed.")])
    response = editor_client.post(change_url(action), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    action.refresh_from_db()
    assert action.state == EditorialState.PUBLISHED
    assert action.citations.get().quote == "It passed."
    assert action.history.latest().history_change_reason == "Published"


def test_removing_the_last_source_of_a_published_action_is_refused(editor_client):
    action = PolicyActionFactory()
    CitationFactory(action=action)
    response = editor_client.post(change_url(action), action_form_data(action, citations=[]))
    assert "A published action must cite at least one source." in response.content.decode()
    assert action.citations.count() == 1


def test_a_draft_cannot_jump_to_published_in_the_form(editor_client):
    action = PolicyActionFactory(state=EditorialState.DRAFT)
    CitationFactory(action=action)
    response = editor_client.post(change_url(action), action_form_data(action, state="published"))
    assert "state" in response.context["adminform"].form.errors
    action.refresh_from_db()
    assert action.state == EditorialState.DRAFT


def bulk(client, action_name, actions):
    return client.post(
        CHANGELIST,
        {"action": action_name, "_selected_action": [a.pk for a in actions]},
        follow=True,
    )


def test_bulk_publish_publishes_the_ready_and_names_each_refused_one(editor_client):
    ready = PolicyActionFactory(state=EditorialState.REVIEW, title="Ready ban")
    CitationFactory(action=ready)
    uncited = PolicyActionFactory(state=EditorialState.REVIEW, title="Uncited ban")
    undated = PolicyActionFactory(state=EditorialState.REVIEW, title="Undated ban", date=None)
    CitationFactory(action=undated)
    draft = PolicyActionFactory(state=EditorialState.DRAFT, title="Draft ban")
    response = bulk(editor_client, "publish", [ready, uncited, undated, draft])
    notes = messages_of(response)
    assert "1 action published." in notes
    assert (
        "“Uncited ban” cannot be published. A published action must cite at least one source."
        in notes
    )
    assert "“Undated ban” cannot be published. A published action needs a date." in notes
    assert "“Draft ban” cannot go from draft to published: submit it for review first." in notes
    states = dict(PolicyAction.objects.values_list("title", "state"))
    assert states == {
        "Ready ban": "published",
        "Uncited ban": "review",
        "Undated ban": "review",
        "Draft ban": "draft",
    }


# session, user, the editor's permissions (2), the selection with each action's source count,
# and what the change list around it reads (2 counts, 2 organisation filter choices)
BULK_PUBLISH_QUERIES = 9
# each publication is saved on its own: savepoint, update, history row, the public data
# version, release
QUERIES_PER_PUBLISHED_ACTION = 5


def test_bulk_publish_counts_the_sources_of_every_action_in_one_query(
    editor_client, django_assert_num_queries
):
    editor_client.get(CHANGELIST)
    for selected in (2, 5):
        actions = PolicyActionFactory.create_batch(selected, state=EditorialState.REVIEW)
        for action in actions:
            CitationFactory(action=action)
        expected = BULK_PUBLISH_QUERIES + QUERIES_PER_PUBLISHED_ACTION * selected
        selection = {"action": "publish", "_selected_action": [a.pk for a in actions]}
        with django_assert_num_queries(expected) as captured:
            editor_client.post(CHANGELIST, selection)
        reading_citations = [q for q in captured if "policies_citation" in q["sql"]]
        assert len(reading_citations) == 1
        published = PolicyAction.objects.published().filter(pk__in=selection["_selected_action"])
        assert published.count() == selected


def test_bulk_submit_and_unpublish_write_a_history_row_per_action(editor_client):
    drafts = PolicyActionFactory.create_batch(3, state=EditorialState.DRAFT)
    bulk(editor_client, "submit_for_review", drafts)
    for action in drafts:
        latest = action.history.latest()
        assert latest.state == "review"
        assert latest.history_user.username == "editor"
        assert latest.history_change_reason == "Submitted for review"
    published = PolicyActionFactory.create_batch(2)
    notes = messages_of(bulk(editor_client, "unpublish", published))
    assert "2 actions unpublished." in notes
    for action in published:
        assert action.history.latest().history_change_reason == "Unpublished"
        assert action.history.count() == 2  # created, unpublished


def test_starting_an_action_from_an_article_cites_it_and_offers_what_it_mentions(admin_client):
    state = JurisdictionFactory(name="Massachusetts", kind="state")
    city = JurisdictionFactory(name="Somerville", parent=state)
    aclu = OrganisationFactory(name="ACLU of Massachusetts")
    council = OrganisationFactory(name="Somerville City Council")
    article = ArticleFactory(title="Somerville bans face surveillance")
    article.jurisdictions.set([state, city])
    article.organisations.set([aclu, council])

    response = admin_client.get(ADD, {"from_article": article.pk})
    page = response.content.decode()
    form = response.context["adminform"].form
    assert form.initial["title"] == "Somerville bans face surveillance"
    assert form.initial["jurisdiction"] == city.pk  # the most specific place
    formsets = {f.formset.prefix: f.formset for f in response.context["inline_admin_formsets"]}
    assert [f.initial for f in formsets["citations"].forms] == [
        {"article": article.pk, "quote": ""}
    ]
    assert [f.initial["organisation"] for f in formsets["participants"].forms] == [
        aclu.pk,
        council.pk,
    ]
    assert "Starting from an article" in page
    assert "Somerville, Massachusetts" in page

    # Saved with a role for the council only: the article is cited, ACLU's row is dropped.
    data = action_form_data(
        title="Somerville bans government face surveillance",
        slug="somerville-ban",
        jurisdiction=city.pk,
        summary="The city council banned government use.",
        date="2019-06-27",
        citations=[(article, "")],
        participants=[(aclu, ""), (council, "actor")],
    )
    data["participants-INITIAL_FORMS"] = "0"
    response = admin_client.post(f"{ADD}?from_article={article.pk}", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    action = PolicyAction.objects.get(slug="somerville-ban")
    assert action.state == EditorialState.DRAFT
    assert list(action.sources.all()) == [article]
    assert [(p.organisation, p.role) for p in action.participants.all()] == [(council, "actor")]


def test_unpublishing_in_the_form_is_recorded_as_such(editor_client):
    action = PolicyActionFactory()
    CitationFactory(action=action)
    response = editor_client.post(change_url(action), action_form_data(action, state="draft"))
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.state == EditorialState.DRAFT
    assert action.history.latest().history_change_reason == "Unpublished"


@pytest.mark.parametrize(
    ("model_name", "field_name", "make", "label"),
    [
        ("citation", "article", lambda n: ArticleFactory(title=f"Story {n}"), "Story"),
        (
            "actionparticipant",
            "organisation",
            lambda n: OrganisationFactory(name=f"Org {n}"),
            "Org",
        ),
        ("policyaction", "jurisdiction", lambda n: JurisdictionFactory(name=f"Town {n}"), "Town"),
    ],
)
def test_autocomplete_answers_contributors_in_a_stable_order(
    staff_client, model_name, field_name, make, label
):
    for n in (3, 1, 2):
        make(n)
    response = staff_client("Contributor").get(
        "/admin/autocomplete/",
        {
            "app_label": "policies",
            "model_name": model_name,
            "field_name": field_name,
            "term": label,
        },
    )
    assert response.status_code == 200
    texts = [result["text"] for result in response.json()["results"]]
    assert len(texts) == 3
    assert texts == sorted(texts)


# session, user, the editor's permissions (2), the action, its participants with their
# organisations, its citations with their articles, its jurisdiction (the autocomplete's choice)
CHANGE_FORM_QUERIES = 8


def test_the_change_form_makes_as_many_queries_for_many_rows_as_for_one(
    editor_client, django_assert_num_queries
):
    action = PolicyActionFactory(state=EditorialState.DRAFT)
    editor_client.get(change_url(action))
    for rows in (1, 10):
        while action.citations.count() < rows:
            CitationFactory(action=action)
            ParticipantFactory(action=action)
        with django_assert_num_queries(CHANGE_FORM_QUERIES):
            html = editor_client.get(change_url(action)).content.decode()
        # Each row still shows what it has chosen, by name.
        chosen = [(c.article_id, c.article.title) for c in action.citations.all()]
        chosen += [(p.organisation_id, p.organisation.name) for p in action.participants.all()]
        assert len(chosen) == 2 * rows
        for pk, name in chosen:
            assert f'<option value="{pk}" selected>{name}</option>' in html
