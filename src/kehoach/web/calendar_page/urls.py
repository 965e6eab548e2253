"""URLs of the calendar page."""

from django.urls import path

from kehoach.web.calendar_page import views

app_name = "calendar_page"
urlpatterns = [
    path("", views.calendar, name="calendar"),
    path("tao-ke-hoach/", views.create_plan, name="create_plan"),
]
