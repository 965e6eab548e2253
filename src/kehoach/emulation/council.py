"""The Hội đồng Thi đua - Khen thưởng's secret ballot: counts kept, result by the required majority.

The majority is counted on all the council's members (an absent member votes by a ballot sent in;
a ballot never returned is not a yes), as rules.yaml says for each award.
"""

from __future__ import annotations

from dataclasses import dataclass

from kehoach.emulation.rules import Majority, RuleBook, load_rules


@dataclass(frozen=True)
class Tally:
    """The counted ballots for one nomination."""

    members: int  # the council's members
    yes: int
    no: int
    invalid: int = 0  # phiếu không hợp lệ

    @property
    def cast(self) -> int:
        return self.yes + self.no + self.invalid

    def check(self) -> None:
        """Counts that cannot be (more ballots than members, negative counts) are refused."""
        if min(self.members, self.yes, self.no, self.invalid) < 0:
            raise ValueError("Số phiếu không được âm; kiểm tra lại biên bản kiểm phiếu.")
        if self.cast > self.members:
            raise ValueError(
                f"Tổng số phiếu ({self.cast}) nhiều hơn số thành viên Hội đồng ({self.members}); "
                "kiểm tra lại biên bản kiểm phiếu."
            )


@dataclass(frozen=True)
class Result:
    passed: bool
    tally: Tally
    majority: Majority

    @property
    def percent(self) -> float:
        return self.tally.yes * 100 / self.tally.members if self.tally.members else 0.0

    def text(self) -> str:
        """ "7/9 thành viên đồng ý (77,8%), cần từ 70% trở lên: đạt." """
        verdict = "đạt" if self.passed else "không đạt"
        percent = f"{self.percent:.1f}".replace(".", ",")
        note = self.majority.note()
        return (
            f"{self.tally.yes}/{self.tally.members} thành viên đồng ý ({percent}%), "
            f"cần {self.majority.describe()} tổng số thành viên"
            f"{f' ({note})' if note else ''}: {verdict}."
        )


def decide(tally: Tally, award: str, book: RuleBook | None = None) -> Result:
    """The council's result for a nomination to `award`."""
    tally.check()
    majority = (book or load_rules()).majority_for(award)
    return Result(majority.passes(tally.yes, tally.members), tally, majority)
