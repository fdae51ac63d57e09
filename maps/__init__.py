"""The places page's maps: geometry, the vendored geodata, and the page that draws them.
May import `core`, `directory`, `articles` and `policies`."""
