"""Vietnamese formats: dates as 05/03/2025, never 05-03-2025 or mm/dd/yyyy.

Django's own `vi` formats show "d-m-Y" and define no input formats, so its US default ("%m/%d/%Y")
would read 05/03/2025 as 3 May. Prose dates ("ngày 05 tháng 3 năm 2025", with Decree 30's padding of
January and February) come from the `ngay` template filter, which Django's format syntax cannot express.
Plain data, no imports: settings.py reads these lists too.
"""

DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "H:i d/m/Y"
SHORT_DATETIME_FORMAT = "H:i d/m/Y"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = r"\t\há\n\g n/Y"
MONTH_DAY_FORMAT = "d/m"
FIRST_DAY_OF_WEEK = 1  # Thứ Hai

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
