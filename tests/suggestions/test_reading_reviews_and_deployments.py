"""Readings first met in round fb of news the reader had not seen (bench/reading_unseen): a
review that calls for a new statute, and a force that is deploying its cameras today."""

from .reading_helpers import ACLU, OAKLAND, iso, one, plain, read


def test_a_call_for_a_new_statute_is_a_campaign():
    proposal = one(
        plain(
            "The ACLU on Wednesday called for a new statute to govern the use of biometrics "
            "by public bodies and private companies.",
            published="2022-06-29",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2022-06-29")
    assert [pk for pk, _role in proposal.organisations] == [ACLU.pk]


def test_a_company_that_has_long_called_for_laws_makes_no_campaign_of_it():
    proposals = read(
        plain(
            "Acme, which has called for laws on facial recognition since last year, said it "
            "supported the bill.",
            published="2019-03-15",
        )
    )
    assert all(p.action_type != "campaign" for p in proposals)


def test_a_force_that_is_deploying_cameras_today_puts_them_to_use():
    proposal = one(
        plain(
            "The Oakland police department is deploying live facial recognition cameras in "
            "Oakland today as fans arrive for a concert.",
            published="2023-05-17",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "authorisation",
        "2023-05-17",
        OAKLAND.pk,
    )
