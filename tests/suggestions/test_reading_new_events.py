"""Readings first met in news of events no earlier round held (bench/reading_unseen, ae01-ae06):
a related item's body named after a place its feed settles, and a report that dates a
mention the main text left undated."""

from suggestions.reading import read_document
from suggestions.reading.recognition import AliasRecogniser, OrganisationRecord, PlaceRecord

from .reading_helpers import MAINE, OAKLAND, PORTLAND, feed, iso, item, one, plain, read

# A body the directory does not know, named after an ambiguous place: unplaced on its own.
CANDIDATE_COUNCIL = OrganisationRecord(None, "Portland City Council", "government", None)
BANGOR = PlaceRecord(30, "Bangor", "city", ("Maine", "United States"), (MAINE.pk, 1))
RECOGNISER = AliasRecogniser(
    places=[(MAINE, []), (PORTLAND, []), (BANGOR, [])],
    organisations=[(CANDIDATE_COUNCIL, [])],
)
# A related item of an earlier event, which names no state of its own.
PORTLAND_MORATORIUM = item(
    "Council passes moratorium",
    "The Portland City Council on Monday voted to put a moratorium on police use of facial "
    "recognition.",
    published="2020-02-25T02:30",
)


def test_a_related_items_body_named_after_a_place_of_the_feed_belongs_there():
    document = feed(
        "Bangor joins Portland, Maine, in banning facial recognition",
        "The Bangor City Council voted on Monday to ban facial recognition.",
        published="2020-10-06",
        related=[PORTLAND_MORATORIUM],
    )
    proposals = read_document(document, RECOGNISER)
    moratorium = next(p for p in proposals if p.action_type == "moratorium")
    assert (moratorium.jurisdiction_id, moratorium.related_index) == (PORTLAND.pk, 0)


def test_a_related_report_that_dates_a_mention_left_undated_replaces_it():
    document = feed(
        "Bangor bans facial recognition",
        "The Bangor City Council voted on Monday to ban facial recognition, joining Portland "
        "in restricting the technology.",
        published="2020-10-06",
        related=[PORTLAND_MORATORIUM],
    )
    proposals = read_document(document, RECOGNISER)
    at_portland = [p for p in proposals if p.jurisdiction_id == PORTLAND.pk]
    assert [(p.action_type, iso(p), p.related_index) for p in at_portland] == [
        ("moratorium", "2020-02-24", 0)
    ]


def test_a_halt_extended_is_a_moratorium_dated_when_it_is_extended():
    proposals = read(
        plain(
            "Acme said on Tuesday it would extend indefinitely its ban on police use of its "
            "facial recognition software, which it announced last June as a one-year moratorium.",
            published="2021-05-19",
        )
    )
    assert [(p.action_type, iso(p), p.background) for p in proposals] == [
        ("moratorium", "2021-05-18", False),
        ("moratorium", "2020-06", True),
    ]


def test_a_regulators_recommendation_to_destroy_what_it_found_is_its_decision():
    proposal = one(
        plain(
            "The Garante said on Thursday that a dozen stores collected customers' faces "
            "without their consent, and recommended that they destroy the images.",
            published="2023-04-20",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2023-04-20")


def test_the_case_a_court_decided_named_after_its_order_is_no_second_action():
    proposal = one(
        plain(
            "A court in Oakland on Tuesday ordered the city's transit operator to stop capturing "
            "passengers' faces, in a lawsuit brought by consumer groups.",
            published="2022-03-23",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2022-03-22")


def test_a_lawsuit_filed_that_opens_the_news_is_still_the_news():
    proposal = one(
        plain(
            "In a lawsuit filed on Tuesday, the ACLU accused Clearview AI of breaking the law.",
            published="2020-05-29",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("lawsuit", "2020-05-26")


def test_others_that_passed_similar_measures_earlier_this_year_took_that_measure_before():
    proposals = read(
        plain(
            "The Portland City Council voted on Tuesday to ban facial recognition. Other cities, "
            "including Oakland, passed similar restrictions earlier this year.",
            published="2020-12-02",
        )
    )
    assert [(p.action_type, p.jurisdiction_id, p.background) for p in proposals] == [
        ("ban", PORTLAND.pk, False),
        ("ban", OAKLAND.pk, True),
    ]


def test_the_year_that_says_which_law_dates_nothing_that_was_done():
    proposals = read(
        plain(
            "Texas sued Acme on Thursday. The lawsuit claims Acme violated the state's biometric "
            "privacy act, a 2009 law that requires companies to get people's consent.",
            published="2022-10-21",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2022-10-20")]


def test_a_regulators_reprimand_is_its_enforcement():
    proposal = one(
        plain(
            "The Garante on Tuesday issued a reprimand to a school in Rome for using facial "
            "recognition in its canteen.",
            published="2024-07-23",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2024-07-23")


def test_a_claim_filed_at_a_tribunal_is_a_lawsuit():
    proposal = one(
        plain(
            "The ACLU said on Wednesday it had filed a claim at an employment tribunal on "
            "behalf of a courier dismissed after a face check failed.",
            published="2021-10-06",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("lawsuit", "2021-10-06")


def test_an_appeal_sought_against_a_decision_is_a_lawsuit_and_a_win_on_appeal_is_not():
    proposal = one(
        plain(
            "The FTC said on Friday it had asked for permission to appeal against the court's "
            "decision that it could not fine Clearview AI.",
            published="2023-11-17",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("lawsuit", "2023-11-17")
    assert [p.action_type for p in read(plain("Clearview AI wins appeal against a fine."))] == []
