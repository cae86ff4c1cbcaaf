from django.urls import path

from . import views

app_name = "blocs"
urlpatterns = [
    path("blocs/", views.bloc_list, name="bloc-list"),
    path("blocs/<slug:slug>/", views.bloc_detail, name="bloc-detail"),
    path("countries/", views.country_list, name="country-list"),
    path("countries/<slug:slug>/", views.country_detail, name="country-detail"),
    path("timeline/", views.timeline, name="timeline"),
]
