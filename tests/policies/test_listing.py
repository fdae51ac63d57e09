"""What a list shows of each action is what the template printed before it was worked out in
Python: the same words, the same links."""

import pytest
from django.template.defaultfilters import truncatewords
from django.urls import NoReverseMatch, reverse

from policies.listing import SlugUrls, first_words


@pytest.mark.parametrize(
    "text",
    [
        "",
        "One two three",
        "  Spaced\tout\nover lines  ",
        " ".join(f"w{n}" for n in range(40)),
        " ".join(f"w{n}" for n in range(41)),
        " ".join(f"w{n}" for n in range(39)) + " … the 40th word is an ellipsis",
        " ".join(f"w{n}" for n in range(38)) + " … " + " ".join(f"x{n}" for n in range(5)),
    ],
)
def test_first_words_are_what_truncatewords_printed(text):
    assert first_words(text, 40) == truncatewords(text, 40)


@pytest.mark.parametrize("slug", ["boston", "a-b_c-9", "Mixed-Case"])
def test_a_slug_url_is_what_reverse_gives(slug):
    for viewname in ("policies:action-detail", "policies:jurisdiction-detail"):
        assert SlugUrls(viewname)(slug) == reverse(viewname, kwargs={"slug": slug})


def test_a_slug_the_url_would_not_take_is_still_refused():
    with pytest.raises(NoReverseMatch):
        SlugUrls("policies:action-detail")("not a slug")
