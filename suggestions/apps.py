from django.apps import AppConfig


class SuggestionsConfig(AppConfig):
    name = "suggestions"
    verbose_name = "Suggested actions"

    def ready(self):
        from . import receivers  # noqa: F401 - connects to the importer's and the actions' signals
