"""Adds synthetic published articles and events to the database, for the page benchmark (manage.py perf)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from articles.models import Article
from integration_portal.web.page_cache import new_generation
from ops.perf import grow_events
from ops.search_benchmark import generate_corpus


class Command(BaseCommand):
    help = "Add N synthetic articles (es, th, en) and M events to the database: benchmark data, never the demo."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=0)
        parser.add_argument("--events", type=int, default=0)

    @transaction.atomic
    def handle(self, *args, articles, events, **options):
        if articles:
            grown = Article.objects.filter(slug_es__startswith="benchmark-").count()
            generate_corpus(articles, first=grown, log=lambda message: None)
        if events:
            grow_events(events)
        new_generation()  # bulk inserts send no signals: the cached pages of the smaller record must go
        self.stdout.write(f"Added {articles} articles and {events} events.")
