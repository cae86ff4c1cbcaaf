"""Pages of a long public list whose total need not be exact: it is counted up to COUNT_CAP rows and stated as
"more than 10,000" beyond, in one query at any size. An exact count of 100,000 analyses read the whole table on
every page of the list."""

from functools import cached_property

from django.core.paginator import Paginator

COUNT_CAP = 10_000


class CappedCountPaginator(Paginator):
    """A Paginator over a queryset that counts at most COUNT_CAP + 1 rows; ``capped`` when there were more. Its
    pages then reach the first COUNT_CAP rows and one more: further back, a reader narrows the filters."""

    capped = False

    @cached_property
    def count(self) -> int:
        # Keys only: a list's annotations (the cards' topics) would be worked out for every counted row.
        number = self.object_list.order_by().values("pk")[: COUNT_CAP + 1].count()
        self.capped = number > COUNT_CAP
        return number

    @property
    def shown_count(self) -> int:
        """The total as the page states it: exact, or the cap it is more than."""
        return COUNT_CAP if self.capped else self.count
