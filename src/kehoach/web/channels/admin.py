from django.contrib import admin

from kehoach.web.channels.models import ChannelLog, ChannelMessage


@admin.register(ChannelMessage)
class ChannelMessageAdmin(admin.ModelAdmin):
    list_display = ("title", "organisation", "state", "updated_at")
    list_filter = ("state", "organisation")


@admin.register(ChannelLog)
class ChannelLogAdmin(admin.ModelAdmin):
    list_display = ("message", "kind", "day", "place", "count")
