"""The cells of the CSV download that join an action's organisations or its sources
(`csv_rows.Joined`): read for a chunk of actions in one query each (`JoinedTexts`), and joined
by action, with "; ", into their cells."""

from django.contrib.postgres.aggregates import StringAgg
from django.db import connection

from core.queries import IDS_LATER, ForEachIds
from policies.citations import export_citations
from policies.models import ActionParticipant, Citation
from policies.participants import export_participants

from .csv_sql import Utf8, defused_all, expression, quoted_all


def _grouped(rows, column, defused):
    """{action id: the texts of `column` of its `rows`, joined with "; " as a CSV cell}, of
    rows in order of their action id (first). Joined by adding to each action's text as its
    rows come (itertools.groupby and a list for each action: 27 -> 20 ms for the two columns
    of 40,000 organisations)."""
    joined = {}
    for row in rows:
        action_id = row[0]
        if action_id in joined:
            joined[action_id] += b"; " + row[column]
        else:
            joined[action_id] = row[column]
    return _as_cells(joined, defused)


def _by_action(rows, column, defused):
    """{action id: its text in `column` as a CSV cell} of rows of (action id, texts...)."""
    return _as_cells({row[0]: row[column] for row in rows}, defused)


def _as_cells(texts, defused):
    """{action id: its text as a CSV cell, defused if `defused`} of {action id: its text}."""
    cells = texts.values()
    return dict(zip(texts, quoted_all(defused_all(cells) if defused else cells), strict=True))


# The rows each `Joined` cell is of, in the order the record lists them.
_JOINED_ROWS = {
    "participants": (export_participants, ActionParticipant._meta.ordering),
    "citations": (export_citations, Citation._meta.ordering),
}


class JoinedTexts:
    """The queries of `cells`' texts (their `Joined` cells), one for the cells of participants
    and one for citations, compiled once for a download (`ForEachIds`); called with a
    chunk's action ids, {each cell: {action id: its texts joined into its CSV cell}}.
    `defused` says which cells are defused.

    On PostgreSQL each action's texts are joined by the database (`string_agg`, in the order
    of the rows): one row per action crosses the wire, not one per organisation and source, and
    Python groups none. For the 20,000 actions of bench-web's data, their organisations and
    sources took 0.236 s of the download's CPU (median of 5), 0.086 s this way, and 1.54 ->
    1.28 s of wall time. SQLite has no ordered aggregate before 3.44: there, Python groups the
    rows (`_grouped`)."""

    def __init__(self, links, cells, defused):
        self.queries = []  # (the query, its cells, how its rows become cells)
        for of, (rows_of, ordering) in _JOINED_ROWS.items():
            of_cells = [cell for cell in cells if cell.of == of]
            if not of_cells:
                continue
            texts = [expression(cell.text, links) for cell in of_cells]
            rows = rows_of(IDS_LATER)
            if connection.vendor == "postgresql":
                aggregates = {
                    f"text_{n}": Utf8(StringAgg(text, "; ", order_by=ordering))
                    for n, text in enumerate(texts)
                }
                rows = rows.order_by().values("action_id").annotate(**aggregates)
                rows, of_rows = rows.values_list("action_id", *aggregates), _by_action
            else:
                rows = rows.values_list("action_id", *(Utf8(text) for text in texts))
                of_rows = _grouped
            self.queries.append((ForEachIds(rows), of_cells, of_rows))
        self.defused = defused

    def __call__(self, action_ids):
        joined = {}
        for query, cells, of_rows in self.queries:
            rows = query.rows(action_ids)
            for column, cell in enumerate(cells, start=1):
                joined[cell] = of_rows(rows, column, self.defused[cell])
        return joined
