"""The report as one self-contained HTML file: page skeleton, inlined CSS and script, JSON data.

Nothing in the page is fetched (a Content-Security-Policy forbids any request and any script but
the page's own). Data from CVs and model answers goes only into JSON blocks, escaped so that no
``</script>`` or ``<!--`` inside a CV can end the block; the script shows it with ``textContent``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from importlib.resources import files

_ASSETS = files(__package__)


def json_block(block_id: str, data) -> str:
    """``data`` as a ``<script type="application/json">`` block that no string inside can break out of."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return f'<script type="application/json" id="{block_id}">{text}</script>'


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def render_page(title: str, data: dict, changes: list) -> str:
    script = _ASSETS.joinpath("page.js").read_text(encoding="utf-8")
    style = _ASSETS.joinpath("page.css").read_text(encoding="utf-8")
    policy = (f"default-src 'none'; script-src '{_sha256(script)}'; style-src '{_sha256(style)}'; "
              "img-src 'none'; base-uri 'none'; form-action 'none'")
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{style}</style>",
        "</head><body>",
        f'<header id="summary"><h1>{html.escape(title)}</h1></header>',
        "<main>",
        '<section id="ranking" hidden></section>',
        '<div class="controls"><input id="search" type="search" placeholder="Search CVs by name" '
        'aria-label="Search CVs by name"><span id="shown" class="muted"></span></div>',
        '<table class="cvs"><thead><tr><th>CV</th><th>Status</th><th>Cause / warnings</th>'
        "<th>Time per stage</th><th>Files</th></tr></thead><tbody id=\"rows\"></tbody></table>",
        '<div id="sentinel"></div>',
        "</main>",
        '<noscript><p>This report needs JavaScript to show its rows.</p></noscript>',
        json_block("batch-data", data),
        json_block("cv-changes", changes),
        f"<script>{script}</script>",
        "</body></html>",
        "",
    ])


def render_pending(message: str) -> str:
    """A page without data or script: the batch has not ended yet."""
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
            f"<title>cvextract batch report</title></head><body><h1>cvextract batch report</h1>"
            f"<p>{html.escape(message)}</p></body></html>\n")
