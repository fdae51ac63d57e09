"""Where a text names an organisation: the directory's names, and the names a reader recognises
as organisations without knowing them.

Pure. A reader knows an organisation it has never heard of by its shape: a capitalised name
that ends in an organisation word ("Pittsburgh Bureau of Police", "Illinois Chamber of
Commerce"), a branch of a known one named after a place ("ACLU of Vermont", "Amnesty
International France"), or a name set beside a word such as "company" or "chain" ("the
supermarket chain Mercadona"). Those are *candidates*: staff confirm them before they show.
The longest name wins, so "ACLU of Maine" is not also the ACLU.
"""

from .appositions import TYPE_NOUN_WORDS, appositions
from .case_names import parties_sued
from .chambers import chamber_of_its_members
from .initials import acronyms_apposed
from .name_lists import listed_with_organisations
from .name_phrases import name_phrases
from .name_words import (
    BODY_WORDS,
    HEADS,
    HEADS_FIRST,
    LEGAL_FORMS_FIRST,
    OPENS_NAMES_ONLY,
    WEAK_HEADS,
    central_bank,
    commission_kind,
    head_kind,
    national_arm,
    places_subject,
    trim_name_start,
)
from .namesakes import a_nationality, likeliest, places_about
from .not_bodies import names_no_body
from .office_places import OFFICE_TITLES
from .place_bodies import (
    WORDS_NEEDED,
    OrgSpan,
    chapters,
    councils_of,
    courts_of,
    known_after_possessive,
    names_a_chamber,
    offices_of,
    owners_of,
    parliaments_of,
    police_before_a_title,
    police_named_first,
    police_of,
    text_of,
)
from .text import CONNECTORS, PLACE_PREFIXES, TITLES, plain_key, words

_LONE_BODIES = words("legislature parliament senate house cabinet")
_BUILDINGS = frozenset(("state house", "city hall", "town hall"))
# After an organisation word, these make it a person's title: "U.S. District Judge Sharon
# Johnson Coleman", "the Manhattan District Attorney" name no district.
_PERSONS_TITLES = words("judge justice attorney")
# Capitalised in a title-case name, these join its words as "of" and "for" do.
_TITLE_CASE_JOINERS = words("against for of on")


# A name of a body not yet known holds one of these (`_candidate`, `_elided`).
_ORGANISATION_WORDS = HEADS.keys() | HEADS_FIRST.keys() | WEAK_HEADS.keys() | {"pt"}


def find_organisation_spans(text, tokens, matches, name_index):
    """Every organisation named in `tokens`, overlapping spans resolved (longest first)."""
    spans = []
    place_at = {m.start: m for m in matches if m.places and not a_nationality(tokens, m)}
    context = None
    for match in matches:
        if len(match.organisations) > 1 and context is None:
            context = places_about(tokens, matches, name_index)
        for pk in likeliest(match.organisations, context, name_index)[:1]:
            organisation = name_index.organisations[pk]
            end = _past_legal_form(tokens, match.end)
            span = OrgSpan(match.start, end, organisation.name, organisation.kind, pk, rank=0)
            # "The United Nations special rapporteur": a body placed in its own name's place.
            span.suppresses_places = organisation.jurisdiction not in match.places
            spans.append(span)
            spans.extend(_branches(text, tokens, match, organisation, place_at, name_index))
    phrases = list(name_phrases(tokens))
    spans = [span for span in spans if not _inside_a_longer_name(span, phrases)]
    # A rule cannot fire where the text lacks every word it needs (a type noun, "police",
    # "council"...), nor a name of a body without an organisation word: they are not asked.
    # Over the bench's texts, finding organisations went from 0.12 to 0.083 ms a text by the
    # rules' words, and to 0.071 by the phrases' (CPU, fastest of 7).
    folded = [token.folded for token in tokens]
    present = set(folded)
    known_extents = {(span.start, span.end) for span in spans}
    for start, end in phrases:
        if not _ORGANISATION_WORDS.isdisjoint(folded[start:end]):
            spans.extend(_candidates(text, tokens, start, end, place_at, known_extents))
    if not TYPE_NOUN_WORDS.isdisjoint(present):
        spans.extend(appositions(text, tokens, place_at))
    spans.extend(acronyms_apposed(text, tokens, place_at))  # "the commission, the CNDP,"
    if "v" in present:
        known_starts = {start for start, _end in known_extents}
        spans.extend(parties_sued(text, tokens, place_at, known_starts))  # "Gregg v. Acme Inc"
    if not WORDS_NEEDED["police"].isdisjoint(present):
        spans.extend(police_of(tokens, place_at))
        spans.extend(police_named_first(text, tokens, place_at))
    if not WORDS_NEEDED["councils"].isdisjoint(present):
        spans.extend(councils_of(text, tokens, place_at))
    if not WORDS_NEEDED["courts"].isdisjoint(present):
        spans.extend(courts_of(text, tokens, place_at))
    if not WORDS_NEEDED["chapters"].isdisjoint(present):
        spans.extend(chapters(text, tokens, matches, place_at, name_index))
    offices, chambers = (
        not WORDS_NEEDED[rule].isdisjoint(present) for rule in ("offices", "parliaments")
    )
    owners = owners_of(tokens, place_at, name_index) if offices or chambers else {}
    if offices:
        spans.extend(offices_of(text, tokens, owners, name_index))
    if "'s" in present:
        spans.extend(known_after_possessive(text, tokens, place_at, name_index))
    if chambers:
        # "Hungary's parliament" beside "Hungary's National Assembly": no second chamber.
        named = names_a_chamber(spans, tokens, place_at, name_index)
        spans.extend(parliaments_of(text, tokens, owners, name_index, candidates=not named))
    if "," in present:  # "signed by Liberty, Statewatch, Race on the Agenda and StopWatch"
        spans.extend(list(listed_with_organisations(text, tokens, spans)))
    spans = _without_persons_after_known(spans, tokens)
    place_extents = {(m.start, m.end) for m in matches if m.places}
    spans = [
        span
        for span in spans
        if not (span.known is None and (span.start, span.end) in place_extents)
        or span.name.casefold() in _LONE_BODIES  # "the House" is no House, Missouri
        if plain_key(span.name) not in name_index.rejected
    ]
    return _longest_first(spans)


# A company's legal form after its name: "Clearview AI Inc" is Clearview AI, not a company
# of its own.
_LEGAL_FORMS = words("inc incorporated ltd limited llc llp plc corp gmbh ag")


def _past_legal_form(tokens, end):
    if end < len(tokens) and tokens[end].folded in _LEGAL_FORMS and tokens[end].capitalised:
        return end + 1
    return end


def _inside_a_longer_name(span, phrases):
    """ "the Technology for Liberty Program" names no Liberty: a known one-word name with name
    words on both sides is a word of another name."""
    return span.end - span.start == 1 and any(
        start < span.start and span.end < end for start, end in phrases
    )


def _without_persons_after_known(spans, tokens):
    """ "Privacy Commissioner of Canada Daniel Therrien" is the known office and its holder: a
    candidate that runs on past a known name with no organisation word is not a longer name."""
    known = [span for span in spans if span.known is not None]
    return [
        span
        for span in spans
        if span.known is not None
        or span.rank < 2
        or not any(
            other.start == span.start
            and other.end < span.end
            and not any(tokens[p].folded in HEADS for p in range(other.end, span.end))
            for other in known
        )
    ]


# "Vigilant Solutions for the Kenosha Police Department": after a known body's whole name, what
# it does for or with another body names that body, not a longer name (`_split_on_and`).
_ON_BEHALF_OF = words("for with")


def _longest_first(spans):
    chosen, taken = [], set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.rank, s.start)):
        covered = set(range(span.start, span.end))
        if covered & taken:
            continue
        if span.suppresses_places or not span.known:
            taken |= covered
        chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def _branches(text, tokens, match, organisation, place_at, name_index):
    """ "ACLU of Northern California", "Amnesty International France": a known group's branch."""
    if organisation.kind not in ("civil_society", "coalition"):
        return
    position = match.end
    if position < len(tokens) and tokens[position].folded == "of":
        position += 1
        # "ACLU of Northern California" skips the prefix; "ACLU of North Carolina" keeps it,
        # a place's own first word.
        if (
            position < len(tokens)
            and tokens[position].folded in PLACE_PREFIXES
            and getattr(place_at.get(position), "end", position + 1) <= position + 1
        ):
            position += 1
    elif not any(
        name_index.places[pk].kind == "country"
        for pk in getattr(place_at.get(position), "places", ())
    ):
        return
    place = place_at.get(position)
    if place is not None:
        name = text_of(text, tokens, match.start, place.end)
        yield OrgSpan(match.start, place.end, name, organisation.kind, place=place, rank=1)


def _object_of_of(tokens, position, piece_start):
    """ "Association of Police and Crime Commissioners", "Office of the Police and Crime
    Commissioner": a head word that is the object of "of" ends no body's name there."""
    back = position - 1 - (position - 2 >= piece_start and tokens[position - 1].folded == "the")
    return back > piece_start and tokens[back].folded == "of"


def _split_on_and(tokens, start, end, known_extents=frozenset()):
    """ "Big Brother Watch and Liberty" is two names; "Maine House and Senate" is two chambers;
    "the President and Congress" a title and a body; "Centre for Technology and Democracy" one;
    "the Folketing and National Police Commissioner Thorkild Fogde" a known body, whole before
    the "and", and what follows it, as "Vigilant Solutions for the Kenosha Police Department"
    is a known company, whole before the "for", and a police department."""
    pieces, piece_start = [], start
    for position in range(start + 1, end - 1):
        before = tokens[position - 1].folded
        if tokens[position].folded in _ON_BEHALF_OF and (piece_start, position) in known_extents:
            # "Vigilant Solutions for the Kenosha Police Department": a known body, and another.
            pieces.append((piece_start, position))
            piece_start = position + 1 + (tokens[position + 1].folded == "the")
            continue
        if tokens[position].folded in ("and", "&") and (
            (HEADS.get(before) and not _object_of_of(tokens, position - 1, piece_start))
            or (before in OFFICE_TITLES and position - 1 == piece_start)  # a title alone
            or tokens[position + 1].text in LEGAL_FORMS_FIRST
            or (piece_start, position) in known_extents
        ):
            pieces.append((piece_start, position))
            piece_start = position + 1
    pieces.append((piece_start, end))
    return pieces


def _candidates(text, tokens, start, end, place_at, known_extents=frozenset()):
    start = trim_name_start(tokens, start, end, place_at)
    pieces = _split_on_and(tokens, start, end, known_extents)
    first_piece = None
    for piece_start, piece_end in pieces:
        span = _candidate(text, tokens, piece_start, piece_end, place_at)
        if span is None and first_piece is not None and piece_end - piece_start == 1:
            span = _elided(text, tokens, first_piece, piece_start)
        if span is not None:
            if first_piece is None:
                first_piece = span
            yield span


def _elided(text, tokens, first, position):
    """ "the Maine House and Senate": the second chamber is the Maine Senate."""
    kind = HEADS.get(tokens[position].folded)
    if kind is None or first.place is None or first.place.start != first.start:
        return None
    place_name = text_of(text, tokens, first.place.start, first.place.end)
    name = f"{place_name} {tokens[position].text}"
    return OrgSpan(position, position + 1, name, kind, place=first.place, suppresses_places=False)


_CHAMBERS = {"house", "senate"}


def _candidate(text, tokens, start, end, place_at):
    if members := chamber_of_its_members(tokens, start, end):
        return members  # "House Democrats"
    words = [p for p in range(start, end) if tokens[p].folded not in CONNECTORS]
    if len(words) == 1 and tokens[start].folded in _LONE_BODIES and _stands_alone(tokens, start):
        # "until the Legislature approves", "approved by Parliament": a body named by its
        # word alone (where the text names its place, `recognition` ties it there).
        return OrgSpan(start, start + 1, tokens[start].text, "government")
    if len(words) < 2 or names_no_body(tokens, start, end):
        return None
    kind = head_kind(tokens[end - 1], last=True) or LEGAL_FORMS_FIRST.get(tokens[start].text)
    kind = commission_kind(tokens, start, end, kind)  # "Nigerian Communications Commission"
    if kind is None and national_arm(tokens, end, place_at):
        kind = HEADS[tokens[end - 2].folded]  # "Compass Group USA"
    if kind is not None and places_subject(tokens, start, end, place_at):
        return None  # "the Texas AI law": the state's AI, no company
    stop = end
    if kind is None:
        for position in words[:-1]:
            head = HEADS.get(tokens[position].folded) or (HEADS_FIRST.get(tokens[position].folded))
            following = tokens[position + 1]
            if head and (
                (following.folded in CONNECTORS and not following.capitalised)
                or following.folded in _TITLE_CASE_JOINERS  # "Alliance Against Sexual ..."
                or (tokens[position].folded in OPENS_NAMES_ONLY and following.capitalised)
            ):
                kind = head
                break
            if (
                head
                and following.folded in TITLES
                and following.folded not in _PERSONS_TITLES
                and position > start
            ):
                if police := police_before_a_title(tokens, start, position, place_at):
                    return police  # "Milwaukee Police Chief Jeffrey Norman"
                kind, stop = head, position + 1
                break
    if kind is None:
        return None
    if kind == "company" and central_bank(tokens, start, stop):
        kind = "regulator"
    inner = [p for p in range(start, stop) if tokens[p].folded not in CONNECTORS]
    if len(inner) < 2 or all(
        HEADS.get(tokens[p].folded) or HEADS_FIRST.get(tokens[p].folded) for p in inner
    ):
        return None
    place = next(
        (
            place_at[p]
            for p in range(start, stop)
            if p in place_at and not _only_heads(tokens, place_at[p])
        ),
        None,
    )  # "City Council" is no council of Council, Idaho
    if place is not None and place.end > stop:
        place = None
    if place is not None and place.start > start and tokens[start].folded in _CHAMBERS:
        place = None  # "the House Energy and Commerce Committee": its subject, not Energy, Ill.
    if _head_only_a_places(tokens, start, stop, place_at):
        return None  # "push in Brussels for the European Union": "Union" is the place's word
    name = text_of(text, tokens, start, stop)
    if name.casefold() in _BUILDINGS:
        return None  # "support in the State House": the building
    if tokens[stop - 1].folded == "service" and (
        (start and tokens[start - 1].folded in _OWNERS)
        or any(tokens[p].folded in _WHAT_SYSTEMS_DO for p in range(start, stop))
    ):
        return None  # "its Azure OpenAI Service", "the Biometric Matching Service": a product
    return OrgSpan(start, stop, name, kind, place=place)


_OWNERS = words("its their")
_WHAT_SYSTEMS_DO = words("matching recognition verification")  # a system's work, no body's


def _head_only_a_places(tokens, start, stop, place_at):
    """Whether the name's last word is a place's ("the European Union") and no organisation
    word comes before that place ("the General Court of the European Union" has one)."""
    if tokens[start].text in LEGAL_FORMS_FIRST:
        return False  # "FC Metz": the club's initials are its organisation word
    for position in range(start + 1, stop):  # the name's own words, not every place's
        match = place_at.get(position)
        if match is not None and stop <= match.end and not _only_heads(tokens, match):
            return not any(
                HEADS.get(tokens[p].folded) or HEADS_FIRST.get(tokens[p].folded)
                for p in range(start, match.start)
            )
    return False


def _stands_alone(tokens, position):
    """Not "the Maine House and Senate" (the Maine Senate) nor "the Legislature's Joint
    Committee" (the committee's name)."""
    before = tokens[position - 1] if position else None
    if before is not None and before.folded in _WHOLE and position > 1:
        before = tokens[position - 2]  # "the full House": the chamber as a whole
    after = tokens[position + 1] if position + 1 < len(tokens) else None
    if tokens[position].folded == "parliament" and after is not None and after.folded in _ENACTS:
        return before is None or before.folded != "'s"  # "Parliament passed it", anywhere
    if tokens[position].folded == "parliament" and before and before.folded in _ADDRESSES:
        return after is None or after.folded != "'s"  # "it told Parliament that ...": addressed
    return (
        before is not None
        and before.folded in _BEFORE_A_LONE_BODY
        and not tokens[position].sentence_start
        and (after is None or after.folded != "'s")
    )


_BEFORE_A_LONE_BODY = words("the by to before in through")
_WHOLE = words("full entire whole")
_ENACTS = words("passed approved adopted enacted rejected amended made")  # what a legislature does
_ADDRESSES = words("told urged warned informed")  # what is said to a legislature


def _only_heads(tokens, match):
    return all(tokens[p].folded in BODY_WORDS for p in range(match.start, match.end))
