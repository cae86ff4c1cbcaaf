from django.urls import path

from . import views

app_name = "articles"
urlpatterns = [
    path("<str:slug>/", views.article_detail, name="article-detail"),
]
