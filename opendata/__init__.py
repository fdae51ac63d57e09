"""Open data: downloads (CSV, JSON, TimelineJS), Atom/RSS feeds and the read API (`api/`),
all over published records only. May import `core`, `directory`, `articles` and `policies`."""
