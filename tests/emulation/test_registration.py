"""Registration states and the ward's aggregate."""

from __future__ import annotations

import pytest

from kehoach.emulation.registration import (
    APPROVED,
    DRAFT,
    RETURNED,
    SUBMITTED,
    Registration,
    TransitionError,
    aggregate,
    move,
)


def test_a_unit_sends_and_the_ward_approves() -> None:
    assert move(move(DRAFT, SUBMITTED), APPROVED) == APPROVED


def test_returning_needs_a_reason() -> None:
    with pytest.raises(TransitionError, match="lý do"):
        move(SUBMITTED, RETURNED)
    assert move(SUBMITTED, RETURNED, "Bổ sung chỉ tiêu nội dung b") == RETURNED


def test_a_returned_registration_can_be_sent_again_but_an_approved_one_is_closed() -> None:
    assert move(RETURNED, SUBMITTED) == SUBMITTED
    with pytest.raises(TransitionError, match="Đã duyệt"):
        move(APPROVED, SUBMITTED)


def test_aggregate_sums_only_the_approved() -> None:
    regs = [
        Registration("Tổ dân phố số 1", {"a": "20 cây"}, {"a": 20}, 1, 3, APPROVED),
        Registration("Tổ dân phố số 2", {"a": "15 cây"}, {"a": 15}, 1, 2, APPROVED),
        Registration("Trường Tiểu học Lê Lợi", {"a": "50 cây"}, {"a": 50}, 2, 9, RETURNED),
    ]
    total = aggregate(regs, ["a", "b"])
    assert total.figures == {"a": 35, "b": 0}
    assert (total.collectives, total.individuals) == (2, 5)
    assert total.missing == ["Trường Tiểu học Lê Lợi"]
    ward = total.as_registration("Ủy ban nhân dân phường Lê Chân")
    assert ward.targets["a"] == "Tổ dân phố số 1: 20 cây; Tổ dân phố số 2: 15 cây"
    assert ward.state == DRAFT
