"""The read API's list of actions is written as JSON text from its rows (`action_json`, then
`JSONTextRenderer`): byte for byte what DRF's renderer writes of the serializer's records,
compact or indented, and the browsable API shows them as it did."""

import html
import json

import pytest
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request

from opendata.api.rendering import JSONText, JSONTextRenderer
from opendata.api.serializers import ActionSerializer, _members_in_order, _order_of
from opendata.exports import LICENCE
from opendata.record import MEMBERS
from policies.models import PolicyAction
from tests.factories import PolicyActionFactory

pytestmark = pytest.mark.django_db

ODD_TEXT = 'Line\u2028and paragraph\u2029separators, “curly” é, <b>&amp;</b> and \\ "quotes"'


@pytest.fixture
def listed_actions(varied_actions):
    PolicyActionFactory(slug="odd-text", title=ODD_TEXT, summary=ODD_TEXT)


def serialized_page(rf, page_size, page=1):
    """What DRF's serializer gives of a page of the list, as the paginator frames it."""
    actions = PolicyAction.objects.published().for_export().order_by("-date", "title", "pk")
    request = Request(rf.get("/api/actions/"))
    every = ActionSerializer(actions, many=True, context={"request": request}).data
    start = (page - 1) * page_size
    after = f"http://testserver/api/actions/?page={page + 1}&page_size={page_size}"
    before = "http://testserver/api/actions/?page_size=" + str(page_size)
    return {
        "count": len(every),
        "next": after if start + page_size < len(every) else None,
        "previous": (before if page == 2 else None) if page > 1 else None,
        "results": every[start : start + page_size],
        "licence": LICENCE,
    }


@pytest.mark.parametrize("page", [1, 2])
@pytest.mark.parametrize(
    "accept", [None, "application/json", "application/json; indent=4", "*/*; indent=0"]
)
def test_a_page_of_actions_is_what_drfs_renderer_writes_of_the_serializers_records(
    listed_actions, client, rf, page, accept
):
    headers = {"HTTP_ACCEPT": accept} if accept else {}
    response = client.get(f"/api/actions/?page={page}&page_size=6", **headers)
    expected = JSONRenderer().render(serialized_page(rf, 6, page), accept, {})
    assert response["Content-Type"] == "application/json"
    assert response.content == expected


def test_line_and_paragraph_separators_are_escaped_as_drfs_renderer_escapes_them(
    listed_actions, client
):
    odd = json.dumps(ODD_TEXT, ensure_ascii=False)
    written = odd.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    assert written.encode() in client.get("/api/actions/").content


def test_an_empty_page_is_what_drfs_renderer_writes(listed_actions, client):
    response = client.get("/api/actions/?q=nothing-matches-this")
    assert response.content == JSONRenderer().render(
        {"count": 0, "next": None, "previous": None, "results": [], "licence": LICENCE}
    )


def test_the_browsable_api_shows_the_page_indented_as_drfs_renderer_writes_it(
    listed_actions, client, rf
):
    response = client.get("/api/actions/?format=api&page_size=6", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    indented = JSONRenderer().render(serialized_page(rf, 6), None, {"indent": 4}).decode()
    shown = response.content.decode()
    # Its addresses are made links (`urlize`); the rest is the text as it is, escaped.
    for line in indented.splitlines():
        assert "http" in line or html.escape(line.strip()) in shown


@pytest.mark.parametrize(
    ("accepted", "context"),
    [(None, {}), ("application/json; indent=2", {}), (None, {"indent": 4})],
)
def test_json_text_is_rendered_as_the_data_it_writes(accepted, context):
    data = {"count": 1, "results": [{"title": ODD_TEXT, "when": None}], "licence": LICENCE}
    text = json.dumps(data["results"], ensure_ascii=False, separators=(",", ":"))
    written = JSONTextRenderer().render({**data, "results": JSONText(text)}, accepted, context)
    assert written == JSONRenderer().render(data, accepted, dict(context))


def test_data_without_json_text_is_rendered_as_drfs_renderer_does():
    data = {"count": 1, "results": [{"title": ODD_TEXT}]}
    assert JSONTextRenderer().render(data) == JSONRenderer().render(data)
    assert JSONTextRenderer().render([ODD_TEXT]) == JSONRenderer().render([ODD_TEXT])


def test_a_record_member_the_serializer_lacks_stops_the_api_from_loading():
    with pytest.raises(ValueError, match="are not the fields"):
        _members_in_order(MEMBERS, _order_of(ActionSerializer()))
