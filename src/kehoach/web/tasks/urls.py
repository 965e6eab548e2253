"""URLs of tasks: the "what is due" home page."""

from django.urls import path

from kehoach.web.tasks import views

app_name = "tasks"
urlpatterns = [
    path("", views.home, name="home"),
    path("bat-dau/", views.start, name="start"),
]
