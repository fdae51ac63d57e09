"""Places named beside a lawmaker. A sponsor's home says who acts, not where a measure goes:
"sponsored by Sen. Rodger Smitherman of Birmingham" puts nothing in Birmingham. A member of
Congress is named with a state ("Senator Edward Markey of Massachusetts"), and what such a
lawmaker does is done in the United States: the country stands for the state.
"""

from directory.lawmaker_names import a_lawmakers_home, a_member_of_congress_home

from .recognition import PlaceRecord

_NATION = "United States"


def beside_lawmakers(text, named):
    """`named` ((start, end, place) in `text`) without the places that only say where a
    lawmaker is from, a US state after a member of Congress giving the United States instead
    ("Senator Edward Markey of Massachusetts on Thursday sent a letter ...")."""
    kept = []
    for start, end, place in named:
        if not a_lawmakers_home(text, start):
            kept.append((start, end, place))
        elif (
            place.kind == "state"
            and place.parents[-1:] == (_NATION,)
            and a_member_of_congress_home(text, start)
        ):
            kept.append((start, end, PlaceRecord(place.ancestors[-1], _NATION, "country")))
    return kept
