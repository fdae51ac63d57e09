"""Readings first met in rounds id and ie of news the reader had not seen (bench/
reading_unseen): a joint statement whose call is reported first and whose signers and
organiser are listed in sentences of their own after it ("was organised by Big Brother Watch",
"A and B are among the organisations that put their names to it"); and a bill told with who
introduced it ("Senate Bill 342, introduced by Sen. Peter Lucido, would prohibit ...")."""

from .reading_helpers import ACCESS_NOW, ACLU, AMNESTY, EDRI, TEXAS, one, plain


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


def test_a_bill_said_to_be_introduced_by_a_lawmaker_is_a_bill():
    # (round ie) "Senate Bill 342, introduced by Sen. Peter Lucido, would prohibit ...": the
    # clause between the bill and its "would" no longer hides it.
    proposal = one(
        plain(
            "House Bill 342, introduced by Rep. Jane Doe, would prohibit police in Texas from "
            "using facial recognition."
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("bill", TEXAS.pk)


def test_a_numbered_bill_that_would_ban_is_a_bill():
    proposal = one(plain("House Bill 12 would ban police in Texas from using facial recognition."))
    assert (proposal.action_type, proposal.jurisdiction_id) == ("bill", TEXAS.pk)


def test_rules_a_body_issued_named_without_an_article_are_a_regulation():
    # (round if) "under rules the Ministry of Industry and Information Technology issued in
    # September": plural rules need no "the", and a body's long name fits between.
    proposal = one(
        plain(
            "Carriers in Texas must scan the faces of new customers, under rules the Ministry "
            "of Industry and Information Technology issued in September."
        )
    )
    assert (proposal.action_type, proposal.jurisdiction_id) == ("regulation", TEXAS.pk)
