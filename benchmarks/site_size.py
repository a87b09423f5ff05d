"""Measure the size of a dataset's site, built by the mkdocs plugin, as the records grow.

For each record count, writes a generated dataset (``generate.bundles``: one file of a
report, five actors, five allegations, five responses and an event per story, so 17
records a story), builds a minimal Material site with the ``newsmodel`` plugin in a
child process, and prints the bytes of the site: all of it, its HTML, its search index,
the largest page, and bytes per record.  A site whose size grows linearly with the
records has the same bytes per record at every count.

    python benchmarks/site_size.py                 # 200 and 2,000 records
    python benchmarks/site_size.py 200 2000 5000
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import bundles

_PER_STORY = 17  # records in each bundle of generate.bundles (5 allegations)
_CONFIG = """\
site_name: Site size
theme:
  name: material
plugins:
  - search
  - newsmodel:
      data: [data/]
nav:
  - Home: index.md
  - Records: records/
"""


def build(folder: Path, records: int) -> tuple[int, float]:
    """Write a project of about ``records`` records in ``folder``, build it; return the count."""
    stories = max(1, round(records / _PER_STORY))
    data = folder / "data"
    data.mkdir(parents=True)
    for number, bundle in enumerate(islice(bundles(), stories)):
        (data / f"story-{number:05d}.json").write_text(json.dumps(bundle), encoding="utf-8")
    (folder / "docs").mkdir()
    (folder / "docs" / "index.md").write_text("# Site size\n", encoding="utf-8")
    (folder / "mkdocs.yml").write_text(_CONFIG, encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"],
        cwd=folder,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"},
        check=True,
        timeout=1800,
    )
    return stories * _PER_STORY, time.perf_counter() - started


def measure(site: Path) -> dict[str, int]:
    """Return the bytes of a built site, by part."""
    files = [p for p in site.rglob("*") if p.is_file()]
    html = [p for p in files if p.suffix == ".html"]
    records = [p for p in html if "records" in p.relative_to(site).parts]
    return {
        "total": sum(p.stat().st_size for p in files),
        "html": sum(p.stat().st_size for p in html),
        "record_html": sum(p.stat().st_size for p in records),
        "pages": len(html),
        "largest": max(p.stat().st_size for p in html),
        "search": (site / "search" / "search_index.json").stat().st_size,
    }


def main() -> None:
    """Build a site per record count given and print its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", type=int, nargs="*", default=[200, 2000])
    counts = parser.parse_args().counts
    print(
        f"{'records':>8} {'pages':>6} {'site MB':>8} {'HTML MB':>8} {'search MB':>9} "
        f"{'largest KB':>10} {'KB/record':>9} {'build s':>7}"
    )
    for count in counts:
        with tempfile.TemporaryDirectory(prefix="site-size-") as folder:
            records, seconds = build(Path(folder), count)
            size = measure(Path(folder) / "site")
        print(
            f"{records:>8} {size['pages']:>6} {size['total'] / 1e6:>8.1f} "
            f"{size['html'] / 1e6:>8.1f} {size['search'] / 1e6:>9.2f} "
            f"{size['largest'] / 1e3:>10.0f} {size['record_html'] / 1e3 / records:>9.1f} "
            f"{seconds:>7.0f}"
        )


if __name__ == "__main__":
    main()
