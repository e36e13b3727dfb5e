"""Deliverables in the UI: workbook export and import, the portfolio roll-up and its dashboard."""
