"""Turning query results into what the pages show: month groups, filter chips, where a place stands.

Pure functions over already-fetched objects, so none of them adds a query.
"""

from dataclasses import dataclass, field

from django.http import QueryDict

from .charts import TYPE_PLURALS
from .dates import DatePrecision, format_partial_date
from .models import ActionStatus, ActionType, shown_status

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
    raw: str = ""
    in_sentence: str = ""  # a place as a sentence names it: "the United States"


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
    given = {
        name: values
        for name in filterset.filters
        if name not in _NOT_CHIPS
        and (values := [raw for raw in params.getlist(name) if raw.strip()])
    }
    if not given:
        return []  # and the form, which nothing else on an unfiltered page needs, is not made
    form = filterset.form
    cleaned = form.cleaned_data if form.is_bound and hasattr(form, "cleaned_data") else {}
    chips = []
    for name, values in given.items():
        filter_ = filterset.filters[name]
        for raw in values:
            chips.append(
                Chip(
                    name=name,
                    label=str(filter_.label),
                    value=_display_value(form, name, raw, cleaned.get(name)),
                    remove_url=_without(params, name, raw),
                    raw=raw,
                    in_sentence=getattr(cleaned.get(name), "qualified_name_in_sentence", ""),
                )
            )
    return chips


def _listed(words, conjunction="and"):
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def filtered_heading(chips):
    """What a filtered timeline shows, in words, for its heading and title: "Bans and
    moratoria in California", "Actions involving Amazon as target, matching “police”"."""
    chosen = {}
    for chip in chips:
        chosen.setdefault(chip.name, []).append(chip)
    types = [TYPE_PLURALS.get(chip.raw, chip.value.lower()) for chip in chosen.get("type", [])]
    heading = _listed(types).capitalize() if types else "Actions"
    if "status" in chosen:
        heading += f" ({_listed([c.value.lower() for c in chosen['status']], 'or')})"
    what = heading
    for name, before in (("jurisdiction", "in"), ("organisation", "involving")):
        if name in chosen:
            chip = chosen[name][0]
            heading += f" {before} {chip.in_sentence or chip.value}"
    if "role" in chosen:
        heading += f" as {chosen['role'][0].value.lower()}"
    for name, before in (("since", "from"), ("until", "until")):
        if name in chosen:
            heading += f" {before} {chosen[name][0].value}"
    if "q" in chosen:
        # "Bans matching “police”", but "Bans in the United States, matching “police”".
        heading += f"{',' if heading != what else ''} matching \u201c{chosen['q'][0].value}\u201d"
    return heading


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


# What an action's own date marks, for a sentence that ends on a later status.
_DATED = {
    ActionType.BILL: "introduced",
    ActionType.LAWSUIT: "filed",
    ActionType.COURT_RULING: "given",
    ActionType.ENFORCEMENT: "taken",
}


def standing_sentence(action):
    """ "Ban (police and law enforcement) in force since 12 February 2021", and the like.

    A bill that lapsed reads "Bill (...), introduced 8 June 2020: lapsed": its date is when it
    was introduced, not when it lapsed.
    """
    what = f"{action.get_action_type_display()} ({action.get_scope_display().lower()})"
    when = action.display_date
    status = action.shown_status
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
    if status in (ActionStatus.PROPOSED, ActionStatus.ISSUED):
        return f"{what} {_STANDING_PHRASES[status]} {when}"
    dated = _DATED.get(action.action_type, "adopted")
    phrase = _STANDING_PHRASES.get(status, ActionStatus(status).label.lower())
    return f"{what}, {dated} {when}: {phrase}"


def standing_of(actions):
    """Where a place stands by its own actions: what is in force first, then the rest, newest
    first."""
    rows = [
        Standing(
            action=action,
            sentence=standing_sentence(action),
            current=action.shown_status in (ActionStatus.IN_FORCE, ActionStatus.ONGOING),
        )
        for action in actions
    ]
    return sorted(rows, key=lambda row: not row.current)  # stable: keeps newest first


_TYPE_PLURALS = {
    ActionType.BAN: "Bans",
    ActionType.MORATORIUM: "Moratoria",
    ActionType.BILL: "Bills",
    ActionType.REPEAL: "Repeals",
    ActionType.REGULATION: "Regulations",
    ActionType.AUTHORISATION: "Authorisations of use",
    ActionType.COURT_RULING: "Court rulings",
    ActionType.ENFORCEMENT: "Regulator enforcements",
}
_KIND_NAMES = {
    "international": ("international body", "international bodies"),
    "supranational": ("supranational union", "supranational unions"),
    "country": ("country", "countries"),
    "state": ("state or province", "states or provinces"),
    "county": ("county", "counties"),
    "city": ("city", "cities"),
}


@dataclass
class InsideLine:
    sentence: str  # "Bans in force in 4 cities"
    action_type: str
    status: str


def standing_inside(rows):
    """What the places inside a place have done, counted, never read as the place's own:
    "Bans in force in 4 cities". `rows` are (type, status, expiry date, kind of place), one per
    action; in force first, then by type as the filters list them, then by kind, larger first,
    then by status as the filters list them: the same lines in the same order whatever order
    the rows come in (PostgreSQL gave tied lines in its own order, one run to the next).
    """
    counts = {}
    for action_type, status, expiry_date, kind in rows:
        key = (action_type, shown_status(status, expiry_date), kind)
        counts[key] = counts.get(key, 0) + 1
    kinds = list(_KIND_NAMES)
    types = list(ActionType.values)
    statuses = list(ActionStatus.values)
    order = [ActionStatus.IN_FORCE, ActionStatus.ONGOING]

    def sort_key(key):
        action_type, status, kind = key
        current = order.index(status) if status in order else len(order)
        larger_first = kinds.index(kind) if kind in kinds else len(kinds)
        return (current, types.index(action_type), larger_first, kind, statuses.index(status))

    lines = []
    for key in sorted(counts, key=sort_key):
        action_type, status, kind = key
        number = counts[key]
        if number == 1:
            what = ActionType(action_type).label
        else:
            what = _TYPE_PLURALS.get(action_type, ActionType(action_type).label)
        one, many = _KIND_NAMES.get(kind, (kind, kind))
        phrase = _STANDING_PHRASES.get(status, ActionStatus(status).label.lower())
        place = one if number == 1 else many
        lines.append(InsideLine(f"{what} {phrase} in {number} {place}", action_type, status))
    return lines
