from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlocsConfig(AppConfig):
    name = "blocs"
    verbose_name = _("Blocs and countries")

    def ready(self):
        from integration_portal.editorial.versions import keep_history

        from .models import Bloc, Country, Event, Membership

        keep_history(Bloc, Country, Membership, Event)
