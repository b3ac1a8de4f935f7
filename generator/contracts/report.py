"""The build report: one entry per input file, saying what became of it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

BUILT, MERGED, SKIPPED = "built", "merged", "skipped"


@dataclass
class ReportEntry:
    """What became of one input file."""

    file: str
    status: str  # built | merged | skipped
    reason: str | None = None
    id: str | None = None  # the page it built or was merged into
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class BuildReport:
    """All entries of a build, with the counts of the one-line summary."""

    entries: list[ReportEntry] = field(default_factory=list)

    def add(self, entry: ReportEntry) -> None:
        self.entries.append(entry)

    def count(self, status: str) -> int:
        return sum(1 for entry in self.entries if entry.status == status)

    @property
    def warning_count(self) -> int:
        return sum(len(entry.warnings) for entry in self.entries)

    def summary_line(self) -> str:
        return (
            f"{self.count(BUILT)} built, {self.count(MERGED)} merged, {self.count(SKIPPED)} skipped, "
            f"{self.warning_count} warnings"
        )
