"""The single-file CLI as a user meets it: status line, files on disk, one-line errors, exit codes.

Most cases call ``cvextract.cli.main`` in this process (fast); the subprocess tests check what only
a real process shows: exit status, no traceback without ``--debug``, and the modules it imports.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cli_runs import cli, run_cli
from cvextract.cli import main
from cvextract.layout import TARGET_MARKER
from docx_files import docx_text, docx_with, jinja_error_template, rewrite_docx, write_zip, xxe_document
from sample_cvs import TEMPLATE_PATH, make_cv_data, write_cv

SECRET = "TOP-SECRET-7731"


def files_below(folder: Path) -> list[Path]:
    """The outputs below ``folder`` (the marker a successful run leaves in its target aside)."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name != TARGET_MARKER) if folder.exists() else []


@pytest.fixture
def cv(tmp_path) -> tuple[Path, dict]:
    data = make_cv_data(1, special_chars=True)
    path = tmp_path / "in" / "Grace Hopper CV.docx"
    write_cv(path, data)
    return path, data


# --- the happy paths ------------------------------------------------------------------------------
def test_extract_and_apply_write_json_and_document_with_one_status_line(tmp_path, capsys, cv):
    source, data = cv
    out = tmp_path / "out"
    code, stdout, stderr = cli(capsys, "--extract", f"source={source}", "--apply", f"template={TEMPLATE_PATH}",
                               "--target", out)
    assert code == 0, stderr
    json_path = out / "structured_data" / "Grace Hopper CV.json"
    doc_path = out / "documents" / "Grace Hopper CV_NEW.docx"
    assert stdout.splitlines() == [f"[ok] Grace Hopper CV.docx: extract -> {json_path}; apply -> {doc_path}"]
    assert stderr == ""
    assert json.loads(json_path.read_text("utf-8")) == data
    text = docx_text(doc_path)
    assert data["identity"]["full_name"] in text and data["experiences"][0]["heading"] in text
    assert files_below(out) == [doc_path, json_path]


def test_render_alias_and_output_paths_relative_to_the_target_or_absolute(tmp_path, capsys, cv):
    source, data = cv
    out = tmp_path / "out"
    absolute_doc = tmp_path / "elsewhere" / "final.docx"
    code, stdout, stderr = cli(capsys, "--extract", f"source={source}", "output=custom/cv.json",
                               "--render", f"template={TEMPLATE_PATH}", f"output={absolute_doc}", "--target", out)
    assert code == 0, stderr
    assert json.loads((out / "custom" / "cv.json").read_text("utf-8")) == data
    assert data["identity"]["full_name"] in docx_text(absolute_doc)
    assert files_below(out) == [out / "custom" / "cv.json"]
    assert stdout.splitlines() == [f"[ok] Grace Hopper CV.docx: extract -> {out / 'custom' / 'cv.json'}; "
                                   f"apply -> {absolute_doc}"]


def test_apply_alone_renders_an_existing_json(tmp_path, capsys, cv):
    source, data = cv
    assert cli(capsys, "--extract", f"source={source}", "--target", tmp_path / "first")[0] == 0
    json_path = tmp_path / "first" / "structured_data" / "Grace Hopper CV.json"
    code, stdout, stderr = cli(capsys, "--apply", f"template={TEMPLATE_PATH}", f"data={json_path}",
                               "--target", tmp_path / "second")
    assert code == 0, stderr
    doc = tmp_path / "second" / "documents" / "Grace Hopper CV_NEW.docx"
    assert stdout.splitlines() == [f"[ok] Grace Hopper CV.json: apply -> {doc}"]
    assert data["overview"][:30] in docx_text(doc)


def test_extraction_warnings_are_counted_in_the_status_line_and_listed_on_stderr(tmp_path, capsys):
    data = make_cv_data(3, special_chars=False)
    data["sidebar"]["tools"] = []
    write_cv(tmp_path / "thin.docx", data)
    code, stdout, stderr = cli(capsys, "--extract", f"source={tmp_path / 'thin.docx'}", "--target", tmp_path / "out")
    assert code == 0
    assert stdout.startswith("[ok, 1 warning(s)] thin.docx: extract -> ")
    assert stderr.splitlines() == ["WARNING: thin.docx: missing sidebar: tools"]


@pytest.mark.parametrize("kind, expected", [
    ("extractors", ["default-docx-cv-extractor", "openai-extractor"]),
    ("adjusters", ["openai-company-research", "openai-job-specific", "openai-translate"]),
    ("renderers", ["default-docx-cv-renderer"]),
])
def test_list_names_each_implementation(capsys, kind, expected):
    code, stdout, _ = cli(capsys, "--list", kind)
    assert code == 0
    assert stdout.splitlines()[0] == f"Available {kind}:"
    names = [line.strip() for line in stdout.splitlines() if line.startswith("  ") and not line.startswith("    ")]
    assert names == expected


# --- usage errors: exit 2, one line ------------------------------------------------------------
@pytest.mark.parametrize("args, message", [
    (["--extract", "source=cv.docx"], "--target DIR is required"),
    (["--target", "out"], "nothing to do"),
    (["--extract", "--target", "out"], "--extract needs source=<file>"),
    (["--extract", "source=cv.docx", "--apply", "--target", "out"], "--apply needs template=<docx>"),
    (["--apply", f"template={TEMPLATE_PATH}", "--target", "out"], "the first stage needs data=<json>"),
    (["--extract", "=x", "--target", "out"], "empty key"),
    (["--extract", "source=cv.docx", "name=bogus", "--target", "out"], "--extract name=bogus: unknown extractor"),
    (["--extract", "source=cv.docx", "--adjust", "name=bogus", "--target", "out"], "unknown adjuster 'bogus'"),
    # A key without its value is not a flag: no silent default, no pattern 'True'.
    (["--extract", "source=cv.docx", "name", "--target", "out"], "--extract: name needs a value (name=...)"),
    (["--extract", "--parallel", "source=cvs", "file-type", "--target", "out"], "--parallel: file-type needs a value"),
    (["--extract", "--parallel", "source=cvs", "n=", "--target", "out"], "--parallel: n needs a value"),
    # data=/output= steer the chain: they go in the first --adjust group only, not silently dropped.
    (["--extract", "source=cv.docx", "--adjust", "name=openai-translate", "language=de", "--adjust",
      "name=openai-translate", "language=fr", "output=fr.json", "--target", "out"],
     "--adjust: output= goes in the first --adjust group"),
    (["--extract", "source=cv.docx", "--adjust", "name=openai-translate", "language=de", "verifier=roundtrip",
      "--target", "out"], "adjuster 'openai-translate' does not take verifier"),
])
def test_usage_errors_exit_2_with_one_line(tmp_path, capsys, args, message):
    code, stdout, stderr = cli(capsys, *args)
    assert code == 2
    assert stdout == ""
    assert len(stderr.splitlines()) == 1 and stderr.startswith("cvextract: error: ") and message in stderr


# --- bad inputs: exit 1, one line naming the file and the cause, no output file ---------------
def _xxe_docx(path: Path, tmp_path: Path) -> Path:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    return docx_with(path, xxe_document(secret))


def _without_markers(path: Path, tmp_path: Path) -> Path:
    """A real CV (identity and sidebar in the header) whose body lost its OVERVIEW/EXPERIENCE headings."""
    write_cv(tmp_path / "full.docx", make_cv_data(2, special_chars=False))

    def edit(xml: str) -> str:
        assert ">OVERVIEW<" in xml and ">PROFESSIONAL EXPERIENCE<" in xml
        return xml.replace(">OVERVIEW<", ">SUMMARY<").replace(">PROFESSIONAL EXPERIENCE<", ">HISTORY<")

    return rewrite_docx(tmp_path / "full.docx", path, edit)


def _docm(path: Path, tmp_path: Path) -> Path:
    write_cv(path, make_cv_data(4, special_chars=False))  # a valid CV, refused for its suffix
    return path


BAD_SOURCES = {
    "missing": ("nope.docx", lambda p, t: p, "file not found"),
    "directory": ("folder.docx", lambda p, t: (p.mkdir(), p)[1], "is a directory"),
    "zero bytes": ("empty.docx", lambda p, t: (p.write_bytes(b""), p)[1], "is empty (0 bytes)"),
    "text renamed .docx": ("notes.docx", lambda p, t: (p.write_text("Just text.\n"), p)[1], "is not a DOCX (ZIP) file"),
    "zip without document.xml": ("plain.docx", lambda p, t: write_zip(p, {"readme.txt": "hello"}),
                                 "has no word/document.xml"),
    ".docm": ("macro.docm", _docm, "macro-enabled .docm files are refused"),
    "OLE / password-protected": (
        "protected.docx", lambda p, t: (p.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"junk" * 200), p)[1],
        "password-protected"),
    "external entity": ("xxe.docx", _xxe_docx, "DOCTYPE"),
    "no OVERVIEW/EXPERIENCE markers": ("headings gone.docx", _without_markers,
                                       "no experience section found (headings seen: "),
}


@pytest.mark.parametrize("case", list(BAD_SOURCES))
def test_bad_source_is_one_line_naming_the_file_exit_1_and_no_output(tmp_path, capsys, case):
    name, make, cause = BAD_SOURCES[case]
    (tmp_path / "in").mkdir()
    source = make(tmp_path / "in" / name, tmp_path)
    out = tmp_path / "out"
    code, stdout, stderr = cli(capsys, "--extract", f"source={source}", "--apply", f"template={TEMPLATE_PATH}",
                               "--target", out)
    assert code == 1
    assert stdout == ""
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"ERROR: {source}: ") and cause in lines[0]
    assert SECRET not in stderr
    assert files_below(out) == []


BAD_TEMPLATES = {
    "missing": (lambda p: p, "template not found"),
    "not a DOCX": (lambda p: (p.write_text("not a zip"), p)[1], "template is not a DOCX file"),
    "Jinja syntax error": (jinja_error_template, "Jinja syntax error in word/document.xml"),
}


@pytest.mark.parametrize("case", list(BAD_TEMPLATES))
def test_bad_template_is_one_line_naming_the_template_and_leaves_no_output(tmp_path, capsys, cv, case):
    make, cause = BAD_TEMPLATES[case]
    template = make(tmp_path / "my template.docx")
    out = tmp_path / "out"
    code, stdout, stderr = cli(capsys, "--extract", f"source={cv[0]}", "--apply", f"template={template}",
                               "--target", out)
    assert code == 1
    assert stdout == ""
    assert len(stderr.splitlines()) == 1
    assert stderr.startswith(f"ERROR: {template}: ") and cause in stderr
    assert files_below(out) == []  # not even the structured JSON of the CV


def test_a_failing_later_stage_keeps_an_output_that_existed_before(tmp_path, capsys, cv):
    out = tmp_path / "out"
    assert cli(capsys, "--extract", f"source={cv[0]}", "--target", out)[0] == 0
    json_path = out / "structured_data" / "Grace Hopper CV.json"
    template = jinja_error_template(tmp_path / "broken.docx")
    code, _, stderr = cli(capsys, "--extract", f"source={cv[0]}", "--apply", f"template={template}", "--target", out)
    assert code == 1 and "Jinja syntax error" in stderr
    assert json.loads(json_path.read_text("utf-8")) == cv[1]
    assert files_below(out) == [json_path]


def test_an_unexpected_exception_is_one_line_and_a_traceback_only_with_debug(tmp_path, capsys, cv, monkeypatch):
    from cvextract import stages

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(stages, "extract_cv", boom)
    args = ["--extract", f"source={cv[0]}", "--target", tmp_path / "out"]
    code, _, stderr = cli(capsys, *args)
    assert code == 1
    assert stderr.splitlines() == ["ERROR: unexpected error: RuntimeError: disk on fire "
                                   "(rerun with --debug for the traceback)"]
    with pytest.raises(RuntimeError, match="disk on fire"):
        main([*map(str, args), "--debug"])


def test_log_file_gets_every_level_with_timestamps(tmp_path, capsys):
    log_file = tmp_path / "logs" / "run.log"
    code, _, stderr = cli(capsys, "--extract", f"source={tmp_path / 'nope.docx'}", "--target", tmp_path / "out",
                          "--log-file", log_file)
    assert code == 1 and "file not found" in stderr
    lines = log_file.read_text("utf-8").splitlines()
    assert len(lines) == 1
    assert re.fullmatch(rf"\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d,\d{{3}} \| ERROR \| {re.escape(str(tmp_path))}/nope.docx: "
                        "file not found", lines[0])


def test_main_called_twice_in_one_process_prints_each_error_once(tmp_path, capsys):
    for _ in range(2):
        code, _, stderr = cli(capsys, "--extract", f"source={tmp_path / 'nope.docx'}", "--target", tmp_path / "out")
        assert code == 1 and len(stderr.splitlines()) == 1


def test_unwritable_log_file_is_one_line(tmp_path, capsys):
    (tmp_path / "a-file").write_text("x")
    code, _, stderr = cli(capsys, "--extract", f"source={tmp_path / 'cv.docx'}", "--target", tmp_path / "out",
                          "--log-file", tmp_path / "a-file" / "run.log")
    assert code == 1
    assert len(stderr.splitlines()) == 1 and stderr.startswith(f"cvextract: error: --log-file {tmp_path}/a-file/run.log")


# --- a real process --------------------------------------------------------------------------------
def test_real_process_exit_codes_and_no_traceback_without_debug(tmp_path, cv):
    protected = tmp_path / "protected.docx"
    protected.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"junk" * 200)
    out = tmp_path / "out"

    bad = run_cli("--extract", f"source={protected}", "--apply", f"template={TEMPLATE_PATH}", "--target", out)
    assert bad.returncode == 1
    assert bad.stdout == ""
    assert len(bad.stderr.splitlines()) == 1 and str(protected) in bad.stderr and "password-protected" in bad.stderr
    assert "Traceback" not in bad.stderr

    debug = run_cli("--extract", f"source={protected}", "--target", out, "--debug")
    assert debug.returncode == 1
    assert "Traceback (most recent call last)" in debug.stderr and "password-protected" in debug.stderr

    usage = run_cli("--list", "nothing")
    assert usage.returncode == 2 and "invalid choice" in usage.stderr and "Traceback" not in usage.stderr

    good = run_cli("--extract", f"source={cv[0]}", "--apply", f"template={TEMPLATE_PATH}", "--target", "out",
                   cwd=tmp_path)
    assert good.returncode == 0, good.stderr
    assert good.stdout.splitlines() == ["[ok] Grace Hopper CV.docx: extract -> out/structured_data/Grace Hopper CV.json;"
                                        " apply -> out/documents/Grace Hopper CV_NEW.docx"]
    assert files_below(out) == [out / "documents" / "Grace Hopper CV_NEW.docx",
                                out / "structured_data" / "Grace Hopper CV.json"]
    assert files_below(tmp_path / "in") == [cv[0]]


def test_extract_and_apply_do_not_import_the_openai_sdk(tmp_path, cv):
    probe = (
        "import sys\n"
        "from cvextract.cli import main\n"
        f"code = main(['--extract', 'source={cv[0]}', '--apply', 'template={TEMPLATE_PATH}',"
        f" '--target', '{tmp_path / 'out'}'])\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('openai', 'httpx', 'snakemake')))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 []"
    assert (tmp_path / "out" / "documents" / "Grace Hopper CV_NEW.docx").is_file()


def test_a_misspelled_stage_key_is_a_usage_error(capsys, tmp_path):
    code, out, err = cli(capsys, "--extract", f"source={tmp_path / 'cv.docx'}", "ouput=x.json", "--target", tmp_path)
    assert code == 2
    assert "--extract: unknown key 'ouput'" in err and "output" in err
    assert not (tmp_path / "structured_data").exists()


def test_an_unwritable_target_is_one_line_naming_the_output(capsys, tmp_path):
    source = tmp_path / "cv.docx"
    write_cv(source, make_cv_data(0))
    blocker = tmp_path / "target"
    blocker.write_text("a file where the target folder should be", encoding="utf-8")
    code, out, err = cli(capsys, "--extract", f"source={source}", "--target", blocker)
    assert code == 1
    assert err.strip().splitlines() == [
        f"ERROR: {blocker / 'structured_data' / 'cv.json'}: cannot write here (Not a directory)"]


def test_ctrl_c_exits_130_with_one_line_and_no_output(tmp_path, fake_openai):
    """Interrupted while the model is thinking: exit 130, one line, nothing written."""
    import os
    import signal
    import threading

    from fake_openai import chat, sample_cv

    release = threading.Event()
    fake_openai.default = lambda request: (release.wait(60), chat(sample_cv()))[1]
    source = tmp_path / "cv.txt"
    source.write_text("Jane Doe\nCloud Engineer\n", encoding="utf-8")
    env = dict(os.environ, CVEXTRACT_LLM_TIMEOUT="120")
    # As from a terminal: Ctrl-C reaches it (a suite started in the background would pass SIGINT on ignored).
    proc = subprocess.Popen([sys.executable, "-m", "cvextract.cli", "--extract", f"source={source}",
                             "name=openai-extractor", "--target", str(tmp_path / "out")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        with fake_openai.changed:
            assert fake_openai.changed.wait_for(lambda: fake_openai.in_flight == 1, timeout=60)
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        release.set()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    assert stdout == ""
    assert stderr.splitlines() == ["ERROR: interrupted"]
    assert files_below(tmp_path / "out") == []


def test_a_failed_adjust_names_the_source_cv_and_the_guard_log_not_the_removed_json(tmp_path, fake_openai, capsys):
    """The extracted JSON the step read is rolled back with the failure: the message names what is there."""
    from fake_openai import from_original
    from sample_cvs import make_cv_data, write_cv

    source = tmp_path / "Jane_Doe.docx"
    write_cv(source, make_cv_data(1))

    def invent(cv):
        cv["sidebar"]["tools"].append("Kubernetes")
        return cv

    fake_openai.default = from_original(invent)
    target = tmp_path / "out"
    code, _, err = cli(capsys, "--extract", f"source={source}",
                       "--adjust", "name=openai-job-specific", "job-description=Platform engineer", "--target", target)
    assert code == 1
    [line] = [line for line in err.splitlines() if line.startswith("ERROR:")]
    guard = target / "logs" / "adjust_steps" / "Jane_Doe" / "guard.json"
    assert line.startswith(f"ERROR: {source}: adjust output invented or changed facts")
    assert "'Kubernetes' not in source" in line and f"(the fabrication guard's log: {guard})" in line
    assert source.is_file() and guard.is_file()
    assert not (target / "structured_data" / "Jane_Doe.json").exists()  # rolled back, and no longer named
