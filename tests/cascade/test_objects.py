"""Upper bodies named as objects become ours (or the ward's committee for reports); the upper level's
own statistics are recognised. Sentences written for the test, in shapes of provincial plans."""

from __future__ import annotations

import pytest
from cascade_helpers import hai_phong

from kehoach.cascade.mapping import load_mapping
from kehoach.cascade.objects import Objects, is_upper_statistics

OBJECTS = Objects(hai_phong(), load_mapping())


@pytest.mark.parametrize(
    ("line", "ours"),
    [
        (
            "Khi phát hiện ca bệnh, báo cáo ngay về Trung tâm Kiểm soát bệnh tật tỉnh.",
            "Khi phát hiện ca bệnh, báo cáo ngay về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội).",
        ),
        (
            "Gửi hồ sơ về Sở Nội vụ trước ngày 15/3/2026.",
            "Gửi hồ sơ về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội) trước ngày 15/3/2026.",
        ),
        (
            "Phối hợp với Sở Y tế, Công an tỉnh tuyên truyền phòng, chống đuối nước.",
            "Phối hợp với Trạm Y tế phường, Công an phường tuyên truyền phòng, chống đuối nước.",
        ),
        (
            "Cung cấp thông tin cho Cục Thống kê tỉnh định kỳ.",
            "Cung cấp thông tin cho cơ quan chuyên môn cấp trên định kỳ.",
        ),
        ("Thực hiện theo hướng dẫn của Sở Y tế.", "Thực hiện theo hướng dẫn của Sở Y tế."),
        (  # the province's proper name right after a body of the table goes with it
            "Tuyên truyền trên loa; phối hợp với Báo và Phát thanh, Truyền hình Lào Cai.",
            "Tuyên truyền trên loa; phối hợp với Trung tâm Dịch vụ sự nghiệp công.",
        ),
    ],
)
def test_an_upper_object_is_written_at_our_scale(line: str, ours: str) -> None:
    assert OBJECTS.rewrite(line)[0] == ours


def test_work_done_at_an_upper_body_is_theirs_only() -> None:
    assert OBJECTS.rewrite("Kiểm kê vật tư tại Trung tâm Kiểm soát bệnh tật tỉnh.")[0] is None


def test_a_duty_given_to_our_level_advises_our_committee() -> None:
    line = "Tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết."
    assert OBJECTS.rewrite(line, keep=True)[0] == "Tham mưu Ủy ban nhân dân phường tổ chức sơ kết."


def test_the_units_own_counterpart_is_not_named_as_its_partner() -> None:
    line = "Chủ trì, phối hợp với Sở Nội vụ và các đơn vị liên quan tổ chức hội nghị."
    rewritten = OBJECTS.rewrite(line, subject="Phòng Văn hóa - Xã hội")[0]
    assert rewritten == "Chủ trì, phối hợp với các đơn vị liên quan tổ chức hội nghị."


def test_the_upper_levels_results_are_statistics_and_its_targets_are_not() -> None:
    assert is_upper_statistics(
        "Năm 2025 toàn tỉnh đã có 1.250 trẻ em được học bơi, tăng 12% so với cùng kỳ."
    )
    assert not is_upper_statistics(
        "Phấn đấu đến năm 2030 có 80% trẻ em biết bơi an toàn, 100% trường học."
    )
