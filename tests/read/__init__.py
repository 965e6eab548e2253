"""Tests of kehoach.read (a package so that test module names may repeat those of other folders)."""
