"""Round md: a state health data law, a state Senate's vote with the ruling it answers, and an
op-ed whose acts are all context. Each test pins a rule a careful reader uses on any text."""

import datetime

from suggestions.reading.dates import find_dates

from .reading_helpers import iso, one, plain, read


def test_last_month_said_in_that_month_is_a_year_ago():
    # "barred facial recognition in the state's schools last September", posted in September.
    (september,) = find_dates(
        "The commissioner barred facial recognition in schools last September.",
        datetime.date(2024, 9, 9),
    )
    assert september.date == datetime.date(2023, 9, 1)


def test_a_session_that_ended_on_a_day_does_not_date_the_vote_before_it():
    # "Lawmakers approved the bill before the session ended on June 5."
    (june,) = find_dates(
        "Lawmakers approved the bill before the session ended on June 5.",
        datetime.date(2023, 6, 26),
    )
    assert june.role == "deadline"


def test_a_bar_lifted_by_consent_is_a_consent_rule():
    # "signed Senate Bill 370, which bars companies from collecting or selling consumer health
    # data, including biometric data ..., without their consent"
    proposal = one(
        plain(
            "The Portland City Council on Monday passed an ordinance which bars companies from"
            " collecting biometric data, such as face scans, without their consent.",
            published="2023-06-26",
        )
    )
    assert proposal.action_type == "regulation"


def test_an_acts_effect_after_a_comma_letting_the_police_try_new_tools_authorises_them():
    # "San Francisco's voters approved Proposition E in March, letting the police try new
    # surveillance tools before the Board of Supervisors signs off"
    proposal = one(
        plain(
            "Oakland's voters approved Measure Q in March, letting the police try new"
            " surveillance tools before the council signs off.",
            published="2024-09-09",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("authorisation", "2024-03")


def test_the_party_a_ruling_sides_with_brings_no_new_suit():
    # "ruled 4-3 on Friday that ..., siding with a White Castle manager who sued over
    # fingerprint scans"
    proposals = read(
        plain(
            "The Texas Supreme Court ruled 4-3 on Friday that a claim accrues with every scan,"
            " siding with a restaurant manager who sued over fingerprint scans.",
            published="2023-02-17",
        )
    )
    assert [p.action_type for p in proposals] == ["court_ruling"]
