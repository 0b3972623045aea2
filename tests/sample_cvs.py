#!/usr/bin/env python3
"""Test support: generated CVs in the reference input layout, and the bundled example files
``examples/templates/cv_template.docx`` and ``examples/cvs/**.docx``.

    from sample_cvs import write_cv, make_cv_data, sample_filename, write_samples, EXAMPLES

Everything here is invented by this project (people, employers, template); nothing is copied from
the reference material. Run ``make examples`` (``python tests/sample_cvs.py``) to rewrite them; the output is
deterministic (fixed document properties and ZIP timestamps), so rerunning it changes nothing.

The CVs use the reference *input* layout the default extractor reads:

* the header holds the identity (title, then the name) followed by the sidebar sections (a heading
  line such as ``LANGUAGES`` followed by a comma-separated line), either as plain header paragraphs
  (``layout="plain"``) or inside two floating text boxes wrapped in ``mc:AlternateContent`` (Choice
  and VML Fallback, each with the same text; ``layout="textbox"``);
* the body holds an ``OVERVIEW`` and a ``PROFESSIONAL EXPERIENCE`` section. In the plain layout the
  markers are Heading2 paragraphs, the experience headings Heading3 and the bullets ``List Bullet``;
  in the textbox layout the markers end with a dot (``OVERVIEW.``), the headings are unstyled bold
  lines (so they must start with a date, e.g. ``June 2019 – Present | Engineer``) and the bullets are
  ``List Paragraph`` + ``numPr`` paragraphs.

Each example's data (``EXAMPLES``) is exactly what the default extractor should return for it.

Tests use this module as a library:

* ``write_cv(path, cv, layout="plain"|"textbox", *, contact=None)`` writes one CV DOCX (a few ms);
* ``make_cv_data(i, *, special_chars=None)`` returns a distinct, valid CV dict for every ``i``;
* ``sample_filename(i, cv=None)`` returns an awkward but distinct file name (spaces, unicode,
  commas, dots, braces, brackets);
* ``write_samples(folder, count, start=0)`` writes ``count`` generated CVs and returns
  ``[(path, cv), ...]``;
* ``write_template(path)`` writes the example template;
* ``PROJECT_ROOT`` (the checkout), ``TEMPLATE_PATH`` (the example template) and ``CVS_DIR`` (the example
  CVs) are the one place tests name these paths.
"""

from __future__ import annotations

import copy
import datetime as _dt
import functools
import io
import random
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

PROJECT_ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_PATH = PROJECT_ROOT / "examples" / "templates" / "cv_template.docx"
CVS_DIR = PROJECT_ROOT / "examples" / "cvs"

LAYOUTS = ("plain", "textbox")

# Sidebar keys in the order the extractor emits them, with the header heading that introduces each.
SIDEBAR_SECTIONS = (
    ("skills", "SKILLS"),
    ("languages", "LANGUAGES"),
    ("tools", "TOOLS"),
    ("certifications", "CERTIFICATIONS"),
    ("industries", "INDUSTRIES"),
    ("spoken_languages", "SPOKEN LANGUAGES"),
    ("academic_background", "ACADEMIC BACKGROUND"),
)

FIXED_TIME = _dt.datetime(2024, 1, 1, tzinfo=_dt.timezone.utc)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
ACCENT_LIGHT = RGBColor(0x2E, 0x75, 0xB6)
GREY = RGBColor(0x59, 0x59, 0x59)
FONT = "Calibri"

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
}
_NSDECLS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in _NS.items())

# --------------------------------------------------------------------------------------------------
# The example people. Each dict is the exact expected extraction of the generated DOCX.
# --------------------------------------------------------------------------------------------------


def _exp(heading: str, description: str, bullets: list[str], environment: list[str] | None = None) -> dict:
    return {"heading": heading, "description": description, "bullets": bullets, "environment": environment}


def _cv(title: str, first: str, last: str, sidebar: dict, overview: str, experiences: list[dict]) -> dict:
    return {
        "identity": {"title": title, "full_name": f"{first} {last}", "first_name": first, "last_name": last},
        "sidebar": {key: list(sidebar.get(key, [])) for key, _ in SIDEBAR_SECTIONS},
        "overview": overview,
        "experiences": experiences,
    }


EXAMPLES: dict[str, dict] = {
    "Ada_Lovelace_CV.docx": _cv(
        "Principal Data Engineer", "Ada", "Lovelace",
        {
            "skills": ["Data modelling", "Stream processing", "Technical leadership"],
            "languages": ["Python", "Scala", "SQL", "Rust"],
            "tools": ["Apache Spark", "Kafka", "Airflow", "dbt", "Terraform"],
            "certifications": ["Google Professional Data Engineer"],
            "industries": ["Energy", "Logistics", "Public sector"],
            "spoken_languages": ["English", "French", "Italian"],
            "academic_background": ["MSc Computational Mathematics – University of Lindholm",
                                    "BSc Mathematics – Northbridge College"],
        },
        "Data engineer with twelve years of experience turning messy operational data into reliable "
        "analytical platforms. Designs streaming pipelines, warehouse models and data contracts, and "
        "coaches teams in testing and observability for data products.",
        [
            _exp("March 2021 – Present | Principal Data Engineer",
                 "Leads the data platform team of a grid operator that balances supply and demand across "
                 "four regions in near real time.",
                 ["Designed a Kafka-based event backbone processing 40 million meter readings per hour",
                  "Introduced data contracts and schema checks that cut broken dashboards by 70%",
                  "Mentored six engineers through the move from nightly batches to streaming"],
                 ["Kafka", "Spark Structured Streaming", "Delta Lake", "Azure"]),
            _exp("Sept 2016 – Feb 2021 | Senior Data Engineer",
                 "Built the analytics platform of a parcel delivery company serving three countries.",
                 ["Modelled the delivery warehouse in dbt with 300 tested models",
                  "Automated route-performance reports used by 120 depot managers",
                  "Reduced the nightly load window from five hours to forty minutes"]),
        ],
    ),
    "Grace_Hopper_CV.docx": _cv(
        "Lead Software Architect", "Grace", "Hopper",
        {
            "languages": ["Java", "Kotlin", "COBOL", "TypeScript"],
            "tools": ["Spring Boot", "PostgreSQL", "Docker", "Kubernetes", "Jenkins"],
            "certifications": ["TOGAF 9 Certified", "AWS Certified Solutions Architect – Associate"],
            "industries": ["Banking & Insurance", "Defence", "Retail"],
            "spoken_languages": ["English", "German"],
            "academic_background": ["PhD Mathematics – Riverside Institute of Technology",
                                    "MA Mathematics – Eastfield University"],
        },
        "Software architect who modernises core business systems without stopping them. Known for "
        "pragmatic migration plans, readable code and teaching teams to automate everything from "
        "builds to compliance checks.",
        [
            _exp("Lead Software Architect – January 2020 – Present",
                 "Owns the target architecture for the policy administration platform of a mid-sized "
                 "insurer and guides five delivery teams.",
                 ["Split a 2-million-line COBOL monolith into twelve services without downtime",
                  "Set up contract tests between services, cutting integration defects by half",
                  "Defined the cloud landing zone and its security guardrails"],
                 ["Java 17", "Kotlin", "Kafka", "PostgreSQL", "OpenShift"]),
            _exp("Senior Developer – March 2014 – December 2019",
                 "Developed payment and clearing software for a cooperative bank.",
                 ["Rewrote the batch clearing engine, halving the end-of-day run",
                  "Introduced continuous integration for 40 repositories"],
                 ["Java", "Oracle", "Jenkins"]),
            _exp("Systems Programmer – June 2009 – February 2014",
                 "Maintained compilers and build tooling for a defence research laboratory.",
                 ["Ported the in-house compiler toolchain to 64-bit platforms",
                  "Wrote the language reference manual used by 200 engineers"]),
        ],
    ),
    "Alan_Turing_CV.docx": _cv(
        "Security and Cryptography Consultant", "Alan", "Turing",
        {
            "skills": ["Threat modelling", "Applied cryptography"],
            "languages": ["Go", "C", "Python", "Haskell"],
            "tools": ["Wireshark", "Ghidra", "HashiCorp Vault", "OpenSSL"],
            "certifications": ["CISSP", "OSCP"],
            "industries": ["Telecommunications", "Government", "Payments"],
            "spoken_languages": ["English", "Spanish", "Dutch"],
            "academic_background": ["PhD Logic and Computation – Kingsbury University",
                                    "BA Mathematics – Kingsbury University"],
        },
        "Security consultant specialising in cryptographic protocols, key management and secure "
        "software design. Reviews designs before they are built and breaks them before attackers do.",
        [
            _exp("May 2018 – Present | Lead Cryptography Consultant",
                 "Advises payment and telecom clients on key management, protocol design and "
                 "post-quantum migration.",
                 ["Designed the key hierarchy for a national instant-payment scheme",
                  "Led 15 protocol reviews and found 4 critical flaws before release",
                  "Wrote the post-quantum readiness plan adopted by two telecom operators"],
                 ["HSM", "PKCS#11", "Go", "HashiCorp Vault"]),
            _exp("January 2013 – April 2018 | Security Engineer",
                 "Built secure messaging and device-attestation services for a mobile network operator.",
                 ["Implemented end-to-end encrypted messaging for 3 million subscribers",
                  "Automated fuzzing of protocol parsers in the release pipeline"]),
            _exp("2010 – 2012 | Research Fellow",
                 "Researched formal verification of authentication protocols.",
                 ["Published six peer-reviewed papers on protocol verification"]),
        ],
    ),
    "team-b/Katherine_Johnson_CV.docx": _cv(
        "Senior Simulation Engineer", "Katherine", "Johnson",
        {
            "languages": ["C++", "Fortran", "Python", "MATLAB"],
            "tools": ["OpenFOAM", "ParaView", "GitLab CI", "Slurm"],
            "certifications": [],
            "industries": ["Aerospace", "Automotive", "Research"],
            "spoken_languages": ["English", "Français", "Español"],
            "academic_background": ["MSc Aerospace Engineering – Technische Hochschule Südwald",
                                    "BSc Physics – Hampton Ridge University"],
        },
        "Simulation engineer with a decade of experience in numerical methods, trajectory analysis and "
        "high-performance computing. Turns research codes into validated, maintainable tools that "
        "engineers trust for design decisions.",
        [
            _exp("October 2019 – Present | Senior Simulation Engineer",
                 "Develops the trajectory and re-entry simulation suite of a small-satellite manufacturer.",
                 ["Rewrote the orbit propagator in modern C++, making it 8x faster",
                  "Validated re-entry predictions against 30 tracked objects within 2% error",
                  "Moved nightly simulation campaigns to a 400-core Slurm cluster"],
                 ["C++20", "Python", "Slurm", "GitLab CI"]),
            _exp("02/2014 – 09/2019 | CFD Engineer",
                 "Ran aerodynamic studies for vehicle and wind-tunnel programmes.",
                 ["Automated mesh studies that previously took a week of manual work",
                  "Correlated CFD results with wind-tunnel data for 12 vehicle variants"]),
        ],
    ),
}

# How each example is laid out (layout, optional contact line above OVERVIEW, ignored by the extractor).
EXAMPLE_LAYOUTS: dict[str, dict] = {
    "Ada_Lovelace_CV.docx": {"layout": "textbox", "contact": "London | ada.lovelace@example.com"},
    "Grace_Hopper_CV.docx": {"layout": "plain", "contact": "Arlington, VA | (555) 010-1906 | grace.hopper@example.com"},
    "Alan_Turing_CV.docx": {"layout": "plain", "contact": "Manchester | alan.turing@example.org"},
    "team-b/Katherine_Johnson_CV.docx": {"layout": "textbox", "contact": None},
}

# --------------------------------------------------------------------------------------------------
# The package every document starts from: python-docx's default document, trimmed and restyled once.
# --------------------------------------------------------------------------------------------------

_KEEP_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Heading1", "Heading2",
                "Heading3", "Title", "ListBullet", "ListParagraph", "Header", "Footer"}
_DROP_RELS = ("/stylesWithEffects", "/customXml", "/thumbnail")


def _prune_styles(doc) -> None:
    """Keep only the styles we use (and what they are based on / linked to): styles.xml shrinks 20x."""
    root = doc.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in root.findall(qn("w:style"))}
    keep, todo = set(), list(_KEEP_STYLES)
    while todo:
        style_id = todo.pop()
        if style_id in keep or style_id not in by_id:
            continue
        keep.add(style_id)
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = by_id[style_id].find(qn(tag))
            if ref is not None:
                todo.append(ref.get(qn("w:val")))
    for style_id, element in by_id.items():
        if style_id not in keep:
            root.remove(element)


def _style_font(style, *, size: float | None = None, bold: bool | None = None, italic: bool | None = None,
                color: RGBColor | None = None) -> None:
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{attr}"), FONT)
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color
        rpr.find(qn("w:color")).attrib.pop(qn("w:themeColor"), None)


def _bottom_border(style, color: str) -> None:
    ppr = style.element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr xmlns:w="{_NS["w"]}"><w:bottom w:val="single" w:sz="6" w:space="1" '
                         f'w:color="{color}"/></w:pBdr>'))


def _setup_styles(doc) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    _style_font(normal, size=10, color=RGBColor(0x26, 0x26, 0x26))
    normal.paragraph_format.space_after = Pt(4)
    h2 = styles["Heading 2"]
    _style_font(h2, size=13, bold=True, color=ACCENT)
    h2.paragraph_format.space_before = Pt(14)
    h2.paragraph_format.space_after = Pt(6)
    _bottom_border(h2, "1F4E79")
    h3 = styles["Heading 3"]
    _style_font(h3, size=11, bold=True, color=ACCENT_LIGHT)
    h3.paragraph_format.space_before = Pt(10)
    h3.paragraph_format.space_after = Pt(2)
    styles["List Bullet"].paragraph_format.space_after = Pt(2)
    styles["List Paragraph"].paragraph_format.space_after = Pt(2)


@functools.lru_cache(maxsize=None)
def _base_docx() -> bytes:
    doc = docx.Document()
    part = doc.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype.endswith(_DROP_RELS):
            part.drop_rel(rel_id)
    package_rels = part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith(_DROP_RELS):
            package_rels.pop(rel_id)
    _prune_styles(doc)
    _setup_styles(doc)
    header = doc.sections[0].header
    header.is_linked_to_previous = False  # creates word/header1.xml with one empty "Header" paragraph
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _new_document(*, title: str, left: float = 0.75, top: float = 0.5, right: float = 0.75):
    doc = docx.Document(io.BytesIO(_base_docx()))
    section = doc.sections[0]
    section.left_margin, section.right_margin = Inches(left), Inches(right)
    section.top_margin, section.bottom_margin = Inches(top), Inches(0.5)
    section.header_distance = Inches(0.3)
    props = doc.core_properties
    props.author = "cvextract examples"
    props.last_modified_by = "cvextract examples"
    props.title = title
    props.comments = ""
    props.revision = 1
    props.created = props.modified = FIXED_TIME
    return doc


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a DOCX with fixed timestamps and attributes (python-docx stamps the current time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.create_system = 3
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename), compresslevel=6)
    return out.getvalue()


def _save(doc, path: Path) -> None:
    buffer = io.BytesIO()
    doc.save(buffer)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_deterministic_zip(buffer.getvalue()))


def _run(paragraph, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None,
         color: RGBColor | None = None):
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if size is not None:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
    return run


def _paragraph(container, text: str = "", *, style: str | None = None, after: float | None = None,
               keep_next: bool = False, **run_format):
    paragraph = container.add_paragraph(style=style)
    if text:
        _run(paragraph, text, **run_format)
    if after is not None:
        paragraph.paragraph_format.space_after = Pt(after)
    if keep_next:
        paragraph.paragraph_format.keep_with_next = True
    return paragraph


# --------------------------------------------------------------------------------------------------
# Text boxes (DrawingML with a VML fallback), as Word writes them for floating boxes in a header.
# --------------------------------------------------------------------------------------------------

_EMU_PER_INCH = 914400


def _box_paragraph(text: str, *, size: float, bold: bool = False, color: str = "262626",
                   after: int = 40) -> str:
    rpr = (f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>' + ("<w:b/>" if bold else "")
           + f'<w:color w:val="{color}"/><w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>')
    return (f'<w:p><w:pPr><w:spacing w:after="{after}" w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')


def _text_box_run(paragraphs: list[str], *, box_id: int, x: float, y: float, width: float,
                  height: float, fill: str | None = None, with_shapetype: bool = True):
    """A ``w:r`` holding one floating text box (position and size in inches, relative to the page)."""
    content = "<w:txbxContent>" + "".join(paragraphs) + "</w:txbxContent>"
    ex, ey, ecx, ecy = (int(v * _EMU_PER_INCH) for v in (x, y, width, height))
    fill_dml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    fill_vml = f'fillcolor="#{fill}" filled="t"' if fill else 'filled="f"'
    shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                 'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                 '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>') if with_shapetype else ""
    style = (f"position:absolute;margin-left:{x * 72:g}pt;margin-top:{y * 72:g}pt;width:{width * 72:g}pt;"
             f"height:{height * 72:g}pt;z-index:{251658240 + box_id};mso-position-horizontal-relative:page;"
             "mso-position-vertical-relative:page;v-text-anchor:top")
    xml = (
        f'<w:r {_NSDECLS}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + box_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{ex}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{ey}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{ecx}" cy="{ecy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{box_id}" name="Text Box {box_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{ecx}" cy="{ecy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill_dml}<a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx>{content}</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict>{shapetype}'
        f'<v:shape id="Text Box {box_id}" o:spid="_x0000_s{1024 + box_id}" type="#_x0000_t202" '
        f'style="{style}" {fill_vml} stroked="f"><v:textbox>{content}</v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )
    return parse_xml(xml)


# --------------------------------------------------------------------------------------------------
# CVs
# --------------------------------------------------------------------------------------------------


def _plain_header(header, cv: dict) -> None:
    identity, sidebar = cv["identity"], cv["sidebar"]
    _paragraph(header, identity["title"], italic=True, size=10, color=GREY, after=0)
    _paragraph(header, identity["full_name"], bold=True, size=18, color=ACCENT, after=6)
    for key, label in SIDEBAR_SECTIONS:
        items = sidebar.get(key) or []
        if key == "skills" and not items:
            continue
        _paragraph(header, label, bold=True, size=8, color=ACCENT, after=1, keep_next=True)
        if items:
            _paragraph(header, ", ".join(items), size=7.5, after=4)


def _textbox_header(header, cv: dict) -> None:
    identity, sidebar = cv["identity"], cv["sidebar"]
    name_box = [
        _box_paragraph(identity["title"], size=14, bold=True, color="2E75B6", after=0),
        _box_paragraph(identity["first_name"], size=30, bold=True, color="1F4E79", after=0),
        _box_paragraph(identity["last_name"], size=30, bold=True, color="1F4E79", after=0),
    ]
    side_box = []
    for key, label in SIDEBAR_SECTIONS:
        items = sidebar.get(key) or []
        side_box.append(_box_paragraph(f"{label}.", size=9, bold=True, color="1F4E79", after=20))
        if key == "academic_background":  # one degree per line
            side_box += [_box_paragraph(item, size=8, after=20) for item in items]
        elif items:
            side_box.append(_box_paragraph(", ".join(items), size=8, after=120))
    first, second = header.paragraphs[0], header.add_paragraph(style="Header")
    first._p.append(_text_box_run(name_box, box_id=1, x=0.5, y=0.35, width=7.5, height=1.45))
    second._p.append(_text_box_run(side_box, box_id=2, x=0.4, y=1.9, width=2.25, height=8.6,
                                   fill="F2F2F2", with_shapetype=False))


def _plain_body(doc, cv: dict, contact: str | None) -> None:
    if contact:
        _paragraph(doc, contact, size=9, color=GREY, after=12)
    _paragraph(doc, "OVERVIEW", style="Heading 2")
    _paragraph(doc, cv["overview"], after=8)
    _paragraph(doc, "PROFESSIONAL EXPERIENCE", style="Heading 2")
    for exp in cv["experiences"]:
        _paragraph(doc, exp["heading"], style="Heading 3")
        if exp["description"]:
            _paragraph(doc, exp["description"], after=3)
        for bullet in exp["bullets"]:
            _paragraph(doc, bullet, style="List Bullet")
        if exp["environment"]:
            env = _paragraph(doc, after=6)
            _run(env, "Environment: ", bold=True, size=9, color=GREY)
            _run(env, ", ".join(exp["environment"]), italic=True, size=9, color=GREY)


def _bullet_paragraph(doc, text: str):
    paragraph = _paragraph(doc, text, style="List Paragraph")
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = 1
    return paragraph


def _textbox_body(doc, cv: dict, contact: str | None) -> None:
    if contact:
        _paragraph(doc, contact, size=9, color=GREY, after=12)
    _paragraph(doc, "OVERVIEW.", bold=True, size=14, color=ACCENT, after=4)
    _paragraph(doc, cv["overview"], after=10)
    _paragraph(doc, "PROFESSIONAL EXPERIENCE.", bold=True, size=14, color=ACCENT, after=4)
    for exp in cv["experiences"]:
        _paragraph(doc, exp["heading"], bold=True, size=11, color=ACCENT_LIGHT, after=2, keep_next=True)
        if exp["description"]:
            _paragraph(doc, exp["description"], italic=True, after=3)
        for bullet in exp["bullets"]:
            _bullet_paragraph(doc, bullet)
        if exp["environment"]:
            _paragraph(doc, "Environment: " + ", ".join(exp["environment"]), size=9, color=GREY, after=8)


def write_cv(path: str | Path, cv: dict, layout: str = "plain", *, contact: str | None = None) -> None:
    """Write ``cv`` (a CV dict as the extractor returns it) as a DOCX in the reference input layout.

    ``layout="plain"``: identity and sidebar as header paragraphs, Heading2/Heading3/List Bullet body.
    ``layout="textbox"``: identity and sidebar in two header text boxes (AlternateContent), unstyled
    date-first headings, numbered-paragraph bullets. ``contact`` adds a line above OVERVIEW (the
    extractor ignores it). The identity's ``full_name`` must be ``first_name + " " + last_name``.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r} (expected one of {', '.join(LAYOUTS)})")
    textbox = layout == "textbox"
    doc = _new_document(title=f"CV – {cv['identity']['full_name']}", left=2.95 if textbox else 0.75,
                        top=1.9 if textbox else 0.5)
    header = doc.sections[0].header
    if textbox:
        _textbox_header(header, cv)
        _textbox_body(doc, cv, contact)
    else:
        _plain_header(header, cv)
        _plain_body(doc, cv, contact)
    _save(doc, path)


# --------------------------------------------------------------------------------------------------
# The example template (same variables and layout rules as the reference tool's sample template)
# --------------------------------------------------------------------------------------------------


def write_template(path: str | Path = TEMPLATE_PATH) -> None:
    doc = _new_document(title="CV – {{ identity.first_name }} {{ identity.last_name }}")  # the document's title
    header = doc.sections[0].header
    _paragraph(header, "{{ identity.title }}", italic=True, size=10, color=GREY, after=0)
    _paragraph(header, "{{ identity.full_name }}", bold=True, size=18, color=ACCENT, after=6)
    for key, label in SIDEBAR_SECTIONS:
        _paragraph(header, label, bold=True, size=8, color=ACCENT, after=1, keep_next=True)
        _paragraph(header, f"{{% for item in sidebar.{key} %}}{{{{ item }}}}"
                           "{% if not loop.last %}, {% endif %}{% endfor %}", size=7.5, after=4)
    _paragraph(doc, "OVERVIEW", style="Heading 2")
    _paragraph(doc, "{{ overview }}", after=8)
    _paragraph(doc, "PROFESSIONAL EXPERIENCE", style="Heading 2")
    _paragraph(doc, "{% for exp in experiences %}", after=0)
    _paragraph(doc, "{{ exp.heading }}", style="Heading 3")
    _paragraph(doc, "{{ exp.description }}", after=3)
    _paragraph(doc, "{% for bullet in exp.bullets %}", after=0)
    _paragraph(doc, "{{ bullet }}", style="List Bullet")
    _paragraph(doc, "{% endfor %}", after=0)
    _paragraph(doc, "{% if exp.environment %}Environment: {{ exp.environment|join(', ') }}{% endif %}",
               italic=True, size=9, color=GREY, after=6)
    _paragraph(doc, "{% endfor %}", after=0)
    _save(doc, path)


# --------------------------------------------------------------------------------------------------
# Generated CVs for tests (many, distinct, valid; deterministic for a given i)
# --------------------------------------------------------------------------------------------------

_FIRST = ["Ada", "Grace", "Alan", "Katherine", "Zoë", "José", "Łukasz", "Søren", "Aiyana", "Chidi",
          "Mei", "Priya", "Tomás", "Ingrid", "Yusuf", "Hana", "Olu", "Freya", "Mateo", "Anaïs"]
_LAST = ["Lovelace", "Hopper", "Turing", "Johnson", "Ångström", "Núñez", "Kowalski", "Kierkegaard",
         "Redcloud", "Okafor", "Nguyen", "Raman", "O'Brien", "Lindqvist", "van der Berg", "Sato",
         "Adeyemi", "Müller", "García López", "Dubois"]
_TITLES = ["Data Engineer", "Cloud Architect", "Security Consultant", "Backend Developer",
           "Machine Learning Engineer", "DevOps Engineer", "Solution Architect", "QA Lead"]
_POOLS = {
    "skills": ["Architecture reviews", "Coaching", "Incident management", "Capacity planning",
               "Requirements analysis", "Performance tuning"],
    "languages": ["Python", "Java", "Go", "Rust", "TypeScript", "C#", "Kotlin", "SQL", "Scala"],
    "tools": ["Docker", "Kubernetes", "Terraform", "Git", "Jenkins", "Grafana", "Ansible", "Airflow"],
    "certifications": ["CKA", "AWS Solutions Architect", "Azure Administrator", "PMP", "ISTQB"],
    "industries": ["Banking", "Healthcare", "Retail", "Energy", "Telecom", "Public sector"],
    "spoken_languages": ["English", "German", "French", "Spanish", "Polish", "Japanese"],
    "academic_background": ["MSc Computer Science – Harbour University", "BSc Physics – Lakeside College",
                            "BEng Software Engineering – Northgate Institute", "MBA – Westmoor School"],
}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_ACTIONS = ["Designed", "Built", "Automated", "Migrated", "Led", "Reduced", "Introduced", "Scaled"]
_OBJECTS = ["the deployment pipeline", "a reporting platform", "the customer API", "the data warehouse",
            "an event-driven billing service", "the on-call process", "a test automation suite"]


def make_cv_data(i: int, *, special_chars: bool | None = None) -> dict:
    """A distinct, valid CV dict for ``i`` (deterministic), shaped like the extractor's output.

    ``special_chars`` (default: every fourth ``i``) puts ``& < > {{ }} {% %} [ ]`` and quotes into an
    overview sentence and a bullet, which must survive extraction and rendering as literal text.
    Headings start with a date, so the CV reads back the same in either layout.
    """
    rng = random.Random(i)
    special = (i % 4 == 3) if special_chars is None else special_chars
    first, last = _FIRST[i % len(_FIRST)], _LAST[(i // len(_FIRST) + i) % len(_LAST)]
    sidebar = {key: rng.sample(pool, rng.randint(2, 4)) for key, pool in _POOLS.items()}
    if i % 3 == 0:
        sidebar["skills"] = []
    if i % 5 == 0:
        sidebar["certifications"] = []
    overview = (f"{_TITLES[i % len(_TITLES)]} with {5 + i % 15} years of experience in "
                f"{sidebar['industries'][0].lower()} projects. Consultant reference C-{i:05d}.")
    if special:
        overview += ' Likes R&D, "quotes", <angle brackets>, {{ braces }} and {% tags %} [sic].'
    experiences = []
    year = 2024
    for n in range(rng.randint(1, 3)):
        start_month, start_year = rng.randrange(12), year - rng.randint(1, 4)
        end = "Present" if n == 0 else f"{_MONTHS[rng.randrange(12)]} {year}"
        bullets = [f"{rng.choice(_ACTIONS)} {rng.choice(_OBJECTS)} for {rng.randint(2, 90)} teams"
                   for _ in range(rng.randint(0 if n else 1, 4))]
        if special and n == 0:
            bullets.append("Cut costs by 30% <for> client {{ name }} & partner [phase 2]")
        experiences.append(_exp(
            f"{_MONTHS[start_month]} {start_year} – {end} | {rng.choice(_TITLES)}",
            f"Worked on {rng.choice(_OBJECTS)} for a {rng.choice(_POOLS['industries']).lower()} client.",
            bullets,
            rng.sample(_POOLS["tools"], 2) if rng.random() < 0.5 else None,
        ))
        year = start_year
    return _cv(_TITLES[(i * 7) % len(_TITLES)], first, last, sidebar, overview, experiences)


_FILE_PATTERNS = [
    "{first}_{last}_CV_{i}",
    "{first} {last} CV {i}",
    "{last}, {first} (CV) {i}",
    "{first}.{last}.v{i}.final",
    "{first} {{draft {i}}} {last}",
    "[team-{i}] {first} {last}",
]


def sample_filename(i: int, cv: dict | None = None) -> str:
    """A distinct ``.docx`` file name for ``i`` with awkward characters (spaces, unicode, ``,.{}[]()``)."""
    identity = (cv or make_cv_data(i))["identity"]
    stem = _FILE_PATTERNS[i % len(_FILE_PATTERNS)].format(
        first=identity["first_name"], last=identity["last_name"], i=i)
    return re.sub(r"[/\\:*?\"<>|']", "_", stem) + ".docx"


def write_samples(folder: str | Path, count: int, *, start: int = 0) -> list[tuple[Path, dict]]:
    """Write ``count`` generated CVs into ``folder`` (layouts alternate) and return (path, data) pairs."""
    folder = Path(folder)
    written = []
    for i in range(start, start + count):
        cv = make_cv_data(i)
        path = folder / sample_filename(i, cv)
        write_cv(path, cv, LAYOUTS[i % 2])
        written.append((path, copy.deepcopy(cv)))
    return written


def write_examples(root: str | Path = PROJECT_ROOT) -> list[Path]:
    """Write the example template and every example CV under ``root``; return the paths written."""
    root = Path(root)
    written = [root / TEMPLATE_PATH.relative_to(PROJECT_ROOT)]
    write_template(written[0])
    cvs_dir = root / CVS_DIR.relative_to(PROJECT_ROOT)
    for rel, cv in EXAMPLES.items():
        options = EXAMPLE_LAYOUTS[rel]
        write_cv(cvs_dir / rel, cv, options["layout"], contact=options["contact"])
        written.append(cvs_dir / rel)
    return written


def main(argv: list[str] | None = None) -> int:
    for path in write_examples():
        print(path.relative_to(PROJECT_ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
