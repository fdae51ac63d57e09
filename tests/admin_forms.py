"""POST data for the policy action admin form, as the browser would send it."""

from policies.models import PolicyAction


def action_form_data(action=None, *, citations=None, participants=None, **fields):
    """The change form of `action` (or an empty add form) as submitted, with `fields` changed.

    `citations` and `participants` replace the inlines: lists of (article, quote) and
    (organisation, role). Left as None, an existing action's rows are submitted unchanged.
    """
    data = {
        "title": "", "slug": "", "action_type": "ban", "status": "in_force", "summary": "",
        "extent": "jurisdiction", "jurisdiction": "", "scope": "government", "date": "",
        "date_precision": "day", "date_source": "", "effective_date": "", "expiry_date": "",
        "state": "draft",
    }  # fmt: skip
    existing_citations, existing_participants = [], []
    if isinstance(action, PolicyAction):
        for name in data:
            value = getattr(action, name if name != "jurisdiction" else "jurisdiction_id")
            data[name] = "" if value is None else str(value)
        existing_citations = list(action.citations.all())
        existing_participants = list(action.participants.all())
    data.update({name: "" if value is None else str(value) for name, value in fields.items()})
    _inline(
        data, "citations", existing_citations, citations,
        lambda row: {"article": row[0].pk, "quote": row[1], "position": 0},
        lambda c: {"article": c.article_id, "quote": c.quote, "position": c.position},
    )  # fmt: skip
    _inline(
        data, "participants", existing_participants, participants,
        lambda row: {"organisation": row[0].pk, "role": row[1]},
        lambda p: {"organisation": p.organisation_id, "role": p.role},
    )  # fmt: skip
    return data


def _inline(data, prefix, existing, replacement, new_row, old_row):
    rows = []
    if replacement is None:
        rows = [{"id": obj.pk, **old_row(obj)} for obj in existing]
    else:
        # Existing rows are deleted, the replacement rows added.
        rows = [{"id": obj.pk, **old_row(obj), "DELETE": "on"} for obj in existing]
        rows += [new_row(row) for row in replacement]
    data[f"{prefix}-TOTAL_FORMS"] = str(len(rows))
    data[f"{prefix}-INITIAL_FORMS"] = str(len(existing))
    data[f"{prefix}-MIN_NUM_FORMS"] = "0"
    data[f"{prefix}-MAX_NUM_FORMS"] = "1000"
    for index, row in enumerate(rows):
        for name, value in row.items():
            data[f"{prefix}-{index}-{name}"] = str(value)
