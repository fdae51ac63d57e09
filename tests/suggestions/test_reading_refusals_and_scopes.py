"""Readings first met in round wb of news the reader had not seen (bench/reading_unseen): a
company saying no to a request, or making its product refuse, pledges; a company's action for
users in the European Union is the EU's; the day a sentence was said dates it past a later
clause with a future."""

from .reading_helpers import EU, iso, plain, read


def test_a_company_turning_down_a_request_pledges():
    proposals = read(
        plain(
            "Acme said on Tuesday it had turned down a request from a California police "
            "agency to install its facial recognition in patrol cars.",
            published="2019-04-17",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("corporate_pledge", "2019-04-16")]


def test_a_company_making_its_product_refuse_pledges():
    proposals = read(
        plain(
            "Acme said on Monday that it has trained its chatbot to refuse requests to identify "
            "people from their faces.",
            published="2023-09-25",
        )
    )
    assert [(p.action_type, p.jurisdiction_id, iso(p)) for p in proposals] == [
        ("corporate_pledge", None, "2023-09-25")
    ]


def test_a_companys_action_for_users_in_the_eu_is_the_eus_and_dated_when_said():
    proposals = read(
        plain(
            "Meta has turned off its facial recognition feature for new users in the European "
            "Union, and will delete the face templates by Oct. 15, the regulator said on Friday.",
            published="2012-09-21",
        )
    )
    assert [(p.action_type, p.jurisdiction_id, iso(p)) for p in proposals] == [
        ("corporate_pledge", EU.pk, "2012-09-21")
    ]


def test_a_regulator_reopening_proceedings_against_a_company_enforces():
    proposals = read(
        plain(
            "In August, the Garante reopened proceedings against Meta over its face database.",
            published="2012-09-21",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("enforcement", "2012-08")]
