from django.urls import path

from . import views

app_name = "policies"

urlpatterns = [
    path("", views.TimelineView.as_view(), name="timeline"),
    path("actions/<slug:slug>/", views.ActionDetailView.as_view(), name="action-detail"),
    path(
        "jurisdictions/<slug:slug>/",
        views.JurisdictionDetailView.as_view(),
        name="jurisdiction-detail",
    ),
    path("organisations/", views.OrganisationListView.as_view(), name="organisation-list"),
    path(
        "organisations/<slug:slug>/",
        views.OrganisationDetailView.as_view(),
        name="organisation-detail",
    ),
    path("about/", views.AboutView.as_view(), name="about"),
]
