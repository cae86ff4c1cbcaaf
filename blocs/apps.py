from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlocsConfig(AppConfig):
    name = "blocs"
    verbose_name = _("Blocs and countries")

    def ready(self):
        from integration_portal.editorial.versions import keep_history

        from .models import (
            Bloc,
            BlocCitation,
            Country,
            Era,
            EraCitation,
            Event,
            EventCitation,
            Membership,
            MembershipCitation,
        )

        # A fact's citations belong to its versions: restoring a membership restores the sources it cited.
        keep_history(BlocCitation, MembershipCitation, EventCitation, EraCitation)
        keep_history(Bloc, Membership, Event, Era, follow=("citations",))
        keep_history(Country)
