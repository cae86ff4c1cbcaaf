"""``/robots.txt``: crawl everything public, never the admin, and find the pages through the sitemap."""

from django.http import HttpResponse
from django.urls import reverse

from integration_portal.web.page_cache import cached_public_page


@cached_public_page
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Allow: /",
        f"Disallow: {reverse('admin:index')}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
