"""A mail backend whose server is down (the real SMTP backend pointed at a closed port)."""

from django.core.mail.backends.smtp import EmailBackend


class Backend(EmailBackend):
    def __init__(self, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(host="127.0.0.1", port=1, timeout=2, **kwargs)
