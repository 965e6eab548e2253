"""kehoach: the life of a people's committee plan (Kế hoạch), from the upper level's file to the result report."""

__version__ = "0.1.0"
