"""Receiving an upper level's file as a plan: read it within a budget, refuse what is not a plan or
is our own, and store it with the original bytes. Used by the upload page (a .docx or text file,
during the request) and by the worker (a PDF, which may need OCR)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib import messages

from kehoach.document.model import Plan as DocumentPlan
from kehoach.errors import InputError
from kehoach.sandbox import Budget, read_in_sandbox
from kehoach.web.orgs.models import Organisation
from kehoach.web.plans import duplicates, services
from kehoach.web.plans.checks import as_dicts
from kehoach.web.plans.frozen import sha256
from kehoach.web.plans.models import Plan

UNREADABLE = "Không đọc được tệp này. Hãy thử lưu lại dưới dạng .docx hoặc .txt."
OCR_NOTE = (
    "Tệp là bản scan: chữ được nhận dạng tự động (OCR). Hãy đối chiếu số, ngày, tên đơn vị "
    "với bản gốc trước khi dùng."
)
ALREADY_UPLOADED = (
    "Tệp này đã được tải lên trước đây ({date:%d/%m/%Y}); không tạo bản thứ hai. "
    "Đây là văn bản đã có."
)
OUR_OWN = (
    "Tệp này là văn bản do chính cơ quan ban hành (Số: {number}), không phải văn bản cấp trên; "
    "không tạo bản mới. Đây là văn bản đã ban hành."
)
NOT_A_PLAN = (
    "Tệp không phải là một văn bản hành chính có thể đọc được: không tìm thấy trích yếu "
    "hay các mục I, II, III…"
)


def _looks_like_a_plan(document: DocumentPlan) -> bool:
    return bool(document.sections) and bool(document.title or document.number or document.issuer)


def read_upload(data: bytes, name: str) -> tuple[Any, DocumentPlan, list[dict[str, Any]]]:
    """Source, parsed plan and findings; InputError with a Vietnamese message on anything bad.

    Read in a child process with a memory and time budget (kehoach.sandbox): a hostile upload costs
    that child, never this web worker."""
    seconds = settings.KEHOACH_READ_MAX_SECONDS
    if data.startswith(b"%PDF"):  # a scan is read by OCR, a few seconds a page
        seconds = max(seconds, settings.KEHOACH_OCR_MAX_SECONDS)
    budget = Budget(settings.KEHOACH_READ_MAX_BYTES, seconds)
    result = read_in_sandbox(data, name, budget)
    if not _looks_like_a_plan(result.plan):
        raise InputError(NOT_A_PLAN)
    return result.source, result.plan, as_dicts(result.findings)


@dataclass
class Received:
    """The plan the file became (or the one it already was), and what to tell the person."""

    plan: Plan
    notes: list[tuple[int, str]] = field(default_factory=list)


def receive(organisation: Organisation, data: bytes, name: str, user: Any) -> Received:
    """The uploaded file as a received plan of `organisation`; InputError when it cannot be one."""
    return store(organisation, data, name, user, read_upload(data, name))


def store(
    organisation: Organisation,
    data: bytes,
    name: str,
    user: Any,
    read: tuple[Any, DocumentPlan, list[dict[str, Any]]],
) -> Received:
    """Keep what `read_upload` read (all or nothing), unless it is a plan we issued ourselves."""
    source, document, findings = read
    ours = duplicates.own_issued(organisation, sha256(data), document)
    if ours is not None:
        return Received(
            ours, [(messages.WARNING, OUR_OWN.format(number=f"{ours.number}/{ours.symbol}"))]
        )
    plan = services.create_plan(
        organisation,
        document,
        user,
        kind=Plan.Kind.UPPER,
        note=f"Tải lên {name}",
        action="plan.upload",
        original=(data, name),
        source_name=name[:255],
        source_kind=source.kind,
        source_lines=list(source.lines),
        source_findings=findings,
    )
    notes = [(messages.SUCCESS, f"Đã đọc {name}: {len(findings)} vấn đề cần xem.")]
    if getattr(source, "ocr", False):
        notes.append((messages.INFO, OCR_NOTE))
    return Received(plan, notes)
