"""Readings first met in rounds am and an of news the reader had not seen (bench/
reading_unseen): a committee that "has written to" a minister, dated by the letter "sent on
Friday"; a suit told more of ("The suit, filed on Friday in federal court in Atlanta") where
its place differs; a class action filed; a jury's verdict; "last autumn"; and, from round oa,
a court asked to annul a decree."""

from .reading_helpers import CALIFORNIA, MAINE, OAKLAND, SAN_FRANCISCO, TEXAS, iso, one, plain, read


def test_a_committee_that_has_written_to_a_minister_sends_a_letter_dated_when_sent():
    proposal = one(
        plain(
            "The FTC has written to the Home Secretary, warning that police use of facial "
            "recognition lacks a legal basis. In the letter, sent on Friday, the commission "
            "asked the government to bring forward legislation.",
            published="2024-01-29",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("letter", "2024-01-26")


def test_the_suit_told_more_of_where_it_was_filed_is_the_suit_already_reported():
    proposal = one(
        plain(
            "A Texas man who spent a week in jail has sued the Texas Supreme Court. The suit, "
            "filed on Friday in federal court in Sacramento, says a deputy relied on a face match.",
            published="2023-09-12",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "lawsuit",
        "2023-09-08",
        TEXAS.pk,
    )


def test_a_class_action_filed_is_a_lawsuit():
    proposal = one(
        plain(
            "A class action filed on Monday in Texas says Acme collected biometric data "
            "without the written consent the state's law requires.",
            published="2020-11-17",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "lawsuit",
        "2020-11-16",
        TEXAS.pk,
    )


def test_a_jurys_finding_that_a_company_broke_the_law_is_a_ruling_not_the_case_it_ends():
    proposal = one(
        plain(
            "A federal jury in Sacramento found on Wednesday that Acme violated Texas' "
            "biometric privacy law, in the first case brought under the law to go to trial.",
            published="2022-10-13",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2022-10-12")


def test_a_deployment_begun_last_autumn_is_dated_in_the_year_that_autumn_fell():
    proposal = one(
        plain(
            "The Oakland police say officers have arrested 30 people since the force began "
            "deploying facial recognition vans last autumn.",
            published="2025-06-18",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("authorisation", "2024")


def test_the_last_places_a_city_joins_take_the_date_of_the_clause_told_of_them():
    proposals = read(
        plain(
            "The council voted on Wednesday to ban the technology. Portland joins Texas and "
            "Maine, as well as San Francisco and Oakland in California, which passed similar "
            "ordinances in 2019.",
            published="2020-06-25",
        )
    )
    dates = {p.jurisdiction_id: iso(p) for p in proposals}
    assert (dates[SAN_FRANCISCO.pk], dates[OAKLAND.pk]) == ("2019", "2019")
    assert (dates[TEXAS.pk], dates[MAINE.pk]) == (None, None)


def test_the_case_brought_by_someone_after_a_ruling_is_the_case_it_decided():
    proposals = read(
        plain(
            "The Texas Supreme Court ruled on Tuesday that the police breached privacy rights. "
            "The case was brought by Ed Bridges, a civil rights campaigner from Sacramento.",
            published="2020-08-12",
        )
    )
    assert [(p.action_type, iso(p), p.jurisdiction_id) for p in proposals] == [
        ("court_ruling", "2020-08-11", TEXAS.pk)
    ]


def test_a_suit_filed_in_a_court_named_by_its_place_belongs_where_the_court_is():
    # "several Sacramento groups" say where the plaintiffs are from, not where they sued.
    proposal = one(
        plain(
            "The American Civil Liberties Union and several Sacramento groups sued Clearview AI "
            "in California state court on Thursday.",
            published="2020-05-29",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "lawsuit",
        "2020-05-28",
        CALIFORNIA.pk,
    )


def test_asking_a_court_named_without_the_word_court_to_annul_a_decree_is_a_lawsuit():
    proposal = one(
        plain(
            "Access Now asked the Conseil d'État in July to annul the decree creating the app.",
            published="2019-07-18",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("lawsuit", "2019-07")


def test_a_newsletters_numbered_item_is_placed_by_its_heading_not_the_item_before():
    # "2." and "A doorbell in Texas" head the second story: its rollout, which names no place,
    # is not placed by the first story's city.
    document = plain(
        "1.\n\nA city rule\n\n"
        "Oakland has required shops to post a notice since 2021.\n\n"
        "2.\n\nA doorbell in Texas\n\n"
        "Acme began rolling out Familiar Faces in December, letting owners label faces.",
        published="2026-01-09",
    )
    placed = {p.action_type: p.jurisdiction_id for p in read(document)}
    assert placed["regulation"] == OAKLAND.pk
    assert placed["authorisation"] == TEXAS.pk


def test_a_committee_opening_an_investigation_writes_to_its_target_no_regulator_acts():
    # Round sd: a House subcommittee's probe of ID.me, opened by a letter to its chief
    # executive, was read only from the letter's sentence, with no day.
    proposal = one(
        plain(
            "The House Select Subcommittee on the Coronavirus Crisis opened an investigation on "
            "Thursday into Acme, whose face checks stood between people and their benefits.",
            title="House panel opens an investigation into Acme",
            published="2022-04-15",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("letter", "2022-04-14")


def test_a_committee_that_opens_a_hearing_or_a_police_inquiry_writes_no_letter():
    doc = plain(
        "Police opened an investigation on Thursday into the crash, and the committee opened "
        "its hearing on Friday.",
        title="Police investigate a crash",
        published="2022-04-15",
    )
    assert [p.action_type for p in read(doc)] == []
