"""Recognising organisations and places in news text by their names and aliases."""

from articles.mentions import AliasRule, MentionMatcher

AMAZON = ("organisation", 1)
ACLU = ("organisation", 2)
US = ("jurisdiction", 3)

MATCHER = MentionMatcher(
    [
        AliasRule(AMAZON, "Amazon", case_sensitive=True),
        AliasRule(AMAZON, "Amazon rainforest", exclude=True),
        AliasRule(AMAZON, "Amazon River", exclude=True),
        AliasRule(ACLU, "American Civil Liberties Union"),
        AliasRule(ACLU, "ACLU", case_sensitive=True),
        AliasRule(US, "US", case_sensitive=True),
        AliasRule(US, "United States"),
    ]
)


def test_an_alias_finds_the_organisation_it_names():
    assert MATCHER.find("The American Civil Liberties Union said so.") == {ACLU}
    assert MATCHER.find("The ACLU said so.") == {ACLU}


def test_amazon_the_company_is_found_but_not_the_rainforest():
    assert MATCHER.find("Amazon's moratorium on Rekognition") == {AMAZON}
    assert MATCHER.find("Fires in the Amazon rainforest spread.") == set()
    assert MATCHER.find("Boats on the Amazon River.") == set()
    assert MATCHER.find("Satellites watch the Amazon rainforest; Amazon sells cameras.") == {AMAZON}


def test_case_sensitive_aliases_ignore_ordinary_words():
    assert MATCHER.find("an amazon of paperwork") == set()
    assert MATCHER.find("tell us what you think") == set()
    assert MATCHER.find("US lawmakers") == {US}


def test_matches_are_whole_words_and_span_line_breaks():
    assert MATCHER.find("ACLUS and Amazonian") == set()
    assert MATCHER.find("the United\nStates") == {US}


def test_the_version_changes_when_the_rules_change():
    other = MentionMatcher([*MATCHER.rules, AliasRule(ACLU, "Civil Liberties Union")])
    assert other.version != MATCHER.version
    assert MentionMatcher(reversed(MATCHER.rules)).version == MATCHER.version
