"""URLs of the channels pages (login) — the public ward pages are in public_urls.py."""

from django.urls import path

from kehoach.web.channels import views

app_name = "channels"
urlpatterns = [
    path("", views.message_list, name="list"),
    path("moi/", views.new_message, name="new"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/sua/", views.edit_message, name="edit"),
    path("<int:pk>/gui-duyet/", views.submit, name="submit"),
    path("<int:pk>/duyet/", views.approve, name="approve"),
    path("<int:pk>/tra-lai/", views.return_message, name="return"),
    path("<int:pk>/dang/", views.publish, name="publish"),
    path("<int:pk>/kenh/<str:channel>/", views.edit_output, name="output"),
    path("<int:pk>/nhat-ky/", views.add_log, name="log"),
    path("<int:pk>/tep/<str:name>", views.download, name="file"),
]
