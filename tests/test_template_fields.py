"""Every variable a template reads is checked against the CV contract before any document is written:
an unknown path is one line naming the template, where it stands and the nearest known path (the CLI
exits 1, a batch does not start); contract fields a template never shows are a warning (an error with
apply.require-all-fields, silenced by apply.unshown-ok), in the CLI's output and the batch report."""

from __future__ import annotations

import copy
import json
import re
import time
import zipfile
from pathlib import Path

import docx
import pytest

from cli_runs import cli, run_cli
from cvextract.errors import TemplateError
from cvextract.render.template_check import check_template
from cvextract.template_fields import analyse_template
from docx_files import W_NS, bare_template, docx_text, rewrite_docx, write_zip
from sample_cvs import EXAMPLES, TEMPLATE_PATH, _box_paragraph, _text_box_run, write_cv
from workflow_runner import run_workflow, write_config

HEADER = "word/header1.xml"
NAME_LINE = "page header: identiy.full_name is not in the CV contract (did you mean identity.full_name?)"
TOOLS_LINE = "page header: sidebar.tols is not in the CV contract (did you mean sidebar.tools?)"
ALL_USED = ("{{ identity.title }} {{ identity.full_name }} {{ identity.first_name }} {{ identity.last_name }} "
            "{{ overview }} {% for k, v in sidebar.items() %}{{ v|join(', ') }}{% endfor %}"
            "{% for e in experiences %}{{ e.heading }}{{ e.description }}{{ e.bullets|join }}"
            "{{ e.environment|join if e.environment }}{% endfor %}")


def typo_template(path: Path) -> Path:
    """The bundled template with ``identiy.full_name`` in its page header and ``sidebar.tols`` in a
    sidebar loop."""
    return rewrite_docx(TEMPLATE_PATH, path, lambda xml: xml.replace("identity.full_name", "identiy.full_name")
                        .replace("sidebar.tools", "sidebar.tols"), member=HEADER)


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and ".snakemake" not in p.parts) \
        if folder.exists() else []


def _cv() -> dict:
    return copy.deepcopy(EXAMPLES["Grace_Hopper_CV.docx"])


def _errors(template: Path, **options) -> list[str]:
    with pytest.raises(TemplateError) as info:
        check_template(template, **options)
    return str(info.value).splitlines()


# --- the analysis ---------------------------------------------------------------------------------
def test_typos_are_named_with_where_and_the_nearest_known_path(tmp_path: Path) -> None:
    template = typo_template(tmp_path / "tpl.docx")
    assert _errors(template) == [f"{template}: {NAME_LINE}", f"{template}: {TOOLS_LINE}"]


def test_the_bundled_template_reads_only_known_paths_and_shows_every_field() -> None:
    fields = analyse_template(TEMPLATE_PATH)
    assert fields.errors() == [] and fields.warnings() == []
    assert "experiences[].environment" in fields.reads["body"]
    assert fields.reads["page header"][:2] == ["identity.title", "identity.full_name"]
    assert check_template(TEMPLATE_PATH) == []


def test_the_reference_template_passes_the_check(reference_dir: Path) -> None:
    template = reference_dir / "CV_Template_Jinja2.docx"
    if not template.exists():
        pytest.skip("no reference template")
    assert analyse_template(template).errors() == []
    check_template(template)


@pytest.mark.parametrize("text", [
    "{% for exp in experiences %}{{ exp.heading }}{% for b in exp.bullets %}{{ b }}{% endfor %}{% endfor %}",
    "{% for item in sidebar.tools %}{{ item }}{% if not loop.last %}, {% endif %}{{ loop.index }}{% endfor %}",
    "{% set first = experiences|first %}{{ first.description }} {{ (experiences|last).heading }}",
    "{{ experiences[0]['heading'] }} {{ identity['full_name'] }} {{ identity.get('title', '-') }}",
    "{{ experiences|map(attribute='heading')|join(', ') }} {{ sidebar.skills|sort|join(' / ') }}",
    "{% macro m(x, y=identity.title) %}{{ x }}{{ y }}{{ caller() if caller }}{% endmacro %}{{ m(overview) }}",
    "{% with o = overview %}{{ o|upper }}{% endwith %} {{ identity.full_name.split(' ')[0] }}",
    "{% if identity.title is defined and sidebar.skills|length > 1 %}{{ overview|default('none') }}{% endif %}",
    "{% for e in experiences if e.environment %}{{ e.environment|join(', ') }}{% else %}none{% endfor %}",
    "{% set ns = namespace(n=0) %}{% for e in experiences %}{% set ns.n = ns.n + 1 %}{% endfor %}{{ ns.n }}",
    "{{ range(3)|list|length }} {{ dict(a=1).a }} {{ lipsum(1)|length }} {{ experiences|selectattr('bullets')|list|length }}",
    "{%p if overview %}", "{{r identity.full_name }}",
])
def test_jinja_constructs_resolve_against_the_contract(tmp_path: Path, text: str) -> None:
    body = [text, "{%p endif %}"] if text.startswith("{%p if") else [text]
    fields = analyse_template(bare_template(tmp_path / "ok.docx", body))
    assert fields.errors() == []


@pytest.mark.parametrize("text, line", [
    ("{% for exp in experiences %}{{ exp.headng }}{% endfor %}",
     "body: experiences[].headng is not in the CV contract (did you mean experiences[].heading?)"),
    ("{% for e in experinces %}{{ e.heading }}{{ e.bullets }}{% endfor %}",
     "body: experinces is not in the CV contract (did you mean experiences?)"),
    ("{{ identity.get('fullname') }}", "body: identity.fullname is not in the CV contract (did you mean "
                                       "identity.full_name?)"),
    ("{% set s = sidebar %}{{ s.skils|join }}",
     "body: sidebar.skils is not in the CV contract (did you mean sidebar.skills?)"),
    ("{{ experiences.heading }}", "body: experiences.heading is not in the CV contract (did you mean "
                                  "experiences[].heading?)"),
    ("{% if overvew is defined %}x{% endif %}", "body: overvew is not in the CV contract (did you mean overview?)"),
    ("{{ experiences|map(attribute='descripton')|join }}", "body: experiences[].descripton is not in the CV "
                                                           "contract (did you mean experiences[].description?)"),
])
def test_unknown_paths_one_line_each(tmp_path: Path, text: str, line: str) -> None:
    template = bare_template(tmp_path / "typo.docx", [text, ALL_USED])
    assert _errors(template) == [f"{template}: {line}"]


def test_where_names_footer_table_text_box_and_properties(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph(ALL_USED)
    doc.add_table(rows=1, cols=1).cell(0, 0).text = "{{ overview }}"
    doc.add_table(rows=1, cols=2).cell(0, 1).text = "{{ identity.titel }}"
    box = doc.add_paragraph()
    box._p.append(_text_box_run([_box_paragraph("{{ sidebar.tols|join }}", size=9)], box_id=1, x=0.5, y=0.5,
                                width=2, height=1))
    section = doc.sections[0]
    section.footer.is_linked_to_previous = False
    section.footer.add_paragraph("{{ identity.ful_name }}")
    doc.core_properties.subject = "{{ identity.tite }}"
    template = tmp_path / "where.docx"
    doc.save(template)
    lines = [line.removeprefix(f"{template}: ") for line in _errors(template)]
    assert sorted(lines) == sorted([
        "body, table 2: identity.titel is not in the CV contract (did you mean identity.title?)",
        "body, text box: sidebar.tols is not in the CV contract (did you mean sidebar.tools?)",
        "page footer: identity.ful_name is not in the CV contract (did you mean identity.full_name?)",
        "document properties: identity.tite is not in the CV contract (did you mean identity.title?)",
    ])


def test_hostile_expressions_end_in_one_line_in_bounded_time(tmp_path: Path) -> None:
    for n, text in enumerate(["{{ " + "a." * 50_000 + "b }}", "{{ x" + "|upper" * 20_000 + " }}",
                              "{{ " + "[" * 3000 + "]" * 3000 + " }}",
                              "{% for a in b %}" * 50 + "{% endfor %}" * 50]):
        template = bare_template(tmp_path / f"hostile{n}.docx", [text])
        started = time.monotonic()
        lines = _errors(template)
        assert time.monotonic() - started < 10
        assert len(lines) == 1 and lines[0].startswith(f"{template}: "), lines


# --- unshown fields -------------------------------------------------------------------------------
def test_a_field_never_shown_is_a_warning_error_or_silenced(tmp_path: Path) -> None:
    template = bare_template(tmp_path / "partial.docx", [ALL_USED.replace("{{ e.environment|join if e.environment }}", "")
                                                         .replace("{{ identity.last_name }}", "")])
    warning = (f"{template}: the template never shows identity.last_name, experiences[].environment: its "
               "documents leave them out (list them under apply.unshown-ok, or --apply unshown-ok=, when that is on "
               "purpose)")
    assert check_template(template) == [warning]
    assert _errors(template, require_all_fields=True) == [
        f"{template}: the template never shows identity.last_name, experiences[].environment "
        "(apply.require-all-fields is on)"]
    assert check_template(template, unshown_ok=["experiences[].environment", "identity.last_name"]) == []
    assert check_template(template, require_all_fields=True,
                          unshown_ok=["experiences[].environment", "identity.last_name"]) == []
    assert _errors(template, unshown_ok=["experiences[].enviroment"])[0] == (
        f"{template}: apply.unshown-ok: experiences[].enviroment is not in the CV contract "
        "(did you mean experiences[].environment?)")


def test_values_shown_through_filters_and_methods_count_as_shown(tmp_path: Path) -> None:
    template = bare_template(tmp_path / "formatted.docx", [
        ALL_USED.replace("{{ identity.first_name }} {{ identity.last_name }}",
                         "{{ '%s %s'|format(identity.first_name, identity.last_name) }}")
        .replace("{{ identity.title }}", "{{ '{}'.format(identity.title) }}")])
    assert check_template(template) == []


def test_only_testing_a_field_does_not_show_it(tmp_path: Path) -> None:
    template = bare_template(tmp_path / "tested.docx", [
        ALL_USED.replace("{{ overview }}", "{% if overview %}has overview{% endif %}")])
    assert "never shows overview:" in check_template(template)[0]


# --- through the CLI and a batch ------------------------------------------------------------------
@pytest.fixture()
def cv_file(tmp_path: Path) -> Path:
    path = tmp_path / "cvs" / "Grace.docx"
    write_cv(path, _cv())
    return path


def test_cli_refuses_a_typo_template_and_writes_nothing(tmp_path: Path, capsys, cv_file: Path) -> None:
    template = typo_template(tmp_path / "tpl.docx")
    target = tmp_path / "out"
    code, out, err = cli(capsys, "--extract", f"source={cv_file}", "--apply", f"template={template}",
                         "--target", target)
    assert code == 1 and out == ""
    assert err.splitlines() == [f"ERROR: {template}: {NAME_LINE}", f"ERROR: {template}: {TOOLS_LINE}"]
    assert files(target) == []


def test_cli_renders_a_template_that_leaves_a_field_out_and_names_it(tmp_path: Path, capsys, cv_file) -> None:
    template = rewrite_docx(TEMPLATE_PATH, tmp_path / "no_env.docx", lambda xml: re.sub(
        r"\{% if exp.environment %\}.*?\{% endif %\}", "", xml))
    target = tmp_path / "out"
    code, out, err = cli(capsys, "--extract", f"source={cv_file}", "--apply", f"template={template}",
                         "--target", target)
    assert code == 0, err
    assert err.splitlines() == [f"WARNING: {template}: the template never shows experiences[].environment: its "
                                "documents leave them out (list them under apply.unshown-ok, or --apply "
                                "unshown-ok=, when that is on purpose)"]
    document = target / "documents" / "Grace_NEW.docx"
    assert _cv()["identity"]["full_name"] in docx_text(document)
    code, out, err = cli(capsys, "--extract", f"source={cv_file}", "--apply", f"template={template}",
                         "unshown-ok=experiences[].environment", "--target", tmp_path / "quiet")
    assert code == 0 and err == ""
    code, out, err = cli(capsys, "--extract", f"source={cv_file}", "--apply", f"template={template}",
                         "require-all-fields", "--target", tmp_path / "strict")
    assert code == 1 and "apply.require-all-fields is on" in err and files(tmp_path / "strict") == []


def test_unchanged_example_template_renders_quietly(tmp_path: Path, capsys, cv_file: Path) -> None:
    target = tmp_path / "out"
    code, out, err = cli(capsys, "--extract", f"source={cv_file}", "--apply", f"template={TEMPLATE_PATH}",
                         "--target", target)
    assert code == 0 and err == ""
    document = docx.Document(target / "documents" / "Grace_NEW.docx")
    name = _cv()["identity"]
    assert document.core_properties.title == f"CV – {name['first_name']} {name['last_name']}"


def test_parallel_batch_refuses_a_typo_template_and_writes_no_document(tmp_path: Path, cv_file: Path) -> None:
    template = typo_template(tmp_path / "tpl.docx")
    target = tmp_path / "batch"
    proc = run_cli("--parallel", f"source={cv_file.parent}", "--extract", "--apply", f"template={template}",
                   "--target", target)
    assert proc.returncode == 1
    assert (proc.stdout + proc.stderr).splitlines() == [f"ERROR: {template}: {NAME_LINE}",
                                                        f"ERROR: {template}: {TOOLS_LINE}"]
    assert files(target) == []


def test_snakemake_batch_refuses_a_typo_template_before_any_job(tmp_path: Path, cv_file: Path) -> None:
    template = typo_template(tmp_path / "tpl.docx")
    target = tmp_path / "results"
    config = write_config(tmp_path / "config.json", source=str(cv_file.parent), target=str(target),
                          apply={"template": str(template)})
    run = run_workflow(tmp_path, config)
    assert run.returncode == 1 and run.jobs() == []
    reported = [line for line in run.messages().splitlines() if line.startswith("cvextract: error: ")]
    assert reported == [f"cvextract: error: {template}: {NAME_LINE}", f"cvextract: error: {template}: {TOOLS_LINE}"]
    assert files(target) == []


def test_batch_names_an_unshown_field_once_and_in_its_report(tmp_path: Path, cv_file: Path) -> None:
    template = rewrite_docx(TEMPLATE_PATH, tmp_path / "no_env.docx", lambda xml: re.sub(
        r"\{% if exp.environment %\}.*?\{% endif %\}", "", xml))
    target = tmp_path / "results"
    config = write_config(tmp_path / "config.json", source=str(cv_file.parent), target=str(target),
                          apply={"template": str(template)})
    run = run_workflow(tmp_path, config)
    assert run.returncode == 0, run.messages()
    assert (target / "documents" / "Grace_NEW.docx").is_file()
    warning = f"{template}: the template never shows experiences[].environment"
    assert sum(warning in line for line in run.messages().splitlines()) == 1, run.messages()
    page = (target / "report.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="batch-data">(.*?)</script>', page,
                                re.S).group(1))
    rows = [row for row in data["config"] if row[0] == "template warning"]
    assert len(rows) == 1 and rows[0][1].startswith(warning)


def test_footnotes_are_checked(tmp_path: Path) -> None:
    base = bare_template(tmp_path / "base.docx", [ALL_USED])
    with zipfile.ZipFile(base) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(b"</Types>", (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.footnotes+xml"/></Types>').encode())
    members["word/_rels/document.xml.rels"] = members["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/'
                             b'2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    members["word/footnotes.xml"] = (f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:id="1"><w:p><w:r>'
                                     "<w:t>{{ overvew }}</w:t></w:r></w:p></w:footnote></w:footnotes>").encode()
    template = write_zip(tmp_path / "footnotes.docx", members)
    assert _errors(template) == [f"{template}: footnotes: overvew is not in the CV contract (did you mean overview?)"]


def test_parallel_batch_names_an_unshown_field_once_and_in_its_report(tmp_path: Path, cv_file: Path) -> None:
    template = rewrite_docx(TEMPLATE_PATH, tmp_path / "no_env.docx", lambda xml: re.sub(
        r"\{% if exp.environment %\}.*?\{% endif %\}", "", xml))
    target = tmp_path / "batch"
    proc = run_cli("--parallel", f"source={cv_file.parent}", "--extract", "--apply", f"template={template}",
                   "--target", target)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    warning = f"{template}: the template never shows experiences[].environment"
    assert sum(warning in line for line in (proc.stdout + proc.stderr).splitlines()) == 1
    page = (target / "report.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="batch-data">(.*?)</script>', page,
                                re.S).group(1))
    assert [row[0] for row in data["config"]].count("template warning") == 1
    assert (target / "documents" / "Grace_NEW.docx").is_file()


def test_a_template_naming_thousands_of_unknown_paths_gets_a_bounded_list(tmp_path: Path) -> None:
    template = bare_template(tmp_path / "many.docx", ["".join(f"{{{{ identiy.x{i} }}}}" for i in range(3000))])
    lines = _errors(template)
    assert len(lines) == 51 and all(line.startswith(f"{template}: ") for line in lines)
    assert lines[0] == f"{template}: body: identiy.x0 is not in the CV contract (did you mean identity?)"
    assert lines[-1] == f"{template}: ...: and 2950 more paths not in the CV contract"
