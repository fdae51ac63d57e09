"""News outlets, shops, airlines and platforms the news names, from the curated records: known
by the names a reporter writes, and the ones that are also ordinary words only as names."""

import pytest
from django.db import transaction

from directory.loading import load_organisation_directory
from directory.matching import build_mention_matcher
from directory.models import Jurisdiction


@pytest.fixture(scope="module")
def matcher(django_db_setup, django_db_blocker):
    """Built once from the curated records; the rows are rolled back, the matcher kept."""
    with django_db_blocker.unblock(), transaction.atomic():
        built = _build()
        transaction.set_rollback(True)
    return built


def _build():
    load_organisation_directory()
    united_kingdom = Jurisdiction.objects.create(
        name="United Kingdom", slug="united-kingdom", kind="country", iso_code="GB"
    )
    england = Jurisdiction.objects.create(
        name="England", slug="england", kind="state", iso_code="GB-ENG", parent=united_kingdom
    )
    Jurisdiction.objects.create(
        name="London", slug="london", kind="city", parent=england, population=8_961_989
    )
    return build_mention_matcher()


def organisations_in(matcher, text):
    return sorted(matcher.organisation_name(key) for key in matcher.read(text).organisations)


def test_the_outlets_a_story_cites_are_organisations(matcher):
    text = (
        "The Washington Post reported the trial, according to The Guardian; BuzzFeed News and "
        "Wired had found the same, and the BBC and NPR confirmed it."
    )
    assert organisations_in(matcher, text) == [
        "BBC", "BuzzFeed News", "NPR", "The Guardian", "The Washington Post", "Wired",
    ]  # fmt: skip


def test_shops_and_airlines_named_without_an_organisation_word_are_known(matcher):
    text = "Asda, Tesco and Marks & Spencer tested it; Hilton and Delta Air Lines use it."
    assert organisations_in(matcher, text) == [
        "Asda", "Delta Air Lines", "Hilton", "Marks & Spencer", "Tesco",
    ]  # fmt: skip


def test_names_that_are_also_words_count_only_with_their_capital(matcher):
    text = "Officers in boots walked past wired cameras, a ring of them, sharing intel."
    assert organisations_in(matcher, text) == []
    assert organisations_in(matcher, "Boots and Intel declined to comment.") == [
        "Boots",
        "Intel",
    ]


def test_a_city_inside_a_known_bodys_name_is_not_named(matcher):
    reading = matcher.read("Transport for London said it had no plans to use the cameras.")
    assert reading.places == ()
    assert organisations_in(matcher, "TfL said so.") == ["Transport for London"]


def test_the_groups_that_own_a_retail_chain_and_the_securities_regulator_are_known(matcher):
    text = (
        "Both chains are owned by the Perth-based conglomerate Wesfarmers; The Good Guys "
        "belongs to JB Hi-Fi. The SEC refused the company's request."
    )
    assert organisations_in(matcher, text) == [
        "JB Hi-Fi", "Securities and Exchange Commission", "The Good Guys", "Wesfarmers",
    ]  # fmt: skip


def test_indias_policy_think_tank_and_japans_railway_are_known(matcher):
    text = "NITI Aayog published a paper; East Japan Railway and JR East said so."
    assert organisations_in(matcher, text) == ["East Japan Railway Company", "NITI Aayog"]


def test_a_publisher_asked_not_to_publish_a_paper_is_an_organisation(matcher):
    text = "More than 1,000 researchers urged Springer Nature not to publish the paper."
    assert organisations_in(matcher, text) == ["Springer Nature"]
    assert organisations_in(matcher, "Springer said it had been rejected.") == ["Springer Nature"]
    axel = "Axel Springer, the German media group, said so."
    assert "Springer Nature" not in organisations_in(matcher, axel)


def test_a_video_call_company_is_known_by_its_short_name_as_written(matcher):
    # Round ie: "groups urge Zoom to scrap plans"; "zoom in" is no company.
    assert organisations_in(matcher, "Rights groups urge Zoom to scrap its plans.") == ["Zoom"]
    assert organisations_in(matcher, "Cameras can zoom in on faces.") == []


def test_chinas_carriers_are_companies_and_mobile_inside_a_name_is_no_town(matcher):
    # Round if: "China Mobile, China Unicom and China Telecom began checking faces".
    text = "China Mobile, China Unicom and China Telecom began checking faces."
    assert organisations_in(matcher, text) == ["China Mobile", "China Telecom", "China Unicom"]


def test_a_canadian_digital_rights_group_is_an_organisation(matcher):
    text = "OpenMedia and other groups signed the letter."
    assert organisations_in(matcher, text) == ["OpenMedia"]
