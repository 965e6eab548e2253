"""URLs of thi đua, khen thưởng."""

from django.urls import path

from kehoach.web.emulation import award_views, settings_views, signing_views, views

app_name = "emulation"
urlpatterns = [
    path("", views.movement_list, name="list"),
    path("tu-ke-hoach/<int:plan_pk>/", views.from_plan, name="from_plan"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/phat-dong/", views.launch, name="launch"),
    path("dang-ky/<int:pk>/", views.register, name="register"),
    path("dang-ky/<int:pk>/duyet/", views.review, name="review"),
    path("<int:pk>/gui-len/", views.forward, name="forward"),
    path("<int:pk>/de-nghi/", award_views.nominate, name="nominate"),
    path("de-nghi/<int:pk>/bo-phieu/", award_views.vote, name="vote"),
    path("<int:pk>/quyet-dinh/", award_views.decision, name="decision"),
    path("<int:pk>/quyet-dinh.docx", award_views.decision_file, name="decision_file"),
    path("<int:pk>/quyet-dinh/ky-so/", signing_views.sign, name="decision_sign"),
    path("<int:pk>/quyet-dinh/dong-dau/", signing_views.seal, name="decision_seal"),
    path("<int:pk>/quyet-dinh-da-ky.pdf", signing_views.signed_file, name="decision_signed"),
    path("<int:pk>/giay-khen.pdf", award_views.certificates, name="certificates"),
    path(
        "de-nghi/<int:pk>/bao-cao-thanh-tich.docx",
        award_views.achievement_report,
        name="achievement_report",
    ),
    path("<int:pk>/bien-ban.docx", award_views.minutes, name="minutes"),
    path("<int:pk>/to-trinh.docx", award_views.submission, name="submission"),
    path("<int:pk>/bao-cao.docx", award_views.report, name="report"),
    path("lich-su/", award_views.history, name="history"),
    path("cac-phuong/", views.city, name="city"),
    path("quy-dinh/<int:org_pk>/", settings_views.rules_page, name="rules"),
]
