"""Readings first met in round xf of news the reader had not seen (bench/reading_unseen): an
explainer's run-in headings, which report no act, and a trend told of states in the plural,
which is no act either."""

from suggestions.reading.sentences import is_run_in_heading, split_sentences

from .reading_helpers import CALIFORNIA, iso, plain, read


def test_a_run_in_heading_opens_a_paragraph_and_labels_it():
    text = "A title\n\nTexas's moratorium. In June 2022, the governor signed a law.\n\nThe end."
    sentences = split_sentences(text)
    assert [is_run_in_heading(s, sentences) for s in sentences] == [False, True, False, False]


def test_a_short_sentence_alone_in_its_paragraph_is_no_heading():
    sentences = split_sentences("A title\n\nThe council agreed.\n\nIt meets again in May.")
    assert not any(is_run_in_heading(s, sentences) for s in sentences)


def test_a_run_in_heading_that_names_a_measure_reports_no_act():
    # Read as a sentence, "California's moratorium." would lend California to the law before it.
    proposals = read(
        plain(
            "Texas's pause. In December 2020, the governor signed a law that suspended face "
            "recognition in schools.\n\nCalifornia's moratorium. In June 2022, California's "
            "governor signed a law that halts new contracts.",
            published="2023-10-12",
        )
    )
    assert (CALIFORNIA.pk, "2020-12") not in [(p.jurisdiction_id, iso(p)) for p in proposals]
    assert (CALIFORNIA.pk, "2022-06") in [(p.jurisdiction_id, iso(p)) for p in proposals]


def test_bills_filed_in_several_states_are_a_trend_and_no_act():
    proposals = read(
        plain(
            "Lawmakers in several states have filed bills modeled on the Texas law.",
            published="2023-10-12",
        )
    )
    assert proposals == []
