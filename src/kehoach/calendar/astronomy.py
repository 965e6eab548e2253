"""New moons and the sun's longitude, to the precision the Vietnamese calendar tables were built with.

The Vietnamese lunar calendar (Hồ Ngọc Đức's published rules) places each month at the local day
(UTC+7) of a new moon and the leap month by the 30-degree sectors of the sun's apparent longitude.
The series below are the truncated ones from Meeus' "Astronomical Formulae for Calculators" (mean
new moon plus the largest periodic terms) and the low-precision solar longitude; using exactly these
keeps our borderline days identical to the published Vietnamese tables.
"""

from __future__ import annotations

import math
from datetime import date

# Julian day number of 0001-01-01 minus its proleptic ordinal: jdn = date.toordinal() + JDN_OFFSET.
JDN_OFFSET = 1721425
SYNODIC_MONTH = 29.530588853
# Julian date of the mean new moon k = 0 (1900-01-01 13:52 UT).
NEW_MOON_EPOCH = 2415021.076998695

_RAD = math.pi / 180.0


def jdn_from_date(day: date) -> int:
    """Julian day number (noon-based, integer) of a Gregorian date."""
    return day.toordinal() + JDN_OFFSET


def date_from_jdn(jdn: int) -> date:
    """Gregorian date of a Julian day number."""
    return date.fromordinal(jdn - JDN_OFFSET)


def new_moon(k: int) -> float:
    """Julian date (UT) of the k-th new moon after the one of January 1900."""
    t = k / 1236.85
    t2 = t * t
    t3 = t2 * t
    mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    mean += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * _RAD)
    sun_anomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * _RAD
    moon_anomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * _RAD
    latitude_arg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * _RAD
    m, mp, f = sun_anomaly, moon_anomaly, latitude_arg
    correction = (
        (0.1734 - 0.000393 * t) * math.sin(m)
        + 0.0021 * math.sin(2 * m)
        - 0.4068 * math.sin(mp)
        + 0.0161 * math.sin(2 * mp)
        - 0.0004 * math.sin(3 * mp)
        + 0.0104 * math.sin(2 * f)
        - 0.0051 * math.sin(m + mp)
        - 0.0074 * math.sin(m - mp)
        + 0.0004 * math.sin(2 * f + m)
        - 0.0004 * math.sin(2 * f - m)
        - 0.0006 * math.sin(2 * f + mp)
        + 0.0010 * math.sin(2 * f - mp)
        + 0.0005 * math.sin(m + 2 * mp)
    )
    # Delta T (terrestrial minus universal time), in days, as a polynomial in centuries from 1900.
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return mean + correction - delta_t


def new_moon_day(k: int, tz_hours: float = 7.0) -> int:
    """Julian day number of the local civil day on which the k-th new moon falls."""
    return math.floor(new_moon(k) + 0.5 + tz_hours / 24.0)


def sun_longitude(jd: float) -> float:
    """Apparent longitude of the sun in radians, in [0, 2*pi), at Julian date `jd` (UT)."""
    t = (jd - 2451545.0) / 36525.0
    t2 = t * t
    anomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t2 * t) * _RAD
    mean_longitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(anomaly)
    centre += (0.019993 - 0.000101 * t) * math.sin(2 * anomaly) + 0.000290 * math.sin(3 * anomaly)
    longitude = (mean_longitude + centre) * _RAD
    return longitude - 2 * math.pi * math.floor(longitude / (2 * math.pi))


def sun_sector(jdn: int, tz_hours: float = 7.0) -> int:
    """Which 30-degree sector (0 = from the March equinox .. 11) the sun is in at the start of a local day.

    Sector boundaries are the major solar terms (trung khí); sector 9 starts at the winter solstice.
    """
    return int(sun_longitude(jdn - 0.5 - tz_hours / 24.0) / math.pi * 6)


def new_moon_index(jd: float) -> int:
    """The k of the new moon nearest to Julian date `jd`."""
    return math.floor((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5)
