"""Exchange of data with files: imports and exports (no Qt)."""
