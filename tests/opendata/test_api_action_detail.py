"""One action in the API, written from its row, is its record in the list, byte for byte."""

import json

import pytest

from tests.factories import CitationFactory, ParticipantFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db


def test_an_action_alone_is_its_record_in_the_list(client):
    action = PolicyActionFactory(summary="Line\u2028separated “quoted”")
    ParticipantFactory(action=action)
    CitationFactory(action=action)
    (listed,) = client.get("/api/actions/").json()["results"]
    response = client.get(f"/api/actions/{action.slug}/")
    assert response.json() == listed
    assert (
        response.content
        == json.dumps(listed, ensure_ascii=False, separators=(",", ":"))
        .replace("\u2028", "\\u2028")
        .encode()
    )
    indented = client.get(f"/api/actions/{action.slug}/", HTTP_ACCEPT="application/json; indent=2")
    written = json.dumps(listed, ensure_ascii=False, indent=2).replace("\u2028", "\\u2028")
    assert indented.content == written.encode()


def test_an_unknown_or_filtered_out_action_is_not_found(client):
    action = PolicyActionFactory(action_type="ban")
    missing = client.get("/api/actions/no-such-action/")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "No PolicyAction matches the given query."}
    assert client.get(f"/api/actions/{action.slug}/?type=ban").status_code == 200
    assert client.get(f"/api/actions/{action.slug}/?type=bill").status_code == 404
