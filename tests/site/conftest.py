import datetime

import pytest
from django.utils import timezone

from articles.models import ArticleStatus
from blocs.models import Bloc
from tests.factories import ArticleFactory


@pytest.fixture
def mercosur():
    return Bloc.objects.get(slug="mercosur")


@pytest.fixture
def published(mercosur):
    """A published analysis about Mercosur, in three languages with three slugs."""
    article = ArticleFactory(
        title_es="Análisis publicado de prueba",
        title_th="บทวิเคราะห์ที่เผยแพร่แล้ว",
        title_en="Published test analysis",
        slug_es="analisis-publicado-prueba",
        slug_th="บทวิเคราะห์-เผยแพร่",
        slug_en="published-test-analysis",
        summary_es="Resumen publicado.",
        summary_th="สรุปที่เผยแพร่แล้ว",
        summary_en="Published summary.",
        body_th="เนื้อหา",
        body_en="Body.",
        published_at=timezone.now() - datetime.timedelta(hours=1),
    )
    article.blocs.add(mercosur)
    return article


@pytest.fixture
def unpublished(mercosur):
    """A draft, an article in review and one scheduled for tomorrow, all about Mercosur, in every language."""
    articles = []
    for name, status, published_at in (
        ("borrador", ArticleStatus.DRAFT, None),
        ("en-revision", ArticleStatus.IN_REVIEW, None),
        ("programado", ArticleStatus.PUBLISHED, timezone.now() + datetime.timedelta(days=1)),
    ):
        article = ArticleFactory(
            title_es=f"Secreto {name}",
            title_th=f"ความลับ {name}",
            title_en=f"Secret {name}",
            slug_es=f"secreto-{name}",
            slug_th=f"ลับ-{name}",
            slug_en=f"secret-{name}",
            summary_es=f"Resumen secreto {name}",
            status=status,
            published_at=published_at,
        )
        article.blocs.add(mercosur)
        articles.append(article)
    return articles


def secrets_of(articles) -> list[str]:
    """Texts of unpublished articles that must not show anywhere public."""
    return [
        text
        for article in articles
        for text in (article.title_es, article.title_th, article.title_en, article.slug_es, article.slug_en)
    ]
