"""Admin pieces shared by the apps."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from simple_history.admin import SimpleHistoryAdmin


class ReadOnlyHistoryAdmin(SimpleHistoryAdmin):
    """History pages to read, never to write.

    django-simple-history's page for an old version is a form that saves what is POSTed, checked
    only against the view permission; hiding its Revert button does not close it. A change must
    go through the record's own form, where the permissions and the publishing rules apply.
    """

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method not in ("GET", "HEAD"):
            raise PermissionDenied("History is read-only: change the record through its own page.")
        return super().history_form_view(request, object_id, version_id, extra_context)


def counted(number, noun):
    """ "1 action", "3 actions": admin messages read as sentences, not "1 action(s)"."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


class QueueStateFilter(admin.SimpleListFilter):
    """A work queue's state filter: the state still to handle (`waiting`) unless another is
    chosen, or "All". Subclasses name the `states` (a TextChoices) and which one is `waiting`."""

    title = "state"
    parameter_name = "state"
    ALL = "all"
    states = None
    waiting = None

    def lookups(self, request, model_admin):
        return [*self.states.choices, (self.ALL, "All")]

    def value(self):
        return super().value() or self.waiting

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if self.value() == self.ALL:
            return queryset
        return queryset.filter(state=self.value())
