"""Feeds write their entries themselves (`opendata.feed_xml`): the same XML, byte for byte, as
Django's feed generators write from the same values, hostile ones included."""

import datetime
import io

import pytest
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.xmlutils import UnserializableContentError

from opendata.feed_xml import AtomEntries, FeedEntry, RssEntries, WrittenEntry

WHEN = datetime.datetime(2021, 2, 17, 2, 30, tzinfo=datetime.UTC)
LATER = datetime.datetime(
    2022, 3, 1, 12, 0, 0, 123456, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))
)
HOSTILE = '<b>Tom & "Jerry\'s"</b>\ttab\nline'

ENTRIES = [
    FeedEntry(HOSTILE, "/actions/a/", f"<p>{HOSTILE}</p>", WHEN, LATER, ["Ban", HOSTILE]),
    FeedEntry("", "/actions/b/", "", None, None, ["Letter", "", 'only "double"']),
    FeedEntry("Plain", "/actions/c/", "<p>x</p>", LATER, WHEN, ["Bill"]),
]


def written(entry):
    return WrittenEntry(
        entry=entry,
        link=f"http://testserver{entry.path}",
        guid=f"http://testserver{entry.path}",
    )


def feed_text(feed):
    out = io.BytesIO()
    feed.write(out, "utf-8")
    return out.getvalue()


@pytest.mark.parametrize(
    ("ours", "djangos"), [(AtomEntries, Atom1Feed), (RssEntries, Rss201rev2Feed)]
)
def test_entries_are_written_as_django_writes_them(ours, djangos):
    kwargs = {"title": "T", "link": "http://testserver/", "description": "D", "language": "en"}
    mine, theirs = ours(**kwargs), djangos(**kwargs)
    mine.entries = [written(entry) for entry in ENTRIES]
    for one in mine.entries:
        theirs.add_item(
            title=one.entry.title,
            link=one.link,
            description=one.entry.description,
            unique_id=one.guid,
            unique_id_is_permalink=True,
            pubdate=one.entry.published_at,
            updateddate=one.entry.updated_at,
            categories=one.entry.categories,
        )
    assert feed_text(mine) == feed_text(theirs)
    assert mine.latest_post_date() == theirs.latest_post_date() == LATER
    assert b"&lt;b&gt;" in feed_text(mine)


@pytest.mark.parametrize("ours", [AtomEntries, RssEntries])
def test_control_characters_are_refused_as_django_refuses_them(ours):
    feed = ours(title="T", link="http://testserver/", description="D")
    feed.entries = [written(ENTRIES[2]._replace(title="bell \x07"))]
    with pytest.raises(UnserializableContentError):
        feed_text(feed)


def test_a_feed_without_entries_is_dated_now():
    feed = AtomEntries(title="T", link="http://testserver/", description="D")
    assert feed.latest_post_date() > WHEN
