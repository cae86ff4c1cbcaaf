"""What the map of the Americas shows: each country's status in a bloc, or the number of blocs it belonged to."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .maps import LegendItem, MapEntry, americas_map, count_category
from .models import Membership, MembershipStatus, Subregion
from .on_date import STATUSES_SHOWN

MOST_BLOCS_SHADED = 4  # "four or more": the scale's last step
# Countries recorded for their part in the Americas' blocs (China as an observer): on the map only when they had one.
OUTSIDE_THE_AMERICAS = (Subregion.EASTERN_ASIA, Subregion.OTHER)


def blocs_count(count: int) -> str:
    return ngettext("%(count)s bloc", "%(count)s blocs", count) % {"count": count}


def count_map(americas, countries) -> object:
    """Countries shaded by the number of blocs they surely belonged to that day."""
    rows = {row.country.pk: row for row in americas.rows}
    entries = []
    for country in countries:
        row = rows.get(country.pk)
        if row is None and country.subregion in OUTSIDE_THE_AMERICAS:
            continue
        sure = [b.acronym or b.name for b in row.belongs_to] if row else []
        unsure = [b.acronym or b.name for b in row.may_belong_to] if row else []
        label = blocs_count(len(sure))
        if sure:
            label += f": {', '.join(sure)}"
        if unsure:
            label += " · " + _("uncertain: %(blocs)s") % {"blocs": ", ".join(unsure)}
        category = count_category(len(sure))
        entries.append(MapEntry(country.alpha2, country.name, country.get_absolute_url(), category, label))
    legend = [LegendItem(count_category(n), blocs_count(n)) for n in range(MOST_BLOCS_SHADED)]
    legend.append(
        LegendItem(count_category(MOST_BLOCS_SHADED), _("%(count)s or more blocs") % {"count": MOST_BLOCS_SHADED})
    )
    return americas_map(entries, legend, caption=_("Number of blocs each country belonged to"))


def status_map(standings: list[Membership], countries, *, caption: str, dom_id: str = "americas-map") -> object:
    """Countries shaded by their status in one bloc; a status not sure that day is shaded as uncertain."""
    by_country: dict[int, list[Membership]] = {}
    for membership in standings:
        by_country.setdefault(membership.country_id, []).append(membership)
    entries, shown = [], set()
    for country in countries:
        held = sorted(by_country.get(country.pk, []), key=lambda m: STATUSES_SHOWN.index(m.status))
        if not held and country.subregion in OUTSIDE_THE_AMERICAS:
            continue
        if not held:
            entries.append(MapEntry(country.alpha2, country.name, country.get_absolute_url(), "none", _("none")))
            continue
        first = held[0]
        category = first.status if first.sure else "uncertain"
        words = [m.get_status_display() + ("" if m.sure else f" ({_('uncertain')})") for m in held]
        entries.append(MapEntry(country.alpha2, country.name, country.get_absolute_url(), category, ", ".join(words)))
        shown.add(category)
    labels = dict(MembershipStatus.choices) | {"uncertain": _("uncertain (date known only to the month or year)")}
    legend = [LegendItem(key, labels[key]) for key in (*STATUSES_SHOWN, "uncertain") if key in shown]
    return americas_map(entries, [*legend, LegendItem("none", _("none"))], caption=caption, dom_id=dom_id)
