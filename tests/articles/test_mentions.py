"""Recognising organisations and places in news text by their names and aliases."""

from articles.mentions import AliasRule, MentionMatcher, mention_text

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


def test_a_name_inside_a_longer_word_does_not_hide_the_same_name_just_after():
    assert MATCHER.find("reACLU; ACLU") == {ACLU}
    assert MATCHER.find("TheUS US") == {US}


def test_case_is_ignored_even_where_lower_case_changes_the_length_of_the_text():
    # "İ" lower-cases to two characters, so the text cannot be matched in lower case.
    assert MATCHER.find("İstanbul and the UNITED STATES") == {US}
    assert MATCHER.find("İstanbul and the ACLU") == {ACLU}


def test_the_longest_of_names_that_share_a_beginning_wins():
    aws = ("organisation", 9)
    matcher = MentionMatcher([AliasRule(AMAZON, "Amazon"), AliasRule(aws, "Amazon Web Services")])
    assert matcher.find("Amazon Web Services said") == {aws}
    assert matcher.find("Amazon webby awards") == {AMAZON}
    assert matcher.find("amazon  web\nservices") == {aws}


def test_a_name_that_begins_inside_a_rejected_match_is_still_found():
    city, police = ("jurisdiction", 7), ("organisation", 8)
    matcher = MentionMatcher([AliasRule(city, "New York"), AliasRule(police, "York Police")])
    # "New York" inside "anew York" is no match, but "York Police" begins a word within it.
    assert matcher.find("anew York Police") == {police}


def test_an_excerpt_cut_from_the_bodys_opening_is_not_read_again():
    # A plain post's excerpt ends where 400 characters do, here inside a court's name: read
    # again, it would name a "U.S. District Court" of its own.
    body = "The ruling came in the U.S. District Court for the Northern District of Illinois."
    excerpt = "The ruling came in the U.S. District Court for the\u2026"
    assert mention_text("A title", excerpt, body) == "A title\n" + body


def test_a_feeds_excerpt_that_says_more_than_the_body_is_read():
    assert mention_text("A title", "The ACLU sued.", "") == "A title\nThe ACLU sued."
    assert mention_text("T", "The ACLU sued.", "Amazon said.") == "T\nThe ACLU sued.\nAmazon said."
