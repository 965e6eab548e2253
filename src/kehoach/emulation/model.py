"""Nominees, nominations and the award history: what the checks and the documents read.

Pure data: no Django, no files. Names are kept as written, family name first ("Nguyễn Thị Lan").
"""

from __future__ import annotations

from dataclasses import dataclass, field

INDIVIDUAL = "individual"
COLLECTIVE = "collective"


@dataclass
class Nominee:
    """A person or a collective proposed for an award in a movement."""

    name: str
    kind: str = INDIVIDUAL  # "individual" | "collective"
    unit: str = ""  # the unit that proposes (for a collective: the collective's parent unit)
    position: str = ""  # chức vụ, đơn vị công tác: "Chuyên viên Phòng Văn hóa - Xã hội"
    gender: str | None = None  # "nam" | "nữ" (for "Ông"/"Bà" on a certificate)
    rating: str | None = None  # a rating key of rules.yaml ("hoan_thanh_tot")
    initiative: str = ""  # sáng kiến / đề tài đã được công nhận
    members: int = 0  # collective: number of people
    members_ldtt: int = 0  # collective: people with Lao động tiên tiến this year
    members_cstd: int = 0  # collective: people with Chiến sĩ thi đua cơ sở this year
    members_disciplined: int = 0  # collective: people disciplined (cảnh cáo or more) this year
    achievements: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)  # accepted reports / files the dossier cites

    @property
    def key(self) -> tuple[str, str, str]:
        """Identity across years: kind, name and unit, compared without case."""
        return (self.kind, self.name.strip().lower(), self.unit.strip().lower())


@dataclass
class Nomination:
    """One proposal: a nominee for one award, in one year."""

    nominee: Nominee
    award: str  # award key
    year: int


@dataclass(frozen=True)
class AwardRecord:
    """A past award in the history (hồ sơ khen thưởng): who, what, which year, by which decision."""

    name: str
    award: str  # award key
    year: int
    kind: str = INDIVIDUAL
    unit: str = ""
    decision: str = ""  # "Quyết định số 12/QĐ-UBND ngày 20/12/2024"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.name.strip().lower(), self.unit.strip().lower())


@dataclass
class AwardHistory:
    """Every recorded award, searchable by person or collective, for the consecutive-years rules."""

    records: list[AwardRecord] = field(default_factory=list)

    def add(self, record: AwardRecord) -> None:
        self.records.append(record)

    def years_with(self, key: tuple[str, str, str], award: str) -> set[int]:
        """Years in which this person/collective received this award. A record without a unit
        matches the name alone (older records often lack it)."""
        kind, name, unit = key
        return {
            r.year
            for r in self.records
            if r.award == award
            and r.kind == kind
            and r.name.strip().lower() == name
            and (not r.unit or not unit or r.unit.strip().lower() == unit)
        }

    def search(self, text: str) -> list[AwardRecord]:
        """Records whose name or unit contains the text (case-insensitive), newest first."""
        wanted = text.strip().lower()
        found = [r for r in self.records if wanted in r.name.lower() or wanted in r.unit.lower()]
        return sorted(found, key=lambda r: (-r.year, r.name))


def consecutive_run(years: set[int], last: int) -> list[int]:
    """The run of consecutive years ending at `last` (empty when `last` is missing)."""
    run: list[int] = []
    year = last
    while year in years:
        run.append(year)
        year -= 1
    return sorted(run)
