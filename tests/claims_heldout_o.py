"""Blind set O for the free-text claims guard (issue 20): twelve hand-written CVs from container-terminal
operating systems (Navis N4), VFX pipeline engineering, pharmacovigilance safety databases (Oracle Argus),
penetration testing and red teaming, freight forwarding systems (CargoWise), commercial property management
(Yardi), audio DSP firmware, satellite ground-segment operations, distributed control systems in chemical
plants (DeltaV, Experion), airport baggage handling systems, smart-contract engineering and digital
accessibility, each with a job posting or customer brief, one honest tailoring and single claims injected
into it. Written blind: without reading the guard's code, rules, documentation, benchmarks or any other set."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}

# --- Container-terminal operating systems -------------------------------------------------------------

_n4 = cv(
    "Terminal Operating Systems Consultant",
    "Henrik Aalto",
    "Terminal operating systems consultant with 11 years in container ports. Configured and upgraded Navis N4 "
    "at three deep-sea terminals, covering yard planning, vessel planning and gate automation. Works between "
    "operations staff and IT to keep berth and yard productivity stable through go-lives.",
    [
        (
            "N4 Upgrade Lead, Baltic Container Terminal, Gdynia (Mar 2021 – Dec 2023)",
            "Upgrade of the terminal's Navis N4 from 2.6 to 3.8 for a 1.2 million TEU terminal operated by "
            "Baltic Container Terminal.",
            [
                "Planned and led the N4 2.6 to 3.8 upgrade with a cutover window of 36 hours and no vessel delays.",
                "Rebuilt 140 EDI mappings (BAPLIE, COPRAX, CODECO) for 9 shipping lines.",
                "Introduced Expert Decking rules that cut yard rehandles by 18%.",
                "Trained 45 planners and gate clerks on the new release.",
            ],
            ["Navis N4 3.8", "Expert Decking", "Oracle Database 19c", "EDIFACT", "Jira"],
        ),
        (
            "TOS Analyst, Nordport Terminals, Rotterdam (Jun 2016 – Feb 2021)",
            "Second-line support and configuration of Navis N4 and the gate OCR system for Nordport's two "
            "Rotterdam terminals.",
            [
                "Ran a 24/7 on-call rota of six analysts for N4 incidents.",
                "Integrated the gate OCR cameras with N4 through Groovy code extensions, reducing truck turn time "
                "from 42 to 29 minutes.",
                "Wrote 60 Jasper reports for berth productivity and crane moves per hour.",
                "Migrated reefer monitoring to the N4 Reefer module for 3,000 reefer plugs.",
            ],
            ["Navis N4 2.6", "Groovy", "Jasper Reports", "Microsoft SQL Server", "Camco OCR"],
        ),
    ],
    skills=["Yard planning", "Vessel planning", "Gate automation", "EDI mapping", "Cutover planning"],
    tools=["Navis N4", "Expert Decking", "Jira", "Jasper Reports"],
    languages=["Groovy", "SQL"],
    certifications=["Navis N4 Certified Administrator"],
    industries=["Ports and terminals", "Logistics"],
    spoken_languages=["English", "Finnish", "Dutch"],
    academic_background=["MSc Logistics Engineering, Aalto University"],
)
CVS["n4"] = {
    "source": _n4,
    "prompt": "Job posting: Navis N4 Functional Lead for a container terminal in Antwerp. We are upgrading N4 "
    "and need someone to own cutover planning, EDI onboarding of shipping lines and yard optimisation. "
    "Experience of 24/7 terminal support and of training planners is a plus.",
    "honest": tailor(
        _n4,
        "TOS consultant with eleven years in container ports who has configured and upgraded Navis N4 at three "
        "deep-sea terminals. Covers yard planning, vessel planning and gate automation, and has owned cutover "
        "planning for an N4 upgrade. Bridges terminal operations and IT so that berth and yard productivity "
        "hold steady through go-live.",
        [
            (
                "Navis N4 upgrade (2.6 → 3.8) at Baltic Container Terminal, a 1.2m TEU terminal.",
                [
                    "Owned cutover planning for the N4 2.6-to-3.8 upgrade: 36-hour window, zero vessel delays.",
                    "18% fewer yard rehandles after introducing Expert Decking rules.",
                    "Onboarded 9 shipping lines by rebuilding 140 EDI mappings (BAPLIE, COPRAX, CODECO).",
                    "Trained forty-five planners and gate clerks on the 3.8 release.",
                ],
            ),
            (
                "Second-line N4 support and configuration, plus the gate OCR system, across Nordport's two "
                "terminals in Rotterdam.",
                [
                    "Ran a round-the-clock on-call rota of 6 analysts covering N4 incidents.",
                    "Cut truck turn time from 42 to 29 minutes by integrating gate OCR cameras with N4 via Groovy "
                    "code extensions.",
                    "Built 60 Jasper reports on berth productivity and crane moves per hour.",
                    "Moved reefer monitoring for 3,000 plugs onto the N4 Reefer module.",
                ],
            ),
        ],
    ),
}
_N4 = [
    ("n4", "overview", "years", "start", "with eleven years", "with fourteen years"),
    ("n4", "overview", "customer", "end", "through go-live.", "through go-live, most recently for DP World."),
    (
        "n4",
        "overview",
        "certification",
        "middle",
        "and has owned cutover",
        "holds the Navis N4 Solution Architect certificate and has owned cutover",
    ),
    ("n4", "experiences[0].description", "version", "middle", "(2.6 → 3.8)", "(2.6 → 4.0)"),
    ("n4", "experiences[0].description", "number", "end", "a 1.2m TEU terminal.", "a 1.6m TEU terminal."),
    (
        "n4",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "Expert Decking rules.",
        "Expert Decking rules, lifting crane productivity by 12%.",
    ),
    ("n4", "experiences[0].bullets[0]", "duration", "start", "Owned cutover", "Over nine months, owned cutover"),
    (
        "n4",
        "experiences[1].bullets[1]",
        "tool",
        "end",
        "via Groovy code extensions.",
        "via Groovy code extensions and Apache Kafka.",
    ),
    (
        "n4",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Automated berth window allocation for 12 shipping lines with a custom N4 plug-in.",
    ),
    (
        "n4",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Trained 45 planners and gate clerks on the new release.",
    ),
    (
        "n4",
        "experiences[1].description",
        "team size",
        "start",
        "Second-line N4 support",
        "In a team of eight, second-line N4 support",
    ),
    (
        "n4",
        "experiences[1].bullets[0]",
        "date",
        "start",
        "Ran a round-the-clock",
        "From January 2015, ran a round-the-clock",
    ),
]
_N4_AMBIGUOUS = [
    (
        "n4",
        "experiences[1].bullets[1]",
        "Cut truck turn time",
        "Halved truck waiting and cut turn time",
        "'halved waiting' is not stated; turn time went from 42 to 29 minutes, which is about a third",
    ),
]

# --- VFX pipeline engineering -------------------------------------------------------------------------

_vfx = cv(
    "Senior Pipeline TD",
    "Maya Okonkwo",
    "Pipeline technical director with nine years in feature film and episodic VFX. Builds Python tools "
    "around Houdini, Nuke and ShotGrid that move shots between departments without manual hand-offs. Has "
    "supported productions of up to 400 artists across London and Montreal.",
    [
        (
            "Senior Pipeline TD, Northlight Pictures, London (Jan 2020 – present)",
            "Pipeline development for a 400-artist feature studio working on two to three features a year.",
            [
                "Designed a USD-based asset publishing system used by 6 departments.",
                "Wrote a ShotGrid event daemon that cut version-tracking errors by 70%.",
                "Moved Houdini FX caching to a shared farm queue, freeing 25 TB of local storage.",
                "Mentored three junior TDs.",
            ],
            ["Python 3.9", "Houdini 19.5", "Nuke 13", "ShotGrid", "USD", "Deadline"],
        ),
        (
            "Pipeline TD, Cinder Frame, Montreal (Sep 2015 – Dec 2019)",
            "Compositing pipeline tools for an episodic VFX house delivering to streaming clients.",
            [
                "Built Nuke gizmos and a template system for 120 compositors.",
                "Automated plate ingest from on-set drives into ShotGrid, saving about 10 hours per episode.",
                "Ported in-house tools from Python 2.7 to Python 3.",
            ],
            ["Python 2.7", "Python 3", "Nuke 11", "ShotGrid", "Linux"],
        ),
        (
            "Junior TD, Pixel Harbour, London (Jul 2014 – Aug 2015)",
            "Render wrangling and small tools for a commercials VFX studio.",
            [
                "Monitored overnight renders on a 200-node Deadline farm.",
                "Wrote Python scripts to clean up Nuke scripts before archiving.",
                "Kept render licence usage reports for the producers.",
            ],
            ["Deadline", "Python", "Nuke"],
        ),
    ],
    skills=["Pipeline architecture", "Asset management", "Render farm integration", "Tool development"],
    languages=["Python", "VEX", "Bash"],
    tools=["Houdini", "Nuke", "ShotGrid", "Deadline", "USD", "Git"],
    certifications=[],
    industries=["Film", "Episodic television"],
    spoken_languages=["English", "French"],
    academic_background=["BSc Computer Animation, Bournemouth University"],
)
CVS["vfx"] = {
    "source": _vfx,
    "prompt": "Customer brief: an animation studio wants a pipeline lead to roll out a USD publishing system, "
    "connect Houdini and Nuke to ShotGrid and mentor a small TD team. Python 3 is required.",
    "honest": tailor(
        _vfx,
        "Pipeline TD with 9 years across feature film and episodic VFX. Writes Python tooling around Houdini, "
        "Nuke and ShotGrid so shots travel between departments with no manual hand-off, and has designed a "
        "USD-based asset publishing system. Has supported productions of as many as 400 artists in London and "
        "Montreal.",
        [
            (
                "Pipeline development at a feature studio of 400 artists delivering 2–3 features a year.",
                [
                    "Designed USD asset publishing, adopted by six departments.",
                    "70% fewer version-tracking errors thanks to a ShotGrid event daemon I wrote.",
                    "Moved Houdini FX caching onto a shared farm queue; 25TB of local storage freed.",
                    "Mentored 3 junior TDs.",
                ],
            ),
            (
                "Nuke compositing pipeline tools for an episodic VFX house delivering to streaming clients.",
                [
                    "Built Nuke gizmos and templates for a hundred and twenty compositors.",
                    "Automated on-set plate ingest into ShotGrid, saving roughly ten hours an episode.",
                    "Ported in-house tooling from Python 2.7 to 3.",
                ],
            ),
            (
                "Render wrangling and small tools at a VFX studio making commercials.",
                [
                    "Watched overnight renders across a two-hundred-node Deadline farm.",
                    "Python scripts that tidied Nuke scripts ahead of archiving.",
                    "Render licence usage reporting for producers.",
                ],
            ),
        ],
    ),
}
_VFX = [
    ("vfx", "overview", "years", "start", "Pipeline TD with 9 years", "Pipeline TD with 15 years"),
    (
        "vfx",
        "overview",
        "tool",
        "middle",
        "around Houdini, Nuke and ShotGrid",
        "around Houdini, Nuke, Katana and ShotGrid",
    ),
    (
        "vfx",
        "overview",
        "recognition",
        "end",
        "in London and Montreal.",
        "in London and Montreal, including a VES Award-winning feature.",
    ),
    (
        "vfx",
        "experiences[0].description",
        "customer",
        "end",
        "2–3 features a year.",
        "2–3 features a year for Marvel Studios.",
    ),
    (
        "vfx",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "adopted by six departments.",
        "adopted by eight departments.",
    ),
    ("vfx", "experiences[0].bullets[2]", "version", "start", "Moved Houdini FX caching", "Moved Houdini 20 FX caching"),
    (
        "vfx",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "Mentored 3 junior TDs.",
        "Mentored 3 junior TDs in a pipeline team of 11.",
    ),
    (
        "vfx",
        "experiences[1].description",
        "certification",
        "start",
        "Nuke compositing pipeline tools",
        "As a Foundry Certified Nuke Trainer, Nuke compositing pipeline tools",
    ),
    (
        "vfx",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "roughly ten hours an episode.",
        "roughly ten hours an episode and cutting ingest errors by 40%.",
    ),
    (
        "vfx",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Wrote a ShotGrid event daemon that cut version-tracking errors by 70%.",
    ),
    (
        "vfx",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Set up Katana lighting templates shared across the studio.",
    ),
]
_VFX += [
    (
        "vfx",
        "experiences[2].bullets[0]",
        "number",
        "middle",
        "a two-hundred-node Deadline farm",
        "a five-hundred-node Deadline farm",
    ),
    (
        "vfx",
        "experiences[2].description",
        "duration",
        "end",
        "making commercials.",
        "making commercials for two years.",
    ),
]
_VFX_AMBIGUOUS = [
    (
        "vfx",
        "experiences[1].bullets[2]",
        "from Python 2.7 to 3.",
        "from Python 2.7 to 3, keeping them running on Linux.",
        "Linux is in the environment but the CV does not say the port was about Linux",
    ),
]

# --- Pharmacovigilance safety databases ---------------------------------------------------------------

_argus = cv(
    "Pharmacovigilance Systems Lead",
    "Priya Raman",
    "Pharmacovigilance systems lead with 10 years on safety databases for sponsors and CROs. Specialist in "
    "Oracle Argus Safety configuration, E2B(R3) gateways and validation under GAMP 5. Has run two Argus "
    "migrations and supports safety physicians through regulatory inspections.",
    [
        (
            "PV Systems Lead, Halcyon Bio, Cambridge (Apr 2020 – Sep 2024)",
            "Ownership of the Oracle Argus Safety platform for a mid-size biotech with 14 marketed products.",
            [
                "Led the upgrade from Argus Safety 8.1 to 8.2.3 and its computer system validation.",
                "Configured E2B(R3) reporting to the EMA and FDA gateways, reaching 99.6% on-time submissions.",
                "Cut case-processing time from 11 to 7 days by redesigning Argus workflows.",
                "Supported an MHRA pharmacovigilance inspection with no critical findings.",
            ],
            ["Oracle Argus Safety 8.2.3", "Argus Insight", "Axway", "MedDRA", "WHODrug"],
        ),
        (
            "Safety Database Analyst, Meridian Clinical (CRO), Reading (Jul 2014 – Mar 2020)",
            "Safety database configuration and migration for the CRO's sponsor studies.",
            [
                "Migrated 180,000 legacy cases from ARISg to Argus Safety.",
                "Wrote PL/SQL data-quality checks run before each periodic report.",
                "Maintained MedDRA version upgrades twice a year.",
                "Trained 30 case processors in Argus data entry.",
            ],
            ["ARISg", "Oracle Argus Safety 7", "Oracle Database", "PL/SQL", "MedDRA"],
        ),
    ],
    skills=["Safety database configuration", "Computer system validation", "E2B(R3)", "Data migration"],
    tools=["Oracle Argus Safety", "Argus Insight", "ARISg", "Axway"],
    languages=["PL/SQL", "SQL"],
    certifications=["DIA Pharmacovigilance Certificate"],
    industries=["Pharmaceuticals", "Biotechnology", "Clinical research"],
    spoken_languages=["English", "Tamil"],
    academic_background=["MPharm, University of Nottingham"],
)
CVS["argus"] = {
    "source": _argus,
    "prompt": "Job posting: Argus Safety Lead (contract, 12 months). Own our Argus platform, E2B(R3) gateway "
    "submissions, inspection readiness and the next upgrade. GxP validation experience essential.",
    "honest": tailor(
        _argus,
        "PV systems lead with a decade on safety databases for sponsors and contract research organisations. "
        "Specialises in configuring Argus, E2B(R3) gateway submissions and validation under GAMP 5, and has "
        "carried out two Argus migrations. Keeps safety physicians inspection-ready.",
        [
            (
                "Owned Oracle Argus Safety for a mid-sized biotech with fourteen marketed products.",
                [
                    "Led the Argus 8.1 → 8.2.3 upgrade and its CSV.",
                    "99.6% on-time submissions after configuring E2B(R3) reporting to EMA and FDA gateways.",
                    "Redesigned Argus workflows; case processing down from 11 days to 7.",
                    "No critical findings at an MHRA PV inspection I supported.",
                ],
            ),
            (
                "Configured and migrated the safety database for the CRO's sponsor studies.",
                [
                    "Moved 180k legacy cases from ARISg into Argus.",
                    "PL/SQL data-quality checks ahead of every periodic report.",
                    "Ran the twice-yearly MedDRA version upgrades.",
                    "Trained thirty case processors on Argus data entry.",
                ],
            ),
        ],
    ),
}
_ARGUS = [
    ("argus", "overview", "years", "start", "with a decade on", "with fifteen years on"),
    (
        "argus",
        "overview",
        "customer",
        "middle",
        "for sponsors and contract research organisations",
        "for sponsors such as AstraZeneca and contract research organisations",
    ),
    (
        "argus",
        "overview",
        "certified",
        "end",
        "inspection-ready.",
        "inspection-ready as a certified GAMP 5 practitioner.",
    ),
    (
        "argus",
        "experiences[0].description",
        "number",
        "middle",
        "fourteen marketed products",
        "nineteen marketed products",
    ),
    ("argus", "experiences[0].bullets[0]", "version", "middle", "8.1 → 8.2.3", "8.1 → 8.3"),
    (
        "argus",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "to EMA and FDA gateways.",
        "to EMA and FDA gateways through Veeva Vault Safety.",
    ),
    (
        "argus",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "from 11 days to 7.",
        "from 11 days to 7, saving £400k a year.",
    ),
    ("argus", "experiences[1].description", "duration", "end", "sponsor studies.", "sponsor studies over eight years."),
    (
        "argus",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Built Argus Insight dashboards for signal detection used by the sponsor's safety committee.",
    ),
    (
        "argus",
        "experiences[1].bullets[3]",
        "degree",
        "end",
        "on Argus data entry.",
        "on Argus data entry, drawing on my PhD in pharmacology.",
    ),
]
_ARGUS_AMBIGUOUS = [
    (
        "argus",
        "overview",
        "and validation under GAMP 5",
        "and GxP validation under GAMP 5",
        "GAMP 5 validation is GxP work, but the CV never uses the posting's word",
    ),
    (
        "argus",
        "experiences[0].bullets[3]",
        "No critical findings at an MHRA PV inspection",
        "No findings at an MHRA PV inspection",
        "the CV says no critical findings, not no findings at all",
    ),
]

# --- Penetration testing and red teaming --------------------------------------------------------------

_red = cv(
    "Principal Penetration Tester",
    "Tomasz Wierzbicki",
    "Offensive security consultant with 8 years of penetration testing and red teaming for banks, insurers and "
    "SaaS companies. OSCP and CRTO certified. Leads web, internal network and Active Directory engagements and "
    "writes reports that both engineers and boards can act on.",
    [
        (
            "Red Team Lead, Ironclad Security, Warsaw (Feb 2021 – present)",
            "Objective-based red team operations and purple-team exercises for financial-sector clients under "
            "TIBER-EU.",
            [
                "Led 14 red team engagements, reaching domain admin in 11 of them.",
                "Built a Cobalt Strike malleable C2 profile set that evaded the client EDR in 3 of 4 tests.",
                "Ran purple-team workshops with blue teams, producing 40 new detection rules.",
                "Managed a team of five operators.",
            ],
            ["Cobalt Strike", "BloodHound", "Impacket", "Kali Linux", "Azure AD"],
        ),
        (
            "Penetration Tester, Redline Assurance, Krakow (Oct 2016 – Jan 2021)",
            "Web application and infrastructure penetration tests for insurers and SaaS vendors.",
            [
                "Delivered over 120 web application tests with Burp Suite Professional.",
                "Found a pre-auth SQL injection in a policy-admin platform, fixed within 48 hours.",
                "Wrote custom Burp extensions in Java for JWT tampering.",
            ],
            ["Burp Suite Professional", "Nmap", "Metasploit", "Java", "Python"],
        ),
    ],
    skills=["Red teaming", "Web application testing", "Active Directory attacks", "Report writing"],
    languages=["Python", "Java", "PowerShell"],
    tools=["Burp Suite", "Cobalt Strike", "BloodHound", "Metasploit", "Nmap"],
    certifications=["OSCP", "CRTO"],
    industries=["Banking", "Insurance", "SaaS"],
    spoken_languages=["Polish", "English"],
    academic_background=["MSc Computer Science, AGH University of Krakow"],
)
CVS["red"] = {
    "source": _red,
    "prompt": "Job posting: Senior Red Team Operator at a bank's internal offensive security team. TIBER-EU or "
    "CBEST experience, Active Directory attack paths, C2 tradecraft and purple teaming. OSCP required.",
    "honest": tailor(
        _red,
        "Offensive Security Certified Professional (OSCP) and Certified Red Team Operator with eight years of "
        "pen testing and red teaming across banks, insurers and SaaS firms. Leads web, internal network and AD "
        "engagements. Reports are written so that engineers and boards alike can act on them.",
        [
            (
                "Objective-based red teaming and purple teaming for financial-sector clients under TIBER-EU.",
                [
                    "14 red team engagements led; domain admin reached in 11.",
                    "Malleable C2 profiles for Cobalt Strike that evaded the client's EDR in three of four tests.",
                    "Purple-team workshops with blue teams yielded 40 new detection rules.",
                    "Managed five operators.",
                ],
            ),
            (
                "Web app and infrastructure pen tests for insurers and SaaS vendors.",
                [
                    "120+ web application tests delivered using Burp Suite Pro.",
                    "Found a pre-auth SQL injection in a policy-admin platform; the client fixed it within two days.",
                    "Custom Burp extensions in Java for JWT tampering.",
                ],
            ),
        ],
    ),
}
_RED = [
    ("red", "overview", "certification", "start", "Offensive Security Certified Professional (OSCP)", "OSCP and OSCE3"),
    ("red", "overview", "years", "middle", "with eight years of", "with twelve years of"),
    (
        "red",
        "overview",
        "customer",
        "end",
        "can act on them.",
        "can act on them, including at ING and PKO Bank Polski.",
    ),
    (
        "red",
        "experiences[0].description",
        "certified",
        "end",
        "under TIBER-EU.",
        "under TIBER-EU and as a CREST-certified CCSAS.",
    ),
    ("red", "experiences[0].bullets[0]", "number", "start", "14 red team engagements", "19 red team engagements"),
    (
        "red",
        "experiences[0].bullets[1]",
        "tool",
        "start",
        "Malleable C2 profiles for Cobalt Strike",
        "Malleable C2 profiles for Cobalt Strike and Brute Ratel",
    ),
    ("red", "experiences[0].bullets[3]", "team size", "end", "Managed five operators.", "Managed seven operators."),
    ("red", "experiences[1].bullets[0]", "version", "end", "using Burp Suite Pro.", "using Burp Suite Pro 2023.1."),
    ("red", "experiences[1].bullets[1]", "duration", "end", "within two days.", "within two hours."),
    (
        "red",
        "experiences[1].bullets[+]",
        "recognition",
        "end",
        None,
        "Credited with two CVEs and listed in the Microsoft MSRC Hall of Fame.",
    ),
    (
        "red",
        "experiences[1].description",
        "date",
        "start",
        "Web app and infrastructure",
        "Since 2014, web app and infrastructure",
    ),
    (
        "red",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Ran purple-team workshops with blue teams, producing 40 new detection rules.",
    ),
]
_RED_AMBIGUOUS = [
    (
        "red",
        "experiences[0].bullets[3]",
        "Managed five operators.",
        "Line-managed five operators.",
        "the CV says it managed a team of five; formal line management is not stated",
    ),
]

# --- Freight forwarding systems -----------------------------------------------------------------------

_cw = cv(
    "CargoWise Solution Consultant",
    "Lucía Fernández",
    "Freight forwarding systems consultant with seven years implementing CargoWise One for forwarders and "
    "customs brokers. Covers air and ocean forwarding, customs declarations and accounting, and writes the "
    "business rules, workflows and EDI that make the system fit the forwarder's operations.",
    [
        (
            "CargoWise Implementation Lead, Atlas Freight Group, Madrid (May 2021 – present)",
            "Roll-out of CargoWise One across Atlas Freight Group's 8 branches in Spain and Portugal, replacing "
            "a home-grown forwarding system.",
            [
                "Migrated 2,400 client and rate records and 3 years of open shipments.",
                "Configured the Spanish customs module for AES and import declarations.",
                "Built 35 workflow templates for air export and ocean import.",
                "Reduced manual re-keying of bookings by 60% with eAdaptor integrations.",
                "Trained 150 operators in 5 weeks.",
            ],
            ["CargoWise One", "eAdaptor", "XML", "AES", "SQL Server Reporting Services"],
        ),
        (
            "Systems Analyst, Portline Logistics, Valencia (Jan 2018 – Apr 2021)",
            "Support and reporting for a mid-size ocean forwarder's CargoWise One system.",
            [
                "Wrote 25 CargoWise document templates (bills of lading, arrival notices).",
                "Set up EDI with 4 ocean carriers through INTTRA.",
                "Ran month-end accounting close checks for the finance team.",
            ],
            ["CargoWise One", "INTTRA", "Crystal Reports", "Excel"],
        ),
        (
            "Export Coordinator, Transmar Cargo, Valencia (Sep 2015 – Dec 2017)",
            "Ocean export operations for a freight forwarder's Valencia branch.",
            [
                "Booked around 60 containers a week with ocean carriers.",
                "Prepared export documentation and customs instructions for shippers.",
                "Handled exceptions for reefer shipments to Latin America.",
            ],
            ["Excel", "Carrier booking portals"],
        ),
    ],
    skills=["Forwarding operations", "Customs declarations", "Workflow design", "EDI", "Data migration"],
    tools=["CargoWise One", "eAdaptor", "INTTRA", "Crystal Reports"],
    languages=["SQL", "XML"],
    certifications=["CargoWise Certified Professional"],
    industries=["Freight forwarding", "Customs brokerage"],
    spoken_languages=["Spanish", "English", "Portuguese"],
    academic_background=["BSc Business Administration, Universidad Complutense de Madrid"],
)
CVS["cw"] = {
    "source": _cw,
    "prompt": "Customer brief: a forwarder with branches in Iberia is moving to CargoWise and needs a consultant "
    "to lead data migration, customs configuration and operator training, and to integrate bookings through "
    "eAdaptor.",
    "honest": tailor(
        _cw,
        "Certified CargoWise professional with 7 years implementing CargoWise One (CW1) for forwarders and "
        "customs brokers. Works across air and ocean forwarding, customs and accounting. Designs the business "
        "rules, workflows and EDI that fit the system to each forwarder's operations, and has led data migration "
        "and operator training for an eight-branch roll-out.",
        [
            (
                "Led the CW1 roll-out across eight Spanish and Portuguese branches of Atlas Freight Group, "
                "retiring an in-house forwarding system.",
                [
                    "Data migration: 2,400 client and rate records plus three years of open shipments.",
                    "Spanish customs module set up for AES and import declarations.",
                    "35 workflow templates covering air export and ocean import.",
                    "eAdaptor integrations cut manual booking re-keying by 60 percent.",
                    "150 operators trained within five weeks.",
                ],
            ),
            (
                "Supported CargoWise One and its reporting for a mid-sized ocean forwarder.",
                [
                    "Wrote twenty-five CargoWise document templates, including bills of lading and arrival notices; "
                    "set up EDI with four ocean carriers via INTTRA.",
                    "Checked month-end accounting close for finance.",
                ],
            ),
            (
                "Coordinated ocean exports at a forwarder's Valencia branch.",
                [
                    "~60 containers booked weekly with ocean carriers.",
                    "Export documents and customs instructions prepared for shippers.",
                    "Resolved exceptions on reefer shipments bound for Latin America.",
                ],
            ),
        ],
    ),
}
_CW = [
    ("cw", "overview", "years", "middle", "with 7 years implementing", "with 14 years implementing"),
    (
        "cw",
        "overview",
        "certification",
        "start",
        "Certified CargoWise professional",
        "Certified CargoWise professional and licensed customs broker",
    ),
    (
        "cw",
        "overview",
        "customer",
        "end",
        "for an eight-branch roll-out.",
        "for an eight-branch roll-out and for Kuehne+Nagel.",
    ),
    ("cw", "experiences[0].description", "number", "middle", "across eight Spanish", "across twelve Spanish"),
    (
        "cw",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "and import declarations.",
        "and import declarations, plus the ICS2 filing module.",
    ),
    ("cw", "experiences[0].bullets[3]", "metric", "end", "by 60 percent.", "by 60 percent and saved €180,000 a year."),
    ("cw", "experiences[0].bullets[4]", "duration", "end", "within five weeks.", "within three weeks."),
    (
        "cw",
        "experiences[1].bullets[0]",
        "number",
        "end",
        "four ocean carriers via INTTRA.",
        "six ocean carriers via INTTRA.",
    ),
    (
        "cw",
        "experiences[1].description",
        "customer",
        "end",
        "for a mid-sized ocean forwarder.",
        "for a mid-sized ocean forwarder serving Inditex.",
    ),
    (
        "cw",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Automated carrier invoice matching, clearing a backlog of 900 invoices.",
    ),
    ("cw", "experiences[1].bullets[1]", "team size", "end", "for finance.", "for a finance team of twelve."),
]
_CW += [
    ("cw", "experiences[2].bullets[0]", "number", "start", "~60 containers booked", "~90 containers booked"),
    (
        "cw",
        "experiences[2].bullets[2]",
        "customer",
        "middle",
        "on reefer shipments bound",
        "on Maersk reefer shipments bound",
    ),
]
_CW_AMBIGUOUS = [
    (
        "cw",
        "overview",
        "One (CW1)",
        "One (CW1), WiseTech Global's platform,",
        "WiseTech Global is the real vendor of CargoWise, but the CV never names it",
    ),
]

# --- Commercial property management -------------------------------------------------------------------

_yardi = cv(
    "Property Systems Manager",
    "Oliver Brennan",
    "Property systems manager with 12 years in commercial real estate. Runs Yardi Voyager for office and retail "
    "portfolios, covering lease administration, CAM reconciliation and investor reporting. Known for clean data "
    "and month-end closes that finish on time.",
    [
        (
            "Property Systems Manager, Granite Street Partners, Dublin (Aug 2019 – present)",
            "System ownership for a €2.1 billion office and retail portfolio of 48 assets in Ireland and the UK.",
            [
                "Moved the portfolio from MRI to Yardi Voyager 7S in nine months.",
                "Automated CAM reconciliations for 620 tenants, cutting the cycle from six weeks to two.",
                "Built investor reports in Yardi Advanced Budgeting and Forecasting.",
                "Set up Yardi RentCafe Commercial tenant portal, adopted by 70% of tenants.",
            ],
            ["Yardi Voyager 7S", "Yardi ABF", "RentCafe Commercial", "SQL Server", "Excel"],
        ),
        (
            "Lease Administration Lead, Harbourview Property Services, Belfast (Mar 2013 – Jul 2019)",
            "Lease administration for a third-party property manager's commercial clients.",
            [
                "Abstracted over 1,500 leases into MRI.",
                "Ran rent reviews and service-charge budgets for 22 shopping centres.",
                "Led a team of four lease administrators.",
            ],
            ["MRI Commercial Management", "Excel", "Access"],
        ),
        (
            "Property Accountant, Lisburn Estates, Lisburn (Sep 2010 – Feb 2013)",
            "Property accounting for a family-owned portfolio of industrial units.",
            [
                "Ran arrears chasing and month-end reconciliations for 90 tenants.",
                "Prepared quarterly service-charge statements.",
                "Moved the rent roll from spreadsheets into an Access database.",
            ],
            ["Sage 50", "Excel", "Access"],
        ),
    ],
    skills=["Lease administration", "CAM reconciliation", "Investor reporting", "System migration"],
    tools=["Yardi Voyager", "Yardi ABF", "RentCafe", "MRI"],
    languages=["SQL"],
    certifications=["Yardi Voyager Commercial Certified", "CIPD Level 3"],
    industries=["Commercial real estate"],
    spoken_languages=["English", "Irish"],
    academic_background=["BA Economics, Queen's University Belfast"],
)
CVS["yardi"] = {
    "source": _yardi,
    "prompt": "Job posting: Yardi Systems Lead, commercial real estate investment manager. Own Voyager, CAM "
    "recoveries, tenant portal and investor reporting; previous MRI-to-Yardi migration valued.",
    "honest": tailor(
        _yardi,
        "Property systems manager with twelve years in commercial real estate and a certified Yardi Voyager "
        "Commercial user. Runs Voyager for office and retail portfolios across lease administration, CAM "
        "recoveries and investor reporting, and has led an MRI-to-Yardi migration. Keeps data clean and closes "
        "month-end on time.",
        [
            (
                "Since 08/2019, owns the systems for a €2.1bn portfolio: 48 office and retail assets in Ireland and the UK.",
                [
                    "MRI-to-Yardi Voyager 7S migration completed in 9 months.",
                    "CAM recoveries for 620 tenants automated; cycle down from 6 weeks to 2.",
                    "Investor reporting built in Yardi ABF.",
                    "Seventy per cent of tenants adopted the RentCafe Commercial portal I set up.",
                ],
            ),
            (
                "Commercial lease administration for the clients of a third-party property manager.",
                [
                    "1,500+ leases abstracted into MRI.",
                    "Rent reviews and service-charge budgets for twenty-two shopping centers.",
                    "Led 4 lease administrators.",
                ],
            ),
            (
                "Accounting for a family-owned industrial-unit portfolio.",
                [
                    "Arrears and month-end reconciliations for ninety tenants.",
                    "Quarterly service charge statements prepared.",
                    "Rent roll taken off spreadsheets and into Access.",
                ],
            ),
        ],
    ),
}
_YARDI = [
    ("yardi", "overview", "years", "start", "with twelve years in", "with twenty years in"),
    ("yardi", "overview", "tool", "middle", "Runs Voyager for office", "Runs Voyager and Yardi Elevate for office"),
    (
        "yardi",
        "overview",
        "degree",
        "end",
        "closes month-end on time.",
        "closes month-end on time; holds an MSc in Real Estate.",
    ),
    ("yardi", "experiences[0].description", "number", "start", "a €2.1bn portfolio", "a €2.8bn portfolio"),
    ("yardi", "experiences[0].bullets[0]", "duration", "end", "in 9 months.", "in 6 months."),
    (
        "yardi",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "built in Yardi ABF.",
        "built in Yardi ABF, cutting reporting effort by 35%.",
    ),
    (
        "yardi",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "portal I set up.",
        "portal I set up, shortlisted for a Yardi Client Excellence award.",
    ),
    ("yardi", "experiences[1].bullets[0]", "tool", "end", "into MRI.", "into MRI and Argus Enterprise."),
    (
        "yardi",
        "experiences[1].bullets[2]",
        "team size",
        "end",
        "Led 4 lease administrators.",
        "Led 6 lease administrators.",
    ),
    (
        "yardi",
        "experiences[1].description",
        "customer",
        "end",
        "third-party property manager.",
        "third-party property manager, chiefly for Hammerson.",
    ),
    (
        "yardi",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Built investor reports in Yardi Advanced Budgeting and Forecasting.",
    ),
    (
        "yardi",
        "experiences[0].bullets[1]",
        "date",
        "start",
        "CAM recoveries for 620",
        "In Q1 2018, CAM recoveries for 620",
    ),
]
_YARDI += [
    ("yardi", "experiences[2].bullets[0]", "number", "middle", "for ninety tenants", "for 140 tenants"),
    ("yardi", "experiences[2].bullets[2]", "tool", "end", "into Access.", "into Access and Sage 200."),
]
_YARDI_AMBIGUOUS = [
    (
        "yardi",
        "experiences[0].description",
        "owns the systems for",
        "owns Yardi and its data for",
        "system ownership includes Yardi, but 'its data' widens the claim slightly",
    ),
]

# --- Audio DSP firmware -------------------------------------------------------------------------------

_dsp = cv(
    "Audio DSP Firmware Engineer",
    "Sven Lindqvist",
    "Embedded audio engineer with 8 years writing real-time DSP firmware for headphones and conferencing "
    "devices. Works in C and Arm assembly on Cortex-M and Cadence HiFi cores, from filter design in MATLAB to "
    "cycle-counted production code.",
    [
        (
            "Senior DSP Firmware Engineer, Aurelia Sound, Malmö (Nov 2020 – present)",
            "Firmware for active noise cancelling headphones built on a Cadence HiFi 4 DSP.",
            [
                "Implemented hybrid ANC with feedforward and feedback paths at 384 kHz.",
                "Optimised the wind-noise detector from 22 to 9 MIPS.",
                "Ported the audio pipeline from Zephyr 2.7 to Zephyr 3.4.",
                "Shipped firmware in two product generations selling over 1.5 million units.",
            ],
            ["C", "Cadence HiFi 4", "Xtensa Xplorer", "Zephyr RTOS", "MATLAB"],
        ),
        (
            "DSP Engineer, Nordvoice Systems, Gothenburg (Aug 2016 – Oct 2020)",
            "Echo cancellation and beamforming for a range of conference speakerphones.",
            [
                "Wrote a 6-microphone beamformer on an Arm Cortex-M7.",
                "Cut acoustic echo canceller latency from 16 ms to 8 ms.",
                "Built a Python test harness for automated ITU-T P.862 (PESQ) measurements.",
            ],
            ["C", "Arm Cortex-M7", "CMSIS-DSP", "Python", "Audio Precision APx"],
        ),
    ],
    skills=["Active noise cancellation", "Beamforming", "Echo cancellation", "Fixed-point optimisation"],
    languages=["C", "Arm assembly", "Python", "MATLAB"],
    tools=["Xtensa Xplorer", "CMSIS-DSP", "Audio Precision APx", "Git"],
    certifications=[],
    industries=["Consumer electronics", "Unified communications"],
    spoken_languages=["Swedish", "English", "German"],
    academic_background=["MSc Electrical Engineering (Signal Processing), Chalmers University of Technology"],
)
CVS["dsp"] = {
    "source": _dsp,
    "prompt": "Job posting: Embedded Audio DSP Engineer for true-wireless earbuds. ANC, beamforming, Cadence "
    "HiFi, Zephyr RTOS, fixed-point C; experience taking firmware to mass production.",
    "honest": tailor(
        _dsp,
        "Embedded audio DSP engineer with eight years of real-time firmware for headphones and conferencing "
        "devices. Writes fixed-point C and Arm assembly for Cortex-M and Cadence HiFi cores, taking designs "
        "from MATLAB filter work through to cycle-counted production code. Has shipped ANC firmware in two "
        "product generations that sold more than 1.5 million units.",
        [
            (
                "ANC headphone firmware on a Cadence HiFi 4 DSP.",
                [
                    "Hybrid ANC (feedforward + feedback) running at 384kHz.",
                    "Wind-noise detector optimised from 22 MIPS down to 9.",
                    "Audio pipeline ported from Zephyr RTOS 2.7 to 3.4.",
                    "1.5M+ units sold across the two product generations running my firmware.",
                ],
            ),
            (
                "Acoustic echo cancellation (AEC) and beamforming for a family of conference speakerphones.",
                [
                    "Six-mic beamformer on Arm Cortex-M7.",
                    "Halved AEC latency, from 16ms to 8ms.",
                    "Python harness automating PESQ (ITU-T P.862) measurements.",
                ],
            ),
        ],
    ),
}
_DSP = [
    ("dsp", "overview", "years", "start", "with eight years of", "with thirteen years of"),
    ("dsp", "overview", "tool", "middle", "from MATLAB filter work", "from MATLAB and Simulink filter work"),
    ("dsp", "overview", "number", "end", "more than 1.5 million units.", "more than 2.5 million units."),
    ("dsp", "experiences[0].description", "version", "end", "Cadence HiFi 4 DSP.", "Cadence HiFi 5 DSP."),
    (
        "dsp",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "running at 384kHz.",
        "running at 384kHz with 35 dB of attenuation.",
    ),
    (
        "dsp",
        "experiences[0].bullets[2]",
        "version",
        "end",
        "from Zephyr RTOS 2.7 to 3.4.",
        "from Zephyr RTOS 2.7 to 3.6.",
    ),
    (
        "dsp",
        "experiences[1].description",
        "customer",
        "end",
        "conference speakerphones.",
        "conference speakerphones sold to Logitech.",
    ),
    (
        "dsp",
        "experiences[1].bullets[2]",
        "tool",
        "end",
        "(ITU-T P.862) measurements.",
        "(ITU-T P.862) and POLQA measurements.",
    ),
    (
        "dsp",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Filed a patent on low-latency double-talk detection.",
    ),
    (
        "dsp",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Cut acoustic echo canceller latency from 16 ms to 8 ms.",
    ),
    (
        "dsp",
        "experiences[0].description",
        "duration",
        "start",
        "ANC headphone firmware",
        "Four years of ANC headphone firmware",
    ),
]
_DSP_AMBIGUOUS = [
    (
        "dsp",
        "overview",
        "Has shipped ANC firmware",
        "Has taken ANC firmware to mass production",
        "1.5 million units implies mass production, but the CV does not use the phrase",
    ),
]

# --- Satellite ground-segment operations --------------------------------------------------------------

_gs = cv(
    "Ground Segment Operations Engineer",
    "Amara Nwosu",
    "Ground segment engineer with 9 years operating Earth-observation and communications satellites. Runs "
    "mission control systems, ground-station networks and flight dynamics handovers, and automates routine "
    "passes so operators can focus on anomalies.",
    [
        (
            "Ground Segment Operations Lead, Orbitex EO, Darmstadt (Jan 2021 – present)",
            "Operations of a constellation of 12 Earth-observation satellites in sun-synchronous orbit.",
            [
                "Automated pass scheduling across 7 ground stations with KSAT and own antennas.",
                "Ran launch and early orbit phase (LEOP) operations for 4 satellites.",
                "Cut anomaly response time from 45 to 15 minutes with new on-call procedures.",
                "Led a team of 9 spacecraft controllers on 24/7 shifts.",
            ],
            ["SCOS-2000", "KSAT", "Python", "GMAT", "Grafana"],
        ),
        (
            "Spacecraft Controller, Hellasat Operations Centre, Athens (Sep 2015 – Dec 2020)",
            "Real-time operations for two geostationary communications satellites.",
            [
                "Executed station-keeping manoeuvres with the flight dynamics team.",
                "Wrote 80 telecommand procedures in the mission control system.",
                "Supported in-orbit testing of a new satellite in 2017.",
            ],
            ["Epoch IPS", "Linux", "Python"],
        ),
        (
            "Graduate Engineer, Surrey Orbital Ground Station, Guildford (Sep 2014 – Aug 2015)",
            "Ground-station support for a university small-satellite programme.",
            [
                "Operated the S-band antenna for passes of 3 cubesats.",
                "Logged telemetry and flagged out-of-limit values to the mission team.",
                "Wrote Bash scripts to archive downlinked data.",
            ],
            ["GNU Radio", "Bash", "Linux"],
        ),
    ],
    skills=["Mission operations", "LEOP", "Pass planning", "Anomaly response", "Procedure writing"],
    languages=["Python", "Bash"],
    tools=["SCOS-2000", "Epoch IPS", "GMAT", "Grafana"],
    certifications=["ESA Spacecraft Operations Course"],
    industries=["Space", "Earth observation", "Satellite communications"],
    spoken_languages=["English", "German", "Yoruba"],
    academic_background=["MSc Space Engineering, TU Delft"],
)
CVS["gs"] = {
    "source": _gs,
    "prompt": "Job posting: Mission Operations Lead for a growing SAR constellation. LEOP experience, "
    "pass automation, ground-station-as-a-service providers, leading controllers on a 24/7 rota.",
    "honest": tailor(
        _gs,
        "Ground segment engineer who has spent nine years operating Earth-observation and comms satellites. "
        "Runs mission control systems and ground-station networks, hands over with flight dynamics, and "
        "automates routine passes so that operators can concentrate on anomalies. Has led LEOP for four "
        "satellites and a team of nine controllers on round-the-clock shifts.",
        [
            (
                "Runs operations for Orbitex's constellation of a dozen sun-synchronous Earth-observation satellites.",
                [
                    "Automated pass scheduling over seven ground stations (KSAT plus own antennas).",
                    "Ran launch and early orbit phase operations for 4 satellites.",
                    "Anomaly response down from 45 to 15 min thanks to new on-call procedures.",
                    "Led 9 spacecraft controllers on 24/7 shifts.",
                ],
            ),
            (
                "Real-time ops for two GEO communications satellites.",
                [
                    "Carried out station-keeping manoeuvres with flight dynamics.",
                    "80 telecommand procedures written in the MCS.",
                    "Supported in-orbit testing of a new satellite (2017).",
                ],
            ),
            (
                "Supported the ground station of a university small-sat programme.",
                [
                    "S-band antenna operations for three cubesats' passes.",
                    "Telemetry logging, with out-of-limit values flagged to the mission team.",
                    "Bash archiving of downlinked data.",
                ],
            ),
        ],
    ),
}
_GS = [
    ("gs", "overview", "years", "middle", "spent nine years operating", "spent sixteen years operating"),
    ("gs", "overview", "number", "end", "for four satellites", "for six satellites"),
    (
        "gs",
        "overview",
        "certified",
        "start",
        "Ground segment engineer who",
        "ECSS-certified ground segment engineer who",
    ),
    (
        "gs",
        "experiences[0].description",
        "number",
        "middle",
        "of a dozen sun-synchronous",
        "of eighteen sun-synchronous",
    ),
    (
        "gs",
        "experiences[0].bullets[0]",
        "customer",
        "end",
        "(KSAT plus own antennas).",
        "(KSAT, AWS Ground Station plus own antennas).",
    ),
    (
        "gs",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "new on-call procedures.",
        "new on-call procedures, lifting availability to 99.8%.",
    ),
    (
        "gs",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "Led 9 spacecraft controllers",
        "Led 14 spacecraft controllers",
    ),
    ("gs", "experiences[1].bullets[2]", "date", "end", "(2017).", "(2018)."),
    (
        "gs",
        "experiences[1].description",
        "tool",
        "end",
        "GEO communications satellites.",
        "GEO communications satellites, commanded through Kratos quantumCMD.",
    ),
    (
        "gs",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Planned the end-of-life graveyard orbit raise of a retiring satellite.",
    ),
    (
        "gs",
        "experiences[1].bullets[0]",
        "recognition",
        "end",
        "with flight dynamics.",
        "with flight dynamics, earning the operator's Team Excellence Award.",
    ),
]
_GS += [
    (
        "gs",
        "experiences[2].bullets[0]",
        "tool",
        "middle",
        "S-band antenna operations",
        "S-band and X-band antenna operations",
    ),
    (
        "gs",
        "experiences[2].bullets[1]",
        "moved bullet",
        "start",
        "Telemetry logging, with out-of-limit values flagged to the mission team.",
        "Wrote 80 telecommand procedures in the mission control system.",
    ),
]
_GS_AMBIGUOUS = [
    (
        "gs",
        "experiences[0].bullets[0]",
        "Automated pass scheduling",
        "Automated ground-station-as-a-service pass scheduling",
        "KSAT is a ground-station-as-a-service provider, but the CV does not describe it that way",
    ),
]

# --- Distributed control systems in chemical plants ---------------------------------------------------

_dcs = cv(
    "DCS Lead Engineer",
    "Karin Vogel",
    "Process control engineer with 14 years on distributed control systems in chemical and petrochemical "
    "plants. Configures and migrates Emerson DeltaV and Honeywell Experion PKS, writes control narratives and "
    "leads factory and site acceptance tests. Works to IEC 61511 on safety instrumented functions.",
    [
        (
            "DCS Lead Engineer, Rhein Chemie Services, Ludwigshafen (Jun 2019 – present)",
            "Migration of a polymer plant's legacy Honeywell TDC 3000 to Experion PKS R520 without an extended "
            "shutdown.",
            [
                "Led hot cutover of 2,800 I/O points during a 21-day turnaround.",
                "Wrote control narratives and cause-and-effect matrices for 14 process units.",
                "Ran FAT and SAT with the customer's operations and safety teams.",
                "Tuned 180 PID loops after start-up, reducing reactor temperature variance by 40%.",
            ],
            ["Honeywell Experion PKS R520", "TDC 3000", "Safety Manager", "Control Builder", "PlantCruise"],
        ),
        (
            "Control Systems Engineer, Vantera Engineering, Antwerp (Sep 2010 – May 2019)",
            "DeltaV projects for specialty chemical clients in Belgium and the Netherlands.",
            [
                "Configured DeltaV 13 batch control to ISA-88 for a 3-reactor resin line.",
                "Built operator graphics in DeltaV Live for 6 units.",
                "Commissioned a DeltaV SIS for 35 safety instrumented functions.",
                "Wrote alarm rationalisation to EEMUA 191, cutting standing alarms by two thirds.",
            ],
            ["Emerson DeltaV 13", "DeltaV SIS", "DeltaV Live", "ISA-88", "OSIsoft PI"],
        ),
    ],
    skills=["DCS migration", "Batch control", "Alarm management", "FAT/SAT", "Loop tuning"],
    tools=["DeltaV", "Experion PKS", "Safety Manager", "OSIsoft PI"],
    languages=["Structured Text"],
    certifications=["TÜV Functional Safety Engineer (SIS)"],
    industries=["Chemicals", "Petrochemicals"],
    spoken_languages=["German", "English", "Dutch"],
    academic_background=["Dipl.-Ing. Chemical Engineering, RWTH Aachen"],
)
CVS["dcs"] = {
    "source": _dcs,
    "prompt": "Job posting: Lead DCS Engineer, brownfield migration of a chemicals site from legacy Honeywell to "
    "Experion PKS; DeltaV knowledge welcome. Must have led FAT/SAT and hot cutovers; IEC 61511 competence.",
    "honest": tailor(
        _dcs,
        "Process control engineer with fourteen years of DCS work in chemical and petrochemical plants. "
        "Configures and migrates Experion PKS and DeltaV, writes control narratives and leads factory and site "
        "acceptance tests (FAT/SAT). A TÜV Functional Safety Engineer who works to IEC 61511 on safety "
        "instrumented functions and has led a hot cutover of a legacy Honeywell system.",
        [
            (
                "Brownfield migration of a polymer plant from Honeywell TDC 3000 to Experion PKS R520, avoiding an "
                "extended shutdown.",
                [
                    "2,800 I/O points cut over hot during a three-week turnaround.",
                    "Control narratives and C&E matrices written for fourteen process units.",
                    "Led FAT/SAT alongside the customer's operations and safety teams.",
                    "Reactor temperature variance down 40% after tuning 180 PID loops post start-up.",
                ],
            ),
            (
                "Emerson DeltaV projects for speciality chemical clients in Belgium and the Netherlands.",
                [
                    "ISA-88 batch control in DeltaV 13 for a three-reactor resin line.",
                    "DeltaV Live operator graphics for six units.",
                    "Commissioned DeltaV SIS covering 35 SIFs.",
                    "EEMUA 191 alarm rationalisation cut standing alarms by 2/3.",
                ],
            ),
        ],
    ),
}
_DCS = [
    ("dcs", "overview", "years", "middle", "with fourteen years of", "with twenty years of"),
    ("dcs", "overview", "tool", "middle", "Experion PKS and DeltaV", "Experion PKS, DeltaV and Yokogawa CENTUM VP"),
    ("dcs", "overview", "certification", "start", "A TÜV Functional Safety Engineer", "A TÜV Functional Safety Expert"),
    ("dcs", "experiences[0].description", "version", "middle", "Experion PKS R520", "Experion PKS R530"),
    (
        "dcs",
        "experiences[0].description",
        "customer",
        "start",
        "Brownfield migration of a polymer plant",
        "Brownfield migration of BASF's polymer plant",
    ),
    (
        "dcs",
        "experiences[0].bullets[0]",
        "duration",
        "end",
        "during a three-week turnaround.",
        "during a two-week turnaround.",
    ),
    (
        "dcs",
        "experiences[0].bullets[3]",
        "number",
        "end",
        "180 PID loops post start-up.",
        "240 PID loops post start-up.",
    ),
    (
        "dcs",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "operations and safety teams.",
        "operations and safety teams, closing 98% of punch items before start-up.",
    ),
    ("dcs", "experiences[1].bullets[0]", "version", "middle", "in DeltaV 13 for", "in DeltaV 14 for"),
    (
        "dcs",
        "experiences[1].description",
        "date",
        "end",
        "Belgium and the Netherlands.",
        "Belgium and the Netherlands from 2008.",
    ),
    (
        "dcs",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Wrote control narratives and cause-and-effect matrices for 14 process units.",
    ),
    (
        "dcs",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Developed an MPC layer on DeltaV PredictPro for the resin reactors.",
    ),
]
_DCS_AMBIGUOUS = [
    (
        "dcs",
        "experiences[1].bullets[2]",
        "Commissioned DeltaV SIS",
        "Commissioned and proof-tested DeltaV SIS",
        "proof testing is normal SIS work, but the CV only says commissioned",
    ),
]

# --- Airport baggage handling systems -----------------------------------------------------------------

_bhs = cv(
    "Baggage Handling Systems Engineer",
    "Daniel Osei",
    "Controls and software engineer with 10 years on airport baggage handling systems. Commissions PLC and "
    "SCADA controls for conveyors, hold baggage screening and early bag stores, and integrates the BHS with "
    "airline departure control through BSM messages.",
    [
        (
            "BHS Commissioning Lead, Skyhaul Systems, Manchester (Apr 2020 – Mar 2024)",
            "New Terminal 2 baggage system at Manchester Airport with 4.5 km of conveyors and 9 screening lines.",
            [
                "Commissioned Siemens S7-1500 PLC code for 1,100 conveyor zones.",
                "Integrated Standard 3 hold baggage screening with Smiths Detection CT machines.",
                "Raised system throughput to 3,600 bags per hour in trials.",
                "Brought the mishandled-bag rate below 1 per 1,000 within six months of opening.",
            ],
            ["Siemens S7-1500", "TIA Portal", "WinCC OA", "BSM/BPM", "Smiths Detection"],
        ),
        (
            "Controls Engineer, Conveyline, Birmingham (Jul 2014 – Mar 2020)",
            "Controls upgrades and service for regional airport baggage systems.",
            [
                "Replaced Allen-Bradley PLC-5 controllers with ControlLogix at 3 airports.",
                "Wrote SCADA screens for 24/7 baggage control rooms.",
                "Built a bag tracking report from BSM data in SQL Server.",
            ],
            ["Allen-Bradley ControlLogix", "RSLogix 5000", "FactoryTalk View", "SQL Server"],
        ),
    ],
    skills=["PLC programming", "SCADA", "Hold baggage screening", "Commissioning", "Airline messaging"],
    languages=["Structured Text", "Ladder logic", "SQL"],
    tools=["TIA Portal", "WinCC OA", "RSLogix 5000", "FactoryTalk View"],
    certifications=["CompEx Ex01-Ex04", "Siemens TIA Portal Programming 2"],
    industries=["Aviation", "Airports"],
    spoken_languages=["English", "Twi"],
    academic_background=["BEng Electrical and Electronic Engineering, University of Leeds"],
)
CVS["bhs"] = {
    "source": _bhs,
    "prompt": "Customer brief: a European hub airport is replacing its baggage system and needs a commissioning "
    "lead for PLC/SCADA, Standard 3 screening integration and BSM interfaces to airline departure control.",
    "honest": tailor(
        _bhs,
        "Controls and software engineer with a decade on airport baggage handling systems (BHS). Commissions "
        "PLC and SCADA controls for conveyors, hold baggage screening and early bag stores. Integrates the BHS "
        "with airlines' departure control through BSM messages, and led commissioning of Manchester Airport's "
        "new Terminal 2 baggage system.",
        [
            (
                "Manchester Airport's new T2 baggage system: 4.5km of conveyor, nine screening lines.",
                [
                    "1,100 conveyor zones of Siemens S7-1500 PLC code commissioned.",
                    "Standard 3 HBS integrated with Smiths Detection CT machines.",
                    "3,600 bags/hour throughput reached in trials.",
                    "Mishandled bags under 1 in 1,000 within 6 months of opening.",
                ],
            ),
            (
                "Controls upgrades and servicing of baggage systems at regional airports.",
                [
                    "Swapped Allen-Bradley PLC-5s for ControlLogix at three airports.",
                    "SCADA screens for baggage control rooms running round the clock.",
                    "SQL Server bag-tracking report built from BSM data.",
                ],
            ),
        ],
    ),
}
_BHS = [
    ("bhs", "overview", "years", "middle", "with a decade on airport", "with fifteen years on airport"),
    (
        "bhs",
        "overview",
        "customer",
        "end",
        "new Terminal 2 baggage system.",
        "new Terminal 2 baggage system and Heathrow's T5.",
    ),
    (
        "bhs",
        "overview",
        "degree",
        "start",
        "Controls and software engineer",
        "Chartered controls and software engineer (MEng)",
    ),
    ("bhs", "experiences[0].description", "number", "end", "nine screening lines.", "eleven screening lines."),
    (
        "bhs",
        "experiences[0].bullets[0]",
        "version",
        "start",
        "1,100 conveyor zones of Siemens S7-1500",
        "1,100 conveyor zones of Siemens S7-1500 (TIA Portal V18)",
    ),
    (
        "bhs",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "Smiths Detection CT machines.",
        "Smiths Detection and Rapiscan CT machines.",
    ),
    (
        "bhs",
        "experiences[0].bullets[3]",
        "duration",
        "end",
        "within 6 months of opening.",
        "within 3 months of opening.",
    ),
    (
        "bhs",
        "experiences[1].description",
        "team size",
        "end",
        "at regional airports.",
        "at regional airports with a crew of 12 technicians.",
    ),
    (
        "bhs",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "running round the clock.",
        "running round the clock, cutting operator alarms by 30%.",
    ),
    (
        "bhs",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed an RFID bag-tag reader upgrade for the transfer line.",
    ),
    (
        "bhs",
        "experiences[1].bullets[0]",
        "certification",
        "end",
        "at three airports.",
        "at three airports as a Rockwell Certified Engineer.",
    ),
]
_BHS_AMBIGUOUS = [
    (
        "bhs",
        "experiences[0].bullets[2]",
        "reached in trials.",
        "reached.",
        "dropping 'in trials' turns a trial figure into an operating one",
    ),
]

# --- Smart-contract engineering -----------------------------------------------------------------------

_sol = cv(
    "Smart Contract Engineer",
    "Elena Petrova",
    "Smart-contract engineer with five years writing and auditing Solidity for DeFi protocols. Works with "
    "Foundry and Hardhat, writes invariant and fuzz tests, and has led security reviews that found critical "
    "bugs before mainnet.",
    [
        (
            "Lead Solidity Engineer, Tidewater Labs, Lisbon (Mar 2022 – present)",
            "Core contracts for a lending protocol on Ethereum and Arbitrum holding about $180M in deposits.",
            [
                "Wrote the interest-rate and liquidation modules in Solidity 0.8.20.",
                "Reached 100% branch coverage with Foundry fuzz and invariant tests.",
                "Cut gas on liquidations by 28% by packing storage slots.",
                "Coordinated two external audits and fixed all high-severity findings before launch.",
            ],
            ["Solidity 0.8.20", "Foundry", "OpenZeppelin Contracts", "Chainlink", "Arbitrum"],
        ),
        (
            "Security Researcher, Blockguard Audits, remote (Jan 2020 – Feb 2022)",
            "Manual code review of DeFi protocols for an audit firm.",
            [
                "Took part in 22 audits of DEX, staking and bridge contracts.",
                "Found 9 critical issues, including a reentrancy bug in a bridge.",
                "Wrote Slither detectors for common access-control mistakes.",
            ],
            ["Solidity", "Hardhat", "Slither", "Echidna", "Python"],
        ),
        (
            "Backend Developer, Quanta Payments, Moscow (Aug 2017 – Dec 2019)",
            "Payment-gateway backend services for online merchants.",
            [
                "Built reconciliation jobs in Python for card settlement files.",
                "Wrote TypeScript services for merchant webhooks.",
                "Took part in the on-call rota for the payments API.",
            ],
            ["Python", "TypeScript", "PostgreSQL", "Docker"],
        ),
    ],
    skills=["Smart-contract auditing", "DeFi protocol design", "Fuzzing", "Gas optimisation"],
    languages=["Solidity", "Python", "TypeScript"],
    tools=["Foundry", "Hardhat", "Slither", "Echidna", "OpenZeppelin"],
    certifications=[],
    industries=["Decentralised finance"],
    spoken_languages=["Russian", "English", "Portuguese"],
    academic_background=["MSc Mathematics, Lomonosov Moscow State University"],
)
CVS["sol"] = {
    "source": _sol,
    "prompt": "Job posting: Senior Solidity Engineer, DeFi lending protocol. Foundry, invariant testing, gas "
    "optimisation, audit coordination and prior auditing experience.",
    "honest": tailor(
        _sol,
        "Solidity engineer with 5 years of writing and auditing smart contracts for DeFi protocols, including "
        "the core contracts of a lending protocol holding around $180 million. Builds with Foundry and Hardhat "
        "and relies on fuzz and invariant testing. Has led security reviews that caught critical bugs ahead of "
        "mainnet and coordinated two external audits.",
        [
            (
                "Core lending-protocol contracts on Ethereum and Arbitrum, with roughly $180M deposited.",
                [
                    "Interest-rate and liquidation modules written in Solidity 0.8.20.",
                    "Full branch coverage through Foundry fuzz and invariant tests.",
                    "Liquidation gas down 28% from storage-slot packing.",
                    "Coordinated 2 external audits; every high-severity finding fixed pre-launch.",
                ],
            ),
            (
                "Manual review of DeFi protocol code at an audit firm.",
                [
                    "Worked on twenty-two audits covering DEX, staking and bridge contracts.",
                    "Nine critical issues found.",
                    "One was a bridge reentrancy bug.",
                    "Slither detectors for common access-control mistakes.",
                ],
            ),
            (
                "Backend services for a payment gateway serving online merchants.",
                [
                    "Python reconciliation jobs for card settlement files.",
                    "Merchant webhook services in TypeScript.",
                    "On call for the payments API.",
                ],
            ),
        ],
    ),
}
_SOL = [
    ("sol", "overview", "years", "start", "Solidity engineer with 5 years", "Solidity engineer with 11 years"),
    ("sol", "overview", "number", "middle", "around $180 million", "around $240 million"),
    (
        "sol",
        "overview",
        "recognition",
        "end",
        "coordinated two external audits.",
        "coordinated two external audits; top-ten finisher on Code4rena.",
    ),
    (
        "sol",
        "experiences[0].description",
        "tool",
        "end",
        "on Ethereum and Arbitrum, with",
        "on Ethereum, Arbitrum and Optimism, with",
    ),
    ("sol", "experiences[0].bullets[0]", "version", "end", "in Solidity 0.8.20.", "in Solidity 0.8.24."),
    (
        "sol",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "from storage-slot packing.",
        "from storage-slot packing, saving users $1.2M a year.",
    ),
    (
        "sol",
        "experiences[0].bullets[3]",
        "customer",
        "middle",
        "Coordinated 2 external audits",
        "Coordinated 2 external audits with Trail of Bits",
    ),
    ("sol", "experiences[1].bullets[0]", "number", "middle", "twenty-two audits", "thirty-two audits"),
    (
        "sol",
        "experiences[1].description",
        "certification",
        "start",
        "Manual review of DeFi",
        "As a Certified Blockchain Security Professional, manual review of DeFi",
    ),
    (
        "sol",
        "experiences[1].bullets[3]",
        "tool",
        "end",
        "access-control mistakes.",
        "access-control mistakes, plus Certora formal specs.",
    ),
    (
        "sol",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Cut gas on liquidations by 28% by packing storage slots.",
    ),
    (
        "sol",
        "experiences[1].bullets[2]",
        "date",
        "end",
        "a bridge reentrancy bug.",
        "a bridge reentrancy bug in March 2021.",
    ),
]
_SOL += [
    (
        "sol",
        "experiences[2].bullets[1]",
        "tool",
        "middle",
        "webhook services in TypeScript",
        "webhook services in TypeScript and Go",
    ),
    (
        "sol",
        "experiences[2].bullets[0]",
        "metric",
        "end",
        "card settlement files.",
        "card settlement files, matching 99.9% automatically.",
    ),
]
_SOL_AMBIGUOUS = [
    (
        "sol",
        "experiences[0].bullets[1]",
        "Full branch coverage",
        "Full line and branch coverage",
        "line coverage follows from 100% branch coverage in practice, but the CV only states branch coverage",
    ),
]

# --- Digital accessibility ----------------------------------------------------------------------------

_a11y = cv(
    "Digital Accessibility Specialist",
    "Hannah Whitfield",
    "Digital accessibility specialist with 7 years auditing and fixing websites and apps against WCAG 2.1 and "
    "2.2. Tests with screen readers and other assistive technology, trains design and engineering teams, and "
    "turns audit findings into backlog items teams actually fix.",
    [
        (
            "Accessibility Lead, Civic Digital Studio, Bristol (Feb 2021 – present)",
            "Accessibility for public-sector digital services built to the GOV.UK Design System.",
            [
                "Audited 30 services against WCAG 2.2 AA and the Public Sector Bodies Accessibility Regulations.",
                "Tested with JAWS, NVDA, VoiceOver and Dragon NaturallySpeaking.",
                "Wrote 16 accessibility statements for published services.",
                "Ran usability sessions with 40 disabled participants.",
                "Added axe-core checks to the CI pipeline of 12 repositories.",
            ],
            ["axe-core", "JAWS", "NVDA", "VoiceOver", "GOV.UK Design System"],
        ),
        (
            "Front-end Developer, Brightform Agency, Bath (Jun 2017 – Jan 2021)",
            "Front-end development for charity and higher-education websites.",
            [
                "Rebuilt a university course finder to WCAG 2.1 AA.",
                "Created an accessible React component library used on 8 client sites.",
                "Ran lunchtime accessibility training for 25 colleagues.",
            ],
            ["React", "TypeScript", "Storybook", "Lighthouse"],
        ),
        (
            "Junior Web Designer, Severn Creative, Gloucester (Sep 2015 – May 2017)",
            "Web design for local businesses and charities.",
            [
                "Designed and built around 20 WordPress sites.",
                "Checked colour contrast and keyboard access before launch.",
                "Produced easy-read versions of content for a disability charity.",
            ],
            ["WordPress", "HTML", "CSS", "Photoshop"],
        ),
    ],
    skills=["WCAG auditing", "Assistive technology testing", "Inclusive design", "Accessibility training"],
    languages=["HTML", "CSS", "JavaScript", "TypeScript"],
    tools=["axe DevTools", "JAWS", "NVDA", "VoiceOver", "Lighthouse"],
    certifications=["IAAP Certified Professional in Accessibility Core Competencies (CPACC)"],
    industries=["Public sector", "Higher education", "Charities"],
    spoken_languages=["English", "British Sign Language (Level 2)"],
    academic_background=["BA Graphic Design, University of the West of England"],
)
CVS["a11y"] = {
    "source": _a11y,
    "prompt": "Job posting: Senior Accessibility Specialist for a government digital team. WCAG 2.2 AA audits, "
    "assistive technology testing, accessibility statements, research with disabled users, automated checks "
    "in CI. CPACC or WAS preferred.",
    "honest": tailor(
        _a11y,
        "CPACC-certified digital accessibility specialist with seven years of auditing and fixing websites and "
        "apps against WCAG 2.1 and 2.2. Tests with screen readers and other assistive tech (AT). Trains "
        "design and engineering teams and turns audit findings into backlog items that teams really do fix.",
        [
            (
                "Since Feb 2021, accessibility of public-sector services built on the GOV.UK Design System.",
                [
                    "30 services audited against WCAG 2.2 AA and the Public Sector Bodies Accessibility Regulations.",
                    "AT testing: JAWS, NVDA, VoiceOver, Dragon.",
                    "Sixteen accessibility statements written for live services.",
                    "Usability research with forty disabled participants.",
                    "Automated axe-core checks in CI for a dozen repositories.",
                ],
            ),
            (
                "Front-end development of websites for charities and higher education.",
                [
                    "University course finder rebuilt to WCAG 2.1 AA; accessible React component library created "
                    "and reused on 8 client sites.",
                    "Lunchtime accessibility training for twenty-five colleagues.",
                ],
            ),
            (
                "Designed websites for local businesses and charities.",
                [
                    "About twenty WordPress sites designed and built.",
                    "Pre-launch checks of colour contrast and keyboard access.",
                    "Easy-read content versions for a disability charity.",
                ],
            ),
        ],
    ),
}
_A11Y = [
    ("a11y", "overview", "certification", "start", "CPACC-certified digital", "CPACC- and WAS-certified digital"),
    ("a11y", "overview", "years", "middle", "with seven years of", "with thirteen years of"),
    ("a11y", "overview", "customer", "end", "really do fix.", "really do fix, including at HMRC and the NHS."),
    (
        "a11y",
        "experiences[0].description",
        "version",
        "end",
        "on the GOV.UK Design System.",
        "on the GOV.UK Design System v5.",
    ),
    ("a11y", "experiences[0].bullets[0]", "number", "start", "30 services audited", "45 services audited"),
    ("a11y", "experiences[0].bullets[1]", "tool", "end", "VoiceOver, Dragon.", "VoiceOver, Dragon, TalkBack."),
    (
        "a11y",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "forty disabled participants.",
        "forty disabled participants, raising task completion to 92%.",
    ),
    (
        "a11y",
        "experiences[0].bullets[4]",
        "team size",
        "start",
        "Automated axe-core checks",
        "With a team of six, automated axe-core checks",
    ),
    (
        "a11y",
        "experiences[1].description",
        "degree",
        "end",
        "charities and higher education.",
        "charities and higher education, after an MSc in Human-Computer Interaction.",
    ),
    (
        "a11y",
        "experiences[1].bullets[0]",
        "customer",
        "start",
        "University course finder",
        "University of Bath course finder",
    ),
    (
        "a11y",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "twenty-five colleagues.",
        "twenty-five colleagues, winning the agency's Inclusion Champion award.",
    ),
    (
        "a11y",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Wrote 16 accessibility statements for published services.",
    ),
    (
        "a11y",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Introduced Storybook accessibility snapshots across the design system.",
    ),
]
_A11Y += [
    (
        "a11y",
        "experiences[2].bullets[1]",
        "tool",
        "middle",
        "of colour contrast and keyboard",
        "of colour contrast (with WAVE) and keyboard",
    ),
    (
        "a11y",
        "experiences[2].bullets[2]",
        "customer",
        "middle",
        "for a disability charity",
        "for Scope, a disability charity",
    ),
]
_A11Y_AMBIGUOUS = [
    (
        "a11y",
        "experiences[0].bullets[1]",
        "AT testing:",
        "Screen reader and voice control testing:",
        "Dragon is voice recognition; 'voice control' is a fair reading but the CV does not say it",
    ),
]

INJECTED = _N4 + _VFX + _ARGUS + _RED + _CW + _YARDI + _DSP + _GS + _DCS + _BHS + _SOL + _A11Y
AMBIGUOUS_EDITS = (
    _N4_AMBIGUOUS
    + _VFX_AMBIGUOUS
    + _ARGUS_AMBIGUOUS
    + _RED_AMBIGUOUS
    + _CW_AMBIGUOUS
    + _YARDI_AMBIGUOUS
    + _DSP_AMBIGUOUS
    + _GS_AMBIGUOUS
    + _DCS_AMBIGUOUS
    + _BHS_AMBIGUOUS
    + _SOL_AMBIGUOUS
    + _A11Y_AMBIGUOUS
)

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, INJECTED)
AMBIGUOUS = build(CVS, AMBIGUOUS_EDITS, with_reason=True)
GUARD_FLOOR = {"caught": 149, "touched": 1}
CATCH_NOT_MET = "set O: 149/150 injected claims caught (99.3%; blind 147/150)"
