"""Public pages: a ward's published messages, each article, and its Atom feed (no login)."""

from django.urls import path

from kehoach.web.channels import public_views

app_name = "tin"
urlpatterns = [
    path("<slug:slug>/", public_views.ward_page, name="ward"),
    path("<slug:slug>/feed.atom", public_views.feed, name="feed"),
    path("<slug:slug>/<int:pk>/", public_views.article, name="article"),
]
