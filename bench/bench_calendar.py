"""Throughput of the Vietnamese lunar calendar: conversions per second, cold and warm cache.

Run: .venv/bin/python bench/bench_calendar.py [--n 200000]
Cold: the per-year tables are cleared before each pass, so every lunar year is computed once during it.
Warm: the same conversions again with every year already cached.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from kehoach.calendar import lunar
from kehoach.calendar.commemorations import occasions, quarter_range

START, END = date(1900, 1, 1), date(2199, 12, 31)


def _clear() -> None:
    lunar._month_eleven.cache_clear()
    lunar._solstice_year.cache_clear()


def _time(label: str, function, items: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    began = time.perf_counter()
    for item in items:
        function(item)
    elapsed = time.perf_counter() - began
    print(
        f"{label:<42} {len(items) / elapsed:>12,.0f} /s   {elapsed / len(items) * 1e6:8.2f} µs each"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200_000)
    args = parser.parse_args()
    rng = random.Random(7)
    span = (END - START).days
    solars = [START + timedelta(days=rng.randrange(span + 1)) for _ in range(args.n)]
    lunars = [lunar.solar_to_lunar(d) for d in solars if d >= date(1900, 2, 1)]
    lunars = [x for x in lunars if x.year >= 1900]

    _clear()
    _time("solar -> lunar, cold (300 years to build)", lunar.solar_to_lunar, solars)
    _time("solar -> lunar, warm", lunar.solar_to_lunar, solars)
    _clear()
    began = time.perf_counter()
    for year in range(1901, 2201):
        lunar._solstice_year(year)
    print(
        f"{'build one lunar year (new moons, terms)':<42} {(time.perf_counter() - began) / 300 * 1e6:12.1f} µs"
    )

    def back(x: lunar.LunarDate) -> None:
        lunar.lunar_to_solar(x.year, x.month, x.day, x.leap)

    _clear()
    _time("lunar -> solar, cold", back, lunars)
    _time("lunar -> solar, warm", back, lunars)

    one = [solars[0]] * 1000
    _clear()
    began = time.perf_counter()
    lunar.solar_to_lunar(solars[0])
    print(
        f"{'first conversion, empty cache (latency)':<42} {(time.perf_counter() - began) * 1e3:12.2f} ms"
    )
    _time("same date again (latency)", lunar.solar_to_lunar, one)

    began = time.perf_counter()
    for year in range(2000, 2100):
        occasions(*quarter_range(year), scope="hai-phong")
    print(
        f"{'occasions of a year, hai-phong':<42} {(time.perf_counter() - began) / 100 * 1e3:12.2f} ms"
    )


if __name__ == "__main__":
    main()
