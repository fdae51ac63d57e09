"""The page profiler's WSGI client answers as the test Client does, through the WSGI handler."""

import pytest
from django.core.signals import request_finished

from bench.profile_pages import WsgiClient


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
