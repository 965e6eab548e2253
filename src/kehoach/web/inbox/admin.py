from django.contrib import admin

from kehoach.web.inbox.models import Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["created_at", "user", "text", "read_at"]
    list_filter = ["read_at"]
