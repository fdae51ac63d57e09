"""What must hold of the stored tree, whatever edits came before: checked against the parents."""

from itertools import pairwise

from directory.models import Jurisdiction


def assert_tree_consistent():
    rows = {
        row[0]: row
        for row in Jurisdiction.objects.values_list(
            "pk", "parent_id", "name", "tree_left", "tree_right", "depth", "qualified_name"
        )
    }
    children = {}
    for pk, parent_id, name, left, right, depth, qualified in rows.values():
        assert left < right, f"{name}: bounds {left}, {right}"
        children.setdefault(parent_id, []).append(pk)
        if parent_id is None:
            assert (depth, qualified) == (0, name)
            continue
        parent = rows[parent_id]
        assert parent[3] < left and right < parent[4], f"{name} is outside {parent[2]}"
        assert depth == parent[5] + 1
        assert qualified == f"{name}, {parent[6]}"
    for siblings in children.values():
        in_name_order = sorted(siblings, key=lambda pk: (rows[pk][2], pk))
        bounds = [(rows[pk][3], rows[pk][4]) for pk in in_name_order]
        assert all(a[1] < b[0] for a, b in pairwise(bounds)), (
            "siblings overlap or are out of name order"
        )
