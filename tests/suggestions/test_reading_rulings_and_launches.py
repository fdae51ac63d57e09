"""Readings first met in news from Latin America, Africa and Asia (bench/reading_unseen,
ba01-ba04): a court striking a measure down with its object between the words, or throwing
it out; a country that will not build what a court struck down; a system launched by its name,
switched on or gone live, and police that have begun watching through cameras."""

from .reading_helpers import ITALY, MILAN, ROME, iso, one, plain, read


def test_a_court_that_struck_a_registry_down_rules():
    proposal = one(
        plain(
            "The Texas Supreme Court struck the phone registry down on Monday.",
            published="2022-04-26",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("court_ruling", "2022-04-25")


def test_a_court_that_strikes_down_a_law_rules():
    proposal = one(plain("The Texas Supreme Court strikes down the state's biometric ID law."))
    assert proposal.action_type == "court_ruling"


def test_a_court_that_throws_out_a_registry_rules_but_a_company_throwing_out_plans_does_not():
    proposal = one(plain("The Texas Supreme Court threw out the state's phone registry."))
    assert proposal.action_type == "court_ruling"
    assert [p.action_type for p in read(plain("Acme threw out the old cameras."))] == []


def test_what_a_country_will_no_longer_use_after_a_ruling_is_no_companys_pledge():
    proposal = one(
        plain(
            "Italy will no longer use the face database after the Texas Supreme Court ruled on "
            "Monday that it was unlawful.",
            published="2022-04-26",
        )
    )
    assert proposal.action_type == "court_ruling"


def test_what_a_countrys_government_rules_out_is_still_its_pledge():
    proposal = one(plain("Italy's new government rules out facial recognition in public spaces."))
    assert (proposal.action_type, proposal.jurisdiction_id) == ("corporate_pledge", ITALY.pk)


def test_police_that_have_begun_watching_through_cameras_authorise_them():
    proposal = one(
        plain(
            "Police in Italy have begun watching the streets of Rome through cameras that "
            "recognise faces, officials said on Thursday.",
            published="2019-08-16",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("authorisation", "2019-08-15")
    assert proposal.jurisdiction_id in (ITALY.pk, ROME.pk)


def test_a_country_that_switches_on_cameras_authorises_them():
    proposal = one(plain("Italy switches on cameras that can recognise faces in Milan."))
    assert proposal.action_type == "authorisation"
    assert proposal.jurisdiction_id in (ITALY.pk, MILAN.pk)


def test_a_system_launched_by_its_name_or_gone_live_is_authorised():
    launched = one(
        plain(
            "Italy's minister on Thursday launched FaceGate, the government-backed system that "
            "lets passengers board by face scan, at Rome's airport.",
            published="2022-12-01",
        )
    )
    assert (launched.action_type, iso(launched)) == ("authorisation", "2022-12-01")
    assert one(plain("FaceGate goes live at Italy's airports.")).action_type == "authorisation"


def test_a_company_launching_its_own_service_authorises_nothing():
    assert read(plain("Acme launched FaceGo, a service that scans shoppers' faces.")) == []


def test_an_order_to_stop_given_to_a_company_described_between_commas_is_enforcement():
    proposal = one(
        plain(
            "The Garante on Friday ordered Acme, the company behind the FaceGo app formerly "
            "known as FaceNow, to stop paying people in Italy for face scans.",
            published="2025-01-27",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2025-01-24")


def test_a_citys_metro_turning_on_face_fares_authorises_them_but_a_company_doing_so_does_not():
    proposal = one(plain("Rome's metro turns on face fares at every station."))
    assert (proposal.action_type, proposal.jurisdiction_id) == ("authorisation", ROME.pk)
    assert read(plain("Acme turns on face payments in its stores.")) == []


def test_a_month_said_as_that_month_is_of_the_year_the_text_last_wrote_out():
    proposal = one(
        plain(
            "Acme put the cameras on its platforms in 2018. The ACLU sued Acme that August, "
            "arguing that riders had no way to refuse.",
            published="2021-05-14",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("lawsuit", "2018-08")


def test_police_that_will_put_up_cameras_that_read_faces_authorise_them():
    proposal = one(
        plain(
            "Police in Rome will put up cameras that read women's faces for signs of distress, "
            "the police commissioner said on Wednesday.",
            published="2021-01-21",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("authorisation", "2021-01-20")


def test_a_country_that_freezes_a_company_or_puts_it_on_hold_suspends_it():
    assert one(plain("Italy freezes Acme's registration.")).action_type == "moratorium"
    proposal = one(plain("Italy has put Acme on hold while officials examine its iris scans."))
    assert (proposal.action_type, proposal.jurisdiction_id) == ("moratorium", ITALY.pk)
