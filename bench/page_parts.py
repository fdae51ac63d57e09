"""Where a page's CPU goes, by the parts of Django and of the project a request passes through.

`profile_pages.py --parts` times each part below around every call of it, in the profiling
process only (the functions are wrapped there, never in the site), and prints the median CPU
ms a request of each part beside the page's own: what a change to one part could buy at most,
which cProfile's overhead on small calls distorts. A part includes the parts it calls (the ORM's
queries include their SQL written; the list includes its queries), so the figures do not add
up. The template is a `TemplateResponse`'s, rendered after its view returns; a view that
renders its own counts it as its own. "Outside the view and its template" is the rest of the
request (the middleware, the URL's resolving, the WSGI handler, the database connection's
opening and closing).
"""

import functools
import importlib
import statistics
import time
from collections import Counter

VIEW = "the view (its template apart)"
TEMPLATE = "template rendered"
OUTSIDE = "outside the view and its template"

# (label, module, attribute path): each a function or method called during a request.
PARTS = (
    ("filter set made", "django_filters.views", "FilterMixin.get_filterset"),
    ("filters checked", "django_filters.filterset", "BaseFilterSet.is_valid"),
    ("filters applied", "django_filters.filterset", "BaseFilterSet.filter_queryset"),
    ("forms made (their fields copied)", "django.forms.forms", "BaseForm.__init__"),
    ("filter form written", "policies.views", "TimelineView.filter_form"),
    ("news filter form written", "policies.news_views", "news_fields_html"),
    ("ORM queries (written and run)", "django.db.models.sql.compiler", "SQLCompiler.execute_sql"),
    ("ORM SQL written", "django.db.models.sql.compiler", "SQLCompiler.as_sql"),
    ("queries written once, run", "core.sql_once", "SqlOnce.rows"),
    ("actions listed (read and written)", "policies.listing", "listed_rows"),
    (TEMPLATE, "django.template.response", "SimpleTemplateResponse.render"),
)


class PartTimer:
    """Wraps each of `PARTS` to add its CPU time to `spent` (by label) while a call runs; a
    part that calls itself (a query within a query) is counted once, from its outer call."""

    def __init__(self, parts=PARTS):
        self.spent = Counter()
        self._running = Counter()
        self._undo = []
        for label, module_name, path in parts:
            owner = importlib.import_module(module_name)
            *owners, name = path.split(".")
            for attribute in owners:
                owner = getattr(owner, attribute)
            original = owner.__dict__[name]
            setattr(owner, name, self._wrapped(label, original))
            self._undo.append((owner, name, original))
        # The view is found for each request: Django's handler passes it through
        # `make_view_atomic` before calling it, where it is wrapped in turn.
        handler = importlib.import_module("django.core.handlers.base").BaseHandler
        make_view_atomic = handler.__dict__["make_view_atomic"]

        def timed_view(handler_self, view):
            return self._wrapped(VIEW, make_view_atomic(handler_self, view))

        handler.make_view_atomic = timed_view
        self._undo.append((handler, "make_view_atomic", make_view_atomic))

    def _wrapped(self, label, function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            self._running[label] += 1
            begun = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self._running[label] -= 1
                if not self._running[label]:
                    self.spent[label] += time.process_time() - begun

        return timed

    def restore(self):
        """Puts every wrapped function back."""
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)
        self._undo.clear()

    def request(self, get):
        """`(CPU ms of the request, {label: CPU ms})` of one call of `get()`."""
        self.spent.clear()
        begun = time.process_time()
        get()
        total = time.process_time() - begun
        spent = {label: seconds * 1000 for label, seconds in self.spent.items()}
        inside = spent.get(VIEW, 0.0) + spent.get(TEMPLATE, 0.0)
        spent[OUTSIDE] = max(0.0, total * 1000 - inside)
        return total * 1000, spent


def medians(requests):
    """`(median total, [(label, median ms), ...])` of `request()`'s results, each part's median
    over every request (0 where a request did not reach it): the view, `PARTS` in order, then
    the rest."""
    totals = [total for total, _ in requests]
    labels = [VIEW] + [label for label, _, _ in PARTS] + [OUTSIDE]
    parts = []
    for label in labels:
        values = [spent.get(label, 0.0) for _, spent in requests]
        if any(values):
            parts.append((label, statistics.median(values)))
    return statistics.median(totals), parts


def report(total, parts):
    """The lines `--parts` prints under a page: each part's ms and share of the page."""
    return [
        f"    {ms:7.2f} ms {ms / total:6.1%}  {label}" if total else f"    {ms:7.2f} ms  {label}"
        for label, ms in parts
    ]
