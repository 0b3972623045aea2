"""Whether the configured model endpoint runs on this machine (the only place raw text may go quietly)."""

from __future__ import annotations

import ipaddress
import os
import urllib.parse

LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")


def is_local_endpoint(base_url: str | None) -> bool:
    """True for a loopback ``OPENAI_BASE_URL`` (127.0.0.0/8, ::1, localhost); no base URL is OpenAI."""
    if not base_url:
        return False
    host = urllib.parse.urlsplit(base_url if "://" in base_url else "//" + base_url).hostname or ""
    if host.lower() in LOCAL_NAMES or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def raw_text_warning(extractor: str, fallback: str | None = None) -> str | None:
    """The warning for a run whose extractor (or ``extract.fallback``, for the CVs the rules cannot
    read) sends CV text unmasked to a non-local endpoint, else None."""
    if extractor == "openai-extractor":
        what = "each CV's full text"
    elif fallback == "openai-extractor":
        what = "the full text of each CV the rules cannot read (extract fallback)"
    else:
        return None
    base_url = os.environ.get("OPENAI_BASE_URL", "").strip() or None
    if is_local_endpoint(base_url):
        return None
    return (f"openai-extractor sends {what}, personal data included, to {base_url or 'api.openai.com'} "
            "(the model has to read it; masking applies to adjust prompts only)")
