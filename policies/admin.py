"""The curation admin for actions (and, in `reference_admin`, what curation adds to the pages of
articles and organisations).

Staff turn news into cited actions here and move them through the editorial workflow
(`policies.workflow`). Every change is recorded by django-simple-history and shown, with a diff,
on each record's History page.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied, ValidationError

from articles.models import Article
from articles.templatetags.excerpts import whole_words
from core.admin import ReadOnlyHistoryAdmin, counted

from . import reference_admin, workflow  # noqa: F401 - reference_admin registers its pages
from .models import ActionParticipant, Citation, EditorialState, PolicyAction

SOURCE_ARTICLE_PARAM = "from_article"


class AutocompleteOfRow(AutocompleteSelect):
    """An autocomplete that labels its choice with the object its inline row already holds.

    Django's own looks the chosen object up again, one query per row; `held` is set by
    RowHoldingItsChoices for each saved row.
    """

    held = None

    def optgroups(self, name, value, attr=None):
        held = self.held
        key = self.field.target_field.attname
        chosen = [str(v) for v in value if str(v) not in self.choices.field.empty_values]
        if held is None or chosen != [str(getattr(held, key))]:
            return super().optgroups(name, value, attr)  # a choice the row does not hold yet
        options = [] if self.is_required else [self.create_option(name, "", "", False, 0)]
        label = self.choices.field.label_from_instance(held)
        options.append(self.create_option(name, getattr(held, key), label, True, len(options)))
        return [(None, options, 0)]


class RowHoldingItsChoices(forms.ModelForm):
    """Gives each autocomplete of a saved row the object the row already holds."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk:
            return
        for name, field in self.fields.items():
            widget = getattr(field.widget, "widget", field.widget)  # inside the admin's wrapper
            if isinstance(widget, AutocompleteOfRow):
                widget.held = getattr(self.instance, name)


class RowsWithTheirChoices:
    """For an inline whose rows choose their object by autocomplete: rows are read with those
    objects in the same query, and each row's autocomplete is labelled from its own, so the
    form makes as many queries for a hundred rows as for one."""

    form = RowHoldingItsChoices

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(*self.autocomplete_fields)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = AutocompleteOfRow(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ParticipantInline(RowsWithTheirChoices, admin.TabularInline):
    model = ActionParticipant
    extra = 0
    autocomplete_fields = ["organisation"]

    def get_extra(self, request, obj=None, **kwargs):
        # One row per organisation the source article mentions, offered with no role:
        # rows left without a role are not saved.
        article = source_article(request)
        return len(article.organisations.all()) if article and obj is None else self.extra


class CitationFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        if self.instance.state != EditorialState.PUBLISHED:
            return
        kept = [
            form
            for form in self.forms
            if form.cleaned_data.get("article") and not form.cleaned_data.get("DELETE")
        ]
        problem = self.instance.publication_problems(source_count=len(kept)).get("citations")
        if problem:
            raise ValidationError(problem)


class CitationInline(RowsWithTheirChoices, admin.StackedInline):
    model = Citation
    formset = CitationFormSet
    extra = 0
    autocomplete_fields = ["article"]
    fields = ["article", "quote", "position"]

    def get_queryset(self, request):
        # A row is labelled with its action too ("<action> ← <article>").
        return (
            super()
            .get_queryset(request)
            .select_related("action")
            .defer("action__search_document", "action__search_with_sources")
        )

    def get_extra(self, request, obj=None, **kwargs):
        return 1 if source_article(request) and obj is None else self.extra


def source_article(request):
    """The article a new action is being started from (?from_article=<pk>), if any."""
    if not hasattr(request, "_source_article"):
        pk = request.GET.get(SOURCE_ARTICLE_PARAM, "")
        request._source_article = (
            Article.objects.prefetch_related("jurisdictions", "organisations__jurisdiction")
            .filter(pk=pk)
            .first()
            if pk.isdigit()
            else None
        )
    return request._source_article


class PolicyActionForm(forms.ModelForm):
    user = None  # the signed-in user, set per request by PolicyActionAdmin.get_form

    class Meta:
        model = PolicyAction
        fields = [
            "title", "slug", "action_type", "status", "summary", "extent", "jurisdiction",
            "scope", "date", "date_precision", "date_source", "effective_date", "expiry_date",
            "notes", "state",
        ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored_state = self.instance.state if self.instance.pk else EditorialState.DRAFT
        if "state" in self.fields:
            allowed = workflow.allowed_states(self.user, self.stored_state)
            self.fields["state"].choices = [
                (state, EditorialState(state).label) for state in allowed
            ]

    def changes_content(self):
        """Whether this save changes what the record says, not only its editorial state."""
        return not self.instance.pk or bool(set(self.changed_data) - {"state"})

    def clean_state(self):
        target = self.cleaned_data["state"]
        try:
            workflow.check_transition(
                self.user,
                self.instance,
                self.stored_state,
                target,
                check_publication=False,
                content_editor_id=self.user.pk if self.changes_content() else None,
            )
        except PermissionDenied as exc:
            raise ValidationError(str(exc)) from None
        return target


@admin.register(PolicyAction)
class PolicyActionAdmin(ReadOnlyHistoryAdmin):
    form = PolicyActionForm
    list_display = [
        "title",
        "action_type",
        "jurisdiction",
        "when",
        "state",
        "source_count",
    ]
    list_filter = [
        "state",
        "action_type",
        "extent",
        "status",
        "jurisdiction__kind",
        ("organisations", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = [
        "title",
        "summary",
        "jurisdiction__name",
        "organisations__name",
        "organisations__aliases__text",
    ]
    autocomplete_fields = ["jurisdiction"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "date"
    list_select_related = ["jurisdiction"]
    show_facets = admin.ShowFacets.ALWAYS
    inlines = [ParticipantInline, CitationInline]
    readonly_fields = ["created_at", "updated_at"]
    actions = ["submit_for_review", "publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "action_type", "status", "summary"]}),
        ("Where", {"fields": ["extent", "jurisdiction", "scope"]}),
        (
            "When",
            {
                "fields": [
                    ("date", "date_precision"),
                    "date_source",
                    ("effective_date", "expiry_date"),
                ],
                "description": (
                    "Give the date at the precision the sources support: a month-precision "
                    "date is stored as the first of that month. Effective and expiry dates are "
                    "for what takes effect or lapses on a known day (a law, a moratorium, a "
                    "time-limited pledge); leave them empty otherwise."
                ),
            },
        ),
        ("Editorial", {"fields": ["state", "notes", ("created_at", "updated_at")]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_source_count()

    @admin.display(description="date", ordering="date")
    def when(self, action):
        return action.display_date or "—"

    @admin.display(description="sources", ordering="source_count")
    def source_count(self, action):
        return action.source_count

    def view_on_site(self, action):
        return action.get_absolute_url() if action.is_published else None

    # -- permissions: published actions are live, so only editors may change or delete them --

    def has_publish_permission(self, request):
        return request.user.has_perm(workflow.PUBLISH_PERMISSION)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or workflow.can_edit(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or workflow.can_edit(request.user, obj))

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        if not all(workflow.can_edit(request.user, action) for action in objs):
            perms_needed.add("published policy actions")
        return deleted, counts, perms_needed, protected

    # -- the form ------------------------------------------------------------------------------

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.pop(SOURCE_ARTICLE_PARAM, None)
        article = source_article(request)
        if article:
            initial.setdefault("title", article.title)
            # The most specific place the article names, or names an organisation after ("the
            # Minneapolis City Council"), is the likeliest; staff confirm it.
            named = {*article.jurisdictions.all()}
            named |= {o.jurisdiction for o in article.organisations.all() if o.jurisdiction}
            places = sorted(named, key=lambda j: (-j.depth, j.name))
            if places:
                initial.setdefault("jurisdiction", places[0].pk)
        return initial

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        article = source_article(request)
        if article is None or obj.pk:
            return kwargs
        if isinstance(inline, ParticipantInline):
            # Also on POST, so that offered rows left without a role count as unchanged.
            kwargs["initial"] = [{"organisation": org.pk} for org in article.organisations.all()]
        elif isinstance(inline, CitationInline) and request.method == "GET":
            # Only on GET: on POST the cited article must count as entered, and be saved. Its
            # excerpt starts the quote, cut at a word; staff trim it to the supporting sentence.
            kwargs["initial"] = [{"article": article.pk, "quote": whole_words(article.excerpt)}]
        return kwargs

    def add_view(self, request, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "source_article": source_article(request)}
        return super().add_view(request, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if change and obj.state != form.stored_state:
            obj._change_reason = workflow.change_reason(form.stored_state, obj.state)
        if form.changes_content():
            obj.content_changed_by = request.user
        form.published_at_before = obj.published_at
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        action = form.instance
        if form.changes_content() or not any(formset.has_changed() for formset in formsets):
            return
        # Sources or organisations changed: that is content too, and this person its editor.
        # Bookkeeping, not a change of the record: no history row of its own.
        action.content_changed_by = request.user
        PolicyAction.objects.filter(pk=action.pk).update(content_changed_by=request.user)
        if action.state != EditorialState.PUBLISHED or form.stored_state == action.state:
            return
        try:
            workflow.check_second_reviewer(request.user, request.user.pk)
        except PermissionDenied as refusal:
            # Published in the same save that changed its sources: held for another editor.
            action.state = EditorialState.REVIEW
            action.published_at = form.published_at_before
            action._change_reason = "Held in review for a second reviewer"
            action.save(update_fields=["state", "published_at"])
            self.message_user(request, f"{refusal} It is in review.", messages.WARNING)

    # -- bulk workflow actions: each action is saved on its own, so each gets a history row --

    @admin.action(description="Submit selected actions for review", permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._bulk_transition(request, queryset, EditorialState.REVIEW, workflow.submit_for_review)

    @admin.action(description="Publish selected actions", permissions=["publish"])
    def publish(self, request, queryset):
        def publish(action, user):
            # Counted by this admin's queryset (`get_queryset`) in the query that fetched it.
            return workflow.publish(action, user, source_count=action.source_count)

        self._bulk_transition(request, queryset, EditorialState.PUBLISHED, publish)

    @admin.action(description="Unpublish selected actions (back to draft)", permissions=["publish"])
    def unpublish(self, request, queryset):
        self._bulk_transition(request, queryset, EditorialState.DRAFT, workflow.unpublish)

    def _bulk_transition(self, request, queryset, target, move):
        moved, already, refused = 0, 0, []
        # The queryset comes from `get_queryset`, which counts each action's sources in the
        # query that fetches the actions, for publishing (see `publish`).
        for action in queryset.order_by("pk"):
            if action.state == target:
                already += 1
                continue
            try:
                move(action, request.user)
            except ValidationError as exc:
                refused.extend(exc.messages)
            except PermissionDenied as exc:
                refused.append(f"“{action}”: {exc}")
            else:
                moved += 1
        verb = workflow.VERBS[target] if target != EditorialState.DRAFT else "unpublished"
        if moved:
            self.message_user(request, f"{counted(moved, 'action')} {verb}.", messages.SUCCESS)
        if already:
            were = "was" if already == 1 else "were"
            self.message_user(
                request, f"{counted(already, 'action')} {were} already {verb}.", messages.INFO
            )
        for problem in refused:
            self.message_user(request, problem, messages.ERROR)
