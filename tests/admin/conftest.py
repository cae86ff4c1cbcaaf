"""Admin test fixtures: people in each editorial role, and a draft to work on."""

import pytest
from django.contrib.auth.models import Group

from articles.models import Article, ArticleStatus


@pytest.fixture
def as_role(client, django_user_model):
    """Signs the test client in as someone with that one role (no password: force_login needs none)."""

    def login(role):
        client.logout()
        if role != "anonymous":
            user = django_user_model.objects.create_user(role, is_staff=True)
            user.groups.add(Group.objects.get(name=role.capitalize()))
            client.force_login(user)
        return client

    return login


@pytest.fixture
def draft():
    article = Article.objects.get(demo_key="cooperacion-integracion-sur")
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.DRAFT, published_at=None)
    article.refresh_from_db()
    return article
