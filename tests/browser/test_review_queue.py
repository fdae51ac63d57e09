"""The review queue through the real pages, in Chromium: upload a document, find what the
tracker read in it in the queue, accept it into a draft that quotes the evidence, submit it,
publish it, and see the quote on the public page."""

import re

import pytest
from playwright.sync_api import expect

from policies.models import EditorialState, PolicyAction
from suggestions.models import Suggestion, SuggestionState
from tests.factories import JurisdictionFactory, OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long browser-test password"
EVIDENCE = "The Springfield City Council voted on Tuesday to ban the use of facial recognition."
DOCUMENT = f"""---
title: "Springfield bans facial recognition"
webUrl: "https://news.example/springfield-ban"
publishedDateTime: 2021-02-18T12:00:00Z
provider:
  name: News Example
  domain: news.example
---
{EVIDENCE} The ordinance covers every city department.
"""


@pytest.fixture
def curator(django_user_model, settings, upload_storage):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return django_user_model.objects.create_superuser("curator", password=PASSWORD)


@pytest.fixture
def directory():
    state = JurisdictionFactory(name="Illinois", slug="illinois", kind="state")
    springfield = JurisdictionFactory(
        name="Springfield", slug="springfield", parent=state, population=114_394
    )
    council = OrganisationFactory(
        name="Springfield City Council", kind="government", jurisdiction=springfield
    )
    return springfield, council


def test_a_curator_accepts_a_suggestion_and_publishes_it(
    page, live_server, curator, directory, tmp_path, settings
):  # `directory` holds Springfield and its council, for the import to find
    # One curator walks the whole way here; the second-reviewer rule has its own tests.
    settings.REQUIRE_SECOND_REVIEWER = False
    document = tmp_path / "springfield.md"
    document.write_text(DOCUMENT)
    admin = f"{live_server.url}/admin/"
    page.goto(admin)
    page.fill("#id_username", "curator")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")

    # Upload the news: the import (a background task, run at once in tests) reads it and
    # stores what it reports; the import run's page shows the result.
    page.goto(f"{admin}articles/importrun/upload/")
    page.set_input_files("#id_documents", str(document))
    page.click("input[type=submit]")
    expect(page.locator("#content")).to_contain_text("Imported 1 document: 1 created")

    # The queue shows the suggestion: a ban in Springfield, the evidence marked in its context.
    suggestion = Suggestion.objects.get()
    evidence = suggestion.evidence
    assert evidence in DOCUMENT
    page.goto(f"{admin}suggestions/suggestion/")
    row = page.locator("#result_list tbody tr", has_text="Springfield bans facial recognition")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Ban")
    expect(row).to_contain_text("Springfield")
    expect(row.locator("mark")).to_have_text(evidence)
    row.get_by_role("link", name="Accept…").click()

    # The action form is filled in from it, the quote included; the rest is for the curator.
    expect(page.locator("#source-suggestion")).to_contain_text(evidence)
    expect(page.locator("#id_action_type")).to_have_value("ban")
    expect(page.locator("#id_jurisdiction")).to_have_value(str(suggestion.jurisdiction_id))
    expect(page.locator("#id_date")).to_have_value(suggestion.date.isoformat())
    expect(page.locator("#id_citations-0-quote")).to_have_value(evidence)
    page.fill("#id_title", "Springfield bans facial recognition in city departments")
    page.fill("#id_slug", "springfield-ban-2021")
    page.select_option("#id_scope", "government")
    page.fill("#id_summary", "Springfield bans city departments from using facial recognition.")
    page.select_option("#id_state", "review")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("Suggestion accepted")

    action = PolicyAction.objects.get()
    assert action.state == EditorialState.REVIEW
    assert [(c.article.title, c.quote) for c in action.citations.all()] == [
        ("Springfield bans facial recognition", evidence)
    ]
    suggestion.refresh_from_db()
    assert (suggestion.state, suggestion.action) == (SuggestionState.ACCEPTED, action)

    # Published from the list, it is public with the quote.
    page.goto(f"{admin}policies/policyaction/")
    page.locator("#result_list tbody tr", has_text="Springfield bans").locator(
        "input.action-select"
    ).check()
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")
    expect(page.locator(".messagelist")).to_contain_text("1 action published.")
    page.goto(f"{admin}policies/policyaction/{action.pk}/change/")
    page.get_by_role("link", name="View on site").click()
    expect(page).to_have_url(re.compile(re.escape(action.get_absolute_url()) + "$"))
    expect(page.locator("body")).to_contain_text(evidence)

    # The suggestion's history says who accepted it, into which action.
    page.goto(f"{admin}suggestions/suggestion/{suggestion.pk}/history/")
    expect(page.locator("#change-history")).to_contain_text("Accepted: drafted")
    expect(page.locator("#change-history")).to_contain_text("curator")
