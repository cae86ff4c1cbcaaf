"""Numbered citations on a page: each source gets a number the first time the page cites it."""

from dataclasses import dataclass, field

from .models import Citation, Source


@dataclass(frozen=True)
class Mark:
    """A citation beside a fact: the number of its source on this page, and where in the source."""

    number: int
    pinpoint: str


@dataclass
class PageSources:
    numbers: dict[int, int] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)

    def cite(self, citations) -> list[Mark]:
        """Marks for these citations (prefetched, with their sources), numbering sources new to the page."""
        marks = []
        for citation in citations:
            citation: Citation
            if citation.source_id not in self.numbers:
                self.sources.append(citation.source)
                self.numbers[citation.source_id] = len(self.sources)
            marks.append(Mark(self.numbers[citation.source_id], citation.pinpoint))
        return marks

    def mark_all(self, facts) -> None:
        """Sets ``marks`` on each fact (a membership, an event, …) in the order the page shows them."""
        for fact in facts:
            fact.marks = self.cite(fact.citations.all())

    def listing(self) -> list[tuple[int, Source]]:
        return list(enumerate(self.sources, start=1))
