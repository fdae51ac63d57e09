"""The pure reader: a parsed document and a recogniser in, proposed policy actions out.

No database access: the directory is reached only through the recogniser it is given.
"""

from .proposals import ExistingAction, ProposedAction, match_existing
from .reader import read_document

__all__ = ["ExistingAction", "ProposedAction", "match_existing", "read_document"]
