"""Thi đua, khen thưởng stored: movements, registrations, nominations, the council, decisions, history.

The rules, the checks and the documents are the library's (kehoach.emulation); these tables only
keep what people entered and the states of the workflow.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kehoach.emulation import registration as reg
from kehoach.web.orgs.models import Organisation, Unit


class Movement(models.Model):
    """A phong trào thi đua of one organisation, drafted from an emulation plan, launched to units."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Dự thảo"
        LAUNCHED = "launched", "Đã phát động"
        CLOSED = "closed", "Đã tổng kết"

    organisation = models.ForeignKey(
        Organisation, verbose_name="cơ quan", on_delete=models.CASCADE, related_name="movements"
    )
    source_plan = models.ForeignKey(
        "plans.Plan",
        verbose_name="kế hoạch phát động",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField("tên phong trào", max_length=500)
    slogan = models.TextField("khẩu hiệu thi đua", blank=True)
    start = models.DateField("bắt đầu", null=True, blank=True)
    end = models.DateField("kết thúc", null=True, blank=True)
    year = models.PositiveIntegerField("năm xét khen thưởng")
    criteria = models.JSONField(
        "nội dung thi đua", default=list, blank=True
    )  # [{key, label, text}]
    stages = models.JSONField(
        "khen thưởng", default=list, blank=True
    )  # [{when, text, awards, decided_by}]
    awards = models.JSONField("hình thức khen thưởng", default=list, blank=True)  # award keys
    status = models.CharField(
        "trạng thái", max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    created_at = models.DateTimeField(auto_now_add=True)
    launched_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "phong trào thi đua"
        verbose_name_plural = "phong trào thi đua"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title


class Registration(models.Model):
    """A unit's đăng ký thi đua; unit=None is the organisation's own registration sent up."""

    State = models.TextChoices("State", [(k, v) for k, v in reg.STATE_NAMES.items()])

    movement = models.ForeignKey(Movement, on_delete=models.CASCADE, related_name="registrations")
    unit = models.ForeignKey(
        Unit, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    targets = models.JSONField("chỉ tiêu", default=dict, blank=True)
    figures = models.JSONField("số liệu", default=dict, blank=True)
    collectives = models.PositiveIntegerField("tập thể đăng ký", default=0)
    individuals = models.PositiveIntegerField("cá nhân đăng ký", default=0)
    state = models.CharField("trạng thái", max_length=10, choices=State.choices, default=reg.DRAFT)
    comment = models.TextField("ý kiến trả lại", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "đăng ký thi đua"
        verbose_name_plural = "đăng ký thi đua"
        constraints = [
            models.UniqueConstraint(fields=["movement", "unit"], name="registration_unique_unit")
        ]
        indexes = [models.Index(fields=["organisation", "state"], name="registration_org_state")]

    @property
    def state_name(self) -> str:
        return reg.STATE_NAMES.get(self.state, self.state)


class Nomination(models.Model):
    """A collective or a person proposed by a unit for an award, with the checks' findings."""

    class Kind(models.TextChoices):
        INDIVIDUAL = "individual", "Cá nhân"
        COLLECTIVE = "collective", "Tập thể"

    class State(models.TextChoices):
        PROPOSED = "proposed", "Đã đề nghị"
        REFUSED = "refused", "Không đạt tiêu chuẩn"
        PASSED = "passed", "Hội đồng thông qua"
        REJECTED = "rejected", "Hội đồng không thông qua"

    movement = models.ForeignKey(Movement, on_delete=models.CASCADE, related_name="nominations")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    name = models.CharField("họ và tên / tên tập thể", max_length=200)
    kind = models.CharField(
        "đối tượng", max_length=12, choices=Kind.choices, default=Kind.INDIVIDUAL
    )
    position = models.CharField("chức vụ, đơn vị công tác", max_length=300, blank=True)
    gender = models.CharField("giới tính", max_length=5, blank=True)
    rating = models.CharField("mức đánh giá", max_length=30, blank=True)
    initiative = models.TextField("sáng kiến", blank=True)
    members = models.PositiveIntegerField("số người của tập thể", default=0)
    members_ldtt = models.PositiveIntegerField("số người đạt Lao động tiên tiến", default=0)
    members_cstd = models.PositiveIntegerField("số người đạt Chiến sĩ thi đua cơ sở", default=0)
    members_disciplined = models.PositiveIntegerField("số người bị kỷ luật", default=0)
    award = models.CharField("danh hiệu, hình thức", max_length=40)
    achievements = models.TextField("thành tích", blank=True)
    reports = models.ManyToManyField(
        "reports.UnitReport", blank=True, related_name="+", verbose_name="báo cáo đã được chấp nhận"
    )
    order = models.PositiveIntegerField("thứ tự đề nghị", default=0)
    findings = models.JSONField("lỗi so với tiêu chuẩn", default=list, blank=True)
    state = models.CharField(
        "trạng thái", max_length=10, choices=State.choices, default=State.PROPOSED
    )
    votes_yes = models.PositiveIntegerField("phiếu đồng ý", null=True, blank=True)
    votes_no = models.PositiveIntegerField("phiếu không đồng ý", null=True, blank=True)
    votes_invalid = models.PositiveIntegerField("phiếu không hợp lệ", null=True, blank=True)
    vote_result = models.CharField("kết quả bỏ phiếu", max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "đề nghị khen thưởng"
        verbose_name_plural = "đề nghị khen thưởng"
        ordering = ["unit", "order", "pk"]
        indexes = [models.Index(fields=["organisation", "state"], name="nomination_org_state")]


class CouncilMember(models.Model):
    """A member of the organisation's Hội đồng Thi đua - Khen thưởng; the secretary records ballots."""

    class Role(models.TextChoices):
        CHAIR = "chair", "Chủ tịch Hội đồng"
        MEMBER = "member", "Thành viên"
        SECRETARY = "secretary", "Thư ký"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="council")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    role = models.CharField("vai trò", max_length=10, choices=Role.choices, default=Role.MEMBER)

    class Meta:
        verbose_name = "thành viên Hội đồng Thi đua - Khen thưởng"
        verbose_name_plural = "Hội đồng Thi đua - Khen thưởng"
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="council_unique_member")
        ]


class AwardDecision(models.Model):
    """The movement's Quyết định khen thưởng: drafted, approved, issued with a number of the register."""

    class State(models.TextChoices):
        DRAFT = "draft", "Dự thảo"
        APPROVED = "approved", "Đã phê duyệt"
        ISSUED = "issued", "Đã ban hành"

    movement = models.OneToOneField(Movement, on_delete=models.CASCADE, related_name="decision")
    state = models.CharField(
        "trạng thái", max_length=10, choices=State.choices, default=State.DRAFT
    )
    number = models.CharField("số", max_length=10, blank=True)
    issued_on = models.DateField("ngày ký", null=True, blank=True)
    council_date = models.DateField("ngày họp Hội đồng", null=True, blank=True)
    signer = models.CharField("người ký", max_length=100, blank=True)
    # Digital signatures, in the office's order (kehoach.sign.office): the leader signs the approved
    # decision with number and date blank; the Văn thư writes them and signs for the organisation.
    leader_pdf = models.FileField(
        "tệp PDF lãnh đạo đã ký", upload_to="thi-dua/ky-so/%Y/", max_length=300, blank=True
    )
    leader_pdf_sha256 = models.CharField("SHA-256 (lãnh đạo ký)", max_length=64, blank=True)
    leader_signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="lãnh đạo ký số",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    leader_signed_at = models.DateTimeField("lãnh đạo ký số lúc", null=True, blank=True)
    signed_pdf = models.FileField(
        "tệp PDF ban hành đã ký số", upload_to="thi-dua/ky-so/%Y/", max_length=300, blank=True
    )
    signed_pdf_sha256 = models.CharField("SHA-256 (ban hành)", max_length=64, blank=True)
    sealed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="văn thư ký số",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sealed_at = models.DateTimeField("văn thư ký số lúc", null=True, blank=True)


class AwardRecord(models.Model):
    """The award history (hồ sơ khen thưởng): searchable, read by the consecutive-years checks."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="award_records"
    )
    name = models.CharField("họ và tên / tên tập thể", max_length=200, db_index=True)
    kind = models.CharField("đối tượng", max_length=12, default="individual")
    unit_name = models.CharField("đơn vị", max_length=200, blank=True)
    award = models.CharField("danh hiệu, hình thức", max_length=40)
    year = models.PositiveIntegerField("năm")
    decision = models.CharField("quyết định", max_length=200, blank=True)

    class Meta:
        verbose_name = "khen thưởng đã nhận"
        verbose_name_plural = "lịch sử khen thưởng"
        ordering = ["-year", "name"]


class RuleSettings(models.Model):
    """The office's settings over the shipped rules table (kehoach.emulation.rules.apply_settings):
    the figures no current text was found for, and whether the office adopted them, with its basis."""

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="emulation_settings"
    )
    values = models.JSONField("thiết lập", default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "quy định thi đua áp dụng"
        verbose_name_plural = "quy định thi đua áp dụng"
