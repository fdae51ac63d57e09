"""Bodies as the directory records them: a department named by its short name in a headline
("Senators ask Homeland Security to pause ..."), an auditing firm whose name holds "and", a
department's Office of Inspector General named after it, a contractor the directory knows, and
the makers and agency of a federal purchase ban."""

import yaml

from directory.loading import ORGANISATION_DIRECTORY

from .reading_directory import make_matcher, organisations_in


def _matcher_with(slug, pk):
    records = yaml.safe_load(ORGANISATION_DIRECTORY.read_text())
    entry = next(record for record in records if record["slug"] == slug)
    aliases = [
        (pk, alias, False, False)
        if isinstance(alias, str)
        else (pk, alias["text"], alias.get("case_sensitive", False), False)
        for alias in entry.get("aliases", [])
    ]
    return make_matcher(
        more_organisations=[(pk, entry["name"], entry["kind"], 1)], more_aliases=aliases
    )


def test_homeland_security_in_a_headline_is_the_department():
    matcher = _matcher_with("dhs", 301)
    text = "Senators ask Homeland Security to pause airport face scans until it writes rules"
    assert organisations_in(text, matcher) == ["Department of Homeland Security"]


def test_an_auditing_firm_whose_name_holds_and_is_one_firm():
    matcher = _matcher_with("orcaa", 302)
    text = "The company commissioned an audit from O'Neil Risk Consulting and Algorithmic Auditing."
    assert organisations_in(text, matcher) == ["O'Neil Risk Consulting and Algorithmic Auditing"]


def test_a_known_departments_office_of_inspector_general_is_named_after_it():
    # Round qd: the DHS inspector general's report on the breach at a CBP contractor.
    matcher = _matcher_with("dhs", 303)
    text = (
        "The Department of Homeland Security's Office of Inspector General released a report "
        "on Wednesday."
    )
    assert organisations_in(text, matcher) == [
        "Department of Homeland Security Office of Inspector General"
    ]


def test_the_contractor_whose_network_was_breached_is_a_company_the_directory_knows():
    matcher = _matcher_with("perceptics", 304)
    text = "A subcontractor, Perceptics, copied about 184,000 of those images to its own network."
    assert organisations_in(text, matcher) == ["Perceptics"]


def test_the_makers_and_the_agency_of_a_federal_purchase_ban_are_known():
    # Round rf: the federal ban on buying Huawei, ZTE, Hytera, Hikvision and Dahua equipment.
    for slug, pk, text, name in [
        ("zte", 305, "It also covers equipment from ZTE and others.", "ZTE"),
        ("hytera", 306, "It also covers equipment from Hytera and others.", "Hytera"),
        ("nasa", 307, "The GSA and NASA published an interim rule.", "NASA"),
    ]:
        assert name in organisations_in(text, _matcher_with(slug, pk))
