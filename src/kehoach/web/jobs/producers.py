"""What a worker makes for a rendering, by kind, and who may fetch it.

Each kind has a producer that turns the rendered object into bytes, and the same access check as the
object it is made from (a draft's PDF is seen by whoever may see the draft, nobody else). A producer
returns None when it keeps the bytes elsewhere itself (the frozen PDF of an issued plan is stored with
its digest by `plans.frozen`); the rendering then points at `next_url`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.urls import reverse

from kehoach.web import permissions
from kehoach.web.channels import access as channel_access
from kehoach.web.channels import files as channel_files
from kehoach.web.channels.models import ChannelMessage
from kehoach.web.emulation import access as emulation_access
from kehoach.web.emulation import awards
from kehoach.web.emulation import signing as emulation_signing
from kehoach.web.emulation.models import Movement
from kehoach.web.orgs.models import Organisation
from kehoach.web.plans import frozen
from kehoach.web.plans.models import Plan
from kehoach.web.plans.receive import receive
from kehoach.web.signing import services as signing
from kehoach.write.docx import render_docx
from kehoach.write.pdf import docx_to_pdf


def plan_pdf(rendering: Any) -> bytes:
    """A draft (or any plan without frozen bytes) as it reads now."""
    plan = Plan.objects.get(pk=rendering.object_id)
    return docx_to_pdf(render_docx(plan.document()))


def issued_pdf(rendering: Any) -> None:
    """The issued plan's PDF, made once from the frozen .docx and kept with its digest."""
    frozen.ensure_pdf(frozen.frozen(Plan.objects.get(pk=rendering.object_id)))


def unsigned_pdf(rendering: Any) -> bytes:
    """The approved plan as the leader will sign it (number and date blank)."""
    return signing.unsigned_pdf(Plan.objects.get(pk=rendering.object_id))


def certificates_pdf(rendering: Any) -> bytes:
    """The Giấy khen of an issued award decision, one page per awardee."""
    movement = Movement.objects.get(pk=rendering.object_id)
    return docx_to_pdf(awards.certificates_docx(movement))


def decision_pdf(rendering: Any) -> bytes:
    """The award decision as the leader signs it (number and date blank); the waiting page then
    opens the movement, where the passphrase form shows."""
    movement = Movement.objects.select_related("organisation", "decision").get(
        pk=rendering.object_id
    )
    data = emulation_signing.unsigned_pdf(movement, movement.decision, rendering.key)
    rendering.notes = [
        [
            messages.INFO,
            "Bản PDF của quyết định đã sẵn sàng: hãy nhập mật khẩu chứng thư số và bấm "
            "“Lãnh đạo ký số quyết định”.",
        ]
    ]
    return data


def copy_pages(rendering: Any) -> bytes:
    """The pages of a Sao y copy, drawn from the source (the issued PDF made first if it never was);
    the Văn thư signs them on the signing page, which the waiting page opens when they are made."""
    plan = Plan.objects.get(pk=rendering.object_id)
    data = signing.copy_pages(plan, rendering.key)
    rendering.notes = [
        [
            messages.INFO,
            "Các trang của bản sao đã sẵn sàng: hãy nhập mật khẩu chứng thư số của cơ quan "
            "và bấm “Tạo bản sao y”.",
        ]
    ]
    return data


def read_upload(rendering: Any) -> None:
    """An uploaded PDF read (by OCR when it is a scan) into a received plan, which the page opens."""
    with rendering.file.storage.open(rendering.file.name, "rb") as handle:
        data = handle.read()
    organisation = Organisation.objects.get(pk=rendering.object_id)
    received = receive(organisation, data, rendering.file_name, rendering.requested_by)
    rendering.next_url = reverse("plans:detail", kwargs={"pk": received.plan.pk})
    rendering.notes = [list(note) for note in received.notes]


def message_files(rendering: Any) -> None:
    """An approved message's audio, prints, LED frames, image and page, kept in the storage; the
    waiting page then opens the message, where they are listed."""
    message = ChannelMessage.objects.select_related("organisation", "unit").get(
        pk=rendering.object_id
    )
    channel_files.store_files(message)
    rendering.next_url = reverse("channels:detail", kwargs={"pk": message.pk})
    rendering.notes = [[messages.SUCCESS, "Các tệp để phát, in, đăng của tin đã sẵn sàng."]]


def may_upload(user: Any, object_id: int) -> bool:
    organisation = Organisation.objects.filter(pk=object_id).first()
    return organisation is not None and permissions.can_draft(user, organisation)


def may_see_plan(user: Any, object_id: int) -> bool:
    plan = Plan.objects.select_related("organisation").filter(pk=object_id).first()
    return plan is not None and permissions.can_download_plan(user, plan)


def may_copy(user: Any, object_id: int) -> bool:
    plan = Plan.objects.select_related("organisation").filter(pk=object_id).first()
    return plan is not None and permissions.can_copy_plan(user, plan)


def may_print_certificates(user: Any, object_id: int) -> bool:
    movement = Movement.objects.filter(pk=object_id).first()
    return movement is not None and emulation_access.is_staff_of(user, movement.organisation_id)


def may_sign_decision(user: Any, object_id: int) -> bool:
    movement = Movement.objects.filter(pk=object_id).first()
    return movement is not None and emulation_access.can_approve(user, movement.organisation_id)


def may_send_out(user: Any, object_id: int) -> bool:
    message = ChannelMessage.objects.filter(pk=object_id).first()
    return (
        message is not None
        and channel_access.can_view(user, message)
        and channel_access.can_send_out(user, message)
    )


@dataclass(frozen=True)
class Kind:
    produce: Callable[[Any], bytes | None]
    allowed: Callable[[Any, int], bool]
    seconds: float = 180  # the job's time limit
    # When done, the waiting page opens `next_url` (the received plan) instead of offering a file.
    opens_page: bool = False
    doing: str = "Máy chủ đang tạo tệp ở chế độ nền"
    failed: str = "Không tạo được tệp."


KINDS: dict[str, Kind] = {
    "plan-pdf": Kind(plan_pdf, may_see_plan),
    "issued-pdf": Kind(issued_pdf, may_see_plan),
    "unsigned-pdf": Kind(unsigned_pdf, may_see_plan),
    "certificates-pdf": Kind(certificates_pdf, may_print_certificates),
    "decision-pdf": Kind(
        decision_pdf,
        may_sign_decision,
        opens_page=True,
        doing="Máy chủ đang tạo bản PDF của quyết định khen thưởng để lãnh đạo ký số",
        failed="Không tạo được bản PDF của quyết định.",
    ),
    "copy-pages": Kind(
        copy_pages,
        may_copy,
        opens_page=True,
        doing="Máy chủ đang chuẩn bị các trang của bản sao (tạo bản PDF của văn bản nếu chưa có, "
        "rồi chụp lại từng trang)",
        failed="Không chuẩn bị được các trang của bản sao.",
    ),
    "read-upload": Kind(
        read_upload,
        may_upload,
        seconds=settings.KEHOACH_OCR_MAX_SECONDS + 60,
        opens_page=True,
        doing="Máy chủ đang đọc tệp (bản scan được nhận dạng chữ, mỗi trang vài giây)",
        failed="Không đọc được tệp.",
    ),
    "channel-files": Kind(
        message_files,
        may_send_out,
        seconds=600,
        opens_page=True,
        doing="Máy chủ đang làm các tệp của tin (âm thanh đọc trên loa, băng rôn, pa-nô, màn hình LED, ảnh, trang bài viết)",
        failed="Không làm được các tệp của tin.",
    ),
}
