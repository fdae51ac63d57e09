"""Publishers' names: the curated name for each domain (`articles/data/publishers.yaml`), never
a feed's unchecked one. A domain with no curated name is shown as the domain itself."""

import functools
from pathlib import Path

from core.strict_yaml import DocumentError, load_yaml

PUBLISHERS_FILE = Path(__file__).parent / "data" / "publishers.yaml"


def read_publisher_names(path=PUBLISHERS_FILE):
    """`{domain: name}` from `path`, refusing anything but lower-case domains mapped to names."""
    names = load_yaml(Path(path).read_text(encoding="utf-8"), path, what="publishers file")
    if names is None:
        return {}
    if not isinstance(names, dict):
        raise DocumentError(path, "must map each domain to its publisher's name")
    for domain, name in names.items():
        if domain != domain.strip().lower() or "." not in domain or " " in domain:
            raise DocumentError(path, f"{domain!r} is not a lower-case domain such as aclu.org")
        if not isinstance(name, str) or not name.strip():
            raise DocumentError(path, f"{domain}: the publisher's name is missing")
    return names


@functools.cache
def curated_publisher_names():
    return read_publisher_names()


def publisher_name(domain):
    """The name to show for a publisher at `domain`: the curated one, else the domain."""
    return curated_publisher_names().get(domain, domain)
