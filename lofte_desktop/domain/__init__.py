"""Plain-Python domain: agreements, promises, periods, progress and the PII guard.

Nothing here imports Qt, SQLAlchemy or ReportLab (tests/test_architecture.py checks).
"""
