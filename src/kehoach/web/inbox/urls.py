from django.urls import path

from kehoach.web.inbox import views

app_name = "inbox"
urlpatterns = [
    path("", views.home, name="home"),
    path("thong-bao/<int:pk>/", views.read, name="read"),
    path("thong-bao/da-doc/", views.read_all, name="read_all"),
]
