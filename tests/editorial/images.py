"""Uploading article images through the admin, as an editor does."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from articles.models import Article
from tests.admin.helpers import form_data, url

ALT = {"alt_es": "Mapa de los miembros", "alt_th": "แผนที่ประเทศสมาชิก", "alt_en": "Map of the members"}


def image_file(name="map.png", kind="PNG", size=(40, 30)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, kind)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{kind.lower()}")


def post_image(client, article, upload, **fields):
    change = url(Article, "change", article.pk)
    data = form_data(client.get(change))
    prefix = "images"
    data.update(
        {
            f"{prefix}-TOTAL_FORMS": "1",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-0-image": upload,
            f"{prefix}-0-position": "0",
            **{f"{prefix}-0-{name}": value for name, value in fields.items()},
        }
    )
    return client.post(change, data)
