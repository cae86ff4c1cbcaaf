from django.urls import path

from integration_portal.exports.urls import citation_patterns, download_patterns

from . import exports, views
from .filters import ArticleFilter

app_name = "articles"
urlpatterns = [
    path("", views.article_list, name="article-list"),
    *download_patterns("", exports.article_table, name="article-list", allowed=tuple(ArticleFilter.base_filters)),
    path("<str:slug>/", views.article_detail, name="article-detail"),
    *citation_patterns("<str:slug>/", exports.article_citation, name="article", allowed=()),
]
