"""Use cases. The UI and the CLI call these; they call storage, sync and reports."""
