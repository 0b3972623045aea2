"""Shared fixtures. Reference CVs are read from ../shared/reference when it exists; tests that need
them skip cleanly otherwise. Nothing from there is ever copied into the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from sample_cvs import PROJECT_ROOT

# The fake OpenAI-compatible server and web site (tests/fake_openai.py) as fixtures for every module.
pytest_plugins = ("fake_openai",)

REFERENCE_DIR = PROJECT_ROOT.parent / "shared" / "reference"


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    if not (REFERENCE_DIR / "expected").is_dir():
        pytest.skip("../shared/reference is not present")
    return REFERENCE_DIR


@pytest.fixture(scope="session")
def chromium_browser(tmp_path_factory):
    """One real headless Chromium for the session's PDF prints (tests/html_cvs.py): a browser start
    per printed page cost about 1.5 s each."""
    from chromium_page import ChromiumPage
    from system_packages import require_command

    chromium = require_command("chromium", package="chromium")
    with ChromiumPage(chromium, tmp_path_factory.mktemp("chromium") / "profile") as browser:
        yield browser
