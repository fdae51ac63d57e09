"""Laws signed and in force, and the suits told beside them (round ga: Colorado's and Texas'
biometric laws taking effect, the Seventh Circuit on a vending kiosk's fingerprint scans; round
oc: a law going into effect on a weekday, what the law allows said with "may")."""

from .reading_helpers import ITALY, TEXAS, feed, iso, item, one, plain, read


def test_a_bill_signed_by_a_governor_named_as_gov_is_signed_by_someone_named():
    proposal = one(
        plain(
            "Gov. Greg Abbott on Sunday signed House Bill 149, which forbids Texas agencies to "
            "identify people from biometric data without their consent.",
            published="2025-06-23",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("bill", "2025-06-22")


def test_a_related_item_that_names_no_place_is_read_where_the_main_story_is():
    proposals = read(
        feed(
            "Texas law limiting government face identification takes effect",
            "A Texas law that bars agencies from identifying people from biometric data "
            "gathered without consent took effect on Thursday.",
            published="2026-01-01",
            related=[
                item(
                    "Governor signs AI governance bill",
                    "Gov. Greg Abbott on Sunday signed House Bill 149, which forbids agencies "
                    "to identify a person through biometric data without consent.",
                    published="2025-06-23",
                )
            ],
        )
    )
    signed = next(p for p in proposals if p.related_index == 0)
    assert (signed.jurisdiction_id, iso(signed)) == (TEXAS.pk, "2025-06-22")


def test_what_a_company_did_without_the_notice_a_law_demands_is_no_measure_requiring_it():
    proposal = one(
        plain(
            "A worker sued Acme in Texas, saying its kiosks required her to scan her fingerprint "
            "without the written notice that the state's biometric privacy law demands.",
            published="2020-05-06",
        )
    )
    assert proposal.action_type == "lawsuit"


def test_a_deadline_set_by_a_law_running_out_is_the_laws_requirement_applying():
    proposal = one(
        plain(
            "A two-year deadline set by Italy's sports law ran out this month, and large "
            "stadiums must now identify spectators by their faces.",
            published="2025-06-16",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2025-06")


def test_a_reform_published_in_the_official_gazette_is_enacted_that_day():
    proposal = one(
        plain(
            "Italy published in its official gazette on Wednesday a reform that adds each "
            "person's photograph and fingerprints to the identity register.",
            published="2025-07-17",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "regulation",
        ITALY.pk,
        "2025-07-16",
    )


def test_a_law_that_went_into_effect_is_in_force_from_that_day():
    proposal = one(
        plain(
            "Texas' biometric privacy amendment went into effect on Thursday.",
            published="2026-01-02",
        )
    )
    assert (proposal.action_type, proposal.status, iso(proposal)) == (
        "regulation",
        "in_force",
        "2026-01-01",
    )


def test_a_law_that_takes_effect_today_is_in_force_from_the_day_of_the_news():
    proposal = one(
        plain(
            "Texas' biometric privacy amendment takes effect today.",
            published="2026-01-01",
        )
    )
    assert (proposal.action_type, proposal.status, iso(proposal)) == (
        "regulation",
        "in_force",
        "2026-01-01",
    )


def test_a_law_that_goes_into_effect_on_a_weekday_is_in_force_from_that_day():
    proposal = one(
        plain("Italy's law on face searches goes into effect on Tuesday.", published="2025-07-01")
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "regulation",
        "2025-07-01",
        ITALY.pk,
    )


def test_what_a_law_lets_police_do_is_no_hedge_on_its_taking_effect():
    proposal = one(
        plain(
            "A law that widens how Italian police may use fingerprints took effect on Tuesday.",
            published="2025-07-01",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2025-07-01")
    hedged = plain(
        "A law that widens how Italian police may use fingerprints could take effect on Tuesday.",
        published="2025-07-01",
    )
    assert read(hedged) == []


def test_a_law_given_royal_assent_is_enacted():
    proposal = one(
        plain(
            "The Freedoms Act received Royal Assent on Tuesday. It requires police to destroy "
            "the fingerprints of most people who are not convicted.",
            published="2012-05-01",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2012-05-01")
