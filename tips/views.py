"""The public's way to send a correction or a tip, and the thank-you page after it.

Sending is a POST, so the site's rate limit for forms applies (`tracker.ratelimits`), and it
needs the CSRF token the form carries.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import FormView, TemplateView

from core.slugs import former_slug_redirect
from policies import workflow
from policies.models import PolicyAction

from .forms import TipForm
from .models import TipKind


class CorrectionView(FormView):
    """ "Suggest a correction" to one published record."""

    form_class = TipForm
    template_name = "tips/tip_form.html"
    kind = TipKind.CORRECTION

    def dispatch(self, request, *args, **kwargs):
        self.action = None
        if "slug" in kwargs:
            published = PolicyAction.objects.published()
            try:
                self.action = get_object_or_404(published, slug=kwargs["slug"])
            except Http404:
                # A renamed record's form stays where the old record page led.
                moved = former_slug_redirect(request, published, kwargs["slug"])
                if moved is None:
                    raise
                return moved
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "kind": self.kind, "action": self.action}

    def get_context_data(self, **kwargs):
        return super().get_context_data(action=self.action, kind=self.kind, **kwargs)

    def form_valid(self, form):
        if not form.is_spam:
            form.save()
        return redirect(reverse("tips:thanks"))


class MissingActionView(CorrectionView):
    """ "Report an action the tracker lacks", with a source that reports it."""

    kind = TipKind.MISSING


class ThanksView(TemplateView):
    template_name = "tips/thanks.html"

    def get_context_data(self, **kwargs):
        second_reviewer = workflow.second_reviewer_required()
        return super().get_context_data(second_reviewer=second_reviewer, **kwargs)
