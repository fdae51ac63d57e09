"""Suggested actions read from imported news, and the review queue: the reader (`reading/`, pure),
storing its proposals when documents are imported, and accepting or rejecting them in the admin.
May import `core`, `directory`, `articles` and `policies`."""
