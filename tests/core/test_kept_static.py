"""`{% static %}` from core's `kept_static` prints what Django's `{% static %}` prints, under
whatever storage and DEBUG the settings name."""

import pytest
from django.template import Context, Template
from django.test import override_settings

from core.templatetags.kept_static import KEPT_MOST, static_url

SOURCE = "{% static 'css/site.css' %} {% static path %} {% static 'a b&c.js' as name %}[{{ name }}]"


def rendered(library):
    template = Template("{% load " + library + " %}" + SOURCE)
    return template.render(Context({"path": "js/site.js"}))


def test_the_same_as_django_static():
    assert rendered("kept_static") == rendered("static")
    assert rendered("kept_static") == rendered("static")  # kept, the second time


@pytest.mark.parametrize("debug", [False, True])
def test_a_new_storage_or_debug_gives_its_own_urls(debug):
    before = rendered("kept_static")
    with override_settings(STATIC_URL="/elsewhere/", DEBUG=debug):
        assert rendered("kept_static") == rendered("static")
        assert "/elsewhere/css/site.css" in rendered("kept_static")
    assert rendered("kept_static") == before


def test_however_many_paths_come_the_kept_urls_stay_few():
    from django.contrib.staticfiles.storage import staticfiles_storage

    for number in range(3 * KEPT_MOST):
        assert static_url(f"file-{number}.js").endswith(f"file-{number}.js")
    assert len(staticfiles_storage.kept_urls) <= KEPT_MOST
