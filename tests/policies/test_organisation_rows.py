"""The organisations list writes its table's rows in Python: the same text the template wrote,
escaped the same way, and the same counts."""

import pytest
from django.template import engines

from directory.models import Organisation
from policies.organisation_views import organisation_rows, organisation_rows_html, with_counts
from tests.factories import OrganisationFactory, ParticipantFactory, PolicyActionFactory

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert('x')</script> & \"quoted\""

ROWS = engines["django"].from_string(
    "{% for organisation in members %}\n"
    '      <tr><th scope="row"><a href="{{ organisation.get_absolute_url }}">'
    '{{ organisation.name }}</a></th><td class="num">{{ organisation.action_count }}</td>'
    '<td class="num">{{ organisation.actor_count }}</td><td class="num">'
    '{{ organisation.signatory_count }}</td><td class="num">{{ organisation.target_count }}'
    '</td><td class="num">{{ organisation.mention_count }}</td></tr>\n'
    "      {% endfor %}"
)


def test_rows_read_as_the_template_wrote_them():
    hostile = OrganisationFactory(name=HOSTILE)
    for role in ("actor", "target"):
        ParticipantFactory(organisation=hostile, action=PolicyActionFactory(), role=role)
    OrganisationFactory(name="Quiet")
    organisations = Organisation.objects.order_by("name")
    rows = organisation_rows(with_counts(organisations))
    models = list(organisations)
    for model, row in zip(models, rows, strict=True):
        for name in row._fields[3:]:
            setattr(model, name, getattr(row, name))
    assert rows[0].action_count == 2 and rows[0].actor_count == rows[0].target_count == 1
    written = organisation_rows_html(rows)
    assert written == ROWS.render({"members": models})
    assert "<script>" not in written and "&lt;script&gt;" in written
