"""AuditDesk: offline workbench for RECP energy and water audits.

The version below is the single source of truth: pyproject reads it, and the
About box, workbook Cover and package manifests show it.
"""

__version__ = "0.1.0"
APP_NAME = "AuditDesk"
