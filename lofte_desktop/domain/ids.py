"""Record ids: random for logged work, name-based for catalogue records.

Catalogue records (agreement, areas, promises, indicators, places, indicator values
per year) get uuid5 ids from their codes, so two devices that load the same
catalogue, or type the same place name, create the same record and sync merges it
instead of duplicating it.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uuid

# `uuid` is imported where it is used: the GUI's first paint imports this module
# (through the storage core) and never makes an id, and `uuid` loads `platform`.
_NAMESPACE = "6f1d7a53-2b1e-4c55-9b7e-6c0f4e1a9d21"


@cache
def _namespace() -> uuid.UUID:
    import uuid

    return uuid.UUID(_NAMESPACE)


def new_id() -> str:
    return new_ids(1)[0]


def new_ids(n: int) -> list[str]:
    """`n` random (version 4) UUIDs as text, as `str(uuid.uuid4())` writes them,
    from one read of the system's randomness (what uuid4 reads too): a bulk write
    makes 100k of them at a fraction of uuid4's cost."""
    raw = os.urandom(16 * n).hex()
    out = []
    for i in range(0, 32 * n, 32):
        h = raw[i : i + 32]
        # version 4 in the 13th hex digit; variant 10xx in the 17th
        out.append(
            f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"
        )
    return out


#: A hex digit with its two top bits set to the RFC 4122 variant (10).
_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def stable_id(*parts: str) -> str:
    import uuid

    name = "/".join(p.strip().casefold() for p in parts)
    return str(uuid.uuid5(_namespace(), name))


def is_uuid(text: str) -> bool:
    import uuid

    try:
        uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return False
    return True
