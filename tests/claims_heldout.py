"""Held-out evaluation set for the free-text claims guard (issue 20), written by hand and kept apart
from the guard's own corpus: the guard's author never sees these texts, so they measure how the guard
does on model output it was not tuned on.

Twelve source CVs (``SOURCES``, the shape of ``cvextract/contracts/cv.schema.json``), one per domain,
and for each, texts a GPT-4-class model writes back when asked to tailor the CV for a customer or a
job. Each case changes ONE field of the source (the rest of the adjusted CV is the source, untouched),
so anything the guard flags in a case is about that text:

* ``honest_cases()`` — rewording a demanding user accepts: synonyms, merged / split / shortened /
  reordered bullets, condensed descriptions, figures in other forms (``1,000``/``1000``/``1k``,
  ``35%``/``35 per cent``, ``five``/``5``, ``1.2 million``/``1.2M``), passive voice, sentence-initial
  ``Notably``/``Key``/``Hands-on``, British/American spelling, hyphenation, the overview summarising
  the experiences, tools of the experience's environment quoted in its bullets. The guard must leave
  them alone (at most 1% touched).
* ``fabricated_cases()`` — the same kinds of rewording with exactly one claim the CV does not make
  (``claim`` is that claim, as it appears in the text): an invented metric, technology, organisation,
  years of experience, certification, degree, team size, new bullet, bullet copied from another
  experience, date or money, in the overview, a description and a bullet, at the start, middle and end
  of a sentence. The guard must catch every one and name the claim or its sentence.
* ``ambiguous_cases()`` — texts a demanding user could read either way, each with its reason; not
  counted either way.
* ``JOB_POSTINGS`` — the posting each CV is tailored for, naming some of what the CV has (in other words)
  and some of what it lacks; ``run(..., postings=True)`` gives it to the guard as the model's prompt.

Every case is a ``Case`` record; ``case.source`` and ``case.adjusted`` are fresh CV dicts.
``python tests/claims_heldout.py`` prints the counts by kind, field and position.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections import Counter
from dataclasses import dataclass

HONEST = "honest"
AMBIGUOUS = "ambiguous"
FABRICATION_KINDS = (
    "metric", "technology", "organisation", "years", "certification", "degree", "team_size",
    "new_bullet", "copied_bullet", "date", "money",
)


def _cv(title, name, sidebar, overview, experiences):
    first, last = name.split(" ", 1)
    return {
        "identity": {"title": title, "full_name": name, "first_name": first, "last_name": last},
        "sidebar": sidebar,
        "overview": overview,
        "experiences": [
            {"heading": h, "description": d, "bullets": list(b), "environment": list(e)}
            for h, d, b, e in experiences
        ],
    }


def _sidebar(skills, languages, tools, certifications, industries, spoken, academic):
    return {"skills": skills, "languages": languages, "tools": tools, "certifications": certifications,
            "industries": industries, "spoken_languages": spoken, "academic_background": academic}


SOURCES: dict[str, dict] = {
    "cloud": _cv(
        "Senior Cloud Engineer", "Marta Lindqvist",
        _sidebar(["Cloud architecture", "Infrastructure as code", "CI/CD", "Site reliability engineering",
                  "Cost optimisation"],
                 ["Python", "Bash", "HCL"],
                 ["Kubernetes", "Terraform", "Helm", "Argo CD", "Prometheus", "Grafana", "GitLab CI"],
                 ["AWS Certified Solutions Architect – Associate", "Certified Kubernetes Administrator (CKA)"],
                 ["Logistics", "Retail", "Insurance"], ["English", "Swedish", "German"],
                 ["MSc Computer Science, KTH Royal Institute of Technology"]),
        "Cloud engineer with eight years of experience designing and running platforms on AWS and Azure. "
        "Moved three logistics and insurance customers from data centres to managed Kubernetes, and built "
        "the delivery pipelines their teams still use. Works closely with developers to make releases "
        "routine rather than events.",
        [("2021 – Present | Platform Lead | Nordfrakt Logistics",
          "Engagement for Nordfrakt covering the migration of 40 on-premises services to AWS and the platform "
          "team that runs them.",
          ["Designed a multi-account AWS landing zone with Terraform and AWS Organizations.",
           "Migrated 40 services from VMware to Amazon EKS over 18 months without unplanned downtime.",
           "Introduced Argo CD for GitOps deployments, cutting release lead time from two weeks to one day.",
           "Helped the security team define network policies and image scanning in the pipeline.",
           "Reduced monthly cloud spend by 22% through rightsizing and Savings Plans."],
          ["AWS", "Amazon EKS", "Terraform", "Argo CD", "Helm", "Prometheus", "Grafana", "Python"]),
         ("2018 – 2021 | DevOps Engineer | Helvia Insurance",
          "Build and release engineering for Helvia's policy administration platform.",
          ["Built GitLab CI pipelines for 25 Java services, replacing manual Jenkins jobs.",
           "Set up Prometheus and Grafana monitoring with on-call alerting.",
           "Containerised the quote engine and ran it on Azure Kubernetes Service.",
           "Wrote Bash and Python tooling to automate environment provisioning."],
          ["Azure", "AKS", "GitLab CI", "Jenkins", "Docker", "Prometheus", "Grafana", "Bash", "Python"])]),
    "data": _cv(
        "Data Engineer", "Tomasz Wrona",
        _sidebar(["Data modelling", "ETL/ELT pipelines", "Data quality", "Batch and streaming processing"],
                 ["Python", "SQL", "Scala"],
                 ["Apache Spark", "Apache Airflow", "dbt", "Databricks", "Azure Data Factory", "Power BI"],
                 ["Databricks Certified Data Engineer Associate"], ["Energy", "Retail"], ["Polish", "English"],
                 ["MSc Applied Mathematics, Warsaw University of Technology"]),
        "Data engineer with six years of experience building batch and streaming pipelines for energy and "
        "retail companies. Turns raw meter, sales and sensor data into models analysts can trust, with tests "
        "and documentation from the first day. Comfortable owning a platform end to end, from ingestion to "
        "the reports management reads.",
        [("2022 – Present | Senior Data Engineer | Volta Energia",
          "Engagement for Volta Energia covering a lakehouse on Azure Databricks for smart-meter data from "
          "1.2 million households.",
          ["Designed the medallion architecture (bronze, silver, gold) on Delta Lake.",
           "Built Spark Structured Streaming jobs ingesting 300 million meter readings per day.",
           "Introduced dbt tests and data contracts, catching schema changes before they reached reports.",
           "Helped analysts move 35 Power BI reports from Excel extracts to curated gold tables."],
          ["Azure Databricks", "Delta Lake", "Apache Spark", "dbt", "Azure Data Factory", "Power BI",
           "Python", "SQL"]),
         ("2019 – 2022 | Data Engineer | Kramarz Retail Group",
          "Data warehouse modernisation for a retail chain with 240 stores.",
          ["Migrated nightly ETL from SSIS to Apache Airflow and Python.",
           "Modelled sales and inventory data as a star schema in Azure Synapse.",
           "Cut the nightly load from five hours to 90 minutes by partitioning and incremental loads.",
           "Wrote data quality checks that flagged missing store feeds each morning."],
          ["Apache Airflow", "Azure Synapse", "SSIS", "Python", "SQL", "Git"])]),
    "sap": _cv(
        "SAP S/4HANA Finance Consultant", "Claudia Brenner",
        _sidebar(["SAP FI/CO", "S/4HANA migration", "Business process design", "Data migration",
                  "Key-user training"],
                 ["ABAP (reading)", "SQL"],
                 ["SAP S/4HANA", "SAP ECC", "SAP Solution Manager", "SAP Migration Cockpit", "Jira"],
                 ["SAP Certified Application Associate – SAP S/4HANA for Financial Accounting"],
                 ["Manufacturing", "Chemicals", "Consumer goods"], ["German", "English", "French"],
                 ["Diplom-Kauffrau, University of Mannheim"]),
        "SAP finance consultant with eleven years in FI/CO and four S/4HANA projects from blueprint to "
        "hypercare. Known for translating controllers' requirements into clean configuration and for data "
        "migrations that close on time. Works in German, English and French with business and IT teams.",
        [("2020 – 2024 | Lead FI Consultant | Rheinchem AG",
          "Engagement for Rheinchem covering the greenfield S/4HANA Finance implementation for 14 company "
          "codes in six countries.",
          ["Led the fit-to-standard workshops for general ledger, asset accounting and accounts payable.",
           "Designed the new chart of accounts with parallel ledgers for IFRS and local GAAP.",
           "Planned and ran three mock data migrations with the SAP Migration Cockpit.",
           "Trained 60 key users and wrote the finance cut-over plan.",
           "Supported hypercare for the first two month-end closes."],
          ["SAP S/4HANA 2021", "SAP Migration Cockpit", "SAP Solution Manager", "Jira"]),
         ("2016 – 2020 | SAP CO Consultant | Hallberg Consumer Goods",
          "Controlling rollout for the ECC template to the Nordic subsidiaries.",
          ["Configured cost centre accounting, internal orders and product costing.",
           "Rolled out the template to Sweden, Norway and Denmark.",
           "Reduced month-end close from eight to five working days with the controllers."],
          ["SAP ECC 6.0", "SAP CO-PC", "SAP BW"])]),
    "embedded": _cv(
        "Embedded Software Engineer", "Luca Ferraro",
        _sidebar(["Embedded C", "AUTOSAR Classic", "Functional safety (ISO 26262)", "CAN and LIN",
                  "Unit testing"],
                 ["C", "C++", "Python"],
                 ["Vector CANoe", "EB tresos", "Lauterbach TRACE32", "Polarion", "Jenkins", "Git"],
                 ["ISTQB Certified Tester Foundation Level"], ["Automotive", "Industrial automation"],
                 ["Italian", "English", "German"], ["MSc Electronic Engineering, Politecnico di Torino"]),
        "Embedded software engineer with nine years on automotive ECUs, from AUTOSAR basic software "
        "configuration to application software in C. Has delivered brake and body control software to "
        "ASIL B and ASIL D. Brings a tester's eye to development and keeps requirements, code and tests "
        "traceable.",
        [("2021 – Present | Software Engineer, Brake Systems | Freni Sud S.p.A.",
          "Application software for an electronic parking brake ECU developed to ASIL D.",
          ["Implemented the clamping force control in MISRA-compliant C.",
           "Configured the AUTOSAR communication stack (COM, PduR, CanIf) with EB tresos.",
           "Raised unit-test coverage of safety-relevant modules from 60% to 95%.",
           "Analysed timing issues on the target with Lauterbach TRACE32.",
           "Maintained traceability from system requirements to tests in Polarion."],
          ["C", "AUTOSAR 4.3", "EB tresos", "Lauterbach TRACE32", "Polarion", "Vector CANoe"]),
         ("2016 – 2021 | Embedded Developer | Motiva Body Electronics",
          "Body control module software for two vehicle platforms.",
          ["Developed LIN drivers for window lift and mirror actuators.",
           "Wrote Python scripts to automate CANoe regression tests in Jenkins.",
           "Supported the ASIL B safety case with FMEA inputs and test reports."],
          ["C", "Python", "Vector CANoe", "Jenkins", "Git", "LIN", "CAN"])]),
    "banking": _cv(
        "Business Analyst, Payments", "Sophie Marchand",
        _sidebar(["Requirements engineering", "SEPA and SWIFT payments", "ISO 20022", "Regulatory change",
                  "Process modelling (BPMN)"],
                 ["SQL"], ["Jira", "Confluence", "Enterprise Architect", "Temenos T24"],
                 ["IREB Certified Professional for Requirements Engineering", "CBAP"],
                 ["Banking", "Financial services"], ["French", "English", "Dutch"],
                 ["Master in Finance, Université libre de Bruxelles"]),
        "Business analyst with ten years in retail and corporate banking, specialised in payments and "
        "regulatory change. Has written requirements for SEPA Instant, the ISO 20022 migration of SWIFT "
        "messages and PSD2 interfaces. Bridges operations, compliance and development teams.",
        [("2021 – 2024 | Lead Business Analyst | Banque Meridia",
          "Engagement for Banque Meridia covering the move of cross-border payments to ISO 20022 before the "
          "SWIFT deadline.",
          ["Mapped 45 MT message flows to their MX equivalents.",
           "Wrote user stories and acceptance criteria for the payments hub team in Jira.",
           "Coordinated testing with correspondent banks across three release waves.",
           "Helped operations redesign the repair queue, halving manual interventions."],
          ["ISO 20022", "SWIFT", "Jira", "Confluence", "Temenos T24"]),
         ("2017 – 2021 | Business Analyst | Crédit Hainaut",
          "Regulatory programme for PSD2 access to accounts and strong customer authentication.",
          ["Documented the as-is and to-be processes in BPMN with Enterprise Architect.",
           "Specified the account information API for third-party providers.",
           "Ran workshops with compliance to interpret the regulatory technical standards.",
           "Prepared the test plan for strong customer authentication on web and mobile."],
          ["Enterprise Architect", "Confluence", "Jira", "REST APIs"])]),
    "health": _cv(
        "Healthcare Integration Specialist", "Aisha Rahman",
        _sidebar(["Clinical system integration", "HL7 v2 and FHIR", "Interface testing",
                  "Clinical workflow analysis"],
                 ["JavaScript", "SQL", "Python"],
                 ["InterSystems HealthShare", "Mirth Connect", "Postman", "Epic Bridges", "ServiceNow"],
                 ["HL7 FHIR R4 Proficiency", "ITIL 4 Foundation"], ["Healthcare", "Public health"],
                 ["English", "Bengali"], ["BSc Health Informatics, University of Manchester"]),
        "Integration specialist with seven years connecting hospital systems through HL7 v2 and FHIR "
        "interfaces. Has supported two electronic patient record go-lives and keeps clinical safety in view "
        "when interfaces change. Explains technical issues to clinicians in plain language.",
        [("2022 – Present | Integration Lead | Northgate NHS Foundation Trust",
          "Engagement for Northgate covering the interfaces between the new electronic patient record and "
          "30 departmental systems.",
          ["Built and tested ADT, orders and results interfaces in InterSystems HealthShare.",
           "Replaced 12 point-to-point feeds with a single integration engine route each.",
           "Worked with the clinical safety officer on hazard logs for every interface change.",
           "Cut interface incident tickets by 40% in the first year after go-live."],
          ["InterSystems HealthShare", "HL7 v2", "FHIR R4", "Epic Bridges", "ServiceNow"]),
         ("2018 – 2022 | Interface Analyst | Westmoor Community Health",
          "Integration support for community and mental health services.",
          ["Developed Mirth Connect channels in JavaScript for referrals and discharge letters.",
           "Tested FHIR APIs for the shared care record with Postman.",
           "Supported the migration of 2.3 million patient records to the new record system."],
          ["Mirth Connect", "JavaScript", "FHIR", "Postman", "SQL Server"])]),
    "telecom": _cv(
        "Network Architect", "Ibrahim Haddad",
        _sidebar(["5G core architecture", "IP/MPLS networks", "Network automation", "Capacity planning"],
                 ["Python", "YANG"], ["Ansible", "NetBox", "Cisco NSO", "Wireshark", "OpenStack"],
                 ["Cisco CCIE Service Provider", "Juniper JNCIP-SP"], ["Telecommunications"],
                 ["Arabic", "French", "English"], ["Diplôme d'ingénieur, Télécom Paris"]),
        "Network architect with twelve years at mobile and fixed operators, from IP/MPLS backbones to the "
        "5G standalone core. Automates configuration and validation so that changes ship during the day "
        "instead of in night windows. Balances vendor roadmaps with what operations teams can run.",
        [("2020 – Present | 5G Core Architect | Aurea Mobile",
          "Engagement for Aurea Mobile covering the design and rollout of a 5G standalone core on OpenStack.",
          ["Designed the user plane placement across four regional data centres.",
           "Wrote the low-level design for interconnection with the existing 4G EPC.",
           "Automated network function onboarding with Ansible and Cisco NSO.",
           "Validated failover scenarios in the lab before each rollout phase.",
           "Supported launch of the first commercial 5G SA service in 2022."],
          ["5G SA core", "OpenStack", "Ansible", "Cisco NSO", "Python", "YANG"]),
         ("2014 – 2020 | IP/MPLS Engineer | Atlantica Telecom",
          "Backbone engineering for a fixed and mobile operator.",
          ["Planned capacity upgrades of the MPLS backbone from 10G to 100G links.",
           "Introduced NetBox as the source of truth for 3,000 network devices.",
           "Wrote Python scripts to audit router configurations nightly."],
          ["Cisco IOS XR", "Juniper MX", "MPLS", "NetBox", "Python"])]),
    "public": _cv(
        "Delivery Manager, Digital Public Services", "Eva Janssen",
        _sidebar(["Service design", "Agile delivery", "Stakeholder management", "Procurement",
                  "Accessibility (WCAG 2.1)"],
                 [], ["Jira", "Confluence", "Miro", "MS Project"],
                 ["PRINCE2 Practitioner", "Professional Scrum Master I"], ["Public sector", "Education"],
                 ["Dutch", "English", "German"], ["MA Public Administration, Leiden University"]),
        "Delivery manager with nine years in central and local government, running digital services from "
        "discovery to live. Has led the move of paper-based permit processes online for two municipalities "
        "and knows public procurement from both sides. Puts accessibility and plain language first.",
        [("2021 – 2024 | Delivery Manager | Municipality of Zeestad",
          "Engagement for the Municipality of Zeestad covering the online permit service for residents and "
          "businesses.",
          ["Ran discovery with residents, case workers and legal to map the permit journey.",
           "Led a multidisciplinary team through alpha, beta and live phases.",
           "Made the service meet WCAG 2.1 AA, verified by an external audit.",
           "Moved 70% of permit applications online within a year of launch."],
          ["Jira", "Confluence", "Miro", "Drupal"]),
         ("2017 – 2021 | Project Manager | National Education Agency",
          "Replacement of the student grant application portal.",
          ["Wrote the tender documents and scored supplier bids with procurement.",
           "Managed the budget and planning with MS Project and monthly steering reports.",
           "Coordinated the migration of applications from the legacy portal over a weekend cut-over."],
          ["MS Project", "SharePoint", "Java", "Oracle"])]),
    "ecommerce": _cv(
        "Full-Stack Developer", "Nils Andersen",
        _sidebar(["Web performance", "Headless commerce", "Payment integration", "A/B testing"],
                 ["TypeScript", "JavaScript", "PHP"],
                 ["React", "Next.js", "Node.js", "Shopify", "Magento", "Adyen", "Algolia"],
                 ["Adobe Certified Expert – Magento Commerce Developer"],
                 ["E-commerce", "Fashion", "Consumer electronics"], ["Danish", "English"],
                 ["BSc Software Engineering, Aarhus University"]),
        "Full-stack developer with seven years building online shops for fashion and electronics retailers. "
        "Moved two Magento storefronts to headless React front ends and integrated payment providers across "
        "the Nordics. Cares about page speed because it shows in conversion.",
        [("2021 – Present | Lead Front-End Developer | Nordmode",
          "Engagement for Nordmode covering the headless rebuild of its Magento storefront with Next.js.",
          ["Rebuilt product listing and checkout pages in Next.js and TypeScript.",
           "Improved Largest Contentful Paint from 4.1 s to 1.8 s on mobile.",
           "Integrated Adyen for cards, MobilePay and Klarna.",
           "Replaced the Magento search with Algolia, raising search conversion by 18%."],
          ["Next.js", "React", "TypeScript", "Magento 2", "Adyen", "Algolia", "Vercel"]),
         ("2017 – 2021 | Developer | Elektrohuset Online",
          "Web shop development for a consumer electronics retailer.",
          ["Developed Magento 2 modules in PHP for bundles and extended warranties.",
           "Built a Node.js service to sync stock levels from the ERP every five minutes.",
           "Ran A/B tests on the product page with the marketing team.",
           "Helped migrate the shop to Shopify Plus for the Norwegian market."],
          ["Magento 2", "PHP", "Node.js", "MySQL", "Shopify Plus"])]),
    "security": _cv(
        "Security Consultant", "Daniel Weiss",
        _sidebar(["Penetration testing", "Cloud security", "Threat modelling", "Incident response",
                  "ISO 27001"],
                 ["Python", "PowerShell"], ["Burp Suite", "Nmap", "Metasploit", "Microsoft Sentinel", "Splunk"],
                 ["OSCP", "CISSP"], ["Financial services", "Energy", "Public sector"], ["German", "English"],
                 ["MSc IT Security, Ruhr University Bochum"]),
        "Security consultant with ten years in offensive and defensive work: penetration tests of web "
        "applications and Azure tenants, and detection engineering for security operations centres. Helps "
        "organisations prepare for ISO 27001 audits with controls that work in practice.",
        [("2020 – Present | Senior Security Consultant | Sicherwerk GmbH",
          "Penetration testing and red-team engagements for banks and energy providers.",
          ["Led over 60 web application and API penetration tests.",
           "Assessed Azure AD and Entra ID configurations for privilege escalation paths.",
           "Wrote detection rules in KQL for Microsoft Sentinel from findings of red-team exercises.",
           "Presented results to boards and technical teams with a prioritised remediation plan."],
          ["Burp Suite", "Nmap", "Metasploit", "Microsoft Sentinel", "Azure", "Python"]),
         ("2016 – 2020 | SOC Analyst | Stadtwerke Nordrhein",
          "Security monitoring for a regional energy utility, including its operational technology network.",
          ["Triaged alerts in Splunk and escalated confirmed incidents.",
           "Wrote PowerShell scripts to collect forensic artefacts from Windows hosts.",
           "Contributed to the ISO 27001 certification with incident response procedures."],
          ["Splunk", "PowerShell", "Windows Server", "Active Directory"])]),
    "mobile": _cv(
        "Mobile Developer", "Keiko Tanaka",
        _sidebar(["Native iOS and Android development", "Mobile architecture", "Accessibility",
                  "App Store release management"],
                 ["Swift", "Kotlin", "Objective-C"], ["Xcode", "Android Studio", "Firebase", "Fastlane", "Bitrise"],
                 [], ["Media", "Travel"], ["Japanese", "English"], ["BEng Computer Science, University of Tokyo"]),
        "Mobile developer with six years shipping native iOS and Android apps for media and travel "
        "companies. Writes Swift and Kotlin, modernises legacy Objective-C code bases and automates releases "
        "so that teams ship every week. Treats accessibility as a feature, not an afterthought.",
        [("2021 – Present | Senior iOS Developer | Skyward Travel",
          "Engagement for Skyward Travel covering the rewrite of its booking app in SwiftUI.",
          ["Rewrote booking and boarding-pass screens in SwiftUI.",
           "Introduced a modular architecture with Swift Package Manager.",
           "Automated builds and TestFlight uploads with Fastlane and Bitrise.",
           "Raised the crash-free session rate from 97.5% to 99.6%.",
           "Supported VoiceOver and Dynamic Type across all screens."],
          ["Swift", "SwiftUI", "Xcode", "Fastlane", "Bitrise", "Firebase Crashlytics"]),
         ("2018 – 2021 | Android Developer | Daily Lens Media",
          "News app development for a national publisher.",
          ["Migrated the Android app from Java to Kotlin.",
           "Built offline reading with Room and WorkManager.",
           "Implemented push notifications with Firebase Cloud Messaging."],
          ["Kotlin", "Java", "Android Studio", "Room", "Firebase"])]),
    "pm": _cv(
        "IT Project Manager", "Richard Mensah",
        _sidebar(["Project planning", "Risk management", "Vendor management", "Budget control",
                  "Agile and waterfall delivery"],
                 [], ["MS Project", "Jira", "Smartsheet", "Power BI"], ["PRINCE2 Foundation", "SAFe 6 Agilist"],
                 ["Insurance", "Logistics", "Retail"], ["English", "French"],
                 ["BA Business Administration, University of Ghana"]),
        "IT project manager with eight years delivering ERP, CRM and infrastructure projects for insurers "
        "and logistics firms. Keeps budgets, suppliers and steering committees aligned, and reports progress "
        "plainly. Works in both agile and waterfall settings.",
        [("2020 – Present | Project Manager | Castellan Insurance",
          "Engagement for Castellan covering the replacement of the claims CRM with Salesforce.",
          ["Managed a budget of £3.4 million and three suppliers.",
           "Ran fortnightly steering committees with the claims director.",
           "Delivered the release to 900 claims handlers in two waves.",
           "Set up risk and issue tracking in Jira with weekly Power BI reports."],
          ["Salesforce Service Cloud", "Jira", "Power BI", "MS Project"]),
         ("2016 – 2020 | Project Coordinator | TransEuro Freight",
          "Infrastructure and warehouse system projects across European depots.",
          ["Coordinated the rollout of a warehouse management system to 11 depots.",
           "Tracked supplier milestones and invoices in Smartsheet.",
           "Organised user acceptance testing with depot managers."],
          ["Manhattan WMS", "Smartsheet", "MS Project"])]),
}


@dataclass(frozen=True)
class Case:
    """One tailored text: ``path`` (``overview``, ``experiences[0].description``,
    ``experiences[1].bullets[2]``, or ``experiences[0].bullets`` for a rewritten bullet list) set to
    ``text`` in a copy of the source CV ``cv``. ``kind`` is ``honest``, ``ambiguous`` or a
    fabrication kind; ``claim`` is the invented claim as written in ``text`` (fabrications only);
    ``position`` where it sits in its sentence (start, middle, end; ``bullet`` for a whole bullet);
    ``note`` the rewording style, or for an ambiguous case why it is not counted."""

    cv: str
    kind: str
    path: str
    text: str | tuple[str, ...]
    claim: str | None = None
    position: str | None = None
    note: str = ""

    @property
    def id(self) -> str:
        digest = hashlib.sha1("\n".join(self.texts).encode()).hexdigest()[:6]
        return f"{self.cv}:{self.kind}:{self.path}:{_slug(self.claim or self.note)}:{digest}"

    @property
    def field(self) -> str:
        """overview, description or bullet (a bullet list counts as bullet)."""
        return "overview" if self.path == "overview" else (
            "description" if self.path.endswith(".description") else "bullet")

    @property
    def source(self) -> dict:
        return copy.deepcopy(SOURCES[self.cv])

    @property
    def adjusted(self) -> dict:
        return self.apply_to(self.source)

    def apply_to(self, cv: dict) -> dict:
        """``cv`` with this case's text written at its path (``cv`` is changed and returned): how a fake
        model answers with this case, given the CV an adjuster sent it."""
        _set(cv, self.path, list(self.text) if isinstance(self.text, tuple) else self.text)
        return cv

    @property
    def texts(self) -> list[str]:
        """The free texts this case wrote (one, or each bullet of a rewritten list)."""
        return list(self.text) if isinstance(self.text, tuple) else [self.text]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


_PATH = re.compile(r"^(?:overview|experiences\[(\d+)\]\.(description|bullets)(?:\[(\d+)\])?)$")


def _set(cv: dict, path: str, value) -> None:
    match = _PATH.match(path)
    if not match:
        raise ValueError(f"bad path {path!r}")
    if path == "overview":
        cv["overview"] = value
        return
    exp, name, index = match.groups()
    experience = cv["experiences"][int(exp)]
    if index is None:
        experience[name] = value
    else:
        experience[name][int(index)] = value


def _path(short: str) -> str:
    """``o`` → overview, ``e0.d`` → experiences[0].description, ``e1.b2`` → experiences[1].bullets[2],
    ``e0.bs`` → experiences[0].bullets (the whole list)."""
    if short == "o":
        return "overview"
    exp, rest = short[1:].split(".")
    if rest == "d":
        return f"experiences[{exp}].description"
    if rest == "bs":
        return f"experiences[{exp}].bullets"
    return f"experiences[{exp}].bullets[{rest[1:]}]"


def _bullets_plus(cv: str, exp: int, bullet: str) -> tuple[str, ...]:
    """The experience's bullets with one appended (a new or a copied bullet)."""
    return (*SOURCES[cv]["experiences"][exp]["bullets"], bullet)


# The job posting each CV is tailored for (what the model is given besides the CV). As real postings do,
# it names things the CV has (in its own words: K8s, LCP, Agile) and things the CV lacks, which a model
# is tempted to claim (Kafka, Pulumi, Signavio, axe, PMP).
JOB_POSTINGS: dict[str, str] = {
    "cloud": "Senior Platform Engineer (m/f/d). You build our AWS landing zones with Terraform and run workloads on "
             "K8s (EKS). GitOps with Argo CD, observability with Prometheus and Grafana; event streaming with Kafka "
             "is a plus. Go or Python for tooling, Pulumi welcome. Logistics experience preferred.",
    "data": "Data Engineer – Energy. Build lakehouse pipelines with Databricks, Spark and dbt; streaming with Kafka or "
            "Flink; Snowflake experience is an advantage. Azure Data Engineer certification desirable.",
    "sap": "SAP FI/CO Consultant for an S/4HANA transformation. Fit-to-standard workshops, SAP Fiori, Group Reporting "
           "and Signavio process modelling. SAP certification required; German and English.",
    "embedded": "Embedded Software Engineer, brake systems. AUTOSAR Classic, Vector DaVinci, ISO 26262 and ASPICE. "
                "Rust is a plus; Infineon AURIX experience preferred.",
    "banking": "Business Analyst Payments (ISO 20022). SWIFT MX migration, SEPA Instant, Murex or Temenos. Python or "
               "SQL for data analysis; a Scrum certification is preferred.",
    "health": "Integration Analyst for an EPR programme. HL7 v2, FHIR, Rhapsody or InterSystems, Azure API "
              "Management; DCB0129 clinical safety awareness.",
    "telecom": "5G Core Network Architect. Cloud-native network functions on Kubernetes and OpenStack, Ansible, "
               "Terraform, Ericsson or Nokia core. CCIE desirable.",
    "public": "Delivery Manager, digital public services. Agile delivery to the service standard, WCAG 2.1 testing "
              "with axe, Salesforce case management, Tableau reporting. PMP or PRINCE2.",
    "ecommerce": "Senior Front-End Engineer, headless commerce. Next.js, React, TypeScript, GraphQL and Redis "
                 "caching; Core Web Vitals (LCP, CLS). Go for backend services is a plus.",
    "security": "Senior Penetration Tester. Web and API testing, Azure and AWS IAM reviews, CrowdStrike Falcon, MISP "
                "and KQL. CREST or OSCP certification.",
    "mobile": "Senior Mobile Engineer. Swift/SwiftUI and Kotlin; Flutter or React Native experience welcome; GraphQL "
              "APIs; Firebase.",
    "pm": "IT Project Manager, insurance. Salesforce CRM rollouts, MS Project, Jira, Tableau and SAP Ariba "
          "procurement. PMP or PRINCE2 Practitioner.",
}

# Honest rewordings: (path, text, style). A list text rewrites the whole bullet list.
_HONEST: dict[str, list[tuple]] = {
    "cloud": [
        ("o", "Cloud engineer with 8 years of experience architecting and operating platforms on AWS and Azure. Has "
              "moved three logistics and insurance customers from data centres to managed Kubernetes and built the "
              "delivery pipelines their teams still rely on. Collaborates closely with developers so that releases "
              "are routine rather than events.", "synonyms; eight → 8"),
        ("o", "Platform lead and DevOps engineer with eight years on AWS and Azure. Notably, migrated 40 services "
              "from VMware to Amazon EKS without unplanned downtime and lowered monthly cloud spend by 22 percent.",
         "overview summarises experiences; Notably; % → percent"),
        ("o", "Cloud engineer: eight years on AWS and Azure, three customers moved from data centers to managed "
              "Kubernetes, delivery pipelines still in use.", "condensed; American spelling"),
        ("e0.d", "For Nordfrakt: migration of 40 on-premises services to AWS and the platform team running them.",
         "description condensed 'Engagement for X covering Y' → 'For X: Y'"),
        ("e0.b0", "Architected a multi-account AWS landing zone using Terraform and AWS Organizations.",
         "verb synonym"),
        ("e0.b1", "40 services were migrated from VMware to Amazon EKS over 18 months with no unplanned downtime.",
         "passive voice"),
        ("e0.b2", "Cut release lead time from 2 weeks to 1 day by introducing Argo CD for GitOps deployments.",
         "reordered; two → 2, one → 1"),
        ("e0.b2", "Introduced Argo CD and Helm for GitOps deployments, cutting release lead time from two weeks to "
                  "one day.", "sidebar tool quoted where the environment lists it"),
        ("e0.b3", "Supported the security team in defining network policies and image scanning in the CI/CD "
                  "pipeline.", "helped → supported; job vocabulary (CI/CD is a sidebar skill)"),
        ("e0.b4", "Lowered monthly cloud spend by 22 per cent through rightsizing and Savings Plans.",
         "% → per cent"),
        ("e0.bs", ("Designed a multi-account AWS landing zone with Terraform and AWS Organizations and migrated 40 "
                   "services from VMware to Amazon EKS over 18 months without unplanned downtime.",
                   "Reduced monthly cloud spend by 22% through rightsizing and Savings Plans.",
                   "Introduced Argo CD for GitOps deployments: release lead time down from two weeks to one day.",
                   "Helped the security team define network policies and pipeline image scanning."),
         "bullets merged and reordered"),
        ("e1.d", "Build and release engineering for the policy administration platform at Helvia.", "reordered"),
        ("e1.b2", "Containerised the quote engine and deployed it to AKS, Azure's managed K8s service.",
         "K8s for Kubernetes: judged acceptable to a demanding user (the CV says Azure Kubernetes Service)"),
        ("e1.b1", "Hands-on setup of Prometheus and Grafana monitoring, including on-call alerting.",
         "Hands-on; nominalised"),
        ("e1.bs", ("Containerized the quote engine on Azure Kubernetes Service (AKS).",
                   "Built GitLab CI pipelines for 25 Java services, replacing manual Jenkins jobs.",
                   "Set up Prometheus/Grafana monitoring with on-call alerting.",
                   "Automated environment provisioning with Bash and Python tooling."),
         "reordered, shortened, American spelling"),
    ],
    "data": [
        ("o", "Data engineer with 6 years of experience building batch and streaming pipelines for energy and retail "
              "businesses. Turns raw meter, sales and sensor data into models that analysts can trust, with tests "
              "and documentation from day one. Comfortable owning a platform end-to-end, from ingestion to "
              "management reporting.", "synonyms; six → 6; hyphenation"),
        ("o", "Senior data engineer (six years) who built a Databricks lakehouse for smart-meter data from 1.2M "
              "households and modernised a retail data warehouse. Key strengths: data modelling, data quality and "
              "Spark streaming.", "overview summarises experiences; 1.2 million → 1.2M; Key"),
        ("o", "Data engineer with six years of experience in batch and streaming pipelines for energy and retail. "
              "Additionally, owns platforms end to end, from ingestion to the reports management reads, with tests "
              "and documentation from the first day.", "Additionally; sentences merged"),
        ("e0.d", "For Volta Energia: an Azure Databricks lakehouse for smart-meter data from 1.2 million "
                 "households.", "description condensed"),
        ("e0.d", "Lakehouse on Azure Databricks for Volta Energia's smart-meter data (1,200,000 households).",
         "1.2 million → 1,200,000"),
        ("e0.b0", "Architected a medallion architecture (bronze, silver and gold layers) on Delta Lake.",
         "verb synonym"),
        ("e0.b1", "Built Spark Structured Streaming jobs that ingest 300M meter readings a day.",
         "300 million → 300M"),
        ("e0.b2", "Added dbt tests and data contracts so that schema changes were caught before reaching reports.",
         "rephrased"),
        ("e0.b3", "Supported analysts in moving 35 Power BI reports from Excel extracts onto curated gold tables.",
         "helped → supported"),
        ("e1.d", "Modernization of the data warehouse for a 240-store retail chain.",
         "American spelling; hyphenated number"),
        ("e1.b2", "Reduced the nightly load from 5 hours to 90 minutes through partitioning and incremental loads.",
         "five → 5; synonyms"),
        ("e1.bs", ("Migrated nightly ETL from SSIS to Apache Airflow and Python.",
                   "Modeled sales data as a star schema in Azure Synapse.",
                   "Modeled inventory data in the same star schema.",
                   "Cut the nightly load from five hours to 90 minutes by partitioning and incremental loads.",
                   "Wrote data quality checks that flagged missing store feeds each morning."),
         "bullet split; American spelling"),
        ("e1.b3", "Wrote Python data-quality checks, versioned in Git, that flagged missing store feeds each morning.",
         "environment tools quoted; hyphenation"),
    ],
    "sap": [
        ("o", "SAP finance consultant with 11 years in FI/CO and four S/4HANA projects taken from blueprint to "
              "hypercare. Known for turning controllers' requirements into clean configuration and for data "
              "migrations that close on schedule. Works with business and IT teams in German, English and "
              "French.", "synonyms; eleven → 11"),
        ("o", "S/4HANA Finance lead with eleven years in FI/CO. Led the greenfield S/4HANA Finance implementation "
              "for 14 company codes in 6 countries at Rheinchem and trained 60 key users.",
         "overview summarises experiences; six → 6"),
        ("o", "Key strengths: FI/CO configuration, S/4HANA migration and key-user training, built over eleven years "
              "and four S/4HANA projects.", "Key; sidebar skills in the overview"),
        ("e0.d", "For Rheinchem: greenfield S/4HANA Finance implementation across 14 company codes in six "
                 "countries.", "description condensed"),
        ("e0.b0", "Ran fit-to-standard workshops for the general ledger, asset accounting and accounts payable.",
         "led → ran"),
        ("e0.b1", "Created the new chart of accounts, using parallel ledgers for IFRS and local GAAP.",
         "verb synonym"),
        ("e0.b2", "Planned and executed 3 mock data migrations using SAP Migration Cockpit.", "three → 3"),
        ("e0.bs", ("Led the fit-to-standard workshops for general ledger, asset accounting and accounts payable.",
                   "Designed the new chart of accounts with parallel ledgers for IFRS and local GAAP.",
                   "Planned and ran three mock data migrations with the SAP Migration Cockpit.",
                   "Trained 60 key users.",
                   "Wrote the finance cut-over plan.",
                   "Supported hypercare for the first two month-end closes."), "bullet split"),
        ("e0.b4", "Provided hypercare support for the first 2 month-end closes.", "two → 2"),
        ("e1.d", "Rollout of the ECC controlling template to the Nordic subsidiaries.", "reordered"),
        ("e1.b0", "Configured cost center accounting, internal orders and product costing.", "American spelling"),
        ("e1.b2", "Worked with the controllers to shorten month-end close from 8 to 5 working days.",
         "eight → 8, five → 5; reordered"),
        ("e1.b1", "Rolled the template out to the Swedish, Norwegian and Danish subsidiaries.",
         "country names as adjectives"),
    ],
    "embedded": [
        ("o", "Embedded software engineer with 9 years on automotive ECUs, from AUTOSAR basic software configuration "
              "through to application software in C. Delivered brake and body control software to ASIL B and ASIL D. "
              "Brings a tester's mindset to development and keeps requirements, code and tests "
              "traceable.", "synonyms; nine → 9"),
        ("o", "Automotive embedded engineer (nine years) with functional safety experience under ISO 26262: ASIL D "
              "parking brake software at Freni Sud and ASIL B body control software at Motiva.",
         "overview summarises experiences and sidebar"),
        ("o", "Hands-on embedded engineer: nine years of automotive ECU work in C, AUTOSAR configuration, and brake "
              "and body control software delivered to ASIL D and ASIL B.", "Hands-on; condensed"),
        ("e0.d", "ASIL D application software for an electronic parking-brake ECU.",
         "description condensed; hyphenation"),
        ("e0.b0", "Implemented clamping-force control in MISRA-compliant C.", "hyphenation"),
        ("e0.b1", "Configured the AUTOSAR communication stack (COM, PduR and CanIf) using EB tresos.",
         "with → using"),
        ("e0.b2", "Increased unit test coverage of safety-relevant modules from 60 % to 95 %.",
         "'60 %' spacing; raised → increased"),
        ("e0.b3", "Analyzed on-target timing issues with Lauterbach TRACE32.", "American spelling; reordered"),
        ("e0.b4", "Kept requirements traceable from system level down to tests in Polarion.", "rephrased"),
        ("e1.d", "Body control module software for 2 vehicle platforms.", "two → 2"),
        ("e1.b1", "Automated Vector CANoe regression tests in Jenkins with Python scripts, versioned in Git.",
         "environment tools quoted"),
        ("e1.bs", ("Supported the ASIL B safety case with FMEA inputs and test reports.",
                   "Developed LIN drivers for the window lift and mirror actuators and automated CANoe regression "
                   "tests in Jenkins with Python scripts."), "bullets merged and reordered"),
        ("e1.b2", "Contributed FMEA inputs and test reports to the ASIL B safety case.", "rephrased"),
    ],
    "banking": [
        ("o", "Business analyst with 10 years in retail and corporate banking, specialising in payments and "
              "regulatory change. Wrote requirements for SEPA Instant, the ISO 20022 migration of SWIFT messages and "
              "PSD2 interfaces. Acts as a bridge between operations, compliance and development.",
         "synonyms; ten → 10"),
        ("o", "Payments business analyst with ten years in banking. Specializing in ISO 20022 and PSD2, mapped 45 MT "
              "flows to MX and specified an account information API for third-party providers.",
         "overview summarises experiences; American spelling"),
        ("e0.d", "For Banque Meridia: moving cross-border payments to ISO 20022 ahead of the SWIFT deadline.",
         "description condensed"),
        ("e0.b0", "Mapped forty-five MT message flows to their MX counterparts.", "45 → forty-five"),
        ("e0.b1", "Wrote Jira user stories and acceptance criteria for the payments hub team.", "reordered"),
        ("e0.b2", "Coordinated testing with correspondent banks over 3 release waves.", "three → 3"),
        ("e0.b3", "Helped operations redesign the repair queue, cutting manual interventions in half.",
         "halving → in half"),
        ("e1.d", "PSD2 regulatory programme: access to accounts and strong customer authentication.",
         "description condensed"),
        ("e1.b0", "Modelled as-is and to-be processes in BPMN using Enterprise Architect.", "synonym"),
        ("e1.b1", "Specified the account information API for third-party providers (TPPs).",
         "job vocabulary: the abbreviation of what the CV says"),
        ("e1.b3", "Prepared the strong customer authentication (SCA) test plan for web and mobile.",
         "abbreviation spelled out beside it"),
        ("e1.bs", ("Ran workshops with compliance to interpret the regulatory technical standards.",
                   "Specified the account information API for third-party providers.",
                   "Documented as-is and to-be processes in BPMN with Enterprise Architect.",
                   "Prepared the strong customer authentication test plan for web and mobile."),
         "bullets reordered"),
        ("e1.b2", "Interpreted the regulatory technical standards together with compliance in workshops.",
         "reordered"),
    ],
    "health": [
        ("o", "Integration specialist with 7 years of experience connecting hospital systems via HL7 v2 and FHIR "
              "interfaces. Supported two electronic patient record go-lives and keeps clinical safety in mind "
              "whenever interfaces change. Explains technical problems to clinicians in plain English.",
         "synonyms; seven → 7"),
        ("o", "HL7 and FHIR integration lead who replaced 12 point-to-point feeds at Northgate and cut interface "
              "incident tickets by 40 percent in the first year after go-live.",
         "overview summarises experiences"),
        ("o", "Integration specialist with seven years on HL7 v2 and FHIR. Notably, supported two electronic patient "
              "record go-lives while keeping clinical safety in view.", "Notably; condensed"),
        ("e0.d", "For Northgate: interfaces between the new electronic patient record (EPR) and thirty departmental "
                 "systems.", "description condensed; 30 → thirty; abbreviation"),
        ("e0.b0", "Built and tested ADT, order and result interfaces in InterSystems HealthShare.", "singulars"),
        ("e0.b1", "Replaced twelve point-to-point feeds with one integration-engine route each.",
         "12 → twelve; a single → one"),
        ("e0.b2", "Partnered with the clinical safety officer on hazard logs for each interface change.",
         "synonyms"),
        ("e0.b3", "Reduced interface incident tickets by 40% during the first year after go-live.", "synonyms"),
        ("e1.d", "Integration support for community and mental-health services.", "hyphenation"),
        ("e1.b0", "Developed JavaScript channels in Mirth Connect for referrals and discharge letters.",
         "reordered"),
        ("e1.b2", "Supported the migration of 2.3M patient records to the new record system.",
         "2.3 million → 2.3M"),
        ("e1.b1", "Tested the shared care record's FHIR APIs using Postman.", "reordered"),
        ("e1.bs", ("Supported the migration of 2.3 million patient records to the new record system.",
                   "Developed Mirth Connect channels in JavaScript for referrals and discharge letters.",
                   "Tested FHIR APIs for the shared care record with Postman."), "bullets reordered"),
    ],
    "telecom": [
        ("o", "Network architect with 12 years at mobile and fixed operators, from IP/MPLS backbones to the "
              "standalone 5G core. Automates configuration and validation so changes ship in the daytime rather than "
              "in night windows. Balances vendor roadmaps against what operations teams can actually run.",
         "synonyms; twelve → 12"),
        ("o", "Network architect (twelve years) who designed a 5G standalone core on OpenStack for Aurea Mobile and "
              "planned the upgrade of an MPLS backbone from 10G to 100G links at Atlantica Telecom.",
         "overview summarises experiences"),
        ("e0.d", "For Aurea Mobile: design and rollout of a 5G SA core on OpenStack.",
         "description condensed; environment's abbreviation"),
        ("e0.b0", "Designed user plane placement across 4 regional data centers.", "four → 4; American spelling"),
        ("e0.b1", "Authored the low-level design for interconnecting with the existing 4G EPC.", "synonyms"),
        ("e0.b2", "Automated network function onboarding using Ansible, Cisco NSO and YANG models.",
         "environment tool quoted"),
        ("e0.b3", "Validated failover scenarios in the lab ahead of every rollout phase.", "synonyms"),
        ("e0.b4", "Helped launch the first commercial 5G SA service in 2022.", "supported → helped"),
        ("e0.bs", ("Designed the user plane placement across four regional data centres and wrote the low-level "
                   "design for interconnection with the existing 4G EPC.",
                   "Automated network function onboarding with Ansible and Cisco NSO, validating failover "
                   "scenarios in the lab before each rollout phase.",
                   "Supported launch of the first commercial 5G SA service in 2022."), "bullets merged"),
        ("e1.d", "Backbone engineering at a fixed and mobile operator.", "for → at"),
        ("e1.b1", "Made NetBox the source of truth for 3000 network devices.", "3,000 → 3000"),
        ("e1.b1", "Introduced NetBox as single source of truth for 3k network devices.", "3,000 → 3k"),
        ("e1.b0", "Planned MPLS backbone capacity upgrades from 10G to 100G links.", "condensed"),
        ("e1.b2", "Wrote nightly Python audits of router configurations.", "condensed"),
    ],
    "public": [
        ("o", "Delivery manager with 9 years in central and local government, taking digital services from discovery "
              "to live. Led the move of paper-based permit processes online for 2 municipalities and knows public "
              "procurement from both sides. Prioritises accessibility and plain language.",
         "synonyms; nine → 9, two → 2"),
        ("o", "Delivery manager with nine years in central and local government. Prioritizes accessibility and plain "
              "language; moved 70 percent of Zeestad's permit applications online within a year.",
         "overview summarises experiences; American spelling"),
        ("o", "Key experience: nine years of government digital delivery, online permit services for two "
              "municipalities, and public procurement seen from both sides.", "Key; condensed"),
        ("e0.d", "For the Municipality of Zeestad: the online permit service for residents and businesses.",
         "description condensed"),
        ("e0.b0", "Conducted discovery with residents, case workers and legal colleagues to map the permit "
                  "journey.", "synonyms"),
        ("e0.b1", "Guided a multidisciplinary team through the alpha, beta and live phases.", "led → guided"),
        ("e0.b2", "Ensured the service met WCAG 2.1 AA, confirmed by an external audit.", "synonyms"),
        ("e0.b3", "Moved seventy per cent of permit applications online within a year of launch.",
         "70% → seventy per cent"),
        ("e0.bs", ("Moved 70% of permit applications online within a year of launch.",
                   "Led a multidisciplinary team through alpha, beta and live.",
                   "Ran discovery with residents, case workers and legal.",
                   "Met WCAG 2.1 AA, verified by an external audit."), "reordered and shortened"),
        ("e1.d", "Replacing the student grant application portal.", "nominal → gerund"),
        ("e1.b0", "Drafted the tender documents and, with procurement, scored supplier bids.", "synonyms"),
        ("e1.b1", "Managed budget and planning in MS Project and published monthly steering reports on "
                  "SharePoint.", "environment tool quoted"),
        ("e1.b2", "Coordinated the weekend cut-over migrating applications from the legacy portal.", "reordered"),
    ],
    "ecommerce": [
        ("o", "Full-stack developer with 7 years of experience building online stores for fashion and electronics "
              "retailers. Migrated two Magento storefronts to headless React front-ends and integrated payment "
              "providers across the Nordic region. Cares about page speed, because it shows up in "
              "conversion.", "synonyms; seven → 7; hyphenation"),
        ("o", "Full-stack developer (seven years) who improved mobile Largest Contentful Paint from 4.1 s to 1.8 s "
              "at Nordmode and raised search conversion by 18 percent with Algolia.",
         "overview summarises experiences"),
        ("e0.d", "For Nordmode: headless rebuild of the Magento storefront using Next.js.",
         "description condensed"),
        ("e0.b0", "Rebuilt the product listing and checkout pages with Next.js and TypeScript.", "minor"),
        ("e0.b1", "Improved mobile Largest Contentful Paint from 4.1 seconds to 1.8 seconds.", "s → seconds"),
        ("e0.b1", "Cut mobile LCP from 4.1s to 1.8s.", "job vocabulary: LCP for Largest Contentful Paint"),
        ("e0.b2", "Integrated Adyen for card payments, MobilePay and Klarna.", "minor"),
        ("e0.b3", "Raised search conversion by 18% by replacing Magento search with Algolia.", "reordered"),
        ("e0.b0", "Rebuilt product listing and checkout pages in Next.js, React and TypeScript, deployed on "
                  "Vercel.", "environment tools quoted"),
        ("e1.d", "Web-shop development for a consumer-electronics retailer.", "hyphenation"),
        ("e1.b0", "Built PHP modules for Magento 2 covering bundles and extended warranties.", "synonyms"),
        ("e1.b1", "Developed a Node.js service syncing ERP stock levels every 5 minutes.", "five → 5"),
        ("e1.b2", "Ran product-page A/B tests together with the marketing team.", "reordered"),
        ("e1.b3", "Supported the shop's migration to Shopify Plus for Norway.", "Norwegian market → Norway"),
        ("e0.bs", ("Replaced the Magento search with Algolia, raising search conversion by 18%.",
                   "Improved Largest Contentful Paint on mobile from 4.1 s to 1.8 s.",
                   "Rebuilt product listing and checkout pages in Next.js and TypeScript and integrated Adyen for "
                   "cards, MobilePay and Klarna."), "merged and reordered"),
    ],
    "security": [
        ("o", "Security consultant with 10 years of offensive and defensive work: penetration testing of web "
              "applications and Azure tenants, plus detection engineering for security operations centers. Helps "
              "organizations prepare for ISO 27001 audits with controls that work in practice.",
         "synonyms; ten → 10; American spelling"),
        ("o", "OSCP- and CISSP-certified security consultant with ten years of experience. Has led over 60 web "
              "application and API penetration tests and written KQL detection rules for Microsoft Sentinel.",
         "held certifications; overview summarises experiences"),
        ("e0.d", "Pen testing and red teaming for banks and energy providers.",
         "description condensed; job vocabulary"),
        ("e0.b0", "Led more than 60 penetration tests of web applications and APIs.", "over → more than"),
        ("e0.b1", "Reviewed Azure AD / Entra ID configurations for privilege-escalation paths.", "synonyms"),
        ("e0.b2", "Turned red-team findings into KQL detection rules for Microsoft Sentinel.", "reordered"),
        ("e0.b3", "Presented findings to boards and engineering teams along with a prioritized remediation plan.",
         "synonyms; American spelling"),
        ("e1.d", "Security monitoring for a regional energy utility, OT network included.",
         "job vocabulary: OT for operational technology"),
        ("e1.b0", "Triaged Splunk alerts and escalated confirmed incidents.", "condensed"),
        ("e1.b1", "Collected forensic artifacts from Windows hosts using PowerShell scripts.",
         "reordered; American spelling"),
        ("e1.b2", "Contributed incident response procedures to the ISO 27001 certification.", "reordered"),
        ("e1.bs", ("Contributed to the ISO 27001 certification with incident response procedures.",
                   "Triaged alerts in Splunk and escalated confirmed incidents, collecting forensic artefacts "
                   "from Windows hosts with PowerShell scripts."), "merged and reordered"),
        ("e0.b2", "Wrote KQL detection rules for Microsoft Sentinel, with Python tooling, from red-team findings.",
         "environment tool quoted"),
    ],
    "mobile": [
        ("o", "Mobile developer with 6 years shipping native iOS and Android apps for media and travel businesses. "
              "Codes in Swift and Kotlin, modernises legacy Objective-C codebases and automates releases so teams "
              "ship weekly. Treats accessibility as a feature rather than an afterthought.",
         "synonyms; six → 6"),
        ("o", "Senior iOS developer and former Android developer (six years). Rewrote Skyward Travel's booking app "
              "in SwiftUI, raised the crash-free session rate to 99.6% and migrated a news app from Java to "
              "Kotlin.", "overview summarises experiences"),
        ("e0.d", "For Skyward Travel: SwiftUI rewrite of the booking app.", "description condensed"),
        ("e0.b0", "Rebuilt the booking and boarding pass screens using SwiftUI.", "synonyms; hyphenation"),
        ("e0.b1", "Introduced a modular architecture based on Swift Package Manager (SPM).",
         "abbreviation beside the name"),
        ("e0.b2", "Automated builds and TestFlight uploads using Fastlane on Bitrise.", "minor"),
        ("e0.b3", "Improved the crash-free session rate from 97.5 % to 99.6 %.", "'%' spacing"),
        ("e0.b4", "Added VoiceOver and Dynamic Type support to every screen.", "rephrased"),
        ("e1.d", "Development of a national publisher's news app.", "reordered"),
        ("e1.b0", "Moved the Android app from Java to Kotlin.", "migrated → moved"),
        ("e1.b1", "Implemented offline reading using Room and WorkManager.", "synonyms"),
        ("e1.b2", "Built push notifications on Firebase Cloud Messaging (FCM).", "abbreviation beside the name"),
        ("e1.bs", ("Migrated the Android app from Java to Kotlin and built offline reading with Room and "
                   "WorkManager.", "Implemented push notifications with Firebase Cloud Messaging."),
         "bullets merged"),
        ("e0.b2", "Set up Fastlane and Bitrise for the Xcode project to automate builds and TestFlight uploads.",
         "environment tool quoted"),
    ],
    "pm": [
        ("o", "IT project manager with 8 years of experience delivering ERP, CRM and infrastructure projects for "
              "insurers and logistics companies. Keeps budgets, suppliers and steering committees aligned and "
              "reports progress clearly. Comfortable in agile as well as waterfall settings.",
         "synonyms; eight → 8"),
        ("o", "IT project manager (eight years) who managed a £3.4m budget and three suppliers to replace "
              "Castellan's claims CRM with Salesforce, releasing to 900 claims handlers.",
         "overview summarises experiences; £3.4 million → £3.4m"),
        ("o", "IT project manager with eight years on ERP, CRM and infrastructure projects for insurers and "
              "logistics firms. Additionally experienced in both agile and waterfall delivery, with plain progress "
              "reporting to steering committees.", "Additionally; reordered"),
        ("e0.d", "For Castellan: replacing the claims CRM with Salesforce.", "description condensed"),
        ("e0.b0", "Managed a GBP 3.4 million budget and 3 suppliers.", "£ → GBP; three → 3"),
        ("e0.b1", "Ran steering committees with the claims director on a fortnightly basis.", "reordered"),
        ("e0.b2", "Rolled out the release to nine hundred claims handlers in 2 waves.",
         "900 → nine hundred; two → 2"),
        ("e0.b3", "Set up Jira risk and issue tracking plus weekly Power BI reporting.", "condensed"),
        ("e0.bs", ("Delivered the release to 900 claims handlers in two waves.",
                   "Managed a budget of £3.4 million and three suppliers.",
                   "Ran fortnightly steering committees with the claims director.",
                   "Set up risk and issue tracking in Jira with weekly Power BI reports."), "bullets reordered"),
        ("e1.d", "Infrastructure and warehouse-system projects across the European depots.", "hyphenation"),
        ("e1.b0", "Coordinated a warehouse management system (WMS) rollout to eleven depots.",
         "11 → eleven; abbreviation"),
        ("e1.b1", "Tracked supplier milestones and invoices using Smartsheet.", "with → using"),
        ("e1.b2", "Organized user acceptance testing (UAT) with depot managers.",
         "American spelling; abbreviation"),
    ],
}

# Fabrications: (kind, path, text, claim, position). Each text holds exactly one claim the CV does not make.
_FABRICATED: dict[str, list[tuple]] = {
    "cloud": [
        ("metric", "e1.b0", "Built GitLab CI pipelines for 25 Java services, replacing manual Jenkins jobs and "
                            "cutting build times by 40%.", "40%", "end"),
        ("metric", "e1.b2", "Containerised the quote engine and ran it on Azure Kubernetes Service, cutting its "
                            "latency in half.", "in half", "end"),
        ("technology", "e1.b3", "Wrote Bash, Go and Python tooling to automate environment provisioning.", "Go",
         "middle"),
        ("technology", "e1.b1", "Set up Prometheus and Grafana monitoring with on-call alerting fed from kafka.",
         "kafka", "end"),
        ("technology", "e0.d", "Pulumi-driven engagement for Nordfrakt covering the migration of 40 on-premises "
                               "services to AWS and the platform team that runs them.", "Pulumi", "start"),
        ("organisation", "o", "Cloud engineer with eight years of experience designing and running platforms on AWS "
                              "and Azure. Moved three logistics and insurance customers, among them Maersk, from "
                              "data centres to managed Kubernetes, and built the delivery pipelines their teams "
                              "still use. Works closely with developers to make releases routine rather than events.",
         "Maersk", "middle"),
        ("years", "o", "Over 12 years of hands-on experience designing and running platforms on AWS and Azure. Moved "
                       "three logistics and insurance customers from data centres to managed Kubernetes, and built "
                       "the delivery pipelines their teams still use.", "12 years", "start"),
        ("certification", "o", "Cloud engineer with eight years of experience designing and running platforms on AWS "
                               "and Azure. Works closely with developers to make releases routine, and holds the "
                               "HashiCorp Certified Terraform Associate credential.",
         "HashiCorp Certified Terraform Associate", "end"),
        ("degree", "o", "Cloud engineer with a PhD in distributed systems and eight years of experience designing "
                        "and running platforms on AWS and Azure. Works closely with developers to make releases "
                        "routine rather than events.", "PhD", "middle"),
        ("team_size", "e0.d", "Engagement for Nordfrakt covering the migration of 40 on-premises services to AWS and "
                              "leading the 9-person platform team that runs them.", "9-person", "end"),
        ("new_bullet", "e0.bs", _bullets_plus("cloud", 0, "Led a disaster-recovery exercise across two AWS regions, "
                                              "achieving a 15-minute recovery time objective."),
         "Led a disaster-recovery exercise across two AWS regions, achieving a 15-minute recovery time objective.",
         "bullet"),
        ("copied_bullet", "e1.bs", _bullets_plus("cloud", 1, "Reduced monthly cloud spend by 22% through rightsizing "
                                                 "and Savings Plans."),
         "Reduced monthly cloud spend by 22% through rightsizing and Savings Plans.", "bullet"),
        ("date", "e1.d", "Build and release engineering for Helvia's policy administration platform, starting in "
                         "2016.", "2016", "end"),
        ("money", "e0.b4", "Reduced monthly cloud spend by 22%, saving €30,000 a month, through rightsizing and "
                           "Savings Plans.", "€30,000", "middle"),
    ],
    "data": [
        ("technology", "e1.b1", "Modelled sales and inventory data as a star schema in Snowflake and Azure Synapse.",
         "Snowflake", "middle"),
        ("technology", "o", "Data engineer with six years of experience building batch and streaming pipelines on "
                            "Kafka for energy and retail companies. Turns raw meter, sales and sensor data into "
                            "models analysts can trust.", "Kafka", "middle"),
        ("technology", "e0.b1", "Built Spark Structured Streaming and Flink jobs ingesting 300 million meter "
                                "readings per day.", "Flink", "middle"),
        ("metric", "e0.b2", "Introduced dbt tests and data contracts, catching schema changes before they reached "
                            "reports and reducing data incidents by 60%.", "60%", "end"),
        ("metric", "e0.d", "Engagement for Volta Energia covering a lakehouse on Azure Databricks for smart-meter "
                           "data from 1.2 million households, doubling query performance.", "doubling", "end"),
        ("organisation", "o", "Data engineer with six years of experience building batch and streaming pipelines for "
                              "energy and retail companies. Comfortable owning a platform end to end, from ingestion "
                              "to the reports management reads, for clients such as Tesco.", "Tesco", "end"),
        ("years", "o", "A decade of experience building batch and streaming pipelines for energy and retail "
                       "companies. Turns raw meter, sales and sensor data into models analysts can trust.",
         "A decade", "start"),
        ("certification", "e0.b0", "As a Databricks Certified Data Engineer Professional, designed the medallion "
                                   "architecture (bronze, silver, gold) on Delta Lake.",
         "Databricks Certified Data Engineer Professional", "start"),
        ("degree", "o", "Data engineer with six years of experience building batch and streaming pipelines for "
                        "energy and retail companies. Holds a PhD in Statistics.", "PhD in Statistics", "end"),
        ("team_size", "e0.b1", "Led 5 data engineers in building Spark Structured Streaming jobs ingesting 300 "
                               "million meter readings per day.", "5 data engineers", "start"),
        ("new_bullet", "e1.bs", _bullets_plus("data", 1, "Built a customer churn model in scikit-learn that the "
                                              "marketing team used for retention campaigns."),
         "Built a customer churn model in scikit-learn that the marketing team used for retention campaigns.",
         "bullet"),
        ("copied_bullet", "e0.bs", _bullets_plus("data", 0, "Migrated nightly ETL from SSIS to Apache Airflow and "
                                                 "Python."),
         "Migrated nightly ETL from SSIS to Apache Airflow and Python.", "bullet"),
        ("date", "e1.b0", "Migrated nightly ETL from SSIS to Apache Airflow and Python in 2020.", "2020", "end"),
        ("money", "e1.d", "Data warehouse modernisation, with a €1.5M budget, for a retail chain with 240 stores.",
         "€1.5M", "middle"),
    ],
    "sap": [
        ("certification", "o", "SAP finance consultant with eleven years in FI/CO and four S/4HANA projects from "
                               "blueprint to hypercare. Works in German, English and French with business and IT "
                               "teams, and also holds the SAP S/4HANA Management Accounting certification.",
         "SAP S/4HANA Management Accounting certification", "end"),
        ("technology", "e1.b0", "Configured cost centre accounting, internal orders, SAP Fiori apps and product "
                                "costing.", "SAP Fiori", "middle"),
        ("technology", "e0.b0", "Signavio process models underpinned the fit-to-standard workshops for general "
                                "ledger, asset accounting and accounts payable.", "Signavio", "start"),
        ("organisation", "e0.d", "Engagement for Rheinchem and its parent BASF covering the greenfield S/4HANA "
                                 "Finance implementation for 14 company codes in six countries.", "BASF", "middle"),
        ("years", "o", "With 15 years in FI/CO, an SAP finance consultant who has taken four S/4HANA projects from "
                       "blueprint to hypercare. Known for translating controllers' requirements into clean "
                       "configuration.", "15 years", "start"),
        ("metric", "e0.b2", "Planned and ran three mock data migrations with the SAP Migration Cockpit, reaching "
                            "99.8% data accuracy.", "99.8%", "end"),
        ("metric", "e1.b1", "30% faster closes followed the rollout of the template to Sweden, Norway and Denmark.",
         "30%", "start"),
        ("degree", "o", "SAP finance consultant with an MBA and eleven years in FI/CO and four S/4HANA projects from "
                        "blueprint to hypercare. Works in German, English and French with business and IT teams.",
         "MBA", "middle"),
        ("team_size", "e0.b3", "Trained 60 key users, managed a team of 4 consultants and wrote the finance cut-over "
                               "plan.", "team of 4", "middle"),
        ("new_bullet", "e1.bs", _bullets_plus("sap", 1, "Implemented SAP Group Reporting for the legal consolidation "
                                                        "of "
                                              "the Nordic entities."),
         "Implemented SAP Group Reporting for the legal consolidation of the Nordic entities.", "bullet"),
        ("copied_bullet", "e1.bs", _bullets_plus("sap", 1, "Designed the new chart of accounts with parallel ledgers "
                                                 "for IFRS and local GAAP."),
         "Designed the new chart of accounts with parallel ledgers for IFRS and local GAAP.", "bullet"),
        ("date", "e1.d", "Controlling rollout for the ECC template to the Nordic subsidiaries, completed in 2019.",
         "2019", "end"),
        ("money", "o", "SAP finance consultant with eleven years in FI/CO and four S/4HANA projects from blueprint "
                       "to hypercare. Known for data migrations that close on time and within budgets of up to €5 "
                       "million.", "€5 million", "end"),
    ],
    "embedded": [
        ("technology", "e0.b0", "Implemented the clamping force control in MISRA-compliant C, with new tooling in "
                                "Rust.", "Rust", "end"),
        ("technology", "e1.b0", "Simulink models and LIN drivers were developed for window lift and mirror "
                                "actuators.", "Simulink", "start"),
        ("technology", "e0.d", "Application software, developed under ASPICE Level 3, for an electronic parking "
                               "brake ECU to ASIL D.", "ASPICE Level 3", "middle"),
        ("organisation", "o", "Embedded software engineer with nine years on automotive ECUs. Has delivered brake "
                              "and body control software for Stellantis to ASIL B and ASIL D. Keeps requirements, "
                              "code and tests traceable.", "Stellantis", "middle"),
        ("years", "o", "Over 15 years of experience on automotive ECUs, from AUTOSAR basic software configuration to "
                       "application software in C. Has delivered brake and body control software to ASIL B and ASIL "
                       "D.", "15 years", "start"),
        ("certification", "o", "Embedded software engineer with nine years on automotive ECUs. Brings a tester's eye "
                               "to development, keeps requirements, code and tests traceable, and is a certified ISO "
                               "26262 Functional Safety Engineer.",
         "certified ISO 26262 Functional Safety Engineer", "end"),
        ("metric", "e0.b3", "Analysed timing issues and a 15% CPU overload on the target with Lauterbach TRACE32.",
         "15%", "middle"),
        ("degree", "o", "Embedded software engineer with nine years on automotive ECUs, from AUTOSAR basic software "
                        "configuration to application software in C. Holds a PhD in control engineering from "
                        "Politecnico di Torino.", "PhD", "end"),
        ("team_size", "e0.d", "Team of 8 developers building application software for an electronic parking brake "
                              "ECU to ASIL D.", "Team of 8", "start"),
        ("new_bullet", "e0.bs", _bullets_plus("embedded", 0, "Ported the brake software to a multicore Infineon AURIX "
                                              "microcontroller."),
         "Ported the brake software to a multicore Infineon AURIX microcontroller.", "bullet"),
        ("copied_bullet", "e1.bs", _bullets_plus("embedded", 1, "Analysed timing issues on the target with "
                                                 "Lauterbach TRACE32."),
         "Analysed timing issues on the target with Lauterbach TRACE32.", "bullet"),
        ("date", "e1.b2", "Supported the ASIL B safety case with FMEA inputs and test reports for the 2019 model "
                          "year.", "2019", "middle"),
        ("money", "e1.d", "Body control module software for two vehicle platforms, a €4M development programme.",
         "€4M", "end"),
    ],
    "banking": [
        ("technology", "e0.b1", "Wrote user stories and acceptance criteria in Jira for the payments hub team and "
                                "the Murex interface.", "Murex", "end"),
        ("technology", "e1.b0", "Documented the as-is and to-be processes in BPMN with Enterprise Architect and "
                                "python scripts.", "python", "end"),
        ("organisation", "o", "Business analyst with ten years in retail and corporate banking, specialised in "
                              "payments and regulatory change. Has written requirements for SEPA Instant at BNP "
                              "Paribas, the ISO 20022 migration of SWIFT messages and PSD2 interfaces.",
         "BNP Paribas", "middle"),
        ("years", "o", "Fifteen years in retail and corporate banking as a business analyst, specialised in payments "
                       "and regulatory change. Bridges operations, compliance and development teams.",
         "Fifteen years", "start"),
        ("certification", "o", "Business analyst with ten years in retail and corporate banking, specialised in "
                               "payments and regulatory change. Bridges operations, compliance and development teams "
                               "as a certified Scrum Master.", "certified Scrum Master", "end"),
        ("degree", "o", "Business analyst with ten years in retail and corporate banking who holds an MBA from "
                        "INSEAD and specialises in payments and regulatory change.", "MBA", "middle"),
        ("metric", "e0.b2", "Coordinated testing with correspondent banks across three release waves with a 98% "
                            "first-time pass rate.", "98%", "end"),
        ("metric", "e1.b3", "Prepared the test plan for strong customer authentication on web and mobile, halving "
                            "the test cycle.", "halving", "end"),
        ("team_size", "e1.b2", "Led a team of 6 analysts in workshops with compliance to interpret the regulatory "
                               "technical standards.", "team of 6", "start"),
        ("new_bullet", "e1.bs", _bullets_plus("banking", 1, "Designed fraud monitoring rules for instant payments with "
                                              "the anti-money-laundering team."),
         "Designed fraud monitoring rules for instant payments with the anti-money-laundering team.", "bullet"),
        ("copied_bullet", "e1.bs", _bullets_plus("banking", 1, "Wrote user stories and acceptance criteria for the "
                                                 "payments hub team in Jira."),
         "Wrote user stories and acceptance criteria for the payments hub team in Jira.", "bullet"),
        ("date", "e0.d", "Engagement for Banque Meridia covering the move of cross-border payments to ISO 20022 "
                         "before the SWIFT deadline of November 2025.", "2025", "end"),
        ("money", "e1.d", "Regulatory programme worth €8 million for PSD2 access to accounts and strong customer "
                          "authentication.", "€8 million", "middle"),
    ],
    "health": [
        ("technology", "e0.b0", "Built and tested ADT, orders and results interfaces in Rhapsody alongside "
                                "InterSystems HealthShare.", "Rhapsody", "middle"),
        ("technology", "e1.b1", "Tested FHIR APIs for the shared care record with Postman on Azure.", "Azure", "end"),
        ("organisation", "o", "Integration specialist with seven years connecting hospital systems through HL7 v2 "
                              "and FHIR interfaces. Has supported two electronic patient record go-lives, at Guy's "
                              "and St Thomas', and keeps clinical safety in view when interfaces change.",
         "Guy's and St Thomas'", "middle"),
        ("years", "o", "Integration specialist with over 10 years connecting hospital systems through HL7 v2 and "
                       "FHIR interfaces. Explains technical issues to clinicians in plain "
                       "language.", "10 years", "middle"),
        ("certification", "e0.b0", "Epic Bridges certified, built and tested ADT, orders and results interfaces in "
                                   "InterSystems HealthShare.", "Epic Bridges certified", "start"),
        ("degree", "o", "Integration specialist with seven years connecting hospital systems through HL7 v2 and FHIR "
                        "interfaces. Explains technical issues to clinicians in plain language and holds an MSc in "
                        "Health Informatics.", "MSc in Health Informatics", "end"),
        ("metric", "e1.b0", "Developed Mirth Connect channels in JavaScript for referrals and discharge letters, "
                            "processing 50,000 messages a day.", "50,000", "end"),
        ("metric", "e1.d", "Integration support for community and mental health services, shortening referral delays "
                           "by 3 days.", "3 days", "end"),
        ("team_size", "e0.d", "Engagement for Northgate, with a team of 5 integration engineers, covering the "
                              "interfaces between the new electronic patient record and 30 departmental systems.",
         "team of 5", "middle"),
        ("new_bullet", "e0.bs", _bullets_plus("health", 0, "Designed the FHIR-based patient portal API used by "
                                              "200,000 patients."),
         "Designed the FHIR-based patient portal API used by 200,000 patients.", "bullet"),
        ("copied_bullet", "e1.bs", _bullets_plus("health", 1, "Worked with the clinical safety officer on hazard logs "
                                                 "for every interface change."),
         "Worked with the clinical safety officer on hazard logs for every interface change.", "bullet"),
        ("date", "e1.b2", "In 2019, supported the migration of 2.3 million patient records to the new record system.",
         "2019", "start"),
        ("money", "e0.b1", "Replaced 12 point-to-point feeds with a single integration engine route each, saving "
                           "£250k in licence fees.", "£250k", "end"),
    ],
    "telecom": [
        ("technology", "e0.d", "Engagement for Aurea Mobile covering the design and rollout of a 5G standalone core "
                               "on OpenStack and Kubernetes.", "Kubernetes", "end"),
        ("technology", "e1.b2", "Wrote Python and Terraform scripts to audit router configurations nightly.",
         "Terraform", "middle"),
        ("organisation", "o", "Network architect with twelve years at operators such as Vodafone, from IP/MPLS "
                              "backbones to the 5G standalone core. Balances vendor roadmaps with what operations "
                              "teams can run.", "Vodafone", "middle"),
        ("organisation", "e0.b1", "Nokia interconnection with the existing 4G EPC was specified in the low-level "
                                  "design.", "Nokia", "start"),
        ("years", "o", "Twenty years of experience at mobile and fixed operators, from IP/MPLS backbones to the 5G "
                       "standalone core. Automates configuration and validation.", "Twenty years", "start"),
        ("certification", "o", "Network architect with twelve years at mobile and fixed operators, from IP/MPLS "
                               "backbones to the 5G standalone core. Holds the CCIE Enterprise Infrastructure "
                               "certification.", "CCIE Enterprise Infrastructure", "end"),
        ("degree", "o", "Network architect with a PhD in telecommunications and twelve years at mobile and fixed "
                        "operators, from IP/MPLS backbones to the 5G standalone core.", "PhD", "middle"),
        ("metric", "e0.b3", "Validated failover scenarios in the lab before each rollout phase, achieving 99.999% "
                            "availability.", "99.999%", "end"),
        ("metric", "e1.b0", "Planned capacity upgrades that tripled throughput on the MPLS backbone's links.",
         "tripled", "middle"),
        ("team_size", "e1.d", "Backbone engineering for a fixed and mobile operator, leading a team of 7 engineers.",
         "team of 7", "end"),
        ("new_bullet", "e1.bs", _bullets_plus("telecom", 1, "Deployed segment routing across the backbone to simplify "
                                              "traffic engineering."),
         "Deployed segment routing across the backbone to simplify traffic engineering.", "bullet"),
        ("copied_bullet", "e1.bs", _bullets_plus("telecom", 1, "Validated failover scenarios in the lab before each "
                                                 "rollout phase."),
         "Validated failover scenarios in the lab before each rollout phase.", "bullet"),
        ("date", "e0.b2", "From 2019, automated network function onboarding with Ansible and Cisco NSO.", "2019",
         "start"),
        ("money", "e0.b0", "Designed the user plane placement across four regional data centres within a €12M capex "
                           "envelope.", "€12M", "end"),
    ],
    "public": [
        ("certification", "o", "PMP-certified delivery manager with nine years in central and local government, "
                               "running digital services from discovery to live. Puts accessibility and plain "
                               "language first.", "PMP-certified", "start"),
        ("technology", "e0.d", "Engagement for the Municipality of Zeestad covering the Salesforce-based online "
                               "permit service for residents and businesses.", "Salesforce", "middle"),
        ("technology", "e1.b1", "Managed the budget and planning with MS Project and monthly steering reports built "
                                "in tableau.", "tableau", "end"),
        ("organisation", "o", "Delivery manager with nine years in central and local government. Has led the move of "
                              "paper-based permit processes online for two municipalities, Utrecht and Zeestad, and "
                              "knows public procurement from both sides.", "Utrecht", "middle"),
        ("years", "o", "Delivery manager with 15+ years in central and local government, running digital services "
                       "from discovery to live.", "15+ years", "middle"),
        ("degree", "o", "Delivery manager with nine years in central and local government, running digital services "
                        "from discovery to live. Puts accessibility and plain language first and holds a doctorate "
                        "in public policy.", "doctorate", "end"),
        ("metric", "e0.b1", "Led a multidisciplinary team through alpha, beta and live phases, delivering three "
                            "weeks ahead of schedule.", "three weeks", "end"),
        ("metric", "e0.b0", "Interviewed 400 residents, case workers and legal staff to map the permit journey.",
         "400", "start"),
        ("team_size", "e0.b1", "Led a multidisciplinary team of 14 through alpha, beta and live phases.",
         "team of 14", "middle"),
        ("money", "e1.d", "Replacement of the student grant application portal, a €6 million programme.",
         "€6 million", "end"),
        ("new_bullet", "e1.bs", _bullets_plus("public", 1, "Introduced DigiD login for students, replacing paper "
                                              "identity checks."),
         "Introduced DigiD login for students, replacing paper identity checks.", "bullet"),
        ("copied_bullet", "e1.bs", _bullets_plus("public", 1, "Made the service meet WCAG 2.1 AA, verified by an "
                                                 "external audit."),
         "Made the service meet WCAG 2.1 AA, verified by an external audit.", "bullet"),
        ("date", "e1.b2", "Coordinated the migration of applications from the legacy portal over a weekend cut-over "
                          "in March 2020.", "2020", "end"),
    ],
    "ecommerce": [
        ("technology", "e0.b0", "Rebuilt product listing and checkout pages in Next.js, GraphQL and TypeScript.",
         "GraphQL", "middle"),
        ("technology", "e1.b1", "Built a Go service to sync stock levels from the ERP every five minutes.", "Go",
         "middle"),
        ("organisation", "o", "Full-stack developer with seven years building online shops for fashion and "
                              "electronics retailers such as Zalando. Cares about page speed because it shows in "
                              "conversion.", "Zalando", "end"),
        ("years", "o", "Full-stack developer with more than a decade of experience building online shops for fashion "
                       "and electronics retailers.", "more than a decade", "middle"),
        ("certification", "o", "Full-stack developer with seven years building online shops for fashion and "
                               "electronics retailers. Google Analytics certified, and cares about page speed "
                               "because it shows in conversion.", "Google Analytics certified", "start"),
        ("degree", "o", "Full-stack developer with an MSc in Software Engineering and seven years building online "
                        "shops for fashion and electronics retailers.", "MSc in Software Engineering", "middle"),
        ("metric", "e0.b2", "Integrated Adyen for cards, MobilePay and Klarna, lifting checkout completion by 12%.",
         "12%", "end"),
        ("metric", "e1.b2", "Ran A/B tests on the product page with the marketing team that doubled add-to-basket "
                            "rates.", "doubled", "end"),
        ("team_size", "e0.d", "Engagement for Nordmode covering the headless rebuild of its Magento storefront with "
                              "Next.js, leading 4 front-end developers.", "4 front-end developers", "end"),
        ("money", "e1.d", "Web shop development for a consumer electronics retailer with €300 million in online "
                          "revenue.", "€300 million", "end"),
        ("new_bullet", "e0.bs", _bullets_plus("ecommerce", 0, "Implemented server-side rendering caching with Redis, "
                                              "reducing server costs."),
         "Implemented server-side rendering caching with Redis, reducing server costs.", "bullet"),
        ("copied_bullet", "e1.bs", _bullets_plus("ecommerce", 1, "Integrated Adyen for cards, MobilePay and Klarna."),
         "Integrated Adyen for cards, MobilePay and Klarna.", "bullet"),
        ("date", "e1.b3", "Helped migrate the shop to Shopify Plus for the Norwegian market in 2020.", "2020", "end"),
    ],
    "security": [
        ("certification", "o", "Security consultant with ten years in offensive and defensive work. Helps "
                               "organisations prepare for ISO 27001 audits with controls that work in practice. Also "
                               "holds the CISM certification.", "CISM", "end"),
        ("certification", "e0.b0", "As a CREST Registered Tester, led over 60 web application and API penetration "
                                   "tests.", "CREST Registered Tester", "start"),
        ("technology", "e1.b0", "Triaged alerts in Splunk and CrowdStrike Falcon and escalated confirmed incidents.",
         "CrowdStrike Falcon", "middle"),
        ("technology", "e0.b1", "Assessed Azure AD, Entra ID and aws iam configurations for privilege escalation "
                                "paths.", "aws", "middle"),
        ("organisation", "o", "Security consultant with ten years in offensive and defensive work: penetration tests "
                              "of web applications and Azure tenants for Deutsche Bank, and detection engineering "
                              "for security operations centres.", "Deutsche Bank", "middle"),
        ("years", "e0.d", "Over 12 years of penetration testing and red-team engagements for banks and energy "
                          "providers.", "12 years", "start"),
        ("degree", "o", "Security consultant with ten years in offensive and defensive work. Holds a PhD in "
                        "cryptography.", "PhD", "end"),
        ("metric", "e0.b2", "Wrote detection rules in KQL for Microsoft Sentinel from findings of red-team "
                            "exercises, cutting mean time to detect by 70%.", "70%", "end"),
        ("metric", "e1.b0", "Triaged 200 alerts a day in Splunk and escalated confirmed incidents.", "200", "middle"),
        ("team_size", "e0.b3", "Managed a team of 5 testers and presented results to boards and technical teams with "
                               "a prioritised remediation plan.", "team of 5", "start"),
        ("new_bullet", "e1.bs", _bullets_plus("security", 1, "Built a honeypot network that detected two ransomware "
                                              "intrusions early."),
         "Built a honeypot network that detected two ransomware intrusions early.", "bullet"),
        ("copied_bullet", "e1.bs", _bullets_plus("security", 1, "Led over 60 web application and API penetration "
                                                 "tests."),
         "Led over 60 web application and API penetration tests.", "bullet"),
        ("money", "e0.d", "Penetration testing and red-team engagements for banks and energy providers, with "
                          "contracts worth €1.2M a year.", "€1.2M", "end"),
        ("date", "e1.b2", "Contributed to the ISO 27001 certification in 2018 with incident response procedures.",
         "2018", "middle"),
    ],
    "mobile": [
        ("technology", "o", "Mobile developer with six years shipping native iOS and Android apps for media and "
                            "travel companies. Writes Swift, Kotlin and Flutter, modernises legacy Objective-C code "
                            "bases and automates releases.", "Flutter", "middle"),
        ("technology", "e1.d", "News app development in React Native for a national publisher.", "React Native",
         "middle"),
        ("technology", "e0.b0", "Rewrote booking and boarding-pass screens in SwiftUI backed by graphql.", "graphql",
         "end"),
        ("organisation", "e1.b0", "Migrated the Android app from Java to Kotlin for BBC News.", "BBC News", "end"),
        ("organisation", "o", "Former Lufthansa developer with six years shipping native iOS and Android apps for "
                              "media and travel companies.", "Lufthansa", "start"),
        ("years", "o", "Mobile developer with 10+ years shipping native iOS and Android apps for media and travel "
                       "companies. Treats accessibility as a feature, not an afterthought.", "10+ years", "middle"),
        ("certification", "o", "Mobile developer with six years shipping native iOS and Android apps for media and "
                               "travel companies. Treats accessibility as a feature, not an afterthought. Apple "
                               "Certified iOS Developer.", "Apple Certified iOS Developer", "end"),
        ("degree", "o", "Mobile developer with six years shipping native iOS and Android apps. Holds an MSc in "
                        "Human-Computer Interaction.", "MSc in Human-Computer Interaction", "end"),
        ("metric", "e0.b4", "Supported VoiceOver and Dynamic Type across all screens, raising the App Store rating "
                            "to 4.8.", "4.8", "end"),
        ("metric", "e1.b1", "Built offline reading, used by 40% of readers, with Room and WorkManager.", "40%",
         "middle"),
        ("team_size", "e0.d", "Engagement for Skyward Travel covering the rewrite of its booking app in SwiftUI with "
                              "a team of 6 iOS developers.", "team of 6", "end"),
        ("new_bullet", "e1.bs", _bullets_plus("mobile", 1, "Launched an Android TV version of the news app."),
         "Launched an Android TV version of the news app.", "bullet"),
        ("copied_bullet", "e1.bs", _bullets_plus("mobile", 1, "Automated builds and TestFlight uploads with Fastlane "
                                                 "and Bitrise."),
         "Automated builds and TestFlight uploads with Fastlane and Bitrise.", "bullet"),
        ("date", "e0.b3", "Raised the crash-free session rate from 97.5% to 99.6% by 2023.", "2023", "end"),
        ("money", "e0.b1", "Introduced a modular architecture with Swift Package Manager, saving $200k in build "
                           "infrastructure.", "$200k", "end"),
    ],
    "pm": [
        ("certification", "o", "IT project manager with eight years delivering ERP, CRM and infrastructure projects "
                               "for insurers and logistics firms. Works in both agile and waterfall settings as a "
                               "PRINCE2 Practitioner.", "PRINCE2 Practitioner", "end"),
        ("certification", "e0.b1", "PMP-certified lead of fortnightly steering committees with the claims director.",
         "PMP-certified", "start"),
        ("technology", "e0.b3", "Set up risk and issue tracking in Jira with weekly Power BI and Tableau reports.",
         "Tableau", "middle"),
        ("technology", "e1.b1", "Tracked supplier milestones and invoices in Smartsheet and SAP Ariba.", "SAP Ariba",
         "end"),
        ("organisation", "o", "IT project manager with eight years delivering ERP, CRM and infrastructure projects "
                              "for insurers such as Aviva and logistics firms. Works in both agile and waterfall "
                              "settings.",
         "Aviva", "middle"),
        ("years", "o", "IT project manager with over 10 years delivering ERP, CRM and infrastructure projects for "
                       "insurers and logistics firms.", "10 years", "middle"),
        ("degree", "o", "IT project manager with eight years delivering ERP, CRM and infrastructure projects for "
                        "insurers and logistics firms. Holds an MBA from London Business School.", "MBA", "end"),
        ("metric", "e0.b2", "Delivered the release to 900 claims handlers in two waves, 5% under budget.", "5%", "end"),
        ("metric", "e1.b0", "Coordinated the rollout of a warehouse management system to 11 depots, improving "
                            "picking accuracy by 25%.", "25%", "end"),
        ("team_size", "e1.d", "Infrastructure and warehouse system projects across European depots, managing a team "
                              "of 15.", "team of 15", "end"),
        ("money", "e1.b2", "Organised user acceptance testing with depot managers within a £200,000 budget.",
         "£200,000", "end"),
        ("new_bullet", "e0.bs", _bullets_plus("pm", 0, "Negotiated a 20% discount on Salesforce licences with the "
                                              "vendor."),
         "Negotiated a 20% discount on Salesforce licences with the vendor.", "bullet"),
        ("copied_bullet", "e1.bs", _bullets_plus("pm", 1, "Ran fortnightly steering committees with the claims "
                                                 "director."),
         "Ran fortnightly steering committees with the claims director.", "bullet"),
        ("date", "e0.d", "Engagement for Castellan, started in January 2019, covering the replacement of the claims "
                         "CRM with Salesforce.", "2019", "middle"),
    ],
}

# Second pass, filling the kind × field × position gaps of the first: (cv, kind, path, text, claim, position).
_FABRICATED_GAPS: list[tuple] = [
    ("cloud", "metric", "o", "35% fewer failed releases followed each move of three logistics and insurance "
                             "customers from data centres to managed Kubernetes. Cloud engineer with eight years on "
                             "AWS and Azure.", "35%", "start"),
    ("data", "metric", "o", "Data engineer with six years of experience whose pipelines cut reporting latency by 80% "
                            "for energy and retail companies.", "80%", "middle"),
    ("health", "metric", "o", "Integration specialist with seven years connecting hospital systems through HL7 v2 "
                              "and FHIR interfaces, keeping interface uptime at 99.9%.", "99.9%", "end"),
    ("mobile", "metric", "o", "Mobile developer with six years shipping native iOS and Android apps, with 5 million "
                              "downloads, for media and travel companies.", "5 million", "middle"),
    ("ecommerce", "metric", "e1.b1", "99.9% stock accuracy came from a Node.js service syncing stock levels from the "
                                     "ERP every five minutes.", "99.9%", "start"),
    ("security", "metric", "e1.b1", "Halved forensic collection time with PowerShell scripts for Windows hosts.",
     "Halved", "start"),
    ("security", "technology", "o", "Kubernetes and Azure security consultant with ten years in offensive and "
                                    "defensive work.", "Kubernetes", "start"),
    ("pm", "technology", "e0.b3", "ServiceNow and Jira tracked risks and issues, with weekly Power BI reports.",
     "ServiceNow", "start"),
    ("sap", "technology", "o", "SAP finance consultant with eleven years in FI/CO, SAP Analytics Cloud and four "
                               "S/4HANA projects from blueprint to hypercare.", "SAP Analytics Cloud", "middle"),
    ("telecom", "technology", "e1.b1", "Grafana dashboards and NetBox became the source of truth for 3,000 network "
                                       "devices.", "Grafana", "start"),
    ("health", "technology", "e1.b2", "Supported the migration of 2.3 million patient records from EMIS to the new "
                                      "record system.", "EMIS", "middle"),
    ("cloud", "organisation", "e1.d", "Allianz subsidiary Helvia: build and release engineering for its policy "
                                      "administration platform.", "Allianz", "start"),
    ("banking", "organisation", "e0.b2", "Coordinated testing with correspondent banks, including J.P. Morgan, "
                                         "across three release waves.", "J.P. Morgan", "middle"),
    ("telecom", "organisation", "e1.d", "Backbone engineering for a fixed and mobile operator, on behalf of Orange.",
     "Orange", "end"),
    ("ecommerce", "organisation", "e1.b3", "Elkjøp partnership: helped migrate the shop to Shopify Plus for the "
                                           "Norwegian market.", "Elkjøp", "start"),
    ("health", "organisation", "e1.b2", "Supported, for NHS England, the migration of 2.3 million patient records to "
                                        "the new record system.", "NHS England", "middle"),
    ("sap", "years", "e1.d", "Controlling rollout for the ECC template to the Nordic subsidiaries, drawing on 12 "
                             "years of CO experience.", "12 years", "end"),
    ("pm", "years", "e0.b0", "Managed a budget of £3.4 million and three suppliers, backed by 15 years in vendor "
                             "management.", "15 years", "end"),
    ("mobile", "years", "e1.d", "Seven years of Android experience went into news app development for a national "
                                "publisher.", "Seven years", "start"),
    ("embedded", "years", "e1.b0", "Developed LIN drivers for window lift and mirror actuators, building on a decade "
                                   "of LIN work.", "a decade", "end"),
    ("telecom", "years", "o", "Network architect at mobile and fixed operators, from IP/MPLS backbones to the 5G "
                              "standalone core. Balances vendor roadmaps with what operations teams can run, after "
                              "18 years in the field.", "18 years", "end"),
    ("security", "certification", "e1.d", "Security monitoring, as a GIAC-certified analyst, for a regional energy "
                                          "utility, including its operational technology network.", "GIAC-certified",
     "middle"),
    ("cloud", "certification", "e0.d", "Engagement for Nordfrakt covering the migration of 40 on-premises services "
                                       "to AWS, delivered as an AWS Certified DevOps Engineer – Professional.",
     "AWS Certified DevOps Engineer – Professional", "end"),
    ("health", "certification", "o", "Integration specialist, certified in Epic Bridges, with seven years connecting "
                                     "hospital systems through HL7 v2 and FHIR interfaces.", "certified in Epic "
                                                                                             "Bridges",
     "middle"),
    ("data", "certification", "e1.b1", "Modelled sales and inventory data, as a Microsoft Certified Azure Data "
                                       "Engineer, as a star schema in Azure Synapse.",
     "Microsoft Certified Azure Data Engineer", "middle"),
    ("public", "certification", "e0.b1", "Led a multidisciplinary team, as a certified SAFe Agilist, through alpha, "
                                         "beta and live phases.", "certified SAFe Agilist", "middle"),
    ("embedded", "degree", "e0.b0", "PhD research in motor control fed into the clamping force control, implemented "
                                    "in MISRA-compliant C.", "PhD", "start"),
    ("security", "degree", "o", "Former physics PhD turned security consultant with ten years in offensive and "
                                "defensive work.", "physics PhD", "start"),
    ("ecommerce", "degree", "e0.d", "Engagement for Nordmode, drawing on an MSc in Human-Computer Interaction, "
                                    "covering the headless rebuild of its Magento storefront with Next.js.",
     "MSc in Human-Computer Interaction", "middle"),
    ("banking", "degree", "e1.b2", "Ran workshops with compliance to interpret the regulatory technical standards, "
                                   "drawing on a law degree.", "law degree", "end"),
    ("data", "degree", "e0.d", "MSc Data Science thesis work continued in an engagement for Volta Energia covering a "
                               "lakehouse on Azure Databricks for smart-meter data from 1.2 million households.",
     "MSc Data Science", "start"),
    ("telecom", "team_size", "o", "Network architect with twelve years at mobile and fixed operators. Balances "
                                  "vendor roadmaps with what operations teams can run, and has managed 20 network "
                                  "engineers.",
     "20 network engineers", "end"),
    ("ecommerce", "team_size", "o", "Team lead of 8 developers and full-stack developer with seven years building "
                                    "online shops for fashion and electronics retailers.", "8 developers", "start"),
    ("health", "team_size", "o", "Integration specialist who has led a team of 6 over seven years connecting "
                                 "hospital systems through HL7 v2 and FHIR interfaces.", "team of 6", "middle"),
    ("sap", "date", "o", "Since 2012, an SAP finance consultant in FI/CO with four S/4HANA projects from blueprint "
                         "to hypercare.", "2012", "start"),
    ("security", "date", "o", "Security consultant who has worked in offensive and defensive security since 2014, "
                              "with penetration tests of web applications and Azure tenants.", "2014", "middle"),
    ("data", "date", "o", "Data engineer with six years of experience building batch and streaming pipelines. "
                          "Comfortable owning a platform end to end, a focus since 2017.", "2017", "end"),
    ("telecom", "money", "o", "Network architect with twelve years at mobile and fixed operators, responsible for "
                              "€40M in network investment, from IP/MPLS backbones to the 5G standalone "
                              "core.", "€40M", "middle"),
    ("public", "money", "o", "Delivery manager with nine years in central and local government. Knows public "
                             "procurement from both sides, with tenders of up to €10 million.", "€10 million", "end"),
    ("pm", "money", "e0.b0", "£5 million budget and three suppliers managed to plan.", "£5 million", "start"),
    ("mobile", "money", "e1.b1", "$50k of print costs saved by building offline reading with Room and WorkManager.",
     "$50k", "start"),
]

# Second pass of honest rewording: shortened product names, written-out numbers, units, abbreviations.
_HONEST_MORE: list[tuple] = [
    ("cloud", "o", "Cloud engineer with eight years' experience designing and running AWS and Azure platforms; has "
                   "moved three customers in logistics and insurance off their data centres onto managed Kubernetes.",
     "possessive years'; reordered"),
    ("cloud", "e1.b0", "Replaced manual Jenkins jobs with GitLab CI pipelines for twenty-five Java services.",
     "25 → twenty-five; reordered"),
    ("data", "e0.b3", "Helped analysts move thirty-five Power BI reports from Excel extracts to curated gold tables.",
     "35 → thirty-five"),
    ("data", "e1.d", "Data-warehouse modernisation for a retail chain of 240 stores.", "hyphenation"),
    ("data", "e1.b0", "Moved nightly ETL off SSIS onto Airflow and Python.", "Apache Airflow → Airflow"),
    ("sap", "e0.b3", "Trained sixty key users and authored the finance cut-over plan.", "60 → sixty"),
    ("embedded", "e0.b2", "Raised unit-test coverage of safety-relevant modules to 95% (from 60%).", "reordered"),
    ("embedded", "e0.b1", "Used EB tresos to configure the AUTOSAR communication stack: COM, PduR and CanIf.",
     "reordered"),
    ("banking", "e0.b0", "Mapped 45 MT message flows onto their MX (ISO 20022) equivalents.",
     "environment standard quoted"),
    ("banking", "o", "Payments business analyst (10 yrs) in retail and corporate banking: SEPA Instant, ISO 20022 "
                     "migration of SWIFT messages and PSD2 interfaces.", "yrs; condensed"),
    ("health", "e0.b0", "Built and tested ADT, orders and results interfaces in HealthShare.",
     "InterSystems HealthShare → HealthShare"),
    ("health", "e1.b1", "Used Postman to test FHIR APIs for the shared care record.", "reordered"),
    ("telecom", "e1.b0", "Planned MPLS backbone upgrades from 10 Gbit/s to 100 Gbit/s links.", "10G → 10 Gbit/s"),
    ("telecom", "e0.b4", "Supported the launch of the first commercial 5G standalone (SA) service in 2022.",
     "abbreviation spelled out"),
    ("telecom", "e0.b2", "Automated onboarding of network functions with Ansible and NSO.", "Cisco NSO → NSO"),
    ("public", "e0.b2", "Brought the service up to WCAG 2.1 AA, as verified by an external audit.", "rephrased"),
    ("public", "e1.b0", "Prepared tender documents and evaluated supplier bids alongside procurement.", "synonyms"),
    ("ecommerce", "e0.b2", "Integrated Adyen to accept cards, MobilePay and Klarna.", "rephrased"),
    ("ecommerce", "e1.b0", "Developed PHP modules for Magento 2 (bundles, extended warranties).", "condensed"),
    ("security", "e0.b0", "Led over sixty web application and API penetration tests.", "60 → sixty"),
    ("security", "e0.b1", "Assessed Azure AD (now Entra ID) configurations for privilege escalation paths.",
     "both names kept, linked"),
    ("mobile", "e0.b3", "Lifted the crash-free session rate from 97.5 to 99.6 percent.", "% → percent, once"),
    ("mobile", "o", "iOS and Android developer with six years of native app experience in media and travel: Swift, "
                    "Kotlin and legacy Objective-C.", "condensed"),
    ("pm", "e0.b2", "Released to 900 claims handlers over two waves.", "condensed"),
    ("pm", "e1.b0", "Coordinated the warehouse management system rollout across 11 depots.", "rephrased"),
    ("pm", "e0.d", "Claims CRM replacement with Salesforce for Castellan.", "description condensed, reordered"),
]

# Third pass: heavy rewording with one claim slipped into the reworded sentence, as models do it.
_FABRICATED_REWORDED: list[tuple] = [
    ("cloud", "metric", "e0.b1", "Moved 40 workloads off VMware onto Amazon EKS in 18 months with no unplanned "
                                 "downtime and 30% lower hosting costs.", "30%", "end"),
    ("cloud", "technology", "o", "AWS and Azure platform engineer (eight years) who has taken three logistics and "
                                 "insurance customers from their data centres to managed Kubernetes on OpenShift and "
                                 "built the pipelines their teams still use.", "OpenShift", "middle"),
    ("data", "organisation", "e1.d", "For Kramarz Retail Group, a Lidl franchisee: modernising the data warehouse of "
                                     "a 240-store chain.", "Lidl", "middle"),
    ("data", "team_size", "e0.b3", "Coached a group of 15 analysts as they moved 35 Power BI reports off Excel "
                                   "extracts onto curated gold tables.", "15 analysts", "middle"),
    ("sap", "metric", "e0.b3", "Trained sixty key users, with 95% passing the final assessment, and authored the "
                               "finance cut-over plan.", "95%", "middle"),
    ("sap", "date", "e0.b4", "Supported hypercare through the first two month-end closes in early 2023.", "2023",
     "end"),
    ("embedded", "technology", "e0.b1", "Set up the AUTOSAR COM stack (COM, PduR, CanIf) in EB tresos and generated "
                                        "the RTE with DaVinci Developer.", "DaVinci Developer", "end"),
    ("embedded", "money", "e1.d", "Body control module software for two vehicle platforms with a combined €20M "
                                  "software budget.", "€20M", "end"),
    ("banking", "certification", "e0.b0", "As a certified ISO 20022 specialist, mapped forty-five MT flows to their "
                                          "MX counterparts.", "certified ISO 20022 specialist", "start"),
    ("banking", "years", "e1.d", "PSD2 programme on access to accounts and strong customer authentication, building "
                                 "on eight years of regulatory work.", "eight years", "end"),
    ("health", "technology", "e0.b2", "Partnered with the clinical safety officer on DCB0129 hazard logs for each "
                                      "interface change.", "DCB0129", "middle"),
    ("health", "date", "o", "Integration specialist connecting hospital systems via HL7 v2 and FHIR since 2015; "
                            "supported two electronic patient record go-lives.", "2015", "middle"),
    ("telecom", "metric", "o", "Network architect (twelve years) whose automation lets changes ship in the daytime "
                               "rather than in night windows, cutting change failures by 60%.", "60%", "end"),
    ("telecom", "organisation", "e0.b4", "Helped Aurea Mobile and its partner Ericsson launch the first commercial 5G "
                                         "SA service in 2022.", "Ericsson", "middle"),
    ("public", "years", "e0.b1", "Drawing on five years of agile coaching, guided a multidisciplinary team through "
                                 "alpha, beta and live.", "five years", "start"),
    ("public", "technology", "e0.b2", "Brought the service up to WCAG 2.1 AA, checked with axe and verified by an "
                                      "external audit.", "axe", "middle"),
    ("ecommerce", "metric", "e0.b0", "Rebuilt the product listing and checkout pages with Next.js and TypeScript, "
                                     "lifting conversion by a third.", "a third", "end"),
    ("ecommerce", "certification", "e1.b0", "Built PHP modules for Magento 2 (bundles, extended warranties) as an "
                                            "Adobe Certified Master.", "Adobe Certified Master", "end"),
    ("security", "organisation", "e0.b0", "Led more than 60 penetration tests of web applications and APIs, several "
                                          "for the Bundesbank.", "Bundesbank", "end"),
    ("security", "technology", "e1.b0", "Triaged Splunk alerts, enriched them with MISP threat intelligence, and "
                                        "escalated confirmed incidents.", "MISP", "middle"),
    ("mobile", "team_size", "e1.b0", "Moved the Android app from Java to Kotlin together with three other "
                                     "developers.", "three other developers", "end"),
    ("mobile", "degree", "e0.d", "For Skyward Travel, and building on a master's thesis in mobile UX: SwiftUI rewrite "
                                 "of the booking app.", "master's thesis", "middle"),
    ("pm", "metric", "e0.b2", "Released to nine hundred claims handlers over two waves with 98% adoption in the first "
                              "month.", "98%", "end"),
    ("pm", "organisation", "e1.b0", "Coordinated the warehouse management system rollout across 11 depots, with DHL "
                                    "as logistics partner.", "DHL", "end"),
]

# Third pass of honest rewording: heavier rewrites, employer named from the heading, sentences recast.
_HONEST_REWORDED: list[tuple] = [
    ("cloud", "e0.d", "Nordfrakt engagement: moving 40 on-premises services to AWS and the platform team that runs "
                      "them.", "employer first; condensed"),
    ("data", "o", "Six years building batch and streaming data pipelines for energy and retail firms, turning meter, "
                  "sales and sensor data into models analysts trust, tested and documented from day one.",
     "recast as one sentence"),
    ("sap", "e0.d", "Greenfield S/4HANA Finance implementation at Rheinchem: 14 company codes, six countries.",
     "condensed to a list"),
    ("embedded", "e0.d", "Parking-brake ECU application software, developed to ASIL D.", "condensed"),
    ("banking", "e1.d", "Crédit Hainaut's PSD2 programme: access to accounts and strong customer authentication.",
     "employer from the heading"),
    ("health", "o", "Seven years of HL7 v2 and FHIR integration work in hospitals, including two electronic patient "
                    "record go-lives, with clinical safety kept in view throughout.", "recast"),
    ("telecom", "e1.b2", "Audited router configurations every night with Python scripts.", "recast"),
    ("public", "e1.d", "National Education Agency: replacement of the student grant application portal.",
     "employer from the heading"),
    ("ecommerce", "e1.d", "Elektrohuset Online: web shop development for consumer electronics.",
     "employer from the heading"),
    ("security", "e1.d", "Stadtwerke Nordrhein: security monitoring of a regional energy utility and its operational "
                         "technology network.", "employer from the heading"),
    ("mobile", "e1.b1", "Added offline reading, built on Room and WorkManager.", "recast"),
    ("pm", "e1.b1", "Kept supplier milestones and invoices on track in Smartsheet.", "recast"),
]

# Texts a demanding user could read either way: (cv, path, text, reason). Not counted.
_AMBIGUOUS: list[tuple] = [
    ("banking", "e0.b3", "Supported operations in redesigning the repair queue, cutting manual interventions by 50%.",
     "'halving' restated as '50%': the same fact, but a number the source does not write"),
    ("public", "e0.b3", "Moved 70% of permit applications online within twelve months of launch.",
     "'within a year' restated as 'twelve months': the same fact in a new number"),
    ("pm", "e0.b1", "Ran steering committees with the claims director every two weeks.",
     "'fortnightly' restated as 'every two weeks': the same fact in a new number"),
    ("sap", "o", "SAP finance consultant with more than a decade in FI/CO and four S/4HANA projects from blueprint "
                 "to hypercare.", "'eleven years' rounded to 'more than a decade': true, but a figure the CV does "
                               "not give"),
    ("cloud", "e0.b1", "Migrated more than 40 services from VMware to Amazon EKS without unplanned downtime.",
     "'40' inflated to 'more than 40': a user may read it as a bigger claim"),
    ("data", "e0.b1", "Built Spark Structured Streaming jobs ingesting hundreds of millions of meter readings per day.",
     "'300 million' blurred to 'hundreds of millions': true but vaguer and bigger-sounding"),
    ("cloud", "o", "Kubernetes expert with eight years of experience designing and running platforms on AWS and Azure.",
     "'expert' is a level the CV implies (CKA, EKS migration) but never states"),
    ("telecom", "e1.b0", "Upgraded the MPLS backbone from 10G to 100G links.",
     "'Planned capacity upgrades' turned into having done the upgrade"),
    ("health", "e0.b3", "Cut interface incident tickets by 40% after go-live.",
     "drops 'in the first year': the figure now reads as lasting"),
    ("security", "e0.d", "Penetration testing and red-team engagements for financial services and energy providers.",
     "'banks' widened to the sidebar industry 'financial services'"),
    ("embedded", "o", "Safety-critical embedded software engineer with nine years on automotive ECUs and ASIL D "
                      "experience.", "'safety-critical' is what ASIL D means, but the CV does not say it"),
    ("cloud", "e0.b1", "Migrated 40 services off VMware onto Amazon EKS in 1.5 years without unplanned downtime.",
     "'18 months' restated as '1.5 years': the same fact in a new number"),
    ("ecommerce", "o", "Full-stack developer with seven years building online shops, including a Klarna and "
                       "MobilePay checkout, for fashion and electronics retailers.",
     "payment methods named in a bullet move to the overview: the overview may use the CV, but it now reads as a "
     "checkout built for several retailers"),
]


def _build() -> tuple[list[Case], list[Case], list[Case]]:
    honest = [Case(cv, HONEST, _path(p), tuple(t) if isinstance(t, tuple) else t, note=style)
              for cv, rows in _HONEST.items() for p, t, style in rows]
    honest += [Case(cv, HONEST, _path(p), t, note=style) for cv, p, t, style in _HONEST_MORE + _HONEST_REWORDED]
    fabricated = [Case(cv, kind, _path(p), t, claim=claim, position=pos)
                  for cv, rows in _FABRICATED.items() for kind, p, t, claim, pos in rows]
    fabricated += [Case(cv, kind, _path(p), t, claim=claim, position=pos)
                   for cv, kind, p, t, claim, pos in _FABRICATED_GAPS + _FABRICATED_REWORDED]
    ambiguous = [Case(cv, AMBIGUOUS, _path(p), t, note=reason) for cv, p, t, reason in _AMBIGUOUS]
    return honest, fabricated, ambiguous


_HONEST_CASES, _FABRICATED_CASES, _AMBIGUOUS_CASES = _build()


def honest_cases() -> list[Case]:
    """Honest rewordings: the guard must leave each one untouched (at most 1% may be touched)."""
    return list(_HONEST_CASES)


def fabricated_cases() -> list[Case]:
    """One invented claim each: the guard must flag every one, naming the claim or its sentence."""
    return list(_FABRICATED_CASES)


def ambiguous_cases() -> list[Case]:
    """Texts a demanding user could read either way (``note`` says why); reported, never counted."""
    return list(_AMBIGUOUS_CASES)


def all_cases() -> list[Case]:
    return honest_cases() + fabricated_cases() + ambiguous_cases()


def tailored_cvs() -> dict[str, dict]:
    """Per source CV, one whole tailored answer: every honest rewording applied at once (the first for
    each field; a rewritten bullet list only where no single bullet of that experience was reworded),
    as a model returns a CV with every field reworded. The guard must leave these alone too."""
    out = {}
    for name in SOURCES:
        cv, taken = copy.deepcopy(SOURCES[name]), set()
        cases = [c for c in _HONEST_CASES if c.cv == name]
        for case in sorted(cases, key=lambda c: c.path.endswith(".bullets")):  # single bullets first
            experience = case.path.split(".bullets")[0]
            if case.path in taken or (case.path.endswith(".bullets") and experience in taken):
                continue
            taken |= {case.path, experience} if ".bullets" in case.path else {case.path}
            _set(cv, case.path, list(case.text) if isinstance(case.text, tuple) else case.text)
        out[name] = cv
    return out


@dataclass(frozen=True)
class Outcome:
    """What a guard did with one case: its findings (objects with ``claims`` and ``written``, as
    ``cvextract.claims.free_text.Finding``) and the CV it returned."""

    case: Case
    findings: tuple
    output: dict

    @property
    def touched(self) -> bool:
        """The guard flagged or changed anything (for an honest text: a false positive)."""
        return bool(self.findings) or self.output != self.case.adjusted

    @property
    def named(self) -> bool:
        """A finding names the case's claim, or quotes the sentence or bullet that holds it."""
        if self.case.claim is None:
            return False
        return bool(self.claims_named) or any(_mentions(f.written, self.case.claim) for f in self.findings)

    @property
    def claims_named(self) -> list[str]:
        """The guard's words for the case's claim (``12`` for ``12 years``, or the whole claim)."""
        claim = self.case.claim
        return [named for f in self.findings for named in f.claims if claim and _same_claim(named, claim)]

    @property
    def shipped(self) -> bool:
        """The claim is still in the field the guard returned."""
        value = value_at(self.output, self.case.path)
        return _mentions(" ".join(value) if isinstance(value, list) else value, self.case.claim)

    @property
    def caught(self) -> bool:
        return self.named and not self.shipped


def changed_texts(source: dict, adjusted: dict) -> list[tuple[str, str]]:
    """(path, text) of each free text (overview, description, bullet) ``adjusted`` writes differently."""
    changed = [("overview", adjusted["overview"])] if source["overview"] != adjusted["overview"] else []
    for i, (old, new) in enumerate(zip(source["experiences"], adjusted["experiences"])):
        if old["description"] != new["description"]:
            changed.append((f"experiences[{i}].description", new["description"]))
        changed += [(f"experiences[{i}].bullets[{j}]", bullet)
                    for j, bullet in enumerate(new["bullets"]) if bullet not in old["bullets"]]
    return changed


def _mentions(text: str, claim: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(claim)}(?!\w)", text, re.IGNORECASE) is not None


def _same_claim(named: str, claim: str) -> bool:
    named = named.strip()
    return bool(named) and (_mentions(claim, named) or _mentions(named, claim))


def value_at(cv: dict, path: str):
    """The text (or bullet list) at a case's ``path`` in ``cv``."""
    exp, name, index = _PATH.match(path).groups()
    if path == "overview":
        return cv["overview"]
    value = cv["experiences"][int(exp)][name]
    return value if index is None else value[int(index)]


def run(cases: list[Case], review, *, postings: bool = False) -> list[Outcome]:
    """Each case through ``review(source, adjusted) -> (output, findings)``; with ``postings``, as
    ``review(source, adjusted, posting)`` with the CV's job posting (``JOB_POSTINGS``)."""
    outcomes = []
    for case in cases:
        extra = (JOB_POSTINGS[case.cv],) if postings else ()
        output, findings = review(case.source, case.adjusted, *extra)
        outcomes.append(Outcome(case, tuple(findings), output))
    return outcomes


def describe(outcome: Outcome) -> str:
    """One miss, for a test message or the benchmark: the case, its text, and what the guard said."""
    case = outcome.case
    text = " | ".join(case.texts) if case.path.endswith(".bullets") else case.text
    said = "; ".join(f"{f.field}: {f.claims} in {f.written!r}" for f in outcome.findings) or "nothing"
    head = f"[{case.cv}] {case.kind} {case.path}"
    head += f" claim {case.claim!r} ({case.position})" if case.claim else f" ({case.note})"
    if case.claim and outcome.named and outcome.shipped:
        said += " — named, but the claim is still in the output"
    return f"{head}\n    text: {text}\n    guard: {said}"


if __name__ == "__main__":
    fabricated = fabricated_cases()
    print(f"{len(SOURCES)} source CVs, {len(honest_cases())} honest, {len(fabricated)} fabricated, "
          f"{len(ambiguous_cases())} ambiguous")
    print("fabrication kinds:", dict(Counter(c.kind for c in fabricated)))
    print("fields:", dict(Counter(c.field for c in fabricated)))
    print("positions:", dict(Counter(c.position for c in fabricated)))
