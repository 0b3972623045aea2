"""Held-out set B for the free-text claims check (issue 20): hand-written CVs and tailorings.

Written without sight of the guard's rules or of its other test sets, in domains away from the
usual cloud/data CVs (CRM, ITSM, mainframe, energy trading, GxP, logistics, games, networks, BI,
QA, insurance IT, UX). Every person, employer and figure is invented by this project.

Each CV has two honest tailorings, written as a GPT-4-class model writes them when asked to tailor
for a customer or a job posting (the context is given beside each): every sentence reworded, bullets
merged, split, reordered or cut to a fragment, numbers re-expressed without changing their value.
Each fabrication takes the first honest tailoring and changes one field so that it makes exactly one
claim the CV does not make; everything else stays the honest rewording.

    from claims_heldout_b import honest_cases, fabricated_cases, ambiguous_cases, all_cases

Each case is a :class:`Case`: ``source`` and ``adjusted`` (whole CV dicts in the contract's shape),
``kind`` (``"honest"`` or the fabrication kind), ``path`` (the field, e.g.
``experiences[0].bullets[2]``), ``text`` (what the model wrote there), ``claim`` (the invented
claim, fabrications only), ``cv`` (the set's name for the source CV) and ``context`` (the job or
customer the tailoring was for). Ambiguous cases carry ``reason`` and are reported, not counted.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from claims_blind_set import cv as contract_cv
from claims_blind_set import honest_fields, tailor, text_at

__all__ = [
    "Case",
    "Verdict",
    "judge",
    "SOURCES",
    "honest_cases",
    "fabricated_cases",
    "ambiguous_cases",
    "all_cases",
    "FABRICATION_KINDS",
]


@dataclass(frozen=True)
class Case:
    cv: str
    kind: str
    path: str
    text: str
    source: dict = field(repr=False)
    adjusted: dict = field(repr=False)
    context: str = ""
    claim: str = ""
    reason: str = ""
    base: dict | None = field(default=None, repr=False)  # the honest tailoring it was made from


def _cv(
    title, full_name, *, skills, languages, tools, certifications, industries, spoken, academic, overview, experiences
):
    return contract_cv(
        title,
        full_name,
        overview,
        experiences,
        skills=skills,
        languages=languages,
        tools=tools,
        certifications=certifications,
        industries=industries,
        spoken_languages=spoken,
        academic_background=academic,
    )


_PATH = re.compile(r"^(overview)$|^experiences\[(\d+)\]\.(description)$|^experiences\[(\d+)\]\.bullets\[(\d+|\+)\]$")


def _set(cv, path, text):
    """Put ``text`` at ``path`` (``bullets[+]`` appends a bullet); return the concrete path."""
    m = _PATH.match(path)
    if not m:
        raise ValueError(f"bad path {path!r}")
    if m.group(1):
        cv["overview"] = text
        return path
    if m.group(3):
        cv["experiences"][int(m.group(2))]["description"] = text
        return path
    bullets = cv["experiences"][int(m.group(4))]["bullets"]
    if m.group(5) == "+":
        bullets.append(text)
        return f"experiences[{m.group(4)}].bullets[{len(bullets) - 1}]"
    index = int(m.group(5))
    if index >= len(bullets):
        raise ValueError(f"{path!r} is past the tailoring's bullets")
    bullets[index] = text
    return path


def _texts(cv):
    for path in honest_fields(cv):
        yield path, text_at(cv, path)


FABRICATION_KINDS = (
    "number",
    "version",
    "sla",
    "metric_words",
    "tool",
    "tool_in_list",
    "customer",
    "certification",
    "certified",
    "degree",
    "award",
    "fortune500",
    "team_size",
    "duration",
    "date",
    "moved_bullet",
    "new_bullet",
    "years",
)

# name -> source CV; HONEST: name -> [(context, overview, [(description, bullets), ...]), ...];
# FABRICATED: name -> [(kind, path, text, claim), ...] applied to the first honest tailoring;
# AMBIGUOUS: name -> [(path, text, reason), ...] applied to the first honest tailoring.
SOURCES: dict[str, dict] = {}
HONEST: dict[str, list] = {}
FABRICATED: dict[str, list] = {}
AMBIGUOUS: dict[str, list] = {}


# --------------------------------------------------------------------------- Salesforce / CRM
SOURCES["salesforce"] = _cv(
    "Senior Salesforce Consultant",
    "Ingrid Halvorsen",
    skills=["Salesforce Sales Cloud", "Salesforce Service Cloud", "CPQ", "Data migration", "Requirements engineering"],
    languages=["Apex", "SOQL", "JavaScript"],
    tools=["Salesforce", "Data Loader", "Copado", "Jira"],
    certifications=["Salesforce Certified Administrator", "Salesforce Certified Platform App Builder"],
    industries=["Manufacturing", "Telecommunications"],
    spoken=["Norwegian", "English", "German"],
    academic=["BSc Information Systems, University of Bergen"],
    overview=(
        "Salesforce consultant with 9 years of CRM experience, focused on Sales Cloud and "
        "Service Cloud roll-outs for manufacturers and telecom operators. Led data migrations "
        "of up to 1.2 million records and coached admin teams of 4–6 people."
    ),
    experiences=[
        (
            "03/2021 – present | Lead Salesforce Consultant | Nordvik Industrial AS",
            "Global Sales Cloud and CPQ roll-out for an industrial pump manufacturer with sales units in 14 countries.",
            [
                "Designed the CPQ pricing model covering 2,300 product configurations and cut quote "
                "turnaround from 3–5 days to under 4 hours.",
                "Migrated approx. 1.2 million account and opportunity records from the legacy Siebel CRM "
                "with Data Loader in three waves.",
                "Set up the Copado release pipeline, reducing failed deployments by approx. 40 % within the "
                "first two quarters.",
                "Coached an admin team of 4 and handed over the org in Q3 2023.",
            ],
            ["Salesforce Sales Cloud", "Salesforce CPQ", "Apex", "Copado", "Data Loader", "Siebel"],
        ),
        (
            "01/2017 – 02/2021 | Salesforce Developer | Telemark Mobil",
            "Service Cloud implementation for a mobile operator's customer care centre of 350 agents.",
            [
                "Built Apex triggers and Lightning components for case routing, handling around 18,000 cases per day.",
                "Integrated the billing system via REST APIs, which lowered average handling time by 90 seconds.",
                "Delivered the second release two sprints ahead of plan.",
            ],
            ["Salesforce Service Cloud", "Apex", "Lightning", "REST", "Jira"],
        ),
    ],
)
HONEST["salesforce"] = [
    (
        "job posting: Salesforce CPQ lead for a machinery manufacturer",
        "Notably, a Salesforce CRM consultant of 9 years who has rolled out Sales Cloud and Service Cloud "
        "for manufacturers and telecom operators, migrated up to 1.2 million records and coached admin "
        "teams of four to six.",
        [
            (
                "Worldwide Sales Cloud and CPQ roll-out for an industrial pump maker selling in 14 countries.",
                [
                    "Cut quote turnaround from 3-5 days to less than 4 hours with a CPQ pricing model spanning "
                    "2300 product configurations.",
                    "Moved roughly 1.2 million account and opportunity records off legacy Siebel CRM using Data "
                    "Loader, in 3 waves.",
                    "Additionally, introduced a Copado release pipeline: failed deployments down by around 40% "
                    "within the first two quarters.",
                    "Coached a four-person admin team; org handed over in the third quarter of 2023.",
                ],
            ),
            (
                "Service Cloud implementation for the customer care centre (350 agents) of a mobile operator.",
                [
                    "Apex triggers and Lightning components for case routing at around 18,000 cases a day; "
                    "billing integrated via REST APIs, lowering average handling time by 90 seconds.",
                    "Second release delivered 2 sprints ahead of plan.",
                ],
            ),
        ],
    ),
    (
        "customer: a telecom operator modernising its contact centre on Service Cloud",
        "CRM consultant (9 years) specialising in salesforce Service Cloud and Sales Cloud for telecom "
        "operators and manufacturers, with data migrations of up to 1.2 million records.",
        [
            (
                "For an industrial pump manufacturer with sales units in 14 countries: global Sales Cloud and "
                "CPQ roll-out.",
                [
                    "Migrated about 1.2 million records (accounts, opportunities) from Siebel with Data Loader.",
                    "Subsequently set up Copado releases, reducing failed deployments by approx. 40%.",
                    "CPQ pricing model for 2,300 product configurations.",
                ],
            ),
            (
                "Implemented Service Cloud for a mobile operator's 350-agent customer care centre.",
                [
                    "Integrated the billing system through REST APIs.",
                    "Average handling time lowered by 90 seconds.",
                    "Built Apex triggers and lightning components that route around 18,000 cases per day.",
                    "Delivered the second release two sprints before plan.",
                ],
            ),
        ],
    ),
]
FABRICATED["salesforce"] = [
    (
        "years",
        "overview",
        "Notably, a Salesforce CRM consultant of 11 years who has rolled out Sales Cloud and Service "
        "Cloud for manufacturers and telecom operators, migrated up to 1.2 million records and coached "
        "admin teams of four to six.",
        "11 years",
    ),
    (
        "number",
        "experiences[0].description",
        "Worldwide Sales Cloud and CPQ roll-out for an industrial pump maker selling in 17 countries.",
        "17 countries",
    ),
    (
        "metric_words",
        "experiences[0].bullets[0]",
        "Cut quote turnaround from 3-5 days to less than 4 hours with a CPQ pricing model spanning 2300 "
        "product configurations, halving the sales cycle.",
        "halving the sales cycle",
    ),
    (
        "tool",
        "experiences[0].bullets[1]",
        "Moved roughly 1.2 million account and opportunity records off legacy Siebel CRM using Data "
        "Loader and mulesoft, in 3 waves.",
        "mulesoft",
    ),
    (
        "number",
        "experiences[0].bullets[2]",
        "Additionally, introduced a Copado release pipeline: failed deployments down by around 45% "
        "within the first two quarters.",
        "45%",
    ),
    (
        "date",
        "experiences[0].bullets[3]",
        "Coached a four-person admin team; org handed over in the third quarter of 2022.",
        "2022",
    ),
    (
        "customer",
        "experiences[1].description",
        "Service Cloud implementation for Vodafone's customer care centre (350 agents).",
        "Vodafone",
    ),
    (
        "sla",
        "experiences[1].bullets[+]",
        "Kept the contact-centre org at 99.9% availability around the clock.",
        "99.9% availability",
    ),
    (
        "certification",
        "overview",
        "PMP-certified Salesforce CRM consultant of 9 years who has rolled out Sales Cloud and Service "
        "Cloud for manufacturers and telecom operators, migrated up to 1.2 million records and coached "
        "admin teams of four to six.",
        "PMP",
    ),
    (
        "moved_bullet",
        "experiences[1].bullets[+]",
        "Set up the Copado release pipeline and reduced failed deployments.",
        "Set up the Copado release pipeline and reduced failed deployments.",
    ),
    (
        "degree",
        "overview",
        "Notably, a Salesforce CRM consultant of 9 years with an MSc in Information Systems who has "
        "rolled out Sales Cloud and Service Cloud for manufacturers and telecom operators and coached "
        "admin teams of four to six.",
        "MSc",
    ),
    (
        "certified",
        "experiences[0].description",
        "Worldwide Sales Cloud and CPQ roll-out, led as a certified CPQ specialist, for an industrial "
        "pump maker selling in 14 countries.",
        "certified CPQ specialist",
    ),
]
AMBIGUOUS["salesforce"] = [
    (
        "experiences[0].bullets[3]",
        "Coached a six-person admin team; org handed over in Q3 2023.",
        "six sits in the overview's '4–6 people' but this experience says 4",
    ),
    (
        "experiences[1].bullets[0]",
        "Apex triggers and Lightning components routing close to 20,000 cases a day.",
        "'close to 20,000' rounds 'around 18,000' upward: a reader may call it the same order or a new figure",
    ),
]


# --------------------------------------------------------------------------- ServiceNow / ITSM
SOURCES["servicenow"] = _cv(
    "ServiceNow Architect",
    "Tomasz Wierzbicki",
    skills=["ServiceNow ITSM", "ServiceNow ITOM", "CMDB design", "ITIL processes", "Service catalogue"],
    languages=["JavaScript", "Glide"],
    tools=["ServiceNow", "Discovery", "Flow Designer", "IntegrationHub", "Azure DevOps"],
    certifications=["ServiceNow Certified System Administrator", "ITIL v3 Foundation"],
    industries=["Retail", "Public sector"],
    spoken=["Polish", "English"],
    academic=["MSc Computer Science, Warsaw University of Technology"],
    overview=(
        "ServiceNow architect with 8 years on the platform, from IT service management (ITSM) and "
        "ITOM implementations to "
        "CMDB clean-ups. Has moved three organisations off BMC Remedy and runs 24/7 support "
        "models for retail and public-sector customers."
    ),
    experiences=[
        (
            "09/2020 – present | ServiceNow Architect | Kowalczyk Retail Group",
            "ITSM and ITOM programme for a retailer with 1,100 stores, replacing BMC Remedy.",
            [
                "Designed the CMDB with Discovery covering about 42,000 configuration items, raising data "
                "completeness from 61% to 93%.",
                "Built 120 catalogue items in Flow Designer, cutting manual fulfilment effort by 2.5 FTE.",
                "Moved incident, problem and change management to the Tokyo release, then upgraded to Utah in Q2 2023.",
                "Ran the hypercare team through the 24/7 cut-over weekend with zero P1 incidents.",
            ],
            ["ServiceNow ITSM", "ServiceNow ITOM", "Discovery", "Flow Designer", "BMC Remedy"],
        ),
        (
            "04/2016 – 08/2020 | ServiceNow Developer | Urząd Cyfryzacji (Digital Office)",
            "Service desk platform for a government digital office serving 14 ministries.",
            [
                "Integrated the HR system through IntegrationHub REST spokes.",
                "Reduced the average incident resolution time from 3.2 days to 1.4 days over 18 months.",
                "Wrote the ATF regression suite of 260 tests used for every upgrade.",
            ],
            ["ServiceNow ITSM", "IntegrationHub", "JavaScript", "ATF"],
        ),
    ],
)
HONEST["servicenow"] = [
    (
        "job posting: ServiceNow IT Service Management lead for a retail chain",
        "ServiceNow IT Service Management (ITSM) and ITOM architect with eight years on the "
        "platform, three BMC Remedy migrations behind him and round-the-clock support models "
        "for retailers and the public sector.",
        [
            (
                "Replaced BMC Remedy for a 1100-store retailer through an ITSM and ITOM programme.",
                [
                    "Raised CMDB data completeness from 61 % to 93 % by designing it around Discovery, with "
                    "roughly 42,000 configuration items.",
                    "120 catalogue items built in Flow Designer, which took 2.5 FTE of manual fulfilment off the team.",
                    "Incident, problem and change management moved to the Tokyo release; upgraded to Utah in the "
                    "second quarter of 2023.",
                    "Led hypercare through the 24/7 cut-over weekend: no P1 incidents.",
                ],
            ),
            (
                "Government digital office service desk serving 14 ministries.",
                [
                    "HR system integrated via IntegrationHub REST spokes.",
                    "Cut average incident resolution time from 3.2 to 1.4 days within 18 months.",
                    "Authored a 260-test ATF regression suite, run on every upgrade.",
                ],
            ),
        ],
    ),
    (
        "customer: a ministry consolidating its service desks",
        "Platform architect on servicenow for eight years: ITSM, ITOM and CMDB clean-ups, three "
        "organisations moved off BMC Remedy, and 24/7 support for public-sector and retail customers.",
        [
            (
                "ITSM/ITOM programme replacing BMC Remedy at a retailer with 1,100 stores.",
                [
                    "CMDB: Discovery-based design, about 42,000 configuration items, completeness up from 61% to 93%.",
                    "Tokyo release for incident, problem and change management, followed by the Utah upgrade "
                    "(Q2 2023).",
                ],
            ),
            (
                "Service desk platform built for a digital office in government that serves 14 ministries.",
                [
                    "Over 18 months, average incident resolution time went from 3.2 days down to 1.4 days.",
                    "Additionally wrote an ATF regression suite (260 tests) used for each upgrade, and integrated "
                    "the HR system with IntegrationHub REST spokes.",
                ],
            ),
        ],
    ),
]
FABRICATED["servicenow"] = [
    (
        "version",
        "experiences[0].bullets[2]",
        "Incident, problem and change management moved to the Tokyo release; upgraded to Vancouver in "
        "the second quarter of 2023.",
        "Vancouver",
    ),
    (
        "number",
        "experiences[0].bullets[0]",
        "Raised CMDB data completeness from 61 % to 98 % by designing it around Discovery, with roughly "
        "42,000 configuration items.",
        "98 %",
    ),
    (
        "team_size",
        "experiences[0].bullets[3]",
        "Led a hypercare team of 12 through the 24/7 cut-over weekend: no P1 incidents.",
        "team of 12",
    ),
    (
        "certification",
        "overview",
        "ServiceNow IT Service Management (ITSM) and ITOM architect and CISSP with eight years "
        "on the platform, three BMC Remedy migrations behind him and round-the-clock "
        "support models for retailers and the public sector.",
        "CISSP",
    ),
    (
        "certification",
        "overview",
        "ServiceNow ITSM and ITOM architect with eight years on the platform, three BMC Remedy migrations "
        "behind him and round-the-clock support models for retailers and the public sector; ITIL 4 "
        "Managing Professional.",
        "ITIL 4",
    ),
    ("tool", "experiences[1].bullets[0]", "HR system integrated via IntegrationHub REST spokes and boomi.", "boomi"),
    (
        "duration",
        "experiences[1].bullets[1]",
        "Cut average incident resolution time from 3.2 to 1.4 days within 12 months.",
        "12 months",
    ),
    (
        "metric_words",
        "experiences[1].bullets[2]",
        "Authored a 260-test ATF regression suite, run on every upgrade, making upgrades three times faster.",
        "three times faster",
    ),
    (
        "customer",
        "overview",
        "ServiceNow ITSM and ITOM architect with eight years on the platform, three BMC Remedy migrations "
        "behind him (among them Tesco) and round-the-clock support models for retailers and the public "
        "sector.",
        "Tesco",
    ),
    (
        "new_bullet",
        "experiences[0].bullets[+]",
        "Introduced a major-incident process that brought the mean time to restore under 30 minutes.",
        "under 30 minutes",
    ),
    (
        "number",
        "experiences[1].description",
        "Government digital office service desk serving 16 ministries.",
        "16 ministries",
    ),
    (
        "fortune500",
        "overview",
        "ServiceNow ITSM and ITOM architect with eight years on the platform serving Fortune 500 "
        "retailers and the public sector, with three BMC Remedy migrations behind him.",
        "Fortune 500",
    ),
]
AMBIGUOUS["servicenow"] = [
    (
        "experiences[0].bullets[1]",
        "120 catalogue items built in Flow Designer, freeing two and a half people from manual fulfilment.",
        "'2.5 FTE' as 'two and a half people': same value, but FTE is not headcount",
    ),
    (
        "overview",
        "ServiceNow IT Service Management (ITSM) and IT Operations Management (ITOM) architect with eight "
        "years on the platform and three BMC Remedy migrations behind him.",
        "the CV never spells out ITOM: a standard expansion, but a name the CV does not write",
    ),
    (
        "experiences[0].bullets[0]",
        "Raised CMDB data completeness from 61 % to 93 % by designing it around Discovery, with roughly 42,000 CIs.",
        "'CIs' abbreviates the CV's 'configuration items' without the CV giving the pair",
    ),
]


# --------------------------------------------------------------------------- Mainframe / COBOL
SOURCES["mainframe"] = _cv(
    "Mainframe Modernisation Lead",
    "Hartmut Becker",
    skills=[
        "COBOL modernisation",
        "Batch scheduling",
        "DB2 performance tuning",
        "Code conversion",
        "Test automation for batch",
    ],
    languages=["COBOL", "JCL", "PL/I", "Java"],
    tools=["IBM z/OS", "CICS", "DB2", "Micro Focus Enterprise Server", "Control-M", "Git"],
    certifications=["IBM Certified System Programmer - z/OS"],
    industries=["Banking", "Insurance"],
    spoken=["German", "English"],
    academic=["Diplom-Informatiker (FH), Hochschule Darmstadt"],
    overview=(
        "Mainframe engineer with 22 years on IBM z/OS, the last 6 of them moving COBOL estates to "
        "Java and Micro Focus. Converted more than 4 million lines of COBOL for banks and "
        "insurers without a failed month-end close."
    ),
    experiences=[
        (
            "2019 – present | Modernisation Lead | Rheinische Landesbank",
            "Rehosting of the core deposit system (approx. 3.1 million lines of COBOL and PL/I) from z/OS "
            "to Micro Focus Enterprise Server on Linux.",
            [
                "Planned the migration in five waves over 30 months and delivered the first wave in Q1 2021.",
                "Rewrote 340 JCL jobs as Control-M workflows, shortening the nightly batch window from 7.5 "
                "hours to 4 hours.",
                "Set up regression tests that compare 1:1 the output of 2,800 batch runs.",
                "Led 9 developers across Frankfurt and Porto.",
            ],
            ["COBOL", "PL/I", "JCL", "Micro Focus Enterprise Server", "Control-M", "DB2"],
        ),
        (
            "2009 – 2018 | Senior Mainframe Developer | Allgemeine Versicherung AG",
            "Policy administration system for a property insurer on CICS and DB2.",
            [
                "Tuned DB2 SQL in the claims batch, reducing CPU consumption by about 25 %.",
                "Converted 900,000 lines of COBOL to Java 8 for the broker portal.",
                "Was on call in a 1-in-4 rota for the CICS regions.",
            ],
            ["COBOL", "CICS", "DB2", "Java 8"],
        ),
    ],
)
HONEST["mainframe"] = [
    (
        "job posting: COBOL-to-Java modernisation architect at a savings bank",
        "Twenty-two years on IBM z/OS, the most recent six spent moving COBOL estates to Java and Micro "
        "Focus: over 4 million lines converted for banks and insurers, never with a failed month-end "
        "close.",
        [
            (
                "Core deposit system rehosted from z/OS to Micro Focus Enterprise Server on Linux — roughly 3.1 "
                "million lines of COBOL and PL/I.",
                [
                    "Five-wave migration planned over 30 months; first wave live in Q1 2021.",
                    "Nightly batch window down from 7.5 h to 4 h after rewriting 340 JCL jobs as Control-M workflows.",
                    "Regression tests comparing the output of 2800 batch runs one to one.",
                    "Led nine developers in Frankfurt and Porto.",
                ],
            ),
            (
                "CICS/DB2 policy administration system of a property insurer.",
                [
                    "DB2 SQL tuning in the claims batch: around 25% less CPU.",
                    "Converted 900k lines of COBOL to Java 8 (broker portal).",
                    "1-in-4 on-call rota for the CICS regions.",
                ],
            ),
        ],
    ),
    (
        "customer: an insurer planning to leave the mainframe",
        "Mainframe engineer (22 years, IBM z/OS) who has spent the last 6 years modernising COBOL to Java "
        "and Micro Focus for insurers and banks, with more than four million lines converted.",
        [
            (
                "Rehosting of a bank's core deposit system, about 3.1 million lines of COBOL and PL/I, from "
                "z/OS onto Micro Focus Enterprise Server running Linux.",
                [
                    "Led 9 developers in Frankfurt and Porto through a migration planned in five "
                    "waves over 30 months, the first delivered in the first quarter of 2021.",
                    "Replaced 340 JCL jobs with Control-M workflows; the nightly batch now takes 4 hours instead "
                    "of 7.5.",
                ],
            ),
            (
                "Policy administration for a property insurer (CICS, DB2).",
                [
                    "Converted 900,000 lines of COBOL into Java 8 for the broker portal.",
                    "Reduced claims-batch CPU consumption by approx. 25 percent through DB2 SQL tuning.",
                    "On call for the CICS regions, one week in four.",
                ],
            ),
        ],
    ),
]
FABRICATED["mainframe"] = [
    ("version", "experiences[1].bullets[1]", "Converted 900k lines of COBOL to Java 11 (broker portal).", "Java 11"),
    (
        "number",
        "overview",
        "Twenty-two years on IBM z/OS, the most recent six spent moving COBOL estates to Java and Micro "
        "Focus: over 6 million lines converted for banks and insurers, never with a failed month-end "
        "close.",
        "6 million",
    ),
    (
        "duration",
        "experiences[0].bullets[0]",
        "Five-wave migration planned over 24 months; first wave live in Q1 2021.",
        "24 months",
    ),
    (
        "date",
        "experiences[0].bullets[0]",
        "Five-wave migration planned over 30 months; first wave live in Q4 2020.",
        "Q4 2020",
    ),
    (
        "number",
        "experiences[0].bullets[1]",
        "Nightly batch window down from 7.5 h to 3 h after rewriting 340 JCL jobs as Control-M workflows.",
        "3 h",
    ),
    (
        "tool_in_list",
        "experiences[0].bullets[2]",
        "Regression tests comparing the output of 2800 batch runs one to one, scripted in Python and Java.",
        "Python",
    ),
    (
        "team_size",
        "experiences[0].bullets[3]",
        "Led nine developers and four testers in Frankfurt and Porto.",
        "four testers",
    ),
    (
        "metric_words",
        "experiences[1].bullets[0]",
        "DB2 SQL tuning in the claims batch: around 25% less CPU and twice the throughput.",
        "twice the throughput",
    ),
    (
        "customer",
        "experiences[1].description",
        "CICS/DB2 policy administration system of a property insurer, delivered with Accenture.",
        "Accenture",
    ),
    (
        "degree",
        "overview",
        "Twenty-two years on IBM z/OS, with a master's degree in computer science, the most recent six "
        "spent moving COBOL estates to Java and Micro Focus for banks and insurers.",
        "master's degree",
    ),
    (
        "new_bullet",
        "experiences[1].bullets[+]",
        "Mentored 6 junior COBOL developers through the insurer's academy programme.",
        "Mentored 6 junior COBOL developers",
    ),
    (
        "tool",
        "experiences[0].description",
        "Core deposit system rehosted from z/OS to Micro Focus Enterprise Server on kubernetes — roughly "
        "3.1 million lines of COBOL and PL/I.",
        "kubernetes",
    ),
]
AMBIGUOUS["mainframe"] = [
    (
        "experiences[0].bullets[1]",
        "Nightly batch window nearly halved after rewriting 340 JCL jobs as Control-M workflows.",
        "7.5 h to 4 h is a 47% cut: 'nearly halved' is a fair reading or a new figure",
    ),
    (
        "experiences[0].bullets[3]",
        "Led nine developers across two sites, Frankfurt and Porto.",
        "'two sites' counts the CV's two cities: true, but a number the CV never writes",
    ),
]


# --------------------------------------------------------------------------- Energy trading
SOURCES["energy"] = _cv(
    "Energy Trading Systems Consultant",
    "Aoife Brennan",
    skills=["ETRM implementation", "Power and gas trading", "Risk reporting", "Market connectivity", "REMIT reporting"],
    languages=["Python", "SQL", "C#"],
    tools=["Endur", "Allegro", "Trayport", "SQL Server", "Power BI"],
    certifications=["PRM (Professional Risk Manager)"],
    industries=["Energy", "Utilities"],
    spoken=["English", "Irish", "French"],
    academic=[
        "BEng Electrical Engineering, University College Dublin",
        "MSc Financial Mathematics, University of Edinburgh",
    ],
    overview=(
        "ETRM consultant with 11 years in power and gas trading, from front-office deal capture "
        "to risk reporting. Has implemented Endur twice and Allegro once, and connected trading "
        "desks to Trayport and the EPEX intraday market."
    ),
    experiences=[
        (
            "2020 – 2024 | ETRM Lead | Atlantic Power Trading Ltd",
            "Endur upgrade and intraday trading build-out for a utility's trading arm (45 traders).",
            [
                "Upgraded Endur from version 14 to 21 across front, middle and back office in 14 months.",
                "Connected the intraday desk to EPEX via Trayport, handling up to 6,000 trades per day.",
                "Automated REMIT reporting, cutting the late-submission rate from 4% to 0.2%.",
                "Built the Python P&L explain that runs every 15 minutes.",
            ],
            ["Endur 21", "Trayport", "EPEX", "Python", "SQL Server"],
        ),
        (
            "2015 – 2019 | Risk Systems Analyst | Brennan & Ó Súilleabháin Energy",
            "Allegro implementation for a gas shipper trading at NBP and TTF.",
            [
                "Delivered Allegro 8 go-live in November 2016 within the €2.1m budget.",
                "Designed value-at-risk reports in Power BI used in the daily risk meeting.",
                "Trained 30 users in three languages.",
            ],
            ["Allegro 8", "SQL Server", "Power BI", "C#"],
        ),
    ],
)
HONEST["energy"] = [
    (
        "job posting: Endur consultant for a European power trader",
        "Eleven years in power and gas trading systems, from deal capture in the front office to risk "
        "reporting; two Endur implementations, one Allegro, plus desk connectivity to Trayport and EPEX "
        "intraday.",
        [
            (
                "For the trading arm of a utility (45 traders): Endur upgrade and intraday build-out.",
                [
                    "Took Endur from v14 to v21 in front, middle and back office within 14 months.",
                    "Linked the intraday desk to EPEX through Trayport — up to 6000 trades daily.",
                    "REMIT reporting automated; late submissions fell from 4 % to 0.2 %.",
                    "Python P&L explain, refreshed every fifteen minutes.",
                ],
            ),
            (
                "Allegro implementation at a gas shipper active on NBP and TTF.",
                [
                    "Allegro 8 live in November 2016, inside the EUR 2.1 million budget.",
                    "Power BI value-at-risk reports for the daily risk meeting; trained 30 users in 3 languages.",
                ],
            ),
        ],
    ),
    (
        "customer: a gas shipper replacing its risk system",
        "ETRM consultant, 11 years across gas and power trading, who has implemented Allegro once and "
        "Endur twice and hooked trading desks up to Trayport and to EPEX's intraday market.",
        [
            (
                "Upgraded Endur and built out intraday trading for the trading arm of a utility with 45 traders.",
                [
                    "Automated REMIT reporting (late-submission rate from 4% down to 0.2%).",
                    "Upgraded Endur 14 to Endur 21 across front, middle and back office in 14 months.",
                ],
            ),
            (
                "Implemented Allegro for a gas shipper trading at NBP and TTF.",
                [
                    "Go-live of Allegro 8 in November 2016, within a budget of €2.1m.",
                    "Designed the value-at-risk reports in Power BI used in the daily risk meeting.",
                    "Trained thirty users in three languages.",
                ],
            ),
        ],
    ),
]
FABRICATED["energy"] = [
    (
        "version",
        "experiences[0].bullets[0]",
        "Took Endur from v14 to v22 in front, middle and back office within 14 months.",
        "v22",
    ),
    (
        "number",
        "experiences[0].bullets[1]",
        "Linked the intraday desk to EPEX through Trayport — up to 8000 trades daily.",
        "8000",
    ),
    (
        "number",
        "experiences[0].bullets[2]",
        "REMIT reporting automated; late submissions fell from 4 % to 0.1 %.",
        "0.1 %",
    ),
    (
        "sla",
        "experiences[0].bullets[3]",
        "Python P&L explain, refreshed every fifteen minutes with 99.95% uptime.",
        "99.95% uptime",
    ),
    (
        "number",
        "experiences[1].bullets[0]",
        "Allegro 8 live in November 2016, inside the EUR 2.4 million budget.",
        "EUR 2.4 million",
    ),
    (
        "date",
        "experiences[1].bullets[0]",
        "Allegro 8 live in March 2016, inside the EUR 2.1 million budget.",
        "March 2016",
    ),
    (
        "tool_in_list",
        "experiences[1].bullets[1]",
        "Power BI and Tableau value-at-risk reports for the daily risk meeting; trained 30 users in 3 languages.",
        "Tableau",
    ),
    (
        "customer",
        "overview",
        "Eleven years in power and gas trading systems, from deal capture in the front office to risk "
        "reporting at Shell and utilities; two Endur implementations, one Allegro, plus desk connectivity "
        "to Trayport and EPEX intraday.",
        "Shell",
    ),
    (
        "team_size",
        "experiences[0].description",
        "For the trading arm of a utility (60 traders): Endur upgrade and intraday build-out.",
        "60 traders",
    ),
    (
        "certification",
        "overview",
        "FRM-certified, eleven years in power and gas trading systems, from deal capture in the front "
        "office to risk reporting; two Endur implementations and one Allegro.",
        "FRM",
    ),
    (
        "award",
        "overview",
        "Award-winning ETRM consultant with eleven years in power and gas trading systems, from deal "
        "capture in the front office to risk reporting; two Endur implementations, one Allegro.",
        "Award-winning",
    ),
    (
        "moved_bullet",
        "experiences[1].bullets[+]",
        "Automated REMIT reporting for the shipper.",
        "Automated REMIT reporting for the shipper.",
    ),
    (
        "new_bullet",
        "experiences[0].bullets[+]",
        "Introduced a shadow-pricing model for the 400 MW wind portfolio.",
        "400 MW wind portfolio",
    ),
]
AMBIGUOUS["energy"] = [
    (
        "experiences[0].bullets[2]",
        "REMIT reporting automated; late submissions fell by 95%.",
        "4% to 0.2% is a 95% relative fall: arithmetic a reader may accept or call a new figure",
    ),
    (
        "experiences[0].bullets[0]",
        "Took Endur from v14 to v21 across all three offices within 14 months.",
        "'all three offices' counts front, middle and back office: true, but a number the CV never writes",
    ),
    (
        "experiences[1].bullets[1]",
        "Power BI VaR reports for the daily risk meeting; trained 30 users in 3 languages.",
        "'VaR' abbreviates the CV's 'value-at-risk' without the CV giving the pair",
    ),
]


# --------------------------------------------------------------------------- Pharma validation (GxP)
SOURCES["gxp"] = _cv(
    "Computer System Validation Consultant",
    "Beatriz Solano",
    skills=["Computer system validation", "GAMP 5", "21 CFR Part 11", "Data integrity", "Risk-based testing"],
    languages=["SQL"],
    tools=["Veeva Vault", "LabWare LIMS", "SAP S/4HANA", "HP ALM", "Kneat"],
    certifications=["ISPE GAMP 5 Practitioner"],
    industries=["Pharmaceuticals", "Medical devices"],
    spoken=["Spanish", "English", "Catalan"],
    academic=["MSc Pharmaceutical Sciences, Universitat de Barcelona"],
    overview=(
        "Validation consultant with 10 years in GxP environments, validating LIMS, QMS and ERP "
        "systems under GAMP 5 and 21 CFR Part 11. Has supported four FDA inspections and one "
        "EMA inspection without a critical finding."
    ),
    experiences=[
        (
            "06/2021 – present | CSV Lead | Laboratorios Ferrán",
            "Validation of a LabWare LIMS roll-out across 3 quality-control labs.",
            [
                "Wrote the validation master plan and risk assessments for 48 LIMS functions.",
                "Moved test execution from paper to Kneat, cutting review cycles from 10 days to 3 days.",
                "Closed 112 deviations before go-live in September 2022.",
                "Prepared the site for the FDA pre-approval inspection in Q1 2023.",
            ],
            ["LabWare LIMS 8", "Kneat", "HP ALM"],
        ),
        (
            "2016 – 2021 | Validation Engineer | MedTec Ibérica",
            "Validation of SAP S/4HANA 1909 for a medical device manufacturer.",
            [
                "Executed approx. 1,400 OQ and PQ test scripts in HP ALM.",
                "Ran data-integrity assessments on 26 GxP systems following ALCOA+.",
                "Trained the 15-person QA team on Part 11 electronic signatures.",
            ],
            ["SAP S/4HANA 1909", "HP ALM", "Veeva Vault QMS"],
        ),
    ],
)
HONEST["gxp"] = [
    (
        "job posting: CSV lead for a LIMS replacement at a biotech",
        "Ten years of GxP validation — LIMS, QMS and ERP — under GAMP 5 and 21 CFR Part 11, with four FDA "
        "and one EMA inspection supported and no critical findings.",
        [
            (
                "LabWare LIMS roll-out validated across three quality-control labs.",
                [
                    "Validation master plan and risk assessments written for 48 functions of the LIMS.",
                    "Review cycles down from 10 to 3 days once test execution moved off paper into Kneat.",
                    "Subsequently closed 112 deviations ahead of the September 2022 go-live and readied the site "
                    "for the FDA pre-approval inspection in the first quarter of 2023.",
                ],
            ),
            (
                "SAP S/4HANA 1909 validation at a medical device maker.",
                [
                    "About 1400 OQ/PQ test scripts executed in HP ALM.",
                    "Data-integrity assessments (ALCOA+) on 26 GxP systems.",
                    "Part 11 e-signature training for the fifteen-strong QA team.",
                ],
            ),
        ],
    ),
    (
        "customer: a medical device manufacturer preparing an FDA inspection",
        "GxP validation consultant with a decade of LIMS, QMS and ERP validation under 21 CFR Part 11 and "
        "GAMP 5; four FDA inspections and an EMA inspection supported, none with a critical finding.",
        [
            (
                "Validated a labware LIMS roll-out in 3 quality-control laboratories.",
                [
                    "Prepared the site for its FDA pre-approval inspection (Q1 2023).",
                    "Closed 112 deviations before go-live.",
                    "Moved test execution from paper to Kneat: review cycles cut from ten days to three.",
                ],
            ),
            (
                "Validated SAP S/4HANA 1909 for a manufacturer of medical devices.",
                [
                    "Trained a QA team of 15 people on Part 11 electronic signatures.",
                    "Executed approximately 1,400 OQ and PQ scripts in HP ALM and assessed data integrity on 26 "
                    "GxP systems following ALCOA+.",
                ],
            ),
        ],
    ),
]
FABRICATED["gxp"] = [
    ("version", "experiences[1].description", "SAP S/4HANA 2021 validation at a medical device maker.", "S/4HANA 2021"),
    (
        "number",
        "overview",
        "Ten years of GxP validation — LIMS, QMS and ERP — under GAMP 5 and 21 CFR Part 11, with five FDA "
        "and one EMA inspection supported and no critical findings.",
        "five FDA",
    ),
    (
        "number",
        "experiences[0].bullets[0]",
        "Validation master plan and risk assessments written for 64 functions of the LIMS.",
        "64",
    ),
    (
        "metric_words",
        "experiences[0].bullets[1]",
        "Review cycles down from 10 to 3 days once test execution moved off paper into Kneat, which "
        "also halved the cost of each release.",
        "halved the cost",
    ),
    (
        "date",
        "experiences[0].bullets[2]",
        "Subsequently closed 112 deviations ahead of the June 2022 go-live and readied the site for the "
        "FDA pre-approval inspection in the first quarter of 2023.",
        "June 2022",
    ),
    (
        "tool",
        "experiences[1].bullets[0]",
        "About 1400 OQ/PQ test scripts executed in HP ALM and tricentis tosca.",
        "tricentis tosca",
    ),
    (
        "team_size",
        "experiences[1].bullets[2]",
        "Part 11 e-signature training for the twenty-strong QA team.",
        "twenty-strong",
    ),
    (
        "customer",
        "experiences[0].description",
        "LabWare LIMS roll-out validated across three quality-control labs, following the same approach used at "
        "Novartis.",
        "Novartis",
    ),
    (
        "certification",
        "overview",
        "Ten years of GxP validation — LIMS, QMS and ERP — under GAMP 5 and 21 CFR Part 11 (CQA), with "
        "four FDA and one EMA inspection supported and no critical findings.",
        "CQA",
    ),
    (
        "degree",
        "overview",
        "PhD-trained validation consultant with ten years of GxP validation — LIMS, QMS and ERP — under "
        "GAMP 5 and 21 CFR Part 11.",
        "PhD",
    ),
    (
        "moved_bullet",
        "experiences[1].bullets[+]",
        "Moved test execution from paper to Kneat for the ERP validation.",
        "Moved test execution from paper to Kneat for the ERP validation.",
    ),
    (
        "new_bullet",
        "experiences[0].bullets[+]",
        "Validated the interface to Veeva Vault QMS for deviation hand-off.",
        "Validated the interface to Veeva Vault QMS for deviation hand-off.",
    ),
    (
        "version",
        "experiences[0].description",
        "LabWare LIMS 9 roll-out validated across three quality-control labs.",
        "LabWare LIMS 9",
    ),
]
AMBIGUOUS["gxp"] = [
    (
        "experiences[0].bullets[1]",
        "Review cycles cut by 70% once test execution moved off paper into Kneat.",
        "10 to 3 days is a 70% cut: derived figure the CV never writes",
    ),
]


# --------------------------------------------------------------------------- Logistics / WMS
SOURCES["logistics"] = _cv(
    "Warehouse Systems Consultant",
    "Kwame Mensah-Larsen",
    skills=[
        "Warehouse management systems",
        "Slotting optimisation",
        "Material flow automation",
        "EDI integration",
        "Go-live management",
    ],
    languages=["ABAP", "Python"],
    tools=["SAP EWM", "Manhattan SCALE", "AutoStore", "Blue Yonder", "Tableau"],
    certifications=["SAP Certified Application Associate - EWM", "APICS CSCP"],
    industries=["Logistics", "Retail", "Automotive"],
    spoken=["English", "Danish", "Twi"],
    academic=["BSc Supply Chain Management, Copenhagen Business School"],
    overview=(
        "Warehouse systems consultant with 12 years of WMS projects for retail and automotive "
        "logistics. Has taken 9 distribution centres live on SAP EWM and Manhattan SCALE, the "
        "largest handling 180,000 order lines a day."
    ),
    experiences=[
        (
            "2019 – 2024 | WMS Project Lead | NordLog Distribution A/S",
            "SAP EWM 9.5 roll-out with AutoStore automation in three retail distribution centres.",
            [
                "Took the first DC live in May 2020 and the third in October 2022.",
                "Integrated 2 AutoStore grids with 46 ports through the EWM material flow system.",
                "Raised pick productivity from 110 to 165 lines per hour.",
                "Ran a 24/7 hypercare desk for 6 weeks after each go-live.",
            ],
            ["SAP EWM 9.5", "AutoStore", "ABAP", "EDI"],
        ),
        (
            "2012 – 2018 | WMS Consultant | Mensah Logistics Consulting",
            "Manhattan SCALE implementations for automotive aftermarket warehouses.",
            [
                "Delivered six Manhattan SCALE go-lives, each within 3–4 months of kick-off.",
                "Redesigned slotting with Python scripts, cutting travel distance by approx. 18 %.",
                "Built Tableau dashboards for dock-to-stock time.",
            ],
            ["Manhattan SCALE", "Python", "Tableau"],
        ),
    ],
)
HONEST["logistics"] = [
    (
        "job posting: SAP EWM solution architect for a grocery retailer",
        "12 years of WMS delivery in retail and automotive logistics; nine distribution centres taken "
        "live on SAP EWM and Manhattan SCALE, the biggest at 180k order lines per day.",
        [
            (
                "Three retail DCs moved to SAP EWM 9.5 with AutoStore automation.",
                [
                    "First distribution centre live in May 2020, third in October 2022.",
                    "Two AutoStore grids (46 ports) integrated via the EWM material flow system.",
                    "Pick productivity: 110 → 165 lines/hour.",
                    "Additionally ran round-the-clock hypercare for six weeks after every go-live.",
                ],
            ),
            (
                "Manhattan SCALE implementations, automotive aftermarket warehouses.",
                [
                    "6 Manhattan SCALE go-lives, each 3 to 4 months after kick-off.",
                    "Slotting redesigned with Python scripts — roughly 18% less travel distance.",
                    "Dock-to-stock dashboards in tableau.",
                ],
            ),
        ],
    ),
    (
        "customer: an automotive parts distributor introducing automation",
        "WMS consultant for automotive and retail logistics with 12 years of projects: 9 DCs "
        "live on Manhattan SCALE and SAP EWM, up to 180,000 order lines a day.",
        [
            (
                "Rolled out SAP EWM 9.5 and AutoStore in 3 distribution centres for a retailer.",
                [
                    "Integrated two AutoStore grids with 46 ports through EWM's material flow system, lifting pick "
                    "productivity from 110 to 165 lines an hour.",
                    "Go-lives from May 2020 (first DC) to October 2022 (third), each followed by six weeks of "
                    "24/7 hypercare.",
                ],
            ),
            (
                "Implemented Manhattan SCALE for warehouses in the automotive aftermarket.",
                [
                    "Cut travel distance by approx. 18 percent by redesigning slotting in Python.",
                    "Six go-lives, each within three to four months of kick-off.",
                    "Tableau dashboards tracking dock-to-stock time.",
                ],
            ),
        ],
    ),
]
FABRICATED["logistics"] = [
    (
        "number",
        "overview",
        "12 years of WMS delivery in retail and automotive logistics; nine distribution centres taken "
        "live on SAP EWM and Manhattan SCALE, the biggest at 250k order lines per day.",
        "250k",
    ),
    (
        "version",
        "experiences[0].description",
        "Three retail DCs moved to SAP EWM 2022 with AutoStore automation.",
        "SAP EWM 2022",
    ),
    (
        "date",
        "experiences[0].bullets[0]",
        "First distribution centre live in May 2019, third in October 2022.",
        "May 2019",
    ),
    (
        "number",
        "experiences[0].bullets[1]",
        "Two AutoStore grids (64 ports) integrated via the EWM material flow system.",
        "64 ports",
    ),
    ("number", "experiences[0].bullets[2]", "Pick productivity: 110 → 185 lines/hour.", "185"),
    (
        "duration",
        "experiences[0].bullets[3]",
        "Additionally ran round-the-clock hypercare for eight weeks after every go-live.",
        "eight weeks",
    ),
    ("number", "experiences[1].bullets[0]", "7 Manhattan SCALE go-lives, each 3 to 4 months after kick-off.", "7"),
    (
        "tool",
        "experiences[1].bullets[1]",
        "Slotting redesigned with Python scripts and gurobi — roughly 18% less travel distance.",
        "gurobi",
    ),
    (
        "customer",
        "experiences[1].description",
        "Manhattan SCALE implementations for Bosch's automotive aftermarket warehouses.",
        "Bosch",
    ),
    (
        "metric_words",
        "experiences[1].bullets[2]",
        "Dock-to-stock dashboards in tableau that cut dock-to-stock time in half.",
        "in half",
    ),
    (
        "certified",
        "overview",
        "12 years of WMS delivery in retail and automotive logistics as a certified AutoStore integrator; "
        "nine distribution centres taken live on SAP EWM and Manhattan SCALE.",
        "certified AutoStore",
    ),
    (
        "new_bullet",
        "experiences[0].bullets[+]",
        "Negotiated the AutoStore maintenance contract, saving DKK 1.2 million a year.",
        "DKK 1.2 million",
    ),
    (
        "fortune500",
        "overview",
        "12 years of WMS delivery for Fortune 500 retail and automotive companies; nine distribution "
        "centres taken live on SAP EWM and Manhattan SCALE.",
        "Fortune 500",
    ),
]
AMBIGUOUS["logistics"] = [
    (
        "experiences[0].bullets[2]",
        "Pick productivity up by 50%, from 110 to 165 lines/hour.",
        "110 to 165 is exactly +50%: derived arithmetic the CV never states",
    ),
]


# --------------------------------------------------------------------------- Game development
SOURCES["gamedev"] = _cv(
    "Senior Gameplay Programmer",
    "Yuki Tanabe-Moreau",
    skills=[
        "Gameplay programming",
        "Performance profiling",
        "Multiplayer networking",
        "Tools development",
        "Console certification",
    ],
    languages=["C++", "C#", "Lua", "HLSL"],
    tools=["Unreal Engine 5", "Unity", "Perforce", "RenderDoc", "PlayStation 5 SDK"],
    certifications=[],
    industries=["Video games", "Entertainment"],
    spoken=["Japanese", "French", "English"],
    academic=["BSc Computer Games Technology, Abertay University"],
    overview=(
        "Gameplay programmer with 9 years in console and PC games, shipping three titles on "
        "Unreal Engine and one on Unity. Specialises in multiplayer gameplay and frame-time "
        "optimisation on PlayStation 5 and Xbox Series X."
    ),
    experiences=[
        (
            "2021 – present | Senior Gameplay Programmer | Lanterne Studios, Lyon",
            "Co-op action game on Unreal Engine 5.1 for PC, PlayStation 5 and Xbox Series X.",
            [
                "Built the ability system in C++ used by all 24 playable heroes.",
                "Brought the frame time on PlayStation 5 from 22 ms to a stable 16.6 ms for 60 fps.",
                "Wrote the rollback netcode for 4-player co-op sessions.",
                "Passed first-party certification at the first submission in March 2024.",
            ],
            ["Unreal Engine 5.1", "C++", "PlayStation 5 SDK", "Perforce", "RenderDoc"],
        ),
        (
            "2015 – 2020 | Gameplay Programmer | Brightmoor Games, Dundee",
            "Mobile and PC racing games on Unity.",
            [
                "Implemented vehicle physics in C# for a racing title downloaded 3.5 million times.",
                "Wrote Lua tooling that let designers build tracks without programmer support.",
                "Reduced crash rate on Android to below 0.3 % of sessions.",
            ],
            ["Unity 2019", "C#", "Lua"],
        ),
    ],
)
HONEST["gamedev"] = [
    (
        "job posting: lead gameplay engineer, multiplayer shooter on Unreal Engine 5",
        "Nine years of console and PC gameplay programming: three Unreal Engine titles and one Unity "
        "title shipped, with a focus on multiplayer and frame-time work on PlayStation 5 and Xbox Series "
        "X.",
        [
            (
                "Unreal Engine 5.1 co-op action game (PC, PlayStation 5, Xbox Series X).",
                [
                    "C++ ability system behind all 24 playable heroes.",
                    "PlayStation 5 frame time from 22 ms down to a steady 16.6 ms (60 fps).",
                    "Rollback netcode for four-player co-op.",
                    "First-party certification passed first time, March 2024.",
                ],
            ),
            (
                "Racing games for mobile and PC, built in Unity.",
                [
                    "C# vehicle physics for a racing game with 3.5M downloads; Lua tooling so designers could "
                    "build tracks unaided.",
                    "Android crash rate brought under 0.3% of sessions.",
                ],
            ),
        ],
    ),
    (
        "customer: a publisher porting a PC title to consoles",
        "Console and PC gameplay programmer (9 years) who has shipped 3 titles on unreal engine and 1 on "
        "Unity, specialising in multiplayer gameplay and frame-time optimisation for PlayStation 5 and "
        "Xbox Series X.",
        [
            (
                "Co-op action game for PlayStation 5, Xbox Series X and PC, on Unreal Engine 5.1.",
                [
                    "Passed platform certification on the first submission (March 2024).",
                    "Cut PlayStation 5 frame time from 22 ms to 16.6 ms, holding 60 fps.",
                    "Wrote the C++ ability system that all 24 heroes use and the rollback netcode for 4-player "
                    "sessions.",
                ],
            ),
            (
                "Unity racing titles for mobile and PC.",
                [
                    "Vehicle physics (C#) for a title downloaded 3.5 million times.",
                    "Designer-facing Lua tools for building tracks without programmers.",
                    "Kept Android crashes below 0.3 per cent of sessions.",
                ],
            ),
        ],
    ),
]
FABRICATED["gamedev"] = [
    (
        "version",
        "experiences[0].description",
        "Unreal Engine 5.3 co-op action game (PC, PlayStation 5, Xbox Series X).",
        "5.3",
    ),
    ("number", "experiences[0].bullets[0]", "C++ ability system behind all 32 playable heroes.", "32"),
    (
        "number",
        "experiences[0].bullets[1]",
        "PlayStation 5 frame time from 28 ms down to a steady 16.6 ms (60 fps).",
        "28 ms",
    ),
    ("number", "experiences[0].bullets[2]", "Rollback netcode for eight-player co-op.", "eight-player"),
    ("date", "experiences[0].bullets[3]", "First-party certification passed first time, January 2024.", "January 2024"),
    (
        "number",
        "experiences[1].bullets[0]",
        "C# vehicle physics for a racing game with 5M downloads; Lua tooling so designers could build tracks unaided.",
        "5M",
    ),
    (
        "tool_in_list",
        "experiences[1].bullets[0]",
        "C# and Rust vehicle physics for a racing game with 3.5M downloads; Lua tooling so designers "
        "could build tracks unaided.",
        "Rust",
    ),
    (
        "metric_words",
        "experiences[1].bullets[1]",
        "Android crash rate brought under 0.3% of sessions, a tenfold improvement.",
        "tenfold improvement",
    ),
    (
        "customer",
        "overview",
        "Nine years of console and PC gameplay programming, including work for Ubisoft: three Unreal "
        "Engine titles and one Unity title shipped, with a focus on multiplayer and frame-time work.",
        "Ubisoft",
    ),
    (
        "award",
        "experiences[0].description",
        "Award-winning Unreal Engine 5.1 co-op action game (PC, PlayStation 5, Xbox Series X).",
        "Award-winning",
    ),
    (
        "tool",
        "overview",
        "Nine years of console and PC gameplay programming: three Unreal Engine titles and one Unity "
        "title shipped, plus a nintendo switch port, with a focus on multiplayer and frame-time work.",
        "nintendo switch",
    ),
    (
        "years",
        "overview",
        "Twelve years of console and PC gameplay programming: three Unreal Engine titles and one Unity "
        "title shipped, with a focus on multiplayer and frame-time work on PlayStation 5 and Xbox Series "
        "X.",
        "Twelve years",
    ),
    (
        "moved_bullet",
        "experiences[1].bullets[+]",
        "Wrote rollback netcode for co-op sessions.",
        "Wrote rollback netcode for co-op sessions.",
    ),
    (
        "new_bullet",
        "experiences[0].bullets[+]",
        "Mentored two junior programmers on the combat team.",
        "Mentored two junior programmers",
    ),
]
AMBIGUOUS["gamedev"] = [
    (
        "experiences[0].bullets[1]",
        "PlayStation 5 frame time down by about a quarter, to 16.6 ms (60 fps).",
        "22 to 16.6 ms is a 25% cut: derived figure in words",
    ),
    (
        "overview",
        "Nine years of console and PC gameplay programming: four titles shipped (three on Unreal Engine, "
        "one on Unity), with a focus on multiplayer and frame-time work.",
        "'four titles' sums the CV's three and one: true, but a number the CV never writes",
    ),
    (
        "experiences[0].bullets[1]",
        "PS5 frame time from 22 ms down to a steady 16.6 ms (60 fps).",
        "'PS5' abbreviates the CV's 'PlayStation 5' without the CV giving the pair",
    ),
]


# --------------------------------------------------------------------------- Network engineering
SOURCES["network"] = _cv(
    "Senior Network Engineer",
    "Dragan Petrović",
    skills=[
        "SD-WAN design",
        "Data centre networking",
        "BGP and OSPF routing",
        "Network automation",
        "Firewall migration",
    ],
    languages=["Python", "Bash"],
    tools=["Cisco IOS XE", "Cisco Catalyst SD-WAN", "Arista EOS", "Palo Alto PAN-OS", "Ansible", "NetBox"],
    certifications=["CCNP Enterprise", "Palo Alto PCNSE"],
    industries=["Transport", "Healthcare"],
    spoken=["Serbian", "English", "German"],
    academic=["BSc Electrical Engineering, University of Belgrade"],
    overview=(
        "Network engineer with 14 years in enterprise and data-centre networks for transport and "
        "healthcare operators. Has migrated more than 300 sites to SD-WAN and automates changes "
        "with Ansible and NetBox."
    ),
    experiences=[
        (
            "2020 – present | Lead Network Engineer | Alpenbahn Infrastruktur GmbH",
            "SD-WAN migration for a rail operator's 240 stations and 12 depots.",
            [
                "Designed the Cisco Catalyst SD-WAN fabric with dual LTE and MPLS underlay.",
                "Migrated 252 sites in 16 months with approx. 2 hours of downtime per site.",
                "Automated 85 % of routine changes with Ansible playbooks fed from NetBox.",
                "Replaced the core firewalls with Palo Alto PAN-OS 10.2 in a single night.",
            ],
            ["Cisco Catalyst SD-WAN", "Palo Alto PAN-OS 10.2", "Ansible", "NetBox", "Python"],
        ),
        (
            "2012 – 2019 | Network Engineer | Klinikum Rudolfsheim",
            "Campus and data-centre network for a 1,600-bed hospital group.",
            [
                "Built a spine-leaf data centre on Arista EOS with 40 leaf switches.",
                "Moved clinical VLANs to 802.1X, which cut unauthorised device connections to zero.",
                "Kept the network at 99.98% availability over five years.",
            ],
            ["Arista EOS", "Cisco IOS XE", "802.1X", "OSPF", "BGP"],
        ),
    ],
)
HONEST["network"] = [
    (
        "job posting: SD-WAN architect for a logistics company's branch network",
        "Fourteen years of enterprise and data-centre networking for transport and healthcare operators; "
        "300+ sites migrated to SD-WAN and changes automated through Ansible and NetBox.",
        [
            (
                "Rail operator: SD-WAN migration of 240 stations and twelve depots.",
                [
                    "Cisco Catalyst SD-WAN fabric design, underlay of MPLS plus dual LTE.",
                    "252 sites migrated over 16 months, at roughly two hours of downtime each.",
                    "Notably, 85% of routine changes now run as Ansible playbooks driven by NetBox.",
                    "Core firewalls swapped for Palo Alto PAN-OS 10.2 overnight.",
                ],
            ),
            (
                "Hospital group (1600 beds): campus and data-centre network.",
                [
                    "Arista EOS spine-leaf data centre, 40 leaf switches.",
                    "802.1X on the clinical VLANs — unauthorised device connections down to zero.",
                    "99.98 % availability across five years.",
                ],
            ),
        ],
    ),
    (
        "customer: a hospital network consolidating its data centres",
        "Enterprise and data-centre network engineer (14 years) for healthcare and transport, who has moved "
        "over 300 sites onto SD-WAN and automates changes using ansible and netbox.",
        [
            (
                "Migrated a rail operator's 240 stations and 12 depots to SD-WAN.",
                [
                    "Moved 252 sites in 16 months, with about 2 hours of downtime per site, onto a Cisco Catalyst "
                    "SD-WAN fabric designed with dual LTE and MPLS underlay.",
                    "Replaced the core firewalls with Palo Alto PAN-OS 10.2 in one night.",
                ],
            ),
            (
                "Campus and data-centre network of a hospital group with 1,600 beds.",
                [
                    "Kept availability at 99.98% over 5 years.",
                    "Built a 40-leaf spine-leaf fabric on Arista EOS.",
                    "Brought unauthorised device connections to zero by moving clinical VLANs to 802.1X.",
                ],
            ),
        ],
    ),
]
FABRICATED["network"] = [
    (
        "version",
        "experiences[0].bullets[3]",
        "Core firewalls swapped for Palo Alto PAN-OS 11.1 overnight.",
        "PAN-OS 11.1",
    ),
    (
        "number",
        "overview",
        "Fourteen years of enterprise and data-centre networking for transport and healthcare operators; "
        "500+ sites migrated to SD-WAN and changes automated through Ansible and NetBox.",
        "500+",
    ),
    (
        "number",
        "experiences[0].description",
        "Rail operator: SD-WAN migration of 240 stations and twenty depots.",
        "twenty depots",
    ),
    (
        "duration",
        "experiences[0].bullets[1]",
        "252 sites migrated over 18 months, at roughly two hours of downtime each.",
        "18 months",
    ),
    (
        "number",
        "experiences[0].bullets[2]",
        "Notably, 95% of routine changes now run as Ansible playbooks driven by NetBox.",
        "95%",
    ),
    (
        "tool",
        "experiences[0].bullets[2]",
        "Notably, 85% of routine changes now run as Ansible playbooks driven by NetBox and terraform.",
        "terraform",
    ),
    ("sla", "experiences[1].bullets[2]", "99.999 % availability across five years.", "99.999 %"),
    ("number", "experiences[1].bullets[0]", "Arista EOS spine-leaf data centre, 64 leaf switches.", "64"),
    (
        "customer",
        "experiences[1].description",
        "Hospital group (1600 beds) for Siemens Healthineers: campus and data-centre network.",
        "Siemens Healthineers",
    ),
    (
        "certification",
        "overview",
        "CCIE-level engineer with fourteen years of enterprise and data-centre networking for transport "
        "and healthcare operators; 300+ sites migrated to SD-WAN.",
        "CCIE",
    ),
    (
        "tool_in_list",
        "experiences[0].bullets[0]",
        "Cisco Catalyst SD-WAN fabric design, underlay of MPLS, Starlink and dual LTE.",
        "Starlink",
    ),
    (
        "metric_words",
        "experiences[1].bullets[1]",
        "802.1X on the clinical VLANs — unauthorised device connections down to zero and help-desk tickets halved.",
        "help-desk tickets halved",
    ),
    (
        "moved_bullet",
        "experiences[1].bullets[+]",
        "Automated routine changes with Ansible playbooks fed from NetBox.",
        "Automated routine changes with Ansible playbooks fed from NetBox.",
    ),
]
AMBIGUOUS["network"] = [
    (
        "experiences[0].bullets[1]",
        "252 sites migrated over 16 months, with minimal downtime.",
        "'minimal downtime' softens 'approx. 2 hours per site': vaguer, not a new fact",
    ),
]


# --------------------------------------------------------------------------- BI / reporting
SOURCES["bi"] = _cv(
    "BI Consultant",
    "Fenna de Groot",
    skills=[
        "Dashboard design",
        "Dimensional modelling",
        "Self-service BI",
        "Report migration",
        "Stakeholder workshops",
    ],
    languages=["SQL", "DAX", "MDX"],
    tools=["Power BI", "SQL Server Analysis Services", "Qlik Sense", "SAP BusinessObjects", "Tabular Editor"],
    certifications=["Microsoft Certified: Power BI Data Analyst Associate"],
    industries=["Wholesale", "Housing associations"],
    spoken=["Dutch", "English"],
    academic=["BSc Business Informatics, Hogeschool Utrecht"],
    overview=(
        "BI consultant with 7 years in reporting for wholesale and social housing. Migrates "
        "legacy BusinessObjects and Qlik estates to Power BI and sets up self-service for "
        "finance teams."
    ),
    experiences=[
        (
            "2021 – present | BI Consultant | Woonstichting Lekstroom",
            "Move from SAP BusinessObjects to Power BI for a housing association with 38,000 homes.",
            [
                "Migrated 210 BusinessObjects reports to 34 Power BI reports in three sprints per domain.",
                "Built the SSAS tabular model for rent, repairs and arrears.",
                "Trained 25 power users, after which ad-hoc report requests fell by about a third.",
                "Cut the monthly close report from two days to half a day.",
            ],
            ["Power BI", "SQL Server Analysis Services", "DAX", "SAP BusinessObjects 4.2"],
        ),
        (
            "2017 – 2020 | Reporting Analyst | Van Dijk Groothandel",
            "Qlik Sense reporting for a food wholesaler.",
            [
                "Designed a star schema with 14 fact tables for sales and margin.",
                "Delivered daily margin dashboards for 120 account managers.",
                "Reduced dashboard load time from 40 seconds to 6 seconds.",
            ],
            ["Qlik Sense", "SQL", "MDX"],
        ),
    ],
)
HONEST["bi"] = [
    (
        "job posting: Power BI lead for a municipality's finance department",
        "Seven years of reporting for wholesale and social housing: moves BusinessObjects and Qlik "
        "estates to Power BI and gives finance teams self-service.",
        [
            (
                "Housing association with 38k homes: SAP BusinessObjects replaced by Power BI.",
                [
                    "210 BusinessObjects reports consolidated into 34 Power BI reports, 3 sprints per domain.",
                    "SSAS tabular model covering rent, repairs and arrears.",
                    "Monthly close report: 2 days down to 0.5 day.",
                    "After 25 power users were trained, ad-hoc report requests dropped by roughly one third.",
                ],
            ),
            (
                "Food wholesaler: reporting in Qlik Sense.",
                [
                    "Star schema (14 fact tables) for sales and margin; daily margin dashboards for 120 account "
                    "managers.",
                    "Dashboards load in 6 s instead of 40 s.",
                ],
            ),
        ],
    ),
    (
        "customer: a wholesaler leaving Qlik",
        "Power BI and Qlik consultant, 7 years in wholesale and social-housing reporting, migrating "
        "legacy estates (businessobjects, Qlik) and enabling self-service for finance.",
        [
            (
                "For a housing association of 38,000 homes, moved reporting from SAP BusinessObjects to Power BI.",
                [
                    "Migrated 210 reports into 34, three sprints for each domain.",
                    "Trained twenty-five power users; ad-hoc requests fell by about a third.",
                    "Modelled rent, repairs and arrears in an SSAS tabular model.",
                ],
            ),
            (
                "Built Qlik Sense reporting for a wholesaler of food.",
                [
                    "Load time of the dashboards cut from 40 to 6 seconds.",
                    "Delivered the daily margin dashboards used by 120 account managers.",
                    "Designed the sales and margin star schema with fourteen fact tables.",
                ],
            ),
        ],
    ),
]
FABRICATED["bi"] = [
    (
        "number",
        "experiences[0].description",
        "Housing association with 45k homes: SAP BusinessObjects replaced by Power BI.",
        "45k",
    ),
    (
        "number",
        "experiences[0].bullets[0]",
        "240 BusinessObjects reports consolidated into 34 Power BI reports, 3 sprints per domain.",
        "240",
    ),
    (
        "tool",
        "experiences[0].bullets[1]",
        "SSAS tabular model covering rent, repairs and arrears, loaded from snowflake.",
        "snowflake",
    ),
    (
        "metric_words",
        "experiences[0].bullets[2]",
        "Monthly close report: 2 days down to 0.5 day, four times faster than before.",
        "four times faster",
    ),
    (
        "number",
        "experiences[0].bullets[3]",
        "After 40 power users were trained, ad-hoc report requests dropped by roughly one third.",
        "40",
    ),
    (
        "number",
        "experiences[0].bullets[3]",
        "After 25 power users were trained, ad-hoc report requests dropped by roughly one half.",
        "one half",
    ),
    (
        "tool_in_list",
        "experiences[1].bullets[0]",
        "Star schema (14 fact tables) for sales and margin in Qlik Sense, SQL and dbt; daily margin "
        "dashboards for 120 account managers.",
        "dbt",
    ),
    ("number", "experiences[1].bullets[1]", "Dashboards load in 3 s instead of 40 s.", "3 s"),
    ("customer", "experiences[1].description", "Food wholesaler Sligro: reporting in Qlik Sense.", "Sligro"),
    (
        "years",
        "overview",
        "Ten years of reporting for wholesale and social housing: moves BusinessObjects and Qlik estates "
        "to Power BI and gives finance teams self-service.",
        "Ten years",
    ),
    (
        "certification",
        "overview",
        "Seven years of reporting for wholesale and social housing, DA-100 and PL-300 holder: moves "
        "BusinessObjects and Qlik estates to Power BI.",
        "DA-100",
    ),
    (
        "team_size",
        "experiences[0].bullets[+]",
        "Led a BI team of five developers and two testers.",
        "team of five developers",
    ),
    (
        "version",
        "experiences[0].description",
        "Housing association with 38k homes: SAP BusinessObjects 4.3 replaced by Power BI.",
        "BusinessObjects 4.3",
    ),
]
AMBIGUOUS["bi"] = [
    (
        "experiences[0].bullets[2]",
        "Monthly close report four times faster (2 days down to 0.5 day).",
        "'four times faster' is exactly 2 days / 0.5 day: derived ratio in words",
    ),
    (
        "experiences[0].bullets[3]",
        "After 25 power users were trained, ad-hoc report requests dropped by roughly 33%.",
        "'about a third' as '33%': a reader may call the figure more precise than the CV",
    ),
]


# --------------------------------------------------------------------------- QA / test automation
SOURCES["qa"] = _cv(
    "Test Automation Engineer",
    "Priya Raghunathan",
    skills=["Test automation", "API testing", "Performance testing", "Test strategy", "Behaviour-driven development"],
    languages=["Java", "TypeScript", "Python"],
    tools=["Selenium", "Playwright", "REST Assured", "JMeter", "GitLab CI", "Xray"],
    certifications=["ISTQB Certified Tester Foundation Level", "ISTQB Advanced Test Automation Engineer"],
    industries=["E-commerce", "Travel"],
    spoken=["English", "Tamil", "Hindi"],
    academic=["BTech Information Technology, Anna University"],
    overview=(
        "Test automation engineer with 8 years in e-commerce and travel. Builds test frameworks "
        "in Java 17 and TypeScript, moves regression suites into CI and has led test teams of up "
        "to 5 people."
    ),
    experiences=[
        (
            "2022 – present | QA Lead | Wayfarer Travel Tech",
            "Test automation for a booking platform handling 2 million searches a day.",
            [
                "Replaced the Selenium suite with Playwright in TypeScript, cutting regression runtime from "
                "6 hours to 40 minutes.",
                "Added 1,150 REST Assured API tests running on every merge request in GitLab CI.",
                "Ran JMeter load tests at 3,000 requests per second before each peak season.",
                "Led a team of 5 testers across two time zones.",
            ],
            ["Playwright", "TypeScript", "REST Assured", "Java 17", "JMeter", "GitLab CI"],
        ),
        (
            "2016 – 2021 | Test Engineer | Kartly Commerce",
            "Quality assurance for an online marketplace's checkout.",
            [
                "Built a Selenium and Java framework with BDD scenarios in Cucumber.",
                "Raised automated coverage of checkout scenarios from 35% to 80%.",
                "Found the defect that blocked approx. €60k of orders in the 2019 Black Friday release.",
            ],
            ["Selenium", "Java 11", "Cucumber", "Xray"],
        ),
    ],
)
HONEST["qa"] = [
    (
        "job posting: test automation architect for an airline's booking engine",
        "Eight years of test automation for e-commerce and travel; frameworks in Java 17 and TypeScript, "
        "regression suites moved into continuous integration, test teams led of up to five people.",
        [
            (
                "Booking platform (2M searches per day): test automation.",
                [
                    "Playwright (TypeScript) replaced the Selenium suite; regression runtime from 6 h to 40 min.",
                    "1150 REST Assured API tests run on every GitLab CI merge request.",
                    "JMeter load testing at 3000 req/s ahead of every peak season.",
                    "Additionally led five testers spread over two time zones.",
                ],
            ),
            (
                "Checkout quality assurance for an online marketplace.",
                [
                    "Selenium/Java framework, BDD scenarios written in Cucumber.",
                    "Automated checkout coverage up from 35 % to 80 %.",
                    "Caught the defect that would have blocked around EUR 60,000 of orders in the Black Friday "
                    "2019 release.",
                ],
            ),
        ],
    ),
    (
        "customer: an online retailer whose releases keep slipping",
        "QA engineer with 8 years in travel and e-commerce who builds java 17 and typescript test "
        "frameworks, brings regression suites into CI and leads testers (teams of up to 5).",
        [
            (
                "Automated testing for a booking platform serving two million searches daily.",
                [
                    "Moved from Selenium to Playwright in TypeScript: regression now runs in 40 minutes rather "
                    "than 6 hours.",
                    "Led a 5-person test team across 2 time zones; load-tested with JMeter at 3,000 requests per "
                    "second before each peak season.",
                    "API tests: 1,150 in REST Assured, triggered by each merge request.",
                ],
            ),
            (
                "QA for the checkout of an online marketplace.",
                [
                    "Found the defect blocking approx. €60k of orders in the 2019 Black Friday release.",
                    "Checkout scenario automation coverage raised from 35 to 80 percent with a Selenium and Java "
                    "framework using Cucumber BDD scenarios.",
                ],
            ),
        ],
    ),
]
FABRICATED["qa"] = [
    (
        "version",
        "overview",
        "Eight years of test automation for e-commerce and travel; frameworks in Java 21 and TypeScript, "
        "regression suites moved into continuous integration, test teams led of up to five people.",
        "Java 21",
    ),
    ("number", "experiences[0].description", "Booking platform (5M searches per day): test automation.", "5M"),
    (
        "number",
        "experiences[0].bullets[0]",
        "Playwright (TypeScript) replaced the Selenium suite; regression runtime from 6 h to 25 min.",
        "25 min",
    ),
    (
        "tool",
        "experiences[0].bullets[1]",
        "1150 REST Assured API tests run on every GitLab CI merge request, reported in jira.",
        "jira",
    ),
    (
        "number",
        "experiences[0].bullets[2]",
        "JMeter load testing at 5000 req/s ahead of every peak season.",
        "5000 req/s",
    ),
    (
        "team_size",
        "experiences[0].bullets[3]",
        "Additionally led eight testers spread over two time zones.",
        "eight testers",
    ),
    (
        "tool_in_list",
        "experiences[1].bullets[0]",
        "Selenium/Java framework, BDD scenarios written in Cucumber and SpecFlow.",
        "SpecFlow",
    ),
    ("number", "experiences[1].bullets[1]", "Automated checkout coverage up from 35 % to 90 %.", "90 %"),
    (
        "date",
        "experiences[1].bullets[2]",
        "Caught the defect that would have blocked around EUR 60,000 of orders in the Black Friday 2018 release.",
        "2018",
    ),
    (
        "certification",
        "overview",
        "Eight years of test automation for e-commerce and travel, ISTQB Expert Level; frameworks in "
        "Java 17 and TypeScript, regression suites moved into continuous integration.",
        "ISTQB Expert Level",
    ),
    (
        "certification",
        "overview",
        "PSM I holder with eight years of test automation for e-commerce and travel; frameworks in Java "
        "17 and TypeScript, test teams led of up to five people.",
        "PSM I",
    ),
    (
        "customer",
        "experiences[1].description",
        "Checkout quality assurance for an online marketplace, with Zalando as launch partner.",
        "Zalando",
    ),
    (
        "metric_words",
        "experiences[1].bullets[0]",
        "Selenium/Java framework, BDD scenarios written in Cucumber, doubling release frequency.",
        "doubling release frequency",
    ),
    (
        "new_bullet",
        "experiences[1].bullets[+]",
        "Introduced contract testing between checkout and payment services.",
        "Introduced contract testing between checkout and payment services.",
    ),
]
AMBIGUOUS["qa"] = [
    (
        "experiences[0].bullets[0]",
        "Playwright (TypeScript) replaced the Selenium suite; regression runtime cut ninefold.",
        "6 h to 40 min is exactly 9x: derived ratio in words",
    ),
]


# --------------------------------------------------------------------------- Insurance actuarial IT
SOURCES["actuarial"] = _cv(
    "Actuarial Systems Consultant",
    "Malcolm Ferreira-Osei",
    skills=[
        "IFRS 17 implementation",
        "Solvency II reporting",
        "Actuarial model conversion",
        "Reserving processes",
        "Model governance",
    ],
    languages=["R", "Python", "VBA", "SQL"],
    tools=["Moody's AXIS", "Prophet", "SAS", "Excel", "Git"],
    certifications=["Fellow of the Institute and Faculty of Actuaries (FIA)"],
    industries=["Life insurance", "Reinsurance"],
    spoken=["English", "Portuguese"],
    academic=["BSc Actuarial Science, City, University of London"],
    overview=(
        "Actuary turned systems consultant, 13 years in life insurance and reinsurance. Has "
        "delivered two IFRS 17 programmes and converted Prophet models to AXIS for insurers "
        "with up to £18bn of assets."
    ),
    experiences=[
        (
            "2020 – 2023 | IFRS 17 Actuarial Lead | Harbourside Life plc",
            "IFRS 17 implementation for a life insurer with 2.4 million policies.",
            [
                "Designed the CSM calculation in AXIS for 11 product groups.",
                "Cut the quarterly actuarial close from 15 working days to 8.",
                "Automated the analysis of change in R, replacing 40 Excel workbooks.",
                "Presented results to the audit committee for the first IFRS 17 year-end in 2023.",
            ],
            ["Moody's AXIS", "R", "SQL Server", "Excel"],
        ),
        (
            "2014 – 2019 | Actuarial Analyst | Thamesmead Re",
            "Solvency II Pillar 3 reporting for a reinsurer.",
            [
                "Converted 26 Prophet models to AXIS over 30 months.",
                "Built the QRT production process in SAS, delivering 45 templates each quarter.",
                "Reduced model run time by approx. 60 % by restructuring the liability grid.",
            ],
            ["Prophet", "Moody's AXIS", "SAS", "VBA"],
        ),
    ],
)
HONEST["actuarial"] = [
    (
        "job posting: IFRS 17 lead for a bancassurance group",
        "Thirteen years in life insurance and reinsurance, first as an actuary and then as a systems "
        "consultant: two IFRS 17 programmes delivered and Prophet models converted to AXIS for insurers "
        "holding up to £18 billion of assets.",
        [
            (
                "Life insurer, 2.4M policies: IFRS 17 implementation.",
                [
                    "CSM calculation designed in AXIS across 11 product groups.",
                    "Quarterly actuarial close shortened from fifteen working days to eight.",
                    "Analysis of change automated in R — 40 Excel workbooks retired.",
                    "Took the audit committee through the results of the first IFRS 17 year-end (2023).",
                ],
            ),
            (
                "Reinsurer: Solvency II Pillar 3 reporting.",
                [
                    "26 Prophet models moved to AXIS in 30 months.",
                    "SAS-based QRT production, 45 templates per quarter.",
                    "Model run time down roughly 60% after restructuring the liability grid.",
                ],
            ),
        ],
    ),
    (
        "customer: a reinsurer replacing Prophet",
        "FIA actuary and systems consultant (13 years, life and reinsurance) who has converted Prophet "
        "models to moody's AXIS and run two IFRS 17 programmes, for insurers with as much as £18bn in "
        "assets.",
        [
            (
                "Implemented IFRS 17 for a life insurer with 2.4 million policies.",
                [
                    "Designed the CSM calculation in AXIS for 11 product groups and "
                    "automated the analysis of change in R, replacing 40 Excel workbooks.",
                    "Actuarial close each quarter: 8 working days instead of 15.",
                ],
            ),
            (
                "Solvency II Pillar 3 reporting at a reinsurer.",
                [
                    "Converted twenty-six Prophet models to AXIS over two and a half years.",
                    "Restructured the liability grid, which reduced model run time by about 60 per cent.",
                    "Built SAS production of QRTs: 45 templates every quarter.",
                ],
            ),
        ],
    ),
]
FABRICATED["actuarial"] = [
    (
        "number",
        "overview",
        "Thirteen years in life insurance and reinsurance, first as an actuary and then as a systems "
        "consultant: two IFRS 17 programmes delivered and Prophet models converted to AXIS for insurers "
        "holding up to £25 billion of assets.",
        "£25 billion",
    ),
    ("number", "experiences[0].description", "Life insurer, 3.1M policies: IFRS 17 implementation.", "3.1M"),
    ("number", "experiences[0].bullets[0]", "CSM calculation designed in AXIS across 14 product groups.", "14"),
    (
        "number",
        "experiences[0].bullets[1]",
        "Quarterly actuarial close shortened from fifteen working days to five.",
        "five",
    ),
    (
        "tool_in_list",
        "experiences[0].bullets[2]",
        "Analysis of change automated in R and Julia — 40 Excel workbooks retired.",
        "Julia",
    ),
    (
        "date",
        "experiences[0].bullets[3]",
        "Took the audit committee through the results of the first IFRS 17 year-end (2022).",
        "2022",
    ),
    ("duration", "experiences[1].bullets[0]", "26 Prophet models moved to AXIS in 20 months.", "20 months"),
    (
        "tool",
        "experiences[1].bullets[1]",
        "SAS-based QRT production, 45 templates per quarter, scheduled in airflow.",
        "airflow",
    ),
    (
        "number",
        "experiences[1].bullets[2]",
        "Model run time down roughly 75% after restructuring the liability grid.",
        "75%",
    ),
    ("customer", "experiences[1].description", "Reinsurer (Swiss Re): Solvency II Pillar 3 reporting.", "Swiss Re"),
    (
        "degree",
        "overview",
        "Thirteen years in life insurance and reinsurance, with an MSc in Actuarial Science, first as an "
        "actuary and then as a systems consultant: two IFRS 17 programmes delivered.",
        "MSc",
    ),
    (
        "metric_words",
        "experiences[1].bullets[1]",
        "SAS-based QRT production, 45 templates per quarter, with errors cut by half.",
        "errors cut by half",
    ),
    (
        "sla",
        "experiences[0].description",
        "Life insurer, 2.4M policies: IFRS 17 implementation, with every close delivered inside a "
        "48-hour reporting SLA.",
        "48-hour reporting SLA",
    ),
]
AMBIGUOUS["actuarial"] = [
    (
        "experiences[0].bullets[1]",
        "Quarterly actuarial close almost halved, to eight working days.",
        "15 to 8 days is a 47% cut: 'almost halved' is fair or a new figure",
    ),
    (
        "experiences[0].bullets[0]",
        "Contractual service margin (CSM) calculation designed in AXIS across 11 product groups.",
        "expands the CV's 'CSM' although the CV never spells it out",
    ),
]


# --------------------------------------------------------------------------- UX / design
SOURCES["ux"] = _cv(
    "Senior UX Designer",
    "Léa Marchetti",
    skills=[
        "User research",
        "Interaction design",
        "Design systems",
        "Accessibility (WCAG 2.1 AA)",
        "Usability testing",
    ],
    languages=["HTML", "CSS", "JavaScript"],
    tools=["Figma", "Maze", "Miro", "Storybook", "Hotjar"],
    certifications=["Nielsen Norman Group UX Certification"],
    industries=["Banking", "Public services"],
    spoken=["Italian", "French", "English"],
    academic=["MA Interaction Design, Politecnico di Milano"],
    overview=(
        "UX designer with 10 years in banking apps and public digital services. Runs research "
        "with real users, builds design systems in Figma and designs to WCAG 2.1 AA."
    ),
    experiences=[
        (
            "2021 – present | Lead UX Designer | Banca Lombarda Digitale",
            "Redesign of the retail banking app used by 1.8 million customers.",
            [
                "Ran 64 moderated usability sessions over two rounds of research.",
                "Built the Figma design system with 140 components, mirrored in Storybook.",
                "Redesigned onboarding, raising completion from 52% to 71%.",
                "Brought the app to WCAG 2.1 AA ahead of the June 2023 audit.",
            ],
            ["Figma", "Storybook", "Maze", "Hotjar"],
        ),
        (
            "2014 – 2020 | UX Designer | Agence Numérique de l'Emploi",
            "Online services for a public employment agency.",
            [
                "Designed the job-seeker registration flow, cutting call-centre questions by approx. 30 %.",
                "Ran card-sorting with 200 participants to restructure the help centre.",
                "Worked in a team of 3 designers alongside 4 Scrum teams.",
            ],
            ["Sketch", "Miro", "Optimal Workshop"],
        ),
    ],
)
HONEST["ux"] = [
    (
        "job posting: principal product designer for a neobank",
        "Ten years of UX in banking apps and public digital services: research with real users, "
        "Figma-based design systems, and designs that meet WCAG 2.1 AA.",
        [
            (
                "Retail banking app redesign for 1.8M customers.",
                [
                    "Sixty-four moderated usability sessions across two research rounds.",
                    "Figma design system of 140 components, mirrored in storybook.",
                    "Onboarding redesigned — completion up from 52 % to 71 %.",
                    "App brought to WCAG 2.1 AA before the June 2023 audit.",
                ],
            ),
            (
                "Public employment agency: online services.",
                [
                    "Job-seeker registration flow redesigned; call-centre questions down by around 30%.",
                    "Card sorting with two hundred participants to restructure the help centre.",
                    "One of 3 designers working with four Scrum teams.",
                ],
            ),
        ],
    ),
    (
        "customer: a government agency rebuilding its citizen portal",
        "UX designer (10 years) for public digital services and banking apps who researches with real "
        "users, designs to WCAG 2.1 AA and builds design systems in Figma.",
        [
            (
                "Redesigned the retail banking app of Banca Lombarda Digitale, used by 1.8 million customers.",
                [
                    "Onboarding completion raised from 52% to 71%.",
                    "140-component design system in Figma, mirrored in Storybook; 64 moderated usability "
                    "sessions over 2 rounds of research.",
                    "WCAG 2.1 AA reached ahead of the audit in June 2023.",
                ],
            ),
            (
                "Designed online services for a public employment agency.",
                [
                    "Restructured the help centre after card-sorting with 200 participants.",
                    "Cut call-centre questions by approx. 30 percent with a new job-seeker registration flow.",
                    "Worked with four Scrum teams as part of a three-designer team.",
                ],
            ),
        ],
    ),
]
FABRICATED["ux"] = [
    ("number", "experiences[0].description", "Retail banking app redesign for 2.5M customers.", "2.5M"),
    (
        "number",
        "experiences[0].bullets[0]",
        "Eighty moderated usability sessions across two research rounds.",
        "Eighty",
    ),
    ("number", "experiences[0].bullets[1]", "Figma design system of 180 components, mirrored in storybook.", "180"),
    ("number", "experiences[0].bullets[2]", "Onboarding redesigned — completion up from 52 % to 78 %.", "78 %"),
    ("version", "experiences[0].bullets[3]", "App brought to WCAG 2.2 AA before the June 2023 audit.", "WCAG 2.2"),
    (
        "number",
        "experiences[1].bullets[0]",
        "Job-seeker registration flow redesigned; call-centre questions down by around 40%.",
        "40%",
    ),
    (
        "tool",
        "experiences[1].bullets[1]",
        "Card sorting in userzoom with two hundred participants to restructure the help centre.",
        "userzoom",
    ),
    ("team_size", "experiences[1].bullets[2]", "One of 3 designers working with six Scrum teams.", "six Scrum teams"),
    (
        "customer",
        "overview",
        "Ten years of UX in banking apps (including UniCredit) and public digital services: research "
        "with real users, Figma-based design systems, and designs that meet WCAG 2.1 AA.",
        "UniCredit",
    ),
    (
        "award",
        "overview",
        "Ten years of award-winning UX in banking apps and public digital services: research with real "
        "users, Figma-based design systems, and designs that meet WCAG 2.1 AA.",
        "award-winning",
    ),
    (
        "degree",
        "overview",
        "Ten years of UX in banking apps and public digital services, backed by a PhD in interaction "
        "design: research with real users and Figma-based design systems.",
        "PhD",
    ),
    (
        "certification",
        "overview",
        "Ten years of UX in banking apps and public digital services, CPACC-certified: research with "
        "real users, Figma-based design systems, and designs that meet WCAG 2.1 AA.",
        "CPACC",
    ),
    (
        "moved_bullet",
        "experiences[1].bullets[+]",
        "Ran moderated usability sessions over two rounds of research.",
        "Ran moderated usability sessions over two rounds of research.",
    ),
    (
        "metric_words",
        "experiences[0].bullets[1]",
        "Figma design system of 140 components, mirrored in storybook, which made hand-off three times faster.",
        "three times faster",
    ),
]
AMBIGUOUS["ux"] = [
    (
        "experiences[0].bullets[2]",
        "Onboarding redesigned — completion up by 19 percentage points.",
        "52% to 71% is +19 points: derived figure the CV never writes",
    ),
    (
        "experiences[1].bullets[0]",
        "Registration flow redesigned; call-centre questions down by 30%.",
        "drops the CV's 'approx.': the figure reads as exact",
    ),
]


# A second round of fabrications for the kinds the first round holds least of.
FABRICATED["gxp"] += [
    (
        "certified",
        "overview",
        "Ten years of GxP validation — LIMS, QMS and ERP — under GAMP 5 and 21 CFR Part 11 as a certified "
        "data-integrity auditor, with four FDA and one EMA inspection supported.",
        "certified data-integrity auditor",
    ),
]
FABRICATED["network"] += [
    (
        "certified",
        "experiences[0].bullets[0]",
        "Cisco Catalyst SD-WAN fabric design as a certified SD-WAN architect, underlay of MPLS plus dual LTE.",
        "certified SD-WAN architect",
    ),
    (
        "years",
        "overview",
        "Sixteen years of enterprise and data-centre networking for transport and healthcare operators; "
        "sites migrated to SD-WAN and changes automated through Ansible and NetBox.",
        "Sixteen years",
    ),
]
FABRICATED["qa"] += [
    (
        "years",
        "overview",
        "Eleven years of test automation for e-commerce and travel; frameworks in Java 17 and TypeScript, "
        "regression suites moved into continuous integration, test teams led of up to five people.",
        "Eleven years",
    ),
    (
        "duration",
        "experiences[1].description",
        "Checkout quality assurance for an online marketplace over a 4-year engagement.",
        "4-year",
    ),
]
FABRICATED["mainframe"] += [
    (
        "fortune500",
        "overview",
        "Twenty-two years on IBM z/OS, the most recent six spent moving COBOL estates to Java and Micro "
        "Focus for Fortune 500 banks and insurers, never with a failed month-end close.",
        "Fortune 500",
    ),
    (
        "new_bullet",
        "experiences[0].bullets[+]",
        "Introduced quality gates for the converted Java code before each wave.",
        "Introduced quality gates for the converted Java code before each wave.",
    ),
]
FABRICATED["actuarial"] += [
    (
        "award",
        "experiences[0].description",
        "Life insurer, 2.4M policies: award-winning IFRS 17 implementation.",
        "award-winning",
    ),
]
FABRICATED["logistics"] += [
    (
        "sla",
        "experiences[0].bullets[3]",
        "Additionally ran round-the-clock hypercare for six weeks after every go-live, resolving P1 "
        "tickets within 2 hours.",
        "within 2 hours",
    ),
]
FABRICATED["gamedev"] += [
    (
        "sla",
        "experiences[0].bullets[2]",
        "Rollback netcode for four-player co-op, on servers kept at 99.9% uptime.",
        "99.9% uptime",
    ),
]
FABRICATED["ux"] += [
    (
        "duration",
        "experiences[0].description",
        "Retail banking app redesign for 1.8M customers, an 18-month programme.",
        "18-month",
    ),
]


# --------------------------------------------------------------------------- the records


def _honest_tailorings(name):
    source = SOURCES[name]
    return [(context, tailor(source, overview, experiences)) for context, overview, experiences in HONEST[name]]


def honest_cases() -> list[Case]:
    """Every free text of every honest tailoring: each must pass untouched."""
    cases = []
    for name, source in SOURCES.items():
        for context, adjusted in _honest_tailorings(name):
            cases += [Case(name, "honest", path, text, source, adjusted, context) for path, text in _texts(adjusted)]
    return cases


def _one_change(name, path, text):
    context, base = _honest_tailorings(name)[0]
    adjusted = copy.deepcopy(base)
    return context, base, adjusted, _set(adjusted, path, text)


def fabricated_cases() -> list[Case]:
    """One invented claim each, in the first honest tailoring of its CV: each must be caught."""
    cases = []
    for name, rows in FABRICATED.items():
        for kind, path, text, claim in rows:
            context, base, adjusted, where = _one_change(name, path, text)
            cases.append(Case(name, kind, where, text, SOURCES[name], adjusted, context, claim, base=base))
    return cases


def ambiguous_cases() -> list[Case]:
    """Rewordings a demanding user could judge either way: reported, never counted."""
    cases = []
    for name, rows in AMBIGUOUS.items():
        for path, text, reason in rows:
            context, base, adjusted, where = _one_change(name, path, text)
            cases.append(
                Case(name, "ambiguous", where, text, SOURCES[name], adjusted, context, reason=reason, base=base)
            )
    return cases


def all_cases() -> list[Case]:
    return honest_cases() + fabricated_cases() + ambiguous_cases()


# --------------------------------------------------------------------------- judging the guard


@dataclass(frozen=True)
class Verdict:
    case: Case
    claims: tuple  # what the guard named in this case's field
    new_claims: tuple  # of those, what it does not name in the same field of the honest base
    output: str  # the field's text after the guard

    @property
    def flagged(self) -> bool:
        """Honest: the guard named anything here. Fabricated: it named something the honest text it
        was made from does not hold (a catch that only repeats a false positive is no catch)."""
        return bool(self.new_claims if self.case.base is not None else self.claims)


def judge(cases: list[Case]) -> list[Verdict]:
    """Each case through the guard's public entry point (``cvextract.claims.review``), once per
    adjusted CV, with the case's job or customer context as the prompt."""
    from cvextract.claims import review

    runs: dict[tuple, tuple] = {}

    def run(source, adjusted, context):
        key = (id(source), id(adjusted), context)
        if key not in runs:
            runs[key] = review(source, adjusted, prompt=context)
        return runs[key]

    def named(findings, path):
        return tuple(claim for finding in findings if finding.field == path for claim in finding.claims)

    verdicts = []
    for case in cases:
        output, findings = run(case.source, case.adjusted, case.context)
        claims = named(findings, case.path)
        before = set(named(run(case.source, case.base, case.context)[1], case.path)) if case.base else set()
        new = tuple(claim for claim in claims if claim not in before)
        verdicts.append(Verdict(case, claims, new, dict(_texts(output)).get(case.path, "<dropped>")))
    return verdicts
