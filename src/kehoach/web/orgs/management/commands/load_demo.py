"""`manage.py load_demo`: the demo city, wards, units, users and seed plans; prints the logins."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from kehoach.errors import InputError
from kehoach.web.orgs.demo import load_demo


class Command(BaseCommand):
    help = "Nạp dữ liệu mẫu (Hải Phòng, hai phường, người dùng, năm kế hoạch mẫu). Chạy lại không nhân đôi."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            logins = load_demo()
        except InputError as error:
            raise CommandError(str(error)) from None
        self.stdout.write("Tài khoản dùng thử (tên đăng nhập / mật khẩu):")
        for login in logins:
            self.stdout.write(f"  {login.username:<20} {login.password:<20} {login.who}")
