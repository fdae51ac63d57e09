from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared pieces: see the package docstring for what may import what."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from .models import FormerSlug
        from .publicdata import watch

        # A former slug answers with a redirect to its record's page.
        watch(FormerSlug)
