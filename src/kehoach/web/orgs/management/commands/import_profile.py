"""`manage.py import_profile FILE.yaml [--slug S] [--parent SLUG]`: an organisation from a unit profile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.text import slugify

from kehoach.document.text import fold
from kehoach.errors import InputError
from kehoach.web.orgs.models import Organisation
from kehoach.web.orgs.profiles import import_profile, read_profile_file


class Command(BaseCommand):
    help = "Nhập (hoặc cập nhật) một cơ quan và các đơn vị của nó từ hồ sơ đơn vị YAML."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--slug", help="mã cơ quan (mặc định: theo tên tệp)")
        parser.add_argument("--parent", help="mã cơ quan cấp trên")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"]
        parent = None
        if options["parent"]:
            parent = Organisation.objects.filter(slug=options["parent"]).first()
            if parent is None:
                raise CommandError(f"Không có cơ quan mã {options['parent']}.")
        try:
            data = read_profile_file(path)
            org = import_profile(data, options["slug"] or slugify(fold(path.stem)), parent)
        except InputError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"{org.name}: {org.units.count()} đơn vị.")
