"""Readings first met in round id of news the reader had not seen (bench/reading_unseen): a
joint statement whose call is reported first and whose signers and organiser are listed in
sentences of their own after it ("was organised by Big Brother Watch", "A and B are among the
organisations that put their names to it")."""

from .reading_helpers import ACCESS_NOW, ACLU, AMNESTY, EDRI, one, plain


def test_the_organiser_a_later_sentence_names_takes_part_in_the_letter():
    proposal = one(
        plain(
            "More than 60 lawmakers on Friday wrote to Meta calling on it to stop using facial "
            "recognition. The joint letter was organised by the ACLU and signed by dozens of "
            "academics."
        )
    )
    assert (proposal.action_type, proposal.organisations[-1]) == ("letter", (ACLU.pk, "signatory"))


def test_the_organisations_said_to_be_among_the_signers_take_part_in_the_letter():
    proposal = one(
        plain(
            "Rights groups on Friday wrote to Meta calling on it to stop using facial "
            "recognition. Amnesty International, Access Now and EDRi are among the organisations "
            "that put their names to it."
        )
    )
    signers = [pk for pk, role in proposal.organisations if role == "signatory"]
    assert signers == [AMNESTY.pk, ACCESS_NOW.pk, EDRI.pk]


def test_signatories_said_to_include_organisations_take_part_in_the_letter():
    proposal = one(
        plain(
            "Rights groups on Friday wrote to Meta calling on it to stop using facial "
            "recognition. Signatories include Amnesty International and Access Now."
        )
    )
    signers = [pk for pk, role in proposal.organisations if role == "signatory"]
    assert signers == [AMNESTY.pk, ACCESS_NOW.pk]


def test_organisations_a_later_sentence_only_mentions_do_not_sign_the_letter():
    proposal = one(
        plain(
            "Rights groups on Friday wrote to Meta calling on it to stop using facial "
            "recognition. Amnesty International has called for a ban since 2021."
        )
    )
    assert all(role != "signatory" for _pk, role in proposal.organisations)
