"""Issue 14 §6 figures: an export for a peer on release 0.1.0 (schema 1, every
record through the hold-back rules of sync/compat.py) against the same export for
a peer on this release, in the same run, on the same database.

Target: the rules cost at most 1.5x the plain export (both write the same records:
the source holds only what 0.1.0 reads, so nothing is held back and the packages
match in size).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_sync import build_source  # noqa: E402  (the same presence rows)

N = 50_000


def main(n: int = N) -> int:
    from lofte_desktop.domain.ids import new_id
    from lofte_desktop.services.sync_versions import remember_writer
    from lofte_desktop.storage import sync_store as store
    from lofte_desktop.storage.meta import utcnow
    from lofte_desktop.sync.package import Writer

    with tempfile.TemporaryDirectory() as tmp:
        svc = build_source(Path(tmp) / "src.sqlite", n)
        old, new = new_id(), new_id()
        with svc.ctx.db.write_connection() as conn:
            for peer, writer in (
                (old, Writer("0.1.0", 1, 1)),
                (new, Writer("0.2.0", 2, 2)),
            ):
                store.upsert_device(
                    conn, peer, name=peer[:8], party="", public_key="x",
                    fingerprint=peer, trusted=True, is_self=False,
                    first_seen=utcnow(),
                )  # fmt: skip
                remember_writer(conn, peer, writer)
        figures: dict[str, float] = {}
        for _round in range(2):  # the better of two, each side
            for name, peer in (("plain", new), ("for 0.1.0", old)):
                t0 = time.perf_counter()
                result = svc.sync.export(Path(tmp) / f"{name}.loftesync", peer=peer)
                took = time.perf_counter() - t0
                figures[name] = min(figures.get(name, took), took)
                assert result.schema == (1 if peer == old else 2), result
                assert result.held == (), result.held
        svc.close()
    ratio = figures["for 0.1.0"] / figures["plain"]
    print(
        f"export of {n} activities for a peer on this release: {figures['plain']:.2f} s"
    )
    print(
        f"the same for a peer on 0.1.0 (rules applied):      {figures['for 0.1.0']:.2f} s"
    )
    print(f"ratio {ratio:.2f} (target at most 1.5)")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else N))
