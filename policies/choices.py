"""The fixed lists an action's fields choose from: its type, status, scope, extent, editorial
state, and the roles organisations play in it. Each is also a database constraint. And the
status the public sees, which time can change."""

from django.db import models
from django.utils import timezone


class ActionType(models.TextChoices):
    BAN = "ban", "Ban"
    MORATORIUM = "moratorium", "Moratorium"
    LETTER = "letter", "Letter"
    BILL = "bill", "Bill"
    CORPORATE_PLEDGE = "corporate_pledge", "Corporate pledge or sales suspension"
    LAWSUIT = "lawsuit", "Lawsuit"
    COURT_RULING = "court_ruling", "Court ruling"
    ENFORCEMENT = "enforcement", "Regulator enforcement"
    REPEAL = "repeal", "Repeal"
    REGULATION = "regulation", "Regulation"
    AUTHORISATION = "authorisation", "Authorisation of use"
    CAMPAIGN = "campaign", "Campaign"


class ActionStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    IN_FORCE = "in_force", "Enacted / in force"
    ISSUED = "issued", "Issued"
    ONGOING = "ongoing", "Ongoing"
    EXPIRED = "expired", "Expired"
    REPEALED = "repealed", "Repealed"
    REJECTED = "rejected", "Rejected"
    LAPSED = "lapsed", "Lapsed (died at end of session)"


class ActionScope(models.TextChoices):
    LAW_ENFORCEMENT = "law_enforcement", "Police and law enforcement"
    GOVERNMENT = "government", "All government use"
    PUBLIC_SPACES = "public_spaces", "Publicly accessible spaces"
    PRIVATE_SECTOR = "private_sector", "Private businesses"
    ALL_USES = "all_uses", "All uses"


class ActionExtent(models.TextChoices):
    """Where an action applies: inside one jurisdiction, or across a company or the world."""

    JURISDICTION = "jurisdiction", "Within a jurisdiction"
    COMPANY_WIDE = "company_wide", "Company-wide"
    GLOBAL = "global", "Worldwide"


class EditorialState(models.TextChoices):
    DRAFT = "draft", "Draft"
    REVIEW = "review", "In review"
    PUBLISHED = "published", "Published"


class ParticipantRole(models.TextChoices):
    ACTOR = "actor", "Actor"
    SIGNATORY = "signatory", "Signatory"
    TARGET = "target", "Target"


def shown_status(status, expiry_date):
    """The status the public sees: something in force or ongoing whose expiry date has passed
    has expired, until staff record an extension as a later expiry date."""
    lasting = status in (ActionStatus.IN_FORCE, ActionStatus.ONGOING)
    if lasting and expiry_date and expiry_date < timezone.localdate():
        return ActionStatus.EXPIRED
    return status
