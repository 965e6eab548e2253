from django.urls import path

from kehoach.web.signing import views

app_name = "signing"

urlpatterns = [
    path("co-quan/<int:org_pk>/chung-thu/", views.keys, name="keys"),
    path("ke-hoach/<int:pk>/", views.plan_page, name="plan"),
    path("ke-hoach/<int:pk>/ky/", views.sign, name="sign"),
    path("ke-hoach/<int:pk>/dong-dau/", views.seal, name="seal"),
    path("ke-hoach/<int:pk>/sao-y/", views.copy, name="copy"),
    path("ban-sao/<int:pk>/", views.copy_file, name="copy_file"),
]
