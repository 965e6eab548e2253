"""A message (tin, bài) for the channels, its versions, its editable channel outputs, and the log of
what went out (broadcasts, publications, banners) that feeds the unit's report figures."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kehoach.web.orgs.models import Organisation, Unit
from kehoach.web.tasks.models import Task


class ChannelMessage(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", "Đang soạn"
        SUBMITTED = "submitted", "Chờ duyệt nội dung"
        RETURNED = "returned", "Bị trả lại"
        APPROVED = "approved", "Đã duyệt"
        PUBLISHED = "published", "Đã đăng"

    organisation = models.ForeignKey(
        Organisation, verbose_name="cơ quan", on_delete=models.CASCADE, related_name="messages"
    )
    unit = models.ForeignKey(
        Unit,
        verbose_name="đơn vị thực hiện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="messages",
    )
    task = models.ForeignKey(
        Task,
        verbose_name="nhiệm vụ của kế hoạch",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="messages",
    )
    commemoration = models.CharField("ngày kỷ niệm", max_length=80, blank=True)
    title = models.CharField("tiêu đề", max_length=300)
    lead = models.TextField("sa-pô (tóm tắt)", blank=True)
    body = models.TextField("nội dung")
    slogans = models.JSONField("khẩu hiệu", default=list, blank=True)
    schedule = models.TextField("lịch phát trên các cụm loa", blank=True)
    state = models.CharField(
        "trạng thái", max_length=10, choices=State.choices, default=State.DRAFT
    )
    version = models.PositiveIntegerField("phiên bản", default=1)
    return_comment = models.TextField("ý kiến trả lại", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField("duyệt lúc", null=True, blank=True)
    published_at = models.DateTimeField("đăng lúc", null=True, blank=True)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    class Meta:
        verbose_name = "tin tuyên truyền"
        verbose_name_plural = "tin tuyên truyền"
        ordering = ["-updated_at", "-pk"]
        indexes = [
            models.Index(fields=["organisation", "state", "-published_at"], name="message_public")
        ]

    def __str__(self) -> str:
        return self.title


VERSION_LABELS = {
    "save": "Lưu tin",
    "submit": "Gửi duyệt",
    "approve": "Duyệt nội dung",
    "return": "Trả lại",
    "publish": "Đăng lên trang tin",
    "edit_loa": "Sửa kịch bản phát thanh",
    "edit_social": "Sửa bài mạng xã hội",
    "edit_led": "Sửa dòng chữ LED",
}


class MessageVersion(models.Model):
    """Every saved, submitted, returned, approved and published state of a message: never changed."""

    message = models.ForeignKey(ChannelMessage, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField("lần")
    action = models.CharField("thao tác", max_length=20)
    data = models.JSONField("nội dung")
    comment = models.TextField("ý kiến", blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField("lúc", auto_now_add=True)

    class Meta:
        ordering = ["message", "number"]
        constraints = [
            models.UniqueConstraint(fields=["message", "number"], name="message_version_unique")
        ]

    @property
    def label(self) -> str:
        return VERSION_LABELS.get(self.action, self.action)


class ChannelOutput(models.Model):
    """A channel's text made from the message (loudspeaker script, social post, LED line), editable."""

    class Channel(models.TextChoices):
        LOUDSPEAKER = "loa", "Kịch bản phát thanh"
        SOCIAL = "social", "Bài mạng xã hội"
        LED = "led", "Dòng chữ chạy trên màn hình LED"

    message = models.ForeignKey(ChannelMessage, on_delete=models.CASCADE, related_name="outputs")
    channel = models.CharField("kênh", max_length=10, choices=Channel.choices)
    text = models.TextField("nội dung")
    edited = models.BooleanField("đã sửa tay", default=False)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    class Meta:
        ordering = ["message", "channel"]
        constraints = [
            models.UniqueConstraint(fields=["message", "channel"], name="channel_output_unique")
        ]


class ChannelLog(models.Model):
    """What went out: a broadcast, a publication, banners hung; with date, place and count."""

    class Kind(models.TextChoices):
        BROADCAST = "broadcast", "Phát thanh"
        PUBLICATION = "publication", "Đăng tin, bài"
        BANNER = "banner", "Treo băng rôn, pa-nô"

    message = models.ForeignKey(ChannelMessage, on_delete=models.CASCADE, related_name="logs")
    kind = models.CharField("loại", max_length=12, choices=Kind.choices)
    day = models.DateField("ngày")
    place = models.CharField("nơi (cụm loa, trang, tuyến đường)", max_length=200)
    count = models.PositiveIntegerField("số lượng", default=1)
    note = models.CharField("ghi chú", max_length=300, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField("ghi lúc", auto_now_add=True)

    class Meta:
        verbose_name = "nhật ký kênh"
        verbose_name_plural = "nhật ký kênh"
        ordering = ["-day", "-pk"]
        indexes = [models.Index(fields=["message", "kind"], name="channel_log_kind")]
