"""The independent check finds upper bodies as subject or object and levels a ward does not have."""

from __future__ import annotations

from kehoach.cascade.check import check, mentions
from kehoach.document.model import Assignment, Plan, Section


def test_the_role_of_an_upper_body_comes_from_what_stands_before_it() -> None:
    assert mentions("- Sở Y tế chủ trì tổ chức tập huấn.")[0][0] == "subject"
    assert mentions("Phối hợp với Công an tỉnh tuần tra.")[0][0] == "object"
    assert mentions("Thực hiện theo hướng dẫn của Sở Y tế.")[0][0] == "cited"
    assert mentions("Phối hợp với Công an phường tuần tra.") == []


def test_levels_a_ward_does_not_have_are_counted_but_not_cooperatives() -> None:
    plan = Plan(
        sections=[Section("I", "NỘI DUNG", ["- Hỗ trợ hợp tác xã.", "- Hướng dẫn các xã."])]
    )
    assert check(plan).level_words == 1


def test_the_report_section_may_name_the_upper_body() -> None:
    plan = Plan(
        sections=[Section("IV", "CHẾ ĐỘ BÁO CÁO", ["- Báo cáo Sở Nội vụ trước ngày 10/12/2026."])]
    )
    assert check(plan).clean


def test_tasks_are_checked_too() -> None:
    plan = Plan(assignments=[Assignment("Công an phường", "Gửi báo cáo về Công an tỉnh.")])
    assert check(plan).objects == 1
