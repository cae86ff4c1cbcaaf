"""Citations of a page of the portal: APA 7 and Chicago texts in the page's language, BibTeX, RIS and CSL-JSON."""

import datetime
from dataclasses import dataclass

from django.utils import translation
from django.utils.dates import MONTHS
from django.utils.encoding import iri_to_uri
from django.utils.text import slugify
from django.utils.translation import gettext, pgettext

from integration_portal.core.dates import DatePrecision, format_partial_date


@dataclass(frozen=True)
class PageReference:
    title: str
    url: str
    accessed: datetime.date
    language: str
    site_name: str = "Integration Portal"


def author(ref: PageReference) -> str:
    """The portal, the page's author, named in the page's language. The default name is a message the templates
    already translate; a name given by the caller has no translation and is kept as it is."""
    with translation.override(ref.language):
        return gettext(ref.site_name)


def long_date(date: datetime.date, language: str) -> str:
    """A date written out as the style manuals of the language write it: "December 1, 2026" in English (APA,
    Chicago), "1 de diciembre de 2026", "1 ธันวาคม 2569" (Buddhist Era)."""
    if language[:2] == "en":
        with translation.override("en"):
            return f"{MONTHS[date.month]} {date.day}, {date.year}"
    return format_partial_date(date, DatePrecision.DAY, language)


def apa(ref: PageReference) -> str:
    """APA 7, a web page whose author is the site, with no date of its own and content that changes."""
    with translation.override(ref.language):
        pattern = pgettext(
            "APA citation of a web page; n.d. = no date",
            "%(author)s. (n.d.). %(title)s. Retrieved %(date)s, from %(url)s",
        )
    return pattern % _parts(ref)


def chicago(ref: PageReference) -> str:
    """Chicago notes and bibliography, the bibliography entry of a web page."""
    with translation.override(ref.language):
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
        "title": one_line(ref.title),
        "date": long_date(ref.accessed, ref.language),
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
        "author": "{" + bibtex_text(author(ref)) + "}",  # inner braces: an organisation, not a person's name
        "howpublished": rf"\url{{{linked}}}",
        "url": url,
        "urldate": ref.accessed.isoformat(),
        "note": bibtex_text(accessed_note(ref)),
        "year": str(ref.accessed.year),
        "language": ref.language,
    }
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields.items())
    return f"@misc{{{citation_key(ref, key)},\n{body}}}\n"


def ris(ref: PageReference) -> str:
    """RIS, one record; the format asks for CRLF line ends and "ER  - " closing the record."""
    site = one_line(author(ref))
    lines = [
        ("TY", "ELEC"),
        ("TI", one_line(ref.title)),
        ("AU", site),
        ("PB", site),
        ("UR", safe_url(ref.url)),
        ("Y2", ref.accessed.strftime("%Y/%m/%d")),
        ("LA", ref.language),
        ("ER", ""),
    ]
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)


def csl_json(ref: PageReference, key: str = "") -> dict:
    """The page as a CSL-JSON item (Zotero, Pandoc); a CSL-JSON file is a list of items."""
    site = author(ref)
    return {
        "id": citation_key(ref, key),
        "type": "webpage",
        "title": one_line(ref.title),
        "author": [{"literal": site}],
        "container-title": site,
        "URL": ref.url,
        "accessed": {"date-parts": [[ref.accessed.year, ref.accessed.month, ref.accessed.day]]},
        "language": ref.language,
    }
