"""manage.py generate_province [--wards 100] [--units 25]: a province's data for benchmarks."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kehoach.web.core.province import generate


class Command(BaseCommand):
    help = (
        "Tạo dữ liệu của một tỉnh để đo hiệu năng: phường, đơn vị, người dùng, kế hoạch, báo cáo."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--wards", type=int, default=100, help="số phường, xã (mặc định 100)")
        parser.add_argument("--units", type=int, default=25, help="số đơn vị mỗi phường (25)")
        parser.add_argument("--seed", type=int, default=7, help="hạt giống ngẫu nhiên")

    def handle(self, *args: Any, **options: Any) -> None:
        province = generate(options["wards"], options["units"], seed=options["seed"])
        self.stdout.write(
            f"Đã tạo {len(province.wards)} phường, {province.plans} kế hoạch, "
            f"{province.tasks} nhiệm vụ."
        )
