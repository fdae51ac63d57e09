"""The public pages beyond the timeline: places, organisations, records, about and errors."""

import datetime

import pytest
from django.test import override_settings
from django.urls import reverse

from directory.models import Jurisdiction, Organisation
from policies.models import ActionStatus, EditorialState, PolicyAction
from policies.presentation import group_by_month, standing_sentence
from tests.factories import OrganisationFactory, ParticipantFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db


def test_a_jurisdiction_page_says_where_it_stands_by_its_own_actions(imported_seeds, client):
    page = client.get(reverse("policies:jurisdiction-detail", args=["san-francisco"]))
    sentences = [row.sentence for row in page.context["standing"]]
    assert sentences == ["Ban (all government use) in force since 14 May 2019"]


def test_city_bans_are_counted_apart_never_read_as_a_national_ban(imported_seeds, client):
    response = client.get(reverse("policies:jurisdiction-detail", args=["united-states"]))
    own = [row.sentence for row in response.context["standing"]]
    inside = [line.sentence for line in response.context["standing_inside"]]
    assert not any(sentence.startswith("Ban") for sentence in own)
    assert inside[0] == "Bans in force in 4 cities"
    page = response.content.decode()
    assert "In places inside the United States" in page
    assert "?jurisdiction=united-states&amp;type=ban" in page


def test_a_state_with_only_city_bans_says_it_has_none_of_its_own(imported_seeds, client):
    response = client.get(reverse("policies:jurisdiction-detail", args=["california"]))
    assert response.context["standing"] == []
    assert "California itself has no ban, moratorium, bill or ruling on record." in (
        response.content.decode()
    )
    assert [line.sentence for line in response.context["standing_inside"]] == [
        "Bans in force in 2 cities"
    ]


def test_a_jurisdiction_page_counts_actions_inside_each_child(imported_seeds, client):
    page = client.get(reverse("policies:jurisdiction-detail", args=["united-states"]))
    totals = {child.slug: child.action_total for child in page.context["children"]}
    assert totals["california"] == 2
    assert totals["minnesota"] == 1


def test_a_jurisdiction_timeline_is_grouped_by_month(imported_seeds, client):
    page = client.get(reverse("policies:jurisdiction-detail", args=["california"]))
    years = page.context["groups"]
    assert [year.label for year in years] == ["2019"]
    assert [month.label for month in years[0].months] == ["July 2019", "May 2019"]


def test_standing_sentences_read_naturally():
    expired = PolicyAction(
        action_type="moratorium", scope="law_enforcement", status=ActionStatus.EXPIRED,
        date=datetime.date(2020, 6, 10), expiry_date=datetime.date(2021, 6, 10),
    )  # fmt: skip
    assert (
        standing_sentence(expired) == "Moratorium (police and law enforcement) expired 10 June 2021"
    )
    proposed = PolicyAction(
        action_type="bill", scope="government", status=ActionStatus.PROPOSED,
        date=datetime.date(2021, 2, 1), date_precision="month",
    )  # fmt: skip
    assert standing_sentence(proposed) == "Bill (all government use) proposed February 2021"


def test_a_lapsed_bill_is_dated_by_its_introduction_not_said_to_lapse_then():
    lapsed = PolicyAction(
        action_type="bill", scope="law_enforcement", status=ActionStatus.LAPSED,
        date=datetime.date(2020, 6, 8),
    )  # fmt: skip
    assert (
        standing_sentence(lapsed)
        == "Bill (police and law enforcement), introduced 8 June 2020: lapsed"
    )


def test_a_moratorium_past_its_expiry_date_shows_as_expired():
    moratorium = PolicyAction(
        action_type="moratorium", scope="law_enforcement", status=ActionStatus.IN_FORCE,
        date=datetime.date(2020, 6, 10), expiry_date=datetime.date(2021, 6, 10),
    )  # fmt: skip
    assert moratorium.shown_status == ActionStatus.EXPIRED
    assert moratorium.get_shown_status_display() == "Expired"
    assert standing_sentence(moratorium) == (
        "Moratorium (police and law enforcement) expired 10 June 2021"
    )
    moratorium.expiry_date = datetime.date.today() + datetime.timedelta(days=30)
    assert moratorium.shown_status == ActionStatus.IN_FORCE  # an extension is a later date


def test_amazons_lapsed_moratorium_reads_expired_and_keeps_its_notes_private(
    imported_seeds, client
):
    action = PolicyAction.objects.get(slug="amazon-one-year-moratorium-rekognition-police-2020")
    assert "extended the moratorium" in action.notes
    page = client.get(action.get_absolute_url()).content.decode()
    assert '<span class="status status-expired">Expired</span>' in page
    assert "<dt>Expired</dt>" in page
    assert "Enacted / in force" not in page
    assert "Set to expire" not in page
    assert action.notes not in page
    assert "no imported source" not in page.lower()


def test_year_precision_actions_are_grouped_as_sometime_in_the_year():
    actions = [
        PolicyAction(date=datetime.date(2019, 6, 1), date_precision="month"),
        PolicyAction(date=datetime.date(2019, 1, 1), date_precision="year"),
        PolicyAction(date=datetime.date(2018, 3, 4), date_precision="day"),
    ]
    groups = group_by_month(actions)
    assert [(y.label, [m.label for m in y.months]) for y in groups] == [
        ("2019", ["June 2019", "Sometime in 2019"]),
        ("2018", ["March 2018"]),
    ]


def test_the_organisation_list_counts_roles_from_published_actions(imported_seeds, client):
    draft = PolicyActionFactory(state=EditorialState.DRAFT, slug="draft")
    ParticipantFactory(action=draft, organisation=OrganisationFactory(name="Only In A Draft"))
    ParticipantFactory(action=draft, organisation=Organisation.objects.get(slug="aclu"))
    response = client.get(reverse("policies:organisation-list"))
    organisations = {o.slug: o for o in response.context["organisations"]}
    aclu = organisations["aclu"]
    assert (aclu.action_count, aclu.actor_count, aclu.signatory_count) == (2, 2, 1)
    assert aclu.mention_count > 0
    assert "Only In A Draft" not in response.content.decode()
    assert "<h2" in response.content.decode()  # grouped by kind


def test_an_organisation_page_lists_each_action_once_with_its_roles(imported_seeds, client):
    response = client.get(reverse("policies:organisation-detail", args=["white-house"]))
    assert [(a.slug, roles) for a, roles in response.context["actions"]] == [
        ("coalition-letter-asks-biden-to-halt-federal-facial-recognition-2021", "recipient")
    ]
    aclu = client.get(reverse("policies:organisation-detail", args=["aclu"]))
    letters = [roles for a, roles in aclu.context["actions"] if a.action_type == "letter"]
    assert letters == ["sender, signatory"]
    assert aclu.context["action_total"] == len(aclu.context["actions"]) == 2


def test_an_action_page_shows_roles_sources_and_a_citation(imported_seeds, client):
    action = PolicyAction.objects.get(
        slug="coalition-letter-asks-biden-to-halt-federal-facial-recognition-2021"
    )
    response = client.get(action.get_absolute_url())
    page = response.content.decode()
    assert [
        (heading, [o.slug for o in organisations])
        for heading, organisations in response.context["roles"]
    ][::2] == [("Sent and signed by", ["aclu"]), ("Addressed to", ["white-house"])]
    assert [heading for heading, _ in response.context["roles"]][1] == "Signed by"
    assert page.count('href="/organisations/aclu/"') == 1
    assert "Targeted by" not in page
    assert '<time datetime="2021-02-17">17 February 2021</time>' in page
    assert "Cite this record" in page
    assert f'<link rel="canonical" href="http://testserver{action.get_absolute_url()}">' in page
    assert "CC BY 4.0" in page


def test_a_month_precision_date_is_marked_as_such(imported_seeds, client):
    action = PolicyAction.objects.get(
        slug="utah-bill-regulating-government-facial-recognition-2021"
    )
    page = client.get(action.get_absolute_url()).content.decode()
    assert '<time datetime="2021-02">February 2021</time>' in page
    assert "(known to the month)" in page


def test_the_about_page_explains_curation_corrections_and_licence(client):
    page = client.get(reverse("policies:about")).content.decode()
    for anchor in ('id="what"', 'id="curation"', 'id="corrections"', 'id="licence"'):
        assert anchor in page
    assert "CC BY 4.0" in page


@override_settings(CORRECTIONS_EMAIL="fixes@tracker.example.org")
def test_the_about_page_gives_the_corrections_address_when_set(client):
    page = client.get(reverse("policies:about")).content.decode()
    assert 'href="mailto:fixes@tracker.example.org"' in page


@override_settings(DEBUG=False)
def test_a_missing_page_is_a_404_in_the_sites_style(client):
    response = client.get("/actions/does-not-exist/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "find that page" in page
    assert 'href="/jurisdictions/"' in page


def test_the_500_page_renders_without_a_request_context():
    from django.template.loader import get_template

    html = get_template("500.html").render({})
    assert "Something went wrong on our side" in html


def test_navigation_marks_the_current_section(client, db):
    page = client.get(reverse("policies:organisation-list")).content.decode()
    assert 'href="/organisations/" aria-current="page"' in page


def test_jurisdictions_with_only_drafts_are_not_filter_choices(client):
    hidden = Jurisdiction.objects.create(name="Nowhere Town", slug="nowhere", kind="city")
    PolicyActionFactory(jurisdiction=hidden, state=EditorialState.REVIEW)
    PolicyActionFactory()
    assert "Nowhere Town" not in client.get("/").content.decode()


def test_an_organisation_named_only_on_drafts_is_nowhere_public(imported_seeds, client):
    hidden = OrganisationFactory(name="Shadow Vendor", slug="shadow-vendor")
    for state in (EditorialState.DRAFT, EditorialState.REVIEW):
        ParticipantFactory(action=PolicyActionFactory(state=state), organisation=hidden)
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get("/feeds/organisations/shadow-vendor.atom").status_code == 404
    for url in (
        "/",
        reverse("policies:organisation-list"),
        reverse("news:article-list"),
        "/api/organisations/",
        "/sitemap-organisations.xml",
    ):
        assert b"Shadow Vendor" not in client.get(url).content, url
        assert b"shadow-vendor" not in client.get(url).content, url
