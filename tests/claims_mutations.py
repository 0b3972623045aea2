"""Mutations for the free-text claims guard (issue 20): the honest texts of every set in the repository
(the generated corpus, sets A and B, blind sets C–T), each edited by a generic, programmatic rule that
introduces exactly one claim the CV does not make. The guard was tuned on the honest texts; the edits
are nobody's hand-written sentences, so they measure how general its rules are.

Since session 10 also (``KINDS``' last four, drawn after the others so that the earlier cases stay as they
were): a credential's status changed (one the CV holds told as a role it grants, "as an accredited PRINCE2
trainer"; a product it names told as a certification, "as a Kafka-certified engineer"), a degree level it
holds none of told in passing ("while completing an MSc in <its subject>", "a doctoral project"), a
standard's revision, edition, part or letter revision bumped or an edition added ("Q2(R1)" -> "(R2)",
"ISO 27001" -> "ISO 27001:2013"), a short language name added to a list of names ("Python, R and SQL").
Since session 11 (drawn last again): a level, grade, tier or class beside its word bumped ("CIPS Level 4" ->
"Level 5", "NPPV 2" -> "NPPV 3", "ASIL B" -> "ASIL C"), and a product or company named by two everyday words
the CV uses apart, capitalised ("alongside Harbour Ledger", "Python, Harbour Ledger and SQL": neither the
name nor its two words in one sentence anywhere in the CV).
Since session 12 (drawn last, from a generator of their own, so that no earlier case changed): a credential
told in passing (another CV's letters as "with a CFA charter", "as a Chartered Surveyor" with a person noun
the CV uses and no credential of that trade, a credential the CV lists under way named as held), a degree's
subject swapped for another CV's ("Geology graduate and ...", "holding a BSc in Geology" at the CV's own
level), a release, version, phase, wave, stage or level grown into a list in words ("release 3" -> "releases
three and four"), a name the CV writes in its experiences told as a former employer ("Former Openreach ...";
no heading names it), and another CV's one-word customer written in lower case after "for" ("for ledgerly").
Since session 13 (drawn last, from a generator of their own, so that no earlier case changed): a name the CV
writes in another experience only added to this experience's list of names or after "using" (an experience's
text may use only its own), a count the CV states for one noun given to another noun no sentence of the CV
counts with it ("12 sites" -> "40 sites" where the CV has "40 engineers"), a licence or permit told as held
("and hold a turbine licence") in a CV naming none, and a place in a ranking ("ranked second in the freight
league table", "with a place on the safety leaderboard") in a CV telling of none.

Each edit is checked to be a new claim before it is used: a changed figure's value is stated nowhere in
that CV in any notation the guard's own number readers know (digits, words, magnitudes, "v14"), nor as
the same digits; a swapped product, an inserted credential or customer appears nowhere in the CV
(case and spacing aside). Kinds (``KINDS``): a figure changed (±1, ×2, one digit, a number word, a year,
its unit), a version bumped, a metric clause appended, a product swapped for a sibling the CV never
names (``FAMILIES``), a certification, degree or customer of another set's CV inserted, an award
claimed, years of experience inflated, a team size added or inflated; and, drawn after all of them, a
figure worked out from the CV's own figures gone wrong (``derived_edits``: an experience's years from its
dates + 2, a change's ratio a fraction's step off or its percentage + 7, a total of two counts + 1, a rate
+ 1 a year), which the guard takes back only when right.

Everything is drawn from a ``random.Random`` seeded per text (set, CV, field): the same seed gives the
same cases, and adding a set changes none of the others'. ``scripts/bench_claims_mutations.py`` prints
the figures; ``tests/test_claims_mutations.py`` holds ``MUTATION_FLOOR``.
"""

from __future__ import annotations

import copy
import hashlib
import importlib
import random
import re
from dataclasses import dataclass, field

from wordfreq import zipf_frequency

from cvextract.claims.magnitudes import magnitude_values
from cvextract.claims.numbers import figures_in, numbers_in, restated_numbers, written_as_digits

# Sets named by more than one letter follow "z" (tests/claims_heldout_<name>.py).
BLIND_SETS = (*"cdefghijklmnopqrstuvwxyz", "za", "zb", "zc", "zd", "ze", "zf", "zg", "zh", "zi", "zj", "zk", "zl")
CORPUS_CVS = 24  # generated CVs (four per domain of the corpus) whose honest tailoring is mutated
TOLD_SHARE = 0.3  # share of texts given a credential's status or a degree level in passing
EVERYDAY_SHARE = 0.1  # share of texts given a name of everyday words

# On the default seed: 6498/6514 caught at c2b09e7 (misses: a figure's unit changed, products swapped
# for a sibling, a degree's subject), 6507/6514 on guardcat3 after the general fixes they showed.
# With sets O-T and the status, degree-level, suffix and short-name edits (guardcat10): 9928/10388 with
# the guard of 593194c; the test's subset 3457/3463 after its fixes. The test measures
# every TEST_STRIDE-th case only (all of them take about six minutes on a busy machine); the floor is
# that subset's. With sets U, V, W, ZA and ZB added (7745f8e's guard): 4076/4088 on the subset. With the
# wrong derived figures added after the others and the guard taking right ones back (guardder11): 12329/12358 in
# all (96/96 derived; one more miss, "more than ten years in dental practice management software" where the
# career to date from a dental technician's job is 11), 4107/4120 on the subset. ``injected`` changes only when
# the sets or the edits do: then measure again and record both.
# With the level and everyday-name edits (guardcat11; the subset grew by 3%, TEST_STRIDE kept): their first
# figure 274/411 with the guard of d7bdba1, 404/411 with guardcat11's.
TEST_STRIDE = 3
# With guardhon11's honest-side fixes: 4078/4087 (one edit fewer: "per second" is read as a unit, no ordinal).
# Both together (the derived edits and the unit reading): 4110/4119 on the subset; with the catch side
# (guardcat11) and its two edit kinds as well: 4249/4256; with sets X, Y and Z (blind until the end of
# session 11): 4648/4653.
# With sets ZF and ZG: 4930/4938 (the lead, at 552c29d). With session 12's five kinds of edits drawn last
# (guardcat12; the subset grew by 8%, TEST_STRIDE kept): their first figure 866/1146 in all with the guard of
# 552c29d (sets to ZB: credential in passing 539/562, degree subject 201/212, release list 17/19, former
# employer 12/61, lower-case customer 97/292); on the subset with guardcat12's 345/407, and 5266/5338 in all
# (62 of the misses a one-word customer in lower case: places and coinages that English knows or derives,
# "for dublin", "for ledgerly"). With the three guard branches of session 12 merged and sets ZC, ZD and ZE
# added after their blind measurement: 5737/5816 (65 of the 79 misses a lower-case customer).
# With sets ZK and ZL (the lead, at 2d9f1bd): 6055/6124.
# With session 13's four kinds of edits drawn last (guardcat13; the subset grew by 4%, TEST_STRIDE kept): their
# first figure 329/732 in all with the guard of 2d9f1bd (other experience's name 202/206, count moved 80/82, licence
# 7/206, ranking 40/238); with guardcat13's 726/732, and 18957/19102 in all, 6318/6368 on the subset (lower-case
# customers 225/327 in all: a city or firm English writes as a word, "for dublin", "for accenture", is still missed).
# With ZK and ZL: 6055/6124 (bc0c646; all cases 18147/18370). Session 13's honest side (guardhon13) reads
# "a fifth" as a fraction, not the figure 5, so two edits more are made ("4 -> 5" in ZK) and the subset's cases
# shift: all cases 18150/18372 (no kind misses more: years 3 -> 2 misses, the others as before), the shifted
# subset 6054/6124.
# All of session 13's guard branches merged and blind sets ZH, ZI, ZJ added after their blind measurement (the lead): 6779/6832.
MUTATION_FLOOR = {"caught": 6779, "injected": 6832}  # every TEST_STRIDE-th case


@dataclass(frozen=True)
class Base:
    """One honest tailoring: the source CV, the model's honest answer and the prompt it was given."""

    set: str
    key: str
    source: dict = field(repr=False)
    honest: dict = field(repr=False)
    prompt: str = field(default="", repr=False)


@dataclass(frozen=True)
class Mutation:
    """One honest text with one claim added: ``field`` of ``base.honest`` set to ``text``."""

    base: Base
    field: str
    kind: str
    before: str
    text: str
    claim: str  # what the edit claims, for the reader ("38% -> 39%", "PostgreSQL -> MySQL")

    def adjusted(self) -> dict:
        out = copy.deepcopy(self.base.honest)
        set_text(out, self.field, self.text)
        return out


# --- the honest texts of every set -------------------------------------------------------------------
def bases() -> list[Base]:
    """Every set's honest tailorings: the corpus's (one style per CV), A's and B's, C–N's."""
    from claims_corpus import HONEST_STYLES, corpus

    found = []
    honest, _ = corpus(n_cvs=CORPUS_CVS, seed=20)
    for n in range(CORPUS_CVS):
        case = honest[n * len(HONEST_STYLES) + n % len(HONEST_STYLES)]
        found.append(Base("corpus", str(n), case.original, case.adjusted, case.prompt))
    a = importlib.import_module("claims_heldout")
    for key, tailored in a.tailored_cvs().items():
        found.append(Base("a", key, a.SOURCES[key], tailored, a.JOB_POSTINGS.get(key, "")))
    b = importlib.import_module("claims_heldout_b")
    for key in b.SOURCES:
        context, tailored = b._honest_tailorings(key)[0]
        found.append(Base("b", key, b.SOURCES[key], tailored, context))
    for name in BLIND_SETS:
        blind = importlib.import_module(f"claims_heldout_{name}")
        found += [Base(name, key, case["source"], case["honest"], case["prompt"]) for key, case in blind.CVS.items()]
    return found


def fields_of(cv: dict) -> list[str]:
    fields = ["overview"] if cv.get("overview") else []
    for i, entry in enumerate(cv.get("experiences") or []):
        if entry.get("description"):
            fields.append(f"experiences[{i}].description")
        fields += [f"experiences[{i}].bullets[{j}]" for j, b in enumerate(entry.get("bullets") or []) if b]
    return fields


_FIELD = re.compile(r"experiences\[(\d+)\]\.(description|bullets)(?:\[(\d+)\])?")


def text_at(cv: dict, path: str) -> str:
    if path == "overview":
        return cv.get("overview") or ""
    match = _FIELD.fullmatch(path)
    entry = cv["experiences"][int(match[1])]
    return entry["description"] if match[2] == "description" else entry["bullets"][int(match[3])]


def set_text(cv: dict, path: str, text: str) -> None:
    if path == "overview":
        cv["overview"] = text
        return
    match = _FIELD.fullmatch(path)
    entry = cv["experiences"][int(match[1])]
    if match[2] == "description":
        entry["description"] = text
    else:
        entry["bullets"][int(match[3])] = text


def part_of(path: str) -> str:
    return "overview" if path == "overview" else _FIELD.fullmatch(path)[2]


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


class Known:
    """What one CV states, for checking that an edit is new: its numbers (every reading), its digit
    runs, its text casefolded and its words."""

    def __init__(self, cv: dict):
        self.texts = _strings(cv)
        self.numbers = set()
        for text in self.texts:
            self.numbers |= set(numbers_in(text)) | set(figures_in(text)) | set(restated_numbers(text))
            self.numbers |= set(magnitude_values(text)) | set(numbers_in(written_as_digits(text)))
        self.digits = {run for text in self.texts for run in re.findall(r"\d+(?:[.,]\d+)*", text)}
        self.digits |= {run.replace(",", "") for run in self.digits}
        self.folded = "\n".join(self.texts).casefold()
        self.squashed = re.sub(r"[\s_-]+", "", self.folded)
        self.words = set(re.findall(r"[\w+#.'’-]+", self.folded)) | set(re.findall(r"\w+", self.folded))

    def new_number(self, value: str) -> bool:
        """Whether ``value`` (digits, maybe a decimal point) is stated nowhere in the CV."""
        plain = _plain(value)
        return plain not in self.numbers and plain not in self.digits and value not in self.digits

    def names(self, phrase: str) -> bool:
        """Whether the CV writes ``phrase`` (case, spaces and hyphens aside)."""
        folded = phrase.casefold()
        if re.sub(r"[\s_-]+", "", folded) in self.squashed:
            return True
        at = self.folded.find(folded)
        while at >= 0:
            end = at + len(folded)
            if not (at and self.folded[at - 1].isalnum()) and not self.folded[end : end + 1].isalnum():
                return True
            at = self.folded.find(folded, at + 1)
        return False


def _plain(value: str) -> str:
    value = value.replace(",", "")
    if "." in value:
        value = value.rstrip("0").rstrip(".")
    return value or "0"


# --- the edits ---------------------------------------------------------------------------------------
_NUMBER = re.compile(r"(?<![\w.,/$€£:#-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d]|[.,]\d|\.\d|[/:]\d|[A-Za-z]{2,}\d)")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_NAME_BEFORE = re.compile(r"(?:^|[^.!?:;]\s)([A-Z][\w+#/.-]*|[a-z]+[A-Z][\w]*)\s+v?$")
_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_WORDS) + r")\b")
# Units a figure may be restated in another of (the same figure in another unit is another quantity).
_UNITS = {
    "ms": "s",
    "milliseconds": "seconds",
    "seconds": "minutes",
    "minutes": "hours",
    "hours": "days",
    "days": "weeks",
    "weeks": "months",
    "months": "years",
    "MB": "GB",
    "GB": "TB",
    "TB": "PB",
    "thousand": "million",
    "million": "billion",
    "k": "M",
    "kg": "tonnes",
    "km": "miles",
    "kW": "MW",
    "MW": "GW",
    "percent": "percentage points",
}
_UNIT_AFTER = re.compile(r"^(\s?)(" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")\b")


def _figures(text: str) -> list[re.Match]:
    """The figures of ``text`` a figure edit may change: no version ("Java 17"), no year, no part of a name."""
    found = []
    for match in _NUMBER.finditer(text):
        before = text[: match.start()]
        if _NAME_BEFORE.search(before) or re.search(r"(?:version|revision|release|rev\.|v)\s?$", before, re.I):
            continue
        if (
            _YEAR.match(match[1])
            or text[match.end() : match.end() + 1].isalpha()
            and not re.match(r"(?:k|m|bn|x|st|nd|rd|th)\b", text[match.end() :], re.I)
        ):
            continue
        found.append(match)
    return found


def _changed(value: str, how: str, rng: random.Random) -> str | None:
    number = float(value.replace(",", ""))
    decimals = len(value.split(".")[1]) if "." in value else 0
    if how == "±1":
        step = 10**-decimals
        new = number + step if number < 2 or rng.random() < 0.5 else number - step
    elif how == "×2":
        new = number * 2
    else:  # one digit
        digits = [i for i, c in enumerate(value) if c.isdigit()]
        at = rng.choice(digits)
        choices = [d for d in "0123456789" if d != value[at] and not (d == "0" and at == 0)]
        return value[:at] + rng.choice(choices) + value[at + 1 :]
    text = f"{new:.{decimals}f}"
    if "," in value:
        text = f"{int(new):,}"
    return text


def _figure_edits(text: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    edits = []
    figures = _figures(text)
    if figures:
        match = rng.choice(figures)
        for how in ("±1", "×2", "one digit"):
            new = _changed(match[1], how, rng)
            if new and new != match[1] and known.new_number(new.replace(",", "")):
                edits.append(
                    (f"figure {how}", text[: match.start(1)] + new + text[match.end(1) :], f"{match[1]} -> {new}")
                )
        with_unit = [m for m in figures if _UNIT_AFTER.match(text[m.end() :])]
        if with_unit:
            match = rng.choice(with_unit)
            unit = _UNIT_AFTER.match(text[match.end() :])
            other = _UNITS[unit[2]]
            if not any(re.search(re.escape(match[1]) + r"\s?" + re.escape(other) + r"\b", t) for t in known.texts):
                at = match.end() + unit.start(2)
                edits.append(
                    (
                        "figure unit",
                        text[:at] + other + text[at + len(unit[2]) :],
                        f"{match[1]} {unit[2]} -> {match[1]} {other}",
                    )
                )
    years = [m for m in _NUMBER.finditer(text) if _YEAR.match(m[1])]
    if years:
        match = rng.choice(years)
        new = str(int(match[1]) + rng.choice((-2, -1, 1, 2)))
        if known.new_number(new):
            edits.append(("figure year", text[: match.start(1)] + new + text[match.end(1) :], f"{match[1]} -> {new}"))
    words = [m for m in _NUMBER_WORD.finditer(text)]
    if words:
        match = rng.choice(words)
        options = [w for w in _WORDS if w != match[1] and known.new_number(str(_WORDS.index(w) + 2))]
        if options:
            new = rng.choice(options)
            edits.append(
                ("figure in words", text[: match.start(1)] + new + text[match.end(1) :], f"{match[1]} -> {new}")
            )
    return edits


_VERSION = re.compile(
    r"(?<![\w.])((?:[A-Z][\w+#/.-]*|[a-z]+[A-Z]\w*)(?:\s(?:[A-Z][\w+#/.-]*))?)\s(v?)(\d+(?:\.\d+)*)(?![\w%]|[.,]\d)"
    r"|(?<![\w.])(version|revision|release|rev\.)\s(\d+(?:\.\d+)*)(?![\w%]|[.,]\d)",
    re.IGNORECASE,
)


def _version_edits(text: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    found = []
    for match in _VERSION.finditer(text):
        if match[1] is not None:
            name = match[1]
            if not name[:1].isupper() and not any(c.isupper() for c in name[1:]):
                continue
            if match.start() == 0 or text[: match.start()].rstrip()[-1:] in ".!?:;" or _YEAR.match(match[3]):
                continue  # a sentence's first word, a year
            found.append((match.start(3), match[3]))
        else:
            found.append((match.start(5), match[5]))
    if not found:
        return []
    at, number = rng.choice(found)
    pieces = number.split(".")
    pieces[-1] = str(int(pieces[-1]) + rng.choice((1, 2)))
    new = ".".join(pieces)
    if not known.new_number(new) or new in known.digits:
        return []
    return [("version", text[:at] + new + text[at + len(number) :], f"{number} -> {new}")]


_METRICS = (
    "cutting costs by {p}%",
    "reducing lead time by {p}%",
    "saving €{k}k a year",
    "raising throughput by {p}%",
    "for {n} users",
    "with {p}% fewer incidents",
    "lifting customer satisfaction by {n} points",
    "across {n} sites",
    "in {n} weeks",
    "cutting the backlog by {p}%",
)


def _append(text: str, clause: str) -> str:
    """``text`` with ``clause`` at the end of its last sentence."""
    stripped = text.rstrip()
    if stripped.endswith((".", "!", "?")):
        return f"{stripped[:-1]}, {clause}{stripped[-1]}"
    return f"{stripped}, {clause}"


def _fresh(known: Known, rng: random.Random, low: int, high: int) -> int | None:
    for _ in range(20):
        value = rng.randint(low, high)
        if known.new_number(str(value)):
            return value
    return None


def _metric_edits(text: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    template = rng.choice(_METRICS)
    values = {"p": _fresh(known, rng, 11, 79), "k": _fresh(known, rng, 40, 900), "n": _fresh(known, rng, 13, 480)}
    if None in values.values():
        return []
    clause = template.format(**values)
    return [("metric clause", _append(text, clause), clause)]


# Product families: each member with its other names (a swap never goes to another name of the same one).
FAMILIES = [
    [("PostgreSQL", "Postgres"), ("MySQL",), ("Oracle Database",), ("SQL Server",), ("MariaDB",), ("MongoDB",)],
    [("AWS", "Amazon Web Services"), ("Azure", "Microsoft Azure"), ("Google Cloud", "GCP"), ("Oracle Cloud",)],
    [("Jira",), ("Asana",), ("Trello",), ("Monday.com",), ("Azure Boards",)],
    [("Jenkins",), ("GitLab CI",), ("GitHub Actions",), ("CircleCI",), ("TeamCity",), ("Bamboo",)],
    [("Kubernetes", "K8s"), ("OpenShift",), ("Nomad",), ("Docker Swarm",)],
    [("Terraform",), ("Pulumi",), ("CloudFormation",), ("Bicep",)],
    [("Ansible",), ("Puppet",), ("Chef",), ("SaltStack",)],
    [("Prometheus",), ("Datadog",), ("New Relic",), ("Dynatrace",), ("Zabbix",), ("Nagios",)],
    [("Grafana",), ("Kibana",)],
    [("Splunk",), ("Elastic SIEM",), ("QRadar",), ("Sentinel",)],
    [("Java",), ("Kotlin",), ("Scala",), ("Go", "Golang"), ("Rust",), ("C#",), ("Ruby",), ("Elixir",)],
    [("Python",), ("R",), ("Julia",), ("MATLAB",)],
    [("React",), ("Angular",), ("Vue.js", "Vue"), ("Svelte",)],
    [("Power BI",), ("Tableau",), ("Qlik Sense",), ("Looker",), ("MicroStrategy",)],
    [("Salesforce",), ("HubSpot",), ("Dynamics 365",), ("Zoho CRM",)],
    [("Kafka", "Apache Kafka"), ("RabbitMQ",), ("Pulsar",), ("Kinesis",), ("ActiveMQ",)],
    [("Snowflake",), ("Redshift",), ("BigQuery",), ("Databricks",), ("Synapse",), ("Teradata",)],
    [("Spark", "Apache Spark"), ("Flink",), ("Hadoop",), ("Beam",)],
    [("Airflow",), ("Dagster",), ("Prefect",), ("Luigi",)],
    [("Epic",), ("Cerner",), ("Meditech",), ("Allscripts",)],
    [("Slack",), ("Microsoft Teams",), ("Mattermost",)],
    [("Figma",), ("Sketch",), ("Adobe XD",), ("InVision",)],
    [("Selenium",), ("Cypress",), ("Playwright",), ("TestCafe",)],
    [("Docker",), ("Podman",), ("containerd",)],
    [("Redis",), ("Memcached",), ("Hazelcast",)],
    [("Elasticsearch",), ("OpenSearch",), ("Solr",), ("Algolia",)],
    [("GitHub",), ("GitLab",), ("Bitbucket",)],
    [("ServiceNow",), ("Zendesk",), ("Freshservice",), ("BMC Remedy",)],
    [("Workday",), ("SuccessFactors",), ("BambooHR",), ("Oracle HCM",)],
    [("SAP",), ("Oracle E-Business Suite",), ("NetSuite",), ("Infor",)],
    [("Unity",), ("Unreal Engine",), ("Godot",)],
    [("iOS",), ("Android",)],
    [("Swift",), ("Objective-C",), ("Flutter",), ("React Native",)],
    [("Django",), ("Flask",), ("FastAPI",), ("Rails", "Ruby on Rails")],
    [("Spring Boot",), ("Quarkus",), ("Micronaut",)],
    [("Linux",), ("Windows Server",), ("FreeBSD",)],
    [("VMware",), ("Hyper-V",), ("Proxmox",), ("Nutanix",)],
    [("Visa",), ("Mastercard",), ("American Express",)],
    [("Excel",), ("Google Sheets",)],
    [("Okta",), ("Auth0",), ("Ping Identity",), ("Keycloak",)],
    [("Collibra",), ("Alation",), ("Informatica",)],
    [("Murex",), ("Calypso",), ("Summit",)],
]


def _product_edits(text: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    found = []
    for family in FAMILIES:
        for member in family:
            for name in member:
                for match in re.finditer(r"(?<![\w.#+-])" + re.escape(name) + r"(?![\w#+]|\.\w)", text):
                    siblings = [m[0] for m in family if m != member and not any(known.names(n) for n in m)]
                    if siblings:
                        found.append((match, rng.choice(siblings)))
    if not found:
        return []
    match, sibling = rng.choice(found)
    return [("product swap", text[: match.start()] + sibling + text[match.end() :], f"{match[0]} -> {sibling}")]


# --- what other CVs hold -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Pools:
    """Certifications, degrees and customers of every CV, by (set, CV) that holds them."""

    certifications: tuple[tuple[str, str], ...]
    degrees: tuple[tuple[str, str], ...]
    customers: tuple[tuple[str, str], ...]


_HEADING_COMPANY = re.compile(r",\s*([A-Z][^,()|]+?)\s*(?:\(|$|\|)")
_GENERIC = {
    "certified",
    "certification",
    "certificate",
    "professional",
    "associate",
    "specialist",
    "developer",
    "administrator",
    "engineer",
    "expert",
    "foundation",
    "practitioner",
    "level",
    "master",
    "manager",
    "architect",
    "solutions",
    "security",
    "data",
    "university",
    "college",
    "school",
    "of",
    "in",
    "and",
    "for",
    "the",
    "hons",
    "cloud",
    "systems",
    "business",
    "technology",
    "institute",
}


def pools(found: list[Base]) -> Pools:
    certs, degrees, customers = {}, {}, {}
    for base in found:
        owner = f"{base.set}:{base.key}"
        sidebar = base.source.get("sidebar") or {}
        for item in sidebar.get("certifications") or []:
            certs.setdefault(str(item).split(",")[0].strip(), owner)
        for item in sidebar.get("academic_background") or []:
            degrees.setdefault(str(item).split(",")[0].strip(), owner)
        for entry in base.source.get("experiences") or []:
            match = _HEADING_COMPANY.search(str(entry.get("heading") or ""))
            if match and len(match[1].split()) <= 4:
                customers.setdefault(match[1].strip(), owner)
    return Pools(tuple(sorted(certs.items())), tuple(sorted(degrees.items())), tuple(sorted(customers.items())))


def _distinct_words(item: str) -> list[str]:
    return [
        w
        for w in re.findall(r"[\w+#.'’-]+", item)
        if w.casefold().strip(".") not in _GENERIC and (w[:1].isupper() or any(c.isdigit() for c in w)) and len(w) > 1
    ]


def _new_item(item: str, known: Known) -> bool:
    """Whether ``item`` is nothing the CV holds: not written whole, and a word of its own is new to it."""
    words = _distinct_words(item)
    return bool(words) and not known.names(item) and any(w.casefold().strip(".") not in known.words for w in words)


def _new_items(pool: tuple[tuple[str, str], ...], owner: str, known: Known) -> list[str]:
    """The items of ``pool`` that another CV holds and this one (``known``) does not."""
    return [item for item, holder in pool if holder != owner and _new_item(item, known)]


def _credential_edits(
    text: str, path: str, options: dict[str, list[str]], known: Known, rng: random.Random
) -> list[tuple[str, str, str]]:
    edits = []
    part = part_of(path)
    cert, degree, customer = (
        rng.choice(options[k]) if options[k] else None for k in ("certifications", "degrees", "customers")
    )
    if cert:
        new = (
            f"{text.rstrip()} Holds the {cert} certification."
            if part != "bullets"
            else _append(text, f"as a holder of the {cert} certification")
        )
        edits.append(("certification", new, cert))
    if degree and part != "bullets":
        edits.append(("degree", f"{text.rstrip()} Holds a {degree}.", degree))
    if customer:
        edits.append(("customer", _append(text, f"for {customer}"), customer))
    if not re.search(r"award|prize|winner|finalist|trophy|accolade|recogni[sz]ed by", known.folded):
        award = rng.choice(
            (
                "winning the company's innovation award",
                "earning an industry award for the work",
                "which won the customer's supplier-of-the-year prize",
                "shortlisted for a national award",
            )
        )
        edits.append(("award", _append(text, award), award))
    return edits


_YEARS = re.compile(r"(?<![\w.,])(\d+|" + "|".join(_WORDS) + r")(\+?)(\s|-)(years?|yrs)\b")
_TEAM = re.compile(
    r"\b(?:team|squad|group) of (\d+|"
    + "|".join(_WORDS)
    + r")\b|\b(\d+|"
    + "|".join(_WORDS)
    + r") (?:engineers|developers|consultants|analysts|people|staff|testers|designers)\b"
)


def _count_edits(text: str, path: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    edits = []
    for kind, pattern in (("years", _YEARS), ("team size", _TEAM)):
        matches = list(pattern.finditer(text))
        if not matches:
            continue
        match = rng.choice(matches)
        group = 1 if match[1] is not None else 2
        old = match[group]
        value = int(old) if old.isdigit() else _WORDS.index(old) + 2
        new = value + rng.choice((1, 2, 3, 5))
        if known.new_number(str(new)):
            written = str(new) if old.isdigit() or new > 12 else _WORDS[new - 2]
            edits.append((kind, text[: match.start(group)] + written + text[match.end(group) :], f"{old} -> {written}"))
    if not _TEAM.search(text) and part_of(path) != "overview":
        size = _fresh(known, rng, 5, 40)
        if size:
            edits.append(("team size", _append(text, f"leading a team of {size} engineers"), f"team of {size}"))
    return edits


# --- a claim's status, level and suffix (generic over every CV) ----------------------------------------
_ROLES = ("trainer", "assessor", "examiner", "instructor")
_LEVELS = (
    ("an MSc", "master"),
    ("an MA", "master"),
    ("an MBA", "master"),
    ("a PhD", "doctorate"),
    ("a doctoral project", "doctorate"),
    ("a master's", "master"),
    ("a BSc", "bachelor"),
)
_LEVEL_WORDS = {
    "master": r"\b(?:MSc|M\.Sc|MA|MS|MBA|MEng|MPhil|MRes|LLM|master'?s|masters)\b",
    "doctorate": r"\b(?:PhD|Ph\.D|DPhil|EdD|doctorate|doctoral)\b",
    "bachelor": r"\b(?:BSc|B\.Sc|BA|BS|BEng|LLB|bachelor'?s?)\b",
}
_PARTICIPLE = (
    "while completing {degree} in {subject}",
    "alongside {degree} in {subject}",
    "as part of {degree} in {subject}",
    "during {degree} in {subject}",
)
# A standard's suffix in its own notation: a revision "(R1)", an edition ":2015", a part, a letter revision.
_SUFFIX = re.compile(
    r"(?<=[A-Za-z0-9])\((R)(\d)\)|(?<=\d{3}):((?:19|20)\d\d)(?!\d)|\b(Part) (\d+)\b|\b(Rev\.) ([A-E])\b"
)
_STANDARD = re.compile(r"\b(ISO(?:/IEC)?|IEC|EN|IEEE|ASTM|NFPA|BS) (\d{3,5})(?![\d:(-])")
_SHORT_NAMES = ("R", "C", "Go", "Lua", "D")
_NAME_LIST = re.compile(r"\b([A-Z][\w+#.-]+)( and |, )([A-Z][\w+#.-]+)\b")  # names, not grades ("A and B")


def _distinct_name(item: str) -> str | None:
    """The name a credential listed goes by: its first distinctive word ("PRINCE2", "CCNA", "AWS")."""
    words = _distinct_words(item)
    return words[0] if words else None


def _status_edits(text: str, source: dict, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    """A credential's status changed: one the CV holds told as a role it does not ("an accredited PRINCE2
    trainer"), or a technology it uses told as a certification ("as an Okta-certified engineer")."""
    edits = []
    sidebar = source.get("sidebar") or {}
    held = [_distinct_name(str(item)) for item in sidebar.get("certifications") or []]
    held = [name for name in held if name]
    roles = [role for role in _ROLES if role not in known.words and role + "s" not in known.words]
    if held and roles:
        name, role = rng.choice(held), rng.choice(roles)
        edits.append(("credential status", _append(text, f"as an accredited {name} {role}"), f"{name} {role}"))
    credentials = " ".join(
        str(item) for key in ("certifications", "academic_background") for item in sidebar.get(key) or []
    )
    tools = [
        w
        for w in re.findall(r"(?<![\w.-])[A-Z][A-Za-z0-9+#]{2,}(?![\w.-])", text)
        if w.casefold() not in credentials.casefold()
        and not re.search(r"certif|accredit|licen[cs]|qualif", known.folded)
    ]
    if tools and text.split()[0] != tools[0]:
        tool = rng.choice(tools)
        edits.append(("credential status", _append(text, f"as a {tool}-certified engineer"), f"{tool}-certified"))
    return edits


def _degree_level_edits(text: str, source: dict, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    """A degree level the CV holds none of, told in passing ("while completing an MSc in <a subject it has>")."""
    held = " ".join(str(item) for item in (source.get("sidebar") or {}).get("academic_background") or [])
    options = [
        (degree, level)
        for degree, level in _LEVELS
        if not re.search(_LEVEL_WORDS[level], held, re.I) and not re.search(_LEVEL_WORDS[level], "\n".join(known.texts))
    ]
    subjects = re.findall(r"\bin ((?:[A-Z][a-z]+ ?){1,3})", held) or [  # the subject of a degree it holds
        w for w in re.findall(r"\b[a-z]{6,}\b", text) if not w.endswith(("ed", "ing", "ly"))
    ]
    if not options or not subjects:
        return []
    degree, _ = rng.choice(options)
    clause = (
        degree
        if "project" in degree
        else rng.choice(_PARTICIPLE).format(degree=degree, subject=rng.choice(subjects).strip())
    )
    return [("degree level", _append(text, clause), clause)]


def _suffix_edits(text: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    """A standard's revision, edition, part or letter revision changed, or an edition added to a standard
    the CV names bare: "ICH Q2(R1)" -> "(R2)", "ISO 9001:2008" -> ":2015", "Part 11" -> "Part 12"."""
    found = list(_SUFFIX.finditer(text))
    if found:
        match = rng.choice(found)
        group = next(g for g in (2, 3, 5, 7) if match[g])
        old = match[group]
        new = (
            str(int(old) + rng.choice((-3, 3, 7)) if group == 3 else int(old) + 1)
            if old.isdigit()
            else chr(ord(old) + 1)
        )
        if (new.isdigit() and not known.new_number(new)) or (not new.isdigit() and known.names(f"Rev. {new}")):
            return []
        return [
            ("standard suffix", text[: match.start(group)] + new + text[match.end(group) :], f"{match[0]} -> {new}")
        ]
    standards = list(_STANDARD.finditer(text))
    if standards:
        match = rng.choice(standards)
        year = _fresh(known, rng, 2005, 2023)
        if year:
            return [("standard suffix", text[: match.end()] + f":{year}" + text[match.end() :], f"{match[0]}:{year}")]
    return []


def _short_name_edits(text: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    """A short language name added to a list of names: "Python and SQL" -> "Python, R and SQL"."""
    lists = [m for m in _NAME_LIST.finditer(text) if m.start() > 0]
    names = [
        n for n in _SHORT_NAMES if not re.search(r"(?<![\w.-])" + re.escape(n) + r"(?![\w+#-])", "\n".join(known.texts))
    ]
    if not lists or not names:
        return []
    match, name = rng.choice(lists), rng.choice(names)
    return [("short name", text[: match.end(1)] + f", {name}" + text[match.end(1) :], f"{match[1]}, {name}")]


# --- a figure worked out from the CV's own figures and dates, right and wrong (generic over every CV) -------
# The right one is what cvextract/claims/derived_figures.py takes back (claims_paraphrase.py's "derived figure");
# the wrong one is a step off it (a span of the dates + 2 years, a ratio's fraction one step over, a sum + 1,
# a rate + 1 a year): a claim the CV does not make. Read here on their own, not with the guard's readers.
_HEADING_DATE = re.compile(
    r"(?:\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+|\b(0?[1-9]|1[0-2])[/.])?\b((?:19|20)\d\d)\b",
    re.I,
)
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_FROM_TO = re.compile(
    r"\bfrom (\d+(?:\.\d+)?)(%| ?(?:minutes|hours|days|weeks|seconds|ms))? to (\d+(?:\.\d+)?)(%| ?(?:minutes|hours|days|weeks|seconds|ms))?(?![\d.,]\d)"
)
_FRACTION_WORDS = {
    1 / 5: "a fifth",
    1 / 4: "a quarter",
    1 / 3: "a third",
    1 / 2: "half",
    2 / 3: "two thirds",
    3 / 4: "three quarters",
}
_EVERY_MONTHS = re.compile(r"\bevery (\d+|two|three|four|six) months\b")
_PEOPLE_PAIR = re.compile(
    r"\b(\d+|"
    + "|".join(_WORDS)
    + r") ([a-z]+(?:er|or|ist|ian|ant)s)\b[^.;]*?\band (\d+|"
    + "|".join(_WORDS)
    + r") ([a-z]+(?:er|or|ist|ian|ant)s)\b"
)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS.index(word) + 2


def _months_of(heading: str) -> int | None:
    """The months an experience's heading dates span (both months given), or None."""
    dates = list(_HEADING_DATE.finditer(heading))
    if len(dates) < 2 or not all(d[1] or d[2] for d in (dates[0], dates[-1])):
        return None
    month = [
        (_MONTH_NAMES.index(d[1][:3].lower()) + 1 if d[1] else int(d[2])) + int(d[3]) * 12
        for d in (dates[0], dates[-1])
    ]
    return month[1] - month[0] + 1


def derived_edits(text: str, path: str, source: dict) -> list[tuple[str, str, str, str]]:
    """``(right text, how, wrong text, how)`` for each figure ``text`` may state that the CV's own figures
    give: its experience's years from the heading's months (descriptions stating no duration), a ratio
    of a change from one figure to another in words, a total of two counts of people, a rate a year."""
    found = []
    match = _FIELD.fullmatch(path)
    if match and match[2] == "description" and not re.search(r"\b(?:years?|months?|decades?)\b", text):
        months = _months_of(source["experiences"][int(match[1])].get("heading") or "")
        if months and months >= 18 and months % 12 in (0, 1, 11):
            years = round(months / 12)
            found.append(
                (
                    _append(text, f"across {years} years"),
                    f"{years} years",
                    _append(text, f"across {years + 2} years"),
                    f"{years + 2} years",
                )
            )
    for change in _FROM_TO.finditer(text):
        if (change[2] or "").strip() != (change[4] or change[2] or "").strip() or (
            not change[4] and re.match(r"\s(?:second|minute|hour|day|week|month|year)s?\b", text[change.end() :])
        ):
            continue  # "from 2 weeks to 1 day": two units
        before, after = float(change[1]), float(change[3])
        if not before or not after or before == after:
            continue
        ratio = after / before
        fractions = sorted(_FRACTION_WORDS)
        exact = next((f for f in fractions if abs(f - ratio) < 1e-9), None)
        if exact is not None:
            wrong = fractions[fractions.index(exact) + 1] if exact != fractions[-1] else fractions[-2]
            found.append(
                (
                    _append(text, f"{_FRACTION_WORDS[exact]} of what it was"),
                    _FRACTION_WORDS[exact],
                    _append(text, f"{_FRACTION_WORDS[wrong]} of what it was"),
                    _FRACTION_WORDS[wrong],
                )
            )
        else:
            percent = round(abs(after - before) / before * 100)
            if 5 <= percent <= 90:
                found.append(
                    (
                        _append(text, f"a {percent}% change"),
                        f"{percent}%",
                        _append(text, f"a {percent + 7}% change"),
                        f"{percent + 7}%",
                    )
                )
        break
    people = _PEOPLE_PAIR.search(text)
    if people and people[2] != people[4]:
        total = _number(people[1]) + _number(people[3])
        found.append(
            (
                _append(text, f"a team of {total} in all"),
                f"team of {total}",
                _append(text, f"a team of {total + 1} in all"),
                f"team of {total + 1}",
            )
        )
    every = _EVERY_MONTHS.search(text)
    if every and 12 % _number(every[1]) == 0:
        times = 12 // _number(every[1])
        right, wrong = (f"{times} times a year", f"{times + 1} times a year")
        found.append(
            (
                text[: every.start()] + right + text[every.end() :],
                right,
                text[: every.start()] + wrong + text[every.end() :],
                wrong,
            )
        )
    return found


def _derived_mutations(found: list[Base], seed: int) -> list[Mutation]:
    """The wrong derived figure of each text where a right one can be made, when it is new to the CV."""
    out = []
    for base in found:
        known = Known(base.source)
        for path in fields_of(base.honest):
            text = text_at(base.honest, path)
            edits = derived_edits(text, path, base.source)
            if not edits:
                continue
            _, _, wrong, how = _rng(seed, base.set, base.key, path, "derived").choice(edits)
            fraction = next((f for f, word in _FRACTION_WORDS.items() if word == how), None)
            value = str(round(fraction * 100)) if fraction else re.search(r"\d+", how)[0]  # "a quarter": 25
            if known.new_number(value) and wrong != text:
                out.append(Mutation(base, path, "derived figure", text, wrong, how))
    return out


# A level, grade, tier or class beside its word ("Level 4", "Tier 2", "Band 6", "NPPV 2", "SIL 3"): bumped.
_LEVEL = re.compile(
    r"\b(Level|level|Tier|tier|Band|Class|Grade|Stage|NPPV|SIL|ASIL|SL|Category|Cat)[ -](\d|[A-D])\b(?![.,]\d)"
)
# Where a name of everyday words goes: after these, or into a list of names.
_NAME_PLACES = ("alongside {name}", "using {name}", "with {name}")
_EVERYDAY = re.compile(r"\b[a-z]{4,9}\b")


def _level_edits(text: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    """A level, grade, tier or class on a credential, clearance or standard bumped ("CIPS Level 4" -> "Level
    5", "NPPV 2" -> "NPPV 3", "ASIL B" -> "ASIL C"), to a value the CV gives that word nowhere."""
    found = list(_LEVEL.finditer(text))
    if not found:
        return []
    match = rng.choice(found)
    old = match[2]
    new = str(int(old) + 1) if old.isdigit() else chr(ord(old) + 1) if old < "D" else "C"  # ASIL D -> C
    if known.names(f"{match[1]} {new}") or known.names(f"{match[1]}-{new}") or known.names(f"{match[1]}{new}"):
        return []
    return [("level", text[: match.start(2)] + new + text[match.end(2) :], f"{match[0]} -> {match[1]} {new}")]


def _everyday_name_edits(text: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    """A product or company named by two everyday words of the CV's own, capitalised ("alongside Harbour
    Ledger", "Python, Harbour Ledger and SQL"): each word one the CV uses, the name one it never writes,
    nor its words in one sentence."""
    words = sorted({w for t in known.texts for w in _EVERYDAY.findall(t)} - _GENERIC)
    words = [w for w in words if 3.5 <= zipf_frequency(w, "en") < 5.5 and not w.endswith(("ing", "ed", "ly", "s"))]
    if len(words) < 2:
        return []
    first, second = rng.sample(words, 2)
    together = re.compile(rf"\b{first}\b.*\b{second}\b|\b{second}\b.*\b{first}\b", re.IGNORECASE)
    if any(together.search(sentence) for t in known.texts for sentence in re.split(r"(?<=[.!?;])\s+", t)):
        return []
    name = f"{first.title()} {second.title()}"
    lists = [m for m in _NAME_LIST.finditer(text) if m.start() > 0]
    if lists and rng.random() < 0.5:
        match = rng.choice(lists)
        return [("everyday name", text[: match.end(1)] + f", {name}" + text[match.end(1) :], f"{match[1]}, {name}")]
    clause = rng.choice(_NAME_PLACES).format(name=name)
    return [("everyday name", _append(text, clause), clause)]


# --- session 12: a credential, degree, release, employer or customer told in passing (generic over every CV) ---
PASSING_SHARE = 0.25  # share of texts given one of these edits
_PERSON_NOUN = re.compile(r"\b([a-z]{4,}(?:er|or|ant|ist|ian))s?\b")
_ACRONYM = re.compile(r"\b[A-Z]{3,5}\b")
_RELEASE = re.compile(
    r"\b([Rr]elease|[Vv]ersion|[Pp]hase|[Ww]ave|[Ss]tage|[Ll]evel)[ -](\d|" + "|".join(_WORDS[:7]) + r")\b(?![.,]\d)"
)
_UNDER_WAY = re.compile(
    r"\(?\b(?:in progress|working towards?|studying for|candidate|ongoing|expected \d{4})\b\)?", re.I
)
_WORD_OF = {n: w for n, w in enumerate(["zero", "one", *_WORDS], start=0)}


def _starts_plain(text: str) -> bool:
    """Whether ``text`` starts with a capitalised everyday word that may be written small after another."""
    first = text.split(" ", 1)[0]
    return first[:1].isupper() and first[1:].islower() and first.isalpha() and zipf_frequency(first, "en") >= 3.0


def _passing_credential_edits(
    text: str, source: dict, certifications: list[str], known: Known, rng: random.Random
) -> list[tuple[str, str, str]]:
    """A credential told in passing: another CV's letters as "a ... charter", "Chartered" before a person noun
    the CV uses ("as a Chartered Surveyor"), or a credential the CV lists under way named plainly."""
    edits = []
    letters = sorted({a for item in certifications for a in _ACRONYM.findall(item) if a.casefold() not in known.words})
    if letters:
        name = rng.choice(letters)
        edits.append(("credential in passing", _append(text, f"with a {name} charter"), f"{name} charter"))
    credentials = " ".join(str(item) for item in (source.get("sidebar") or {}).get("certifications") or []).casefold()
    nouns = sorted(
        {
            m[1]
            for t in known.texts
            for m in _PERSON_NOUN.finditer(t)
            if not known.names(f"chartered {m[1]}")
            and zipf_frequency(m[1], "en") >= 3.0
            and m[1][:5] not in credentials
        }
    )  # no credential of the CV's names that trade
    if nouns:
        noun = rng.choice(nouns)
        edits.append(
            ("credential in passing", _append(text, f"as a Chartered {noun.title()}"), f"Chartered {noun.title()}")
        )
    pending = [
        " ".join(_UNDER_WAY.sub(" ", str(item)).split()).strip(" ,;:-")
        for item in (source.get("sidebar") or {}).get("certifications") or []
        if _UNDER_WAY.search(str(item))
    ]
    pending = [name for name in pending if len(name.split()) >= 2 and "member" not in name.casefold()]
    if pending:
        name = rng.choice(pending)
        edits.append(("credential in passing", _append(text, f"holding the {name}"), name))
    return edits


def _degree_subject_edits(
    text: str, path: str, source: dict, degrees: list[str], known: Known, rng: random.Random
) -> list[tuple[str, str, str]]:
    """A degree's subject swapped for another CV's: "<Subject> graduate and ..." opening an overview or a
    description, or the CV's own level in it ("holding a BSc in <Subject>")."""
    held = " ".join(str(item) for item in (source.get("sidebar") or {}).get("academic_background") or [])
    subjects = sorted(
        {
            m[1]
            for item in degrees
            for m in re.finditer(r"^(?:BSc|BA|MSc|MA|BEng|MEng)\s+((?:[A-Z][a-z]+ ?){1,3})(?:,|$)", item)
            if not any(w.casefold() in known.words for w in m[1].split())
        }
    )
    if not subjects:
        return []
    subject = rng.choice(subjects).strip()
    levels = re.findall(r"\b(BSc|BA|MSc|MA|BEng|MEng)\b", held)
    if levels and (part_of(path) == "bullets" or rng.random() < 0.5):
        level = rng.choice(levels)
        article = "an" if level[0] in "AEIMO" else "a"
        return [("degree subject", _append(text, f"holding {article} {level} in {subject}"), f"{level} in {subject}")]
    if part_of(path) != "bullets" and _starts_plain(text):
        return [("degree subject", f"{subject} graduate and {text[0].lower()}{text[1:]}", f"{subject} graduate")]
    return []


def _release_list_edits(text: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    """A release, version, phase, wave, stage or level grown into a list in words ("release 3" -> "releases
    three and four"), the next one given with that word nowhere in the CV."""
    found = list(_RELEASE.finditer(text))
    if not found:
        return []
    match = rng.choice(found)
    value = int(match[2]) if match[2].isdigit() else _WORDS.index(match[2]) + 2
    word = match[1]
    if (
        value > 8
        or any(known.names(f"{word} {n}") for n in (str(value + 1), _WORD_OF[value + 1]))
        or known.names(f"{word}s")
    ):
        return []
    new = f"{word}s {_WORD_OF[value]} and {_WORD_OF[value + 1]}"
    return [("release list", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}")]


def _former_employer_edits(
    text: str, path: str, source: dict, known: Known, rng: random.Random
) -> list[tuple[str, str, str]]:
    """A name the CV writes (a customer, a product's maker, a network it reused) told as a former employer:
    "Former <Name> ..." opening the overview, or "as a former <Name> employee": no heading names it."""
    if part_of(path) == "bullets":
        return []
    headings = " ".join(str(e.get("heading") or "") for e in source.get("experiences") or []).casefold()
    names = sorted(
        {
            w
            for e in source.get("experiences") or []
            for t in [e.get("description") or "", *(e.get("bullets") or [])]
            for w in re.findall(r"(?<=[a-z,] )[A-Z][A-Za-z]{3,}(?![\w-])", str(t))
            if w.casefold() not in headings
            and zipf_frequency(w, "en") < 3.0
            and not known.names(f"former {w}")
            and not known.names(f"ex-{w}")
        }
    )
    if not names:
        return []
    name = rng.choice(names)
    if _starts_plain(text):
        return [("former employer", f"Former {name} {text[0].lower()}{text[1:]}", f"former {name}")]
    return [("former employer", _append(text, f"as a former {name} employee"), f"former {name}")]


def _lower_case_customer_edits(text: str, customers: list[str], rng: random.Random) -> list[tuple[str, str, str]]:
    """Another CV's customer or employer of one word, no everyday English word, written in lower case after
    "for" ("for acme")."""
    single = [c for c in customers if re.fullmatch(r"[A-Z][a-z]{3,}", c) and zipf_frequency(c, "en") < 3.0]
    if not single:
        return []
    name = rng.choice(single).casefold()
    return [("lower-case customer", _append(text, f"for {name}"), name)]


# --- session 13: a name out of its field's scope, a count moved, a licence, a ranking (generic over every CV) ---
SCOPE_SHARE = 0.15  # share of texts given one of these edits
_INSIDE_NAME = re.compile(r"(?<=[a-z,] )[A-Z][\w+#.-]*[A-Za-z0-9+#](?![\w-])")  # a capitalised word inside a sentence
_COUNT_NOUN = re.compile(r"\b(\d{1,3}|" + "|".join(_WORDS) + r") ([a-z]{4,}s)\b(?![.,]\d)")
_TRADE_WORD = re.compile(r"\b[a-z]{4,10}\b")
_LICENCE_FORMS = ("and hold a {word} licence", "holding a {word} permit", "as a {word} licence holder")
_ORDINAL_WORDS = ("first", "second", "third", "fourth")
_RANKINGS = (
    "ranked {ordinal} in the {word} league table",
    "with a place on the {word} leaderboard",
    "placing {ordinal} in the national {word} rankings",
    "finishing {ordinal} in the {word} awards",
)
_RANKED_BEFORE = re.compile(r"\brank|leaderboard|league table|podium|\bplac(?:ed|ing) (?:first|second|third|fourth)")


def _sentences_of(known: Known) -> list[str]:
    return [sentence.casefold() for t in known.texts for sentence in re.split(r"(?<=[.!?;])\s+", t)]


def _other_experience_name_edits(text: str, path: str, source: dict, rng: random.Random) -> list[tuple[str, str, str]]:
    """A name the CV writes in another experience only, added to this experience's list of names ("Python
    and SQL" -> "Python, Tableau and SQL") or after "using": an experience's text may use only its own."""
    match = _FIELD.fullmatch(path)
    if not match:
        return []
    at = int(match[1])
    experiences = source.get("experiences") or []
    own = experiences[at] if at < len(experiences) else {}
    scope = "\n".join(_strings(own) + _strings(source.get("sidebar") or {}) + _strings(source.get("identity") or {}))
    scope = scope.casefold()
    names = sorted(
        {
            name
            for j, other in enumerate(experiences)
            if j != at
            for t in [other.get("description") or "", *(other.get("bullets") or [])]
            for name in _INSIDE_NAME.findall(str(t))
            if zipf_frequency(name, "en") < 3.0
            and not re.search(rf"(?<![\w-]){re.escape(name.casefold())}(?![\w-])", scope)
        }
    )
    if not names:
        return []
    name = rng.choice(names)
    lists = [m for m in _NAME_LIST.finditer(text) if m.start() > 0]
    if lists and rng.random() < 0.7:
        found = rng.choice(lists)
        return [("other experience's name", text[: found.end(1)] + f", {name}" + text[found.end(1) :], name)]
    return [("other experience's name", _append(text, f"using {name}"), name)]


def _count_moved_edits(text: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    """A count the CV states for one thing given to another ("12 sites" -> "40 sites" where the CV counts 40
    engineers): no sentence of the CV states that value with that noun."""
    found = list(_COUNT_NOUN.finditer(text))
    if not found:
        return []
    match = rng.choice(found)
    value, noun = _number(match[1]), match[2]
    values = sorted({_number(v) for t in known.texts for v, n in _COUNT_NOUN.findall(t) if n != noun} - {value, 1})
    stem = noun[:-1]
    sentences = _sentences_of(known)
    fresh = [
        v
        for v in values
        if not any(
            re.search(rf"(?<![\w.,]){v}(?![\w.,])" + (rf"|\b{_WORDS[v - 2]}\b" if 2 <= v <= 12 else ""), sentence)
            and stem in sentence
            for sentence in sentences
        )
    ]
    if not fresh:
        return []
    new = rng.choice(fresh)
    written = _WORDS[new - 2] if not match[1].isdigit() and 2 <= new <= 12 else str(new)
    return [("count moved", text[: match.start(1)] + written + text[match.end(1) :], f"{match[0]} -> {written} {noun}")]


def _trade_words(text: str) -> list[str]:
    """The text's everyday nouns and adjectives that may name a trade's licence or ranking ("turbine", "freight")."""
    return sorted(
        {
            w
            for w in _TRADE_WORD.findall(text)
            if 3.0 <= zipf_frequency(w, "en") < 5.0 and not w.endswith(("ing", "ed", "ly", "s")) and w not in _GENERIC
        }
    )


def _licence_edits(text: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    """A licence or permit told as held after the text, named by a word of its own ("and hold a turbine
    licence"): the CV names no licence, permit or licensing at all."""
    if re.search(r"licen[cs]|permit", known.folded):
        return []
    words = _trade_words(text)
    if not words:
        return []
    clause = rng.choice(_LICENCE_FORMS).format(word=rng.choice(words))
    return [("licence", _append(text, clause), clause)]


def _ranking_edits(text: str, known: Known, rng: random.Random) -> list[tuple[str, str, str]]:
    """A place in a ranking told of the work ("ranked second in the freight league table", "with a place on
    the safety leaderboard"): the CV tells of no ranking, leaderboard or place."""
    if _RANKED_BEFORE.search(known.folded):
        return []
    words = _trade_words(text)
    if not words:
        return []
    clause = rng.choice(_RANKINGS).format(word=rng.choice(words), ordinal=rng.choice(_ORDINAL_WORDS))
    return [("ranking", _append(text, clause), clause)]


KINDS = (
    "figure ±1",
    "figure ×2",
    "figure one digit",
    "figure in words",
    "figure year",
    "figure unit",
    "version",
    "metric clause",
    "product swap",
    "certification",
    "degree",
    "customer",
    "award",
    "years",
    "team size",
    "credential status",
    "degree level",
    "standard suffix",
    "short name",
    "derived figure",
    "level",
    "everyday name",
    "credential in passing",
    "degree subject",
    "release list",
    "former employer",
    "lower-case customer",
    "other experience's name",
    "count moved",
    "licence",
    "ranking",
)


def _rng(seed: int, *parts: str) -> random.Random:
    digest = hashlib.sha256("\x1f".join((str(seed), *parts)).encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def mutations(found: list[Base] | None = None, seed: int = 9) -> list[Mutation]:
    """Every edit of every honest text, each checked to be a new claim."""
    found = bases() if found is None else found
    pool = pools(found)
    out = []
    for base in found:
        known = Known(base.source)
        owner = f"{base.set}:{base.key}"
        options = {
            kind: _new_items(getattr(pool, kind), owner, known) for kind in ("certifications", "degrees", "customers")
        }
        for path in fields_of(base.honest):
            text = text_at(base.honest, path)
            rng = _rng(seed, base.set, base.key, path)
            inserted = _metric_edits(text, known, rng) + _credential_edits(text, path, options, known, rng)
            changed = _count_edits(text, path, known, rng)
            inserted += [edit for edit in changed if edit[2].startswith("team of")]  # a clause added
            inserted = [rng.choice(inserted)] if inserted else []  # one added clause or sentence per text
            edits = (
                _figure_edits(text, known, rng)
                + _version_edits(text, known, rng)
                + _product_edits(text, known, rng)
                + [edit for edit in changed if not edit[2].startswith("team of")]
                + inserted
            )
            # drawn after the others, so that adding them changed none of the earlier cases
            told = _status_edits(text, base.source, known, rng) + _degree_level_edits(text, base.source, known, rng)
            edits += (
                _suffix_edits(text, known, rng)
                + _short_name_edits(text, known, rng)
                + ([rng.choice(told)] if told and rng.random() < TOLD_SHARE else [])
            )
            # session 11, drawn last for the same reason: a level bumped, a name of everyday words added
            edits += _level_edits(text, known, rng) + (
                _everyday_name_edits(text, known, rng) if rng.random() < EVERYDAY_SHARE else []
            )
            # session 12, drawn last with a generator of their own: a credential, degree, release, employer or
            # customer told in passing
            late = _rng(seed, base.set, base.key, path, "passing")
            passing = (
                _passing_credential_edits(text, base.source, options["certifications"], known, late)
                + _degree_subject_edits(text, path, base.source, [d for d, _ in pool.degrees], known, late)
                + _former_employer_edits(text, path, base.source, known, late)
                + _lower_case_customer_edits(text, options["customers"], late)
            )
            edits += _release_list_edits(text, known, late) + (
                [late.choice(passing)] if passing and late.random() < PASSING_SHARE else []
            )
            # session 13, drawn last with a generator of their own: a name out of its field's scope, a count moved
            # to another noun, a licence or a ranking
            scoped = _rng(seed, base.set, base.key, path, "scope")
            scope = (
                _other_experience_name_edits(text, path, base.source, scoped)
                + _count_moved_edits(text, known, scoped)
                + _licence_edits(text, known, scoped)
                + _ranking_edits(text, known, scoped)
            )
            edits += [scoped.choice(scope)] if scope and scoped.random() < SCOPE_SHARE else []
            out += [Mutation(base, path, kind, text, new, claim) for kind, new, claim in edits if new != text]
    return out + _derived_mutations(found, seed)  # after the others: adding them changed none of the earlier cases


# --- the measurement ---------------------------------------------------------------------------------
def _named(findings) -> dict[str, set[str]]:
    named: dict[str, set[str]] = {}
    for finding in findings:
        named.setdefault(finding.field, set()).update(finding.claims)
    return named


def _one_part(cv: dict, path: str) -> tuple[dict, str, str]:
    """``cv`` cut to the part ``path`` is in (the overview, or its experience alone: the guard checks
    each against the source, not against the other parts of the answer), the path there, and the part."""
    if path == "overview":
        return {**cv, "experiences": []}, path, path
    match = _FIELD.fullmatch(path)
    index = int(match[1])
    return (
        {**cv, "overview": "", "experiences": [cv["experiences"][index]]},
        path.replace(f"experiences[{index}]", "experiences[0]", 1),
        f"experiences[{index}]",
    )


def measure(cases: list[Mutation], review) -> list[tuple[Mutation, bool, list[str]]]:
    """Each case, whether the guard caught it (named in its field a claim it does not name in the
    honest text) and what it named there."""
    honest: dict[tuple[str, str, str], dict[str, set[str]]] = {}
    results = []
    for case in cases:
        cv, path, part = _one_part(case.adjusted(), case.field)
        key = (case.base.set, case.base.key, part)
        if key not in honest:
            honest[key] = _named(
                review(case.base.source, _one_part(case.base.honest, case.field)[0], case.base.prompt)[1]
            )
        named = _named(review(case.base.source, cv, case.base.prompt)[1]).get(path, set())
        results.append((case, bool(named - honest[key].get(path, set())), sorted(named)))
    return results
