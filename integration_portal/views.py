from django.shortcuts import render

from articles.models import Article
from blocs.models import Bloc


def home(request):
    return render(
        request,
        "home.html",
        {
            "blocs": Bloc.objects.all(),
            "articles": Article.objects.published()[:10],
        },
    )
