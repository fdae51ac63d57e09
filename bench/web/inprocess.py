"""The public pages the web benchmark loads, and what each costs in one process.

Run as a child process against the benchmark's database (DATABASE_URL), it answers one JSON line
per request through Django's test Client, counting queries with CaptureQueriesContext: the
number of queries and the size of the response, which gunicorn's figures cannot tell. A line
per page lets the parent give up on a page that takes too long without losing the others.

    python -m bench.web.inprocess resolve
    python -m bench.web.inprocess pages / /jurisdictions/ ...
    python -m bench.web.inprocess cache-check /
"""

import json
import os
import sys
import time

# (short name, path): {organisation} and {action} are filled in from the database.
PAGES = [
    ("timeline", "/"),
    ("timeline by type", "/?type=ban&sort=oldest"),
    ("timeline search", "/?q=police"),
    ("timeline by org", "/?organisation={organisation}"),
    ("timeline by place", "/?jurisdiction=california"),
    ("places", "/jurisdictions/"),
    ("place", "/jurisdictions/california/"),
    ("organisation", "/organisations/{organisation}/"),
    ("news", "/articles/"),
    ("news search", "/articles/?q=police"),
    ("action", "/actions/{action}/"),
    ("api actions", "/api/actions/"),
    ("feed", "/feeds/actions.atom"),
]
SEARCH_PAGES = ("timeline search", "news search")
EXPORT_PATH = "/export/actions.csv"
FLOOR_PATH = "/robots.txt"


def resolve():
    """The slugs the pages need: the busiest organisation and a published action."""
    from django.db.models import Count, Q

    from directory.models import Organisation
    from policies.models import PolicyAction

    published = PolicyAction.objects.published()
    busiest = (
        Organisation.objects.annotate(
            published=Count("participations", filter=Q(participations__action__state="published"))
        )
        .order_by("-published")
        .values_list("slug", "published")
        .first()
    )
    return {
        "organisation": busiest[0] if busiest else "",
        "organisation_actions": busiest[1] if busiest else 0,
        "action": published.order_by("pk").values_list("slug", flat=True).first() or "",
        "published": published.count(),
    }


def measure(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    begun = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
        body = b"".join(response.streaming_content) if response.streaming else response.content
    return {
        "path": path,
        "status": response.status_code,
        "queries": len(queries),
        "bytes": len(body),
        "seconds": round(time.perf_counter() - begun, 3),
    }


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    from django.test import Client

    command, paths = sys.argv[1], sys.argv[2:]
    client = Client()
    if command == "resolve":
        print(json.dumps(resolve()), flush=True)
    elif command == "pages":
        for path in paths:
            print(json.dumps(measure(client, path)), flush=True)
    elif command == "cache-check":
        # A page cache answers a repeated request with fewer queries than the first.
        first, second = measure(client, paths[0]), measure(client, paths[0])
        print(json.dumps({"first": first["queries"], "second": second["queries"]}), flush=True)
    else:
        raise SystemExit(f"unknown command {command!r}: resolve, pages or cache-check")


if __name__ == "__main__":
    main()
