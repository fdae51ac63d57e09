"""Records written as JSON text straight from plain rows, by functions generated from a table
of members (`record.MEMBERS`, or the read API's `api.serializers.ACTION_MEMBERS`).

`record_json_from(members)` gives, byte for byte, `json.dumps(plain_record(...),
ensure_ascii=False)` of a record of that table (with the separators given): the same keys in
the same order, the same values. Each member becomes a statement writing its value with the
encoder `json.dumps` itself uses for text (`encode_basestring`), or between quotes as it is
when verbatim, and the record one f-string of those with its keys already encoded, so no dict
is built per record and no key is encoded again for each. An object's members are written
inline, a list's entries in a loop of their own function (whose names cannot clobber the
action's). The read API writes its list so (`action_json`, DRF's compact separators), and the
JSON download its places' objects (`json_download`; the rest of its records the database
writes). `.source` of a function made holds its code.

Against records built as dicts and encoded with `json.dumps`, a 20,000-row JSON download of
bench-web's SQLite data took 1.19-1.40 s of CPU where it had taken 1.57-2.00 s (best of 5,
three rounds alternated, load 1.9-2.9).
"""

from itertools import count
from json.encoder import encode_basestring as text

from .record import (
    NAMES,
    SIGNATURE,
    TEXT,
    TEXT_OR_NULL,
    UNPACK_ROW,
    VERBATIM,
    VERBATIM_OR_NULL,
    Entries,
    Object,
    generated,
)


class _Name(str):
    """A local name the f-string formats, as opposed to literal text."""


def _fstring(template):
    """The source of an f-string of `template`, a list of literal texts and names to format."""
    pieces = []
    for piece in template:
        if isinstance(piece, _Name):
            pieces.append("{" + piece + "}")
        else:
            pieces.append(piece.replace("{", "{{").replace("}", "}}"))
    return "f" + repr("".join(pieces))


# The statements setting `name` to the JSON text of a `value` written as the key says; a
# verbatim value is written between quotes by the object's f-string.
PLAIN_VALUES = {
    TEXT: ["{name} = text({value})"],
    TEXT_OR_NULL: ["{name} = {value}", '{name} = "null" if {name} is None else text({name})'],
    VERBATIM: ["{name} = {value}"],
    VERBATIM_OR_NULL: [
        "{name} = {value}",
        "{name} = 'null' if {name} is None else f'\"{{{name}}}\"'",
    ],
}


class Writer:
    """The statements writing a table of members as JSON text, and the functions writing its
    lists (`functions`), in the source of the record's function."""

    def __init__(self, separators):
        self.item_separator, self.key_separator = separators
        self.functions = []
        self.numbers = count()

    def object(self, members, target, indent):
        """Statements setting `target` to the JSON text of the object of `members`."""
        lines, template = [], ["{"]
        for number, member in enumerate(members):
            name = _Name(f"{target}_{number}")
            comma = self.item_separator if number else ""
            template.append(f"{comma}{text(member.key)}{self.key_separator}")
            written = member.written
            template += ['"', name, '"'] if written == VERBATIM else [name]
            if written in PLAIN_VALUES:
                statements = PLAIN_VALUES[written]
                lines += [line.format(name=name, value=member.value) for line in statements]
            elif isinstance(written, Object):
                lines.append(f"if {member.value}:")
                lines += ["    " + line for line in self.object(written.members, name, 0)]
                lines += ["else:", f'    {name} = "null"']
            elif isinstance(written, Entries):
                function = self.entries(written)
                lines.append(f"{name} = {function}({member.value}, links, paths)")
            else:
                raise ValueError(f"{member.key}: written {written!r}?")
        template.append("}")
        lines.append(f"{target} = {_fstring(template)}")
        return [" " * indent + line for line in lines]

    def entries(self, entries):
        """The name of a function writing a list of `entries` as JSON text."""
        function = f"write_list_{next(self.numbers)}"
        fields = ", ".join(entries.fields)
        self.functions.append(
            f"def {function}(entries, links, paths):\n"
            "    texts = []\n"
            f"    for ({fields},) in entries:\n"
            + "\n".join(self.object(entries.members, "_entry", 8))
            + "\n        texts.append(_entry)\n"
            f'    return "[" + {self.item_separator!r}.join(texts) + "]"\n'
        )
        return function


# `json.dumps`'s own separators, and those of `separators=(",", ":")`, as DRF's JSON renderer
# writes (`opendata.api.rendering`).
SPACED = (", ", ": ")
COMPACT = (",", ":")


def record_json_from(members, separators=SPACED):
    """`record_json` for a table of `members`, its items and keys separated by `separators`
    (`json.dumps`'s)."""
    writer = Writer(separators)
    body = "\n".join(writer.object(members, "_record", 4))
    source = "\n\n".join(writer.functions) + (
        f"\n\ndef record_json{SIGNATURE}:\n"
        '    """`json.dumps(plain_record(row, organisations, sources, ...),\n'
        f"    ensure_ascii=False, separators={separators!r})`: the record of an action's\n"
        '    plain rows as JSON text."""\n'
        f"    {UNPACK_ROW}\n"
        f"{body}\n"
        f"    return _record\n"
    )
    return generated("record_json", source, {**NAMES, "text": text})
