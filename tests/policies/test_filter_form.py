"""The timeline's filter form, written in Python, prints what its template printed; and its
filter set, made with less copying, reads and filters as before."""

import copy

import pytest
from django.http import QueryDict
from django.template import engines
from django.test import RequestFactory

from policies.filter_form import filter_form_html
from policies.filters import ActionFilter
from policies.models import PolicyAction
from policies.views import offer_only_choices_on_record
from tests.factories import OrganisationFactory, ParticipantFactory, PolicyActionFactory

# The template the form was drawn by (templates/includes/action_filter_form.html), as it was.
TEMPLATE = """{# The filter form: plain GET, so it works without JavaScript and every result is a URL. #}
<form class="filters" method="get" action="{{ request.path }}" role="search" aria-label="Filter actions">
  {% with form=filter.form %}
  <div class="field">
    <label for="{{ form.q.id_for_label }}">{{ form.q.label }}</label>
    <input type="search" name="q" id="{{ form.q.id_for_label }}" value="{{ form.q.value|default_if_none:'' }}" aria-describedby="q-help">
    <p class="help" id="q-help">{{ form.q.help_text }}</p>
  </div>
  <div class="field">
    <label for="{{ form.jurisdiction.id_for_label }}">{{ form.jurisdiction.label }}</label>
    {{ form.jurisdiction }}
    <p class="help">Type a place's name; suggestions appear as you type. {{ form.jurisdiction.help_text }}</p>
  </div>
  <div class="field">
    <label for="{{ form.organisation.id_for_label }}">{{ form.organisation.label }}</label>
    {{ form.organisation }}
    <p class="help">Type its name; suggestions appear as you type.</p>
  </div>
  <div class="field">
    <label for="{{ form.role.id_for_label }}">{{ form.role.label }}</label>
    {{ form.role }}
  </div>
  <fieldset class="field checks">
    <legend>{{ form.type.label }}</legend>
    {% for choice in form.type %}<label class="check">{{ choice.tag }} {{ choice.choice_label }}</label>{% endfor %}
  </fieldset>
  <fieldset class="field checks">
    <legend>{{ form.status.label }}</legend>
    {% for choice in form.status %}<label class="check">{{ choice.tag }} {{ choice.choice_label }}</label>{% endfor %}
  </fieldset>
  <fieldset class="field dates">
    <legend>Date</legend>
    <label for="{{ form.since.id_for_label }}">{{ form.since.label }}</label>
    {{ form.since }}
    <label for="{{ form.until.id_for_label }}">{{ form.until.label }}</label>
    {{ form.until }}
  </fieldset>
  <div class="field">
    <label for="{{ form.sort.id_for_label }}">{{ form.sort.label }}</label>
    {{ form.sort }}
  </div>
  <div class="form-actions">
    <button type="submit">Apply filters</button>
    {% if filtered %}<a href="{{ request.path }}">Clear all</a>{% endif %}
  </div>
  {% endwith %}
</form>
"""  # noqa: E501

HOSTILE = "<b>\"Tom\" & 'Jerry'</b>"
QUERIES = [
    "",
    "q=police",
    f"q={HOSTILE}&type=ban&type=nope&status=in_force&sort=oldest",
    f"jurisdiction={HOSTILE}&organisation={HOSTILE}&role=target&since=2020-01-02&until=bad",
    "type=ban&type=bill&status=expired&status=lapsed&role=nobody&sort=relevance&q=x",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("path", ["/", '/"<odd>&path/'])
def test_the_form_prints_what_its_template_printed(query, path):
    PolicyActionFactory(action_type="ban", status="in_force")
    request = RequestFactory().get(path, QueryDict(query))
    for filtered in (False, True):
        filterset = ActionFilter(request.GET or None, request=request)
        filterset.is_valid()
        offer_only_choices_on_record(filterset.form)
        template = engines["django"].from_string(TEMPLATE)
        expected = template.render({"filter": filterset, "filtered": filtered}, request)
        assert filter_form_html(filterset.form, request.path, filtered) == expected


@pytest.mark.django_db
def test_filter_sets_do_not_share_what_they_read_or_filter():
    """Filters copied one by one, a form class made once: each filter set has its own filters
    (bound to it, their methods too) and its own form and fields."""
    ban = PolicyActionFactory(action_type="ban")
    letter = PolicyActionFactory(action_type="letter")
    aclu = OrganisationFactory(slug="aclu")
    ParticipantFactory(action=letter, organisation=aclu, role="target")
    first = ActionFilter(QueryDict("type=ban"), queryset=PolicyAction.objects.all())
    second = ActionFilter(
        QueryDict("organisation=aclu&role=target"), queryset=PolicyAction.objects.all()
    )
    assert list(first.qs) == [ban]
    assert list(second.qs) == [letter]
    assert type(first.form) is type(second.form)
    assert first.form.fields["type"] is not second.form.fields["type"]
    for name, filter_ in first.filters.items():
        assert filter_ is not second.filters[name]
        assert filter_.parent is first and second.filters[name].parent is second
    assert first.filters["role"].filter.f is first.filters["role"]
    # A copy of the declared filters is a plain dict of copies, as deepcopy made it.
    copies = copy.deepcopy(ActionFilter.base_filters)
    assert copies.keys() == ActionFilter.base_filters.keys()
    assert all(copies[name] is not f for name, f in ActionFilter.base_filters.items())
