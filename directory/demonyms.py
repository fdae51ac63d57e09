"""The adjectives news writes for countries ("Dutch", "British"): a nationality names its
country ("the Dutch regulator"), and a country's bodies are often named with it ("the French
National Assembly", "the Italian Parliament").

`nationality_country` is the one way to ask which country a word names as a nationality, and
`nationality_countries` which of the directory's places that country is.
"""

from .text import tokenize

DEMONYMS = {
    "Afghan": "Afghanistan", "Argentine": "Argentina", "Argentinian": "Argentina",
    "Australian": "Australia", "Austrian": "Austria", "Belgian": "Belgium",
    "Brazilian": "Brazil", "British": "United Kingdom", "Canadian": "Canada",
    "Chilean": "Chile", "Chinese": "China", "Colombian": "Colombia", "Czech": "Czech Republic",
    "Danish": "Denmark", "Dutch": "Netherlands", "Estonian": "Estonia", "Finnish": "Finland",
    "French": "France", "German": "Germany", "Greek": "Greece", "Hungarian": "Hungary",
    "Indian": "India", "Irish": "Ireland", "Israeli": "Israel", "Italian": "Italy",
    "Japanese": "Japan", "Kenyan": "Kenya", "Korean": "South Korea", "Mexican": "Mexico",
    "Norwegian": "Norway", "Polish": "Poland", "Portuguese": "Portugal",
    "Romanian": "Romania", "Russian": "Russia", "Scottish": "Scotland", "Serbian": "Serbia",
    "Singaporean": "Singapore", "Spanish": "Spain", "Swedish": "Sweden", "Swiss": "Switzerland",
    "Turkish": "Turkey", "Ukrainian": "Ukraine", "Welsh": "Wales",
    "Palestinian": "Palestine", "Iranian": "Iran", "Egyptian": "Egypt", "Nigerian": "Nigeria",
    "Pakistani": "Pakistan", "Thai": "Thailand", "Vietnamese": "Vietnam",
    "Filipino": "Philippines", "Indonesian": "Indonesia", "Malaysian": "Malaysia",
    "Saudi": "Saudi Arabia", "Ugandan": "Uganda", "Peruvian": "Peru", "Lithuanian": "Lithuania",
    "Latvian": "Latvia", "Slovak": "Slovakia", "Croatian": "Croatia", "Bulgarian": "Bulgaria",
    "Icelandic": "Iceland", "Taiwanese": "Taiwan",
}  # fmt: skip

# Every word `nationality_country` reads with `plural`: a cheap first test for the readers
# that ask it of every capitalised word of a text, most of which are none.
NATIONALITY_WORDS = frozenset(DEMONYMS) | {f"{adjective}s" for adjective in DEMONYMS}

ADJECTIVE_OF = {}
for _adjective, _country in DEMONYMS.items():
    ADJECTIVE_OF.setdefault(_country, _adjective)  # the first listed is the usual one


def nationality_country(word, *, plural=False):
    """The name of the country the nationality `word` stands for ("Netherlands" for "Dutch";
    with `plural`, "Palestine" for "Palestinians" too), or None for a word that is none."""
    country = DEMONYMS.get(word)
    if country is None and plural:
        country = DEMONYMS.get(word.removesuffix("s"))
    return country


def nationality_countries(name_index, word, *, plural=False):
    """The pks of the directory's countries the nationality `word` names ("Dutch": the
    Netherlands), () for a word that is no nationality."""
    country = nationality_country(word, plural=plural)
    if country is None:
        return ()
    # Worked out once per directory: every text with a nationality in it asks.
    return name_index.derived(("countries named", country), _countries_named, name_index, country)


def _countries_named(name_index, name):
    return tuple(
        pk
        for match in name_index.matches(tokenize(name))
        for pk in match.places
        if name_index.places[pk].kind == "country"
    )
