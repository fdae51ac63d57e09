"""Feed excerpts cut mid-word are shown cut at a word, with an ellipsis."""

import pytest

from articles.templatetags.excerpts import whole_words
from tests.factories import ArticleFactory


@pytest.mark.parametrize(
    ("excerpt", "shown"),
    [
        ("by the government over dangers the technolog", "by the government over dangers the…"),
        ("at a Washington Post Live event this morning,", "at a Washington Post Live event this…"),
        ("St George News Stock Image |", "St George News Stock Image…"),
        ("The council voted to ban it.", "The council voted to ban it."),
        ("“We will not sell it,” he said.”", "“We will not sell it,” he said.”"),
        ("", ""),
    ],
)  # fmt: skip
def test_an_excerpt_that_lost_its_end_is_cut_at_a_word_with_an_ellipsis(excerpt, shown):
    assert whole_words(excerpt) == shown


@pytest.mark.django_db
def test_the_news_pages_show_excerpts_cut_at_a_word(client):
    article = ArticleFactory(excerpt="over dangers the technolog")
    for url in ("/articles/", article.get_absolute_url()):
        page = client.get(url).content.decode()
        assert "over dangers the…" in page
        assert "technolog" not in page
