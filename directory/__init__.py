"""The directory: places (jurisdictions, as a tree) and organisations, the names people write
for them, the place search over those names, and the loading of reference records. May import
`core` only."""
