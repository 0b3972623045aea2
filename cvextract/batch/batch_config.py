"""The batch configuration: validated against ``config/config.schema.json``, defaults filled in."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

from ..errors import ConfigError, CvError

DEFAULT_CONFIG = "config/config.yaml"        # relative to the workflow's directory
CONFIG_SCHEMA = "config/config.schema.json"


def stop_on_config_error(function):
    """For what the Snakefile calls while it is read and at ``onstart``: an expected error (a bad
    config value, a missing template, no LLM endpoint) ends the run with one line on stderr and exit
    status 1, instead of Snakemake's ``ConfigError in file …`` with its traceback lines.

    Snakemake catches ``Exception`` around the workflow and prints it with the lines of the rule file;
    ``SystemExit`` is not an ``Exception``: it passes through and ends the process, which releases
    Snakemake's lock as on any exit.
    """
    @functools.wraps(function)
    def stop_cleanly(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except CvError as exc:
            for line in str(exc).splitlines():  # a template's problems: one line each
                print(f"cvextract: error: {line}", file=sys.stderr, flush=True)
            raise SystemExit(1) from None

    return stop_cleanly


def load_config_file(path: Path) -> dict:
    """A YAML (or JSON) config file as a dict, with a one-line error naming it."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(path, f"cannot read the configuration ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(path, "the configuration is not a mapping of keys to values")
    return data


def _nearest_key(unknown: list[str], known: list[str]) -> str:
    """`` (did you mean 'apply'?)`` for a misspelt key, else the keys that place knows."""
    import difflib

    near = difflib.get_close_matches(str(unknown[0]), known, n=1) if len(unknown) == 1 else []
    if near:
        return f" (did you mean '{near[0]}'?)"
    return f" (known: {', '.join(known)})" if known else ""


def check_config(config: dict, schema_path: Path, origin: str | None = None) -> dict:
    """Validate against the JSON schema, fill defaults, and raise one ConfigError naming the key
    (and ``origin``, the config file the values came from, when known)."""
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    errors = sorted(Draft202012Validator(schema).iter_errors(config), key=lambda e: list(map(str, e.path)))
    if errors:
        first = errors[0]
        where = ".".join(map(str, first.absolute_path)) or "(top level)"
        if first.validator == "additionalProperties":
            known = list(first.schema.get("properties", {}))
            unknown = sorted(set(first.instance) - set(known))
            cause = f"unknown key {', '.join(map(repr, unknown))} in {where}{_nearest_key(unknown, known)}"
        elif first.validator == "required" and isinstance(first.instance, dict):
            missing = [key for key in first.validator_value if key not in first.instance]
            cause = f"missing key {', '.join(map(repr, missing))} in {where}"
        else:
            cause = f"key '{where}': {first.message}"
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ConfigError(origin, f"invalid configuration: {cause}{more}")
    filled = dict(config)
    for key, spec in schema["properties"].items():
        if key not in filled and "default" in spec:
            filled[key] = json.loads(json.dumps(spec["default"]))
        elif isinstance(filled.get(key), dict) and "properties" in spec:  # llm: {requests_per_minute: 60}
            filled[key] = {**{k: v["default"] for k, v in spec["properties"].items() if "default" in v},
                           **filled[key]}
    return filled
