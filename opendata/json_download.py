"""The JSON download's records written by the database: each record's text as
`json.dumps(plain_record(...), ensure_ascii=False)` writes it, byte for byte, from the one
table of the record's members, `record.MEMBERS`, as the CSV's lines are written from its table
of columns (`csv_rows`).

Each run of neighbouring members that are plain values is one text the database writes, keys
and all (each value as `Member.sql` reads it, written as JSON by `json_sql`); each list of
entries (organisations, sources) is read for a chunk of actions in one query, an entry's text
written by the database, and joined by action; each place's object is written once a
download, in Python, by the function `json_rows` generates from its members (4,062 places for
20,000 actions), with its slug path. Python only joins the texts. SQLite and PostgreSQL only,
as `core.queries.AmongIds`.

The texts are read and joined as UTF-8 bytes (`csv_sql.Utf8`), as the CSV's: the response
sends them as they come. bench-web's 20,000 actions on SQLite, the whole download's CPU
(medians of 11, two processes alternated): written in Python from plain rows by a function
generated from the same table, 1,355 ms; this way 973 ms (min 1,100 -> 831). What is left is
mostly SQLite's: reading 40,000 sources' articles out of 100,000 (0.27 s), the organisations
(0.13 s) and the actions (0.24 s).
"""

from itertools import islice, repeat
from json.encoder import encode_basestring as text

from django.db.models import Value
from django.db.models.functions import Coalesce

from core.queries import IDS_LATER, ForEachIds
from directory.models import Jurisdiction
from directory.tree import jurisdiction_paths
from policies.citations import export_citations
from policies.participants import export_participants

from .csv_sql import Text, Utf8, expression, read_of
from .exports import ACTION_FIELDS, CITATION_FIELDS, PARTICIPANT_FIELDS, ActionRow
from .json_rows import SPACED, Writer
from .json_sql import JsonString
from .record import (
    NAMES,
    TEXT,
    TEXT_OR_NULL,
    VERBATIM,
    VERBATIM_OR_NULL,
    Entries,
    Object,
    generated,
)

# What each list of entries is read from, by the name of the record's argument holding it:
# its query of a chunk of actions, and what each of its entry's fields is (an ORM path).
ENTRIES_READ = {
    "organisations": (export_participants, PARTICIPANT_FIELDS),
    "sources": (export_citations, CITATION_FIELDS),
}
# The fields of a place's object, as `ActionRow` names them (its fields from `place_id` on).
PLACE_FIELDS = ActionRow._fields[ActionRow._fields.index("place_id") :]
_ACTION_READS = dict(zip(ActionRow._fields, ACTION_FIELDS, strict=True))


def written(value, how):
    """The JSON text of `value` (an expression) written as `how` says (`record.TEXT`...)."""
    if how == TEXT:
        return JsonString(value)
    if how == TEXT_OR_NULL:
        return Coalesce(JsonString(value), Value("null"))
    quoted = Text(Value('"'), value, Value('"'))
    if how == VERBATIM:
        return quoted
    if how == VERBATIM_OR_NULL:
        return Coalesce(quoted, Value("null"))
    raise ValueError(f"written {how!r}?")


def _value(member, fields, links):
    """What the database reads of `member`: its `sql`, else the field its value names
    (`fields` maps the record's names of fields to ORM paths)."""
    if member.sql is not None:
        return expression(member.sql, links)
    if member.value not in fields:
        raise ValueError(f"{member.key}: no sql, and {member.value!r} is not a field")
    return read_of(fields[member.value])


def _object_text(members, fields, links, separators):
    """The SQL text of the JSON object of `members` (none of them an object or a list)."""
    item_separator, key_separator = separators
    parts = []
    for number, member in enumerate(members):
        if isinstance(member.written, Object | Entries):
            raise ValueError(f"{member.key}: a list's entry is written of plain values")
        key = (item_separator if number else "") + text(member.key) + key_separator
        parts += [Value(key), written(_value(member, fields, links), member.written)]
    return Text(Value("{"), *parts, Value("}"))


class _Entries:
    """A list of entries of the record: read for a chunk of actions in one query (compiled
    once a download, `ForEachIds`), each entry's text written by the database, joined by
    action."""

    def __init__(self, member, links, separators, alias):
        entries = member.written
        query, reads = ENTRIES_READ[member.value]
        fields = dict(zip(entries.fields[1:], reads[1:], strict=True))
        entry = _object_text(entries.members, fields, links, separators)
        rows = query(IDS_LATER).using(alias).values_list("action_id", Utf8(entry))
        self.rows = ForEachIds(rows)
        self.separator = separators[0].encode()

    def of(self, pks):
        """Each of the actions `pks`'s list as JSON text in UTF-8, b"[]" for one with none."""
        joined = {}
        for action_id, entry in self.rows.rows(pks):
            if action_id in joined:
                joined[action_id].append(entry)
            else:
                joined[action_id] = [entry]
        separator = self.separator
        return [b"[" + separator.join(joined[pk]) + b"]" if pk in joined else b"[]" for pk in pks]


def _place_function(members, separators):
    """A function writing a place's object of `members` as JSON text, from the fields of
    PLACE_FIELDS, `links` and `paths`."""
    writer = Writer(separators)
    body = "\n".join(writer.object(members, "_place", 4))
    source = "\n\n".join(writer.functions) + (
        f"\n\ndef place_json({', '.join(PLACE_FIELDS)}, links, paths):\n{body}\n    return _place\n"
    )
    return generated("place_json", source, {**NAMES, "text": text})


class JsonDownload:
    """The records of the table of `members` as JSON text, for a request's `links`, of actions
    whose places are `place_ids` (a query of them): what `values_list` `reads` of each action,
    and the records' texts of a chunk of actions read so (calling it). The record is cut into
    segments, each a column of the chunk's texts, and the columns zipped and joined."""

    def __init__(self, members, links, place_ids, *, alias, separators=SPACED):
        item_separator, key_separator = separators
        self.reads, self.segments, self.places = [], [], {}
        run = []  # the parts of the text the database writes, not yet read

        def end_run():
            if run:
                self.segments.append(("read", len(self.reads)))
                self.reads.append(Utf8(Text(*run)))
                run.clear()

        run.append(Value("{"))
        for number, member in enumerate(members):
            key = (item_separator if number else "") + text(member.key) + key_separator
            how = member.written
            if isinstance(how, Object):
                if member.value != "place_id":
                    raise ValueError(f"{member.key}: an object is of the place ('place_id')")
                run.append(Value(key))
                end_run()
                self.segments.append(("place", _place_function(how.members, separators)))
            elif isinstance(how, Entries):
                run.append(Value(key))
                end_run()
                self.segments.append(("entries", _Entries(member, links, separators, alias)))
            else:
                run += [Value(key), written(_value(member, _ACTION_READS, links), how)]
        run.append(Value("}"))
        end_run()
        self.reads += ["jurisdiction_id", "pk"]
        self.links = links
        self.place_ids = place_ids

    def _place_texts(self, write):
        """{place id: its object's text in UTF-8} of the download's places and the places
        above them, written by `write`; read with their slug paths in one query, as the
        CSV's."""
        if write not in self.places:
            reads = [_ACTION_READS[field].removeprefix("jurisdiction__") for field in PLACE_FIELDS]
            places = Jurisdiction.objects.filter(pk__in=self.place_ids).values("pk")
            rows = Jurisdiction.objects.containing_any(places).values_list(
                "parent_id", "pk", *reads[1:]
            )
            rows = list(rows)
            paths = jurisdiction_paths((pk, parent, slug) for parent, pk, slug, *_rest in rows)
            self.places[write] = {
                row[1]: write(*row[1:], links=self.links, paths=paths).encode() for row in rows
            }
        return self.places[write]

    def __call__(self, rows):
        """The records' texts of `rows`, a chunk of actions read as `reads` says, in UTF-8."""
        values = list(zip(*rows, strict=True))
        place_ids, pks = values[-2], values[-1]
        columns = []
        for kind, segment in self.segments:
            if kind == "read":
                columns.append(values[segment])
            elif kind == "place":
                places = self._place_texts(segment)
                columns.append(list(map(places.get, place_ids, repeat(b"null"))))
            else:
                columns.append(segment.of(pks))
        return list(map(b"".join, zip(*columns, strict=True)))


def json_texts(members, links, actions, *, chunk_size):
    """The records' texts of `actions` in UTF-8, a list for each chunk of `chunk_size` read."""
    download = JsonDownload(members, links, actions.values("jurisdiction_id"), alias=actions.db)
    rows = actions.values_list(*download.reads).iterator(chunk_size=chunk_size)
    while chunk := list(islice(rows, chunk_size)):
        yield download(chunk)
