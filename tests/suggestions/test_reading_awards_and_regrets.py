"""Readings first met in rounds bd and be of unseen news (bench/reading_unseen): a contract
awarded to build a biometric system, a supervisor regretting that draft rules stop short of a
moratorium, and fines told of a region's unnamed regulators."""

from .reading_helpers import EU, ITALY, feed, iso, one, plain, read


def test_an_agency_awarding_the_contract_for_a_biometric_system_authorises_it():
    proposal = one(
        plain(
            "The European Union's border agency announced last month that it had awarded the "
            "contract for its shared biometric matching system to Acme.",
            published="2020-07-02",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id, iso(proposal)) == (
        "authorisation",
        EU.pk,
        "2020-06",
    )


def test_draft_rules_that_stop_short_of_a_moratorium_impose_none_and_the_regret_is_a_call():
    proposal = one(
        feed(
            "Privacy Watchdog Regrets That Draft AI Rules Stop Short of a Face Recognition "
            "Moratorium",
            "European Digital Rights said on Friday it regretted that the draft rules had not "
            "taken up its call for a moratorium on face recognition in public spaces.",
            published="2021-04-23",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("campaign", "2021-04-23")


def test_fines_by_european_regulators_unnamed_belong_to_no_one_country_of_the_text():
    document = plain(
        "The Italian Senate voted on Tuesday to ban facial recognition in public places. "
        "Civil liberties groups had opposed it, arguing that such searches need a database "
        "of billions of photos, of the kind Clearview AI has built and European regulators "
        "have fined it for.",
        published="2021-12-02",
    )
    fines = [p for p in read(document) if p.action_type == "enforcement"]
    assert [p.jurisdiction_id for p in fines] == [None]


def test_a_chamber_refusing_its_consent_to_a_bill_is_a_step_of_the_bill():
    proposal = one(
        plain(
            "The Italian Senate on Friday refused its consent to the part of the government's "
            "security package that would have let police match faces against the internet.",
            published="2024-10-19",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("bill", "2024-10-18")


def test_a_national_moratorium_told_beside_a_city_is_its_countrys():
    document = plain(
        "The Garante opened an inquiry into Milan's plan for face recognition cameras. "
        "A national moratorium on facial recognition in public places is in force until the "
        "end of the year.",
        published="2023-04-21",
    )
    halts = [p for p in read(document) if p.action_type == "moratorium"]
    assert [p.jurisdiction_id for p in halts] == [ITALY.pk]
