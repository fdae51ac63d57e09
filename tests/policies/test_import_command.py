"""`manage.py import_seeds` on the real seed documents and on bad input."""

import datetime
import gc
import shutil

import pytest
from django.core.management.base import CommandError

from articles.importer import import_documents
from articles.models import Article, ArticleOrigin, ImportRun, Provider
from directory.models import Jurisdiction, Organisation
from policies.models import (
    ActionExtent,
    ActionStatus,
    ActionType,
    Citation,
    EditorialState,
    PolicyAction,
)
from tests.conftest import SEEDS, run_import

pytestmark = pytest.mark.django_db

BIDEN_LETTER = "coalition-letter-asks-biden-to-halt-federal-facial-recognition-2021"
AMAZON_MORATORIUM = "amazon-one-year-moratorium-rekognition-police-2020"


def test_importing_the_seeds_creates_every_document_and_related_article(imported_seeds):
    out, err = imported_seeds
    assert "Imported 5 documents: 5 created, 0 updated, 0 unchanged, 0 failed." in out
    assert "25 related articles added" in out
    assert err == ""
    assert Article.objects.filter(origin=ArticleOrigin.DOCUMENT).count() == 5
    assert Article.objects.filter(origin=ArticleOrigin.RELATED).count() == 25


def test_related_items_are_linked_to_the_article_that_lists_them(imported_seeds):
    aclu_release = Article.objects.get(url__contains="aclu-civil-rights-groups-call-biden")
    related = [relation.related for relation in aclu_release.relations.order_by("position")]
    assert len(related) == 14
    assert related[0].url.endswith(
        "coalition-letter-president-biden-use-facial-recognition-technology"
    )
    assert related[0].provider.name == "The Hill"


def test_amp_and_cdn_addresses_are_known_as_the_same_article(imported_seeds):
    article = Article.objects.get(url__contains="gizchina.com")
    urls = set(article.urls.values_list("url", flat=True))
    assert any(url.endswith("/amp/") and "cdn.ampproject.org" not in url for url in urls)
    assert any("cdn.ampproject.org" in url for url in urls)


def test_a_related_item_named_by_its_amp_address_joins_the_existing_article(tmp_path, db):
    run_import()
    amp_only = tmp_path / "amp.txt"
    amp_only.write_text(
        '---\ntitle: "Roundup"\nwebUrl: "https://roundup.example/today"\nrelated:\n'
        '  - title: "Minneapolis ban, AMP copy"\n'
        '    webUrl: "https://www-gizchina-com.cdn.ampproject.org/c/s/www.gizchina.com/2021/02/16/'
        'no-facial-recognition-technology-can-be-used-in-minnesota/amp/"\n---\n'
    )
    before = Article.objects.count()
    run_import(amp_only, no_curated=True)
    assert Article.objects.count() == before + 1  # the roundup only
    roundup = Article.objects.get(url="https://roundup.example/today")
    assert (
        roundup.related_articles.get().title
        == "No Facial Recognition Technology Can Be Used In Minnesota"
    )


def test_articles_are_linked_to_the_organisations_they_mention(imported_seeds):
    def mentioned(slug):
        return set(Organisation.objects.get(slug=slug).articles.values_list("title", flat=True))

    aclu_release = (
        "ACLU, Civil Rights Groups Call on Biden to Halt Federal Use of Facial Recognition "
        "Technology"
    )
    assert aclu_release in mentioned("aclu")
    assert "Civil society to Biden administration: halt facial recognition technology" in mentioned(
        "access-now"
    )
    assert any(
        title.startswith("The ACLU says Amazon's 1-year suspension")
        for title in mentioned("amazon")
    )
    assert "IBM is canceling its facial recognition programs" in mentioned("ibm")
    assert "IBM is canceling its facial recognition programs" not in mentioned("amazon")


def test_articles_are_linked_to_the_jurisdictions_they_mention(imported_seeds):
    minneapolis = Jurisdiction.objects.get(slug="minneapolis")
    titles = set(minneapolis.articles.values_list("title", flat=True))
    assert "No Facial Recognition Technology Can Be Used In Minnesota" in titles
    assert (
        Jurisdiction.objects.get(slug="france")
        .articles.filter(title__startswith="French watchdog")
        .exists()
    )


def test_the_plain_post_without_a_year_is_imported_undated_and_flagged(imported_seeds):
    article = Article.objects.get(title__startswith="Ban biometric surveillance")
    assert article.published_at is None
    assert article.date_needs_review is True
    assert Article.objects.needing_date_review().count() == 1


def test_feed_metadata_is_kept_including_the_feeds_own_published_flag(imported_seeds):
    usa_today = Article.objects.get(url__contains="usatoday.com")
    assert (usa_today.quality, usa_today.heat, usa_today.feed_published) == (54, 64, True)
    assert usa_today.feed_metadata["category"] == "news"
    assert usa_today.source_file == "seeds/004_0d630b348f8e7dfc.txt"
    assert usa_today.content_hash and len(usa_today.content_hash) == 64
    assert set(usa_today.topics.values_list("name", flat=True)) == {"AI", "Computer Vision"}
    assert Provider.objects.get(domain="usatoday.com").name == "USA Today"


def test_the_curated_actions_are_published_with_their_citations(imported_seeds):
    published = PolicyAction.objects.published()
    assert published.count() == 15
    assert not PolicyAction.objects.exclude(state=EditorialState.PUBLISHED).exists()
    assert not published.filter(citations__isnull=True).exists()
    assert set(published.values_list("action_type", flat=True)) >= {
        ActionType.BAN, ActionType.MORATORIUM, ActionType.LETTER, ActionType.BILL,
        ActionType.CORPORATE_PLEDGE, ActionType.ENFORCEMENT, ActionType.CAMPAIGN,
    }  # fmt: skip


def test_the_minneapolis_ban_has_its_date_place_and_evidence(imported_seeds):
    ban = PolicyAction.objects.get(slug="minneapolis-bans-government-facial-recognition-2021")
    assert ban.action_type == ActionType.BAN
    assert ban.date == datetime.date(2021, 2, 12)
    assert ban.display_date == "12 February 2021"
    assert ban.jurisdiction.qualified_name == "Minneapolis, Minnesota, United States"
    quotes = list(ban.citations.values_list("quote", flat=True))
    assert any("passed without objection on February 12" in quote for quote in quotes)


def test_the_amazon_moratorium_is_company_wide_for_one_year(imported_seeds):
    moratorium = PolicyAction.objects.get(slug=AMAZON_MORATORIUM)
    assert moratorium.action_type == ActionType.MORATORIUM
    assert moratorium.extent == ActionExtent.COMPANY_WIDE
    assert moratorium.jurisdiction is None
    assert moratorium.effective_date == datetime.date(2020, 6, 10)
    assert moratorium.expiry_date == datetime.date(2021, 6, 10)
    assert list(moratorium.organisations.values_list("slug", flat=True)) == ["amazon"]


def test_the_biden_letter_names_its_signatories_and_target(imported_seeds):
    letter = PolicyAction.objects.get(slug=BIDEN_LETTER)
    roles = set(letter.participants.values_list("organisation__slug", "role"))
    assert {("aclu", "actor"), ("access-now", "signatory"), ("white-house", "target")} <= roles
    assert letter.citations.count() == 7


def test_actions_dated_from_outside_the_documents_say_where_the_date_came_from(imported_seeds):
    global_letter = PolicyAction.objects.get(
        slug="access-now-global-letter-ban-biometric-surveillance-2021"
    )
    assert global_letter.date == datetime.date(2021, 6, 7)
    assert "Today, June 7" in global_letter.date_source
    campaign = PolicyAction.objects.get(
        slug="fight-for-the-future-coalition-campaign-police-ban-2019"
    )
    assert campaign.display_date == "September 2019"
    assert campaign.status == ActionStatus.ONGOING


def test_every_seed_document_that_reports_an_action_is_cited(imported_seeds):
    cited_documents = Article.objects.filter(
        origin=ArticleOrigin.DOCUMENT, citations__isnull=False
    ).distinct()
    assert cited_documents.count() == 4  # USA Today's overview names no specific action


def test_a_second_import_creates_and_changes_nothing_and_says_so(imported_seeds):
    before = {a.pk: a.updated_at for a in Article.objects.all()}
    actions = {a.pk: a.updated_at for a in PolicyAction.objects.all()}
    out, _err = run_import()
    assert "0 created, 0 updated, 5 unchanged, 0 failed" in out
    assert "Nothing changed." in out
    assert {a.pk: a.updated_at for a in Article.objects.all()} == before
    assert {a.pk: a.updated_at for a in PolicyAction.objects.all()} == actions
    assert Citation.objects.count() == sum(a.citations.count() for a in PolicyAction.objects.all())


def test_a_changed_document_is_updated_in_place(tmp_path, db):
    for seed in ("000_864484dd7c6006b7.txt",):
        shutil.copy(f"seeds/{seed}", tmp_path / seed)
    run_import(tmp_path, no_curated=True)
    path = tmp_path / "000_864484dd7c6006b7.txt"
    path.write_text(path.read_text().replace("quality: 30", "quality: 31"))
    out, _err = run_import(tmp_path, no_curated=True)
    assert "0 created, 1 updated, 0 unchanged, 0 failed" in out
    assert Article.objects.get(url__contains="aclu-civil-rights-groups-call-biden").quality == 31
    assert Article.objects.count() == 15


def test_a_dry_run_writes_nothing(db):
    out, _err = run_import(dry_run=True)
    assert "Dry run, nothing written. Would import 5 documents: 5 created" in out
    assert Article.objects.count() == 0
    assert PolicyAction.objects.count() == 0
    assert Organisation.objects.count() == 0
    assert ImportRun.objects.count() == 0


def test_one_bad_file_among_good_ones_fails_alone(tmp_path, db):
    for seed in ("001_d826b352664ae778.txt", "003_e56a5ad6e7ac456c.txt"):
        shutil.copy(f"seeds/{seed}", tmp_path / seed)
    (tmp_path / "002_broken.txt").write_text(
        "---\ntitle: never closed\nwebUrl: https://x.example/\n"
    )
    with pytest.raises(CommandError, match="1 failed"):
        run_import(tmp_path, no_curated=True)
    assert Article.objects.filter(origin=ArticleOrigin.DOCUMENT).count() == 2
    run = ImportRun.objects.get()
    assert (run.created, run.failed) == (2, 1)
    failure = run.failures.get()
    assert failure.path.endswith("002_broken.txt")
    assert "never closed" in failure.reason


def test_the_error_message_names_the_file_and_the_problem(tmp_path, db, capsys):
    bad = tmp_path / "no-title.txt"
    bad.write_text('---\nwebUrl: "https://x.example/a"\n---\n')
    with pytest.raises(CommandError):
        run_import(bad, no_curated=True)
    run = ImportRun.objects.get()
    assert run.failures.get().reason == "missing title"
    assert run.failures.get().path == bad.name


class DiskFull(Exception):
    pass


def test_a_document_that_fails_to_save_changes_nothing_and_the_rest_import(
    tmp_path, db, monkeypatch
):
    """A database error in one document rolls back that document only."""
    for seed in (
        "001_d826b352664ae778.txt",
        "003_e56a5ad6e7ac456c.txt",
        "004_0d630b348f8e7dfc.txt",
    ):
        shutil.copy(f"seeds/{seed}", tmp_path / seed)
    from articles import import_storage

    original = import_storage.write_plan

    def explode_on_usa_today(plan, run_id):
        original(plan, run_id)  # written, then rolled back
        if any("usatoday" in row["url"] for row in plan.rows):
            raise DiskFull("disk full")

    monkeypatch.setattr(import_storage, "write_plan", explode_on_usa_today)
    with pytest.raises(CommandError, match="1 failed"):
        run_import(tmp_path, no_curated=True)
    assert not Article.objects.filter(url__contains="usatoday").exists()
    assert not Article.objects.filter(url__contains="abcnews").exists()
    assert Article.objects.filter(origin=ArticleOrigin.DOCUMENT).count() == 2
    assert "could not be saved (disk full)" in ImportRun.objects.get().failures.get().reason


def test_the_same_article_in_two_files_is_reported_not_imported_twice(tmp_path, db):
    shutil.copy("seeds/004_0d630b348f8e7dfc.txt", tmp_path / "a.txt")
    shutil.copy("seeds/004_0d630b348f8e7dfc.txt", tmp_path / "b.txt")
    with pytest.raises(CommandError):
        run_import(tmp_path, no_curated=True)
    assert "same article as" in ImportRun.objects.get().failures.get().reason


def test_a_missing_path_is_reported(tmp_path, db):
    with pytest.raises(CommandError):
        run_import(tmp_path / "nope.txt", no_curated=True)
    assert ImportRun.objects.get().failures.get().reason == "no such file"


def test_a_large_run_reports_progress(tmp_path, db):
    for n in range(60):
        (tmp_path / f"{n:03d}.txt").write_text(
            f"Headline number {n}\n\nPosted on May {n % 28 + 1}, 2020\n\nBody.\n"
        )
    out, _err = run_import(tmp_path, no_curated=True)
    assert "60/60 documents read" in out
    assert "60 created" in out


def test_each_run_is_recorded(imported_seeds):
    run = ImportRun.objects.get()
    assert run.paths == ["seeds"]
    assert (run.created, run.updated, run.unchanged, run.failed) == (5, 0, 0, 0)
    assert run.curated["actions"]["created"] == 15
    assert run.finished_at is not None


def test_an_organisation_staff_add_is_linked_on_the_next_import(imported_seeds):
    # The first import read "Washington Post Live" as the curated Post, the longest name it
    # knew; staff add the event series as a record of its own.
    title = (
        "Microsoft\u2019s Brad Smith says company will not sell facial recognition tech to police"
    )
    post = Organisation.objects.get(slug="the-washington-post")
    assert title in set(post.articles.values_list("title", flat=True))
    live = Organisation.objects.create(slug="post-live", name="Washington Post Live", kind="media")
    live.aliases.create(text="WaPo Live", case_sensitive=True)
    out, _err = run_import()
    assert "0 created, 5 updated, 0 unchanged, 0 failed" in out  # re-linked with the new rules
    assert title in set(live.articles.values_list("title", flat=True))
    assert title not in set(post.articles.values_list("title", flat=True))
    out, _err = run_import()
    assert "5 unchanged" in out


def test_a_file_nested_deep_enough_to_crash_the_yaml_parser_fails_alone(tmp_path, db):
    shutil.copy("seeds/001_d826b352664ae778.txt", tmp_path / "001.txt")
    (tmp_path / "002_deep.txt").write_text(
        '---\ntitle: "Deep"\nwebUrl: "https://x.example/deep"\nz: '
        + "[" * 30_000
        + "]" * 30_000
        + "\n---\n"
    )
    with pytest.raises(CommandError, match="1 failed"):
        run_import(tmp_path, no_curated=True)
    assert Article.objects.filter(origin=ArticleOrigin.DOCUMENT).count() == 1
    assert ImportRun.objects.get().failures.get().path.endswith("002_deep.txt")


def test_the_command_imports_with_fewer_garbage_collections_and_restores_them(db, monkeypatch):
    from policies.management.commands import import_seeds

    seen = []
    original = import_seeds.import_with_records

    def recording(*args, **kwargs):
        seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 0))
        return original(*args, **kwargs)

    before = gc.get_threshold()
    monkeypatch.setattr(import_seeds, "import_with_records", recording)
    run_import()
    assert seen == [(max(before[0], 20_000), True)]
    assert gc.get_threshold() == before


def test_an_import_outside_the_command_leaves_the_collector_as_it_is(db, monkeypatch):
    # An upload imports inside a web server's process, whose collector is its own business.
    monkeypatch.setattr(gc, "freeze", lambda: pytest.fail("the import froze the heap"))
    monkeypatch.setattr(
        gc, "set_threshold", lambda *a: pytest.fail("the import tuned the collector")
    )
    import_documents([SEEDS])


# -- what a run loads: the paths named, and the curated records only when asked ----------------


def seed_copies(tmp_path):
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    return folder


def test_paths_on_a_fresh_database_import_those_paths_only_and_succeed(tmp_path, db):
    out, err = run_import(seed_copies(tmp_path))  # raises CommandError on any failure
    assert "Imported 5 documents: 5 created" in out
    assert "Curated records" not in out
    assert "is not an imported article" not in out + err
    assert err == ""
    assert not Jurisdiction.objects.exists()
    assert not Organisation.objects.confirmed().exists()  # only candidates the news named
    assert not PolicyAction.objects.exists()
    assert ImportRun.objects.get().curated == {}


def test_curated_loads_the_curated_records_with_the_paths(tmp_path, db):
    out, err = run_import(seed_copies(tmp_path), curated=True)
    assert "Curated records: jurisdictions" in out
    assert err == ""
    assert PolicyAction.objects.published().count() == 15
    assert Organisation.objects.filter(slug="aclu").exists()


def test_no_path_imports_the_seeds_and_the_curated_records(db):
    out, _err = run_import()
    assert "Imported 5 documents: 5 created" in out
    assert PolicyAction.objects.published().count() == 15
    assert ImportRun.objects.get().curated["actions"]["created"] == 15


def test_no_curated_imports_the_seeds_alone(db):
    out, err = run_import(no_curated=True)
    assert "Imported 5 documents: 5 created" in out
    assert "Curated records" not in out
    assert err == ""
    assert not PolicyAction.objects.exists()
    assert not Jurisdiction.objects.exists()
