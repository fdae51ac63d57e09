from django.urls import path

from . import views

app_name = "maps"

urlpatterns = [
    path("jurisdictions/", views.JurisdictionListView.as_view(), name="jurisdiction-list"),
]
