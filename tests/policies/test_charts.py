"""The actions-per-year chart: layout in Python, the same numbers in its table."""

import re
from pathlib import Path

from django.conf import settings
from django.template import Context, Template

from policies.charts import (
    DIGIT_EM,
    HEIGHT,
    LABEL_GAP,
    MARGIN_BOTTOM,
    PHONE_TICK_FONT,
    PHONE_WIDTH,
    TYPE_COLOURS,
    axis_scale,
    year_type_chart,
)
from policies.models import ActionType


def test_every_type_has_its_own_colour():
    assert set(TYPE_COLOURS) == set(ActionType.values)
    assert len(set(TYPE_COLOURS.values())) == len(TYPE_COLOURS)


def _luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_every_colour_stands_out_from_a_white_background():
    for colour in TYPE_COLOURS.values():
        assert (1.05) / (_luminance(colour) + 0.05) >= 3, colour  # WCAG 1.4.11


def test_bars_stack_types_and_gaps_between_years_show():
    chart = year_type_chart([(2019, "ban", 3), (2019, "letter", 1), (2021, "ban", 1)])
    assert [(bar.year, bar.total) for bar in chart.bars] == [(2019, 4), (2020, 0), (2021, 1)]
    assert [label for _v, label, _c in chart.legend] == ["Ban", "Letter"]
    ban, letter = chart.bars[0].segments
    assert ban.y + ban.height == HEIGHT - MARGIN_BOTTOM  # the first segment sits on the axis
    assert letter.y + letter.height == ban.y  # and the next one on top of it
    assert ban.height == 3 * letter.height


def test_the_table_carries_the_same_numbers():
    chart = year_type_chart([(2019, "ban", 3), (2019, "letter", 1), (2021, "ban", 1)])
    assert chart.table_rows == [(2019, [3, 1], 4), (2020, [0, 0], 0), (2021, [1, 0], 1)]


def test_the_legend_and_table_print_as_the_template_printed_them():
    counts = [(2009, t, n) for n, t in enumerate(ActionType.values, 1)] + [(2024, "ban", 1500)]
    chart = year_type_chart(counts)
    legend, head, body = (
        '{% for value, label, colour in chart.legend %}<li><svg class="swatch" viewBox="0 0 1'
        ' 1" aria-hidden="true"><rect width="1" height="1" fill="{{ colour }}"/></svg>{{ label }}'
        "</li>{% endfor %}",
        '{% for value, label, colour in chart.legend %}<th scope="col">{{ label }}</th>'
        "{% endfor %}",
        '{% for year, counts, total in chart.table_rows %}<tr><th scope="row">{{ year }}</th>'
        "{% for count in counts %}<td>{{ count }}</td>{% endfor %}<td>{{ total }}</td></tr>"
        "{% endfor %}",
    )
    printed = [
        Template(f"{{% load l10n %}}{{% localize off %}}{source}{{% endlocalize %}}").render(
            Context({"chart": chart})
        )
        for source in (legend, head, body)
    ]
    assert [chart.legend_html, chart.table_head_html, chart.table_body_html] == printed
    assert "<td>1500</td>" in chart.table_body_html  # never "1,500"


def test_no_data_gives_an_empty_chart():
    assert year_type_chart([]).is_empty
    assert year_type_chart([(None, "ban", 2)]).is_empty


def test_the_axis_counts_in_whole_numbers_up_to_a_round_top():
    assert [axis_scale(n) for n in (1, 3, 6, 7, 12, 51, 180)] == [
        (1, 1), (3, 1), (6, 1), (8, 2), (12, 2), (60, 10), (200, 50)
    ]  # fmt: skip


def test_three_actions_give_ticks_zero_one_two_three():
    chart = year_type_chart([(2019, "ban", 3)])
    assert [value for value, _y in chart.ticks] == [0, 1, 2, 3]


def test_a_tooltip_counts_in_the_plural_with_the_types_own_name():
    chart = year_type_chart([(2019, "ban", 3), (2019, "moratorium", 2), (2019, "letter", 1)])
    assert [segment.counted for segment in chart.bars[0].segments] == [
        "3 bans",
        "2 moratoria",
        "1 letter",
    ]


def test_a_phone_gets_its_own_narrower_drawing_of_the_same_bars():
    chart = year_type_chart([(2019, "ban", 3), (2021, "ban", 1)])
    assert chart.phone.width == PHONE_WIDTH
    assert [bar.total for bar in chart.phone.bars] == [bar.total for bar in chart.bars]
    assert all(s.x + s.width <= PHONE_WIDTH for bar in chart.phone.bars for s in bar.segments)


def test_each_types_badge_wears_its_bars_colour():
    stylesheet = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text()
    badges = dict(re.findall(r"\.badge-(\w+) \{ background: (#[0-9a-f]{6}); \}", stylesheet))
    assert badges == {str(value): colour for value, colour in TYPE_COLOURS.items()}


def test_every_colour_holds_white_badge_text():
    for colour in TYPE_COLOURS.values():
        assert (1.05) / (_luminance(colour) + 0.05) >= 4.5, colour  # WCAG 1.4.3


def test_a_long_run_of_years_labels_only_some_of_them():
    chart = year_type_chart([(1990, "ban", 1), (2026, "ban", 1)])
    labelled = [bar.year for bar in chart.bars if bar.labelled]
    assert 1990 in labelled
    assert len(labelled) < len(chart.bars)


def test_the_axis_and_the_last_year_fit_inside_a_phones_drawing():
    counts = [(year, ActionType.BAN, 1500 if year == 2025 else 10) for year in range(2011, 2026)]
    phone = year_type_chart(counts).phone
    widest_number = len(str(phone.ticks[-1][0])) * DIGIT_EM * PHONE_TICK_FONT
    assert phone.ticks[-1][0] >= 1500
    assert phone.left - LABEL_GAP >= widest_number  # "1500" right-aligned beside the plot
    last = phone.bars[-1]
    half_a_year = len("2025") * DIGIT_EM * PHONE_TICK_FONT / 2
    assert last.label_x + half_a_year <= PHONE_WIDTH
