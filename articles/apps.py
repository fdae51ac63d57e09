from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles and imports"

    def ready(self):
        from core.publicdata import watch

        from . import checks  # noqa: F401 - registers the system checks
        from .models import Article, Provider, Topic

        # An article's addresses and relations are written by the importer, which bumps the
        # version itself, or in the article's admin form, which saves the article too.
        watch(Article, Provider, Topic)
