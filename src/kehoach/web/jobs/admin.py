from django.contrib import admin

from kehoach.web.jobs.models import PeriodicRun


@admin.register(PeriodicRun)
class PeriodicRunAdmin(admin.ModelAdmin):
    list_display = ["name", "day", "enqueued_at"]
    readonly_fields = ["name", "day", "enqueued_at"]

    def has_add_permission(self, request):
        return False
