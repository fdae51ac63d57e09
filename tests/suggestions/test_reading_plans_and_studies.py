"""What a text full of things that are not actions still reports: a bill someone only means to
draft is none, a letter to a department's commissioner is one, and a study's year beside it is
not its date."""

from .reading_helpers import feed, iso, one, plain, read


def test_a_bill_a_lawmaker_only_planned_to_draft_is_not_proposed():
    document = plain(
        "Several lawmakers said they expected to take up the question when the Legislature "
        "returns in January, and one member said she planned to draft a bill that would write "
        "the ban on biometric matching more plainly into law."
    )
    assert read(document) == []


def test_a_bill_introduced_that_would_ban_is_still_proposed():
    proposal = one(
        plain("On Monday a member introduced a bill that would ban police use of the technology.")
    )
    assert proposal.action_type == "bill"


def test_a_letter_to_a_departments_commissioner_in_lower_case_is_a_letter():
    proposal = one(
        plain(
            "On Monday the ACLU wrote to the department's commissioner demanding that the "
            "program be halted.",
            published="2017-05-26",
        )
    )
    assert proposal.action_type == "letter"


def test_a_year_that_dates_a_law_told_after_the_letter_is_not_the_letters_date():
    proposal = one(
        plain(
            "This month the ACLU wrote to the department's commissioner demanding that the "
            "program be halted, arguing that it violates a 2004 state law.",
            published="2017-05-26",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("letter", "2017-05")


def test_a_measure_told_again_as_the_subject_of_follows_is_no_new_act():
    proposals = read(
        plain(
            "The department said on Monday it had suspended the program. The suspension follows "
            "a 2016 report by researchers that found few states had rules on the searches.",
            published="2017-05-26",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("moratorium", "2017-05-22")]


def test_a_bill_a_senator_says_he_intends_to_introduce_is_not_proposed():
    document = plain(
        "A state senator in Maine said on Monday that he intends to introduce a bill to bar "
        "police use of the technology."
    )
    assert read(document) == []


def test_cities_left_unnamed_and_counted_that_have_barred_it_report_no_ban():
    document = plain(
        "Most adults trust the police with facial recognition, according to a survey released "
        "on Thursday, even as a handful of cities have barred their own agencies from using it."
    )
    assert read(document) == []


def test_rules_a_ministry_issued_named_with_no_article_are_a_regulation():
    proposal = one(
        feed(
            "Face scans for new phone numbers",
            "From Sunday, telecoms operators in Italy must scan the faces of people who sign up "
            "for new mobile phone numbers, under rules the Ministry of Industry and Information "
            "Technology issued in September.",
            published="2019-12-02",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2019-09")


def test_what_a_measures_checks_will_stop_is_what_they_are_for_not_a_ban():
    document = plain(
        "The ministry says the checks will stop people from using other people's identity "
        "cards to register numbers.",
        published="2019-12-02",
    )
    assert read(document) == []
