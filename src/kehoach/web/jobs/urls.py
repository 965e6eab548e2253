from django.urls import path

from kehoach.web.jobs import views

app_name = "jobs"
urlpatterns = [
    path("<int:pk>/", views.status, name="rendering"),
    path("<int:pk>/tai-ve/", views.download, name="rendering_file"),
    path("<int:pk>/thu-lai/", views.retry, name="rendering_retry"),
]
