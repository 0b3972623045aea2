"""Generated CVs with honest rewordings and injected fabrications, for the claims check's tests and
``scripts/bench_claims.py``.

CVs come from six domains (cloud, data, SAP, embedded, finance, healthcare), each with its own
employers, technologies, figures and phrasing. An *honest* variant rewords a CV the way models do
(``HONEST_STYLES``); a *fabricated* variant slips one claim (``FABRICATION_KINDS``) into one field
(overview, a description, a bullet) at the start, middle or end of a sentence. Everything is drawn
from a seeded ``random.Random``: the same seed gives the same corpus.
"""

from __future__ import annotations

import copy
import random
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """A number as the CV writes it and as an honest rewording may write it instead."""

    source: str
    other: tuple[str, ...]


def _count(rng: random.Random) -> Figure:
    n = rng.choice([3, 4, 5, 6, 7, 8, 9, 12, 15, 20, 25, 40, 60])
    words = {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 12: "twelve",
             15: "fifteen", 20: "twenty", 25: "twenty-five", 40: "forty", 60: "sixty"}
    return Figure(words[n], (str(n),)) if rng.random() < 0.4 else Figure(str(n), (words[n],))


def _thousands(rng: random.Random) -> Figure:
    n = rng.choice([1, 2, 5, 10, 50, 200])
    return Figure(f"{n},000", (f"{n}000", f"{n}k", f"{n}K"))


def _percent(rng: random.Random) -> Figure:
    p = rng.choice([10, 15, 20, 30, 35, 40, 45, 60])
    return Figure(f"{p}%", (f"{p} percent", f"{p} %"))


def _money(rng: random.Random) -> Figure:
    n = rng.choice([2, 3, 4, 8])
    return Figure(f"${n}M", (f"{n} million dollars", f"${n} million"))


_FIGURES = {"n": _count, "k": _thousands, "pct": _percent, "money": _money}

# Per domain: employers/customers, technologies, skills, industries, certificates, degrees, and
# bullets as (verb, object, rest, split) with {t0}.. technologies, {c} customer, figures {n} {k} {pct} {money}.
DOMAINS = {
    "cloud": {
        "customers": ["Nordwind Logistics", "Helvetia Rail", "Brightwater Utilities", "Calder Retail"],
        "tech": ["AWS", "Terraform", "Kubernetes", "Ansible", "Prometheus", "GitLab"],
        "skills": ["Cloud architecture", "Infrastructure as code", "Site reliability"],
        "industries": ["Logistics", "Utilities"],
        "title": "Cloud Architect",
        "bullets": [
            ("Designed", "the landing zone", "for {c} with {t0} and {t1}", ("Designed the landing zone for {c}", "Used {t0} and {t1} for it")),
            ("Migrated", "{n} services to {t2}", "cutting hosting costs by {pct}", ("Migrated {n} services to {t2}", "Cut hosting costs by {pct}")),
            ("Automated", "the deployments", "with {t5} pipelines and {t3}", ("Automated the deployments", "Used {t5} pipelines and {t3} for them")),
            ("Set up", "monitoring with {t4}", "for {k} requests per minute", ("Set up monitoring with {t4}", "Monitored {k} requests per minute")),
            ("Trained", "{n} engineers", "on infrastructure as code", ("Trained {n} engineers", "Taught infrastructure as code")),
        ],
        "descriptions": [("Engagement for {c} covering the move of the data centre to {t0}.", "For {c}: the move of the data centre to {t0}."),
                         ("Platform team at {c} running the shared cloud services.", "At {c}: running the shared cloud services.")],
    },
    "data": {
        "customers": ["Lindqvist Telecom", "Orbis Media", "Pellegrini Foods", "Hartmann Chemicals"],
        "tech": ["Spark", "Airflow", "Databricks", "Python", "dbt", "Snowflake"],
        "skills": ["Data engineering", "Data modelling", "Analytics"],
        "industries": ["Telecommunications", "Media"],
        "title": "Data Engineer",
        "bullets": [
            ("Built", "a data lake on {t2}", "ingesting {k} events per day", ("Built a data lake on {t2}", "Ingested {k} events per day")),
            ("Wrote", "ingestion jobs in {t3} and {t0}", "for the billing data of {c}", ("Wrote ingestion jobs in {t3} and {t0}", "Loaded the billing data of {c}")),
            ("Orchestrated", "the nightly loads", "with {t1}, shortening them by {pct}", ("Orchestrated the nightly loads with {t1}", "Shortened them by {pct}")),
            ("Modelled", "the sales marts", "in {t4} on {t5}", ("Modelled the sales marts", "Used {t4} on {t5}")),
            ("Coached", "{n} analysts", "on writing tested SQL", ("Coached {n} analysts", "Taught tested SQL")),
        ],
        "descriptions": [("Engagement for {c} covering the new analytics platform on {t2}.", "For {c}: the new analytics platform on {t2}."),
                         ("Data team at {c} building the reporting pipelines.", "At {c}: building the reporting pipelines.")],
    },
    "sap": {
        "customers": ["Brenner Maschinenbau", "Vestra Pharma", "Kalmar Steel", "Ostara Textiles"],
        "tech": ["SAP", "S/4HANA", "ABAP", "Fiori", "SAP BW", "Solution Manager"],
        "skills": ["SAP finance", "Order to cash", "Master data"],
        "industries": ["Manufacturing", "Pharma"],
        "title": "SAP Consultant",
        "bullets": [
            ("Led", "the move from ECC to {t1}", "for {n} company codes of {c}", ("Led the move from ECC to {t1}", "Covered {n} company codes of {c}")),
            ("Developed", "{t2} reports", "for month-end closing", ("Developed {t2} reports", "Supported the month-end closing")),
            ("Designed", "{t3} apps for purchase approvals", "used by {k} employees", ("Designed {t3} apps for purchase approvals", "Rolled them out to {k} employees")),
            ("Cleaned", "the master data", "reducing duplicate vendors by {pct}", ("Cleaned the master data", "Reduced duplicate vendors by {pct}")),
            ("Ran", "the testing", "with {t5} across {n} sprints", ("Ran the testing with {t5}", "Covered {n} sprints")),
        ],
        "descriptions": [("Engagement for {c} covering the {t1} finance rollout.", "For {c}: the {t1} finance rollout."),
                         ("Programme at {c} to harmonise order to cash in {t0}.", "At {c}: harmonising order to cash in {t0}.")],
    },
    "embedded": {
        "customers": ["Kestrel Avionics", "Muller Medical Devices", "Tessaro Automotive", "Ridgeway Robotics"],
        "tech": ["C", "C++", "FreeRTOS", "Yocto", "CAN", "MISRA"],
        "skills": ["Embedded software", "Real-time systems", "Firmware"],
        "industries": ["Automotive", "Aerospace"],
        "title": "Embedded Engineer",
        "bullets": [
            ("Wrote", "firmware in {t1}", "for the motor controller of {c}", ("Wrote firmware in {t1}", "Targeted the motor controller of {c}")),
            ("Ported", "the scheduler to {t2}", "cutting boot time by {pct}", ("Ported the scheduler to {t2}", "Cut boot time by {pct}")),
            ("Built", "{t3} images", "for {n} board variants", ("Built {t3} images", "Covered {n} board variants")),
            ("Implemented", "the {t4} bus driver", "handling {k} frames per second", ("Implemented the {t4} bus driver", "Handled {k} frames per second")),
            ("Brought", "the code base", "to {t5} compliance", ("Brought the code base to {t5}", "Reached {t5} compliance")),
        ],
        "descriptions": [("Engagement for {c} covering the firmware of the next controller.", "For {c}: the firmware of the next controller."),
                         ("Product team at {c} building the sensor gateway in {t1}.", "At {c}: building the sensor gateway in {t1}.")],
    },
    "finance": {
        "customers": ["Aldergate Bank", "Corvina Insurance", "Mistral Asset Management", "Quayside Capital"],
        "tech": ["Java", "Kafka", "Oracle", "Spring", "Murex", "Jenkins"],
        "skills": ["Trading systems", "Risk reporting", "Payments"],
        "industries": ["Banking", "Insurance"],
        "title": "Software Engineer",
        "bullets": [
            ("Developed", "the pricing service in {t0} and {t3}", "for {c}", ("Developed the pricing service in {t0} and {t3}", "Delivered it for {c}")),
            ("Streamed", "trade events through {t1}", "at {k} messages per second", ("Streamed trade events through {t1}", "Reached {k} messages per second")),
            ("Tuned", "the {t2} risk queries", "cutting report time by {pct}", ("Tuned the {t2} risk queries", "Cut report time by {pct}")),
            ("Integrated", "{t4} with the settlement system", "handling {money} a day", ("Integrated {t4} with the settlement system", "Handled {money} a day")),
            ("Mentored", "{n} junior developers", "on code review", ("Mentored {n} junior developers", "Ran code reviews with them")),
        ],
        "descriptions": [("Engagement for {c} covering the replacement of the trading platform.", "For {c}: the replacement of the trading platform."),
                         ("Risk team at {c} building the regulatory reports.", "At {c}: building the regulatory reports.")],
    },
    "healthcare": {
        "customers": ["Santis Hospital Group", "Meridian Clinics", "Alva Diagnostics", "Fjord Health"],
        "tech": ["HL7", "FHIR", "Epic", "Azure", "Mirth", "SQL Server"],
        "skills": ["Clinical integration", "Interoperability", "Patient records"],
        "industries": ["Healthcare", "Life sciences"],
        "title": "Integration Consultant",
        "bullets": [
            ("Connected", "{n} clinical systems", "through {t4} interfaces", ("Connected {n} clinical systems", "Used {t4} interfaces")),
            ("Mapped", "{t0} messages to {t1} resources", "for {c}", ("Mapped {t0} messages to {t1} resources", "Delivered the mapping for {c}")),
            ("Migrated", "patient records to {t3}", "covering {k} patients", ("Migrated patient records to {t3}", "Covered {k} patients")),
            ("Configured", "{t2} order sets", "reducing manual entry by {pct}", ("Configured {t2} order sets", "Reduced manual entry by {pct}")),
            ("Tested", "the {t5} reporting database", "before the go-live", ("Tested the {t5} reporting database", "Tested it before the go-live")),
        ],
        "descriptions": [("Engagement for {c} covering the integration of the new patient record.", "For {c}: the integration of the new patient record."),
                         ("Integration team at {c} connecting the laboratory systems.", "At {c}: connecting the laboratory systems.")],
    },
}

FIRST_NAMES = ["Anna", "Lukas", "Sofia", "Mateo", "Ingrid", "Tomas", "Priya", "Jonas", "Elena", "Karim"]
LAST_NAMES = ["Berger", "Lindgren", "Rossi", "Novak", "Okafor", "Schmid", "Dubois", "Varga", "Keller", "Moreau"]
SYNONYMS = {"Designed": ["Architected", "Engineered"], "Migrated": ["Moved", "Transitioned"],
            "Automated": ["Scripted", "Streamlined"], "Set up": ["Established", "Put in place"],
            "Trained": ["Coached", "Upskilled"], "Built": ["Created", "Assembled"], "Wrote": ["Authored", "Coded"],
            "Orchestrated": ["Scheduled", "Coordinated"], "Modelled": ["Designed", "Shaped"],
            "Coached": ["Mentored", "Guided"], "Led": ["Headed", "Steered"], "Developed": ["Created", "Delivered"],
            "Cleaned": ["Cleansed", "Tidied"], "Ran": ["Managed", "Oversaw"], "Ported": ["Moved", "Adapted"],
            "Implemented": ["Delivered", "Engineered"], "Brought": ["Moved", "Raised"], "Streamed": ["Routed", "Published"],
            "Tuned": ["Optimised", "Improved"], "Integrated": ["Connected", "Linked"], "Mentored": ["Coached", "Guided"],
            "Connected": ["Integrated", "Linked"], "Mapped": ["Translated", "Converted"], "Configured": ["Set up", "Tailored"],
            "Tested": ["Validated", "Verified"]}
# What a fabrication draws on; each pick is checked to be absent from the CV.
INVENTED_TECH = ["Haskell", "Rust", "Elixir", "TensorFlow", "PostgreSQL", "Node.js", "C#", ".NET", "Scala",
                 "Cassandra", "RabbitMQ", "OpenShift", "Tableau", "GraphQL", "Kotlin", "MongoDB", "Erlang", "Svelte"]
# Technologies named with an everyday English word: what a job posting may hold and the CV lack.
WORDLIKE_TECH = ["Snowflake", "Airflow", "Spring", "Slack", "Flask", "React", "Epic", "Spark", "Ruby", "Swift"]
INVENTED_COMPANIES = ["Siemens", "Deutsche Bank", "Novartis", "Allianz", "Bosch", "Roche", "Vodafone", "Maersk",
                      "Ericsson", "Unilever", "Lufthansa", "Zurich Insurance", "Philips", "Heineken"]
INVENTED_CERTS = ["PMP", "CISSP", "AWS Certified Solutions Architect", "TOGAF", "PRINCE2", "CKA", "ITIL", "CFA"]
INVENTED_DEGREES = ["PhD in Physics", "MBA", "MSc in Statistics", "BSc in Electrical Engineering",
                    "master's degree in economics", "doctorate in chemistry"]
FIELDS = ("overview", "description", "bullet")
POSITIONS = ("start", "middle", "end")
FABRICATION_KINDS = ("metric", "technology", "customer", "years", "certification", "degree", "team size",
                     "new bullet", "moved bullet")
HONEST_STYLES = ("verb synonyms", "sentences reordered", "shorter", "longer", "bullets merged", "bullet split",
                 "description condensed", "figures rewritten", "passive voice", "vocabulary the CV uses",
                 "several at once")
NEW_BULLETS = ["Negotiated supplier contracts for the procurement office", "Organised the yearly offsite for the sales team",
               "Redesigned the onboarding handbook for new hires", "Audited the travel expense process",
               "Ran the customer hotline during the holiday season", "Prepared the annual budget for the marketing department"]


@dataclass
class CvPlan:
    """A generated CV and how its bullets were built (for rewording them)."""

    cv: dict
    domain: str
    bullets: list[list[tuple]]        # per experience: (verb, object, rest, split) filled with source figures
    honest_bullets: list[list[tuple]]  # the same with each figure written another way
    descriptions: list[tuple[str, str]]  # per experience: (source, condensed)
    job: str = ""                      # the job posting the model was given


@dataclass
class Case:
    """One adjusted CV to check: honest (``kind`` None) or with one injected claim."""

    original: dict
    adjusted: dict
    style: str                  # the rewording style or the fabrication kind
    field: str                  # overview, experiences[i].description, experiences[i].bullets[j]
    position: str = ""
    claim: str = ""             # the invented text (what must not survive the guard)
    fabricated: bool = False
    prompt: str = ""            # the job posting the model was given


def _fill(template: str, values: dict) -> str:
    return template.format(**values)


def make_cv(rng: random.Random, domain: str) -> CvPlan:
    spec = DOMAINS[domain]
    tech = spec["tech"]
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    customers = rng.sample(spec["customers"], 3)
    experiences, bullets, honest, descriptions = [], [], [], []
    years = [(2021, 2024), (2017, 2021), (2013, 2017)]
    offset = rng.randrange(len(spec["bullets"]))
    for index, customer in enumerate(customers):
        figures = {k: make(rng) for k, make in _FIGURES.items()}
        values = {"c": customer, **{f"t{i}": t for i, t in enumerate(tech)}}
        src = {**values, **{k: f.source for k, f in figures.items()}}
        alt = {**values, **{k: rng.choice(f.other) for k, f in figures.items()}}
        left_out = (offset + index) % len(spec["bullets"])  # each experience lacks another of the five
        chosen = rng.sample([b for k, b in enumerate(spec["bullets"]) if k != left_out], 4)
        filled = [(v, _fill(o, src), _fill(r, src), tuple(_fill(s, src) for s in sp)) for v, o, r, sp in chosen]
        filled_alt = [(v, _fill(o, alt), _fill(r, alt), tuple(_fill(s, alt) for s in sp)) for v, o, r, sp in chosen]
        description = rng.choice(spec["descriptions"])
        descriptions.append((_fill(description[0], src), _fill(description[1], src)))
        start, end = years[index]
        experiences.append({
            "heading": f"{start}-{end} {customer}",
            "description": descriptions[-1][0],
            "bullets": [_sentence(b) for b in filled],
            "environment": rng.sample(tech, 3),
        })
        bullets.append(filled)
        honest.append(filled_alt)
    years_total = rng.choice([8, 10, 11, 14])
    industries = spec["industries"]
    overview = (f"{spec['title']} with {years_total} years of experience in {spec['skills'][0].lower()}. "
                f"Specialised in {tech[0]} and {tech[1]}. "
                f"Worked for clients in {industries[0].lower()} and {industries[1].lower()}.")
    cv = {
        "identity": {"title": spec["title"], "full_name": f"{first} {last}", "first_name": first, "last_name": last},
        "sidebar": {"skills": list(spec["skills"]), "languages": ["English", "German"] if domain != "healthcare" else ["English"],
                    "tools": list(tech[:4]), "certifications": [], "industries": list(industries),
                    "spoken_languages": ["English", "French"], "academic_background": ["BSc Computer Science"]},
        "overview": overview,
        "experiences": experiences,
    }
    wordlike = [t for t in WORDLIKE_TECH if t.casefold() not in str(cv).casefold()]
    job = (f"We are hiring a Senior {spec['title']} for our {industries[0]} Team. You know {tech[0]} and "
           f"{tech[2]}; experience with {rng.choice(wordlike)} or {rng.choice(wordlike)} is a plus.")
    return CvPlan(cv, domain, bullets, honest, descriptions, job)


def _sentence(bullet: tuple) -> str:
    verb, obj, rest, _ = bullet
    text = f"{verb} {obj} {rest}"
    return re.sub(r"(?<!,) (cutting|reducing|shortening) ", r", \1 ", text)


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first[1:].islower() and first[0].isupper() else text


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


# --- honest rewordings -------------------------------------------------------------------------
def honest(plan: CvPlan, style: str, rng: random.Random) -> Case:
    """The CV reworded in ``style`` throughout (every experience, and the overview where it applies)."""
    cv = copy.deepcopy(plan.cv)
    for i, entry in enumerate(cv["experiences"]):
        src, alt = plan.bullets[i], plan.honest_bullets[i]
        if style == "verb synonyms":
            entry["bullets"] = [_sentence((rng.choice(SYNONYMS.get(v, [v])), o, r, s)) for v, o, r, s in src]
        elif style == "sentences reordered":
            entry["bullets"] = list(reversed(entry["bullets"]))
            entry["description"] = " ".join(reversed(re.split(r"(?<=\.) ", entry["description"])))
        elif style == "shorter":
            entry["bullets"] = [f"{v} {o}" for v, o, _, _ in src]
        elif style == "longer":
            extra = rng.choice(["end to end", "in close cooperation with the client", "from design to go-live"])
            entry["bullets"] = [f"Successfully {_lower_first(_sentence(b))}, {extra}" for b in src]
            entry["description"] += " The work ran in agile sprints."  if "agile" in str(plan.cv).lower() else ""
        elif style == "bullets merged":
            b = [_sentence(x) for x in src]
            entry["bullets"] = [f"{b[0]} and {_lower_first(b[1])}", f"{b[2]}; {_lower_first(b[3])}"]
        elif style == "bullet split":
            entry["bullets"] = [part for b in src for part in b[3]]
        elif style == "description condensed":
            entry["description"] = plan.descriptions[i][1]
        elif style == "figures rewritten":
            entry["bullets"] = [_sentence(b) for b in alt]
        elif style == "passive voice":
            entry["bullets"] = [f"{_cap(o)} {'were' if o.split()[0].isdigit() or o.endswith('s') else 'was'} "
                                f"{v.lower()} {r}" for v, o, r, _ in src]
        elif style == "several at once":  # synonyms, other figures, reordered, the description condensed
            entry["bullets"] = [_sentence((rng.choice(SYNONYMS.get(v, [v])), o, r, s)) for v, o, r, s in alt][::-1]
            entry["description"] = plan.descriptions[i][1]
        elif style == "vocabulary the CV uses":
            env = entry["environment"]
            entry["bullets"] = [f"{_sentence(b)} (with {rng.choice(env)})" for b in src]
            label = rng.choice(["Tools", "Environment", "Technologies used"])
            entry["description"] = f"{entry['description']} {label}: {', '.join(env)}."
    if style in ("sentences reordered", "several at once"):
        cv["overview"] = " ".join(reversed(re.split(r"(?<=\.) ", cv["overview"])))
    elif style == "verb synonyms":
        cv["overview"] = cv["overview"].replace("Specialised in", "Focused on").replace("Worked for", "Served")
    elif style == "shorter":
        cv["overview"] = re.split(r"(?<=\.) ", cv["overview"])[0]
    elif style == "vocabulary the CV uses":
        cv["overview"] += f" Skilled in {cv['sidebar']['skills'][1].lower()} with {cv['sidebar']['tools'][2]}."
    return Case(plan.cv, cv, style, "all", prompt=plan.job)


# --- fabrications ------------------------------------------------------------------------------
def _absent(rng: random.Random, pool: list[str], cv: dict) -> str:
    text = str(cv).casefold()
    choices = [p for p in pool if not any(w.casefold() in text for w in re.findall(r"[\w+#.']+", p) if len(w) > 2
                                          or not w.isalpha())]
    return rng.choice(choices)


def _absent_number(rng: random.Random, cv: dict, low: int, high: int) -> int:
    stated = _numbers(cv)
    while True:
        n = rng.randint(low, high)
        if str(n) not in stated:
            return n


def _numbers(value) -> set[str]:
    from cvextract.claims.numbers import numbers_in

    if isinstance(value, dict):
        return set().union(*(_numbers(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_numbers(v) for v in value)) if value else set()
    return set(numbers_in(str(value or "")))


def _claim(kind: str, rng: random.Random, cv: dict, job: str) -> tuple[str, dict]:
    """The invented claim and its phrases for the start, middle and end of a sentence."""
    if kind == "metric":
        n = _absent_number(rng, cv, 11, 89)
        claim = rng.choice([f"{n}%", f"{n} percent", f"${n}M"])
        return claim, {"start": f"{claim} savings: ", "middle": f" (saving {claim})", "end": f", saving {claim}"}
    if kind == "technology":  # from nowhere, or a name the posting holds and the CV lacks
        posted = [t for t in WORDLIKE_TECH if t in job and t.casefold() not in str(cv).casefold()]
        claim = rng.choice(posted) if posted and rng.random() < 0.5 else _absent(rng, INVENTED_TECH, cv)
        return claim, {"start": f"{claim}: ", "middle": f" with {claim}", "end": f" using {claim}"}
    if kind == "customer":
        claim = _absent(rng, INVENTED_COMPANIES, cv)
        return claim, {"start": f"{claim}: ", "middle": f" for {claim}", "end": f" for {claim}"}
    if kind == "years":
        n = _absent_number(rng, cv, 5, 30)
        claim = str(n)
        return claim, {"start": f"{n} years of experience: ", "middle": f" (with {n} years of experience)",
                       "end": f", drawing on {n} years of experience"}
    if kind == "certification":
        claim = _absent(rng, INVENTED_CERTS, cv)
        return claim, {"start": f"{claim} certified: ", "middle": f" as a {claim} certified consultant",
                       "end": f", holding the {claim} certification"}
    if kind == "degree":
        claim = _absent(rng, INVENTED_DEGREES, cv)
        return claim, {"start": f"{_cap(claim)} holder: ", "middle": f" (drawing on a {claim})",
                       "end": f", backed by a {claim}"}
    if kind == "team size":
        n = _absent_number(rng, cv, 5, 40)
        claim = str(n)
        return claim, {"start": f"{n}-person team lead: ", "middle": f" (leading a team of {n})",
                       "end": f", managing a team of {n} engineers"}
    raise ValueError(kind)


def _inject(sentence: str, phrase: str, position: str) -> str:
    sentence = sentence.rstrip(".")
    if position == "start":
        return phrase + sentence
    if position == "end":
        return sentence + phrase
    head, _, tail = sentence.partition(" ")
    return f"{head}{phrase} {tail}"


def fabricated(plan: CvPlan, kind: str, field: str, position: str, rng: random.Random) -> Case:
    """The CV with one invented ``kind`` of claim in ``field`` (overview, description, bullet)."""
    cv = copy.deepcopy(plan.cv)
    i = rng.randrange(len(cv["experiences"]))
    entry = cv["experiences"][i]
    slot = {"start": 0, "middle": len(entry["bullets"]) // 2, "end": len(entry["bullets"])}[position]
    if kind == "new bullet":
        claim = rng.choice(NEW_BULLETS)
        j = slot  # a new bullet's position: first, among, or after the others
        entry["bullets"].insert(j, claim)
        return Case(plan.cv, cv, kind, f"experiences[{i}].bullets[{j}]", position, claim, True, plan.job)
    if kind == "moved bullet":
        def elsewhere(i):  # the other experiences' bullets this one has no like of
            own_verbs = {b.split()[0] for b in cv["experiences"][i]["bullets"]}
            return [b for k, e in enumerate(cv["experiences"]) if k != i for b in e["bullets"]
                    if b.split()[0] not in own_verbs]
        i = next(k for k in [i, *range(len(cv["experiences"]))] if elsewhere(k))
        entry = cv["experiences"][i]
        claim = rng.choice(elsewhere(i))
        j = {"start": 0, "middle": len(entry["bullets"]) // 2, "end": len(entry["bullets"])}[position]
        entry["bullets"].insert(j, claim)
        return Case(plan.cv, cv, kind, f"experiences[{i}].bullets[{j}]", position, claim, True, plan.job)
    claim, phrases = _claim(kind, rng, cv, plan.job)
    if field == "overview":
        parts = re.split(r"(?<=\.) ", cv["overview"])
        k = rng.randrange(len(parts))
        parts[k] = _inject(parts[k], phrases[position], position) + "."
        cv["overview"] = " ".join(parts)
        return Case(plan.cv, cv, kind, "overview", position, claim, True, plan.job)
    if field == "description":
        entry["description"] = _inject(entry["description"], phrases[position], position) + "."
        return Case(plan.cv, cv, kind, f"experiences[{i}].description", position, claim, True, plan.job)
    j = rng.randrange(len(entry["bullets"]))
    entry["bullets"][j] = _inject(entry["bullets"][j], phrases[position], position)
    return Case(plan.cv, cv, kind, f"experiences[{i}].bullets[{j}]", position, claim, True, plan.job)


NUMBER_KINDS = ("metric", "years", "team size")


def survives(case: Case, revised: dict) -> bool:
    """Whether the case's invented claim is still in its field of ``revised``."""
    text = field_text(revised, case.field)
    if case.style in NUMBER_KINDS:
        from cvextract.claims.numbers import numbers_in

        return bool(set(numbers_in(case.claim)) & set(numbers_in(text)))
    if case.style == "moved bullet":
        return case.claim in text.split("\n")
    return case.claim.casefold() in text.casefold()


def field_text(cv: dict, field: str) -> str:
    """The text at ``field`` (overview, experiences[i].description, experiences[i].bullets): a
    bullet's field stands for its experience's bullets, since a revert may move or drop it."""
    if field == "overview":
        return cv["overview"]
    match = re.fullmatch(r"experiences\[(\d+)\]\.(description|bullets)(?:\[\d+\])?", field)
    entry = cv["experiences"][int(match.group(1))]
    return entry["description"] if match.group(2) == "description" else "\n".join(entry["bullets"])


def corpus(n_cvs: int = 200, seed: int = 20) -> tuple[list[Case], list[Case]]:
    """``(honest, fabricated)`` cases over ``n_cvs`` CVs: every CV gets every honest style and a
    share of the fabrications, so that every kind meets every field and position."""
    rng = random.Random(seed)
    domains = sorted(DOMAINS)
    combos = [(kind, field, pos) for kind in FABRICATION_KINDS for field in FIELDS for pos in POSITIONS
              if kind not in ("new bullet", "moved bullet") or field == "bullet"]
    honest_cases, fabricated_cases = [], []
    for n in range(n_cvs):
        plan = make_cv(rng, domains[n % len(domains)])
        honest_cases += [honest(plan, style, rng) for style in HONEST_STYLES]
        for k in range(4):
            kind, field, pos = combos[(n * 4 + k) % len(combos)]
            fabricated_cases.append(fabricated(plan, kind, field, pos, rng))
    return honest_cases, fabricated_cases
