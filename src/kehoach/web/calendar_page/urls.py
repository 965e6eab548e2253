"""URLs of the calendar_page app."""

from django.urls import path  # noqa: F401

app_name = "calendar_page"
urlpatterns: list = []
