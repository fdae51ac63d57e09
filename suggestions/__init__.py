"""Suggested actions: read imported news and propose the policy actions it reports.
May import `core`, `directory`, `articles` and `policies`."""
