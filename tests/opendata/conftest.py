"""What the open data tests share."""

import datetime

import pytest

from articles.models import Provider
from directory.models import Jurisdiction
from policies.choices import ActionExtent, ParticipantRole
from policies.dates import DatePrecision
from policies.models import PolicyAction
from tests.factories import (
    ArticleFactory,
    CitationFactory,
    JurisdictionFactory,
    OrganisationFactory,
    ParticipantFactory,
    PolicyActionFactory,
)


@pytest.fixture
def varied_actions():
    """Actions with and without places, at every date precision, with times that have and lack
    microseconds, sources with and without publishers, dates, quotes and web addresses, and
    text that a spreadsheet would run or JSON must escape."""
    country = JurisdictionFactory(name="Country", slug="country", kind="country", iso_code="XX")
    city = JurisdictionFactory(
        name="City", slug="city", parent=country, ocd_id="ocd-division/country:xx/place:city"
    )
    Jurisdiction.objects.rebuild_tree()
    publisher = Provider.objects.create(name="The Daily", domain="daily.example")
    organisations = [OrganisationFactory(name=f"=Org {n}") for n in range(3)]
    sources = [
        ArticleFactory(provider=publisher),
        ArticleFactory(published_at=None, title="-A headline starting with a minus"),
        ArticleFactory(url="document:letter-2021.pdf"),
    ]
    precisions = [DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR]
    for n in range(9):
        action = PolicyActionFactory(
            title=f'=HYPERLINK("https://evil.example", "{n}")' if n == 4 else f"Action {n}",
            summary='A “quoted” summary,\nover two lines\twith a \\ and "quotes"'
            if n == 6
            else f"Summary {n}.",
            jurisdiction=[city, country, None][n % 3],
            extent=ActionExtent.COMPANY_WIDE if n % 3 == 2 else ActionExtent.JURISDICTION,
            date=datetime.date(2015 + n, n + 1, n + 2),
            date_precision=precisions[n % 3],
            effective_date=datetime.date(2020, 1, n + 1) if n % 2 else None,
            expiry_date=datetime.date(2030, 1, 1) if n == 5 else None,
        )
        for role, organisation in zip(ParticipantRole.values, organisations[: n % 4], strict=False):
            ParticipantFactory(action=action, organisation=organisation, role=role)
        for position, article in enumerate(sources[: n % 4]):
            CitationFactory(
                action=action, article=article, position=position, quote="" if n == 3 else "Yes."
            )
        published = datetime.datetime(2024, 5, 6, 7, 8, 9, 1000 * n, tzinfo=datetime.UTC)
        PolicyAction.objects.filter(pk=action.pk).update(published_at=published)
