"""Readings first met in round sf of news the reader had not seen (bench/reading_unseen): a
judge who vacates a judgment rules, and a thing of people's that "will not" do something (a
plural possessive before it) is nobody's pledge."""

from .reading_helpers import iso, one, plain, read


def test_a_judge_who_vacated_a_judgment_ruled_on_that_day():
    proposal = one(
        plain(
            "A federal judge on Friday vacated the $228 million judgment against Acme and "
            "ordered a new trial on damages.",
            published="2023-07-01",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2023-06-30")


def test_a_vacated_seat_is_no_ruling():
    proposals = read(
        plain(
            "The council on Monday filled the seat she vacated in March.",
            published="2023-07-01",
        )
    )
    assert all(p.action_type != "court_ruling" for p in proposals)


def test_users_silence_that_will_not_supply_consent_is_nobodys_pledge():
    proposals = read(
        plain(
            "An opt-out window is unlikely to satisfy a statute that demands written consent, "
            "and users' silence will not supply it.",
            published="2024-12-17",
        )
    )
    assert all(p.action_type != "corporate_pledge" for p in proposals)


def test_a_company_that_will_not_supply_it_still_pledges():
    proposal = one(
        plain(
            "Acme said on Monday it will not supply face recognition to the police.",
            published="2024-12-17",
        )
    )
    assert proposal.action_type == "corporate_pledge"
