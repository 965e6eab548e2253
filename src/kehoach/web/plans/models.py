"""Plans as stored: the contract JSON (kehoach.plan/1) plus searchable columns, every saved version kept."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kehoach.document.model import Plan as DocumentPlan
from kehoach.document.serialise import plan_from_dict, plan_to_dict
from kehoach.document.text import clean, fold
from kehoach.web.orgs.models import Organisation


def search_key(*parts: str) -> str:
    """What search compares: the parts folded and joined ("Tuyên truyền" -> "tuyen truyen")."""
    return " ".join(fold(clean(part)) for part in parts if part)


DOC_TYPE_NAMES = {
    "KH": "Kế hoạch",
    "BC": "Báo cáo",
    "QĐ": "Quyết định",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "CV": "Công văn",
    "CT": "Chỉ thị",
    "NQ": "Nghị quyết",
    "TTr": "Tờ trình",
}


class Plan(models.Model):
    """One document in an organisation: an upper level's plan received, or our own plan."""

    class Kind(models.TextChoices):
        UPPER = "upper", "Văn bản cấp trên"
        OWN = "own", "Văn bản của đơn vị"

    class Status(models.TextChoices):
        RECEIVED = "received", "Đã tiếp nhận"
        DRAFT = "draft", "Dự thảo"
        SUBMITTED = "submitted", "Chờ phê duyệt"
        RETURNED = "returned", "Bị trả lại"
        APPROVED = "approved", "Đã phê duyệt"
        ISSUED = "issued", "Đã ban hành"
        RECALLED = "recalled", "Đã thu hồi"

    class Amendment(models.TextChoices):
        CORRECT = "correct", "Đính chính"
        RECALL = "recall", "Thu hồi"

    organisation = models.ForeignKey(
        Organisation, verbose_name="cơ quan", on_delete=models.PROTECT, related_name="plans"
    )
    kind = models.CharField("loại", max_length=10, choices=Kind.choices, default=Kind.OWN)
    status = models.CharField(
        "trạng thái", max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="thực hiện văn bản",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="implementations",
    )
    # A correction or recall is its own numbered document pointing at the plan it amends.
    amends = models.ForeignKey(
        "self",
        verbose_name="đính chính / thu hồi văn bản",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="amendments",
    )
    amend_kind = models.CharField(
        "loại sửa đổi", max_length=10, choices=Amendment.choices, blank=True
    )
    data = models.JSONField("nội dung (kehoach.plan/1)", default=dict)
    version = models.PositiveIntegerField("phiên bản", default=1)

    # Searchable copies of the contract's header fields, refreshed on every save.
    doc_type = models.CharField("loại văn bản", max_length=10, default="KH")
    number = models.CharField("số", max_length=20, blank=True)
    symbol = models.CharField("ký hiệu", max_length=60, blank=True)
    title = models.TextField("trích yếu", blank=True)
    issuer = models.CharField("cơ quan ban hành", max_length=300, blank=True)
    doc_date = models.DateField("ngày văn bản", null=True, blank=True)
    year = models.PositiveIntegerField("năm", null=True, blank=True)
    # Title, number and issuer folded (lower case, no tone marks, đ as d): search ignores both,
    # the same on SQLite and PostgreSQL.
    search_text = models.TextField("chuỗi tìm kiếm", blank=True, editable=False)

    # What was uploaded (upper plans): the text as read and the findings of lint on it.
    source_name = models.CharField("tệp gốc", max_length=255, blank=True)
    source_kind = models.CharField("dạng tệp", max_length=10, blank=True)
    source_lines = models.JSONField("văn bản gốc", default=list, blank=True)
    source_findings = models.JSONField("lỗi phát hiện trên văn bản gốc", default=list, blank=True)

    # Uploaded originals: the file as received, kept byte for byte (storage API), and its SHA-256.
    source_file = models.FileField(
        "tệp gốc đã lưu", upload_to="goc/%Y/", blank=True, max_length=300
    )
    source_sha256 = models.CharField("SHA-256 tệp gốc", max_length=64, blank=True, db_index=True)

    return_comment = models.TextField("ý kiến trả lại", blank=True)
    submit_comment = models.TextField("ý kiến khi trình", blank=True)
    submitted_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="trình lãnh đạo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField("phê duyệt lúc", null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người phê duyệt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # A leader's written decision to issue despite the gates: {"reason", "by", "at", "blockers"}.
    gate_override = models.JSONField("ban hành khi còn vướng mắc", default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tạo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)
    issued_at = models.DateTimeField("ban hành lúc", null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người ban hành",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = "kế hoạch"
        verbose_name_plural = "kế hoạch"
        ordering = ["-updated_at", "-pk"]
        indexes = [
            models.Index(fields=["organisation", "status"], name="plan_org_status"),
            models.Index(fields=["organisation", "-updated_at"], name="plan_org_updated"),
        ]
        # A number of the register is handed out once: no operator action can issue it twice.
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "doc_type", "year", "number"],
                condition=models.Q(kind="own", issued_at__isnull=False) & ~models.Q(number=""),
                name="plan_issued_number_unique",
            )
        ]

    def __str__(self) -> str:
        return self.label()

    # The plan's content and the uploaded file's lines: tens of kilobytes of JSON that pages
    # about one task or one report never read (load them with .defer(*Plan.HEAVY_FIELDS)).
    HEAVY_FIELDS = ("data", "source_lines", "source_findings")

    def label(self) -> str:
        """ "Kế hoạch số 05/KH-UBND: Tổ chức ..." or the title alone for a draft."""
        if self.number:
            return f"Số {self.number}/{self.symbol}: {self.title}"
        return self.title or "(chưa có trích yếu)"

    def document(self) -> DocumentPlan:
        """The stored content as the library's Plan."""
        return plan_from_dict(self.data)

    def set_document(self, plan: DocumentPlan) -> None:
        """Store a library Plan: the contract JSON and the searchable columns."""
        self.data = plan_to_dict(plan)
        self.doc_type = (plan.doc_type or "KH")[:10]
        self.number = (plan.number or "")[:20]
        self.symbol = (plan.symbol or "")[:60]
        self.title = plan.title or ""
        self.issuer = (plan.issuer or "")[:300]
        self.doc_date = plan.date
        self.year = plan.year or (plan.date.year if plan.date else None)
        numbered = f"{self.number}/{self.symbol}" if self.number else self.symbol
        self.search_text = search_key(self.title, numbered, self.issuer)

    @property
    def type_name(self) -> str:
        """ "Kế hoạch", "Báo cáo", ...: the name of the document's type (Phụ lục III)."""
        return DOC_TYPE_NAMES.get(self.doc_type, "Văn bản")

    @property
    def kind_label(self) -> str:
        """ "Báo cáo của đơn vị" for our BC, "Văn bản cấp trên" for a received one."""
        if self.kind == self.Kind.UPPER:
            return f"{self.type_name} của cấp trên"
        return f"{self.type_name} của đơn vị"

    @property
    def is_editable_status(self) -> bool:
        return self.kind == self.Kind.OWN and self.status in {
            self.Status.DRAFT,
            self.Status.RETURNED,
        }


class PlanVersion(models.Model):
    """A saved state of a plan; versions are never changed or deleted by the site."""

    plan = models.ForeignKey(
        Plan, verbose_name="kế hoạch", on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField("phiên bản")
    data = models.JSONField("nội dung")
    note = models.CharField("ghi chú", max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người lưu",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("lưu lúc", auto_now_add=True)

    class Meta:
        verbose_name = "phiên bản"
        verbose_name_plural = "phiên bản"
        ordering = ["plan", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="plan_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.plan_id} v{self.number}"

    def document(self) -> DocumentPlan:
        return plan_from_dict(self.data)


class Register(models.Model):
    """The organisation's yearly register of issued numbers, one sequence per document type."""

    organisation = models.ForeignKey(
        Organisation, verbose_name="cơ quan", on_delete=models.CASCADE, related_name="registers"
    )
    year = models.PositiveIntegerField("năm")
    doc_type = models.CharField("loại văn bản", max_length=10)
    last_number = models.PositiveIntegerField("số cuối đã cấp", default=0)

    class Meta:
        verbose_name = "sổ đăng ký văn bản"
        verbose_name_plural = "sổ đăng ký văn bản"
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "year", "doc_type"], name="register_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.doc_type} {self.year}: {self.last_number}"


class IssuedDocument(models.Model):
    """The document as issued: the .docx and .pdf bytes frozen at issue, with their SHA-256.

    Every later download serves these bytes, never a new rendering. The PDF may be replaced once by
    a signed copy (`replace_pdf` in plans.frozen); the first PDF's digest is kept beside it.
    """

    plan = models.OneToOneField(
        Plan, verbose_name="kế hoạch", on_delete=models.PROTECT, related_name="issued_document"
    )
    docx = models.FileField("tệp .docx", upload_to="ban-hanh/%Y/", max_length=300)
    docx_sha256 = models.CharField("SHA-256 .docx", max_length=64)
    pdf = models.FileField("tệp .pdf", upload_to="ban-hanh/%Y/", max_length=300, blank=True)
    pdf_sha256 = models.CharField("SHA-256 .pdf", max_length=64, blank=True)
    pdf_signed = models.BooleanField("PDF đã ký số", default=False)
    unsigned_pdf_sha256 = models.CharField("SHA-256 .pdf trước khi ký", max_length=64, blank=True)
    created_at = models.DateTimeField("lưu lúc", auto_now_add=True)

    class Meta:
        verbose_name = "văn bản đã ban hành"
        verbose_name_plural = "văn bản đã ban hành"

    def __str__(self) -> str:
        return f"{self.plan} ({self.docx_sha256[:12]})"
