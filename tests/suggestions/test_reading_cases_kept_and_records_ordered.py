"""Courts' decisions on suits and records, first met in round re of news the reader had not
seen (bench/reading_unseen): a judge who "refused to dismiss" or "dismissed" a proposed class
action decides it; a dateline before "A state judge has ordered ..." still opens on a court;
and a year that names what a noun was ("the protests of 2020") does not date the order."""

from .reading_helpers import iso, plain, read


def _rulings(text, published="2024-02-28"):
    return [
        (p.action_type, iso(p))
        for p in read(plain(text, published=published))
        if p.action_type == "court_ruling"
    ]


def test_a_judge_who_refuses_to_dismiss_a_class_action_decides_it():
    text = "A federal judge on Monday refused to dismiss a proposed class action against Acme."
    assert _rulings(text) == [("court_ruling", "2024-02-26")]


def test_a_judge_who_dismisses_a_proposed_class_action_decides_it():
    text = "A federal judge on Monday dismissed a proposed class action claiming that Acme erred."
    assert _rulings(text) == [("court_ruling", "2024-02-26")]


def test_a_court_after_a_dateline_still_orders():
    text = "OAKLAND — A state judge on Monday ordered Acme to turn over its records."
    assert _rulings(text) == [("court_ruling", "2024-02-26")]


def test_a_year_of_what_a_noun_names_does_not_date_the_order():
    text = (
        "A state judge has ordered Acme to turn over records of searches run during the protests"
        " of 2020, the ACLU said on Thursday."
    )
    assert _rulings(text, published="2022-08-19") == [("court_ruling", "2022-08-18")]


def test_a_year_of_a_season_still_dates_the_order():
    text = "A state judge ordered Acme to turn over its records in the summer of 2020."
    assert _rulings(text, published="2022-08-19") == [("court_ruling", "2020")]
