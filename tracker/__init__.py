"""The top: settings (the database and caches they read from the environment in
`databases_and_caches.py`), URLs, WSGI and the sitemap, and what guards every request: the
Content-Security-Policy (`security.py`), rate limits (`ratelimits.py`) and the 400/404 pages
that say why (`errors.py`). Imports every app; nothing imports it."""
