"""What every app shares: the counting subquery, the text-search configuration and the `q`
filter, the one tally type of every loader, strict YAML, curated record files, and the
read-only history admin, and the public data version every cached page is keyed on
(`publicdata`). Imports nothing of the project's own."""
