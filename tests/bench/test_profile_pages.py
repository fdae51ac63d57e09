"""The page profiler's WSGI client answers as the test Client does, through the WSGI handler."""

import pytest
from django.core.signals import request_finished

from bench.profile_pages import WsgiClient, print_parts
from tests.factories import PolicyActionFactory


@pytest.mark.django_db(transaction=True)
def test_a_page_through_the_wsgi_handler_is_the_page_and_ends_its_request(client):
    finished = []

    def count(**kwargs):
        finished.append(True)

    request_finished.connect(count)
    try:
        response = WsgiClient().get("/robots.txt")
    finally:
        request_finished.disconnect(count)
    assert response.status_code == 200
    assert response.content == client.get("/robots.txt").content
    # As gunicorn's request ends: the signal that closes or keeps the database connection.
    assert finished == [True]


@pytest.mark.django_db
def test_a_pages_parts_are_printed_with_their_shares_and_the_site_is_left_unwrapped(client, capsys):
    from django.template.response import SimpleTemplateResponse

    render = SimpleTemplateResponse.__dict__["render"]
    PolicyActionFactory()
    client.get("/?type=ban")  # the first request loads the templates and URLs
    print_parts(client, "/?type=ban", 3)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("ms CPU a request, by part (each includes those it calls):")
    shown = {line.split("%", 1)[1].strip() for line in lines[1:]}
    assert {"the view (its template apart)", "filters checked", "template rendered"} <= shown
    assert SimpleTemplateResponse.__dict__["render"] is render
