"""Curated record files: YAML lists of records, each loaded in its own transaction.

A record that fails is reported with its file and slug while the rest still load.
"""

from django.core.exceptions import ValidationError
from django.db import transaction

from .strict_yaml import DocumentError, load_yaml


class RecordError(Exception):
    """A record that cannot be loaded; the message says what is wrong with it."""


def read_records(path):
    """The list of records in a fixture file (none when it is missing); raises DocumentError
    for the whole file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DocumentError(path, "not valid UTF-8") from None
    records = load_yaml(text, path, what="YAML") or []
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise DocumentError(path, "expected a list of records (- key: value)")
    return records


def load_record_file(path, create, counts, label):
    """Call `create(record)` for each record of the file at `path`, each in a transaction of
    its own, counting into `counts`: created when it returns true, unchanged otherwise; a
    record whose slug an earlier record of the file gave fails, named by both."""
    try:
        records = read_records(path)
    except DocumentError as exc:
        counts.fail(exc.source, exc.problem)
        return counts
    first_of_slug = {}  # slug -> the number of the record that gave it first
    for index, record in enumerate(records, start=1):
        name = f"{label} '{record.get('slug', f'#{index}')}'"
        slug = record.get("slug") if isinstance(record, dict) else None
        if isinstance(slug, str) and first_of_slug.setdefault(slug, index) != index:
            # A second record under one slug would be skipped as "unchanged" once the first
            # is stored, its differences lost without a word: say so instead.
            counts.fail(path, f"{name}: slug already given by record {first_of_slug[slug]}")
            continue
        try:
            with transaction.atomic():
                created = create(record)
        except (
            RecordError,
            ValidationError,
            AttributeError,
            KeyError,
            TypeError,
            ValueError,
        ) as exc:
            problem = exc.messages if isinstance(exc, ValidationError) else exc
            counts.fail(path, f"{name}: {problem}")
            continue
        if created:
            counts.created += 1
        else:
            counts.unchanged += 1
    return counts


def require(record, key):
    value = record.get(key)
    if value in (None, ""):
        raise RecordError(f"missing {key}")
    return value
