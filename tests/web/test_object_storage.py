"""Media in S3-compatible object storage: an editor's upload goes to the bucket, the article page links it
there, the Content-Security-Policy lets browsers load it, and pages never read the file to render.

The bucket is served by moto's S3 server: a real HTTP endpoint speaking the S3 API, started for these tests.
"""

import io
import json
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import boto3
import pytest
from PIL import Image

from articles.models import Article, ArticleImage
from integration_portal.web.object_storage import media_storage
from ops.release import free_port, port_open
from tests.editorial.images import ALT, image_file, post_image

pytestmark = [pytest.mark.django_db]
BUCKET = "portal-media"
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "PublicReadMedia",
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/*",
        }
    ],
}


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while not port_open("127.0.0.1", port):
        assert server.poll() is None and time.monotonic() < deadline, "moto's S3 server did not start"
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch, tmp_path):
    for name, value in {"AWS_ACCESS_KEY_ID": "portal", "AWS_SECRET_ACCESS_KEY": "portal-secret"}.items():
        monkeypatch.setenv(name, value)
    s3 = boto3.resource("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    bucket = s3.Bucket(BUCKET)
    bucket.create()
    # What docs/deploy.md has the operator do: objects are private by default; readers may get any of them.
    bucket.Policy().put(Policy=json.dumps(PUBLIC_READ))
    environment = {"AWS_STORAGE_BUCKET_NAME": BUCKET, "AWS_S3_ENDPOINT_URL": s3_endpoint}
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environment)}
    settings.MEDIA_ROOT = tmp_path  # must stay empty
    settings.SERVE_MEDIA = False
    yield bucket
    bucket.objects.all().delete()
    bucket.delete()


def image_sources(page: str) -> list[str]:
    return re.findall(r'<figure class="article-image">\s*<img src="([^"]+)"', page)


def img_src(response) -> list[str]:
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    return policy["img-src"].split()


def test_an_upload_lands_in_the_bucket_and_readers_load_it_from_there(sign_in, client, bucket, s3_endpoint, tmp_path):
    article = Article.objects.get(demo_key="pacific-integration")
    editor = sign_in("ana", "Editor")
    assert post_image(editor, article, image_file(size=(64, 48)), **ALT).status_code == 302

    image = ArticleImage.objects.get(article=article)
    assert [item.key for item in bucket.objects.all()] == [image.image.name]
    assert not any(tmp_path.iterdir()), "nothing is written to the local disk"
    assert (image.width, image.height) == (64, 48)

    for code in ("es", "th", "en"):
        response = client.get(f"/{code}/articles/{article.translated('slug', code).value}/")
        page = response.content.decode()
        [source] = image_sources(page)
        assert source == f"{s3_endpoint}/{BUCKET}/{image.image.name}"
        assert s3_endpoint in img_src(response), "the policy lets browsers load the bucket's images"
        assert 'width="64" height="48"' in page
    with urllib.request.urlopen(source, timeout=10) as served:  # anonymously, as a reader's browser
        assert Image.open(io.BytesIO(served.read())).size == (64, 48)


def test_pages_do_not_read_images_from_the_bucket_to_render(sign_in, client, bucket):
    article = Article.objects.get(demo_key="pacific-integration")
    assert post_image(sign_in("ana", "Editor"), article, image_file(size=(64, 48)), **ALT).status_code == 302
    bucket.objects.all().delete()  # were the page to open the file for its size, it would fail now

    response = client.get(f"/en/articles/{article.translated('slug', 'en').value}/")
    assert response.status_code == 200
    assert 'width="64" height="48"' in response.content.decode()


def test_a_custom_domain_is_what_pages_link_and_the_policy_allows(settings, client):
    environment = {"AWS_STORAGE_BUCKET_NAME": BUCKET, "AWS_S3_CUSTOM_DOMAIN": "media.portal.example.org"}
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environment)}
    assert img_src(client.get("/en/")) == ["'self'", "data:", "https://media.portal.example.org"]


def test_on_the_local_disk_images_come_from_this_site_only(client):
    assert img_src(client.get("/en/")) == ["'self'", "data:"]
