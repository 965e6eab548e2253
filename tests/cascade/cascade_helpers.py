"""Shared builders for the cascade tests: the example profiles and a small upper plan in the seeds' shape."""

from __future__ import annotations

from datetime import date

from conftest import ROOT
from kehoach.cascade import Profile, load_profile
from kehoach.document.model import Anniversary, Assignment, Plan, Reference, Section

PROFILES = ROOT / "examples" / "profiles"
HAI_PHONG = PROFILES / "phuong-le-chan-hai-phong.yaml"
HA_NOI = PROFILES / "phuong-thanh-xuan-ha-noi.yaml"


def hai_phong() -> Profile:
    return load_profile(HAI_PHONG)


def ha_noi() -> Profile:
    return load_profile(HA_NOI)


def city_plan() -> Plan:
    """A city plan of the shape seed 002 implements (Kế hoạch 157/KH-UBND of Hải Phòng, 2024)."""
    tcth = Section(
        "IV",
        "TỔ CHỨC THỰC HIỆN",
        children=[
            Section(
                "1", "Sở Nội vụ", ["a) Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch."]
            ),
            Section(
                "2",
                "Ủy ban nhân dân các xã, phường",
                [
                    "a) Đẩy mạnh tuyên truyền Phong trào thi đua trên hệ thống loa truyền thanh.",
                    "b) Báo cáo kết quả về Ủy ban nhân dân thành phố (qua Sở Nội vụ) trước ngày 15/12/2025.",
                    "c) Bảo đảm an ninh trật tự trong các ngày lễ.",
                    "d) Bố trí kinh phí thực hiện.",
                    "đ) Làm các việc khác được giao.",
                ],
            ),
            Section("3", "Sở Xây dựng", ["Chỉnh trang đô thị các tuyến phố chính."]),
            Section("4", "Báo Hải Phòng", ["Mở chuyên mục về phong trào thi đua."]),
            Section("5", "Cục Thống kê", ["Cung cấp số liệu."]),
        ],
    )
    return Plan(
        number="157",
        symbol="KH-UBND",
        issuer="Ủy ban nhân dân thành phố Hải Phòng",
        place="Hải Phòng",
        date=date(2025, 7, 10),
        year=2025,
        title="PHÁT ĐỘNG PHONG TRÀO THI ĐUA CHÀO MỪNG ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG TRÊN ĐỊA BÀN THÀNH PHỐ",
        bases=[
            Reference(
                "Quyết định",
                "2437",
                "QĐ-TTg",
                date(2025, 6, 4),
                "Thủ tướng Chính phủ",
                "Quyết định số 2437/QĐ-TTg ngày 04/6/2025 của Thủ tướng Chính phủ",
            ),
            Reference(
                "Luật",
                "06",
                "2022/QH15",
                None,
                "Quốc hội",
                "Luật Thi đua, khen thưởng số 06/2022/QH15",
            ),
        ],
        preamble=[
            "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;",
            "Thực hiện Quyết định số 2437/QĐ-TTg ngày 04/6/2025 của Thủ tướng Chính phủ; UBND thành phố ban hành:",
        ],
        sections=[
            Section(
                "I",
                "MỤC ĐÍCH, YÊU CẦU",
                [
                    "- Khơi dậy niềm tự hào, 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)."
                ],
            ),
            Section("II", "KINH PHÍ", ["Ngân sách thành phố."]),
            tcth,
        ],
        assignments=[
            Assignment("Sở Nội vụ", "Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch."),
            Assignment("Ủy ban nhân dân các xã, phường", "…"),
            Assignment("Sở Xây dựng", "Chỉnh trang đô thị các tuyến phố chính."),
            Assignment("Báo Hải Phòng", "Mở chuyên mục về phong trào thi đua."),
            Assignment("Cục Thống kê", "Cung cấp số liệu."),
        ],
        slogans=["Đảng Cộng sản Việt Nam quang vinh muôn năm!"],
        anniversaries=[
            Anniversary(
                95, "Ngày thành lập Đảng Cộng sản Việt Nam", date(1930, 2, 3), date(2025, 2, 3)
            )
        ],
    )
