"""The documentation site as a reader sees it: built, served, and loaded in a real browser.

The site (``mkdocs build --strict``, the example dataset included) is served on
127.0.0.1 and pages are loaded in Debian's headless chromium, whose ``--dump-dom`` gives
the page after its scripts ran:

- every Mermaid diagram is drawn (an ``svg`` where the ``pre class="mermaid"`` was);
- the search, given a problem code, finds the problem codes page;
- no page is larger than stated (:data:`SITE_PAGE_LIMIT`, :data:`DATASET_PAGE_LIMIT`):
  record pages carry a navigation of stories and kinds, not of every record.

Material loads mermaid.js from a CDN, which a test cannot reach: the server gives the
pages a copy, named by ``NEWSMODEL_MERMAID_JS`` (``.ci/run`` fetches it with ``npm
pack mermaid``), and, for this test only, makes the diagrams' shadow roots plain
elements, which ``--dump-dom`` shows.  The test is skipped without chromium or that
copy, except under CI (``CI=true``), where it fails instead.
"""

from __future__ import annotations

import mimetypes
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from rendering import HAVE_MKDOCS, build_site

#: The most bytes of HTML any page of the site may have, but the API reference (the
#: example dataset's list of its 600-odd actors is the largest).
SITE_PAGE_LIMIT = 300_000
#: The most bytes of an API reference page: the model's lists every class and field (56
#: classes in schema 2, 1.03 MB; splitting that page is left for later).
API_PAGE_LIMIT = 1_500_000
#: The most bytes of HTML a page of the example dataset may have (its navigation included):
#: the largest is the story of xinjiang-hrc-2022, 120 facts coded (110 KB).
DATASET_PAGE_LIMIT = 150_000

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
MERMAID = os.environ.get("NEWSMODEL_MERMAID_JS", "")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)

# What the server adds to every page, for the test only: the local mermaid.js; shadow
# roots as the elements themselves, so that the drawn diagrams are in the DOM dumped;
# and, on a page opened with a search (?q=), waits for its results: each request to
# /__test__/sleep takes a quarter of a second of real time, during which chromium's
# virtual time stands still, so the search worker has the time it needs.
_INJECTED = b"""<script src="/__test__/mermaid.min.js"></script>
<script>
Element.prototype.attachShadow = function () { return this; };
addEventListener("load", async () => {
  for (let i = 0; i < 60 && location.search.includes("q=")
       && !document.querySelector(".md-search-result__item"); i++) {
    await fetch("/__test__/sleep");
  }
});
</script>
</head>"""


def _missing(what: str) -> None:
    """Skip for want of a tool, or fail under CI, where the tool must be installed."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what}: .ci/run installs it before the tests")
    pytest.skip(what)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not os.access(CHROMIUM, os.X_OK):
        _missing("no chromium: apt-get install chromium")
    if not MERMAID or not os.path.isfile(MERMAID):
        _missing("no mermaid.js: set NEWSMODEL_MERMAID_JS to mermaid.min.js (README)")
    if not HAVE_MKDOCS:
        _missing("the docs extra (mkdocs and its plugins) is not installed")
    target = tmp_path_factory.mktemp("site")
    build_site(target)
    return target


def _handler(site: Path) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = unquote(urlsplit(self.path).path)
            if path == "/__test__/sleep":
                time.sleep(0.25)
                self.send_response(204)
                self.end_headers()
                return
            file = Path(MERMAID) if path == "/__test__/mermaid.min.js" else site / path[1:]
            if file.is_dir():
                file = file / "index.html"
            if site.resolve() not in file.resolve().parents and file != Path(MERMAID):
                file = site / "missing"
            if not file.is_file():
                self.send_error(404)
                return
            data = file.read_bytes()
            if file.suffix == ".html":
                data = data.replace(b"</head>", _INJECTED, 1)
            self.send_response(200)
            self.send_header("Content-Type", mimetypes.guess_type(file.name)[0] or "text/plain")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _dom(url: str, profile: Path) -> str:
    """Return the DOM of a page after its scripts ran, as chromium dumps it."""
    result = subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--virtual-time-budget=20000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _pages_with_diagrams(site: Path) -> list[str]:
    return sorted(
        "/" + page.parent.relative_to(site).as_posix() + "/"
        for page in site.rglob("index.html")
        if b'<pre class="mermaid">' in page.read_bytes()
    )


def test_every_mermaid_diagram_is_drawn(site: Path, server: str, tmp_path: Path) -> None:
    pages = _pages_with_diagrams(site)
    # The examples have more than GRAPH_LIMIT arrows, so the dataset-wide page draws none;
    # each story and the concepts page do.
    assert "/concepts/" in pages
    assert "/example-dataset/stories/voa-mali-2022/" in pages
    for page in pages:
        built = (site / page[1:] / "index.html").read_text(encoding="utf-8")
        dom = _dom(server + page, tmp_path / "profile")
        drawn = re.findall(r'<div class="mermaid"><svg [^>]*aria-roledescription="([^"]+)"', dom)
        assert len(drawn) == built.count('<pre class="mermaid">'), page
        assert '<pre class="mermaid">' not in dom, page  # none left undrawn
        assert "Syntax error" not in dom, page


def test_search_finds_a_problem_code(server: str, tmp_path: Path) -> None:
    dom = _dom(server + "/?q=NM402", tmp_path / "profile")
    listed = dom.split('class="md-search-result__list"', 1)[1].split("</ol>", 1)[0]
    results = re.findall(r'href="([^"]+)"', listed)
    assert any("/reference/problems/" in url and url.endswith("#nm402") for url in results)


def test_no_page_is_larger_than_stated(site: Path, server: str, tmp_path: Path) -> None:
    sizes = {page: page.stat().st_size for page in site.rglob("*.html")}
    api = site / "reference" / "api"
    too_large = {
        str(p.relative_to(site)): n
        for p, n in sizes.items()
        if n > (API_PAGE_LIMIT if p.is_relative_to(api) else SITE_PAGE_LIMIT)
    }
    assert not too_large
    # Record pages; a kind's listing (actors/index.html) grows with the records and is
    # held to SITE_PAGE_LIMIT above.
    dataset = {
        p: n
        for p, n in sizes.items()
        if "example-dataset" in p.parts and p.parent.parent.name != "example-dataset"
    }
    assert len(dataset) > 200
    assert max(dataset.values()) <= DATASET_PAGE_LIMIT, max(dataset, key=dataset.__getitem__)
    # A record page as the reader gets it: its navigation lists stories and kinds only.
    dom = _dom(server + "/example-dataset/actors/mali/", tmp_path / "profile")
    nav = dom.split("md-nav--primary", 1)[1].split("md-sidebar--secondary", 1)[0]
    assert 'href="../../stories/voa-mali-2022/"' in nav
    assert "/actors/mali-government/" not in nav
