"""Offline teamwork in the window: export audit packages, merge them (the merge
view), automatic backups with the integrity check, and restore."""
