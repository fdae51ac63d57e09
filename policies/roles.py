"""How an organisation's part in an action reads, by the kind of action: a letter is "sent by"
its author and "addressed to" its recipient, a lawsuit "brought by" and "brought against".

One organisation gets one row per action, with all its roles joined ("Sent and signed by"), so
it is shown and counted once. Pure functions over prefetched participants: no queries.
"""

from directory.models import OrganisationKind

from .choices import ActionType, ParticipantRole

ACTOR, SIGNATORY, TARGET = ParticipantRole.ACTOR, ParticipantRole.SIGNATORY, ParticipantRole.TARGET

# On a record's page, before the organisations' names.
_HEADINGS = {
    ActionType.BILL: {ACTOR: "Introduced by", TARGET: "Aimed at"},
    ActionType.LETTER: {ACTOR: "Sent by", TARGET: "Addressed to"},
    ActionType.CAMPAIGN: {ACTOR: "Run by", TARGET: "Aimed at"},
    ActionType.LAWSUIT: {ACTOR: "Brought by", TARGET: "Brought against"},
    ActionType.COURT_RULING: {ACTOR: "Decided by", TARGET: "Ruling against"},
    ActionType.ENFORCEMENT: {ACTOR: "Taken by", TARGET: "Taken against"},
    ActionType.CORPORATE_PLEDGE: {ACTOR: "Pledged by", TARGET: "Aimed at"},
}
_DEFAULT_HEADINGS = {ACTOR: "Adopted by", SIGNATORY: "Signed by", TARGET: "Aimed at"}
# A legislature adopts a ban or a moratorium; a company or a campaign announces its own
# ("Announced by Amazon" for a one-year moratorium on police use).
_ANNOUNCING_KINDS = {
    OrganisationKind.COMPANY,
    OrganisationKind.CIVIL_SOCIETY,
    OrganisationKind.COALITION,
    OrganisationKind.MEDIA,
}

# In a list, after an organisation's name: "Access Now (sender, signatory)".
_NOUNS = {
    ActionType.BILL: {ACTOR: "sponsor"},
    ActionType.LETTER: {ACTOR: "sender", TARGET: "recipient"},
    ActionType.CAMPAIGN: {ACTOR: "campaigner"},
    ActionType.LAWSUIT: {ACTOR: "plaintiff", TARGET: "defendant"},
    ActionType.COURT_RULING: {ACTOR: "court"},
    ActionType.ENFORCEMENT: {ACTOR: "regulator"},
}
_DEFAULT_NOUNS = {ACTOR: "actor", SIGNATORY: "signatory", TARGET: "target"}
_ROLE_ORDER = list(ParticipantRole.values)


def role_heading(action_type, role, organisation_kind=None):
    """How a role reads before the names of those who had it; an actor's heading also depends
    on what kind of organisation acted, where the action's type does not settle it."""
    heading = _HEADINGS.get(action_type, {}).get(role)
    if heading:
        return heading
    if role == ACTOR and organisation_kind in _ANNOUNCING_KINDS:
        return "Announced by"
    return _DEFAULT_HEADINGS[role]


def role_noun(action_type, role):
    return _NOUNS.get(action_type, {}).get(role) or _DEFAULT_NOUNS[role]


def joined_heading(headings):
    """ "Sent by" and "Signed by" make "Sent and signed by"; others are joined with "and"."""
    if len(headings) == 1:
        return headings[0]
    if all(h.endswith(" by") for h in headings):
        verbs = [h.removesuffix(" by") for h in headings]
        return " and ".join([verbs[0], *(v.lower() for v in verbs[1:])]) + " by"
    return " and ".join([headings[0], *(h[0].lower() + h[1:] for h in headings[1:])])


def _roles_per_organisation(participants):
    """`[(organisation, [roles in ParticipantRole order])]`, in the order organisations first
    appear."""
    roles = {}
    organisations = {}
    for participant in participants:
        organisations.setdefault(participant.organisation_id, participant.organisation)
        roles.setdefault(participant.organisation_id, set()).add(participant.role)
    return [
        (organisation, sorted(roles[pk], key=_ROLE_ORDER.index))
        for pk, organisation in organisations.items()
    ]


def taking_part(action):
    """`[(organisation, "sender, signatory")]`: each organisation once, with its roles."""
    return roles_in_words(action.action_type, action.participants.all())


def roles_in_words(action_type, participants):
    """`taking_part()` of an action of `action_type` with these `participants` (anything with
    an `organisation_id`, `organisation` and `role`, in order)."""
    return [
        (organisation, ", ".join(role_noun(action_type, role) for role in roles))
        for organisation, roles in _roles_per_organisation(participants)
    ]


def grouped_by_roles(action_type, participants):
    """`[(heading, [organisation, ...])]` for a record's page, of an action of `action_type`
    with these `participants` (in order, with their organisations): each organisation once,
    under the heading of all its roles ("Sent and signed by"), headings in role order."""
    order = list(ParticipantRole.values)
    groups = {}
    for organisation, roles in _roles_per_organisation(participants):
        heading = joined_heading(
            [role_heading(action_type, role, organisation.kind) for role in roles]
        )
        rank = tuple(order.index(role) for role in roles)
        groups.setdefault((rank, heading), []).append(organisation)
    return [(heading, members) for (_, heading), members in sorted(groups.items())]
