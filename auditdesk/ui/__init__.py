"""The Qt user interface. Depends on the core packages; they never import it."""
