from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = "Policies"

    def ready(self):
        from core.publicdata import watch
        from core.slugs import keep_former_slugs

        from .models import ActionParticipant, Citation, PolicyAction

        keep_former_slugs(PolicyAction)
        watch(PolicyAction, ActionParticipant, Citation)
