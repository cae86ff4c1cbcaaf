import datetime

import factory
from django.utils import timezone

from articles.models import Article, ArticleStatus, Topic
from blocs.models import Bloc, BlocKind, Country, Event, EventKind, Membership, MembershipStatus, Subregion
from integration_portal.core.publishing import PublicationStatus
from integration_portal.sources.models import Source, SourceKind

USER_ASSIGNED_ALPHA2 = [
    *(f"X{chr(letter)}" for letter in range(ord("A"), ord("Z") + 1)),
    *(f"Q{chr(letter)}" for letter in range(ord("M"), ord("Z") + 1)),
    "AA",
]  # not ZZ: tests use it as a code no country has


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Country

    # Codes from the ISO user-assigned ranges (AA, QM–QZ, XA–XZ, ZZ), which no real country uses: all 41 in turn,
    # so one test may make up to 41 countries wherever the process's sequence stands.
    alpha2 = factory.Sequence(lambda n: USER_ASSIGNED_ALPHA2[n % len(USER_ASSIGNED_ALPHA2)])
    alpha3 = factory.Sequence(lambda n: f"X{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    name_es = factory.Sequence(lambda n: f"País {n}")
    name_th = factory.Sequence(lambda n: f"ประเทศ {n}")
    name_en = factory.Sequence(lambda n: f"Country {n}")
    slug = factory.Sequence(lambda n: f"test-country-{n}")
    capital_es = "Capital"
    capital_th = "เมืองหลวง"
    capital_en = "Capital"
    subregion = Subregion.SOUTH_AMERICA


class BlocFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Bloc

    name_es = factory.Sequence(lambda n: f"Bloque {n}")
    name_en = factory.Sequence(lambda n: f"Bloc {n}")
    slug = factory.Sequence(lambda n: f"test-bloc-{n}")
    kind = BlocKind.FORUM
    founded = datetime.date(2000, 1, 1)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    country = factory.SubFactory(CountryFactory)
    bloc = factory.SubFactory(BlocFactory)
    status = MembershipStatus.MEMBER
    start = datetime.date(2000, 1, 1)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    date = datetime.date(2001, 5, 4)
    title_es = factory.Sequence(lambda n: f"Evento {n}")
    kind = EventKind.SUMMIT
    status = PublicationStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name_es = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"test-topic-{n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title_es = factory.Sequence(lambda n: f"Análisis {n}")
    slug_es = factory.Sequence(lambda n: f"analisis-{n}")
    summary_es = "Resumen."
    body_es = "Cuerpo del análisis."
    status = ArticleStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    slug = factory.Sequence(lambda n: f"test-source-{n}")
    kind = SourceKind.TREATY
    title_es = factory.Sequence(lambda n: f"Tratado de prueba {n}")
    title_th = factory.Sequence(lambda n: f"สนธิสัญญาทดสอบ {n}")
    title_en = factory.Sequence(lambda n: f"Test treaty {n}")
    url = "https://example.org/treaty.pdf"
