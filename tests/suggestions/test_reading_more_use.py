"""Readings first met in round qb of news the reader had not seen (bench/reading_unseen): a
force deciding to use facial recognition more."""

from .reading_helpers import iso, plain, read


def test_a_force_that_will_double_its_use_of_facial_recognition_authorises_more_use():
    proposals = read(
        plain(
            "The Metropolitan Police said on Thursday that it would more than double its use of "
            "live facial recognition.",
            published="2025-08-01",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("authorisation", "2025-07-31")]


def test_being_told_to_double_the_use_is_no_use_authorised_by_the_teller():
    proposals = read(
        plain(
            "Campaigners fear the police will double the number of cameras.", published="2025-08-01"
        )
    )
    assert proposals == []


def test_a_coalition_agreement_presented_is_the_parties_pledge():
    proposals = read(
        plain(
            "The Italian Parliament's two largest parties presented a coalition agreement on "
            "Wednesday that lets police search the internet for faces.",
            published="2025-04-10",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("corporate_pledge", "2025-04-09")]


def test_what_is_wanted_according_to_a_source_leaves_the_source_told():
    proposals = read(
        plain(
            "The parties want to let police search the internet for faces, according to the "
            "coalition agreement they presented on Wednesday in the Italian Parliament.",
            published="2025-04-10",
        )
    )
    assert [(p.action_type, iso(p)) for p in proposals] == [("corporate_pledge", "2025-04-09")]


def test_ruled_out_is_no_ruling():
    proposals = read(
        plain(
            "The Texas Supreme Court's chief justice has ruled out cameras in the courtroom.",
            published="2025-04-10",
        )
    )
    assert "court_ruling" not in [p.action_type for p in proposals]
