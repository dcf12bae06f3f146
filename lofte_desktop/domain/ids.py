"""Record ids: random for logged work, name-based for catalogue records.

Catalogue records (agreement, areas, promises, indicators, places, indicator values
per year) get uuid5 ids from their codes, so two devices that load the same
catalogue, or type the same place name, create the same record and sync merges it
instead of duplicating it.
"""

from __future__ import annotations

# `uuid` is imported where it is used: the GUI's first paint imports this module
# (through the storage core) and never makes an id, and `uuid` loads `platform`.
_NAMESPACE = "6f1d7a53-2b1e-4c55-9b7e-6c0f4e1a9d21"


def new_id() -> str:
    import uuid

    return str(uuid.uuid4())


def stable_id(*parts: str) -> str:
    import uuid

    name = "/".join(p.strip().casefold() for p in parts)
    return str(uuid.uuid5(uuid.UUID(_NAMESPACE), name))


def is_uuid(text: str) -> bool:
    import uuid

    try:
        uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return False
    return True
