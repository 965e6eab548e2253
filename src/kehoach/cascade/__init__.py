"""Cascade: from the upper level's plan to a draft of our implementing plan (issue 6).

`load_profile(path)` reads a unit profile (examples/profiles/*.yaml); `cascade(upper, profile)` drafts the plan.
"""

from kehoach.cascade.draft import cascade
from kehoach.cascade.mapping import Mapping, load_mapping
from kehoach.cascade.profile import Profile, Unit, load_profile, profile_from_dict

__all__ = [
    "Mapping",
    "Profile",
    "Unit",
    "cascade",
    "load_mapping",
    "load_profile",
    "profile_from_dict",
]
