"""Article images: checked by content and size, described in every language, shown with the article."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from articles.models import Article, ArticleImage
from tests.editorial.images import ALT, image_file, post_image

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def inline_errors(response) -> dict:
    for inline in response.context["inline_admin_formsets"]:
        if inline.formset.prefix == "images":
            return inline.formset.forms[0].errors
    raise AssertionError("no image inline")


def noise_png(side: int) -> SimpleUploadedFile:
    """A real PNG of random pixels: it does not compress, so 1400 × 1400 is over 5 MB."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buffer, "PNG")
    return SimpleUploadedFile("noise.png", buffer.getvalue(), content_type="image/png")


@pytest.fixture
def article():
    return Article.objects.get(demo_key="pacific-integration")


def test_an_image_with_alt_text_in_every_language_is_shown_on_the_article(sign_in, client, article):
    editor = sign_in("ana", "Editor")
    assert post_image(editor, article, image_file(), **ALT).status_code == 302
    image = ArticleImage.objects.get(article=article)
    assert image.image.width == 40
    for code in ("es", "th", "en"):
        page = client.get(f"/{code}/articles/{article.translated('slug', code).value}/").content.decode()
        assert f'alt="{ALT[f"alt_{code}"]}"' in page and image.image.url in page


@pytest.mark.parametrize("missing", ["alt_es", "alt_th", "alt_en"])
def test_alt_text_is_required_in_each_language(sign_in, article, missing):
    response = post_image(sign_in("ana", "Editor"), article, image_file(), **{**ALT, missing: ""})
    assert response.status_code == 200
    assert inline_errors(response)[missing]  # "required" or "describe the image in this language too"
    assert not ArticleImage.objects.filter(article=article).exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("fake.png", b"<svg onload=alert(1)>", content_type="image/png"), "Upload a valid image"),
        (image_file("anim.bmp", "BMP"), "Images must be JPEG, PNG, WebP or GIF"),
        (noise_png(1400), "the limit is 5 MB"),
    ],
    ids=["not-an-image", "bmp", "too-big"],
)
def test_files_are_checked_by_content_and_size(sign_in, article, upload, message):
    response = post_image(sign_in("ana", "Editor"), article, upload, **ALT)
    assert response.status_code == 200
    assert any(message in error for error in inline_errors(response)["image"])
    assert not ArticleImage.objects.filter(article=article).exists()


def test_the_database_refuses_an_image_without_alt_text(article):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleImage.objects.create(article=article, image="x.png", alt_es="uno", alt_th="", alt_en="one")


def test_a_png_uploaded_as_pdf_or_eps_is_stored_and_served_as_a_png(sign_in, client, article, settings, tmp_path):
    """Issue 13, failure 14: the type a file is served under follows its name, so the name follows its content."""
    settings.MEDIA_ROOT = tmp_path
    editor = sign_in("ana", "Editor")
    for disguise in ("chart.pdf", "chart.eps"):
        ArticleImage.objects.filter(article=article).delete()
        assert post_image(editor, article, image_file(name=disguise), **ALT).status_code == 302
        image = ArticleImage.objects.get(article=article)
        assert image.image.name.endswith(".png")
        served = client.get(image.image.url)
        assert served.status_code == 200 and served["Content-Type"] == "image/png"


def test_the_image_of_a_draft_is_not_public_until_the_article_is(sign_in, client, article, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    editor = sign_in("ana", "Editor")
    assert post_image(editor, article, image_file(), **ALT).status_code == 302
    image = ArticleImage.objects.get(article=article)
    assert client.get(image.image.url).status_code == 200  # a published article's image
    Article.objects.filter(pk=article.pk).update(status="draft")
    assert client.get(image.image.url).status_code == 404  # guessable address, but not for the public
    assert editor.get(image.image.url).status_code == 200  # staff see it, as in the preview
    assert "no-store" in editor.get(image.image.url)["Cache-Control"]
