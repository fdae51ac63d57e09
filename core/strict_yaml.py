"""Strict YAML: PyYAML's safe loader with the doors news feeds and fixtures never need closed,
and the error every reader of files raises, naming the file and the problem."""

import contextlib
import datetime
import re

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, ScalarNode, SequenceNode


class DocumentError(Exception):
    """A document that cannot be imported; the message names the file and the problem."""

    def __init__(self, source, problem):
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"
_VALUE = "tag:yaml.org,2002:value"


class StrictLoader(_BaseLoader):
    """PyYAML's safe loader (C-accelerated) with the doors a news feed never needs closed.

    Refused: aliases (the "billion laughs" expansion), merge keys, duplicate keys, non-scalar
    keys, and any tag beyond plain scalars, lists and mappings (binary, sets, Python objects).

    The C parser builds the node tree; the Python objects are then built from it by `_build`
    rather than by PyYAML's generic constructor. That constructor is written for graphs (aliases,
    recursive structures) and pays for it on every node with generators and bookkeeping; with
    aliases refused the tree is a plain tree, and one recursive function builds it at a fraction
    of the cost. Scalars other than text still go through PyYAML's own constructors, so an
    integer, a date or `null` means exactly what it means to `yaml.safe_load`.
    """

    def __init__(self, stream):
        super().__init__(stream)
        # An alias is written `*name`: in text without a `*` there is none to look for.
        self._may_hold_aliases = not isinstance(stream, str) or "*" in stream

    def get_single_data(self):
        node = self.get_single_node()
        if node is None:
            return None
        return self._build(node, set() if self._may_hold_aliases else None)

    def _build(self, node, seen):
        # The composer hands back the anchored node itself for every alias, so a node seen
        # twice can only be an alias. (`seen` is None where no alias can be.)
        if seen is not None:
            if node in seen:
                raise ConstructorError(
                    None, None, "aliases (*name) are not allowed", node.start_mark
                )
            seen.add(node)
        tag = node.tag
        if tag == _STR and node.id == "scalar":
            return node.value
        if tag == _MAP:
            return self._build_mapping(node, seen)
        if tag == _SEQ:
            if node.id != "sequence":
                raise ConstructorError(
                    None, None, f"expected a sequence, but found a {node.id}", node.start_mark
                )
            return [self._build(item, seen) for item in node.value]
        if node.id != "scalar":
            # A mapping or list under another tag: !!set, !!omap, !!pairs, !!python/...
            return self.refuse_tag(node)
        constructor = self.yaml_constructors.get(tag, self.yaml_constructors[None])
        return constructor(self, node)

    def _build_mapping(self, node, seen):
        if not isinstance(node, MappingNode):
            raise ConstructorError(None, None, "expected a mapping", node.start_mark)
        data = {}
        raw_keys = set()
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                raise ConstructorError(
                    None, None, "merge keys (<<) are not allowed", key_node.start_mark
                )
            if not isinstance(key_node, ScalarNode):
                raise ConstructorError(
                    None, None, "mapping keys must be plain text", key_node.start_mark
                )
            if key_node.value in raw_keys:
                raise ConstructorError(
                    None, None, f"duplicate key '{key_node.value}'", key_node.start_mark
                )
            raw_keys.add(key_node.value)
            if key_node.tag == _VALUE:  # a bare `=` key is text, as in SafeLoader
                key_node.tag = _STR
            data[self._build(key_node, seen)] = self._build(value_node, seen)
        return data

    def construct_yaml_timestamp(self, node):
        if _UTC_TIMESTAMP.fullmatch(node.value):
            # The spelling feeds use (2021-02-17T09:30:00Z), read by the standard library at a
            # fraction of the cost of PyYAML's general pattern; an impossible one takes
            # PyYAML's path below, which says what is wrong.
            with contextlib.suppress(ValueError):
                return datetime.datetime.fromisoformat(node.value)
        try:
            value = super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise ConstructorError(
                None, None, f"impossible date '{node.value}' ({exc})", node.start_mark
            ) from exc
        if isinstance(value, datetime.datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=datetime.UTC)
        return value

    def construct_yaml_int(self, node):
        value = node.value
        if value.isdigit() and value.isascii() and value[0] != "0":
            return int(value)  # plain decimal digits, read the short way
        # YAML 1.1's other spellings (0x1F, 0b101, 017 in octal, 1:30 in base 60): PyYAML's.
        return super().construct_yaml_int(node)

    def refuse_tag(self, node):
        raise ConstructorError(None, None, f"the tag {node.tag} is not allowed", node.start_mark)

    # The C parser calls these around every node to track the path for path resolvers;
    # this loader has none, so there is nothing to track.
    def descend_resolver(self, current_node, current_index):
        pass

    def ascend_resolver(self):
        pass

    def resolve(self, kind, value, implicit):
        # The C parser calls this for every untagged node. Same answers as PyYAML's resolver
        # (this loader has no path resolvers), without rebuilding the candidate list each time.
        if kind is ScalarNode:
            if implicit[0]:
                tag = _PLAIN_SCALAR_TAGS.get(value)
                if tag is None:
                    tag = _resolve_plain_scalar(value)
                    if len(value) <= 40 and len(_PLAIN_SCALAR_TAGS) < 10_000:
                        _PLAIN_SCALAR_TAGS[value] = tag
                return tag
            return _STR
        return _SEQ if kind is SequenceNode else _MAP


_UTC_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", re.ASCII)

# Short plain scalars recur in every entry (the keys above all, `true`, `article`, small
# numbers), so their tags are remembered rather than matched again; bounded, so a stream of
# distinct values cannot grow it without limit.
_PLAIN_SCALAR_TAGS = {}


def _resolve_plain_scalar(value):
    for tag, regexp in _IMPLICIT_RESOLVERS.get(value[:1], ()):
        if regexp.match(value):
            return tag
    return _STR


for _tag in ("binary", "set", "omap", "pairs"):
    StrictLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", StrictLoader.refuse_tag)
StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", StrictLoader.construct_yaml_timestamp)
StrictLoader.add_constructor("tag:yaml.org,2002:int", StrictLoader.construct_yaml_int)
StrictLoader.add_constructor(None, StrictLoader.refuse_tag)
# First character -> (tag, pattern) candidates, in the order PyYAML's resolver tries them.
# (PyYAML registers no wildcard or path resolvers, which `resolve` would otherwise have to read.)
_IMPLICIT_RESOLVERS = {
    first: tuple(resolvers) for first, resolvers in StrictLoader.yaml_implicit_resolvers.items()
}


# libyaml builds nested collections recursively in C: some ten thousand levels of `[[[...` or
# `- - - ...` (60 KB, well under the size limit) overflow its stack and kill the process, which
# no Python handler can catch. Nesting needs an opening token per level, so counting them
# (a fast scan) bounds the depth; real documents have a few dozen.
MAX_COLLECTION_OPENERS = 5_000


def _refuse_deep_nesting(text, source, what):
    openers = text.count("[") + text.count("{") + text.count("- ") + text.count("? ")
    if openers > MAX_COLLECTION_OPENERS:
        raise DocumentError(
            source,
            f"invalid {what}: {openers:,} lists or mappings opened, more than the "
            f"{MAX_COLLECTION_OPENERS:,} allowed (nesting that deep could crash the parser)",
        )


def load_yaml(text, source, *, what="front matter"):
    """Load YAML with `StrictLoader`, turning every failure into a `DocumentError`.

    `what` names the YAML in messages: a news document's front matter, a fixture file.
    """
    _refuse_deep_nesting(text, source, what)
    try:
        return yaml.load(text, Loader=StrictLoader)  # noqa: S506 - StrictLoader is a safe loader
    except yaml.MarkedYAMLError as exc:
        where = f"line {exc.problem_mark.line + 1}: " if exc.problem_mark else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise DocumentError(source, f"invalid {what}, {where}{problem}") from exc
    except yaml.YAMLError as exc:
        raise DocumentError(source, f"invalid {what}: {exc}") from exc
    except RecursionError as exc:
        raise DocumentError(source, f"invalid {what}: nested too deeply") from exc
