from django.shortcuts import render

from articles.models import Article
from blocs.models import Bloc, Event, EventKind
from integration_portal.web.page_cache import cached_public_page


@cached_public_page
def home(request):
    blocs = Bloc.objects.filter(ended__isnull=True).with_current_members()
    return render(
        request,
        "home.html",
        {
            "articles": Article.objects.cards()[:5],
            "recent_events": Event.objects.published().order_by("-date", "-pk")[:6],
            "landmarks": Event.objects.published().filter(kind=EventKind.FOUNDING).order_by("date")[:12],
            "blocs": blocs,
        },
    )
