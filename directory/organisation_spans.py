"""Where a text names an organisation: the directory's names, and the names a reader recognises
as organisations without knowing them.

Pure. A reader knows an organisation it has never heard of by its shape: a capitalised name
that ends in an organisation word ("Pittsburgh Bureau of Police", "Illinois Chamber of
Commerce"), a branch of a known one named after a place ("ACLU of Vermont", "Amnesty
International France"), or a name set beside a word such as "company" or "chain" ("the
supermarket chain Mercadona"). Those are *candidates*: staff confirm them before they show.
The longest name wins, so "ACLU of Maine" is not also the ACLU.
"""

from .place_bodies import (
    OrgSpan,
    chapters,
    councils_of,
    offices_of,
    police_named_first,
    police_of,
    text_of,
)
from .text import (
    CONNECTORS,
    FUNCTION_WORDS,
    PLACE_PREFIXES,
    TITLES,
    WEEKDAYS_AND_MONTHS,
    plain_key,
    words,
)

# Words an English organisation's name ends with (or that open its "of ..." part).
HEADS = {
    "court": "court", "tribunal": "court",
    "times": "media", "post": "media", "journal": "media", "herald": "media",
    "tribune": "media", "gazette": "media", "chronicle": "media",
    "inc": "company", "incorporated": "company", "ltd": "company", "limited": "company",
    "llc": "company", "llp": "company", "plc": "company", "corp": "company",
    "airlines": "company", "airways": "company", "lines": "company",
    "corporation": "company", "company": "company", "co": "company",
    "coalition": "coalition", "alliance": "coalition", "network": "coalition",
    "authority": "regulator", "ombudsman": "regulator", "commissioner": "regulator",
    "inspectorate": "regulator",
    "union": "civil_society", "association": "civil_society", "foundation": "civil_society",
    "institute": "civil_society", "institution": "civil_society", "centre": "civil_society",
    "center": "civil_society", "party": "civil_society", "university": "civil_society",
    "college": "civil_society", "academy": "civil_society", "school": "civil_society",
    "watch": "civil_society", "international": "civil_society",
    "initiative": "civil_society", "project": "civil_society", "lab": "civil_society",
    "labs": "civil_society", "laboratory": "civil_society", "trust": "civil_society",
    "society": "civil_society", "federation": "civil_society", "chamber": "civil_society",
    "fund": "civil_society", "forum": "civil_society", "league": "civil_society",
    "observatory": "civil_society", "group": "civil_society", "club": "civil_society",
    "council": "government", "commission": "government", "committee": "government",
    "department": "government", "dept": "government", "office": "government",
    "agency": "government", "bureau": "government", "service": "government",
    "police": "government", "parliament": "government", "assembly": "government",
    "legislature": "government", "congress": "government", "senate": "government",
    "house": "government", "ministry": "government", "board": "government",
    "meeting": "government", "district": "government", "registry": "government",
    "administration": "government", "government": "government", "cabinet": "government",
    "secretariat": "government", "directorate": "government", "force": "government",
    "division": "government",
    "patrol": "government", "guard": "government", "constabulary": "government",
}  # fmt: skip
# Words that name bodies rather than places ("City Council" is no council of City, Missouri).
BODY_WORDS = HEADS.keys() | {"city", "town", "village", "county", "state"}
# Words that open a name in languages that put the organisation word first ("Garante per
# ...", "Centro de Estudios ..."); English heads open names too ("Office of the ...").
HEADS_FIRST = {
    "observatorio": "civil_society", "centro": "civil_society", "instituto": "civil_society",
    "fundación": "civil_society", "fundação": "civil_society", "asociación": "civil_society",
    "associação": "civil_society", "comisión": "regulator", "comissão": "regulator",
    "consejo": "government", "conselho": "government", "agencia": "regulator",
    "agência": "regulator", "autoridad": "regulator", "autoridade": "regulator",
    "autorità": "regulator", "autorité": "regulator", "autoriteit": "regulator",
    "garante": "regulator", "commissione": "regulator", "consiglio": "government",
    "ministerio": "government", "ministère": "government", "ministero": "government",
    "conseil": "government", "cour": "court", "corte": "court", "tribunal": "court",
    "defensoría": "regulator", "fiscalía": "government", "policía": "government",
    "polizia": "government",
}  # fmt: skip
# "AI" ends company names ("Clearview AI") but is also a subject ("AI and Policing ...").
WEAK_HEADS = {"ai": "company"}
# Nouns that say the name beside them is an organisation: "the supermarket chain Mercadona".
TYPE_NOUNS = words(
    "company companies firm chain retailer developer maker startup start-up vendor supplier "
    "giant group organisation organization nonprofit non-profit charity watchdog regulator "
    "outlet newspaper publisher broadcaster operator manufacturer provider platform bank "
    "insurer airline contractor carrier coalition"
)
TYPE_NOUN_KINDS = {"coalition": "coalition"}
# After an organisation word, these make it a person's title: "U.S. District Judge Sharon
# Johnson Coleman", "the Manhattan District Attorney" name no district.
_PERSONS_TITLES = words("judge justice attorney")
# Capitalised in a title-case name, these join its words as "of" and "for" do.
_TITLE_CASE_JOINERS = words("against for of on")
# Before "'s", these make a name of what follows ("Cook County Sheriff's Office").
_ON_HEADS = words("committee subcommittee commission council center centre board conference")
# What may follow a type noun that describes the name before the comma.
_APPOSITION_GOES_ON = words(
    "that which who whose behind based in of from with founded known best run owned"
)
_POSSESSIVE_TITLES = words("sheriff sheriffs governor mayor commissioner president defender")


def find_organisation_spans(text, tokens, matches, name_index):
    """Every organisation named in `tokens`, overlapping spans resolved (longest first)."""
    spans = []
    place_at = {m.start: m for m in matches if m.places}
    for match in matches:
        for pk in match.organisations[:1]:
            organisation = name_index.organisations[pk]
            spans.append(
                OrgSpan(match.start, match.end, organisation.name, organisation.kind, pk, rank=0)
            )
            spans.extend(_branches(text, tokens, match, organisation, place_at, name_index))
    for start, end in _name_phrases(tokens):
        spans.extend(_candidates(text, tokens, start, end, place_at))
    spans.extend(_appositions(text, tokens, place_at))
    spans.extend(police_of(tokens, place_at))
    spans.extend(police_named_first(text, tokens, place_at))
    spans.extend(councils_of(text, tokens, place_at))
    spans.extend(chapters(text, tokens, matches, place_at, name_index))
    spans.extend(offices_of(text, tokens, place_at, name_index))
    spans = _without_persons_after_known(spans, tokens)
    place_extents = {(m.start, m.end) for m in matches if m.places}
    spans = [
        span
        for span in spans
        if not (span.known is None and (span.start, span.end) in place_extents)
        and plain_key(span.name) not in name_index.rejected
    ]
    return _longest_first(spans)


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
        if position < len(tokens) and tokens[position].folded in PLACE_PREFIXES:
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


def _is_name_word(token):
    return token.is_word and token.capitalised


def _name_phrases(tokens):
    """Runs of capitalised words, with the small words names hold ("of the", "and", "de")."""
    position, count = 0, len(tokens)
    while position < count:
        if not _is_name_word(tokens[position]):
            position += 1
            continue
        start = end = position
        cursor = position + 1
        end = cursor
        while cursor < count:
            token = tokens[cursor]
            if token.sentence_start:
                break
            if token.folded in WEEKDAYS_AND_MONTHS:
                break
            if _is_name_word(token):
                cursor += 1
                end = cursor
                continue
            joiner = _joiner_length(tokens, cursor)
            if joiner and cursor + joiner < count and _continues_name(tokens[cursor + joiner]):
                cursor += joiner
                continue
            break
        yield start, end
        position = end


def _continues_name(token):
    return (
        _is_name_word(token)
        and token.folded not in WEEKDAYS_AND_MONTHS
        and token.folded not in FUNCTION_WORDS
    )


def _joiner_length(tokens, position):
    token = tokens[position]
    if token.folded == "'s":
        return 1 if tokens[position - 1].folded in _POSSESSIVE_TITLES else 0
    if token.folded not in CONNECTORS or token.capitalised:
        return 0
    if token.folded == "on" and tokens[position - 1].folded not in _ON_HEADS:
        return 0  # "Committee on the Judiciary", but not "Metropolitan Police on London streets"
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is not None and following.folded in ("the", "la", "le", "les", "l"):
        return 2 if token.folded in ("of", "on", "for", "de", "to") else 0
    return 0 if token.folded == "the" else 1


def _trim(tokens, start, end, place_at):
    """Drop the capitalised words that open a sentence, a person's title or the members of a
    body ("Members of the European Parliament"), not the name. A title word stays where it
    begins a place ("King County Sheriff's Office") or a body ("General Assembly", "Justice
    Department"): without it only the organisation word would be left."""
    while start < end - 1:
        folded = tokens[start].folded
        if folded in _MEMBERS and tokens[start + 1].folded in ("of", "for", "from"):
            start += 2
            continue
        if folded in TITLES and (start in place_at or _only_head_after(tokens, start, end)):
            break
        if folded in FUNCTION_WORDS or folded in WEEKDAYS_AND_MONTHS or folded in TITLES:
            start += 1
            continue
        break
    while start < end - 1 and tokens[start].folded in CONNECTORS and not tokens[start].capitalised:
        start += 1  # what "Members of" leaves: "the European Parliament"
    return start


_MEMBERS = words("members member leaders officials staff employees negotiators representatives")


def _only_head_after(tokens, start, end):
    return start + 1 < end and tokens[start + 1].folded in HEADS


def _head_kind(token, *, last):
    kind = HEADS.get(token.folded)
    if kind is None and last:
        kind = WEAK_HEADS.get(token.folded) if token.text.isupper() else None
    return kind


def _split_on_and(tokens, start, end):
    """ "Big Brother Watch and Liberty" is two names; "Maine House and Senate" is two chambers;
    "Centre for Technology and Democracy" is one."""
    pieces, piece_start = [], start
    for position in range(start + 1, end - 1):
        if tokens[position].folded in ("and", "&") and HEADS.get(tokens[position - 1].folded):
            pieces.append((piece_start, position))
            piece_start = position + 1
    pieces.append((piece_start, end))
    return pieces


def _candidates(text, tokens, start, end, place_at):
    start = _trim(tokens, start, end, place_at)
    pieces = _split_on_and(tokens, start, end)
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


def _candidate(text, tokens, start, end, place_at):
    words = [p for p in range(start, end) if tokens[p].folded not in CONNECTORS]
    if len(words) < 2:
        return None
    kind = _head_kind(tokens[end - 1], last=True)
    stop = end
    if kind is None:
        for position in words[:-1]:
            head = HEADS.get(tokens[position].folded) or (HEADS_FIRST.get(tokens[position].folded))
            following = tokens[position + 1]
            if head and (
                (following.folded in CONNECTORS and not following.capitalised)
                or following.folded in _TITLE_CASE_JOINERS  # "Alliance Against Sexual ..."
            ):
                kind = head
                break
            if (
                head
                and following.folded in TITLES
                and following.folded not in _PERSONS_TITLES
                and position > start
            ):
                kind, stop = head, position + 1
                break
    if kind is None:
        return None
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
    return OrgSpan(start, stop, text_of(text, tokens, start, stop), kind, place=place)


def _only_heads(tokens, match):
    return all(tokens[p].folded in BODY_WORDS for p in range(match.start, match.end))


def _appositions(text, tokens, place_at):
    """ "the supermarket chain Mercadona", "the White Castle burger chain"."""
    for position, token in enumerate(tokens):
        if token.folded not in TYPE_NOUNS or token.capitalised:
            continue
        after = position + 1
        if after + 1 < len(tokens) and tokens[after].folded in ("called", "named"):
            after += 1  # "a group called Stop Crime SF"
        dotted = _dotted_name_end(tokens, after)
        if dotted is not None:  # "the digital rights group epicenter.works"
            yield OrgSpan(after, dotted, text_of(text, tokens, after, dotted), "civil_society")
            continue
        if after < len(tokens) and _is_name_word(tokens[after]):
            end = after
            while (
                end < len(tokens)
                and _is_name_word(tokens[end])
                and not (tokens[end].sentence_start)
            ):
                end += 1
            span = _named_thing(text, tokens, after, end, place_at)
            if span:
                yield span
        apposed = _apposed_name_end(tokens, position)
        if apposed is not None:
            begin = apposed
            while begin > 0 and _is_name_word(tokens[begin - 1]):
                begin -= 1
            if begin < apposed and tokens[begin].folded not in FUNCTION_WORDS | TITLES:
                span = _named_thing(text, tokens, begin, apposed, place_at)
                if span:
                    span.kind = TYPE_NOUN_KINDS.get(token.folded, span.kind)
                    yield span
        before = position - 1
        while before >= 0 and position - before <= 3 and not tokens[before].capitalised:
            if not tokens[before].is_word or tokens[before].folded in CONNECTORS:
                break
            before -= 1
        end = before + 1
        begin = end
        while begin > 0 and not tokens[begin].sentence_start:
            if _is_name_word(tokens[begin - 1]):
                begin -= 1
            elif begin > 1 and _joins_a_name(tokens, begin - 1) and begin < end:
                begin -= 1  # "the Eye on Surveillance coalition"
            else:
                break
        if begin < end and (end - begin >= 2 or not _looks_like_demonym(tokens[begin].text)):
            span = _named_thing(text, tokens, begin, end, place_at)
            if span:
                span.kind = TYPE_NOUN_KINDS.get(token.folded, span.kind)
                yield span


def _dotted_name_end(tokens, start):
    """Where a name written like a web address ("epicenter.works") at `start` ends, or None."""
    if start >= len(tokens):
        return None
    token = tokens[start]
    head, _, tail = token.text.partition(".")
    if token.is_word and len(head) > 2 and len(tail) > 1 and tail.isalpha():
        return start + 1
    return None


def _apposed_name_end(tokens, position):
    """ "Argent, the developer behind ...", "Roskomsvoboda, a digital rights group that ...":
    where the name before a comma ends, when the type noun at `position` describes it."""
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is not None and (
        following.folded == "'s"
        or (following.is_word and following.folded not in _APPOSITION_GOES_ON)
    ):
        return None  # "a company spokesman", "the group's director": someone else
    article = position - 1
    while article >= 0 and position - article <= 4 and tokens[article].is_word:
        if tokens[article].folded in ("a", "an", "the"):
            break
        if tokens[article].capitalised:
            return None
        article -= 1
    else:
        return None
    if article < 2 or tokens[article].folded not in ("a", "an", "the"):
        return None
    comma = article - 1
    if tokens[comma].text != "," or not _is_name_word(tokens[comma - 1]):
        return None
    return comma


def _named_thing(text, tokens, start, end, place_at):
    start = _trim(tokens, start, end, place_at)
    if start >= end or tokens[start].folded in FUNCTION_WORDS | WEEKDAYS_AND_MONTHS | TITLES:
        return None
    place = place_at.get(start)
    if place is not None and place.end >= end:
        return None  # "the Seattle company" names a place, not a company
    return OrgSpan(start, end, text_of(text, tokens, start, end), "company")


def _joins_a_name(tokens, position):
    """A small word inside a name read backwards: "on" in "Eye on Surveillance"."""
    token = tokens[position]
    return (
        token.folded in CONNECTORS
        and not token.capitalised
        and token.folded != "and"
        and _is_name_word(tokens[position - 1])
    )


def _looks_like_demonym(word):
    return word.endswith(("ese", "an", "ian", "ish", "ch", "i", "ic")) or word.isupper()
