"""Best bets: a query that names a bloc or a country outright puts its page first.

"mercosur", "MERCOSUL", "เมร์โกซูร์", "Comunidad Andina", "CAN", "peru" or "PE": a reader who types a name wants
that page, whatever the ranking of the events that mention it more often.
"""

from dataclasses import dataclass

from blocs.models import Bloc, Country
from integration_portal.core.languages import language_codes

from .text import fold

MAX_NAME_LENGTH = 200  # longer than any name: no need to compare


def names(obj, fields: tuple[str, ...]) -> set[str]:
    """Every folded name the object goes by: each field in each language (or untranslated) and its codes."""
    texts = [getattr(obj, f"{field}_{code}", "") for field in ("name", *fields) for code in language_codes()]
    texts += [getattr(obj, field, "") for field in fields]
    return {fold(" ".join(text.split())) for text in texts if text}


@dataclass(frozen=True)
class BestBet:
    kind: str  # "bloc" or "country"
    item: Bloc | Country


def best_bets(query: str) -> list[BestBet]:
    """The blocs, then the countries, that the whole query names (two small tables, one query each)."""
    key = fold(" ".join(query.split()))
    if not key or len(key) > MAX_NAME_LENGTH:
        return []
    blocs = [BestBet("bloc", bloc) for bloc in Bloc.objects.all() if key in names(bloc, ("acronym", "slug"))]
    countries = [
        BestBet("country", country)
        for country in Country.objects.all()
        if key in names(country, ("slug", "alpha2", "alpha3"))
    ]
    return [*blocs, *countries]
