"""An app server is ready for the deadline morning as soon as it starts."""

import subprocess
import sys

from web.sqlite_site import site_environment

LOADED = "import sys, kehoach.web.wsgi; print('kehoach.web.reports.views' in sys.modules)"


def test_an_app_server_loads_the_pages_code_when_it_starts_not_in_the_first_request(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", LOADED],
        env=site_environment(tmp_path), capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "True"
