"""Readings first met in round al of news the reader had not seen (bench/reading_unseen): a
regulator's formal warning, a police chief's order to his officers told with a pronoun and
"that year", a petition drive for a ballot measure, and places a relative clause is about."""

from .reading_helpers import OAKLAND, SAN_FRANCISCO, feed, iso, one, plain, read


def test_a_regulators_formal_warning_is_its_enforcement_not_the_law_it_cites():
    proposal = one(
        feed(
            "Dutch privacy regulator warns supermarket over facial recognition",
            "The Garante said on Tuesday that it had issued a formal warning to a supermarket "
            "that scanned the faces of everyone who walked in, saying the law allows facial "
            "recognition only in rare cases.",
            published="2020-12-15",
        )
    )
    assert (proposal.action_type, iso(proposal)) == ("enforcement", "2020-12-15")


def test_a_chiefs_order_to_stop_is_a_halt_in_the_month_of_the_year_last_named():
    proposals = read(
        plain(
            "The Oakland police board adopted rules on Monday for every tool it buys. The board "
            "began drafting them in 2020, after officers were found to have tried Acme's app. "
            "Then-chief Mark Saunders ordered them to stop in February of that year.",
            published="2022-03-01",
        )
    )
    assert ("moratorium", "2020-02") in [(p.action_type, iso(p)) for p in proposals]


def test_residents_collecting_signatures_for_a_ballot_measure_campaign_for_it():
    proposal = one(
        plain(
            "A group of Oakland residents began collecting signatures on Tuesday for a ballot "
            "measure that would bar city agencies from using facial recognition. The campaign "
            "needs 8,000 signatures to put the question on the November ballot.",
            published="2020-02-05",
        )
    )
    assert (proposal.action_type, iso(proposal), proposal.jurisdiction_id) == (
        "campaign",
        "2020-02-04",
        OAKLAND.pk,
    )


def test_places_before_a_relative_clause_are_the_ones_that_took_the_measure_it_reports():
    proposals = read(
        plain(
            "Organisers said they were inspired by San Francisco and Oakland, which banned city "
            "use of the technology last year, and by a bill before Texas' legislature.",
            published="2020-02-05",
        )
    )
    bans = [(p.jurisdiction_id, iso(p)) for p in proposals if p.action_type == "ban"]
    assert bans == [(SAN_FRANCISCO.pk, "2019"), (OAKLAND.pk, "2019")]


def test_places_before_a_relative_clause_are_found_past_the_state_that_qualifies_them():
    proposals = read(
        plain(
            "Organisers said they were inspired by San Francisco and Oakland in California, "
            "which banned city use of the technology last year.",
            published="2020-02-05",
        )
    )
    bans = [(p.jurisdiction_id, iso(p)) for p in proposals if p.action_type == "ban"]
    assert bans == [(SAN_FRANCISCO.pk, "2019"), (OAKLAND.pk, "2019")]
