"""The parsing functions, on every seed file and on hand-made malformed documents."""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from articles.parsing import FEED, PLAIN, detect_format, parse_document, read_document
from articles.plain_posts import plain_text_key
from articles.urls import _normalize_parts, normalize_url, strip_amp
from core.strict_yaml import DocumentError
from tests.articles.parsing_helpers import VALID_FRONT_MATTER, feed, parse_problem

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
UTC = datetime.UTC


# --- The seed documents -------------------------------------------------------------------


def test_the_aclu_feed_document_is_read_with_all_its_fields():
    document = read_document(SEEDS / "000_864484dd7c6006b7.txt")
    article = document.article
    assert document.format == FEED
    assert article.title.startswith("ACLU, Civil Rights Groups Call on Biden")
    assert article.url == (
        "https://www.aclu.org/press-releases/"
        "aclu-civil-rights-groups-call-biden-halt-federal-use-facial-recognition-technology"
    )
    assert article.published_at == datetime.datetime(2021, 2, 17, tzinfo=UTC)
    assert article.provider.name == "Aclu.org"  # the feed's name, as parsed; stored apart
    assert article.provider.domain == "aclu.org"
    assert article.topics == ("Natural Language Processing", "AI", "Computer Vision")
    assert (article.quality, article.heat, article.feed_published) == (30, -1, False)
    assert article.images[0]["width"] == 1200
    assert article.feed_metadata["category"] == "news"
    assert article.feed_metadata["secured"].startswith("IaXnHuUQ")
    assert len(document.related) == 14
    assert not article.date_needs_review


def test_related_items_are_full_articles_with_their_amp_variants():
    document = read_document(SEEDS / "000_864484dd7c6006b7.txt")
    minneapolis = next(item for item in document.related if "Minnesota" in item.title)
    assert minneapolis.provider.domain == "gizchina.com"
    assert minneapolis.published_at == datetime.datetime(2021, 2, 16, 17, 21, tzinfo=UTC)
    kinds = {kind: url for url, kind in minneapolis.urls}
    assert kinds["canonical"].endswith(
        "/no-facial-recognition-technology-can-be-used-in-minnesota/"
    )
    assert kinds["amp"].endswith("/amp/")
    assert "cdn.ampproject.org" in kinds["cdn_amp"]


def test_the_business_insider_document_keeps_provider_images_as_metadata():
    document = read_document(SEEDS / "003_e56a5ad6e7ac456c.txt")
    assert document.article.provider.name == "Business Insider"
    assert document.article.feed_metadata["provider"]["images"][0]["width"] == 50
    assert len(document.related) == 10


def test_the_usa_today_document_uses_source_url_fields():
    document = read_document(SEEDS / "004_0d630b348f8e7dfc.txt")
    assert document.article.url.startswith("https://www.usatoday.com/story/tech/2019/12/17/")
    assert document.article.feed_published is True
    assert {kind for _url, kind in document.article.urls} == {"canonical", "amp", "cdn_amp"}
    assert document.related[0].provider.domain == "go.com"


def test_a_plain_post_takes_its_title_and_posted_on_date():
    document = read_document(SEEDS / "001_d826b352664ae778.txt")
    article = document.article
    assert document.format == PLAIN
    assert article.title == (
        "Coalition of Civil Liberties Groups Campaign for Ban on Police Facial Recognition"
    )
    assert article.published_at == datetime.datetime(2019, 9, 7, tzinfo=UTC)
    assert "Posted on" not in article.body
    assert article.body.startswith("A new piece by Truthout reports")
    assert article.excerpt.startswith("A new piece by Truthout reports")
    assert article.url == plain_text_key(article.title)


def test_a_plain_post_without_a_year_gets_no_date_and_is_flagged_for_review():
    document = read_document(SEEDS / "002_d7cec46ca782f8a7.txt")
    assert document.format == PLAIN
    assert document.article.title.startswith("Ban biometric surveillance")
    assert document.article.published_at is None
    assert document.article.date_needs_review is True


def test_the_format_is_told_by_content_not_by_file_name():
    assert detect_format("---\ntitle: x\n---\n") == FEED
    assert detect_format("A headline\n\nPosted on May 1, 2020\n") == PLAIN
    raw = feed(VALID_FRONT_MATTER)
    assert parse_document(raw, "looks-plain.txt").format == FEED


# --- URLs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amp_url", "page"),
    [
        (
            "https://www-x-com.cdn.ampproject.org/c/s/www.x.com/story/amp/",
            "https://www.x.com/story",
        ),
        ("https://mashable.com/article/a-story.amp", "https://mashable.com/article/a-story"),
        ("https://www.cnet.com/google-amp/news/a/", "https://www.cnet.com/news/a/"),
        ("https://www.x.com/story/?amp", "https://www.x.com/story/"),
        ("https://www.x.com/a?outputType=amp", "https://www.x.com/a"),
        ("https://www.x.com/a?_amp=true&id=2", "https://www.x.com/a?id=2"),
    ],
)
def test_amp_and_amp_cache_addresses_resolve_to_their_page(amp_url, page):
    assert strip_amp(normalize_url(amp_url)) == page


@pytest.mark.parametrize(
    "url",
    [
        "https://www.x.com/a/b/",
        "https://www.x.com",
        "http://x.com/a?",
        "https://x.com/a?id=1&&utm_medium=m&fbclid=2&b",
        "https://x.com/a%20b/caf\u00e9?q=\u00fc",
        "https://x.com/a#frag",
        "https://X.com/a",
        "https://x.com:8080/a",
        "https://user@x.com/a",
        "HTTP://x.com/a",
        "  https://x.com/padded  ",
    ],
)
def test_the_quick_url_path_spells_addresses_as_the_general_one_does(url):
    assert normalize_url(url) == _normalize_parts(urlsplit(url.strip()))


def test_urls_are_normalised_without_tracking_or_fragments():
    assert (
        normalize_url("HTTPS://WWW.X.com:443/a?utm_source=t&id=3#top") == "https://www.x.com/a?id=3"
    )


# --- Malformed input: one test per failure mode --------------------------------------------


def test_a_file_over_the_size_limit_is_rejected():
    problem = parse_problem(feed(VALID_FRONT_MATTER, "x" * 200), max_bytes=100)
    assert "over the limit of 100 bytes" in problem


def test_a_file_over_the_size_limit_is_rejected_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(DocumentError, match=r"big\.txt: file is 2,048 bytes, over the limit"):
        read_document(big, max_bytes=1024)


def shrunken_stat(monkeypatch, size):
    """Make every file look `size` bytes long when opened: a file that grew after its size was
    read, as a file still being written does."""
    real_fstat = os.fstat

    def fstat(descriptor):
        return os.stat_result((*real_fstat(descriptor)[:6], size, *real_fstat(descriptor)[7:]))

    monkeypatch.setattr("articles.parsing.os.fstat", fstat)


def test_a_file_that_grew_after_its_size_was_read_is_read_whole(tmp_path, monkeypatch):
    path = tmp_path / "growing.txt"
    path.write_bytes(b"A headline\n\nPosted on June 7, 2021\n\n" + b"Text. " * 100)
    shrunken_stat(monkeypatch, 10)
    assert read_document(path).article.body == ("Text. " * 100).strip()


def test_a_file_that_grew_past_the_limit_after_its_size_was_read_is_rejected(tmp_path, monkeypatch):
    path = tmp_path / "growing.txt"
    path.write_bytes(b"A headline\n\n" + b"x" * 2048)
    shrunken_stat(monkeypatch, 10)
    with pytest.raises(DocumentError, match=r"growing\.txt: file is 1,025 bytes, over the limit"):
        read_document(path, max_bytes=1024)


def test_invalid_utf8_is_rejected():
    assert "not valid UTF-8" in parse_problem(b"A title\n\n\xff\xfe caf\xe9")


def test_front_matter_without_its_closing_line_is_rejected():
    problem = parse_problem(b"---\ntitle: An open front matter\nwebUrl: https://x.example/\n")
    assert "never closed" in problem


def test_a_feed_document_without_a_title_is_rejected():
    assert parse_problem(feed('webUrl: "https://news.example/a"')) == "missing title"


def test_a_feed_document_without_a_url_is_rejected():
    assert "missing URL" in parse_problem(feed('title: "No address"'))


def test_a_related_item_without_a_url_is_rejected_naming_the_item():
    front = VALID_FRONT_MATTER + '\nrelated:\n  - title: "Orphan"\n'
    assert parse_problem(feed(front)).startswith("related item 1: missing URL")


def test_a_url_that_is_not_a_web_address_is_rejected():
    assert "not an http(s) web address" in parse_problem(
        feed('title: "x"\nwebUrl: "javascript:alert(1)"')
    )


def test_an_impossible_feed_timestamp_is_rejected():
    front = VALID_FRONT_MATTER.replace("2021-02-17", "2021-02-30")
    assert "impossible date '2021-02-30T00:00:00Z'" in parse_problem(feed(front))


def test_an_impossible_quoted_feed_date_is_rejected():
    front = VALID_FRONT_MATTER.replace("2021-02-17T00:00:00Z", '"2021-13-01"')
    assert "impossible date in 'publishedDateTime'" in parse_problem(feed(front))


def test_an_impossible_posted_on_date_is_rejected():
    problem = parse_problem(b"A headline\n\nPosted on February 30, 2021\n\nText.")
    assert "impossible date in the 'Posted on' line" in problem


def test_front_matter_that_is_not_a_mapping_is_rejected():
    assert "key: value pairs" in parse_problem(feed("- a list\n- not a mapping"))


def test_a_field_of_the_wrong_type_is_rejected_by_name():
    assert "'quality' must be a whole number" in parse_problem(
        feed(VALID_FRONT_MATTER + '\nquality: "high"\n')
    )


def test_an_empty_file_is_rejected():
    assert "empty" in parse_problem(b"  \n\n")


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        (
            'originalUrl: "https://x.example/' + "a" * 2100 + '"',
            "'originalUrl' is 2,118 characters, more than 2,000",
        ),
        ("topics: [" + "t" * 150 + "]", "topic is 150 characters, more than 100"),
        ("provider: {name: " + "n" * 250 + ", domain: x.example}", "provider name is 250"),
    ],
    ids=["url", "topic", "provider name"],
)
def test_values_too_long_for_their_column_are_refused_naming_the_file(extra, problem):
    assert problem in parse_problem(feed(VALID_FRONT_MATTER + extra))


def test_the_parser_s_length_limits_are_the_widths_of_the_columns():
    # The parser knows nothing of the database, so the widths are written out twice; this
    # keeps the two from drifting apart (a wider column would be refused too early, a narrower
    # one fail mid-import on PostgreSQL).
    from articles import feed_entries, plain_posts, urls
    from articles.models import Article, ArticleURL, Provider, Topic

    def width(model, name):
        return model._meta.get_field(name).max_length

    assert urls.MAX_URL_LENGTH == width(Article, "url") == width(ArticleURL, "url")
    assert width(Article, "title") == plain_posts.MAX_TITLE_LENGTH
    assert width(Provider, "name") == feed_entries.MAX_PROVIDER_NAME_LENGTH
    assert width(Provider, "domain") == feed_entries.MAX_DOMAIN_LENGTH
    assert width(Topic, "name") == feed_entries.MAX_TOPIC_LENGTH


def test_not_a_number_and_infinity_in_feed_metadata_are_kept_as_text():
    document = parse_document(feed(VALID_FRONT_MATTER + "score: .nan\nweight: -.inf"), "a.txt")
    assert document.article.feed_metadata == {"score": "nan", "weight": "-inf"}


def related_hashes(items_yaml):
    document = parse_document(feed(VALID_FRONT_MATTER + "\nrelated:\n" + items_yaml), "f.md")
    return [item.content_hash for item in document.related]


def test_a_related_item_has_the_same_hash_however_its_fields_are_laid_out():
    first = '  - title: "Sales paused"\n    webUrl: "https://n.example/p"\n    quality: 3\n'
    second = '  - {quality: 3, webUrl: "https://n.example/p",\n     title: "Sales paused"}\n'
    changed = '  - title: "Sales paused"\n    webUrl: "https://n.example/p"\n    quality: 4\n'
    assert related_hashes(first) == related_hashes(second) != related_hashes(changed)


@pytest.mark.parametrize(
    "odd_field",
    ["score: .nan", "2021-02-17: a date as a key", "tags: {1: one, two: 2}", "when: 2021-02-17"],
)
def test_a_related_item_with_values_json_cannot_hold_as_they_are_still_gets_a_hash(odd_field):
    item = f'  - title: "Odd"\n    webUrl: "https://n.example/odd"\n    {odd_field}\n'
    (first,) = related_hashes(item)
    assert len(first) == 64
    assert related_hashes(item) == [first]


def test_an_amp_copy_given_as_the_article_s_own_address_stands_for_its_page():
    front = 'title: "Sloppy"\nwebUrl: "https://news.example/story/amp/"\n'
    article = parse_document(feed(front), "f.md").article
    assert article.url == "https://news.example/story"
    assert article.urls == (
        ("https://news.example/story", "canonical"),
        ("https://news.example/story/amp/", "amp"),
    )


def test_an_article_is_looked_up_with_and_without_a_trailing_slash():
    front = 'title: "Slash"\nwebUrl: "https://news.example/story/"\n'
    keys = parse_document(feed(front), "f.md").article.lookup_keys
    assert set(keys) == {"https://news.example/story/", "https://news.example/story"}
