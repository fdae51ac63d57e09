"""The top: settings, URLs, WSGI and the sitemap. Imports every app; nothing imports it."""
