"""Citations of a page of the portal: APA 7 and Chicago texts in the page's language, BibTeX, RIS and CSL-JSON."""

import datetime
from dataclasses import dataclass

from django.utils import translation
from django.utils.dates import MONTHS
from django.utils.encoding import iri_to_uri
from django.utils.text import slugify
from django.utils.translation import gettext, pgettext

from integration_portal.core.dates import BUDDHIST_ERA_OFFSET, DatePrecision, format_partial_date


@dataclass(frozen=True)
class PageReference:
    title: str
    url: str
    accessed: datetime.date
    language: str
    site_name: str = "Integration Portal"
    # An analysis has authors and a publication day; a list page has neither and is the portal's.
    authors: tuple[str, ...] = ()
    issued: datetime.date | None = None


def site(ref: PageReference) -> str:
    """The portal named in the page's language. The default name is a message the templates already translate; a
    name given by the caller has no translation and is kept as it is."""
    with translation.override(ref.language):
        return gettext(ref.site_name)


def author(ref: PageReference) -> str:
    """The authors as the portal records them (whole names, not inverted: it cannot tell a Spanish double surname
    from a middle name), or the portal itself."""
    if not ref.authors:
        return site(ref)
    if len(ref.authors) == 1:
        return ref.authors[0]
    with translation.override(ref.language):
        last = pgettext("the last of several authors", "and %(name)s") % {"name": ref.authors[-1]}
    return ", ".join(ref.authors[:-1]) + " " + last


def long_date(date: datetime.date, language: str) -> str:
    """A date written out as the style manuals of the language write it: "December 1, 2026" in English (APA,
    Chicago), "1 de diciembre de 2026", "1 ธันวาคม 2569" (Buddhist Era)."""
    if language[:2] == "en":
        with translation.override("en"):
            return f"{MONTHS[date.month]} {date.day}, {date.year}"
    return format_partial_date(date, DatePrecision.DAY, language)


def apa_date(date: datetime.date, language: str) -> str:
    """The day of publication as APA writes it, year first: "2024, March 5", "2024, 5 de marzo", "2567, 5 มีนาคม"."""
    with translation.override(language):
        month = str(MONTHS[date.month])
    if language[:2] == "th":
        return f"{date.year + BUDDHIST_ERA_OFFSET}, {date.day} {month}"
    if language[:2] == "es":
        return f"{date.year}, {date.day} de {month.lower()}"
    return f"{date.year}, {month} {date.day}"


def apa(ref: PageReference) -> str:
    """APA 7: a list page is the site's, undated and changing (so retrieved on a day); an analysis is dated."""
    with translation.override(ref.language):
        if ref.issued:
            pattern = pgettext(
                "APA citation of a dated web article", "%(author)s. (%(issued)s). %(title)s. %(site)s. %(url)s"
            )
        else:
            pattern = pgettext(
                "APA citation of a web page; n.d. = no date",
                "%(author)s. (n.d.). %(title)s. Retrieved %(date)s, from %(url)s",
            )
    parts = _parts(ref)
    if ref.issued:
        parts["issued"] = apa_date(ref.issued, ref.language)
    return pattern % parts


def chicago(ref: PageReference) -> str:
    """Chicago notes and bibliography, the bibliography entry of a web page (with its publication day if any)."""
    with translation.override(ref.language):
        if ref.issued:
            pattern = pgettext(
                "Chicago citation of a dated web article",
                "%(author)s. “%(title)s.” %(site)s, %(issued)s. Accessed %(date)s. %(url)s.",
            )
        else:
            pattern = pgettext("Chicago citation of a web page", "%(author)s. “%(title)s.” Accessed %(date)s. %(url)s.")
    return pattern % _parts(ref)


def accessed_note(ref: PageReference) -> str:
    with translation.override(ref.language):
        return pgettext("date a web page was read, in a citation", "Accessed %(date)s") % {
            "date": long_date(ref.accessed, ref.language)
        }


def _parts(ref: PageReference) -> dict:
    return {
        "author": author(ref),
        "site": site(ref),
        "title": one_line(ref.title),
        "date": long_date(ref.accessed, ref.language),
        "issued": long_date(ref.issued, ref.language) if ref.issued else "",
        "url": ref.url,
    }


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def citation_key(ref: PageReference, name: str = "") -> str:
    """An ASCII key for reference managers: the file's name (or the title) and the access date."""
    stem = slugify(name or ref.title)[:60].strip("-") or "integration-portal"
    return f"{stem}-{ref.accessed.isoformat()}"


BIBTEX_SPECIALS = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\{",
        "}": r"\}",
        "%": r"\%",
        "&": r"\&",
        "#": r"\#",
        "_": r"\_",
        "$": r"\$",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
    }
)


def bibtex_text(text: str) -> str:
    return one_line(text).translate(BIBTEX_SPECIALS)


def safe_url(url: str) -> str:
    """The address with every character that could close a BibTeX field or a line percent-encoded."""
    return iri_to_uri(url).replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def bibtex(ref: PageReference, key: str = "") -> str:
    url = safe_url(ref.url)
    # \url{} inside another field's braces is a moving argument, where % and # must be escaped; the url field
    # itself is read verbatim by biblatex.
    linked = url.replace("%", r"\%").replace("#", r"\#")
    fields = {
        "title": bibtex_text(ref.title),
        # Inner braces: a name BibTeX must not split into given and family names (the portal cannot tell them apart).
        "author": " and ".join("{" + bibtex_text(name) + "}" for name in ref.authors or (site(ref),)),
        "howpublished": rf"\url{{{linked}}}",
        "url": url,
        "urldate": ref.accessed.isoformat(),
        "note": bibtex_text(accessed_note(ref)),
        "year": str((ref.issued or ref.accessed).year),
        "language": ref.language,
    }
    if ref.issued:
        fields.update(organization=bibtex_text(site(ref)), date=ref.issued.isoformat())
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields.items())
    return f"@misc{{{citation_key(ref, key)},\n{body}}}\n"


def ris(ref: PageReference) -> str:
    """RIS, one record; the format asks for CRLF line ends and "ER  - " closing the record."""
    publisher = one_line(site(ref))
    lines = [
        ("TY", "ELEC"),
        ("TI", one_line(ref.title)),
        *(("AU", one_line(name)) for name in ref.authors or (publisher,)),
        ("PB", publisher),
        *((("DA", ref.issued.strftime("%Y/%m/%d")),) if ref.issued else ()),
        ("UR", safe_url(ref.url)),
        ("Y2", ref.accessed.strftime("%Y/%m/%d")),
        ("LA", ref.language),
        ("ER", ""),
    ]
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)


def csl_json(ref: PageReference, key: str = "") -> dict:
    """The page as a CSL-JSON item (Zotero, Pandoc); a CSL-JSON file is a list of items."""
    item = {
        "id": citation_key(ref, key),
        "type": "webpage",
        "title": one_line(ref.title),
        "author": [{"literal": name} for name in ref.authors or (site(ref),)],
        "container-title": site(ref),
        "URL": ref.url,
        "accessed": {"date-parts": [[ref.accessed.year, ref.accessed.month, ref.accessed.day]]},
        "language": ref.language,
    }
    if ref.issued:
        item["issued"] = {"date-parts": [[ref.issued.year, ref.issued.month, ref.issued.day]]}
    return item
