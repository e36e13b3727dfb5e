"""Entity forms with validation messages next to each field."""
