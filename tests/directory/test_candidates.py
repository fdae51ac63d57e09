"""Organisations found in the news: stored as candidates, found again, and kept from the public
until staff confirm them or a published action names them."""

import pytest
import yaml
from django.db.models import UniqueConstraint
from django.urls import reverse

from articles.importer import import_documents
from articles.models import Article
from directory.candidates import organisations_for
from directory.loading import load_organisation_directory
from directory.models import Jurisdiction, Organisation, OrganisationAlias, ReviewStatus
from directory.recognition import Candidate
from policies.choices import EditorialState
from policies.participants import public_organisations
from tests.factories import ArticleFactory, OrganisationFactory, ParticipantFactory

pytestmark = pytest.mark.django_db


def test_candidates_are_created_once_with_their_place_and_unique_slugs():
    maine = Jurisdiction.objects.create(name="Maine", slug="maine", kind="state")
    oregon = Jurisdiction.objects.create(name="Oregon", slug="oregon", kind="state")
    in_maine = Candidate("Portland City Council", "government", maine.pk)
    in_oregon = Candidate("Portland City Council", "government", oregon.pk)
    first = organisations_for([in_maine, in_oregon])
    assert first[in_maine] != first[in_oregon]
    created = Organisation.objects.filter(pk__in=first.values()).order_by("slug")
    assert list(created.values_list("slug", "review_status")) == [
        ("portland-city-council", ReviewStatus.CANDIDATE),
        ("portland-city-council-2", ReviewStatus.CANDIDATE),
    ]
    assert organisations_for([in_maine, in_oregon]) == first
    assert Organisation.objects.count() == 2


def test_a_candidate_that_names_a_known_organisation_or_alias_is_that_organisation():
    aclu = OrganisationFactory(name="American Civil Liberties Union")
    aclu.aliases.create(text="ACLU National")
    found = organisations_for([Candidate("ACLU National", "civil_society")])
    assert found == {Candidate("ACLU National", "civil_society"): aclu.pk}


def test_an_import_links_articles_to_the_candidates_it_finds(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Pittsburgh limits police technology\n\nPosted on October 2, 2020\n\n"
        "The Pittsburgh City Council gave final approval to a bill.\n"
    )
    import_documents([tmp_path])
    article = Article.objects.get()
    council = article.organisations.get()
    assert (council.name, council.review_status) == ("Pittsburgh City Council", "candidate")
    import_documents([tmp_path])
    assert Organisation.objects.filter(name="Pittsburgh City Council").count() == 1


def test_a_candidate_is_public_only_once_confirmed_or_named_by_a_published_action():
    candidate = OrganisationFactory(name="Gotham Council", review_status=ReviewStatus.CANDIDATE)
    ArticleFactory().organisations.add(candidate)
    assert candidate not in public_organisations()
    participant = ParticipantFactory(organisation=candidate)
    assert candidate in public_organisations()
    participant.action.state = EditorialState.DRAFT
    participant.action.save()
    assert candidate not in public_organisations()
    candidate.review_status = ReviewStatus.CONFIRMED
    candidate.save()
    assert candidate in public_organisations()


def test_the_organisation_directory_loads_once_and_fills_in_places_later():
    first = load_organisation_directory()
    assert first.created > 100 and first.failed == 0
    assert Organisation.objects.get(slug="garante-italy").jurisdiction is None
    italy = Jurisdiction.objects.create(name="Italy", slug="italy", kind="country", iso_code="IT")
    again = load_organisation_directory()
    assert (again.created, again.failed) == (0, 0)
    assert Organisation.objects.get(slug="garante-italy").jurisdiction == italy
    assert not Organisation.objects.exclude(review_status=ReviewStatus.CONFIRMED).exists()


def test_parliaments_police_forces_and_retailers_are_known_by_the_names_the_news_uses():
    load_organisation_directory()
    known = set(Organisation.objects.values_list("name", flat=True))
    known |= set(OrganisationAlias.objects.values_list("text", flat=True))
    assert {
        "Oireachtas", "Garda Síochána", "Folketing", "Riksdag", "Sejm", "Knesset",
        "Parliament of Canada", "Italian Parliament", "Carabinieri", "Guardia Civil",
        "Macy's", "Kmart", "The Good Guys", "7-Eleven", "9th U.S. Circuit Court of Appeals",
        "Information and Privacy Commissioner of Ontario", "Australia's Privacy Commissioner",
    } <= known  # fmt: skip


def load_one_good_one_refused(tmp_path, good, refused):
    """Load two organisation records (YAML mappings); the second must be refused, naming its
    slug. The failures' text."""
    records = tmp_path / "organisations.yaml"
    records.write_text(f"- {good}\n- {refused}\n")
    counts = load_organisation_directory(records)
    assert (counts.created, counts.failed) == (1, 1)
    refused_slug = yaml.safe_load(refused)["slug"]
    assert refused_slug in str(counts.failures)
    assert not Organisation.objects.filter(slug=refused_slug).exists()
    return str(counts.failures)


def test_an_organisation_record_of_an_unknown_kind_is_refused_by_name(tmp_path):
    failures = load_one_good_one_refused(
        tmp_path,
        "{slug: good, name: Good Org, kind: civil_society, aliases: [Good, GO]}",
        "{slug: odd, name: Odd Org, kind: secret_society}",
    )
    assert "secret_society" in failures
    good = Organisation.objects.get(slug="good")
    assert sorted(good.aliases.values_list("text", flat=True)) == ["GO", "Good"]


def test_an_organisation_record_breaking_a_unique_constraint_is_refused_by_name(
    tmp_path, monkeypatch
):
    """The loader skips re-checking the check constraints, never the others."""
    unique_name = UniqueConstraint(fields=["name"], name="organisation_name_unique")
    monkeypatch.setattr(Organisation._meta, "constraints", [*Organisation._meta.constraints,
                                                            unique_name])  # fmt: skip
    failures = load_one_good_one_refused(
        tmp_path,
        "{slug: first, name: Same Name, kind: civil_society}",
        "{slug: second, name: Same Name, kind: civil_society}",
    )
    assert "Name already exists" in failures


def test_a_place_staff_chose_for_an_organisation_is_kept():
    load_organisation_directory()
    elsewhere = Jurisdiction.objects.create(name="Elsewhere", slug="elsewhere", kind="country")
    Organisation.objects.filter(slug="garante-italy").update(jurisdiction=elsewhere)
    Jurisdiction.objects.create(name="Italy", slug="italy", kind="country", iso_code="IT")
    load_organisation_directory()
    assert Organisation.objects.get(slug="garante-italy").jurisdiction == elsewhere


def test_staff_confirm_and_reject_candidates_in_the_admin(admin_client):
    found = OrganisationFactory(name="Gotham Council", review_status=ReviewStatus.CANDIDATE)
    wrong = OrganisationFactory(name="Tuesday Council", review_status=ReviewStatus.CANDIDATE)
    url = reverse("admin:directory_organisation_changelist")
    listed = admin_client.get(url, {"review_status__exact": "candidate"})
    assert set(listed.context["cl"].result_list) == {found, wrong}
    admin_client.post(url, {"action": "confirm", "_selected_action": [found.pk]})
    admin_client.post(url, {"action": "reject", "_selected_action": [wrong.pk]})
    found.refresh_from_db()
    wrong.refresh_from_db()
    assert (found.review_status, wrong.review_status) == ("confirmed", "rejected")
    assert found.history.count() == 2  # the confirmation is in its history
