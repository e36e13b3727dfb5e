"""Workspace pages shown beside the navigator, one per selected node kind."""
