"""The adjectives news writes for countries ("Dutch", "British"): a nationality names its
country ("the Dutch regulator"), and a country's bodies are often named with it ("the French
National Assembly", "the Italian Parliament")."""

DEMONYMS = {
    "Afghan": "Afghanistan", "Argentine": "Argentina", "Argentinian": "Argentina",
    "Australian": "Australia", "Austrian": "Austria", "Belgian": "Belgium",
    "Brazilian": "Brazil", "British": "United Kingdom", "Canadian": "Canada",
    "Chilean": "Chile", "Chinese": "China", "Colombian": "Colombia", "Czech": "Czechia",
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

ADJECTIVE_OF = {}
for _adjective, _country in DEMONYMS.items():
    ADJECTIVE_OF.setdefault(_country, _adjective)  # the first listed is the usual one
