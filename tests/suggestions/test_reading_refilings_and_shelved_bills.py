"""Readings first met in round lc of news the reader had not seen (bench/reading_unseen): a
lawsuit refiled is brought again; a bill moved to the inactive file is set aside; leave asked
to file a brief is a step in a case, and the attorneys general of many states who take it act
for their country."""

from .reading_helpers import US, iso, plain, read


def test_an_attorney_general_who_refiled_the_states_lawsuit_brought_it_again():
    proposals = read(
        plain(
            "The attorney general on Friday refiled the state's lawsuit against Acme, accusing "
            "it of selling searches of people's faces.",
            published="2025-04-28",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2025-04-25")]


def test_a_bill_moved_to_the_inactive_file_is_set_aside():
    proposals = read(
        plain(
            "The bill was moved to the State Senate's inactive file on Monday at the request "
            "of its floor manager.",
            published="2023-09-13",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("bill", "2023-09-11")]


def test_states_asking_leave_to_file_a_brief_against_a_settlement_take_a_step_in_the_case():
    proposals = read(
        plain(
            "The attorneys general of 22 states on Thursday asked a judge in Sacramento for leave "
            "to file a brief opposing the settlement of the class action against Acme.",
            published="2024-12-13",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2024-12-12")]


def test_the_attorneys_general_of_many_states_act_together_for_their_country():
    proposals = read(
        plain(
            "The attorneys general of 22 states on Thursday asked a judge in Sacramento for leave "
            "to file a brief opposing the settlement of the class action against Acme.",
            published="2024-12-13",
        )
    )
    assert [p.jurisdiction_id for p in proposals] == [US.pk]
