"""A small directory built by hand, in memory, for reading tests: sentences in, names out."""

from directory.matching import DirectoryRows, matcher_from_rows

# pk, name, kind, parent, population, iso code
PLACES = [
    (1, "United States", "country", None, None, "US"),
    (2, "United Kingdom", "country", None, None, "GB"),
    (3, "Hungary", "country", None, None, "HU"),
    (4, "France", "country", None, None, "FR"),
    (5, "Italy", "country", None, None, "IT"),
    (6, "Bulgaria", "country", None, None, "BG"),
    (7, "Montana", "state", 6, None, "BG-12"),  # listed first: the tie went to it
    (10, "Maine", "state", 1, None, "US-ME"),
    (11, "Oregon", "state", 1, None, "US-OR"),
    (12, "Massachusetts", "state", 1, None, "US-MA"),
    (13, "Illinois", "state", 1, None, "US-IL"),
    (14, "Mississippi", "state", 1, None, "US-MS"),
    (15, "Tennessee", "state", 1, None, "US-TN"),
    (16, "Washington", "state", 1, None, "US-WA"),
    (17, "Michigan", "state", 1, None, "US-MI"),
    (18, "Texas", "state", 1, None, "US-TX"),
    (19, "New York", "state", 1, None, "US-NY"),
    (20, "England", "state", 2, None, "GB-ENG"),
    (21, "Wales", "state", 2, None, "GB-WLS"),
    (22, "Pennsylvania", "state", 1, None, "US-PA"),
    (23, "Alabama", "state", 1, None, "US-AL"),
    (24, "Kentucky", "state", 1, None, "US-KY"),
    (25, "Vermont", "state", 1, None, "US-VT"),
    (26, "California", "state", 1, None, "US-CA"),
    (27, "Montana", "state", 1, None, "US-MT"),
    (8, "Canada", "country", None, None, "CA"),
    (9, "Jamaica", "country", None, None, "JM"),
    (58, "Portland", "state", 9, None, "JM-04"),  # a parish: outranks any city on its name
    (59, "Boston", "city", 12, 675_647, ""),
    (60, "Boston", "city", 24, 1_300, ""),  # a namesake: Boston alone says no state
    (28, "Ontario", "state", 8, None, "CA-ON"),
    (57, "Ontario", "city", 26, 175_265, ""),  # California's: a city named like the province
    (30, "Portland", "city", 10, 66_881, ""),
    (31, "Portland", "city", 11, 652_503, ""),
    (32, "Cambridge", "city", 12, 110_402, ""),
    (33, "Cambridge", "city", 20, 145_674, ""),
    (34, "Somerville", "city", 12, 80_318, ""),
    (35, "Springfield", "city", 13, 114_394, ""),
    (36, "Springfield", "city", 12, 154_341, ""),
    (37, "Jackson", "city", 14, 153_701, ""),
    (38, "Jackson", "city", 15, 66_975, ""),
    (39, "Washington", "city", 1, 689_545, ""),
    (40, "Redmond", "city", 16, 73_256, ""),
    (41, "Detroit", "city", 17, 639_111, ""),
    (42, "Williams", "city", 17, None, ""),
    (43, "London", "city", 20, 8_961_989, ""),
    (44, "London", "city", 24, 8_000, ""),
    (45, "Reading", "city", 20, 318_014, ""),
    (46, "Reading", "city", 22, 87_879, ""),
    (47, "Mobile", "city", 23, 183_289, ""),
    (48, "Budapest", "city", 3, 1_741_041, ""),
    (49, "New York", "city", 19, 8_804_190, ""),
    (50, "May", "city", 13, None, ""),
    (51, "Italy", "city", 18, None, ""),
    (52, "Breed", "city", 17, None, ""),
    (53, "San Francisco", "city", 1, 873_965, ""),
    (54, "San Diego County", "county", 26, None, ""),
    (55, "Orange County", "county", 26, None, ""),
    (56, "Orange County", "county", 19, None, ""),
    (61, "Detroit", "city", 23, 200, ""),  # Alabama's village: no match for Michigan's city
    (62, "Black", "city", 23, 200, ""),  # a town named like a word for people
    (63, "Birmingham", "city", 23, 200_733, ""),
    (64, "Switzerland", "country", None, None, "CH"),
    (65, "Zürich", "state", 64, None, "CH-ZH"),  # the canton, named after its city
    (66, "Zürich", "city", 65, 415_367, ""),
    (67, "Zurich", "city", 18, 100, ""),  # a namesake spelled as English writes the city
    (68, "Colorado", "state", 1, None, "US-CO"),
    (69, "Denver", "city", 68, 715_522, ""),
    (70, "Georgia", "country", None, None, "GE"),
    (71, "Georgia", "state", 1, None, "US-GA"),
    (72, "DeKalb County", "county", 71, None, ""),
    (73, "Home", "city", 17, None, ""),  # Michigan's: a town named like a word of titles
    (74, "James", "city", 17, None, ""),  # Michigan's, named like a first name
    (75, "British Columbia", "state", 8, None, "CA-BC"),
]
ORGANISATIONS = [
    (100, "American Civil Liberties Union", "civil_society"),
    (101, "Amnesty International", "civil_society"),
    (102, "Big Brother Watch", "civil_society"),
    (103, "Liberty", "civil_society"),
    (104, "Amazon", "company"),
    (105, "San Francisco Board of Supervisors", "government"),
    (106, "Detroit City Council", "government", 41),  # pk, name, kind[, place]
    (107, "Detroit Wayne Authority", "government", 17),  # a body of Michigan, not of Detroit
    (108, "Garante per la protezione dei dati personali", "regulator", 5),
    (109, "Privacy Commissioner of Canada", "regulator", 8),
    (110, "French National Assembly", "government", 4),
    (111, "Information and Privacy Commissioner of Ontario", "regulator", 28),
    (112, "Italian Parliament", "government", 5),
    (113, "Clearview AI", "company"),
    (114, "Italian Senate", "government", 5),
    (115, "Vermont General Assembly", "government", 25),
    (116, "Information Commissioner's Office", "regulator", 2),
]
# owner, text, case_sensitive, exclude
PLACE_ALIASES = [
    (1, "U.S.", False, False),
    (2, "UK", True, False),
    (39, "D.C.", True, False),
    (75, "B.C.", True, False),
]
ORGANISATION_ALIASES = [
    (100, "ACLU", True, False),
    (103, "Liberty", True, False),
    (104, "Amazon", True, False),
    (104, "Amazon rainforest", False, True),
    (115, "Vermont Legislature", False, False),
]


def make_matcher(
    rejected=(), more_places=(), more_organisations=(), more_aliases=(), more_place_aliases=()
):
    """The matcher the directory builds from these rows (`directory.matching`)."""
    rows = DirectoryRows(
        places=tuple(
            (pk, name, kind, parent, None, iso, size)
            for pk, name, kind, parent, size, iso in [*PLACES, *more_places]
        ),
        organisations=tuple((*row, None)[:4] for row in [*ORGANISATIONS, *more_organisations]),
        rejected=tuple(rejected),
        place_aliases=(*PLACE_ALIASES, *more_place_aliases),
        organisation_aliases=(*ORGANISATION_ALIASES, *more_aliases),
    )
    return matcher_from_rows(rows)


MATCHER = make_matcher()


def places_in(text, matcher=MATCHER):
    """The places a text names, as "Name, Parent" strings."""
    index = matcher.name_index
    found = []
    for pk in matcher.read(text).places:
        parent = index.places[index.places[pk].parent].name if index.places[pk].parent else None
        found.append(f"{index.places[pk].name}, {parent}" if parent else index.places[pk].name)
    return found


def organisations_in(text, matcher=MATCHER):
    return [matcher.organisation_name(key) for key in matcher.read(text).organisations]
