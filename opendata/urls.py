"""Downloads and feeds: the timeline's filters as GET parameters, on every one of them."""

from django.urls import path

from . import export_views, feeds

app_name = "opendata"

urlpatterns = [
    path("export/actions.csv", export_views.actions_csv, name="export-csv"),
    path("export/actions.json", export_views.actions_json, name="export-json"),
    path("export/timelinejs.json", export_views.actions_timelinejs, name="export-timelinejs"),
    path("feeds/actions.atom", feeds.ActionFeed(), name="feed-atom"),
    path("feeds/actions.rss", feeds.ActionRssFeed(), name="feed-rss"),
    path(
        "feeds/jurisdictions/<slug:slug>.atom",
        feeds.JurisdictionFeed(),
        name="jurisdiction-feed-atom",
    ),
    path(
        "feeds/jurisdictions/<slug:slug>.rss",
        feeds.JurisdictionRssFeed(),
        name="jurisdiction-feed-rss",
    ),
    path(
        "feeds/organisations/<slug:slug>.atom",
        feeds.OrganisationFeed(),
        name="organisation-feed-atom",
    ),
    path(
        "feeds/organisations/<slug:slug>.rss",
        feeds.OrganisationRssFeed(),
        name="organisation-feed-rss",
    ),
    path("feeds/types/<str:action_type>.atom", feeds.ActionTypeFeed(), name="type-feed-atom"),
    path("feeds/types/<str:action_type>.rss", feeds.ActionTypeRssFeed(), name="type-feed-rss"),
]
