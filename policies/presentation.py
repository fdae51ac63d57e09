"""Turning query results into what the pages show: month groups, filter chips, where a place stands.

Pure functions over already-fetched objects, so none of them adds a query.
"""

from dataclasses import dataclass, field

from django.http import QueryDict

from .dates import DatePrecision, format_partial_date
from .models import ActionStatus, ActionType

# Filters that are not narrowing anything worth a chip.
_NOT_CHIPS = {"sort", "page"}


@dataclass
class MonthGroup:
    label: str
    actions: list = field(default_factory=list)


@dataclass
class YearGroup:
    year: int | None
    months: list = field(default_factory=list)

    @property
    def label(self):
        return str(self.year) if self.year else "Date not known"


def group_by_month(actions):
    """Group actions, already in date order, by year and then month.

    An action known only to the year is grouped as "Sometime in 2019" rather than under
    January, where its stored date (1 January) would otherwise put it.
    """
    years = []
    for action in actions:
        year = action.date.year if action.date else None
        if not years or years[-1].year != year:
            years.append(YearGroup(year))
        if action.date is None:
            label = "Date not known"
        elif action.date_precision == DatePrecision.YEAR:
            label = f"Sometime in {year}"
        else:
            label = f"{action.date:%B} {year}"
        months = years[-1].months
        if not months or months[-1].label != label:
            months.append(MonthGroup(label))
        months[-1].actions.append(action)
    return years


@dataclass
class Chip:
    name: str
    label: str
    value: str
    remove_url: str


def _without(params, name, value):
    remaining = QueryDict(mutable=True)
    for key, values in params.lists():
        if key == "page":
            continue
        kept = [v for v in values if not (key == name and v == value)]
        if kept:
            remaining.setlist(key, kept)
    query = remaining.urlencode()
    return f"?{query}" if query else "?"


def active_filters(request, filterset):
    """One removable chip per filter value in the URL, valid or not.

    Each chip links to the same page without that one value, so any filter can be dropped in
    one click. An invalid value still gets a chip: it is the way out of an empty result.
    """
    params = request.GET
    form = filterset.form
    cleaned = form.cleaned_data if form.is_bound and hasattr(form, "cleaned_data") else {}
    chips = []
    for name, filter_ in filterset.filters.items():
        if name in _NOT_CHIPS:
            continue
        for raw in params.getlist(name):
            if not raw.strip():
                continue
            chips.append(
                Chip(
                    name=name,
                    label=str(filter_.label),
                    value=_display_value(form, name, raw, cleaned.get(name)),
                    remove_url=_without(params, name, raw),
                )
            )
    return chips


def _display_value(form, name, raw, cleaned):
    field = form.fields[name]
    choices = getattr(field, "choices", None)
    if cleaned is None or cleaned in ("", []):
        return raw
    if hasattr(cleaned, "pk"):  # a jurisdiction or an organisation
        # A place in full: there are many Portlands.
        return getattr(cleaned, "qualified_name", "") or getattr(cleaned, "name", str(cleaned))
    if hasattr(cleaned, "strftime"):
        return format_partial_date(cleaned, DatePrecision.DAY)
    if choices is not None and not hasattr(choices, "queryset"):
        return dict(choices).get(raw, raw)
    return raw


_STANDING_PHRASES = {
    ActionStatus.IN_FORCE: "in force",
    ActionStatus.ISSUED: "issued",
    ActionStatus.ONGOING: "ongoing",
    ActionStatus.PROPOSED: "proposed",
    ActionStatus.EXPIRED: "expired",
    ActionStatus.REPEALED: "repealed",
    ActionStatus.REJECTED: "rejected",
    ActionStatus.LAPSED: "lapsed",
}

# The types that change what is allowed somewhere; letters and campaigns ask for change.
STANDING_TYPES = [
    ActionType.BAN,
    ActionType.MORATORIUM,
    ActionType.REGULATION,
    ActionType.BILL,
    ActionType.REPEAL,
    ActionType.AUTHORISATION,
    ActionType.COURT_RULING,
    ActionType.ENFORCEMENT,
]


@dataclass
class Standing:
    action: object
    sentence: str
    current: bool


def _day(value):
    return format_partial_date(value, DatePrecision.DAY)


def standing_sentence(action):
    """ "Ban (police and law enforcement) in force since 12 February 2021", and the like."""
    what = f"{action.get_action_type_display()} ({action.get_scope_display().lower()})"
    when = action.display_date
    status = action.status
    if status == ActionStatus.IN_FORCE:
        since = _day(action.effective_date) if action.effective_date else when
        sentence = f"{what} in force since {since}"
        if action.expiry_date:
            sentence += f", set to expire {_day(action.expiry_date)}"
        return sentence
    if status == ActionStatus.EXPIRED and action.expiry_date:
        return f"{what} expired {_day(action.expiry_date)}"
    if status == ActionStatus.ONGOING:
        return f"{what} ongoing since {when}"
    return f"{what} {_STANDING_PHRASES.get(status, action.get_status_display().lower())}, {when}"


def standing_of(actions):
    """Where a place stands: what is in force first, then the rest, newest first."""
    rows = [
        Standing(
            action=action,
            sentence=standing_sentence(action),
            current=action.status in (ActionStatus.IN_FORCE, ActionStatus.ONGOING),
        )
        for action in actions
    ]
    return sorted(rows, key=lambda row: not row.current)  # stable: keeps newest first
