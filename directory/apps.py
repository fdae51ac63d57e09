from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Places and organisations"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
