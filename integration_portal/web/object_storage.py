"""Where uploaded media live: the local disk, or S3-compatible object storage when a bucket is named."""

from urllib.parse import urlsplit


def media_storage(environ) -> dict:
    """The ``STORAGES["default"]`` entry for this environment (read by settings.py, and by the tests)."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # "path" for stores that have no per-bucket host names; boto3 chooses when unset.
            "addressing_style": environ.get("AWS_S3_ADDRESSING_STYLE") or None,
            "querystring_auth": False,  # published images are public
            "file_overwrite": False,
        },
    }


def media_origin() -> str | None:
    """The origin media are served from when it is not this site's own (a bucket, a CDN): the
    Content-Security-Policy must allow images from it. Asked of the storage itself, so the bucket's host name
    comes out right for every provider, addressing style and custom domain; no request is made."""
    from django.core.files.storage import default_storage

    # Kept on the storage object, which Django replaces when STORAGES changes.
    try:
        return default_storage._portal_media_origin
    except AttributeError:
        parts = urlsplit(default_storage.url("origin"))
        origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None
        default_storage._portal_media_origin = origin
        return origin
