from django.contrib import admin

from kehoach.web.reports.models import Evidence, ReportRevision, UnitReport


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    readonly_fields = ("name", "kind", "size", "sha256", "uploaded_by", "uploaded_at")


class RevisionInline(admin.TabularInline):
    model = ReportRevision
    extra = 0
    readonly_fields = ("number", "action", "data", "comment", "user", "created_at")


@admin.register(UnitReport)
class UnitReportAdmin(admin.ModelAdmin):
    list_display = ("task", "state", "partial", "no_activity", "submitted_at")
    list_filter = ("state", "partial", "no_activity")
    raw_id_fields = ("task",)
    inlines = [EvidenceInline, RevisionInline]
