from django.urls import path

from . import views

app_name = "articles"
urlpatterns = [
    path("", views.article_list, name="article-list"),
    path("<str:slug>/", views.article_detail, name="article-detail"),
]
