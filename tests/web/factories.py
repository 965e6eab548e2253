"""Small builders for the web tests: organisations with units, users with roles, a plan document."""

from __future__ import annotations

import io
import zipfile
from datetime import date

from django.contrib.auth.models import User

from kehoach.document.model import Assignment, Section, Signature
from kehoach.document.model import Plan as DocumentPlan
from kehoach.web.orgs.models import Membership, Organisation, Unit
from kehoach.web.plans.forms import (
    initial_assignments,
    initial_header,
    initial_lists,
    initial_sections,
)
from kehoach.web.plans.models import Plan

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
        issuer="Ủy ban nhân dân phường Lê Chân",
        parent_issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
        place="Lê Chân",
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


def zip_bytes(parts: dict[str, bytes]) -> bytes:
    """A zip archive of the given parts (the skeleton of a .docx)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data, compresslevel=9)
    return buffer.getvalue()


CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def zip_bomb_docx() -> bytes:
    """A .docx whose document part inflates from a few kB to 40 MB of spaces."""
    body = b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body>' + b" " * (40 * 1024 * 1024)
    return zip_bytes(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "word/document.xml": body + b"</w:body></w:document>",
        }
    )


def entity_docx() -> bytes:
    """A .docx whose XML declares an external entity that would read /etc/passwd."""
    body = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>K\xe1\xba\xbe HO\xe1\xba\xa0CH &xxe;</w:t></w:r></w:p></w:body></w:document>"
    )
    return zip_bytes({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": body})


def form_data(plan: Plan, **changes) -> dict[str, str]:
    """The POST data the edit page sends for the plan as stored, with `changes` to header fields."""
    document = plan.document()
    data: dict[str, str] = {}
    for key, value in initial_header(document, plan.version).items():
        data[f"h-{key}"] = "" if value is None else str(value)
    for key, value in changes.items():
        data[f"h-{key}"] = value
    rows = initial_sections(document)
    data.update({"s-TOTAL_FORMS": str(len(rows)), "s-INITIAL_FORMS": str(len(rows))})
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"s-{i}-{key}"] = str(value)
    rows = initial_assignments(document)
    data.update({"a-TOTAL_FORMS": str(len(rows)), "a-INITIAL_FORMS": str(len(rows))})
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"a-{i}-{key}"] = "" if value is None else str(value)
    for key, value in initial_lists(document).items():
        data[f"l-{key}"] = value
    return data
