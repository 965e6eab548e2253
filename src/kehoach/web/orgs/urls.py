"""URLs of the organisations app."""

from django.urls import path

from kehoach.web.orgs import views

app_name = "orgs"
urlpatterns = [path("", views.mine, name="mine")]
