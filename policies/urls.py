from django.urls import path

from . import lookup_views, organisation_views, views

app_name = "policies"

urlpatterns = [
    path("", views.TimelineView.as_view(), name="timeline"),
    path(
        "jurisdictions/search.json",
        lookup_views.place_suggestions,
        name="place-suggestions",
    ),
    path(
        "organisations/search.json",
        lookup_views.organisation_suggestions,
        name="organisation-suggestions",
    ),
    path("actions/<slug:slug>/", views.ActionDetailView.as_view(), name="action-detail"),
    path(
        "jurisdictions/<slug:slug>/",
        views.JurisdictionDetailView.as_view(),
        name="jurisdiction-detail",
    ),
    path(
        "organisations/",
        organisation_views.OrganisationListView.as_view(),
        name="organisation-list",
    ),
    path(
        "organisations/<slug:slug>/",
        organisation_views.OrganisationDetailView.as_view(),
        name="organisation-detail",
    ),
    path("about/", views.AboutView.as_view(), name="about"),
]
