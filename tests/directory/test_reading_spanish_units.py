"""Organisations first met in rounds ka and kc of news the reader had not seen
(bench/reading_unseen): a government unit named head first in Spanish, whose name holds "a la"
("to the"), and a Brazilian caucus named head first by "Bancada"."""

from .reading_directory import organisations_in


def test_a_spanish_unit_named_head_first_with_a_la_inside_is_one_name():
    text = "The resolution creates the Unidad de Inteligencia Artificial Aplicada a la Seguridad."
    assert organisations_in(text) == ["Unidad de Inteligencia Artificial Aplicada a la Seguridad"]


def test_initials_in_brackets_after_that_name_are_its_short_form():
    text = (
        "It creates the Unidad de Inteligencia Artificial Aplicada a la Seguridad (UIAAS). "
        "The UIAAS will report to the minister."
    )
    assert organisations_in(text)[0] == "Unidad de Inteligencia Artificial Aplicada a la Seguridad"


def test_an_english_a_before_a_capitalised_los_joins_nothing():
    text = "The Observatorio de Derecho Informático Argentino sued a Los Angeles firm."
    assert organisations_in(text)[0] == "Observatorio de Derecho Informático Argentino"


def test_a_brazilian_caucus_named_head_first_by_bancada_is_one_name():
    text = "The case was brought by the Bancada Feminista, a collective mandate on the council."
    assert organisations_in(text) == ["Bancada Feminista"]


def test_a_spanish_name_holding_por_los_is_one_name():
    # Round ta: "por los" ("for the") joins a name as "of the" does.
    text = "Groups such as the Asociación por los Derechos Civiles urged lawmakers to vote no."
    assert organisations_in(text) == ["Asociación por los Derechos Civiles"]
