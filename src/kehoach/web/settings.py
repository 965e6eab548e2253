"""Settings of the kehoach site, read from environment variables (12-factor style).

DJANGO_SECRET_KEY, DJANGO_DEBUG, DJANGO_ALLOWED_HOSTS, DATABASE_URL (SQLite under var/ when unset),
KEHOACH_VAR_DIR, KEHOACH_MEDIA_ROOT (kept outside the web root), KEHOACH_UPLOAD_MAX_BYTES.
"""

from __future__ import annotations

import os
import warnings
from datetime import timedelta
from pathlib import Path

import dj_database_url

from kehoach.web.formats.vi import formats as vi_formats

WEB_DIR = Path(__file__).resolve().parent
ROOT_DIR = WEB_DIR.parent.parent.parent
VAR_DIR = Path(os.environ.get("KEHOACH_VAR_DIR", ROOT_DIR / "var"))
# The SQLite default and the media root live here: create it so a fresh install starts cleanly.
VAR_DIR.mkdir(parents=True, exist_ok=True)


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY", "dev-only-insecure-key-kehoach-change-me-in-production-0123456789"
)
DEBUG = _flag("DJANGO_DEBUG", False)
ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
    if host.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "kehoach.web.core",
    "kehoach.web.orgs",
    "kehoach.web.plans",
    "kehoach.web.audit",
    "kehoach.web.calendar_page",
    # Part 2 (issue 8) adds its apps below, one line each.
    "kehoach.web.tasks",
    "kehoach.web.reports",
    "kehoach.web.progress",
    "kehoach.web.channels",
    "kehoach.web.inbox",
    "kehoach.web.emulation",
    "kehoach.web.signing",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "kehoach.web.jobs",
    "django_prometheus",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "kehoach.web.core.unavailable.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # opening the page a notification points to marks it read (before the view draws the menu)
    "kehoach.web.inbox.middleware.ReadOnVisitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "kehoach.web.core.security.ContentSecurityPolicyMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
    # Last, as django-axes asks: it answers a locked-out login before the view runs.
    "axes.middleware.AxesMiddleware",
]

# Jobs (PDF, digests, anything over ~100 ms) go on a queue in the database (django-tasks), run by
# `kehoach worker`; `kehoach serve` starts one worker beside the site for the embedded default.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
KEHOACH_DIGEST_HOUR = int(os.environ.get("KEHOACH_DIGEST_HOUR", "7"))
# A RUNNING job whose worker has not said it is alive for this long is failed and retried
# (jobs.schedule); workers say so every KEHOACH_SCHEDULER_INTERVAL seconds.
KEHOACH_JOB_STALE_SECONDS = int(os.environ.get("KEHOACH_JOB_STALE_SECONDS", "300"))
KEHOACH_SCHEDULER_INTERVAL = float(os.environ.get("KEHOACH_SCHEDULER_INTERVAL", "60"))
# Who may read /metrics (Prometheus on this machine by default).
# Digital signatures: the folder of trusted root certificates, an RFC 3161 timestamp server, and
# "offline" to never fetch revocation data (docs/signatures.md).
KEHOACH_TRUST_DIR = os.environ.get("KEHOACH_TRUST_DIR", "")
KEHOACH_TSA_URL = os.environ.get("KEHOACH_TSA_URL", "")
KEHOACH_REVOCATION = os.environ.get("KEHOACH_REVOCATION", "online")
KEHOACH_METRICS_ALLOWED = os.environ.get("KEHOACH_METRICS_ALLOWED", "127.0.0.1,::1").split(",")

ROOT_URLCONF = "kehoach.web.urls"
WSGI_APPLICATION = "kehoach.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [WEB_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kehoach.web.core.context.navigation",
            ],
        },
    },
]

_DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'kehoach.sqlite3'}")
DATABASES = {
    "default": dj_database_url.parse(
        _DATABASE_URL,
        # SQLite keeps each thread's connection too: opening one (its functions and pragmas) cost
        # about a quarter of a report page's time. PostgreSQL's is set with the server's connections.
        conn_max_age=int(
            os.environ.get(
                "DJANGO_CONN_MAX_AGE", "600" if _DATABASE_URL.startswith("sqlite") else "0"
            )
        ),
        # A kept connection is checked before a request uses it, so the site recovers by itself
        # after PostgreSQL restarts instead of failing one request per stale connection.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The embedded default must hold a ward's deadline day: WAL lets readers go on while one writes,
    # IMMEDIATE takes the write lock when a transaction starts (so a writer waits for its turn within the
    # busy timeout instead of failing at once with "database is locked"), and the timeout is real.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": int(os.environ.get("KEHOACH_SQLITE_TIMEOUT", "30")),
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Django's validators; their messages come in Vietnamese from Django's own "vi" catalogue.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "kehoach.web.core.passwords.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "kehoach.web.core.security.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling (django-axes): an account, or an address, is locked for a while after repeated
# failures; the lock-out page (core.security.locked_out) says so in Vietnamese.
OTP_TOTP_ISSUER = "kehoach"
AXES_FAILURE_LIMIT = int(os.environ.get("KEHOACH_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("KEHOACH_LOGIN_LOCK_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "kehoach.web.core.security.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Behind a proxy the client's address is the first of X-Forwarded-For (settings_production sets it).
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Dates as Vietnamese write them (05/03/2025) in every form and page: kehoach/web/formats/vi/.
FORMAT_MODULE_PATH = ["kehoach.web.formats"]
DATE_FORMAT = vi_formats.DATE_FORMAT
SHORT_DATE_FORMAT = vi_formats.SHORT_DATE_FORMAT
DATETIME_FORMAT = vi_formats.DATETIME_FORMAT
SHORT_DATETIME_FORMAT = vi_formats.SHORT_DATETIME_FORMAT
DATE_INPUT_FORMATS = vi_formats.DATE_INPUT_FORMATS
DATETIME_INPUT_FORMATS = vi_formats.DATETIME_INPUT_FORMATS

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [WEB_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploaded, issued and generated files go to an S3-compatible store (MinIO, Ceph, a cloud's object
# storage) when KEHOACH_S3_BUCKET is set, so that every app server behind the proxy sees them.
if os.environ.get("KEHOACH_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["KEHOACH_S3_BUCKET"],
            "endpoint_url": os.environ.get("KEHOACH_S3_ENDPOINT_URL") or None,
            "access_key": os.environ.get("KEHOACH_S3_ACCESS_KEY_ID", ""),
            "secret_key": os.environ.get("KEHOACH_S3_SECRET_ACCESS_KEY", ""),
            "region_name": os.environ.get("KEHOACH_S3_REGION", "us-east-1"),
            "default_acl": None,
            "file_overwrite": False,  # a name is never reused: frozen documents stay as issued
            "querystring_auth": True,  # never public: views check access and stream the bytes
        },
    }
WHITENOISE_USE_FINDERS = True
# Static files come from the finders; an absent STATIC_ROOT (no collectstatic run) is expected.
warnings.filterwarnings("ignore", message="No directory at")
WHITENOISE_AUTOREFRESH = DEBUG

# Uploaded and generated files: never under STATIC_ROOT, never served directly; views check access.
MEDIA_ROOT = Path(os.environ.get("KEHOACH_MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media-not-served/"

# Uploads: the plan file limit; the request limit leaves room for the form fields.
KEHOACH_UPLOAD_MAX_BYTES = int(os.environ.get("KEHOACH_UPLOAD_MAX_BYTES", str(10 * 1024 * 1024)))
# Channels (station, banner and panel sizes, palette, LED screen, speech engine): a YAML file as for
# `kehoach channel --settings`; empty for the defaults.
KEHOACH_CHANNELS_SETTINGS = os.environ.get("KEHOACH_CHANNELS_SETTINGS", "")
DATA_UPLOAD_MAX_MEMORY_SIZE = KEHOACH_UPLOAD_MAX_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000
# Uploaded plans are read in a child process with this budget (kehoach.sandbox): beyond it the upload
# is refused with one sentence and the web worker is untouched.
KEHOACH_READ_MAX_BYTES = int(os.environ.get("KEHOACH_READ_MAX_MB", "512")) * 1024 * 1024
KEHOACH_READ_MAX_SECONDS = float(os.environ.get("KEHOACH_READ_MAX_SECONDS", "10"))
# An uploaded PDF may be a scan read by OCR (seconds a page): a worker reads it, within this budget.
KEHOACH_OCR_MAX_SECONDS = float(os.environ.get("KEHOACH_OCR_MAX_SECONDS", "300"))

# Unit profiles (YAML) shipped as examples; load_demo imports them.
KEHOACH_PROFILES_DIR = Path(
    os.environ.get("KEHOACH_PROFILES_DIR", ROOT_DIR / "examples" / "profiles")
)
KEHOACH_SEEDS_DIR = Path(
    os.environ.get("KEHOACH_SEEDS_DIR", ROOT_DIR / "tests" / "fixtures" / "seeds")
)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
if not DEBUG:
    SESSION_COOKIE_SECURE = _flag("DJANGO_SECURE_COOKIES", False)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "kehoach@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "kehoach.web.core.logs.JsonFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            **({"formatter": "json"} if os.environ.get("KEHOACH_LOG_FORMAT") == "json" else {}),
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
