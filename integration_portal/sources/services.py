"""Writing a fact's citations: the admin's files and the demo loader go through here."""

from django.db import transaction


@transaction.atomic
def replace_citations(*, fact, citations) -> None:
    """Makes ``fact.citations`` exactly ``citations``, in their order: (source, pinpoint) pairs, or for a bloc
    (source, pinpoint, fact). Each row is validated before it is written."""
    fact.citations.all().delete()
    model = fact.citations.model
    parent = fact.citations.field.name
    for position, (source, pinpoint, *which) in enumerate(citations):
        row = model(**{parent: fact}, source=source, pinpoint=pinpoint, position=position)
        if which:
            row.fact = which[0]
        row.full_clean(exclude=[parent])
        row.save()
