from django.db.models import Exists, OuterRef

from blocs.models import BlocCitation, EventCitation, MembershipCitation
from integration_portal.core.publishing import published_q
from integration_portal.sources.models import Source


def cited_sources():
    """The sources the public pages show: those a bloc, a membership period or a published event cites.

    A source only a draft event cites is on no page yet, so it is in no response either.
    """
    cites = OuterRef("pk")
    return Source.objects.filter(
        Exists(BlocCitation.objects.filter(source=cites))
        | Exists(MembershipCitation.objects.filter(source=cites))
        | Exists(EventCitation.objects.filter(published_q("event__"), source=cites))
    )
