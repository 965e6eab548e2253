"""Keys and images per person and organisation, the leader's signed PDF, checks of received PDFs, and
electronic copies with their register. Files go through Django's storage API.

A PKCS#12 file is stored as uploaded: it is encrypted by its passphrase, which is never stored (it is
asked for at every signing). The database holds only the certificate's names and validity.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kehoach.web.orgs.models import Organisation
from kehoach.web.plans.models import Plan


class SigningKey(models.Model):
    """A certificate with its key (PKCS#12) and the image it shows: a leader's or the organisation's."""

    class Holder(models.TextChoices):
        PERSON = "person", "Lãnh đạo (chữ ký cá nhân, ảnh chữ ký màu xanh)"
        ORGANISATION = "organisation", "Cơ quan (văn thư, ảnh con dấu màu đỏ)"

    organisation = models.ForeignKey(
        Organisation, verbose_name="cơ quan", on_delete=models.CASCADE, related_name="signing_keys"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người ký",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="signing_keys",
    )
    holder = models.CharField("chủ thể", max_length=20, choices=Holder.choices)
    p12 = models.FileField("tệp chứng thư số (.p12)", upload_to="chu-ky-so/", max_length=300)
    image = models.FileField("ảnh chữ ký / con dấu", upload_to="chu-ky-so/", max_length=300)
    subject = models.CharField("tên trong chứng thư", max_length=300)
    subject_organisation = models.CharField("tổ chức trong chứng thư", max_length=300, blank=True)
    not_after = models.DateTimeField("hiệu lực đến")
    uploaded_at = models.DateTimeField("tải lên lúc", auto_now=True)

    class Meta:
        verbose_name = "chứng thư số"
        verbose_name_plural = "chứng thư số"
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user", "holder"], name="signing_key_per_holder"
            )
        ]

    def __str__(self) -> str:
        return f"{self.subject} ({self.get_holder_display()})"


class LeaderSignature(models.Model):
    """The plan as the leader signed it (number and date still blank for the Văn thư)."""

    plan = models.OneToOneField(
        Plan, verbose_name="kế hoạch", on_delete=models.CASCADE, related_name="leader_signature"
    )
    pdf = models.FileField("tệp PDF đã ký", upload_to="ky-so/%Y/", max_length=300)
    pdf_sha256 = models.CharField("SHA-256", max_length=64)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người ký", null=True, on_delete=models.SET_NULL
    )
    signed_at = models.DateTimeField("ký lúc", auto_now_add=True)
    sealed_at = models.DateTimeField("văn thư ký số lúc", null=True, blank=True)

    class Meta:
        verbose_name = "chữ ký của lãnh đạo"
        verbose_name_plural = "chữ ký của lãnh đạo"


class ReceivedCheck(models.Model):
    """The verification of a received PDF's signatures (kept: the result at the time of receipt)."""

    plan = models.OneToOneField(
        Plan, verbose_name="kế hoạch", on_delete=models.CASCADE, related_name="signature_check"
    )
    report = models.JSONField("kết quả kiểm tra", default=dict)
    checked_at = models.DateTimeField("kiểm tra lúc", auto_now=True)

    class Meta:
        verbose_name = "kiểm tra chữ ký số"
        verbose_name_plural = "kiểm tra chữ ký số"


class CopyRegister(models.Model):
    """The organisation's register of copies: one sequence a year for SY, SL and TrS together."""

    organisation = models.ForeignKey(Organisation, verbose_name="cơ quan", on_delete=models.CASCADE)
    year = models.PositiveIntegerField("năm")
    last_number = models.PositiveIntegerField("số cuối đã cấp", default=0)

    class Meta:
        verbose_name = "sổ bản sao"
        verbose_name_plural = "sổ bản sao"
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year"], name="copy_register_year")
        ]


class ElectronicCopy(models.Model):
    """A signed electronic copy ("Sao y") of a received or issued plan."""

    organisation = models.ForeignKey(Organisation, verbose_name="cơ quan", on_delete=models.CASCADE)
    plan = models.ForeignKey(
        Plan, verbose_name="văn bản được sao", on_delete=models.CASCADE, related_name="copies"
    )
    year = models.PositiveIntegerField("năm")
    number = models.PositiveIntegerField("số bản sao")
    form = models.CharField("hình thức sao", max_length=5, default="SY")
    pdf = models.FileField("tệp PDF", upload_to="ban-sao/%Y/", max_length=300)
    pdf_sha256 = models.CharField("SHA-256", max_length=64)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người sao", null=True, on_delete=models.SET_NULL
    )
    made_at = models.DateTimeField("sao lúc", auto_now_add=True)

    class Meta:
        verbose_name = "bản sao điện tử"
        verbose_name_plural = "bản sao điện tử"
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "year", "number"], name="copy_number_unique"
            )
        ]

    @property
    def symbol(self) -> str:
        return f"{self.number:02d}/{self.form}"
