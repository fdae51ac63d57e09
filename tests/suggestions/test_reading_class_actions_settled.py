"""Readings first met in round la of news the reader had not seen (bench/reading_unseen): a
class action settled is a step of the suit, as a lawsuit settled is; a jury's finding that a
company broke a law is its verdict; an award thrown out is a court's ruling; a governor's
signature on a measure just told of is the bill's."""

from .reading_helpers import iso, plain, read


def test_a_company_paying_to_settle_a_class_action_settles_the_suit():
    proposals = read(
        plain(
            "Acme will pay $75 million to settle a class action by truck drivers who said it "
            "scanned their fingerprints, according to a filing on Monday in federal court.",
            published="2024-02-27",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2024-02-26")]


def test_a_jury_that_found_a_company_had_broken_a_law_gave_its_verdict():
    proposals = read(
        plain(
            "A jury found in 2022 that Acme had broken the state's biometric privacy law.",
            published="2024-02-27",
        )
    )
    assert [(p.action_type, iso(p), p.background) for p in proposals] == [
        ("court_ruling", "2022", True)
    ]


def test_an_award_thrown_out_is_a_ruling_though_no_court_is_named():
    proposals = read(
        plain(
            "The $228 million award against Acme was thrown out last June.",
            published="2024-02-27",
        )
    )
    assert [(p.action_type, iso(p), p.background) for p in proposals] == [
        ("court_ruling", "2023-06", True)
    ]


def test_what_a_governor_signed_after_lawmakers_passed_it_is_the_bill():
    proposals = read(
        plain(
            "The state law on face searches went into effect on Friday. Governor Jane Roe "
            "signed it in April.",
            published="2022-07-02",
        )
    )
    assert [(p.action_type, iso(p), p.background) for p in proposals] == [
        ("regulation", "2022-07-01", False),
        ("bill", "2022-04", True),
    ]


def test_a_law_in_force_a_year_after_the_governor_signed_it_is_only_in_force():
    proposals = read(
        plain(
            "A state law on face searches took effect on Thursday, a year after the governor "
            "signed it.",
            published="2021-07-01",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("regulation", "2021-07-01")]


def test_a_settlement_and_the_suit_begun_years_before_are_two_events():
    # Round ud: Six Flags' settlement took the year of the suit's start ("The case began in
    # 2016, when Stacy Rosenbach sued"), the two read as one undated event.
    proposals = read(
        plain(
            "Acme has agreed to pay $36 million to settle the class action over fingerprint "
            "scans at its park. Lawyers for the class asked a judge on Tuesday to give the "
            "settlement preliminary approval. The case began in 2016, when a mother sued after "
            "her son's thumbprint was taken without consent.",
            title="Acme settles the case that changed Texas privacy law",
            published="2021-06-04",
        )
    )
    assert sorted((p.action_type, iso(p)) for p in proposals) == [
        ("lawsuit", "2016"),
        ("lawsuit", "2021-06-01"),
    ]
