"""WSGI entry point for gunicorn: `gunicorn kehoach.web.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kehoach.web.settings")
application = get_wsgi_application()
