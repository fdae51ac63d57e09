"""Every curation admin page loads for a superuser, on a database holding the real seed import:
each changelist with a search and each filter choice, and the add, change and history pages."""

import pytest
from django.contrib import admin
from django.urls import reverse

pytestmark = pytest.mark.django_db

CURATION_APPS = {"directory", "policies", "articles", "auth"}
MODEL_ADMINS = sorted(
    (
        (model, model_admin)
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label in CURATION_APPS
    ),
    key=lambda pair: pair[0]._meta.label,
)


def _url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def _pages_of(client, model, model_admin):
    """Yield (url, response) for every page of one model's admin."""
    changelist = _url(model, "changelist")
    response = client.get(changelist)
    yield changelist, response
    view = response.context["cl"]
    if view.search_fields:
        yield f"{changelist}?q=facial", client.get(changelist, {"q": "facial"})
    for spec in view.filter_specs:
        for choice in spec.choices(view):
            yield (
                changelist + choice["query_string"],
                client.get(changelist + choice["query_string"]),
            )
    if view.date_hierarchy:
        url = f"{changelist}?_facets=True"
        yield url, client.get(url)
    obj = model.objects.order_by("pk").first()
    assert obj is not None, f"the seed import creates no {model._meta.verbose_name}"
    for url in (_url(model, "change", obj.pk), _url(model, "history", obj.pk)):
        yield url, client.get(url)
    if model_admin.has_add_permission(response.wsgi_request):
        yield _url(model, "add"), client.get(_url(model, "add"))


def test_every_curation_admin_page_loads_for_a_superuser(imported_seeds, admin_client, admin_user):
    assert {model._meta.model_name for model, _ in MODEL_ADMINS} >= {
        "policyaction", "jurisdiction", "organisation", "article", "importrun", "user", "group",
    }  # fmt: skip
    visited, broken = 0, []
    for model, model_admin in MODEL_ADMINS:
        for url, response in _pages_of(admin_client, model, model_admin):
            visited += 1
            if response.status_code != 200:
                broken.append((url, response.status_code))
    assert broken == []
    assert visited > 100  # every filter choice of every list, not just the lists


def test_lists_show_facet_counts_beside_each_filter_choice(imported_seeds, admin_client):
    page = admin_client.get(_url(_model("policyaction"), "changelist"))
    text = page.content.decode()
    assert "Published (" in text  # e.g. "Published (21)"
    assert "Ban (" in text


def test_history_pages_show_who_changed_which_field(imported_seeds, admin_client, admin_user):
    action = _model("policyaction").objects.get(
        slug="minneapolis-bans-government-facial-recognition-2021"
    )
    action.title = "Minneapolis bans city use of face recognition"
    action._history_user = admin_user
    action.save()
    text = admin_client.get(_url(type(action), "history", action.pk)).content.decode()
    assert admin_user.username in text
    assert "Minneapolis bans city use of facial recognition" in text  # old value
    assert "Minneapolis bans city use of face recognition" in text  # new value


def _model(model_name):
    return next(model for model, _ in MODEL_ADMINS if model._meta.model_name == model_name)


@pytest.mark.parametrize("setting", ["curation", "/curation/", "curation/"])
def test_the_admin_url_setting_is_read_with_or_without_slashes(monkeypatch, setting):
    import importlib

    import tracker.urls

    monkeypatch.setenv("DJANGO_ADMIN_URL", setting)
    try:
        assert importlib.reload(tracker.urls).ADMIN_URL == "curation/"
    finally:
        monkeypatch.delenv("DJANGO_ADMIN_URL")
        importlib.reload(tracker.urls)
