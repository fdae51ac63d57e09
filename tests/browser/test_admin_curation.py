"""A curator's main path through the real admin pages, in Chromium: sign in, find an article in
the review queue, start a draft action from it, submit it, publish it, see it on the site."""

import re

import pytest
from playwright.sync_api import expect

from policies.models import EditorialState, PolicyAction
from tests.factories import ArticleFactory, JurisdictionFactory, OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long browser-test password"


@pytest.fixture
def curator(django_user_model, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return django_user_model.objects.create_superuser("curator", password=PASSWORD)


@pytest.fixture
def waiting_article():
    place = JurisdictionFactory(name="Portland", slug="portland")
    council = OrganisationFactory(name="Portland City Council")
    article = ArticleFactory(title="Portland passes the strictest ban yet")
    article.jurisdictions.set([place])
    article.organisations.set([council])
    return article


def test_a_curator_turns_an_article_into_a_published_action(
    page, live_server, curator, waiting_article, settings
):
    # One curator walks the whole way here; the second-reviewer rule has its own tests.
    settings.REQUIRE_SECOND_REVIEWER = False
    admin = f"{live_server.url}/admin/"
    page.goto(admin)
    page.fill("#id_username", "curator")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_contain_text("Policy Tracker curation")

    # The review queue shows the article no action cites yet.
    page.goto(f"{admin}articles/article/?queue=unreviewed")
    row = page.locator("#result_list tbody tr", has_text=waiting_article.title)
    expect(row).to_have_count(1)
    row.get_by_role("link", name="New action").click()

    # The add form cites the article and offers what it mentions.
    expect(page.locator("#source-article")).to_contain_text("Portland City Council")
    expect(page.locator("#id_title")).to_have_value(waiting_article.title)
    expect(page.locator("#id_slug")).not_to_have_value("")  # prepopulated by the admin's JS
    page.select_option("#id_action_type", "ban")
    page.select_option("#id_status", "in_force")
    page.select_option("#id_scope", "private_sector")
    page.fill("#id_summary", "Portland bans private and public use of facial recognition.")
    page.fill("#id_date", "2020-09-09")
    page.fill("#id_citations-0-quote", "the strictest ban yet")
    page.select_option("#id_participants-0-role", "actor")
    page.select_option("#id_state", "review")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    action = PolicyAction.objects.get()
    assert action.state == EditorialState.REVIEW
    assert list(action.sources.all()) == [waiting_article]
    assert [p.organisation.name for p in action.participants.all()] == ["Portland City Council"]

    # Published from the list with the bulk action, it appears on the public timeline.
    page.goto(f"{admin}policies/policyaction/")
    page.locator("#result_list tbody tr", has_text=waiting_article.title).locator(
        "input.action-select"
    ).check()
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")
    expect(page.locator(".messagelist")).to_contain_text("1 action published.")

    page.goto(f"{admin}policies/policyaction/{action.pk}/change/")
    page.get_by_role("link", name="View on site").click()
    expect(page).to_have_url(re.compile(re.escape(action.get_absolute_url()) + "$"))
    expect(page.locator("body")).to_contain_text("the strictest ban yet")

    # And the history page says who published it.
    page.goto(f"{admin}policies/policyaction/{action.pk}/history/")
    expect(page.locator("#change-history")).to_contain_text("Published")
    expect(page.locator("#change-history")).to_contain_text("curator")
