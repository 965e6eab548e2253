"""In-app notifications: what happened that a person should know. The daily e-mail digest carries the
ones not yet read nor mailed."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kehoach.web.orgs.models import Organisation


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người nhận",
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name="cơ quan", on_delete=models.CASCADE, related_name="+"
    )
    text = models.CharField("nội dung", max_length=500)
    url = models.CharField("đường dẫn", max_length=300, blank=True)
    created_at = models.DateTimeField("lúc", auto_now_add=True)
    read_at = models.DateTimeField("đã đọc lúc", null=True, blank=True)
    # The event ("plan.submit", "report.return", "task.late"...): the digest mails some kinds.
    kind = models.CharField("loại", max_length=30, blank=True, default="")
    # What the notification is about when it must be sent once only ("task:12:late"): the daily
    # deadline run may look at a task many times, the unit hears of it once.
    key = models.CharField("mã sự kiện", max_length=60, blank=True, default="")
    mailed_at = models.DateTimeField("đã gửi thư lúc", null=True, blank=True)

    class Meta:
        verbose_name = "thông báo"
        verbose_name_plural = "thông báo"
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "read_at"], name="notification_unread"),
            # the daily deadline run asks "who was told of these events" by key alone
            models.Index(fields=["key"], condition=~models.Q(key=""), name="notification_key"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "key"], condition=~models.Q(key=""), name="notification_once"
            )
        ]

    def __str__(self) -> str:
        return self.text
