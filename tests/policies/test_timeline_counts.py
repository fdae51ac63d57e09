"""The timeline's count and its year-by-type chart scan every matching action, and the news
list's count every article, so each filtered view keeps them until public data changes: every
page of it reuses them, and a publish shows in them at once."""

import datetime

import pytest

from policies.models import ActionType, EditorialState
from tests.factories import ArticleFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db


def bars(response):
    return {bar.year: bar.total for bar in response.context["chart"].bars if bar.total}


@pytest.fixture
def actions():
    for n in range(3):
        PolicyActionFactory(date=datetime.date(2021, 1, n + 1))


def test_a_publish_shows_at_once_in_the_kept_chart_and_count(client, aggregates_kept, actions):
    first = client.get("/?page=1")
    assert bars(first) == {2021: 3}
    assert first.context["paginator"].count == 3
    draft = PolicyActionFactory(date=datetime.date(2019, 5, 1), state=EditorialState.DRAFT)
    assert bars(client.get("/?page=last")) == {2021: 3}  # kept; the draft is not public

    draft.state = EditorialState.PUBLISHED
    draft.save()
    after = client.get("/")
    assert bars(after) == {2019: 1, 2021: 3}
    assert after.context["paginator"].count == 4


def test_each_filter_keeps_its_own_chart(client, aggregates_kept, actions):
    PolicyActionFactory(date=datetime.date(2018, 1, 1), action_type=ActionType.LAWSUIT)
    assert bars(client.get("/?type=lawsuit")) == {2018: 1}
    assert bars(client.get("/?type=ban")) == {2021: 3}
    assert bars(client.get("/?page=1&type=lawsuit")) == {2018: 1}


def test_another_page_of_a_filtered_timeline_skips_the_count_and_the_chart(
    client, aggregates_kept, actions, django_assert_num_queries
):
    # The data version, the types and statuses on record, the chart (whose counts added up
    # are the count), the page of actions and their organisations; then the data version and
    # the page: what is on record is kept too.
    with django_assert_num_queries(5):
        client.get("/?type=ban&page=1")
    with django_assert_num_queries(3):
        client.get("/?page=last&type=ban")


def test_parameters_no_filter_reads_or_in_another_order_share_the_kept_count_and_chart(
    client, aggregates_kept, actions, django_assert_num_queries
):
    client.get("/?type=ban&type=lawsuit")
    # The data version, the page of actions and their organisations: the count and the
    # chart are those of the first URL (and what is on record is kept for every URL).
    with django_assert_num_queries(3):
        response = client.get("/?utm_source=newsletter&type=lawsuit&type=ban&sort=oldest")
    assert bars(response) == {2021: 3}
    assert response.context["paginator"].count == 3
    client.get("/")
    with django_assert_num_queries(3):  # no filter at all, and a page of it
        client.get("/?page=1&utm_source=newsletter")


def test_what_is_on_record_is_kept_until_public_data_changes(client, aggregates_kept, actions):
    def offered(response):
        return [
            value for value, _label in response.context["filter"].form.fields["type"].widget.choices
        ]

    assert offered(client.get("/")) == ["ban"]
    PolicyActionFactory(date=datetime.date(2018, 1, 1), action_type=ActionType.LAWSUIT)
    assert offered(client.get("/?page=1")) == ["ban", "lawsuit"]


def test_the_news_count_is_kept_until_an_article_arrives(
    client, aggregates_kept, django_assert_num_queries
):
    ArticleFactory()
    assert client.get("/articles/?page=1").context["paginator"].count == 1
    with django_assert_num_queries(2):  # the data version and the page of articles: no count
        client.get("/articles/?page=last")
    ArticleFactory()
    assert client.get("/articles/").context["paginator"].count == 2


def test_a_repeat_shows_the_chart_as_kept_drawn_without_laying_it_out_again(
    client, aggregates_kept, actions, monkeypatch
):
    first = client.get("/").content.decode()

    def laid_out_again(*args):
        raise AssertionError("the kept chart was laid out again")

    monkeypatch.setattr("policies.charts._laid_out", laid_out_again)
    again = client.get("/").content.decode()
    drawn = first[first.index('<figure class="chart">') : first.index("</figure>")]
    assert drawn in again and "<svg" in drawn
