"""Date and number formats of the site's languages (FORMAT_MODULE_PATH), over Django's own."""
