from django.contrib import admin

from kehoach.web.tasks.models import PlanFigures, ReminderSent, Task


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ("unit", "plan", "role", "deadline", "report_state")
    list_filter = ("report_state", "role")
    search_fields = ("unit__name", "text", "plan__title")
    raw_id_fields = ("plan", "unit")


admin.site.register(PlanFigures)
admin.site.register(ReminderSent)
