"""Drive a real headless Chromium over the DevTools protocol (loopback only), for tests and benchmarks.

    with ChromiumPage(chromium_path, tmp_path / "profile") as page:
        page.open(report.as_uri())                  # waits until the page has painted its rows
        page.text("#counts")                        # what a person reads there
        page.click("tr.cv[data-name='x.docx'] button.toggle")
        page.screenshot(tmp_path / "report.png")

Chromium starts with a fresh profile and everything that could reach the network turned off;
``--remote-debugging-port=0`` lets it pick a free port, which it writes to ``DevToolsActivePort``.
"""

from __future__ import annotations

import base64
import json
import subprocess
import time
import urllib.request
from pathlib import Path

import websocket  # websocket-client

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars")
STARTUP = 60.0   # seconds: a last guard, a loaded 2-core machine is slow to start a browser
PAINT = 60.0


class ChromiumPage:
    def __init__(self, chromium: str, profile: Path, *, width: int = 1280, height: int = 800):
        self.chromium, self.profile, self.size = chromium, Path(profile), (width, height)
        self.proc = None
        self.ws = None
        self._id = 0

    def __enter__(self) -> "ChromiumPage":
        self.profile.mkdir(parents=True, exist_ok=True)
        port_file = self.profile / "DevToolsActivePort"
        port_file.unlink(missing_ok=True)
        self.proc = subprocess.Popen([self.chromium, *FLAGS, f"--user-data-dir={self.profile}",
                                      f"--window-size={self.size[0]},{self.size[1]}",
                                      "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                                      "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + STARTUP
        while not (port_file.is_file() and port_file.read_text().strip()):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError(f"{self.chromium} did not start its DevTools endpoint")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=STARTUP) as answer:
            pages = [t for t in json.load(answer) if t.get("type") == "page"]
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=STARTUP,
                                              suppress_origin=True)
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.ws is not None:
            try:
                self.send("Browser.close")
            except Exception:
                pass
            self.ws.close()
            self.ws = None
        if self.proc is not None:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None

    def send(self, method: str, **params) -> dict:
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def eval(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def open(self, url: str) -> float:
        """Load ``url`` and wait for the report's first rows to paint; returns that time in ms."""
        self.eval("document.documentElement.dataset.painted = ''")  # not the previous page's mark
        self.send("Page.navigate", url=url)
        deadline = time.monotonic() + PAINT
        while True:
            painted = self.eval("document.readyState === 'complete' && document.documentElement.dataset.painted")
            if painted:
                return float(painted)
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not paint within {PAINT} s")
            time.sleep(0.05)

    def text(self, selector: str) -> str:
        return self.eval(f"(e => e ? e.innerText : null)(document.querySelector({json.dumps(selector)}))")

    def texts(self, selector: str) -> list[str]:
        return self.eval(f"[...document.querySelectorAll({json.dumps(selector)})].map(e => e.innerText)")

    def click(self, selector: str) -> None:
        if not self.eval(f"(e => e ? (e.click(), true) : false)(document.querySelector({json.dumps(selector)}))"):
            raise AssertionError(f"nothing to click at {selector}")

    def type(self, selector: str, text: str) -> None:
        self.eval(f"(e => {{ e.value = {json.dumps(text)}; e.dispatchEvent(new Event('input')); }})"
                  f"(document.querySelector({json.dumps(selector)}))")

    def print_pdf(self, url: str, output: Path) -> Path:
        """Load ``url`` (when it and its fonts are in) and print it to the PDF ``output``: what
        ``chromium --headless --print-to-pdf --no-pdf-header-footer`` writes, without a browser start."""
        self.send("Page.navigate", url=url)
        deadline = time.monotonic() + PAINT
        while self.eval(f"document.readyState === 'complete' && location.href === {json.dumps(url)}") is not True:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not load within {PAINT} s")
            time.sleep(0.02)
        self.eval("document.fonts.ready.then(() => true)")
        Path(output).write_bytes(base64.b64decode(self.send("Page.printToPDF")["data"]))
        return Path(output)

    def screenshot(self, path: Path) -> Path:
        shot = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=False)
        Path(path).write_bytes(base64.b64decode(shot["data"]))
        return Path(path)
