from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

SEEDS = Path(settings.BASE_DIR) / "seeds"


def run_import(*args, **options):
    """Run `import_seeds` and return (stdout, stderr)."""
    out, err = StringIO(), StringIO()
    call_command("import_seeds", *map(str, args), stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def seeds_dir():
    return SEEDS


@pytest.fixture
def imported_seeds(db):
    """The real seed documents and curated records, imported once for the test."""
    return run_import()
