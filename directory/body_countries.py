"""The country a text's public bodies belong to, for a national body it names bare.

"The bill would make it unlawful ... until a review has reported to Parliament", in a text that
names the House of Lords and the Metropolitan Police and no place: a careful reader takes
"Parliament" for the United Kingdom's, the one country whose bodies the text names. Only public
bodies say where a text is (a company or a campaign may work anywhere), and only where they all
belong to one country; bodies of the European Union or the United Nations belong to none.

Pure: the text's spans and the directory's name index in, a place pk or None out.
"""

_PUBLIC = frozenset(("government", "court", "regulator"))


def country_of_the_bodies(spans, name_index):
    """The one country whose known public bodies `spans` name, or None."""
    countries = set()
    for span in spans:
        if span.known is None:
            continue
        organisation = name_index.organisations[span.known]
        place = organisation.jurisdiction
        if organisation.kind not in _PUBLIC or place is None or place not in name_index.places:
            continue
        country = name_index.country_of(place)
        if country is not None:
            countries.add(country)
    return next(iter(countries)) if len(countries) == 1 else None
