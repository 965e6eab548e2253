"""Small builders for the web tests: organisations with units, users with roles, a plan document."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import User

from kehoach.document.model import Assignment, Section, Signature
from kehoach.document.model import Plan as DocumentPlan
from kehoach.web.orgs.models import Membership, Organisation, Unit

PASSWORD = "mat-khau-thu"


def make_org(slug: str, name: str, kind: str = Organisation.Kind.WARD, parent=None) -> Organisation:
    org = Organisation.objects.create(
        slug=slug,
        kind=kind,
        name=name,
        place=name.split()[-1],
        parent=parent,
        parent_issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG" if parent else "",
    )
    for order, unit in enumerate(["Phòng Văn hóa - Xã hội", "Trung tâm Văn hóa - Thể thao"]):
        Unit.objects.create(organisation=org, name=unit, order=order)
    return org


def make_user(username: str, org: Organisation, *roles: str, unit: Unit | None = None) -> User:
    user = User.objects.create_user(username=username, password=PASSWORD)
    for role in roles:
        Membership.objects.create(user=user, organisation=org, role=role, unit=unit)
    return user


def sample_document(
    title: str = "Tổ chức các hoạt động tuyên truyền quý I năm 2025",
) -> DocumentPlan:
    return DocumentPlan(
        doc_type="KH",
        issuer="Ủy ban nhân dân phường Hải An",
        parent_issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
        place="Hải An",
        year=2025,
        title=title,
        sections=[
            Section("I", "MỤC ĐÍCH, YÊU CẦU", ["Tuyên truyền sâu rộng trong Nhân dân."]),
            Section("II", "TỔ CHỨC THỰC HIỆN", ["Các đơn vị triển khai thực hiện."]),
        ],
        assignments=[
            Assignment("Phòng Văn hóa - Xã hội", "Chủ trì tham mưu.", "lead", date(2025, 3, 1))
        ],
        slogans=["Nhiệt liệt chào mừng Đảng Cộng sản Việt Nam quang vinh!"],
        recipients=["UBND thành phố (để báo cáo)"],
        archive=["VT", "VHXH"],
        signature=Signature(
            "TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"
        ),
    )
