"""URLs of the audit log."""

from django.urls import path

from kehoach.web.audit import views

app_name = "audit"
urlpatterns = [path("", views.entry_list, name="list")]
