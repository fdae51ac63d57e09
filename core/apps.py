from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared pieces with no models: see the package docstring for what may import what."""

    name = "core"
    verbose_name = "Core"
