"""Each filter form has fields and widgets of its own, copied one by one (`policies.filters`'s
`_FieldsCopiedOneByOne`) rather than deep: what one request changes stays in its form."""

from django.http import QueryDict

from policies.filters import ActionFilter


def form_of(query=""):
    return ActionFilter(QueryDict(query) or None).form


def test_each_form_has_fields_and_widgets_of_its_own():
    first, second = form_of(), form_of()
    for name in first.fields:
        assert first.fields[name] is not second.fields[name]
        assert first.fields[name].widget is not second.fields[name].widget
        assert first.fields[name].widget.attrs is not second.fields[name].widget.attrs


def test_choices_offered_by_one_form_are_not_offered_by_the_next():
    first = form_of()
    first.fields["type"].widget.choices = [("ban", "Ban")]
    first.fields["jurisdiction"].widget.attrs["data-changed"] = "yes"
    second = form_of()
    assert len(second.fields["type"].widget.choices) > 1
    assert "data-changed" not in second.fields["jurisdiction"].widget.attrs


def test_a_copied_form_reads_and_refuses_values_as_before():
    assert form_of("type=ban&sort=oldest").is_valid()
    refused = form_of("type=nothing&since=not-a-date")
    assert not refused.is_valid()
    assert set(refused.errors) == {"type", "since"}
