"""Blocs, countries, memberships and timeline events."""

import datetime

from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import DateRangeField, RangeBoundary, RangeOperators
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Case, ExpressionWrapper, F, Func, Q, When
from django.db.models.functions import Mod
from django.db.models.lookups import Exact, LessThan, LessThanOrEqual
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from integration_portal.core.constraints import ChecksInOneQuery
from integration_portal.core.dates import (
    FIRST_DATE,
    LAST_DATE,
    LastDay,
    check_precision,
    date_bounds,
    date_bounds_constraint,
    format_decades,
    format_partial_date,
    period_is_ordered,
    period_order_constraint,
    precision_constraint,
    precision_field,
)
from integration_portal.core.languages import DEFAULT_LANGUAGE
from integration_portal.core.publishing import Publishable, PublishableQuerySet, published_has_date
from integration_portal.core.reversed_urls import reversed_url
from integration_portal.core.rich_text import RichTextContent, long_text_limit
from integration_portal.core.translation import Language, TranslatedModel
from integration_portal.sources.models import Citation

BLOC_ORDER_MESSAGE = _("A bloc cannot end before it was founded.")
END_MESSAGE = _("The end cannot be before the start.")
EVENT_ORDER_MESSAGE = _("An event cannot end before it starts.")
OVERLAP_MESSAGE = _("This period overlaps another period of the same status of the same country in the same bloc.")


class BlocKind(models.TextChoices):
    FREE_TRADE_AREA = "free_trade_area", _("free trade area")
    CUSTOMS_UNION = "customs_union", _("customs union")
    COMMON_MARKET = "common_market", _("common market")
    ECONOMIC_INTEGRATION = "economic_integration", _("economic integration association")
    POLITICAL_UNION = "political_union", _("political union")
    POLITICAL_ALLIANCE = "political_alliance", _("political alliance")
    FORUM = "forum", _("forum")
    NEGOTIATION = "negotiation", _("negotiation")


class Subregion(models.TextChoices):
    CARIBBEAN = "caribbean", _("Caribbean")
    CENTRAL_AMERICA = "central_america", _("Central America")
    SOUTH_AMERICA = "south_america", _("South America")
    NORTHERN_AMERICA = "northern_america", _("Northern America")
    EASTERN_ASIA = "eastern_asia", _("Eastern Asia")
    OTHER = "other", pgettext_lazy("subregion", "other")


def current_memberships() -> models.Count:
    """How many "member" periods a bloc or a country surely has today: its members, or its blocs.

    A period that began in a month or year not yet over is not counted: it may not have begun (see
    MembershipQuerySet.held_on).
    """
    today = timezone.localdate()
    return models.Count(
        "memberships",
        filter=Q(
            LessThanOrEqual(LastDay("memberships__start", "memberships__start_precision"), today),
            Q(memberships__end__isnull=True) | Q(memberships__end__gt=today),
            memberships__status=MembershipStatus.MEMBER,
        ),
        distinct=True,
    )


class BlocQuerySet(models.QuerySet):
    def with_current_members(self):
        return self.annotate(current_members=current_memberships())


class CountryQuerySet(models.QuerySet):
    def with_current_blocs(self):
        return self.annotate(current_blocs=current_memberships())


class Bloc(ChecksInOneQuery, TranslatedModel):
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=BlocKind.choices)
    founded = models.DateField(_("founded"), null=True, blank=True, validators=date_bounds())
    founded_precision = precision_field(_("founding date precision"))
    founding_treaty = models.CharField(_("founding treaty"), max_length=300, blank=True)
    ended = models.DateField(_("ended"), null=True, blank=True, validators=date_bounds())
    ended_precision = precision_field(_("end date precision"))
    seat = models.CharField(_("seat"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    summary = models.TextField(_("summary"), blank=True)
    description = models.TextField(_("description"), blank=True, validators=long_text_limit())
    predecessor = models.ForeignKey(
        "self",
        verbose_name=_("predecessor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="successors",
        help_text=_("The organisation this bloc replaced or grew out of."),
    )

    objects = BlocQuerySet.as_manager()

    translation_required = ("name", "summary")

    class Meta:
        ordering = ["founded", "slug"]
        verbose_name = _("bloc")
        verbose_name_plural = _("blocs")
        constraints = [
            period_order_constraint(
                "founded", "ended", "ended_precision", "bloc_ended_after_founded", BLOC_ORDER_MESSAGE
            ),
            models.CheckConstraint(
                condition=~Q(predecessor=F("pk")),
                name="bloc_not_its_own_predecessor",
                violation_error_message=_("A bloc cannot be its own predecessor."),
            ),
            precision_constraint("founded", "founded_precision", "bloc_founded_precision"),
            date_bounds_constraint("founded", "bloc_founded_in_range"),
            date_bounds_constraint("ended", "bloc_ended_in_range"),
            precision_constraint("ended", "ended_precision", "bloc_ended_precision"),
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym and self.acronym != self.name else self.name

    def get_absolute_url(self):
        return reversed_url("blocs:bloc-detail", slug=self.slug)

    def clean(self):
        check_precision(self.founded, self.founded_precision, "founded")
        check_precision(self.ended, self.ended_precision, "ended")
        if not period_is_ordered(self.founded, self.ended, self.ended_precision):
            raise ValidationError({"ended": BLOC_ORDER_MESSAGE})
        if self.predecessor_id and self.pk and self.predecessor_id == self.pk:
            raise ValidationError({"predecessor": _("A bloc cannot be its own predecessor.")})


class Country(TranslatedModel):
    alpha2 = models.CharField(
        _("ISO 3166-1 alpha-2 code"),
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Enter two capital letters, such as PE."))],
    )
    alpha3 = models.CharField(
        _("ISO 3166-1 alpha-3 code"),
        max_length=3,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{3}$", _("Enter three capital letters, such as PER."))],
    )
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    capital = models.CharField(_("capital"), max_length=120, blank=True)
    subregion = models.CharField(_("subregion"), max_length=20, choices=Subregion.choices)
    in_latin_america = models.BooleanField(
        _("in Latin America and the Caribbean"),
        default=True,
        help_text=_("Untick for countries outside the region, such as the United States or China."),
    )

    objects = CountryQuerySet.as_manager()

    translation_required = ("name", "capital")

    class Meta:
        ordering = ["slug"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.CheckConstraint(
                condition=Q(alpha2__regex=r"^[A-Z]{2}$") & Q(alpha3__regex=r"^[A-Z]{3}$"),
                name="country_iso_codes_upper_case",
                violation_error_message=_("ISO codes are capital letters: two for alpha-2, three for alpha-3."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reversed_url("blocs:country-detail", slug=self.slug)

    def clean_fields(self, exclude=None):
        # Codes are case-insensitive on input; store them the ISO way before the validators look.
        self.alpha2 = (self.alpha2 or "").strip().upper()
        self.alpha3 = (self.alpha3 or "").strip().upper()
        super().clean_fields(exclude=exclude)


class MembershipStatus(models.TextChoices):
    MEMBER = "member", _("member")
    ASSOCIATE = "associate", _("associate")
    OBSERVER = "observer", _("observer")
    CANDIDATE = "candidate", _("candidate")
    SUSPENDED = "suspended", _("suspended")
    WITHDRAWN = "withdrawn", _("withdrawn")


class MembershipQuerySet(models.QuerySet):
    def overlapping(self, *, country_id, bloc_id, status, start, end):
        """Periods of the same country, bloc and status that share a day with [start, end)."""
        candidates = self.filter(country_id=country_id, bloc_id=bloc_id, status=status)
        if end is not None:
            candidates = candidates.filter(start__lt=end)
        return candidates.filter(Q(end__isnull=True) | Q(end__gt=start))

    def standing_on(self, on: datetime.date):
        """Periods that held or may have held on that day, each annotated ``sure``.

        A start known only as "2013" may be any day of 2013, so on 2013-06-01 the period may hold but is not sure
        to; an end known as "2018" may be any day of 2018, so the period surely held only before 2018 began.
        """
        sure = Q(start_last__lte=on) & (Q(end__isnull=True) | Q(end__gt=on))
        return (
            self.alias(start_last=LastDay("start", "start_precision"), end_last=LastDay("end", "end_precision"))
            .filter(Q(end__isnull=True) | Q(end_last__gt=on), start__lte=on)
            .annotate(sure=ExpressionWrapper(sure, output_field=models.BooleanField()))
        )

    def held_on(self, on: datetime.date):
        """Periods that surely held on that day, whatever the unknown part of a month or year date."""
        return self.standing_on(on).filter(sure=True)

    def maybe_held_on(self, on: datetime.date):
        """Periods that may have held on that day but are not sure to: a start or end in a period that holds it."""
        return self.standing_on(on).filter(sure=False)


class DateRange(Func):
    """PostgreSQL's daterange(start, end, bounds): an empty end is an unbounded one, a period still holding."""

    function = "daterange"
    output_field = DateRangeField()


def days_held() -> DateRange:
    """A period's days as a range, [start, end), for the exclusion constraint.

    An end known only to the year or month may be stored before the start day (withdrew in 2018, after
    suspending on 2018-04-20); daterange() refuses a lower bound above the upper one, so that end counts as
    the start and the range is empty: the constraint then leaves the period to clean().
    """
    end = Case(When(LessThan(F("end"), F("start")), then=F("start")), default=F("end"))
    return DateRange("start", end, RangeBoundary())


class Membership(ChecksInOneQuery, TranslatedModel):
    """A period during which a country held a status in a bloc.

    Periods are half-open: ``end`` is the first day the status no longer held (empty while it
    still holds), so one period may end on the day the next begins.
    """

    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.CASCADE, related_name="memberships"
    )
    bloc = models.ForeignKey(Bloc, verbose_name=_("bloc"), on_delete=models.CASCADE, related_name="memberships")
    status = models.CharField(_("status"), max_length=12, choices=MembershipStatus.choices)
    start = models.DateField(_("start"), validators=date_bounds())
    start_precision = precision_field(_("start precision"))
    end = models.DateField(
        _("end"),
        null=True,
        blank=True,
        validators=date_bounds(),
        help_text=_("Leave empty while the status still holds."),
    )
    end_precision = precision_field(_("end precision"))
    note = models.TextField(_("note"), blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["bloc__slug", "country__slug", "start"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            period_order_constraint("start", "end", "end_precision", "membership_end_not_before_start", END_MESSAGE),
            precision_constraint("start", "start_precision", "membership_start_precision"),
            date_bounds_constraint("start", "membership_start_in_range"),
            date_bounds_constraint("end", "membership_end_in_range"),
            precision_constraint("end", "end_precision", "membership_end_precision"),
            # The database's copy of clean()'s overlap check, for writes that skip it and for two writers at once.
            # clean() names the clashing period on the start field; full_clean() then skips this one (the start
            # has an error), so an editor sees one message. Half-open, as the periods are: [start, end).
            ExclusionConstraint(
                name="membership_periods_do_not_overlap",
                expressions=[
                    ("country", RangeOperators.EQUAL),
                    ("bloc", RangeOperators.EQUAL),
                    ("status", RangeOperators.EQUAL),
                    (days_held(), RangeOperators.OVERLAPS),
                ],
                violation_error_message=OVERLAP_MESSAGE,
            ),
        ]
        indexes = [models.Index(fields=["country", "bloc", "status", "start"])]

    def __str__(self):
        return f"{self.country} · {self.bloc} · {self.get_status_display()}"

    def clean(self):
        check_precision(self.start, self.start_precision, "start")
        check_precision(self.end, self.end_precision, "end")
        if not period_is_ordered(self.start, self.end, self.end_precision):
            raise ValidationError({"end": END_MESSAGE})
        if self.start and self.country_id and self.bloc_id and self.status:
            clash = (
                Membership.objects.overlapping(
                    country_id=self.country_id,
                    bloc_id=self.bloc_id,
                    status=self.status,
                    start=self.start,
                    end=self.end,
                )
                .exclude(pk=self.pk)
                .first()
            )
            if clash:
                raise ValidationError({"start": overlap_message(clash)})


def overlap_message(clash: "Membership") -> str:
    values = {
        "status": clash.get_status_display(),
        "start": format_partial_date(clash.start, clash.start_precision, get_language()),
        "end": format_partial_date(clash.end, clash.end_precision, get_language()),
    }
    if clash.end:
        return (
            _(
                "This period overlaps another “%(status)s” period of the same country in the same bloc "
                "(%(start)s – %(end)s)."
            )
            % values
        )
    return (
        _(
            "This period overlaps another “%(status)s” period of the same country in the same bloc "
            "(from %(start)s, with no end)."
        )
        % values
    )


class EventKind(models.TextChoices):
    FOUNDING = "founding", _("founding")
    TREATY_SIGNED = "treaty_signed", _("treaty signed")
    TREATY_IN_FORCE = "treaty_in_force", _("treaty in force")
    SUMMIT = "summit", _("summit")
    ACCESSION = "accession", _("accession")
    WITHDRAWAL = "withdrawal", _("withdrawal")
    SUSPENSION = "suspension", _("suspension")
    AGREEMENT = "agreement", _("agreement")
    NEGOTIATION = "negotiation", _("negotiation")
    CONFLICT = "conflict", _("conflict")
    OTHER = "other", _("other")


class EventQuerySet(PublishableQuerySet):
    pass


class Event(ChecksInOneQuery, RichTextContent, TranslatedModel, Publishable):
    date = models.DateField(_("date"), validators=date_bounds())
    date_precision = precision_field(_("date precision"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, validators=date_bounds(), help_text=_("For events that span a period.")
    )
    end_date_precision = precision_field(_("end date precision"))
    title = models.CharField(_("title"), max_length=250)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True, validators=long_text_limit())
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices, default=EventKind.OTHER)
    original_language = models.CharField(
        _("original language"), max_length=2, choices=Language.choices, default=DEFAULT_LANGUAGE
    )
    blocs = models.ManyToManyField(Bloc, verbose_name=_("blocs"), blank=True, related_name="events")
    countries = models.ManyToManyField(Country, verbose_name=_("countries"), blank=True, related_name="events")
    demo_key = models.SlugField(
        _("demo key"),
        max_length=80,
        blank=True,
        editable=False,
        help_text=_("Identifies events loaded as demo content."),
    )

    objects = EventQuerySet.as_manager()

    translation_required = ("title", "summary")
    rich_text_fields = ("body",)

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # The timeline and the lists read published events in date order.
        indexes = [models.Index(fields=["status", "date", "id"], name="event_public_by_date")]
        constraints = [
            period_order_constraint(
                "date", "end_date", "end_date_precision", "event_end_not_before_start", EVENT_ORDER_MESSAGE
            ),
            models.UniqueConstraint(fields=["demo_key"], condition=~Q(demo_key=""), name="event_unique_demo_key"),
            precision_constraint("date", "date_precision", "event_date_precision"),
            date_bounds_constraint("date", "event_date_in_range"),
            date_bounds_constraint("end_date", "event_end_date_in_range"),
            precision_constraint("end_date", "end_date_precision", "event_end_date_precision"),
            published_has_date("event_published_has_date"),
        ]
        permissions = [("publish_event", _("Can publish, schedule and unpublish events"))]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        # The timeline lists its events a page at a time: ?event= opens the page that holds this one.
        return f"{reversed_url('blocs:timeline')}?event={self.pk}#event-{self.pk}"

    def clean(self):
        check_precision(self.date, self.date_precision, "date")
        check_precision(self.end_date, self.end_date_precision, "end_date")
        if not period_is_ordered(self.date, self.end_date, self.end_date_precision):
            raise ValidationError({"end_date": EVENT_ORDER_MESSAGE})
        self.fill_publication_time()


class BlocFact(models.TextChoices):
    FOUNDING = "founding", _("founding")
    ENDING = "ending", _("end")


def unique_citation(fact: str, name: str) -> models.UniqueConstraint:
    return models.UniqueConstraint(
        fields=[fact, "source", "pinpoint"],
        name=name,
        violation_error_message=_("This source is already cited here with the same pinpoint."),
    )


class MembershipCitation(Citation):
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="citations")

    class Meta(Citation.Meta):
        constraints = [unique_citation("membership", "membership_citation_unique")]


class EventCitation(Citation):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="citations")

    class Meta(Citation.Meta):
        constraints = [unique_citation("event", "event_citation_unique")]


class BlocCitation(Citation):
    """The source of a bloc's founding or of its end."""

    bloc = models.ForeignKey(Bloc, on_delete=models.CASCADE, related_name="citations")
    fact = models.CharField(_("for"), max_length=10, choices=BlocFact.choices, default=BlocFact.FOUNDING)

    class Meta(Citation.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["bloc", "fact", "source", "pinpoint"],
                name="bloc_citation_unique",
                violation_error_message=_("This source is already cited here with the same pinpoint."),
            )
        ]


def decade_validators() -> list:
    return [
        MinValueValidator(FIRST_DATE.year),
        MaxValueValidator(LAST_DATE.year - 9),
        RegexValidator(r"0$", _("A decade starts in a year ending in 0, such as 1990.")),
    ]


class Era(TranslatedModel):
    """A period of Latin American regionalism as the literature names it, shaded behind the timeline.

    Dated by decade because that is what its sources give ("open regionalism followed in the 1980s and 1990s"),
    never to a year; ``first_decade`` and ``last_decade`` are the first years of the decades (1990 is the 1990s).
    """

    name = models.CharField(_("name"), max_length=120)
    summary = models.TextField(_("summary"), blank=True, help_text=_("A sentence on what the sources say of it."))
    first_decade = models.PositiveSmallIntegerField(
        _("first decade"), validators=decade_validators(), help_text=_("Its first year: 1990 for the 1990s.")
    )
    last_decade = models.PositiveSmallIntegerField(
        _("last decade"), validators=decade_validators(), help_text=_("The same as the first for a single decade.")
    )
    demo_key = models.SlugField(
        _("demo key"), max_length=80, blank=True, editable=False, help_text=_("Identifies eras loaded as demo content.")
    )

    class Meta:
        ordering = ["first_decade", "last_decade"]
        verbose_name = _("era")
        verbose_name_plural = _("eras")
        constraints = [
            models.CheckConstraint(
                condition=Q(first_decade__gte=FIRST_DATE.year, last_decade__lte=LAST_DATE.year - 9),
                name="era_decades_in_range",
            ),
            models.CheckConstraint(condition=Exact(Mod("first_decade", 10), 0), name="era_first_whole_decade"),
            models.CheckConstraint(condition=Exact(Mod("last_decade", 10), 0), name="era_last_whole_decade"),
            models.CheckConstraint(
                condition=Q(last_decade__gte=F("first_decade")),
                name="era_in_order",
                violation_error_message=_("The last decade cannot come before the first."),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.decades()})"

    def decades(self, language: str | None = None) -> str:
        return format_decades(self.first_decade, self.last_decade, language or get_language() or DEFAULT_LANGUAGE)

    @property
    def start(self) -> datetime.date:
        return datetime.date(self.first_decade, 1, 1)

    @property
    def end(self) -> datetime.date:
        """The last day of its last decade."""
        return datetime.date(self.last_decade + 9, 12, 31)


class EraCitation(Citation):
    era = models.ForeignKey(Era, on_delete=models.CASCADE, related_name="citations")

    class Meta(Citation.Meta):
        constraints = [unique_citation("era", "era_citation_unique")]
