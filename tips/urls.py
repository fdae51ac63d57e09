from django.urls import path

from . import views

app_name = "tips"

urlpatterns = [
    path("corrections/", views.CorrectionView.as_view(), name="correction"),
    path(
        "actions/<slug:slug>/correction/",
        views.CorrectionView.as_view(),
        name="action-correction",
    ),
    path("report/", views.MissingActionView.as_view(), name="missing-action"),
    path("thanks/", views.ThanksView.as_view(), name="thanks"),
]
