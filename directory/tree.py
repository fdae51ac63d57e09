"""Paths through the jurisdiction tree, computed from its rows in one pass."""


def jurisdiction_paths(rows):
    """Each jurisdiction's path of slugs from its root: "united-states/minnesota/minneapolis".

    `rows` are (pk, parent_id, slug) for the whole tree (one query), so no row needs its
    ancestors fetched one by one.
    """
    parents = {pk: (parent_id, slug) for pk, parent_id, slug in rows}
    paths = {}

    def path_of(pk):
        if pk not in paths:
            chain, current = [], pk
            while current is not None and current not in paths:
                parent_id, slug = parents[current]
                chain.append((current, slug))
                current = parent_id
            prefix = paths[current] if current is not None else ""
            for node, slug in reversed(chain):
                prefix = f"{prefix}/{slug}" if prefix else slug
                paths[node] = prefix
        return paths[pk]

    for pk in parents:
        path_of(pk)
    return paths
