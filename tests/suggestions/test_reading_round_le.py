"""Round le: state privacy laws and a city board's camera policy. Each test pins a rule a
careful reader uses on any text."""

import datetime

from suggestions.reading.dates import find_dates

from .reading_helpers import CALIFORNIA, PORTLAND, iso, one, plain, read


def test_access_to_cameras_granted_is_a_use_authorised():
    # "voted 7-4 on Tuesday to let the San Francisco Police Department view live footage from
    # private security cameras"
    proposal = one(
        plain(
            "The Portland City Council voted 7-4 on Tuesday to let the police view live footage"
            " from private security cameras during large events."
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("authorisation", PORTLAND.pk)


def test_a_month_in_a_relative_clause_told_in_the_past_is_behind():
    # "The act, which the General Assembly passed in the final days of its session in June,
    # will require ...": the June before the text, though a future follows the clause.
    (june,) = find_dates(
        "The act, which the General Assembly passed in the final days of its session in June,"
        " will require companies to get consent.",
        datetime.date(2024, 7, 1),
    )
    assert (june.date, june.precision) == (datetime.date(2024, 6, 1), "month")


def test_a_place_owning_the_antecedent_of_a_relative_clause_places_it():
    # "Connecticut's privacy law, which took effect in July 2023, already treats biometric
    # data as sensitive", in a text about Rhode Island.
    proposal = one(
        plain(
            "Texas lawmakers are still debating a bill.\n\n"
            "California's privacy law, which took effect in July 2023, already treats biometric"
            " data as sensitive.",
            published="2024-07-01",
        )
    )
    assert (proposal.jurisdiction_id, iso(proposal)) == (CALIFORNIA.pk, "2023-07")


def test_a_call_to_the_members_of_a_body_the_text_names_is_placed_by_the_body():
    # "had urged supervisors to vote the policy down", beside the Board of Supervisors' vote.
    proposals = read(
        plain(
            "The Portland City Council voted on Monday to ban city use of facial recognition.\n\n"
            "The American Civil Liberties Union had urged council members to vote for it."
        )
    )
    calls = [p for p in proposals if p.action_type in ("campaign", "letter")]
    assert [p.jurisdiction_id for p in calls] == [PORTLAND.pk]
