from django.urls import path

from . import views

app_name = "blocs"
urlpatterns = [
    path("blocs/<slug:slug>/", views.bloc_detail, name="bloc-detail"),
    path("countries/<slug:slug>/", views.country_detail, name="country-detail"),
]
