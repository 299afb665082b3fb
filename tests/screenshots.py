"""Write PNGs of the HTML brief and the newsletter for a person to look at (`make screenshots`).

python tests/screenshots.py [OUT_DIR]        # default: screenshots/
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from browser import chromium

import summarise
from summarise.newsletters import newsletter

ROOT = Path(__file__).resolve().parent.parent
CLUSTERS = [ROOT / "seeds", ROOT / "tests" / "data" / "multiling" / "M001"]


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    pages = {
        "brief": summarise.render(
            summarise.brief([str(ROOT / "seeds")], embed_sources=True), "html"
        ),
        "newsletter": newsletter([str(c) for c in CLUSTERS], title="Morning brief", fmt="html"),
    }
    with tempfile.TemporaryDirectory() as scratch, chromium() as browser:
        for name, html in pages.items():
            path = Path(scratch) / f"{name}.html"
            path.write_text(html, encoding="utf-8")
            for label, size in {"desktop": (1300, 1000), "phone": (390, 844)}.items():
                page = browser.new_page(viewport={"width": size[0], "height": size[1]})
                page.goto(path.as_uri())
                if name == "brief":
                    page.click("a.cite >> nth=3")
                target = out / f"{name}-{label}.png"
                page.screenshot(path=str(target), full_page=label == "phone")
                page.close()
                print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
