"""URL map: one include per app. Part 2 (issue 8) adds its apps with one line each."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from kehoach.web.core import health, metrics, twofactor
from kehoach.web.core import views as core_views

handler500 = "kehoach.web.core.unavailable.server_error"

admin.site.site_header = "Quản trị kehoach"
admin.site.site_title = "kehoach"
admin.site.index_title = "Cơ quan, người dùng, kế hoạch"

urlpatterns = [
    path("", core_views.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("metrics", metrics.metrics, name="metrics"),
    path("dang-nhap/", twofactor.LoginView.as_view(), name="login"),
    path("tai-khoan/xac-thuc-hai-buoc/", twofactor.setup, name="twofactor"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("quan-tri/", admin.site.urls),
    path("co-quan/", include("kehoach.web.orgs.urls")),
    path("ke-hoach/", include("kehoach.web.plans.urls")),
    path("lich/", include("kehoach.web.calendar_page.urls")),
    path("nhat-ky/", include("kehoach.web.audit.urls")),
    # Part 2: tasks and reports.
    path("viec/", include("kehoach.web.tasks.urls")),
    path("bao-cao/", include("kehoach.web.reports.urls")),
    path("tien-do/", include("kehoach.web.progress.urls")),
    path("kenh/", include("kehoach.web.channels.urls")),
    path("tin/", include("kehoach.web.channels.public_urls")),
    path("viec-can-lam/", include("kehoach.web.inbox.urls")),
    path("thi-dua/", include("kehoach.web.emulation.urls")),
    path("ky-so/", include("kehoach.web.signing.urls")),
    path("tep/", include("kehoach.web.jobs.urls")),
]
