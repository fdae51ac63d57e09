"""The record of every import: an `ImportRun` (what it read, where it stands, what came of each
document) and its `ImportFailure`s, and how a run whose process is gone is told and recorded as
cut short. Loaded with the app's other models by `articles.models`, which imports them.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from core.processes import process_is_gone, runs_here, this_machine


class ImportRunState(models.TextChoices):
    QUEUED = "queued", "queued"
    RUNNING = "running", "running"
    FINISHED = "finished", "finished"
    FAILED = "failed", "failed"
    INTERRUPTED = "interrupted", "interrupted"


class ImportRunQuerySet(models.QuerySet):
    def active(self):
        return self.filter(state__in=[ImportRunState.QUEUED, ImportRunState.RUNNING])

    def whose_process_is_gone(self):
        """Runs said to be running whose process has ended without finishing them (killed,
        out of memory, the machine restarted). A process on this machine is looked up; one on
        another machine is taken for gone when its run's heartbeat is older than
        `heartbeat_limit()`."""
        running = self.filter(state=ImportRunState.RUNNING).exclude(process="")
        here = running.filter(process__startswith=this_machine())
        gone_here = [run.pk for run in here.only("process") if process_is_gone(run.process)]
        silent_elsewhere = running.exclude(pk__in=here).filter(
            Q(heartbeat_at__lt=timezone.now() - heartbeat_limit())
            | Q(heartbeat_at__isnull=True, started_at__lt=timezone.now() - heartbeat_limit())
        )
        return self.filter(Q(pk__in=gone_here) | Q(pk__in=silent_elsewhere))

    def mark_interrupted(self):
        """Record the runs whose process is gone for what they are: interrupted (one started
        by a task: failed, so that it can be retried). Returns how many."""
        gone = self.whose_process_is_gone()
        by_task = gone.exclude(task_id="").update(
            state=ImportRunState.FAILED, problem=WORKER_STOPPED
        )
        return by_task + gone.filter(task_id="").update(state=ImportRunState.INTERRUPTED)


WORKER_STOPPED = "The process running it stopped before it finished (killed or restarted)."


def heartbeat_limit():
    """How long a running import may go without a sign of life before a machine other than
    its own takes it for cut short (`IMPORT_HEARTBEAT_LIMIT`, seconds)."""
    return timedelta(seconds=settings.IMPORT_HEARTBEAT_LIMIT)


class ImportRun(models.Model):
    """One run of the importer: what it read and what came of each document.

    `state` says where it stands; a run still `running` whose process is gone was cut short
    (`ImportRunQuerySet.mark_interrupted`, done when the next run starts; `shown_state` tells
    it before that). `done` of `total` documents are read so far. `heartbeat_at` is its last
    sign of life, renewed with each batch written: the machine the run's process is on looks
    the process up, any other machine (a web server beside the task worker) goes by the
    heartbeat.
    """

    state = models.CharField(
        max_length=12, choices=ImportRunState.choices, default=ImportRunState.RUNNING
    )
    process = models.CharField(
        max_length=300, blank=True, help_text="host:pid:start of the process running it."
    )
    heartbeat_at = models.DateTimeField(
        null=True, blank=True, help_text="Its last sign of life: renewed with each batch written."
    )
    task_id = models.CharField(max_length=64, blank=True, help_text="The background task's id.")
    upload = models.CharField(
        max_length=200, blank=True, help_text="The upload's folder, for an admin upload."
    )
    dry_run = models.BooleanField(default=False, help_text="Nothing it did was kept.")
    done = models.PositiveIntegerField(default=0, help_text="Documents read so far.")
    total = models.PositiveIntegerField(default=0, help_text="Documents to read.")
    problem = models.TextField(blank=True, help_text="Why it failed.")
    skipped = models.JSONField(
        default=list, blank=True, help_text="[name, reason] of each entry left out, not read."
    )
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    paths = models.JSONField(default=list)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    related_created = models.PositiveIntegerField(default=0)
    curated = models.JSONField(
        default=dict, blank=True, help_text="Counts for the curated records loaded in the same run."
    )

    objects = ImportRunQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]

    def __str__(self):
        return f"Import of {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def shown_state(self):
        """The state as it is now: a run whose process is gone shows as cut short even before
        the next run records it."""
        if self.state == ImportRunState.RUNNING and self.process and self.process_is_gone():
            return ImportRunState.FAILED if self.task_id else ImportRunState.INTERRUPTED
        return ImportRunState(self.state)

    def process_is_gone(self):
        """Whether the process running this run has ended (see `whose_process_is_gone`)."""
        if runs_here(self.process):
            return process_is_gone(self.process)
        last_sign = self.heartbeat_at or self.started_at
        return last_sign < timezone.now() - heartbeat_limit()

    @property
    def summary(self):
        return (
            f"{self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.failed} failed"
        )

    def record_failures(self, failures):
        """Keep each (source, problem) pair as a failure of this run."""
        ImportFailure.objects.bulk_create(
            ImportFailure(run=self, path=source, reason=problem) for source, problem in failures
        )

    def record_curated(self, counts_by_kind):
        """Keep what loading curated records in the same run did: a `Counts` per kind."""
        self.curated = {kind: counts.as_dict() for kind, counts in counts_by_kind.items()}
        self.save(update_fields=["curated"])
        self.record_failures(
            failure for counts in counts_by_kind.values() for failure in counts.failures
        )


class ImportFailure(models.Model):
    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="failures")
    path = models.CharField(max_length=500)
    reason = models.TextField()

    class Meta:
        ordering = ["run", "path"]

    def __str__(self):
        return f"{self.path}: {self.reason}"
