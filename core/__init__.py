"""What every app shares: the counting subquery, the text-search configuration and the search
field, the one tally type of every loader, strict YAML, and the read-only history admin.
Imports nothing of the project's own."""
