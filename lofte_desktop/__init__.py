"""Löfte Desktop: log, plan, sync and follow up medborgarlöften."""

__version__ = "0.2.0"
