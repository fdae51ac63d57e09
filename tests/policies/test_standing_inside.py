"""What the places inside a place have done reads the same, line for line and in the same
order, whatever order the database gives the actions in."""

import itertools

from policies.presentation import standing_inside

# (type, status, expiry date, kind of place), one per action: two lines that tie on status
# rank, type and kind (lapsed and expired bans in countries), and others around them.
ROWS = [
    ("moratorium", "lapsed", None, "country"),
    ("moratorium", "expired", None, "country"),
    ("moratorium", "lapsed", None, "country"),
    ("moratorium", "expired", None, "country"),
    ("ban", "in_force", None, "city"),
    ("ban", "repealed", None, "city"),
    ("ban", "proposed", None, "unheard-of-kind"),
    ("ban", "proposed", None, "another-kind"),
]


def sentences(rows):
    return [line.sentence for line in standing_inside(rows)]


def test_lines_come_in_one_order_whatever_the_order_of_the_rows():
    orders = {tuple(sentences(list(rows))) for rows in itertools.permutations(ROWS[:4])}
    assert len(orders) == 1
    every = {tuple(sentences([*rows, *ROWS[4:]])) for rows in itertools.permutations(ROWS)}
    assert len(every) == 1


def test_tied_lines_follow_the_statuses_order_in_force_first():
    lines = sentences(list(reversed(ROWS)))
    assert lines[0] == "Ban in force in 1 city"
    assert lines.index("Moratoria expired in 2 countries") < lines.index(
        "Moratoria lapsed in 2 countries"
    )
