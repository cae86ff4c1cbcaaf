from django.shortcuts import get_object_or_404, render

from .models import Bloc, Country


def bloc_detail(request, slug):
    bloc = get_object_or_404(Bloc.objects.select_related("predecessor"), slug=slug)
    memberships = bloc.memberships.select_related("country").order_by("country__slug", "start")
    return render(request, "blocs/bloc_detail.html", {"bloc": bloc, "memberships": memberships})


def country_detail(request, slug):
    country = get_object_or_404(Country, slug=slug)
    memberships = country.memberships.select_related("bloc").order_by("bloc__founded", "start")
    return render(request, "blocs/country_detail.html", {"country": country, "memberships": memberships})
