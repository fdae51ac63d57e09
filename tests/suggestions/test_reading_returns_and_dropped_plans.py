"""Shapes of news probed beside round lf (police chiefs, mayors and governors): a governor
handing a bill back with amendments, and a public body dropping plans it had made with a
company."""

from .reading_helpers import COUNCIL, MAINE, PORTLAND, iso, one, plain


def test_a_governor_returning_a_bill_with_amendments_takes_a_step_of_the_bill():
    proposal = one(
        plain(
            "Gov. Janet Mills on Thursday returned the Maine police bill to the Legislature with "
            "amendments, saying she would not sign a ban on police facial recognition.",
            published="2020-12-11",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "bill",
        MAINE.pk,
        "2020-12-10",
    )


def test_a_bill_sent_back_to_lawmakers_is_a_step_of_the_bill():
    proposal = one(
        plain(
            "Gov. Janet Mills on Thursday sent the compromise bill back to Maine lawmakers.",
            published="2020-12-11",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("bill", "2020-12-10")


def test_plans_with_a_company_a_public_body_drops_are_no_pledge_of_the_company():
    proposal = one(
        plain(
            "The Portland City Council on Thursday put a moratorium on the city's use of facial "
            "recognition and dropped plans to trade booking photos to Acme for its software.",
            published="2020-12-11",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "moratorium",
        PORTLAND.pk,
        "2020-12-10",
    )
    assert COUNCIL.pk in [pk for pk, _role in proposal.organisations]
