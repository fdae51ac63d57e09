"""Admin pieces shared by the apps."""

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
