"""A legislature's chamber named bare, as a careful reader names it: "the Senate" and "the House"
of the state a text is about, or of Congress where the text names Congress; a bare "House"
whose legislature the text does not give names nobody."""

from directory.recognition import Candidate

from .reading_directory import make_matcher, organisations_in

CONGRESS = (120, "United States Congress", "government", 1)
US_SENATE = (121, "United States Senate", "government", 1)
VIRGINIA = (60, "Virginia", "state", 1, None, "US-VA")
VIRGINIA_GENERAL_ASSEMBLY = (122, "Virginia General Assembly", "government", 60)
HOUSE_MISSOURI = (61, "House", "city", 1, 300, "")
MATCHER = make_matcher(
    more_places=[VIRGINIA, HOUSE_MISSOURI],
    more_organisations=[CONGRESS, US_SENATE, VIRGINIA_GENERAL_ASSEMBLY],
    more_aliases=[(120, "Congress", True, False)],
)


def test_a_bare_chamber_in_a_text_about_one_state_is_that_states():
    text = "Vermont lawmakers acted. The House voted 120-20 and the Senate approved it."
    assert organisations_in(text, MATCHER) == [
        "Vermont House of Representatives",
        "Vermont Senate",
    ]
    keys = MATCHER.read(text).organisations
    assert ("candidate", Candidate("Vermont Senate", "government", 25)) in keys


def test_a_states_lower_chamber_takes_its_own_name():
    text = "In Virginia, the House passed the bill and the Senate voted 39-0."
    assert organisations_in(text, MATCHER) == ["Virginia House of Delegates", "Virginia Senate"]


def test_the_legislature_a_text_names_says_whose_chambers_they_are():
    # Virginia is named only inside its legislature's name, which is no mention of the place.
    text = "The Virginia General Assembly acted. The Senate voted 39-0 on Tuesday."
    assert organisations_in(text, MATCHER) == ["Virginia General Assembly", "Virginia Senate"]


def test_a_bare_chamber_in_a_text_that_names_congress_is_congress():
    text = (
        "Democrats in the Senate and the House reintroduced a bill that would bar federal "
        "agencies from using it until Congress passes a law, said a senator of Vermont."
    )
    assert organisations_in(text, MATCHER) == [
        "United States Senate",
        "United States House of Representatives",
        "United States Congress",
    ]
    keys = MATCHER.read(text).organisations
    assert ("organisation", 121) in keys  # the Senate the directory knows
    assert (
        "candidate",
        Candidate("United States House of Representatives", "government", 1),
    ) in keys


def test_a_bare_house_with_no_legislature_in_the_text_names_nobody_and_no_town():
    text = "Critics in the House said the police should stop."
    assert organisations_in(text, MATCHER) == []
    assert MATCHER.read(text).places == ()


def test_a_bare_senate_of_a_country_is_still_the_countrys():
    assert organisations_in("In Italy, the Senate approved the moratorium.", MATCHER) == [
        "Italian Senate"
    ]


def test_members_of_congress_introduced_by_their_state_make_a_bare_chamber_congresss():
    # A state's own lawmakers are introduced by party and district, not "of <State>".
    text = (
        "Representative Ted Lieu of Vermont introduced the bill. Senators in the Senate "
        "reintroduced a moratorium last year."
    )
    assert organisations_in(text, MATCHER) == ["United States Senate"]
    text = "Sen. Jane Doe of Vermont spoke. The Senate passed it."
    assert organisations_in(text, MATCHER) == ["United States Senate"]


def test_a_state_senator_of_a_state_is_no_member_of_congress():
    text = "State Senator Jane Doe of Vermont spoke. The Senate passed it."
    assert organisations_in(text, MATCHER) == ["Vermont Senate"]
    text = "Senator Jane Doe of Burlington spoke in Vermont. The Senate passed it."
    assert organisations_in(text, MATCHER) == ["Vermont Senate"]


def test_a_lawmaker_described_by_state_and_party_is_a_member_of_congress():
    # "Sen. Jeff Merkley, an Oregon Democrat": the state is the senator's, not the text's.
    text = "Sen. Jane Doe, a Vermont Democrat, filed it. The Senate passed the bill."
    assert organisations_in(text, MATCHER) == ["United States Senate"]
    # A state senator so described is the state's.
    text = "State Sen. Jane Doe, a Vermont Democrat, filed it. The Senate passed the bill."
    assert organisations_in(text, MATCHER) == ["Vermont Senate"]


def test_a_chamber_named_by_its_members_party_is_that_chamber():
    text = "Three House Democrats, Jane Doe of Vermont and John Roe of Texas, introduced a bill."
    assert organisations_in(text, MATCHER) == ["United States House of Representatives"]
    # Whose House the text does not say: nobody's.
    assert organisations_in("Senior House Republicans opposed it.", MATCHER) == []


def test_a_bare_chamber_of_lawmakers_who_would_bind_federal_agencies_is_congresss():
    # Vermont is named, but only for where wrongful arrests happened: "Senate Democrats" who
    # would ban "federal use" sit in the United States Senate.
    text = (
        "Senate Democrats on Thursday introduced a bill to ban federal use of face "
        "recognition, citing wrongful arrests in Vermont."
    )
    assert organisations_in(text, MATCHER) == ["United States Senate"]
    state = "The Vermont Senate voted on Thursday, and the Senate's bill binds federal agencies."
    assert organisations_in(state, MATCHER) == ["Vermont Senate"]


def test_a_bare_chamber_in_a_text_about_americans_rights_is_congresss():
    text = (
        "The bill would stop police buying Americans' data without a warrant. Two senators "
        "first introduced it in the Senate in 2021."
    )
    assert organisations_in(text, MATCHER) == ["United States Senate"]


def test_of_several_countries_named_a_bare_chamber_is_the_one_the_texts_places_lie_in():
    # "... by Parliament" in a text about London that quotes "outside of China" is Britain's.
    matcher = make_matcher(more_places=[(901, "Milan", "city", 5, 1_371_498, "")])
    text = "In Italy the Senate approved the moratorium Milan asked for. France has none."
    assert organisations_in(text, matcher) == ["Italian Senate"]


def test_a_subcommittee_is_a_body_of_its_own_not_the_bare_chamber():
    # Round sd: "The House Select Subcommittee on the Coronavirus Crisis" was read as "House"
    # alone (the House of Representatives), as "Subcommittee" was no organisation word.
    text = (
        "In Washington, the House Select Subcommittee on the Coronavirus Crisis wrote to the "
        "company, and the House Oversight Subcommittee on Economic and Consumer Policy did too."
    )
    assert organisations_in(text, MATCHER) == [
        "House Select Subcommittee on the Coronavirus Crisis",
        "House Oversight Subcommittee on Economic and Consumer Policy",
    ]


ENERGY_ILLINOIS = (62, "Energy", "city", 13, 1100, "")
COMMITTEE_MATCHER = make_matcher(
    more_places=[ENERGY_ILLINOIS],
    more_organisations=[CONGRESS, US_SENATE],
    more_aliases=[(120, "Congress", True, False)],
)


def test_a_chambers_committee_is_placed_where_the_chamber_is_not_in_a_town_of_its_subject():
    # Round ud: "the House Energy and Commerce Committee" was placed in Energy, Illinois (a
    # town of the state the text names), so its vote on a federal bill went to Illinois.
    text = (
        "Federal privacy bill clears House committee. The House Energy and Commerce Committee "
        "voted 53-2 to advance it, leaving Illinois' biometric privacy law in place."
    )
    keys = COMMITTEE_MATCHER.read(text).organisations
    committee = Candidate("House Energy and Commerce Committee", "government", 1)
    assert ("candidate", committee) in keys


def test_the_full_house_is_the_chamber_as_a_whole():
    text = "Vermont lawmakers acted. The committee's vote sends the bill to the full House."
    assert organisations_in(text, MATCHER) == ["Vermont House of Representatives"]


def test_of_two_states_named_as_often_a_bare_chamber_is_of_the_one_named_first():
    text = (
        "A bill in Vermont cleared a committee and goes next to the Senate. Somerville, "
        "Massachusetts, banned the technology in 2019."
    )
    assert organisations_in(text, MATCHER) == ["Vermont Senate"]
