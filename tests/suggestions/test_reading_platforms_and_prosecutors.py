"""Readings first met in round fa of news the reader had not seen (bench/reading_unseen): a
platform cutting off another company's account, an attorney general's word to the state's
prosecutors, a proposed class action filed, a letter whose sender is named after it, and a
member of Congress named with a state."""

from .reading_helpers import ACME, CLEARVIEW, TEXAS, US, iso, one, plain, read


def test_a_company_that_suspends_another_companys_account_enforces_its_rules():
    proposal = one(
        plain(
            "Acme on Friday suspended the developer account of Clearview AI, disabling the app "
            "the company had handed out to police officers.",
            published="2020-02-29",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2020-02-28")
    assert [pk for pk, _role in proposal.organisations] == [ACME.pk, CLEARVIEW.pk]


def test_a_company_that_suspends_its_own_sales_still_pauses_them():
    proposal = one(
        plain(
            "Acme on Friday suspended sales of its face recognition software to police.",
            published="2020-02-29",
        )
    )
    assert proposal.action_type == "moratorium"


def test_what_an_official_tells_the_states_prosecutors_to_bar_is_barred():
    proposal = one(
        plain(
            "Texas's attorney general on Friday told the state's prosecutors to bar police "
            "from using the Clearview AI app.",
            published="2020-01-25",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "ban",
        "2020-01-24",
        TEXAS.pk,
    )


def test_what_a_group_tells_police_to_stop_is_still_only_asked():
    proposals = read(
        plain(
            "The ACLU on Friday told police in Texas to stop using Clearview AI.",
            published="2020-01-25",
        )
    )
    assert all(p.action_type not in ("ban", "moratorium") for p in proposals)


def test_a_proposed_class_action_filed_is_a_lawsuit():
    proposal = one(
        plain(
            "On Wednesday, a Texas man filed a proposed class action against Clearview AI in "
            "federal court, saying it collected faceprints without consent.",
            published="2020-01-24",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("lawsuit", "2020-01-22")


def test_a_letter_that_a_company_sent_is_its_letter():
    proposal = one(
        plain(
            "It is the latest blow to Clearview AI, which received a cease-and-desist letter "
            "that Acme sent in January.",
            published="2020-02-29",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("letter", "2020-01")


def test_a_member_of_congress_named_with_a_state_acts_in_the_united_states():
    proposal = one(
        plain(
            "Senator Angus King of Maine on Thursday sent a letter to Clearview AI demanding "
            "that it name the police departments that use its app.",
            published="2020-01-24",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "letter",
        "2020-01-23",
        US.pk,
    )


def test_a_state_senator_named_with_the_state_gives_no_country():
    proposal = one(
        plain(
            "State Senator Jane Roe of Maine on Thursday sent a letter to Clearview AI "
            "demanding that it name its customers.",
            published="2020-01-24",
        )
    )
    assert proposal.jurisdiction_id != US.pk
