from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles and imports"

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
