"""Uploaded files served by the app (SERVE_MEDIA): an image of an article that is not public yet is for staff only.

Images live at guessable addresses (articles/2026/11/map.png); served straight from the folder, the picture of a
draft was public before the draft. With object storage (a bucket) the bucket serves them instead: see
docs/deploy.md on keeping drafts' images private there.
"""

from django.conf import settings
from django.http import Http404
from django.views.static import serve

from articles.models import ArticleImage


def media(request, path: str):
    image = ArticleImage.objects.filter(image=path).select_related("article").first()
    public = image is None or image.article.is_public
    if not public and not (request.user.is_authenticated and request.user.is_staff):
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "public, max-age=3600" if public else "private, no-store"
    return response
