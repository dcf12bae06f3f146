"""Reusable widgets (one module per feature: planning_*.py, …)."""
