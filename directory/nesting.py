"""The jurisdiction tree's nested-set numbering, kept with gaps so that an edit renumbers little.

Every place has bounds (`tree_left`, `tree_right`) that enclose the bounds of everything inside
it, so "everything inside California" is one indexed range query. A full numbering leaves
`STEP - 1` unused numbers between consecutive bounds. A place added or moved takes numbers in
the gap where it belongs among its siblings (children are kept in name order, so tree order is
display order); only when that gap is used up are its parent's contents spread out again
within the parent's bounds, then the grandparent's, and only as a last resort the whole tree.
With 70,000 places an edit in the admin writes the rows it moves and no others.
"""

from django.core.exceptions import ValidationError
from django.db import connection, transaction

from core.publicdata import bump_public_version

STEP = 1024
MAX_BOUND = 2**31 - 1  # the columns are 32-bit integers on PostgreSQL
_DERIVED = ("tree_left", "tree_right", "depth", "qualified_name")


def number(rows, roots, low, high, *, depth=0, qualified=""):
    """Bounds for `roots` and everything under them, spread evenly strictly between `low` and
    `high`: {pk: (left, right, depth, qualified_name)}, or None when they do not fit.

    `rows` are (pk, parent_id, name) for at least the places to number; children are ordered
    by name (then pk). `depth` and `qualified` are those of the roots' parent.
    """
    children = {}
    names = {}
    for pk, parent_id, name in rows:
        children.setdefault(parent_id, []).append((name, pk))
        names[pk] = name
    for siblings in children.values():
        siblings.sort()
    size = _subtree_size(children, roots)
    step = (high - low) // (2 * size + 1)
    if step < 1:
        return None
    bounds = {}
    position = low
    ordered = sorted((names[pk], pk) for pk in roots)
    # An explicit stack instead of recursion: deep or long chains cannot overflow.
    stack = [(pk, depth, qualified, False) for _name, pk in reversed(ordered)]
    while stack:
        pk, level, above, closing = stack.pop()
        position += step
        if closing:
            bounds[pk][1] = position
            continue
        own = f"{names[pk]}, {above}" if above else names[pk]
        bounds[pk] = [position, None, level, own]
        stack.append((pk, level, above, True))
        stack.extend((child, level + 1, own, False) for _n, child in reversed(children.get(pk, [])))
    return {pk: tuple(values) for pk, values in bounds.items()}


def _subtree_size(children, roots):
    size, stack, seen = 0, list(roots), set()
    while stack:
        pk = stack.pop()
        if pk in seen:
            raise ValidationError("The jurisdiction tree has a cycle; no place may contain itself.")
        seen.add(pk)
        size += 1
        stack.extend(child for _name, child in children.get(pk, []))
    return size


def rebuild(model):
    """Number the whole forest afresh; returns how many rows changed."""
    rows = list(model._base_manager.values_list("pk", "parent_id", "name", *_DERIVED))
    step = max(1, min(STEP, MAX_BOUND // (2 * len(rows) + 2)))
    roots = [pk for pk, parent_id, *_rest in rows if parent_id is None]
    numbered = number([row[:3] for row in rows], roots, 0, step * (2 * len(rows) + 1)) or {}
    if len(numbered) != len(rows):
        raise ValidationError("The jurisdiction tree has a cycle; no place may contain itself.")
    return write(model, numbered, {row[0]: tuple(row[3:]) for row in rows})


def write(model, numbered, current=None):
    """Store the bounds that differ from `current` ({pk: stored values}); one statement run for
    many rows, which both backends do quickly (Django's bulk_update builds a CASE per row)."""
    current = current or {}
    changed = [(*values, pk) for pk, values in numbered.items() if current.get(pk) != values]
    if changed:
        table = connection.ops.quote_name(model._meta.db_table)
        columns = ", ".join(
            f"{connection.ops.quote_name(model._meta.get_field(f).column)} = %s" for f in _DERIVED
        )
        pk_column = connection.ops.quote_name(model._meta.pk.column)
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {table} SET {columns} WHERE {pk_column} = %s", changed)  # noqa: S608 (names are the model's own)
        bump_public_version()  # a place's qualified name and what is inside it changed
    return len(changed)


@transaction.atomic
def place(model, node, old_bounds):
    """Give `node` (just saved, new or with a new parent or name) and everything inside it
    bounds where it now belongs. `old_bounds` are its stored (left, right), or None if new."""
    manager = model._base_manager
    fields = ("pk", "parent_id", "name", *_DERIVED)
    parent = None
    if node.parent_id:
        parent = manager.select_for_update().filter(pk=node.parent_id).values_list(*fields).get()
    if old_bounds and old_bounds[1]:
        inside = manager.filter(tree_left__gte=old_bounds[0], tree_left__lte=old_bounds[1])
        subtree = list(inside.values_list(*fields))
    else:
        subtree = [(node.pk, node.parent_id, node.name, 0, 0, 0, "")]
    current = {row[0]: tuple(row[3:]) for row in subtree}
    rows = [row[:3] for row in subtree]
    low, high = _gap(manager, node, parent, len(rows))
    if high is not None:
        numbered = number(rows, [node.pk], low, high, **_context(parent))
        if numbered is not None:
            return write(model, numbered, current)
    anchor = parent
    while anchor is not None:
        # Spread out everything inside the anchor again, within the anchor's own bounds.
        pk, parent_id, _name, left, right, _depth, _qualified = anchor
        contents = list(
            manager.filter(tree_left__gt=left, tree_left__lt=right).values_list(*fields)
        )
        contents += [row for row in subtree if row[0] not in {r[0] for r in contents}]
        children = [row[0] for row in contents if row[1] == pk]
        numbered = number([row[:3] for row in contents], children, left, right, **_context(anchor))
        if numbered is not None:
            return write(model, numbered, {row[0]: tuple(row[3:]) for row in contents})
        anchor = manager.filter(pk=parent_id).values_list(*fields).first() if parent_id else None
    return rebuild(model)


def _context(parent):
    if parent is None:
        return {"depth": 0, "qualified": ""}
    return {"depth": parent[5] + 1, "qualified": parent[6]}


def _gap(manager, node, parent, size):
    """The free numbers where `node` (with `size` places in all) belongs among its siblings:
    (low, high), exclusive; high is None when the end of the whole tree is too close to the
    largest number a column holds."""
    siblings = sorted(
        manager.filter(parent_id=node.parent_id)
        .exclude(pk=node.pk)
        .values_list("name", "pk", "tree_left", "tree_right")
    )
    before = [s for s in siblings if (s[0], s[1]) < (node.name, node.pk)]
    after = [s for s in siblings if (s[0], s[1]) > (node.name, node.pk)]
    low = before[-1][3] if before else (parent[3] if parent else 0)
    if after:
        return low, after[0][2]
    if parent:
        return low, parent[4]
    # The last place at the top: room after everything else.
    end = max(low, *(s[3] for s in siblings)) if siblings else low
    high = end + STEP * (2 * size + 1)
    return (end, high) if high <= MAX_BOUND else (end, None)
