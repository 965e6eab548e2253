"""Forms of the plan editor: header, sections (a flat list with levels), assignments, lists.

The editor works on a library Plan: `initial_*` split it into form data, `build_document` puts the
cleaned forms back together, keeping what the forms do not edit (bases, references, anniversaries).
A section's tables are not edited here: each section row carries a hidden `key` naming the section of
the base version it came from, and the tables of that section go back with the row (and only with it),
so renumbering or moving a row keeps them and deleting the row drops them.
"""

from __future__ import annotations

import copy
import dataclasses
import zlib
from typing import Any

from django import forms
from django.conf import settings
from django.forms import formset_factory

from kehoach.document.assigned import with_table
from kehoach.document.model import Assignment, Section, Signature, Table
from kehoach.document.model import Plan as DocumentPlan
from kehoach.document.text import clean, nfc
from kehoach.web.core.fields import VietnameseDateField

DOC_TYPES = [
    ("KH", "Kế hoạch (KH)"),
    ("BC", "Báo cáo (BC)"),
    ("TB", "Thông báo (TB)"),
    ("HD", "Hướng dẫn (HD)"),
    ("CTr", "Chương trình (CTr)"),
]
LEVELS = [(1, "I, II…"), (2, "1, 2…"), (3, "1.1, a)…"), (4, "cấp 4")]
ROLES = [("", "—"), ("lead", "Chủ trì"), ("support", "Phối hợp")]


def partner_names(text: str) -> list[str]:
    """Supporting units as typed: "Công an phường; Trạm Y tế phường" (names may hold commas)."""
    return [clean(nfc(part)) for part in (text or "").replace("\n", ";").split(";") if clean(part)]


def lines(text: str) -> list[str]:
    """Non-empty, cleaned lines of a textarea (one paragraph or item per line)."""
    return [clean(nfc(line)) for line in (text or "").splitlines() if clean(line)]


MAX_HEADING = 5_000
MAX_DUTIES = 100_000


class HeaderForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    doc_type = forms.ChoiceField(label="Loại văn bản", choices=DOC_TYPES)
    parent_issuer = forms.CharField(label="Cơ quan chủ quản", required=False, max_length=200)
    issuer = forms.CharField(label="Cơ quan ban hành", max_length=300)
    place = forms.CharField(label="Địa danh", required=False, max_length=100)
    year = forms.IntegerField(label="Năm", required=False, min_value=1945, max_value=2100)
    title = forms.CharField(
        label="Trích yếu", widget=forms.Textarea(attrs={"rows": 2}), max_length=1000
    )
    preamble = forms.CharField(
        label="Mở đầu (căn cứ, thực hiện) — mỗi đoạn một dòng",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    closing = forms.CharField(
        label="Kết thúc — mỗi đoạn một dòng",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    sign_authority = forms.CharField(label="Thẩm quyền (TM.)", required=False, max_length=20)
    sign_body = forms.CharField(label="Tập thể", required=False, max_length=100)
    sign_capacity = forms.CharField(label="Ký thay (KT., Q., TL.)", required=False, max_length=20)
    sign_head = forms.CharField(label="Chức vụ người đứng đầu", required=False, max_length=100)
    sign_title = forms.CharField(label="Chức vụ người ký", required=False, max_length=100)
    sign_name = forms.CharField(label="Họ tên người ký", required=False, max_length=100)


class SectionForm(forms.Form):
    key = forms.CharField(widget=forms.HiddenInput, required=False, max_length=40)
    level = forms.TypedChoiceField(label="Cấp", choices=LEVELS, coerce=int, initial=1)
    number = forms.CharField(label="Số", required=False, max_length=20)
    # Headings and duties as long as a cascaded draft writes them (a heading of 1,329 characters, a
    # unit's duties of 11,895 in the corpus): the editor saves unchanged whatever the cascade wrote.
    title = forms.CharField(label="Tiêu đề", required=False, max_length=MAX_HEADING)
    paragraphs = forms.CharField(
        label="Nội dung — mỗi đoạn một dòng",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AssignmentForm(forms.Form):
    unit = forms.CharField(
        label="Đơn vị", max_length=200, widget=forms.TextInput(attrs={"list": "unit-names"})
    )
    role = forms.ChoiceField(label="Vai trò", choices=ROLES, required=False)
    deadline = VietnameseDateField(label="Thời hạn", required=False)
    partners = forms.CharField(
        label="Đơn vị phối hợp (cách nhau bởi dấu chấm phẩy)",
        required=False,
        max_length=MAX_HEADING,
    )
    text = forms.CharField(
        label="Nhiệm vụ",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=MAX_DUTIES,
    )


class ListsForm(forms.Form):
    slogans = forms.CharField(
        label="Khẩu hiệu — mỗi khẩu hiệu một dòng",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    recipients = forms.CharField(
        label="Nơi nhận — mỗi nơi một dòng",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    archive = forms.CharField(label="Lưu (cách nhau bởi dấu phẩy)", required=False, max_length=200)


SectionFormSet = formset_factory(SectionForm, extra=1, can_delete=True, max_num=400)
AssignmentFormSet = formset_factory(AssignmentForm, extra=1, can_delete=True, max_num=400)


def _walk(sections: list[Section], level: int = 1) -> list[tuple[int, Section]]:
    """Every section with its level, in document order (the editor's rows)."""
    found: list[tuple[int, Section]] = []
    for section in sections:
        found.append((level, section))
        found.extend(_walk(section.children, level + 1))
    return found


def _key(index: int, section: Section) -> str:
    """The row's identity: its place in the base version and a fingerprint of its heading, so a key
    from another version (or a hand-made one) never lands on a different section."""
    heading = f"{section.number}\n{section.title}".encode()
    return f"{index}-{zlib.crc32(heading):08x}"


def base_sections(document: DocumentPlan) -> dict[str, Section]:
    """The base version's sections by row key."""
    return {
        _key(index, section): section for index, (_, section) in enumerate(_walk(document.sections))
    }


def _flatten(sections: list[Section]) -> list[dict[str, Any]]:
    return [
        {
            "key": _key(index, section),
            "level": min(level, 4),
            "number": section.number,
            "title": section.title,
            "paragraphs": "\n".join(section.paragraphs),
        }
        for index, (level, section) in enumerate(_walk(sections))
    ]


def attach_tables(formset: forms.BaseFormSet, document: DocumentPlan) -> None:
    """Give each section row `tables`: those its section has in `document`, shown read-only."""
    by_key = base_sections(document)
    for form in formset.forms:
        section = by_key.get(str(form["key"].value() or ""))
        form.tables = list(section.tables) if section else []


def initial_header(document: DocumentPlan, version: int) -> dict[str, Any]:
    sign = document.signature or Signature()
    return {
        "version": version,
        "doc_type": document.doc_type or "KH",
        "parent_issuer": document.parent_issuer or "",
        "issuer": document.issuer or "",
        "place": document.place or "",
        "year": document.year,
        "title": document.title or "",
        "preamble": "\n".join(document.preamble),
        "closing": "\n".join(document.closing),
        "sign_authority": sign.authority or "",
        "sign_body": sign.body or "",
        "sign_capacity": sign.capacity or "",
        "sign_head": sign.head or "",
        "sign_title": sign.title or "",
        "sign_name": sign.name or "",
    }


def initial_sections(document: DocumentPlan) -> list[dict[str, Any]]:
    return _flatten(document.sections)


def initial_assignments(document: DocumentPlan) -> list[dict[str, Any]]:
    return [
        {
            "unit": a.unit,
            "role": a.role or "",
            "deadline": a.deadline,
            "partners": "; ".join(a.partners),
            "text": a.text,
        }
        for a in document.assignments
    ]


def initial_lists(document: DocumentPlan) -> dict[str, Any]:
    return {
        "slogans": "\n".join(document.slogans),
        "recipients": "\n".join(document.recipients),
        "archive": ", ".join(document.archive),
    }


def _carried(rows: list[dict[str, Any]], base: dict[str, Section]) -> list[list[Table]]:
    """The tables each row takes over from its base section; a key is honoured once only."""
    used: set[str] = set()
    carried: list[list[Table]] = []
    for row in rows:
        key = row.get("key") or ""
        section = base.get(key) if key not in used else None
        used.add(key)
        carried.append(copy.deepcopy(section.tables) if section else [])
    return carried


def _tree(rows: list[dict[str, Any]], tables: list[list[Table]] | None = None) -> list[Section]:
    """Sections from flat rows with levels: a row becomes a child of the nearest shallower row."""
    roots: list[Section] = []
    stack: list[tuple[int, Section]] = []
    for index, row in enumerate(rows):
        section = Section(
            number=clean(row.get("number") or ""),
            title=clean(nfc(row.get("title") or "")),
            paragraphs=lines(row.get("paragraphs") or ""),
            tables=tables[index] if tables else [],
        )
        level = int(row.get("level") or 1)
        while stack and stack[-1][0] >= level:
            stack.pop()
        (stack[-1][1].children if stack else roots).append(section)
        stack.append((level, section))
    return roots


def _kept(formset: forms.BaseFormSet) -> list[dict[str, Any]]:
    """Rows to keep: every initial row not marked for deletion, and the extra rows filled in."""
    initial = formset.initial_form_count()
    return [
        form.cleaned_data
        for index, form in enumerate(formset.forms)
        if form.cleaned_data
        and not form.cleaned_data.get("DELETE")
        and (index < initial or form.has_changed())
    ]


def build_document(
    base: DocumentPlan,
    header: HeaderForm,
    sections: forms.BaseFormSet,
    assignments: forms.BaseFormSet,
    lists_form: ListsForm,
) -> DocumentPlan:
    """The edited plan from valid forms; fields the editor does not show are kept from `base`."""
    h = header.cleaned_data
    signature = Signature(
        authority=h["sign_authority"] or None,
        body=h["sign_body"] or None,
        capacity=h["sign_capacity"] or None,
        head=h["sign_head"] or None,
        title=h["sign_title"] or None,
        name=h["sign_name"] or None,
    )
    kept = _kept(sections)
    carried = _carried(kept, base_sections(base))
    # A row emptied of title and text still stands if it carries a table: only "Xóa" drops a table.
    pairs = [
        (row, tables)
        for row, tables in zip(kept, carried, strict=True)
        if row.get("title") or row.get("paragraphs") or tables
    ]
    section_rows = [row for row, _ in pairs]
    assignment_rows = [row for row in _kept(assignments) if row.get("unit")]
    lst = lists_form.cleaned_data
    edited = dataclasses.replace(
        base,
        doc_type=h["doc_type"],
        parent_issuer=clean(nfc(h["parent_issuer"])) or None,
        issuer=clean(nfc(h["issuer"])),
        place=clean(nfc(h["place"])) or None,
        year=h["year"],
        title=clean(nfc(h["title"])),
        preamble=lines(h["preamble"]),
        closing=lines(h["closing"]),
        signature=signature if any(dataclasses.astuple(signature)) else None,
        sections=_tree(section_rows, [tables for _, tables in pairs]),
        assignments=[
            Assignment(
                unit=clean(nfc(row["unit"])),
                text=clean(nfc(row.get("text") or "")),
                role=row.get("role") or None,
                deadline=row.get("deadline"),
                partners=partner_names(row.get("partners") or ""),
            )
            for row in assignment_rows
        ],
        slogans=lines(lst["slogans"]),
        recipients=lines(lst["recipients"]),
        archive=[
            clean(part) for part in (lst["archive"] or "").rstrip(".").split(",") if clean(part)
        ],
    )
    # the assignment table appendix, if the plan has one, says what the rows say
    return with_table(dataclasses.replace(edited, appendices=copy.deepcopy(edited.appendices)))


class UploadForm(forms.Form):
    organisation = forms.TypedChoiceField(label="Cơ quan nhận", coerce=int)
    file = forms.FileField(label="Tệp văn bản (.docx, .pdf, .txt, .md)")

    def __init__(self, *args: Any, organisations: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].choices = [(o.pk, o.name) for o in organisations]

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        limit = settings.KEHOACH_UPLOAD_MAX_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                f"Tệp quá lớn ({upload.size / 1048576:.1f} MB); giới hạn là {limit / 1048576:.0f} MB."
            )
        if upload.size == 0:
            raise forms.ValidationError("Tệp rỗng.")
        return upload


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label="Ý kiến trả lại", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )


class SubmitForm(forms.Form):
    """Trình: a comment for the leader, which leader (where there are several), and the drafter's
    confirmation when lint still reports errors."""

    comment = forms.CharField(
        label="Ý kiến gửi lãnh đạo (không bắt buộc)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
    )
    approver = forms.TypedChoiceField(
        label="Trình lãnh đạo", coerce=int, required=False, empty_value=None
    )
    confirm = forms.BooleanField(
        label="Tôi đã xem các lỗi kiểm tra và vẫn trình lãnh đạo", required=False
    )

    def __init__(self, *args: Any, approvers: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["approver"].choices = approvers
        self.fields["approver"].required = len(approvers) > 1
        if len(approvers) <= 1:
            self.fields["approver"].widget = forms.HiddenInput()


class IssueForm(forms.Form):
    """Ban hành: the issue date (not before approval), and a leader's reason to issue despite gates."""

    issue_date = VietnameseDateField(label="Ngày ban hành", required=False)
    override_reason = forms.CharField(
        label="Lý do vẫn ban hành (chỉ lãnh đạo; được lưu vào nhật ký và hiện trên kế hoạch)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
    )
