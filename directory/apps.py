from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Places and organisations"

    def ready(self):
        from core.publicdata import watch
        from core.slugs import keep_former_slugs

        from . import signals  # noqa: F401  (connects the receivers)
        from .models import Jurisdiction, JurisdictionAlias, Organisation, OrganisationAlias

        keep_former_slugs(Jurisdiction)
        keep_former_slugs(Organisation)
        # What the public pages show of places and organisations. Their search keys
        # (PlaceName) follow a place's saves; bulk indexing bumps the version itself.
        watch(Jurisdiction, JurisdictionAlias, Organisation, OrganisationAlias)
