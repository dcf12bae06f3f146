"""Sync packages: the file format, signing and the merge rules (no Qt, no sessions).

Services (`lofte_desktop.services.sync`) tie these to the database through
`lofte_desktop.storage.sync_store`.
"""
