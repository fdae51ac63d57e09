from django.apps import AppConfig


class TipsConfig(AppConfig):
    name = "tips"
    verbose_name = "Corrections, tips and proposed changes"

    def ready(self):
        from . import receivers  # noqa: F401 - connects to the merging of organisations
