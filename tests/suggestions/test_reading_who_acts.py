"""Who takes an action decides whether it is one, of which type and where: a business using
the technology, a public body halting it, a government named by its nationality, a regulator
granting a request. The sentences come from news the development corpus does not hold (a
Japanese railway, a Danish football club, the Los Angeles Police Commission, Ireland's
government, Virginia's reversal); the names are the helpers' own."""

from .reading_helpers import ITALY, OAKLAND, PORTLAND, TEXAS, iso, one, plain, read


def test_a_business_starting_to_use_the_system_reports_no_policy_action():
    text = "The railway, known as Acme, began using the system in July at 110 stations in Rome."
    assert read(plain(text, published="2021-09-23")) == []


def test_what_a_body_only_plans_to_start_using_is_not_yet_an_action():
    text = "The Portland City Council plans to start using the system in July."
    assert read(plain(text, published="2019-06-14")) == []


def test_a_companys_halt_at_its_own_premises_belongs_to_the_one_country_the_text_names():
    proposal = one(
        plain(
            "Acme said on Tuesday that it had stopped using facial recognition cameras to spot "
            "shoplifters at its stores.\n\nItaly's privacy regulator had questioned the plan.",
            published="2021-09-23",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("corporate_pledge", ITALY.pk)


def test_a_public_body_telling_officers_to_stop_using_a_product_halts_it():
    proposal = one(
        plain(
            "The police department in Oakland told officers on Monday to stop using Clearview AI.",
            published="2020-11-18",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("moratorium", OAKLAND.pk)


def test_a_nationality_in_the_subject_places_the_action_over_a_city_named_after_it():
    proposal = one(
        plain(
            "The Italian government on Tuesday approved plans to give the national police the "
            "power to use facial recognition, weeks after riots in Rome.",
            published="2023-12-13",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("authorisation", ITALY.pk)


def test_a_regulator_approving_a_request_to_use_it_authorises_that_use():
    proposal = one(
        plain(
            "The Garante has approved Acme's request to scan the faces of spectators against "
            "a list of banned supporters.",
            published="2019-06-14",
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("authorisation", ITALY.pk)


def test_a_policy_that_limits_use_and_then_bars_one_product_is_a_regulation():
    proposal = one(
        plain(
            "The Portland City Council on Tuesday approved a policy that limits the Portland "
            "Police Department to searching a county database, and bars officers from using "
            "commercial face search services.",
            published="2021-01-13",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2021-01-12")
    assert proposal.jurisdiction_id == PORTLAND.pk


def test_a_bill_that_replaces_last_years_ban_is_a_bill_and_the_ban_is_last_years():
    proposals = read(
        plain(
            "The Texas Legislature on Saturday passed a bill that replaces last year's ban on "
            "local police use of facial recognition with rules that allow it in some "
            "investigations.",
            published="2022-03-13",
        )
    )
    assert sorted((p.action_type, iso(p), p.jurisdiction_id) for p in proposals) == [
        ("ban", "2021", TEXAS.pk),
        ("bill", "2022-03-12", TEXAS.pk),
    ]
