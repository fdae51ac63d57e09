"""The tips queue: what the public sent, new first, for staff to read and mark handled.

Editors and Contributors handle tips (`change_tip`), Viewers read them without the sender's
e-mail, only Editors delete (migration 0002). Tips come only from the public form: nobody adds
one here, and what the sender wrote cannot be edited.
"""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator

from core.admin import QueueStateFilter, counted

from .models import Tip, TipState


class StateFilter(QueueStateFilter):
    """New tips unless another state is chosen: the queue is what is left to do."""

    states = TipState
    waiting = TipState.NEW


@admin.register(Tip)
class TipAdmin(admin.ModelAdmin):
    list_display = ["created_at", "kind", "about", "excerpt", "source", "state"]
    list_filter = [StateFilter, "kind"]
    list_select_related = ["action"]
    search_fields = ["message", "source_url"]
    date_hierarchy = "created_at"
    actions = ["mark_handled"]
    sender_fields = ["kind", "action", "message", "source_url", "email", "created_at"]
    readonly_fields = [*sender_fields, "handled_at", "handled_by"]

    def get_fields(self, request, obj=None):
        fields = [*self.sender_fields, "state", "staff_note", "handled_at", "handled_by"]
        if not self.has_change_permission(request, obj):
            fields.remove("email")  # for a reply, so only for those who handle tips
        return fields

    def has_add_permission(self, request):
        return False

    @admin.display(description="about")
    def about(self, tip):
        return tip.action or "—"

    @admin.display(description="message")
    def excerpt(self, tip):
        return Truncator(tip.message).chars(120)

    @admin.display(description="source")
    def source(self, tip):
        if not tip.source_url:
            return "—"
        return format_html(
            '<a href="{}" rel="noopener noreferrer">{}</a>',
            tip.source_url,
            Truncator(tip.source_url).chars(50),
        )

    def save_model(self, request, tip, form, change):
        if tip.state == TipState.HANDLED and tip.handled_at is None:
            tip.handled_at, tip.handled_by = timezone.now(), request.user
        elif tip.state == TipState.NEW:
            tip.handled_at = tip.handled_by = None
        super().save_model(request, tip, form, change)

    @admin.action(description="Mark selected tips handled", permissions=["change"])
    def mark_handled(self, request, queryset):
        count = queryset.filter(state=TipState.NEW).update(
            state=TipState.HANDLED, handled_at=timezone.now(), handled_by=request.user
        )
        self.message_user(request, f"{counted(count, 'tip')} marked handled.", messages.SUCCESS)
