"""One spelling per name within a language: the forms the portal's texts share, and the variants to avoid.

The Thai texts had อาซุนซิออน and อะซุนซิออน, ลาติน and ละติน; the English ones "Community of South American
Nations" and "South American Community of Nations". A finding names the text, the variant and the form to use.
"""

from collections.abc import Iterator

from modeltranslation.translator import translator

from .facts import Finding

# language → {form to use: variants found in the texts}
GLOSSARY = {
    "th": {
        "ลาติน": ["ละติน"],
        "อาซุนซิออน": ["อะซุนซิออน"],
        "อุชัวยา": ["อูซัวยา"],
        "ระงับการเข้าร่วม": ["ระงับการมีส่วนร่วม"],
        "แอนเดียน": ["แอนดีส"],
        "แคริบเบียน": ["คาริบเบียน", "แคริเบียน"],
        "เวเนซุเอลา": ["เวเนซูเอลา"],
    },
    "en": {
        "Community of South American Nations": ["South American Community of Nations"],
        "Andean Community": ["Andean Community of Nations"],
        "Caribbean Community": ["Caribbean Common Market and Community"],
    },
    "es": {
        "Comunidad Sudamericana de Naciones": ["Comunidad Suramericana de Naciones"],
        "Mercosur": ["MERCOSUL"],
    },
}


# A source's title is quoted as its publisher wrote it ("Andean Community of Nations" in a press headline).
QUOTED = {"sources.source"}


def texts() -> Iterator[tuple[str, str, str]]:
    """(language, where, text) for every translated field of every translated model but quoted ones."""
    for model in translator.get_registered_models(abstract=False):
        if model._meta.label_lower in QUOTED:
            continue
        fields = translator.get_options_for_model(model).fields
        for language in GLOSSARY:
            columns = [f"{name}_{language}" for name in fields]
            for pk, *values in model.objects.values_list("pk", *columns):
                for column, value in zip(columns, values, strict=True):
                    if value:
                        yield language, f"{model._meta.verbose_name} {pk} · {column}", value


def spelling_findings() -> Iterator[Finding]:
    for language, where, text in texts():
        for preferred, variants in GLOSSARY[language].items():
            for variant in variants:
                if variant in text:
                    yield Finding("spelling", where, f"writes “{variant}”; the portal writes “{preferred}”")
