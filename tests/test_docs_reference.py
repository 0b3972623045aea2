"""The guide's configuration and CLI references cannot drift from the schema and the parser.

Both pages are generated when the guide is built (docs/hooks/reference_pages.py); these tests build
them the same way and check that every schema key and every option of every command is on the page,
that config/README.md (the hand-written meanings, shipped with the workflow) has a row for every
key, and that the provider examples of the LLM page are valid batch configs.
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from sample_cvs import PROJECT_ROOT

DOCS = PROJECT_ROOT / "docs"


def _hook():
    spec = importlib.util.spec_from_file_location("reference_pages", DOCS / "hooks" / "reference_pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _page(name: str) -> str:
    hook = _hook()
    return hook.on_page_markdown((DOCS / name).read_text("utf-8"))


def _schema() -> dict:
    return json.loads((PROJECT_ROOT / "config" / "config.schema.json").read_text("utf-8"))


def test_every_schema_key_is_on_the_configuration_page():
    page = _page("configuration.md")
    keys = [path for path, _ in _hook().schema_keys(_schema())]
    missing = [key for key in keys if f"| `{key}` |" not in page]
    assert not missing, f"schema keys missing from docs/configuration.md: {missing}"
    # the nested keys are there too, not only the top level
    assert "`llm.price_per_million_tokens.input`" in page and "`apply.pdf`" in page
    assert "<!-- generated" not in page
    assert "## What is searched" in page and "## Outputs" in page


def test_config_readme_has_a_meaning_for_every_configurable_key():
    """A new key goes in the schema and in config/README.md's table (the page takes its meaning from it)."""
    meanings = _hook().readme_meanings((PROJECT_ROOT / "config" / "README.md").read_text("utf-8"))
    hook = _hook()
    leaves = [path for path, sub in hook.schema_keys(_schema())
              if "properties" not in sub and "[]" not in path and not path.startswith("llm.price_per_million_tokens.")]
    missing = [key for key in leaves if key not in meanings]
    assert not missing, f"keys without a row in config/README.md: {missing}"


def test_a_key_added_to_the_schema_appears_on_the_page(tmp_path):
    (tmp_path / "config").mkdir()
    schema = _schema()
    schema["properties"]["llm"]["properties"]["new_knob"] = {"type": "integer", "default": 3, "description": "A knob."}
    (tmp_path / "config" / "config.schema.json").write_text(json.dumps(schema), "utf-8")
    (tmp_path / "config" / "README.md").write_text(
        (PROJECT_ROOT / "config" / "README.md").read_text("utf-8"), "utf-8")
    page = _hook().config_reference(tmp_path)
    assert "| `llm.new_knob` | integer | `3` |  | A knob. |" in page


def test_every_option_of_every_command_is_on_the_cli_page():
    from cvextract.cli.arguments import KNOWN_KEYS, command_parsers

    page = _page("cli.md")
    missing = []
    for parser in command_parsers():
        assert f"## `{parser.prog}`" in page
        for action in parser._actions:
            for name in action.option_strings or [action.metavar]:
                if f"`{name}`" not in page:
                    missing.append(f"{parser.prog} {name}")
    for flag, keys in KNOWN_KEYS.items():
        row = next((line for line in reversed(page.splitlines()) if line.startswith(f"| `{flag}` |")), "")
        missing += [f"{flag} {key}=" for key in keys if f"`{key}`" not in row]
    assert not missing, f"missing from docs/cli.md: {missing}"
    assert "source=&lt;file>" in page  # help text stays text, not an HTML tag


@pytest.mark.parametrize("name", ["openai", "azure-openai", "ollama", "vllm", "llama-cpp"])
def test_each_provider_example_is_a_valid_batch_config(name):
    from cvextract.adjust import check_adjust_steps
    from cvextract.batch.batch_config import check_config, load_config_file

    path = DOCS / "providers" / f"{name}.yaml"
    config = check_config(load_config_file(path), PROJECT_ROOT / "config" / "config.schema.json", str(path))
    check_adjust_steps(config["adjust"], require_endpoint=False)
    env = provider_env(path)
    assert "OPENAI_MODEL" in env and ("OPENAI_API_KEY" in env or "OPENAI_BASE_URL" in env)
    assert f"providers/{name}.yaml" in (DOCS / "llm.md").read_text("utf-8")


def provider_env(path) -> dict:
    """The ``# env: NAME=value`` lines of a provider example."""
    env = {}
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("# env: "):
            key, _, value = line[len("# env: "):].partition("=")
            env[key.strip()] = value.strip()
    return env


@pytest.mark.parametrize("name", ["openai", "azure-openai", "ollama", "vllm", "llama-cpp"])
def test_each_provider_example_tailors_a_cv_against_the_fake_server(name, fake_openai, llm_env, tmp_path):
    """The example's steps and model reach the server (the loopback stand-in, in place of its address)."""
    from cvextract.adjust import adjust_cv_data
    from cvextract.batch.batch_config import load_config_file
    from fake_openai import from_original, sample_cv

    path = DOCS / "providers" / f"{name}.yaml"
    env = provider_env(path)
    for key, value in env.items():
        if key != "OPENAI_BASE_URL":  # the fixture points the client at the fake server
            llm_env.setenv(key, value)
    fake_openai.push(from_original())
    adjusted = adjust_cv_data(sample_cv(), load_config_file(path)["adjust"], research_dir=tmp_path / "r",
                              cache_dir=None, intermediate_dir=tmp_path / "steps", source=tmp_path / "cv.json")
    assert adjusted["identity"] == sample_cv()["identity"]
    assert fake_openai.requests[0].body["model"] == env["OPENAI_MODEL"]
    assert "German" in fake_openai.requests[0].system
