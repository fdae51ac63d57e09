from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Places and organisations"

    def ready(self):
        from core.slugs import keep_former_slugs

        from . import signals  # noqa: F401  (connects the receivers)
        from .models import Jurisdiction, Organisation

        keep_former_slugs(Jurisdiction)
        keep_former_slugs(Organisation)
