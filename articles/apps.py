from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles and imports"

    def ready(self):
        from core.publicdata import watch

        from . import checks  # noqa: F401 - registers the system checks
        from .models import Article, Provider, Topic
        from .uploads import receiving_folder

        # Django checks that FILE_UPLOAD_TEMP_DIR exists (files.E001) but does not make it.
        receiving_folder()

        # An article's addresses and relations are written by the importer, which bumps the
        # version itself, or in the article's admin form, which saves the article too.
        watch(Article, Provider, Topic)
