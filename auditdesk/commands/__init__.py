"""Sub-commands of the ``auditdesk`` CLI, one module each (see auditdesk/cli.py)."""
