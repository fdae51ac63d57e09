"""The chart of actions per year by type, laid out in Python and drawn as inline SVG.

Server-side SVG needs no JavaScript and no vendored chart library, and the same numbers go into
a table beside it for screen readers and for anyone who wants to copy them.
"""

import html
import math
from dataclasses import dataclass, field

from django.db.models import Count
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core.queries import Year

from .models import ActionType

# One colour per type, each at least 3:1 against white (WCAG 1.4.11) and told apart from its
# neighbours by hue and lightness; segments are also separated by white lines.
TYPE_COLOURS = {
    ActionType.BAN: "#b3261e",
    ActionType.MORATORIUM: "#b35900",
    ActionType.LETTER: "#1e7a3c",
    ActionType.BILL: "#0b5cad",
    ActionType.CORPORATE_PLEDGE: "#6a3fb5",
    ActionType.LAWSUIT: "#5b4636",
    ActionType.COURT_RULING: "#1d3a5f",
    ActionType.ENFORCEMENT: "#a1306b",
    ActionType.REPEAL: "#6b6b00",
    ActionType.REGULATION: "#00778a",
    ActionType.AUTHORISATION: "#8c6d00",
    ActionType.CAMPAIGN: "#5f6b73",
}

WIDTH, HEIGHT = 720, 240
# The same chart drawn again for phones: a narrower drawing scaled to a phone's width keeps its
# 12-unit labels about 11 px high, where the wide one would shrink them to 5 px.
PHONE_WIDTH, PHONE_HEIGHT = 360, 220
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 36, 28, 12
# The labels' size in drawing units (site.css: `.chart .tick`, `.chart .chart-phone .tick`, in
# tenths) and a digit's width in ems, roughly, in the site's sans-serif: the margins must hold
# the widest number on the axis ("1500") and half a year ("2025") after the last bar.
TICK_FONT, PHONE_TICK_FONT = 12, 14
DIGIT_EM = 0.6
LABEL_GAP = 6  # between a tick's number and the plot
YEAR_LABEL_DROP = 18  # from the bars' baseline down to the year labels' own
MAX_BAR_WIDTH = 48
MOST_TICKS = 6

# For the bars' tooltips: "2019: 3 bans".
TYPE_PLURALS = {
    ActionType.BAN: "bans",
    ActionType.MORATORIUM: "moratoria",
    ActionType.LETTER: "letters",
    ActionType.BILL: "bills",
    ActionType.CORPORATE_PLEDGE: "corporate pledges",
    ActionType.LAWSUIT: "lawsuits",
    ActionType.COURT_RULING: "court rulings",
    ActionType.ENFORCEMENT: "enforcement actions",
    ActionType.REPEAL: "repeals",
    ActionType.REGULATION: "regulations",
    ActionType.AUTHORISATION: "authorisations",
    ActionType.CAMPAIGN: "campaigns",
}


def html_text(text):
    """`django.utils.html.escape(text)` without its wrapper for lazy text (the same characters,
    a quarter of its time): the chart and a list of actions escape a few hundred texts a page.
    """
    return html.escape(str(text))


def tenths(value):
    """`value` to a tenth, in tenths: the drawings' coordinates are ten times the layout's (the
    stylesheet scales strokes and type to match), so that each is written without its point:
    42.8 -> 428. Five points a segment were 1.8 KB of the timeline (bench/web, 20,000 actions)."""
    return round(value * 10)


@dataclass
class Segment:
    action_type: str
    label: str
    count: int
    colour: str
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = 0

    @property
    def counted(self):
        """ "3 bans", "1 ban": what the segment's tooltip says after the year."""
        if self.count == 1:
            return f"1 {self.label.lower()}"
        return f"{self.count} {TYPE_PLURALS.get(self.action_type, self.label.lower())}"


@dataclass
class Bar:
    year: int
    total: int
    segments: list = field(default_factory=list)
    x: float = 0
    label_x: float = 0
    labelled: bool = True


@dataclass
class YearTypeChart:
    bars: list
    legend: list  # (type value, label, colour) for the types that appear
    ticks: list  # (value, y)
    width: int = WIDTH
    height: int = HEIGHT
    baseline: float = HEIGHT - MARGIN_BOTTOM
    left: float = MARGIN_LEFT
    phone: "YearTypeChart | None" = None  # the same numbers drawn for a phone's width
    drawing: str = ""  # both drawings, the legend and the table, as HTML (`year_type_chart`)

    def without_layout(self):
        """The chart as a list keeps it: drawn, with each year's total and the legend, but
        not the segments and coordinates that drew it, which took 0.39 ms to read back from
        a cache, this 0.06 (bench/web's 20,000 actions)."""
        return YearTypeChart(
            bars=[Bar(year=bar.year, total=bar.total) for bar in self.bars],
            legend=self.legend,
            ticks=[],
            drawing=self.drawing,
        )

    @property
    def total(self):
        """How many actions the chart counts: each in one bar, every action having a date."""
        return sum(bar.total for bar in self.bars)

    @property
    def view_box(self):
        return f"0 0 {self.width * 10} {self.height * 10}"

    @property
    def ticks_svg(self):
        """The value axis: a gridline and its number at each tick."""
        left, width = self.left * 10, self.width * 10
        return mark_safe(  # noqa: S308 (numbers only)
            "".join(
                f'<line class="gridline" x1="{left}" x2="{width}" y1="{tenths(y)}" '
                f'y2="{tenths(y)}"/><text class="tick" x="{left - LABEL_GAP * 10}" y="{tenths(y)}" '
                f'text-anchor="end" dominant-baseline="middle">{value}</text>'
                for value, y in self.ticks
            )
        )

    @property
    def segments_svg(self):
        """Every bar's segments as SVG paths, gathered by type under one `<g fill>`, each titled
        "2019: 3 bans", numbers unlocalised. Written here rather than in the template, where the
        two drawings' 360 segments of eight lookups each took 18-34 ms, now 4.5-5.2 ms, of the
        timeline's ~145 (bench/web, 20,000 actions, in-process on a loaded machine).

        A path traced as the rect was (top left, clockwise) with the colour on its type's group
        draws the same pixels in fewer bytes: 103 -> 77 a segment, the timeline's 372 segments
        from 49 to 37 KB of its 116 KB (bench/web, 20,000 actions); in tenths, 72. Segments
        that touch share a white stroke whichever is painted first, so the order by type
        changes nothing. A segment rounded to no height drew nothing as a rect and is left out
        (a path would draw its stroke); the table still counts it."""
        by_type = {}
        for bar in self.bars:
            x = tenths(bar.x)
            for s in bar.segments:
                if s.height:
                    width = tenths(s.width)
                    by_type.setdefault(s.colour, []).append(
                        f'<path d="M{x} {tenths(s.y)}h{width}v{tenths(s.height)}h-{width}z">'
                        f"<title>{bar.year}: {html_text(s.counted)}</title></path>"
                    )
        return mark_safe(  # noqa: S308 (numbers, our colours and escaped text)
            "".join(f'<g fill="{colour}">{"".join(paths)}</g>' for colour, paths in by_type.items())
        )

    @property
    def year_labels_svg(self):
        """The labelled years under the bars, centred on them."""
        y = tenths(self.baseline + YEAR_LABEL_DROP)
        return mark_safe(  # noqa: S308 (numbers only)
            "".join(
                f'<text x="{tenths(bar.label_x)}" y="{y}">{bar.year}</text>'
                for bar in self.bars
                if bar.labelled
            )
        )

    @property
    def is_empty(self):
        return not self.bars

    @property
    def legend_html(self):
        """The legend's items: a swatch of each type's colour and its name."""
        return mark_safe(  # noqa: S308 (our colours and escaped labels)
            "".join(
                f'<li><svg class="swatch" viewBox="0 0 1 1" aria-hidden="true"><rect width="1" '
                f'height="1" fill="{html_text(colour)}"/></svg>{html_text(label)}</li>'
                for _value, label, colour in self.legend
            )
        )

    @property
    def table_head_html(self):
        """The table's column headings after "Year": one per type, as the legend names them."""
        return mark_safe(  # noqa: S308 (escaped labels)
            "".join(f'<th scope="col">{html_text(label)}</th>' for _v, label, _c in self.legend)
        )

    @property
    def table_body_html(self):
        """The table's rows (`table_rows`), numbers unlocalised. Written here, as the drawing
        is: its ~200 cells through the template took 0.9 ms of the timeline's ~20 (bench/web,
        20,000 actions)."""
        return mark_safe(  # noqa: S308 (numbers only)
            "".join(
                f'<tr><th scope="row">{year}</th>{"".join(f"<td>{n}</td>" for n in counts)}'
                f"<td>{total}</td></tr>"
                for year, counts, total in self.table_rows
            )
        )

    @property
    def table_rows(self):
        """Year, then one count per legend type, then the total: the chart as a table."""
        rows = []
        for bar in self.bars:
            by_type = {segment.action_type: segment.count for segment in bar.segments}
            rows.append((bar.year, [by_type.get(t, 0) for t, _l, _c in self.legend], bar.total))
        return rows


def _nice_step(value):
    """The smallest of 1, 2, 5, 10, 20, 50 ... that is at least `value`."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def axis_scale(largest):
    """(top of the axis, step between ticks) for bars up to `largest`: whole numbers only, at
    most `MOST_TICKS` steps, the top a multiple of the step (3 gives 0, 1, 2, 3)."""
    step = _nice_step(largest / MOST_TICKS)
    return max(step, math.ceil(largest / step) * step), step


def counts_by_year_and_type(actions):
    """(year, action type, number of actions) of `actions`, in no order: what the chart draws.
    COUNT(*), not of the ids, is read from the covering index alone on PostgreSQL too (20 ->
    5.6 ms at 20,000 actions, bench/web)."""
    by_year = actions.order_by().annotate(year=Year("date")).values_list("year", "action_type")
    return by_year.annotate(n=Count("*"))


def year_type_chart(counts):
    """Lay out stacked bars from `counts`: an iterable of (year, action type, number), at the
    wide size and again at a phone's.

    Every year between the first and the last gets a bar, empty ones too, so gaps in activity
    show as gaps rather than being closed up.

    Written out once (`drawing`), so that a chart kept until public data changes is kept
    drawn: laying it out and writing it took 1.0 of the timeline's ~10 ms of CPU a request
    (SQLite, 20,000 actions, bench/web), reading it back drawn 0.06 (`without_layout`).
    """
    counts = list(counts)
    chart = _laid_out(counts, WIDTH, HEIGHT, TICK_FONT)
    if not chart.is_empty:
        chart.phone = _laid_out(counts, PHONE_WIDTH, PHONE_HEIGHT, PHONE_TICK_FONT)
        chart.drawing = render_to_string("includes/year_type_chart_drawing.html", {"chart": chart})
    return chart


def _laid_out(counts, width, height, font):
    per_year = {}
    for year, action_type, number in counts:
        if year is None or not number:
            continue
        per_year.setdefault(year, {})
        per_year[year][action_type] = per_year[year].get(action_type, 0) + number
    if not per_year:
        return YearTypeChart(bars=[], legend=[], ticks=[])

    types_present = {t for by_type in per_year.values() for t in by_type}
    legend = [
        (value, label, TYPE_COLOURS.get(value, "#3d4a57"))
        for value, label in ActionType.choices
        if value in types_present
    ]
    years = range(min(per_year), max(per_year) + 1)
    top, step = axis_scale(max(sum(by_type.values()) for by_type in per_year.values()))
    plot_height = height - MARGIN_BOTTOM - MARGIN_TOP
    digit = DIGIT_EM * font
    left = max(MARGIN_LEFT, math.ceil(len(str(top)) * digit) + LABEL_GAP)
    right = math.ceil(len(str(max(years))) * digit / 2)
    plot_width = width - left - right
    slot = plot_width / len(years)
    bar_width = min(MAX_BAR_WIDTH, slot * 0.7)
    baseline = height - MARGIN_BOTTOM
    label_every = max(1, math.ceil(36 / slot))  # year labels need about 36px each

    bars = []
    for index, year in enumerate(years):
        by_type = per_year.get(year, {})
        bar = Bar(year=year, total=sum(by_type.values()))
        bar.x = left + index * slot + (slot - bar_width) / 2
        bar.label_x = bar.x + bar_width / 2
        bar.labelled = index % label_every == 0
        y = baseline
        for value, label, colour in legend:
            count = by_type.get(value, 0)
            if not count:
                continue
            segment_height = plot_height * count / top
            y -= segment_height
            bar.segments.append(
                Segment(
                    value,
                    label,
                    count,
                    colour,
                    bar.x,
                    round(y, 1),
                    bar_width,
                    round(segment_height, 1),
                )
            )
        bars.append(bar)

    ticks = [
        (value, round(baseline - plot_height * value / top, 1)) for value in range(0, top + 1, step)
    ]
    return YearTypeChart(
        bars=bars,
        legend=legend,
        ticks=ticks,
        width=width,
        height=height,
        baseline=baseline,
        left=left,
    )
