"""Production settings: the site's settings behind HTTPS (nginx in front), checked by
`manage.py check --deploy`. Use DJANGO_SETTINGS_MODULE=kehoach.web.settings_production.

The development secret key is refused: DJANGO_SECRET_KEY must be set (50+ random characters).
"""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

from kehoach.web.settings import *  # noqa: F403
from kehoach.web.settings import SECRET_KEY

if os.environ.get("DJANGO_SECRET_KEY") is None or SECRET_KEY.startswith("dev-only-"):
    raise ImproperlyConfigured(
        "Chưa đặt DJANGO_SECRET_KEY: hãy đặt biến môi trường này (ít nhất 50 ký tự ngẫu nhiên) "
        "trước khi chạy ở chế độ sản xuất."
    )

DEBUG = False
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = os.environ.get("KEHOACH_SSL_REDIRECT", "1") == "1"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("KEHOACH_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "same-origin"
# nginx sets X-Forwarded-For to the client's address; axes reads it from there.
AXES_IPWARE_PROXY_COUNT = 1
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
