"""WSGI entry point for gunicorn: `gunicorn kehoach.web.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kehoach.web.settings")
application = get_wsgi_application()
# Every page's code is loaded when an app server's worker starts, not during its first request: that
# request would otherwise wait 1.5 s (the units submitting first on a deadline morning).
get_resolver().url_patterns  # noqa: B018 - touched for its import
