"""A document's front matter is read by the strict YAML loader (core/strict_yaml.py): what the
safe loader reads, less what news feeds never need and an attacker would use (aliases and
billion laughs, nesting deep enough to crash libyaml, duplicate and merge keys, Python, binary
and set tags), each refused with the problem named."""

import pytest
import yaml

from articles.parsing import parse_document
from core.strict_yaml import DocumentError, StrictLoader
from tests.articles.parsing_helpers import VALID_FRONT_MATTER, feed, parse_problem


def test_yaml_aliases_are_refused():
    front = VALID_FRONT_MATTER + "\ntopics: &t [AI]\nimages: *t\n"
    assert "aliases (*name) are not allowed" in parse_problem(feed(front))


def test_a_billion_laughs_document_is_refused_quickly():
    lines = ['a: &a ["lol","lol"]'] + [
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)}]" for i in range(9)
    ]
    assert "aliases" in parse_problem(feed('title: "x"\n' + "\n".join(lines)))


@pytest.mark.parametrize(
    "nesting",
    ["z: " + "[" * 30_000 + "]" * 30_000, "z:\n" + "- " * 30_000 + "x", "? " * 30_000 + "x"],
    ids=["flow lists", "block lists", "complex keys"],
)
def test_nesting_deep_enough_to_crash_libyaml_is_refused_before_parsing(nesting):
    # Without the check each of these kills the process inside libyaml's C code.
    problem = parse_problem(feed(VALID_FRONT_MATTER + nesting))
    assert "30,000 lists or mappings opened" in problem


def test_the_strict_loader_reads_what_the_safe_loader_reads():
    text = """
title: "x"
count: 3
ratio: 0.5
flags: [yes, no, true, ~, null]
when: 2021-02-17
at: 2021-02-17T10:00:00+02:00
utc: 2021-02-17T10:00:00Z
fraction: 2021-02-17T10:00:00.25Z
octal: 0o17
numbers: [0, 7, 1_000, -42, +5, 010, 0x1F, 0b101, "1:30", 1:30, 190:20:30]
nested: {a: [1, {b: "c"}], "quoted key": '', 1: one}
=: equals
block: |
  two
  lines
"""
    strict = yaml.load(text, Loader=StrictLoader)  # noqa: S506
    assert strict == yaml.safe_load(text)
    assert repr(strict) == repr(yaml.safe_load(text))  # the same types and time zones too


def test_an_alias_used_as_a_key_is_refused():
    front = VALID_FRONT_MATTER + "\nk: &k key\nm: {*k : 1}\n"
    assert "aliases (*name) are not allowed" in parse_problem(feed(front))


def test_collections_under_an_unknown_or_wrong_tag_are_refused():
    for value in ("!!omap [a: 1]", "!!pairs [a: 1]", "!custom {a: 1}", "!!map [1, 2]"):
        with pytest.raises(DocumentError):
            parse_document(feed(VALID_FRONT_MATTER + f"\nx: {value}\n"), "bad.txt")


def test_duplicate_keys_are_refused():
    front = VALID_FRONT_MATTER + '\ntitle: "Another title"\n'
    assert "duplicate key 'title'" in parse_problem(feed(front))


def test_python_tags_are_refused():
    front = VALID_FRONT_MATTER + '\nheat: !!python/object/apply:os.system ["true"]\n'
    assert "tag:yaml.org,2002:python/object/apply:os.system is not allowed" in parse_problem(
        feed(front)
    )


def test_binary_and_set_tags_are_refused():
    assert "is not allowed" in parse_problem(feed(VALID_FRONT_MATTER + "\nx: !!binary aGk=\n"))
    assert "is not allowed" in parse_problem(feed(VALID_FRONT_MATTER + "\nx: !!set {a}\n"))


def test_merge_keys_are_refused():
    assert "merge keys" in parse_problem(feed(VALID_FRONT_MATTER + "\nx: {<<: {a: 1}}\n"))
