"""The one tally of every loader: what a run created, updated, left unchanged, and what failed."""

from dataclasses import dataclass, field


@dataclass
class Counts:
    """What loading some records or documents did; each failure is a (source, problem) pair,
    in the order met."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list = field(default_factory=list)

    @property
    def failed(self):
        return len(self.failures)

    @property
    def total(self):
        return self.created + self.updated + self.unchanged + self.failed

    def fail(self, source, problem):
        self.failures.append((str(source), problem))

    def add(self, other):
        """Add `other`'s counts and failures into these."""
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.failures.extend(other.failures)
        return self

    def as_dict(self):
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
        }

    def summary(self):
        return (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.failed} failed"
        )
