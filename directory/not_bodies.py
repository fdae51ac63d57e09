"""Names shaped like a body's that name none: a trust fund (money set aside for a purpose), a
journal of record (where a state prints its laws), the subject in a law's title and a court's
formation named alone ("sitting as a Grand Chamber"). Pure functions of a name's tokens, for
`organisation_spans`."""


def a_trust_fund(tokens, start, end):
    """ "the EU Emergency Trust Fund for Africa", "the Highway Trust Fund": money set aside for
    a purpose, a programme that others spend, not a body of its own."""
    return any(
        tokens[p].folded == "fund" and tokens[p - 1].folded == "trust"
        for p in range(start + 1, end)
    )


# A state's journal named for the state ("the Gazette of India") or in its own language ("the
# Boletín Oficial", "the Diario Oficial de la Federación"); a newspaper called a Gazette carries
# its town's name first ("the Montreal Gazette"), so it never opens with "Gazette of".
_JOURNALS_BY_NAME = frozenset(
    (("gazette", "of"), ("boletín", "oficial"), ("boletin", "oficial"), ("diario", "oficial"))
)


def a_journal_of_record(tokens, start, end):
    """ "published in the Official Gazette", "the Official Journal of the European Union", "the
    Government Gazette", "the Gazette of India", "the Boletín Oficial": where a state prints its
    laws, not a news outlet or a body."""
    opening = tokens[start].folded
    following = tokens[start + 1].folded
    if (opening, following) in _JOURNALS_BY_NAME:
        return True
    return opening in ("official", "government") and following in ("gazette", "journal")


_INSTRUMENTS = frozenset(("act", "law", "convention", "decree", "code", "regulation"))


def a_law_titles_subject(tokens, start):
    """ "the Framework Act on the Development of Artificial Intelligence and Establishment of
    Trust": what follows "Act on (the)" is the subject of a law's title, not a body."""
    before = start - 1
    if before >= 0 and tokens[before].folded == "the":
        before -= 1
    return (
        before >= 1
        and tokens[before].folded == "on"
        and tokens[before - 1].folded in _INSTRUMENTS
        and tokens[before - 1].capitalised
    )


# A court's or tribunal's formation for one case: "the Grand Chamber of the European Court of
# Human Rights", "a Full Bench of the Fair Work Commission".
FORMATIONS = frozenset((("full", "bench"), ("full", "court"), ("grand", "chamber")))


def a_courts_formation(tokens, start, end):
    """ "Sitting as a Grand Chamber, the court said": a formation named alone is the court the
    text names, sitting for one case, not a body of its own."""
    return end - start == 2 and (tokens[start].folded, tokens[start + 1].folded) in FORMATIONS


def names_no_body(tokens, start, end):
    """Any of the shapes above: a fund, a journal, a formation or a law's subject."""
    return (
        a_trust_fund(tokens, start, end)
        or a_journal_of_record(tokens, start, end)
        or a_courts_formation(tokens, start, end)
        or a_law_titles_subject(tokens, start)
    )
