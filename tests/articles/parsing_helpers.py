"""Documents made by hand for the tests of reading them, and the problem a bad one is refused
with."""

import pytest

from articles.parsing import parse_document
from core.strict_yaml import DocumentError


def feed(front_matter, body=""):
    return f"---\n{front_matter.strip()}\n---\n{body}".encode()


VALID_FRONT_MATTER = """
title: "A city bans face recognition"
webUrl: "https://news.example/ban"
publishedDateTime: 2021-02-17T00:00:00Z
"""


def parse_problem(raw, **kwargs):
    with pytest.raises(DocumentError) as caught:
        parse_document(raw, "bad.txt", **kwargs)
    assert str(caught.value).startswith("bad.txt: ")
    return caught.value.problem
