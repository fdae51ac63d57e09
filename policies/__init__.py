"""The record: policy actions, their participants and citations; the editorial workflow,
merging, curated actions and the `import_seeds` command that sequences an import run; the
public timeline, place, organisation and news pages, filters and admin. May import `core`,
`directory` and `articles`."""
