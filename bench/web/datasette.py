"""Datasette on the same SQLite file, for the pages issue 14 pairs with the project's own.

Datasette (a bench extra: `pip install -e '.[bench]'`) serves the file read-only with its
defaults, except a 30-second SQL time limit (its default of one second would answer the heavy
filters with an error page, which is fast but says nothing). Each pair is loaded with the same
probe and wrk command as the project's pages (bench/web/load.py); the CSV of the whole actions
table is streamed once.
"""

import sqlite3
import sys
from pathlib import Path

from bench.web.load import Server, load_page, stream_export

DATASETTE = Path(sys.executable).parent / "datasette"


class DatasetteServer(Server):
    ready_path = "/-/versions.json"

    def __init__(self, env, database_path):
        super().__init__(env)
        self.database_path = database_path

    def command(self):
        return [
            str(DATASETTE), "serve", str(self.database_path), "--host", "127.0.0.1",
            "--port", str(self.port), "--setting", "sql_time_limit_ms", "30000",
        ]  # fmt: skip


def paired_pages(database_path):
    """(our page's name, Datasette's path) for each pair."""
    with sqlite3.connect(f"file:{database_path}?mode=ro", uri=True) as connection:
        row = connection.execute(
            "SELECT id FROM directory_jurisdiction WHERE iso_code = 'US-CA'"
        ).fetchone()
    name = Path(database_path).stem
    actions = f"/{name}/policies_policyaction?state__exact=published"
    return [
        ("timeline by type", f"{actions}&action_type__exact=ban&_sort=date"),
        ("timeline by place", f"{actions}&jurisdiction_id__exact={row[0] if row else 0}"),
        ("timeline search", f"{actions}&summary__contains=police"),
        ("news search", f"/{name}/articles_article?body__contains=police"),
    ], f"/{name}/policies_policyaction.csv?state__exact=published&_stream=on&_size=max"


def measure(env, database_path, seconds):
    """({page name: Load}, CSV seconds or None) for Datasette's side of each pair."""
    if not DATASETTE.exists():
        return None, None
    pages, csv_path = paired_pages(database_path)
    server = DatasetteServer(env, database_path)
    server.start()
    try:
        loads = {}
        for name, path in pages:
            loads[name] = load_page(server, path, seconds)
        csv_seconds, _size, _lines, _problem = stream_export(server, csv_path)
    finally:
        server.stop()
    return loads, csv_seconds
