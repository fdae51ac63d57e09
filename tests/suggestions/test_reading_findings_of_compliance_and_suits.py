"""Regulators' findings either way and suits filed together, first met in round se of news the
reader had not seen (bench/reading_unseen): a commissioner's finding that a trial "complied
with" the law decides the inquiry as a finding of a breach does, in the body's order and the
headline's; and "filed suits" is as much a filing as "filed a suit"."""

from .reading_helpers import ACME, iso, plain, read


def _found(text, published="2025-06-05", title="A post"):
    return [(p.action_type, iso(p)) for p in read(plain(text, published=published, title=title))]


def test_a_trial_that_complied_said_by_the_commissioner_is_a_finding():
    text = (
        "The trial that Acme ran in 25 stores complied with the Privacy Act, Privacy "
        "Commissioner Jane Doe said on Wednesday, releasing the findings of her inquiry."
    )
    assert _found(text) == [("enforcement", "2025-06-04")]


def test_a_commissioner_who_finds_a_trial_complied_makes_a_finding():
    text = "The commissioner found on Wednesday that Acme's trial complied with the Privacy Act."
    assert _found(text) == [("enforcement", "2025-06-04")]


def test_a_company_saying_it_complied_is_no_finding():
    assert _found("Acme said on Wednesday that its trial complied with the Privacy Act.") == []


def test_suits_filed_together_are_a_filing():
    text = "Two residents filed suits on Tuesday in federal court against Acme and Meta."
    proposals = read(plain(text, published="2020-07-15"))
    assert [(p.action_type, iso(p)) for p in proposals] == [("lawsuit", "2020-07-14")]
    assert ACME.pk in [pk for pk, _role in proposals[0].organisations]
