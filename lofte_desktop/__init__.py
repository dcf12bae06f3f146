"""Löfte Desktop: log, plan, sync and follow up medborgarlöften."""

__version__ = "0.1.0"
