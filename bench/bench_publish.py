"""Publishing speed for a term with 20,000 activities (issue 16).

Targets:
- every output (tagged PDF, web page, 8 cards in two sizes, open data): at most 5 s;
- the web page: at most 1 MB.
Baseline in the same run: gathering the report model alone (every output is drawn
from it once) and the ReportLab print PDF of the same term.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_reports import N, best, seeded_term  # noqa: E402
from lofte_desktop.services.publish import PublishRequest  # noqa: E402
from lofte_desktop.services.reports import ReportRequest  # noqa: E402
from lofte_desktop.ui.publish.cards import card_renderer  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        svc = seeded_term(tmp)
        svc.comments.set_summary("HT2024", "Sammanfattning av hösten.")
        render = card_renderer()
        request = ReportRequest("HT2024")
        gather, _ = best(lambda: svc.reports.gather(request))
        print_pdf, _ = best(lambda: svc.reports.build(request))
        out = Path(tmp) / "ut"
        files: list[Path] = []

        def publish_all() -> None:
            files[:] = svc.publish.publish(
                PublishRequest("HT2024", out), render_card=render
            ).files

        wall, cpu = best(publish_all)
        page = next(f for f in files if f.suffix == ".html")
        size = page.stat().st_size
        print(f"{N} activities in HT2024, {len(files)} files")
        print(f"baseline: gather the report model      {gather:6.3f} s")
        print(f"baseline: print PDF (ReportLab)        {print_pdf:6.3f} s")
        print(f"publish every output                   {wall:6.3f} s "
              f"(CPU {cpu:.3f} s; target <= 5 s)")  # fmt: skip
        for f in sorted(files, key=lambda f: -f.stat().st_size)[:3]:
            print(f"  {f.name}: {f.stat().st_size / 1024:.0f} kB")
        print(f"web page                               {size / 1024:6.1f} kB "
              "(target <= 1024 kB)")  # fmt: skip
        svc.close()
        ok = wall <= 5.0 and size <= 1_000_000
        print("OK" if ok else "OVER TARGET")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
