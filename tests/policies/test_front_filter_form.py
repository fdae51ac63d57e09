"""With no filter in the URL, the timeline's filter form is the same for every visitor until
public data changes: it is kept until then, and offers what is on record when it changes."""

import datetime

import pytest

from policies.choices import ActionType
from tests.factories import PolicyActionFactory

pytestmark = pytest.mark.django_db


def form_html(response):
    html = response.content.decode()
    return html[html.index('<form class="filters"') : html.index("</form>")]


def test_the_form_without_filters_is_kept_and_prints_the_same(client, aggregates_kept, monkeypatch):
    PolicyActionFactory(date=datetime.date(2020, 1, 1), action_type=ActionType.BAN)
    first = form_html(client.get("/"))
    first_page = form_html(client.get("/?page=1"))
    monkeypatch.setattr("policies.views.filter_form_html", lambda *args: pytest.fail("written"))
    assert form_html(client.get("/")) == first
    assert form_html(client.get("/?page=1")) == first_page == first


def test_a_filter_in_the_url_writes_the_form_afresh(client, aggregates_kept):
    PolicyActionFactory(date=datetime.date(2020, 1, 1), action_type=ActionType.BAN)
    client.get("/")
    sorted_form = form_html(client.get("/?sort=oldest"))
    assert '<option value="oldest" selected>' in sorted_form
    assert 'value="police"' in form_html(client.get("/?q=police&page=1"))


def test_the_kept_form_offers_a_type_once_it_is_on_record(client, aggregates_kept):
    PolicyActionFactory(date=datetime.date(2020, 1, 1), action_type=ActionType.BAN)
    assert 'value="lawsuit"' not in form_html(client.get("/"))
    PolicyActionFactory(date=datetime.date(2018, 1, 1), action_type=ActionType.LAWSUIT)
    assert 'value="lawsuit"' in form_html(client.get("/"))


def test_an_unfiltered_timeline_with_its_form_kept_makes_no_form(
    client, aggregates_kept, monkeypatch
):
    PolicyActionFactory(date=datetime.date(2020, 1, 1), action_type=ActionType.BAN)
    first = client.get("/").content
    monkeypatch.setattr(
        "policies.filters.ActionFilter.get_form_class", lambda self: pytest.fail("a form made")
    )
    assert client.get("/").content == first
