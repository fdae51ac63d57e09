"""The page profiler's parts: each part's CPU is timed around its calls, once however deep they
nest, the rest of a request is what lies outside the view and its template, and every wrapped
function is put back."""

import pytest

from bench import page_parts
from bench.page_parts import OUTSIDE, TEMPLATE, VIEW, PartTimer, medians, report
from tests.factories import PolicyActionFactory


class Recursive:
    def down(self, depth):
        return depth if depth == 0 else self.down(depth - 1)


class FakeClock:
    """A `time.process_time` that moves one second each time it is read."""

    def __init__(self):
        self.now = 0

    def __call__(self):
        self.now += 1
        return self.now


def test_a_part_that_calls_itself_is_timed_once_from_its_outer_call(monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(page_parts.time, "process_time", clock)
    timer = PartTimer(parts=(("going down", __name__, "Recursive.down"),))
    try:
        assert Recursive().down(2) == 0
    finally:
        timer.restore()
    # Read at the start of each of the three calls, and once at the end of the outer one.
    assert timer.spent["going down"] == 3


def test_restoring_puts_every_wrapped_function_back():
    from django.core.handlers.base import BaseHandler
    from django.template.response import SimpleTemplateResponse

    originals = (Recursive.__dict__["down"], BaseHandler.__dict__["make_view_atomic"])
    render = SimpleTemplateResponse.__dict__["render"]
    timer = PartTimer(parts=(*page_parts.PARTS, ("going down", __name__, "Recursive.down")))
    assert SimpleTemplateResponse.__dict__["render"] is not render
    timer.restore()
    assert (Recursive.__dict__["down"], BaseHandler.__dict__["make_view_atomic"]) == originals
    assert SimpleTemplateResponse.__dict__["render"] is render


@pytest.mark.django_db
def test_a_timeline_request_is_told_by_its_view_template_list_and_the_rest(client):
    PolicyActionFactory.create_batch(3)  # published
    timer = PartTimer()
    try:
        client.get("/")  # the first request loads the templates and URLs
        total, spent = timer.request(lambda: client.get("/?type=ban"))
    finally:
        timer.restore()
    assert {VIEW, TEMPLATE, OUTSIDE, "filters checked", "actions listed (read and written)"} <= set(
        spent
    )
    # The template is rendered after the view returns, so neither holds the other.
    assert spent[VIEW] + spent[TEMPLATE] <= total
    assert spent[OUTSIDE] > 0
    assert all(0 <= ms <= total for ms in spent.values())


def test_medians_count_a_part_a_request_did_not_reach_as_nothing_and_keep_the_order():
    requests = [
        (4.0, {TEMPLATE: 1.0, VIEW: 2.0, OUTSIDE: 1.0}),
        (6.0, {TEMPLATE: 3.0, VIEW: 2.0, OUTSIDE: 1.0, "filters checked": 0.5}),
        (5.0, {TEMPLATE: 2.0, VIEW: 2.0, OUTSIDE: 1.0, "filters checked": 0.4}),
    ]
    total, parts = medians(requests)
    assert total == 5.0
    assert parts == [(VIEW, 2.0), ("filters checked", 0.4), (TEMPLATE, 2.0), (OUTSIDE, 1.0)]
    assert report(total, parts)[0] == "       2.00 ms  40.0%  the view (its template apart)"
