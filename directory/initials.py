"""Initials in brackets after a name, which the name gives as its own short form: "the
Immigration and Checkpoints Authority (ICA)". They are that body's initials even where a place
is spelt the same ("Ica", a city in Peru), there and wherever the text uses them after ("the
data would stay with the ICA"). Pure: tokens and spans in, token positions out, for
`recognition`."""

_SMALL_WORDS = {"and", "of", "for", "the", "on", "in", "&", "de", "du", "des", "la"}


def bracketed_initials(tokens, spans):
    """Positions of " (ABC)" right after an organisation span whose capitalised words' first
    letters are A, B, C in order (small joining words may be skipped or counted), and of every
    later "ABC" of the text."""
    positions = set()
    for span in spans:
        at = span.end + 1
        if at + 1 >= len(tokens) or tokens[span.end].text != "(" or tokens[at + 1].text != ")":
            continue
        initials = tokens[at].text
        if not (2 <= len(initials) <= 8 and initials.isupper() and initials.isalpha()):
            continue
        words = [token.text for token in tokens[span.start : span.end] if token.is_word]
        every = "".join(word[0] for word in words).upper()
        capitals = "".join(word[0] for word in words if word.casefold() not in _SMALL_WORDS)
        if initials in (every, capitals.upper()):
            positions.add(at)
            positions.update(
                later for later in range(at + 1, len(tokens)) if tokens[later].text == initials
            )
    return positions
