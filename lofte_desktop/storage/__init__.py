"""SQLAlchemy 2.0 storage: models, engine set-up, migrations and repositories."""
