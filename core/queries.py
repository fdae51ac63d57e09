"""Query helpers shared by the apps."""

from django.db.models import Count, Subquery
from django.db.models.functions import Coalesce


def count_subquery(queryset, group_field, distinct=None):
    """The number of rows of `queryset` for each outer row, as a subquery (0, never NULL).

    `queryset` is filtered on `OuterRef`s and grouped by `group_field`. A subquery instead of
    a joined COUNT adds no GROUP BY to the outer query, so counts of several relations do not
    multiply one another, and the outer query keeps its ordering and its filters.
    """
    counted = Count(distinct, distinct=True) if distinct else Count("pk")
    return Coalesce(
        Subquery(queryset.order_by().values(group_field).annotate(n=counted).values("n")), 0
    )
