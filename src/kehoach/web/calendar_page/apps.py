from django.apps import AppConfig


class CalendarPageConfig(AppConfig):
    name = "kehoach.web.calendar_page"
    label = "calendar_page"
    verbose_name = "Lịch kỷ niệm"
