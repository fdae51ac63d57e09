"""The architecture, checked: apps depend one way, modules stay small, and each app says what
it holds and may import.

    core ← directory ← articles ← policies ← maps / opendata / suggestions / tips ← tracker

An app imports only apps below it (migrations and tests aside): maps and opendata sit side by
side, so neither imports the other. Read from the source with `ast`, so an import inside a
function counts as much as one at the top.
"""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]

LAYERS = {
    "core": 0,
    "directory": 1,
    "articles": 2,
    "policies": 3,
    "maps": 4,
    "opendata": 4,
    "suggestions": 4,
    "tips": 4,
    "tracker": 5,
}

MAX_LINES = 500
# A file listed here that is back under the limit fails too, so none lingers.
OVER_THE_LIMIT_FOR_NOW = {}

SKIPPED_FOLDERS = {".git", ".venv", "venv", "node_modules", "staticfiles", "migrations", "vendor"}


def python_files(folder):
    for path in sorted(folder.rglob("*.py")):
        if not SKIPPED_FOLDERS.intersection(path.relative_to(ROOT).parts):
            yield path


def app_modules():
    for app in LAYERS:
        for path in python_files(ROOT / app):
            yield app, path


def imported_apps(path, app):
    """The project apps a module imports, with the line of each import."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: inside the module's own app
                continue
            names = [node.module or ""]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in LAYERS and top != app:
                yield top, node.lineno


def test_the_layers_are_every_app_of_the_project():
    """The project package (settings, URLs) and each installed app of our own: a new app
    must be given its place in LAYERS."""
    ours = {name.split(".")[0] for name in settings.INSTALLED_APPS}
    ours = {name for name in ours if (ROOT / name / "__init__.py").exists()}
    assert ours | {settings.ROOT_URLCONF.split(".")[0]} == set(LAYERS)


def test_every_app_imports_only_apps_below_it():
    upward = [
        f"{path.relative_to(ROOT)}:{line} imports {imported} ({app} may not: it is not below)"
        for app, path in app_modules()
        for imported, line in imported_apps(path, app)
        if LAYERS[imported] >= LAYERS[app]
    ]
    assert upward == []


def test_the_import_check_sees_imports_anywhere_in_a_module(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(
        "from . import models\n"
        "import core.search\n"
        "def late():\n"
        "    from policies.models import PolicyAction\n"
        "    import tracker.settings as settings\n"
    )
    assert sorted(imported_apps(module, "directory")) == [
        ("core", 2),
        ("policies", 4),
        ("tracker", 5),
    ]


def line_count(path):
    with path.open(encoding="utf-8") as lines:
        return sum(1 for _ in lines)


def test_no_module_outside_migrations_is_over_500_lines():
    too_long = {
        str(path.relative_to(ROOT)): count
        for path in python_files(ROOT)
        if (count := line_count(path)) > MAX_LINES
    }
    unexpected = {name: n for name, n in too_long.items() if name not in OVER_THE_LIMIT_FOR_NOW}
    assert unexpected == {}, "split these modules"
    back_under = set(OVER_THE_LIMIT_FOR_NOW) - set(too_long)
    assert back_under == set(), "now under the limit: drop them from OVER_THE_LIMIT_FOR_NOW"


def app_docstring(app):
    """The docstring of the app's package, or else of its apps.py."""
    for name in ("__init__.py", "apps.py"):
        path = ROOT / app / name
        if path.exists():
            docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
            if docstring:
                return docstring
    return None


@pytest.mark.parametrize("app", LAYERS)
def test_each_app_says_what_it_holds_and_what_it_may_import(app):
    docstring = app_docstring(app)
    assert docstring, f"{app}/__init__.py needs a docstring: what it holds, what it may import"
    below = {other for other, layer in LAYERS.items() if layer < LAYERS[app]}
    above_or_beside = set(LAYERS) - below - {app}
    said = docstring.casefold()
    if not below:
        assert "imports nothing of the project" in said
    elif not above_or_beside:
        assert "imports every app" in said
    else:
        may_import = said.partition("may import")[2]
        assert may_import, f"{app}'s docstring should say which apps it may import"
        assert set(re.findall(r"`(\w+)`", may_import)) == below
    # What it holds: more than the rule alone.
    assert len(docstring.split()) >= 12
