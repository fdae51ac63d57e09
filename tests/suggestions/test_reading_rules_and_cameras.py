"""Readings first met in round ao of news the reader had not seen (bench/reading_unseen): the
police saying they would install cameras to identify people, and rules whose issuing is told
between commas ("The measures, issued in March by ..., bar ...") after they take effect."""

from .reading_helpers import EU, ITALY, iso, one, plain


def test_police_saying_they_would_install_cameras_to_identify_people_authorise_them():
    proposal = one(
        plain(
            "Italy's police said on Saturday they would install smart cameras in public places "
            "to identify women who do not cover their hair.",
            published="2023-04-08",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "authorisation",
        "2023-04-08",
        ITALY.pk,
    )


def test_rules_in_force_are_one_action_however_their_issuing_months_before_is_told():
    proposal = one(
        plain(
            "Italy's rules on facial recognition came into force on Sunday, requiring consent. "
            "The measures, issued in March by the Garante and the FTC, bar hotels and banks "
            "from forcing people to submit to face scans, and prohibit installing the cameras "
            "in changing rooms.",
            published="2025-06-02",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("regulation", "2025-06-01")


def test_a_groups_campaign_belongs_to_its_home_and_a_coalitions_of_many_places_to_none():
    alone = one(
        plain(
            "EDRi and more than 60 groups, calling for a ban on biometric mass surveillance, "
            "said on Monday they had collected over 50,000 signatures.",
            published="2021-02-15",
        )
    )
    assert (alone.action_type, alone.jurisdiction_id) == ("campaign", EU.pk)
    coalition = one(
        plain(
            "Access Now, Amnesty International, European Digital Rights and the ACLU published an "
            "open letter on Monday calling for an outright ban on facial recognition.",
            published="2021-06-07",
        )
    )
    assert coalition.jurisdiction_id is None


def test_a_government_paying_for_facial_recognition_vans_authorises_them():
    proposal = one(
        plain(
            "The Garante said on Wednesday it would pay for ten live facial recognition vans "
            "to be used by seven police forces.",
            published="2025-08-13",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "authorisation",
        "2025-08-13",
        ITALY.pk,
    )
