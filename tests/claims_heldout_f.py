"""Blind set F for the free-text claims guard (issue 20): fourteen hand-written CVs (avionics, retail
demand planning, HR analytics, healthcare integration, automotive infotainment, energy trading,
e-discovery, construction BIM, procurement, site reliability, localisation, QA automation, data
privacy, IT project management), each with a job posting or customer brief and one honest tailoring
of every text, weighted towards honest rewording of many styles (close paraphrase, aggressive
restructuring, posting keywords, results first, very short). Single claims are injected into the
honest tailoring (``_F``); debatable edits are kept apart with their reason (``_A``).

Written blind: without reading the guard's code, its documentation, its tests or the other sets; only
the shape of a set (``tests/claims_blind_set.py``) and its shape checks were read."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}
_F = []
_A = []


def _case(key, source, prompt, overview, experiences):
    CVS[key] = {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


# --- avionics: close paraphrase --------------------------------------------------------------------
_case(
    "avionics",
    cv(
        "Senior Avionics Software Engineer",
        "Ingrid Halvorsen",
        "Avionics software engineer with 11 years of experience developing safety-critical embedded software "
        "to DO-178C Level A and B. Works in C and Ada on flight management and display systems, owns "
        "requirements-based testing and structural coverage analysis, and has supported three certification "
        "audits with EASA and the FAA.",
        [
            (
                "Lead Software Engineer, Nordavia Systems (2019–2024)",
                "Flight management system software for a regional turboprop programme, developed to DO-178C Level A.",
                [
                    "Led a team of 6 engineers writing low-level requirements and C code for the lateral navigation module.",
                    "Reduced MC/DC coverage gaps from 14% to under 2% by restructuring the test harness in VectorCAST.",
                    "Prepared the Software Accomplishment Summary and supported the stage of involvement 4 audit with EASA.",
                    "Introduced static analysis with Polyspace, cutting review findings by 40% per release.",
                ],
                ["C", "VectorCAST", "Polyspace", "DOORS", "Git", "VxWorks 653"],
            ),
            (
                "Software Engineer, Aerotrim Displays (2015–2019)",
                "Cockpit display software for business jets, developed to DO-178C Level B.",
                [
                    "Implemented ARINC 661 widgets in Ada for the primary flight display.",
                    "Wrote 1,200 requirements-based test cases and traced them in DOORS.",
                    "Cut the build-to-test cycle from 3 days to 8 hours by scripting the test rig in Python.",
                ],
                ["Ada", "ARINC 661", "DOORS", "Python", "LDRA"],
            ),
            (
                "Graduate Engineer, Skyline Aero (2013–2015)",
                "Verification of engine monitoring software on a two-year graduate programme.",
                [
                    "Executed hardware-in-the-loop tests for the engine indication system.",
                    "Reviewed 300 problem reports and closed the backlog before the FAA audit.",
                    "Maintained LDRA coverage reports for each software baseline.",
                ],
                ["C", "LDRA", "dSPACE"],
            ),
        ],
        skills=["DO-178C", "DO-330 tool qualification", "MC/DC coverage", "requirements-based testing"],
        languages=["C", "Ada", "Python"],
        tools=["VectorCAST", "LDRA", "Polyspace", "DOORS", "Git"],
        certifications=["ISTQB Certified Tester Foundation Level"],
        industries=["Aerospace"],
        spoken_languages=["Norwegian", "English"],
        academic_background=["MSc Aerospace Engineering, NTNU"],
    ),
    "Customer brief: an eVTOL manufacturer needs a DO-178C software lead for its flight control computer. "
    "Level A experience, MC/DC, model-based development with SCADE and Simulink, ARP4754A, leading "
    "verification teams; EASA certification experience is a plus.",
    "Avionics software engineer with eleven years in safety-critical embedded software built to DO-178C "
    "Levels A and B. Writes C and Ada for flight management and cockpit display systems, owns "
    "requirements-based testing and structural coverage analysis, and has supported three certification "
    "audits with the FAA and EASA.",
    [
        (
            "At Nordavia Systems from 2019 to 2024: flight management system software for a regional turboprop "
            "programme, built to DO-178C Level A.",
            [
                "Led six engineers writing low-level requirements and C code for the lateral navigation module.",
                "Restructured the VectorCAST test harness, bringing MC/DC coverage gaps down from 14 % to below 2 %.",
                "Prepared the Software Accomplishment Summary (SAS) and supported EASA's stage of involvement 4 audit.",
                "Brought in Polyspace static analysis, which cut review findings per release by 40 percent.",
            ],
        ),
        (
            "Business-jet cockpit display software, developed to DO-178C Level B (Aerotrim Displays, 2015–2019).",
            [
                "Built ARINC 661 widgets for the primary flight display in Ada.",
                "Authored 1200 requirements-based test cases with traceability in DOORS.",
                "Scripted the test rig in Python, shrinking the build-to-test cycle from three days to eight hours.",
            ],
        ),
        (
            "Two-year graduate programme verifying engine monitoring software.",
            [
                "Ran hardware-in-the-loop testing of the engine indication system.",
                "Closed a backlog of 300 problem reports ahead of the FAA audit.",
                "Kept the LDRA coverage reports up to date for every software baseline.",
            ],
        ),
    ],
)

# --- retail demand planning: posting keywords --------------------------------------------------------
_case(
    "demand",
    cv(
        "Demand Planning Consultant",
        "Marcus Oyelaran",
        "Supply chain consultant specialising in retail demand planning. Has implemented Kinaxis RapidResponse "
        "and o9 for grocery and fashion retailers, designed statistical forecasting models and run sales and "
        "operations planning cycles. Eight years in consulting after four years as a planner.",
        [
            (
                "Senior Consultant, Brightline Supply Partners (2020–2024)",
                "Demand planning transformations for UK and Nordic retailers on Kinaxis and o9.",
                [
                    "Configured o9 demand sensing for a grocery chain with 420 stores, lifting forecast accuracy from 61% to 74%.",
                    "Built promotion uplift models in Python that replaced spreadsheet estimates for 3 category teams.",
                    "Ran weekly S&OP meetings with merchandising, finance and logistics leads.",
                    "Cut excess stock at the distribution centres by £3.2m within 18 months.",
                ],
                ["o9", "Kinaxis RapidResponse", "Python", "SQL", "Power BI"],
            ),
            (
                "Consultant, Brightline Supply Partners (2016–2020)",
                "Kinaxis RapidResponse implementations for fashion retail.",
                [
                    "Designed the size-curve allocation logic for a fashion retailer selling in 12 countries.",
                    "Migrated 5 years of sales history from legacy JDA into RapidResponse.",
                    "Trained 40 planners in exception-based planning.",
                ],
                ["Kinaxis RapidResponse", "JDA", "SQL", "Excel"],
            ),
            (
                "Demand Planner, Northgate Foods (2012–2016)",
                "Forecasting for the chilled and frozen categories of a food manufacturer.",
                [
                    "Owned the weekly forecast for 900 SKUs.",
                    "Reduced waste on short-life lines by a quarter through tighter safety stock settings.",
                ],
                ["SAP APO", "Excel"],
            ),
        ],
        skills=["demand planning", "statistical forecasting", "S&OP", "inventory optimisation", "promotion planning"],
        languages=["Python", "SQL"],
        tools=["Kinaxis RapidResponse", "o9", "SAP APO", "Power BI", "JDA"],
        certifications=["APICS CPIM"],
        industries=["Retail", "Grocery", "Fashion", "Food manufacturing"],
        spoken_languages=["English", "Yoruba"],
        academic_background=["BSc Operational Research, University of Warwick"],
    ),
    "Job posting: Lead Demand Planning Architect for a global retailer. Drive forecast accuracy and "
    "inventory optimization on o9 Solutions and Blue Yonder; integrated business planning (IBP); machine "
    "learning forecasting; stakeholder management across merchandising and supply.",
    "Supply chain consultant focused on retail demand planning and forecast accuracy. Implemented o9 "
    "Solutions and Kinaxis RapidResponse for grocery and fashion retailers, designed statistical "
    "forecasting models and ran S&OP cycles with merchandising, finance and logistics. Eight years in consulting, "
    "after four as a planner.",
    [
        (
            "Brightline Supply Partners, 2020–2024: retail demand planning transformations on o9 and Kinaxis "
            "for UK and Nordic retailers.",
            [
                "Forecast accuracy up from 61% to 74% for a 420-store grocery chain after configuring o9 demand sensing.",
                "Replaced spreadsheet promotion estimates for three category teams with Python uplift models.",
                "Led the weekly sales and operations planning meeting with merchandising, finance and logistics leads.",
                "Inventory optimization: excess distribution-centre stock down by GBP 3.2 million in a year and a half.",
            ],
        ),
        (
            "RapidResponse implementations for fashion retailers (Brightline, 2016–2020).",
            [
                "Size-curve allocation logic designed for a fashion retailer trading in twelve countries.",
                "Five years of sales history migrated from legacy JDA to Kinaxis RapidResponse.",
                "Forty planners trained in exception-based planning.",
            ],
        ),
        (
            "Chilled and frozen category forecasting at Northgate Foods, a food manufacturer, 2012–2016.",
            [
                "Owned the weekly forecast across 900 SKUs.",
                "Tighter safety-stock settings cut waste on short-life lines by 25 per cent.",
            ],
        ),
    ],
)

_F += [
    ("avionics", "overview", "years", "start", "with eleven years", "with fourteen years"),
    (
        "avionics",
        "overview",
        "tool",
        "end",
        "with the FAA and EASA.",
        "with the FAA and EASA, using SCADE and Simulink.",
    ),
    (
        "avionics",
        "experiences[0].description",
        "customer",
        "middle",
        "for a regional turboprop",
        "for the ATR 72 regional turboprop",
    ),
    ("avionics", "experiences[0].description", "date", "start", "from 2019 to 2024", "from 2017 to 2024"),
    ("avionics", "experiences[0].bullets[0]", "team size", "start", "Led six engineers", "Led twelve engineers"),
    ("avionics", "experiences[0].bullets[1]", "number", "middle", "from 14 % to", "from 24 % to"),
    (
        "avionics",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "by 40 percent.",
        "by 40 percent and halved audit preparation time.",
    ),
    (
        "avionics",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Mentored four graduate engineers through their first DO-178C Level A project.",
    ),
    ("avionics", "experiences[1].description", "version", "end", "DO-178C Level B (", "DO-178C Level A ("),
    (
        "avionics",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "to eight hours.",
        "to eight hours, earning the company's engineering excellence award.",
    ),
    ("avionics", "experiences[2].description", "duration", "start", "Two-year graduate", "Three-year graduate"),
    (
        "avionics",
        "experiences[2].description",
        "degree",
        "end",
        "engine monitoring software.",
        "engine monitoring software, straight after a PhD in control engineering.",
    ),
    (
        "avionics",
        "experiences[2].bullets[0]",
        "certified",
        "start",
        "Ran hardware-in-the-loop",
        "As an ISTQB Advanced-certified test analyst, ran hardware-in-the-loop",
    ),
    (
        "avionics",
        "experiences[2].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Built ARINC 661 widgets for the primary flight display in Ada.",
    ),
]
_A += [
    (
        "avionics",
        "overview",
        "three certification audits",
        "several certification audits",
        "three audits described as several: vaguer, not a new figure",
    ),
]

_F += [
    (
        "demand",
        "overview",
        "tool",
        "middle",
        "Implemented o9 Solutions and Kinaxis",
        "Implemented o9 Solutions, Blue Yonder and Kinaxis",
    ),
    ("demand", "overview", "years", "end", "Eight years in consulting,", "Ten years in consulting,"),
    (
        "demand",
        "overview",
        "certification",
        "end",
        "after four as a planner.",
        "after four as a planner; CSCP certified.",
    ),
    (
        "demand",
        "experiences[0].description",
        "customer",
        "end",
        "for UK and Nordic retailers.",
        "for UK and Nordic retailers including Tesco and Ahlens.",
    ),
    (
        "demand",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "Forecast accuracy up from 61%",
        "Forecast accuracy up from 51%",
    ),
    (
        "demand",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "Python uplift models.",
        "Python uplift models, improving promotion ROI by 18%.",
    ),
    ("demand", "experiences[0].bullets[3]", "duration", "end", "in a year and a half.", "in a single year."),
    (
        "demand",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "finance and logistics leads.",
        "finance and logistics leads, run in an IBP tool built on Anaplan.",
    ),
    (
        "demand",
        "experiences[1].bullets[0]",
        "number",
        "end",
        "trading in twelve countries.",
        "trading in twenty countries.",
    ),
    ("demand", "experiences[1].bullets[2]", "team size", "start", "Forty planners trained", "Sixty planners trained"),
    (
        "demand",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Owned the weekly forecast across 900 SKUs.",
    ),
    (
        "demand",
        "experiences[2].description",
        "date",
        "end",
        "a food manufacturer, 2012–2016.",
        "a food manufacturer, 2010–2016.",
    ),
    (
        "demand",
        "experiences[2].bullets[1]",
        "recognition",
        "start",
        "Tighter safety-stock settings",
        "Award-winning safety-stock settings",
    ),
    (
        "demand",
        "experiences[1].description",
        "version",
        "start",
        "RapidResponse implementations",
        "RapidResponse 2023.4 implementations",
    ),
]
_A += [
    (
        "demand",
        "experiences[0].bullets[0]",
        "after configuring o9 demand sensing",
        "after configuring o9 machine-learning demand sensing",
        "demand sensing is usually machine-learning based, but the CV does not say so",
    ),
]

# --- HR analytics on Workday: aggressive restructuring, nominalised -----------------------------------
_case(
    "hranalytics",
    cv(
        "HR Analytics Lead",
        "Sofia Brandt",
        "People analytics lead with nine years of experience building HR reporting on Workday. Designs "
        "headcount, attrition and pay-equity dashboards, writes Workday Prism and calculated fields, and "
        "works with HR business partners to turn workforce data into decisions for organisations of up to "
        "30,000 employees.",
        [
            (
                "People Analytics Lead, Halden Insurance Group (2020–2024)",
                "Workforce reporting for an insurer with 30,000 employees in 14 countries.",
                [
                    "Led the migration of 220 HR reports from SAP SuccessFactors to Workday Report Writer.",
                    "Built an attrition risk model in R that flagged 70% of regretted leavers three months ahead.",
                    "Ran the annual gender pay-gap analysis for the UK and Irish entities.",
                    "Managed two analysts and a Workday reporting developer.",
                ],
                ["Workday", "Workday Prism Analytics", "R", "Tableau", "SAP SuccessFactors"],
            ),
            (
                "HRIS Analyst, Corvel Retail (2017–2020)",
                "HR information systems support for a retailer moving to Workday HCM.",
                [
                    "Wrote over 150 calculated fields for absence and overtime reporting.",
                    "Automated the monthly headcount pack, saving 2 days of manual work each month.",
                    "Tested the Workday HCM release updates twice a year.",
                ],
                ["Workday HCM", "Excel", "Tableau"],
            ),
            (
                "Reward Analyst, Corvel Retail (2015–2017)",
                "Salary benchmarking and bonus modelling for store and head-office staff.",
                [
                    "Modelled the bonus pool for 8,000 store colleagues.",
                    "Prepared benchmarking data for the annual pay review.",
                ],
                ["Excel", "SQL"],
            ),
        ],
        skills=["people analytics", "workforce planning", "pay equity analysis", "HR reporting", "data visualisation"],
        languages=["R", "SQL"],
        tools=["Workday", "Workday Prism Analytics", "Tableau", "SAP SuccessFactors", "Excel"],
        certifications=["Workday Pro Reporting"],
        industries=["Insurance", "Retail"],
        spoken_languages=["German", "English", "Swedish"],
        academic_background=["MSc Organisational Psychology, University of Manchester"],
    ),
    "Job posting: Senior People Analytics Manager. Own Workday reporting and dashboards, predictive "
    "attrition analytics, pay transparency (EU Pay Transparency Directive), Visier or Power BI; lead a "
    "team of analysts; partner with HRBPs.",
    "Nine years of people analytics on Workday: headcount, attrition and pay-equity dashboards, Workday "
    "Prism and calculated fields, and partnership with HRBPs to turn workforce data into decisions, in "
    "organisations of up to 30k employees.",
    [
        (
            "Halden Insurance Group (2020–2024): workforce reporting across 14 countries and 30,000 staff.",
            [
                "Migration lead for 220 HR reports, SAP SuccessFactors to Workday Report Writer.",
                "Predictive attrition analytics: an R risk model flagging 70 per cent of regretted leavers three months early.",
                "Annual gender pay-gap analysis for the UK and Irish entities.",
                "Line management of two analysts and one Workday reporting developer.",
            ],
        ),
        (
            "Corvel Retail's move to Workday HCM, supported as HRIS analyst.",
            [
                "Author of 150+ calculated fields for absence and overtime reporting.",
                "Monthly headcount pack automated: two days of manual work saved every month.",
                "Testing of the twice-yearly Workday HCM release updates.",
            ],
        ),
        (
            "Salary benchmarking and bonus modelling, store and head office.",
            [
                "Bonus pool modelling for 8000 store colleagues.",
                "Benchmarking data for the yearly pay review.",
            ],
        ),
    ],
)

_F += [
    ("hranalytics", "overview", "years", "start", "Nine years of people analytics", "Twelve years of people analytics"),
    (
        "hranalytics",
        "overview",
        "tool",
        "middle",
        "Workday Prism and calculated fields",
        "Workday Prism, Visier and calculated fields",
    ),
    ("hranalytics", "overview", "number", "end", "up to 30k employees.", "up to 50k employees."),
    ("hranalytics", "experiences[0].description", "number", "middle", "across 14 countries", "across 18 countries"),
    (
        "hranalytics",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "Migration lead for 220 HR reports",
        "Migration lead for 320 HR reports",
    ),
    (
        "hranalytics",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "three months early.",
        "three months early, cutting regretted attrition by 15 per cent.",
    ),
    (
        "hranalytics",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "of two analysts and one",
        "of four analysts and one",
    ),
    (
        "hranalytics",
        "experiences[0].bullets[2]",
        "customer",
        "end",
        "the UK and Irish entities.",
        "the UK and Irish entities, reviewed by Deloitte.",
    ),
    (
        "hranalytics",
        "experiences[1].description",
        "certified",
        "end",
        "supported as HRIS analyst.",
        "supported as a SHRM-CP certified HRIS analyst.",
    ),
    ("hranalytics", "experiences[1].bullets[1]", "number", "end", "saved every month.", "saved every week."),
    (
        "hranalytics",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed the Workday security groups for 1,200 managers.",
    ),
    (
        "hranalytics",
        "experiences[2].description",
        "degree",
        "start",
        "Salary benchmarking and bonus",
        "MBA-trained: salary benchmarking and bonus",
    ),
    (
        "hranalytics",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Author of 150+ calculated fields for absence and overtime reporting.",
    ),
    (
        "hranalytics",
        "experiences[2].bullets[1]",
        "recognition",
        "end",
        "the yearly pay review.",
        "the yearly pay review, praised by the Reward Director.",
    ),
]
_A += [
    (
        "hranalytics",
        "experiences[0].bullets[2]",
        "Annual gender pay-gap analysis",
        "Annual gender pay-gap analysis, ready for pay transparency reporting,",
        "pay-gap analysis is close to pay transparency work, but the Directive is the posting's word",
    ),
]

# --- healthcare integration: results first ------------------------------------------------------------
_case(
    "healthint",
    cv(
        "Healthcare Integration Engineer",
        "Daniel Achterberg",
        "Integration engineer for hospitals and health networks. Builds HL7 v2 and FHIR interfaces on "
        "InterSystems HealthShare and Rhapsody, connects Epic and laboratory systems, and has taken part in "
        "two electronic health record go-lives.",
        [
            (
                "Senior Integration Engineer, Westmere Health Trust (2021–2024)",
                "Integration team of a hospital trust with five acute sites, during the move to Epic.",
                [
                    "Built 38 HL7 v2 interfaces between Epic and departmental systems for the go-live.",
                    "Designed FHIR R4 APIs for the patient portal, serving 120,000 requests a day.",
                    "Cut interface error queues by 65% by adding validation and automatic retries in Rhapsody.",
                    "Supported the Epic go-live weekend as integration lead on call.",
                ],
                ["Epic Bridges", "Rhapsody", "HL7 v2", "FHIR R4", "Mirth Connect", "Azure"],
            ),
            (
                "Integration Analyst, Caldwell Pathology (2018–2021)",
                "Laboratory interfaces for a regional pathology service.",
                [
                    "Maintained ORU and ORM message flows to 60 GP practices.",
                    "Mapped local test codes to LOINC for 2,400 tests.",
                    "Moved the lab's interfaces from Mirth Connect 3 to InterSystems HealthShare.",
                ],
                ["Mirth Connect", "InterSystems HealthShare", "HL7 v2", "LOINC"],
            ),
            (
                "Application Support Analyst, Caldwell Pathology (2016–2018)",
                "Second-line support for the laboratory information system.",
                [
                    "Resolved around 40 support tickets a week.",
                    "Wrote the runbook for the nightly results batch.",
                    "Tested LIS patches before they were applied to production.",
                ],
                ["SQL Server", "Windows Server"],
            ),
        ],
        skills=["HL7 v2", "FHIR", "interface engines", "clinical terminologies", "EHR integration"],
        languages=["JavaScript", "SQL", "Python"],
        tools=["Rhapsody", "InterSystems HealthShare", "Mirth Connect", "Epic Bridges", "Postman"],
        certifications=["Epic Bridges Certification", "HL7 FHIR R4 Proficiency"],
        industries=["Healthcare", "Pathology"],
        spoken_languages=["Dutch", "English"],
        academic_background=["BSc Health Informatics, University of Leeds"],
    ),
    "Job posting: Interoperability Engineer for a hospital group. FHIR R4 APIs, HL7 v2, Epic Bridges, "
    "SMART on FHIR, IHE profiles, Azure API for FHIR; experience of EHR go-lives essential.",
    "Interoperability engineer for hospitals and health networks: HL7 v2 and FHIR interfaces on Rhapsody "
    "and InterSystems HealthShare, Epic and lab system integration, and two EHR go-lives.",
    [
        (
            "Westmere Health Trust, 2021–2024: five acute sites moving to Epic, in the integration team.",
            [
                "For the Epic go-live, 38 HL7 v2 interfaces built between Epic and departmental systems.",
                "Patient portal on FHIR R4 APIs of his design, handling 120k requests daily.",
                "Interface error queues 65 percent shorter after adding validation and auto-retries in Rhapsody.",
                "On call as integration lead over the Epic go-live weekend.",
            ],
        ),
        (
            "Lab interfaces for Caldwell Pathology, a regional pathology service (2018–2021).",
            [
                "ORU and ORM message flows to sixty GP practices, maintained.",
                "2.4 thousand local test codes mapped to LOINC.",
                "Interfaces moved off Mirth Connect 3 onto InterSystems HealthShare.",
            ],
        ),
        (
            "Second-line LIS support at Caldwell Pathology.",
            [
                "Roughly forty tickets a week resolved.",
                "Runbook written for the nightly results batch.",
                "LIS patches tested ahead of production deployment.",
            ],
        ),
    ],
)

_F += [
    ("healthint", "overview", "tool", "end", "and two EHR go-lives.", "and two EHR go-lives, with SMART on FHIR apps."),
    ("healthint", "overview", "number", "end", "and two EHR go-lives.", "and three EHR go-lives."),
    (
        "healthint",
        "overview",
        "certified",
        "start",
        "Interoperability engineer for hospitals",
        "CPHIMS-certified interoperability engineer for hospitals",
    ),
    ("healthint", "experiences[0].description", "number", "middle", "five acute sites", "seven acute sites"),
    ("healthint", "experiences[0].bullets[0]", "number", "middle", "38 HL7 v2 interfaces", "58 HL7 v2 interfaces"),
    ("healthint", "experiences[0].bullets[1]", "version", "middle", "on FHIR R4 APIs", "on FHIR R5 APIs"),
    (
        "healthint",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "auto-retries in Rhapsody.",
        "auto-retries in Rhapsody, saving 300 staff hours a month.",
    ),
    (
        "healthint",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "over the Epic go-live weekend.",
        "over the Epic go-live weekend, named Trust employee of the quarter.",
    ),
    (
        "healthint",
        "experiences[0].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Published the trust's IHE XDS document sharing profile to the regional health exchange.",
    ),
    (
        "healthint",
        "experiences[1].bullets[1]",
        "number",
        "start",
        "2.4 thousand local test codes",
        "3.4 thousand local test codes",
    ),
    (
        "healthint",
        "experiences[1].bullets[2]",
        "tool",
        "end",
        "onto InterSystems HealthShare.",
        "onto InterSystems HealthShare and Azure API for FHIR.",
    ),
    (
        "healthint",
        "experiences[1].description",
        "customer",
        "end",
        "a regional pathology service (2018–2021).",
        "a regional pathology service serving NHS Scotland (2018–2021).",
    ),
    (
        "healthint",
        "experiences[2].description",
        "duration",
        "end",
        "at Caldwell Pathology.",
        "at Caldwell Pathology for four years.",
    ),
    (
        "healthint",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Lab test codes mapped to LOINC, 2,400 of them.",
    ),
]
_A += [
    (
        "healthint",
        "experiences[2].description",
        "Second-line LIS support",
        "Second-line LIS and SQL Server support",
        "SQL Server is in this experience's environment, but the CV never says he supported it",
    ),
]

# --- automotive infotainment: very short ----------------------------------------------------------------
_case(
    "infotainment",
    cv(
        "Android Automotive Engineer",
        "Kenji Watanabe-Lind",
        "Embedded Android engineer with seven years on in-vehicle infotainment. Builds Android Automotive OS "
        "system services and HALs in Java, Kotlin and C++, integrates vehicle signals over the Vehicle HAL, "
        "and has shipped infotainment software in two production car lines.",
        [
            (
                "Senior Software Engineer, Valtrix Mobility (2021–2024)",
                "Android Automotive OS platform work for a European car maker's next infotainment generation.",
                [
                    "Implemented 45 vehicle properties in the Vehicle HAL for climate and seat controls.",
                    "Reduced cold boot to home screen from 28 to 17 seconds by deferring non-critical services.",
                    "Led the CTS and VTS compliance runs for the Android 12 upgrade.",
                    "Worked with the OEM's UX team on the driver distraction rules.",
                ],
                ["Android Automotive OS", "Kotlin", "C++", "AIDL", "Gerrit", "Jenkins"],
            ),
            (
                "Software Engineer, Nordlicht Car Systems (2018–2021)",
                "Navigation and media applications for a Linux-based head unit, then the port to Android.",
                [
                    "Wrote the media browser service in Java for USB and Bluetooth sources.",
                    "Ported the navigation app's rendering from Qt to Android in 9 months.",
                    "Fixed over 300 defects found in vehicle testing.",
                ],
                ["Java", "Qt", "C++", "Android", "Bluetooth"],
            ),
            (
                "Junior Developer, Mapware (2017–2018)",
                "Map data tooling for an in-car navigation supplier.",
                [
                    "Wrote Python scripts to validate map tiles.",
                    "Maintained the map compiler's nightly build.",
                    "Fixed crashes in the tile renderer reported by the QA team.",
                ],
                ["Python", "C++"],
            ),
        ],
        skills=["Android Automotive OS", "Vehicle HAL", "embedded Android", "infotainment", "boot optimisation"],
        languages=["Java", "Kotlin", "C++", "Python"],
        tools=["Android Studio", "Gerrit", "Jenkins", "Perfetto", "Qt"],
        certifications=[],
        industries=["Automotive"],
        spoken_languages=["Japanese", "Swedish", "English"],
        academic_background=["MSc Computer Engineering, Chalmers University of Technology"],
    ),
    "Job posting: Senior Android Automotive Developer. AAOS, Vehicle HAL, CarService, Kotlin and C++, "
    "Google Automotive Services (GAS) integration, ASPICE level 2 processes, AUTOSAR exposure a plus.",
    "Embedded Android engineer, 7 years in infotainment: AAOS system services and HALs (Java, Kotlin, "
    "C++), Vehicle HAL signal integration, two production car lines shipped.",
    [
        (
            "AAOS platform for a European OEM's next infotainment generation.",
            [
                "45 Vehicle HAL properties: climate and seats.",
                "Cold boot to home screen: 28 s down to 17 s.",
                "CTS/VTS compliance for the Android 12 upgrade, as lead.",
                "Driver distraction rules, with the OEM's UX team.",
            ],
        ),
        (
            "Nordlicht Car Systems: navigation and media apps on a Linux head unit, then Android.",
            [
                "Java media browser service for USB and Bluetooth.",
                "Navigation rendering ported from Qt to Android in nine months.",
                "300+ vehicle-test defects fixed.",
            ],
        ),
        (
            "Map data tooling, Mapware (2017–2018).",
            [
                "Map tile validation scripts in Python.",
                "Nightly map compiler build, maintained.",
                "Tile renderer crashes from QA reports, fixed.",
            ],
        ),
    ],
)

_F += [
    (
        "infotainment",
        "overview",
        "years",
        "start",
        "Embedded Android engineer, 7 years",
        "Embedded Android engineer, 10 years",
    ),
    (
        "infotainment",
        "overview",
        "number",
        "end",
        "two production car lines shipped.",
        "four production car lines shipped.",
    ),
    (
        "infotainment",
        "overview",
        "tool",
        "middle",
        "AAOS system services and HALs",
        "AAOS and GAS system services and HALs",
    ),
    (
        "infotainment",
        "experiences[0].description",
        "customer",
        "middle",
        "for a European OEM's",
        "for Volvo Cars, a European OEM, and its",
    ),
    ("infotainment", "experiences[0].bullets[1]", "number", "end", "down to 17 s.", "down to 12 s."),
    (
        "infotainment",
        "experiences[0].bullets[2]",
        "version",
        "end",
        "the Android 12 upgrade, as lead.",
        "the Android 14 upgrade, as lead.",
    ),
    (
        "infotainment",
        "experiences[0].bullets[3]",
        "certification",
        "end",
        "with the OEM's UX team.",
        "with the OEM's UX team, as an intacs-certified ASPICE Provisional Assessor.",
    ),
    (
        "infotainment",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "AUTOSAR adaptive gateway integrated with CarService.",
    ),
    ("infotainment", "experiences[1].description", "date", "end", "then Android.", "then Android from 2016."),
    ("infotainment", "experiences[1].bullets[1]", "duration", "end", "in nine months.", "in six months."),
    (
        "infotainment",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "vehicle-test defects fixed.",
        "vehicle-test defects fixed, halving the open backlog.",
    ),
    (
        "infotainment",
        "experiences[2].bullets[0]",
        "tool",
        "start",
        "Map tile validation scripts in Python.",
        "Rust and Python map tile validation scripts.",
    ),
    (
        "infotainment",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Java media browser service for USB and Bluetooth.",
    ),
    (
        "infotainment",
        "experiences[2].description",
        "team size",
        "start",
        "Map data tooling, Mapware",
        "Map data tooling in a team of 12, Mapware",
    ),
]
_A += [
    (
        "infotainment",
        "experiences[0].bullets[0]",
        "45 Vehicle HAL properties",
        "45 Vehicle HAL properties via CarService",
        "CarService is the standard consumer of VHAL properties, but the CV does not name it",
    ),
]

# --- energy trading: keyword-heavy ------------------------------------------------------------------------
_case(
    "etrm",
    cv(
        "ETRM Consultant",
        "Aoife Gallagher",
        "Energy trading and risk management consultant with ten years on Openlink Endur. Configures "
        "power and gas trading, scheduling and settlement, writes OpenComponents and JVS plugins, and leads "
        "upgrades for utilities and trading houses in Europe.",
        [
            (
                "Principal Consultant, Voltaire Energy Advisory (2019–2024)",
                "Endur implementation and upgrade projects for European utilities.",
                [
                    "Led the upgrade of a utility's Endur platform from version 14 to version 21 over 14 months.",
                    "Configured intraday power trading for the German and Dutch markets.",
                    "Rewrote 80 legacy JVS scripts as OpenComponents plugins in C#.",
                    "Reduced end-of-day valuation run time from 5 hours to 90 minutes.",
                    "Coordinated a team of 9 developers and testers across Dublin and Bucharest.",
                ],
                ["Openlink Endur", "OpenComponents", "C#", "JVS", "Oracle", "Jenkins"],
            ),
            (
                "Endur Developer, Kestrel Trading (2014–2019)",
                "In-house development for a gas and LNG trading house.",
                [
                    "Built the gas nomination interface to the national grid operator.",
                    "Developed credit exposure reports used by the risk committee each morning.",
                    "Automated the regression test pack, covering 1,500 deals.",
                    "Supported month-end settlement for the gas desk.",
                ],
                ["Openlink Endur", "JVS", "SQL Server", "Crystal Reports"],
            ),
        ],
        skills=["ETRM", "power trading", "gas scheduling", "settlement", "market risk"],
        languages=["C#", "Java", "SQL"],
        tools=["Openlink Endur", "OpenComponents", "Jenkins", "Oracle"],
        certifications=["PRINCE2 Foundation"],
        industries=["Energy", "Utilities", "Commodities trading"],
        spoken_languages=["English", "Irish"],
        academic_background=["BSc Financial Mathematics, University College Dublin"],
    ),
    "Job posting: Senior Endur (ION Openlink) Consultant. Power and gas trading, physical scheduling, "
    "settlements, OpenComponents, Endur v2x upgrades, cloud migration to Azure, Allegro or Triple Point "
    "knowledge valued; EMIR/REMIT regulatory reporting.",
    "ETRM consultant with a decade on Openlink Endur: power and gas trading, physical scheduling and "
    "settlements configuration, OpenComponents and JVS plugin development, and Endur upgrades for "
    "European utilities and trading houses.",
    [
        (
            "Endur implementations and upgrades for utilities across Europe, Voltaire Energy Advisory, 2019–2024.",
            [
                "Endur v14 to v21 upgrade for a utility, led over 14 months.",
                "Intraday power trading configured for the Dutch and German markets.",
                "Eighty legacy JVS scripts rewritten as C# OpenComponents plugins.",
                "End-of-day valuation run cut from five hours to an hour and a half.",
                "Coordination of nine developers and testers in Bucharest and Dublin.",
            ],
        ),
        (
            "Kestrel Trading (2014–2019): in-house Endur development for a trading house in gas and LNG.",
            [
                "Gas nomination interface built to the national grid operator for physical scheduling.",
                "Daily credit exposure reports for the morning risk committee.",
                "Regression test pack automated across 1500 deals.",
                "Month-end settlements supported for the gas desk.",
            ],
        ),
    ],
)

_F += [
    ("etrm", "overview", "years", "start", "with a decade on", "with fifteen years on"),
    (
        "etrm",
        "overview",
        "tool",
        "end",
        "European utilities and trading houses.",
        "European utilities and trading houses, including Allegro migrations.",
    ),
    (
        "etrm",
        "experiences[0].description",
        "tool",
        "end",
        "Voltaire Energy Advisory, 2019–2024.",
        "Voltaire Energy Advisory, 2019–2024, hosted on Azure.",
    ),
    (
        "etrm",
        "experiences[0].description",
        "date",
        "end",
        "Voltaire Energy Advisory, 2019–2024.",
        "Voltaire Energy Advisory, 2018–2024.",
    ),
    ("etrm", "experiences[0].bullets[0]", "version", "start", "Endur v14 to v21 upgrade", "Endur v14 to v23 upgrade"),
    ("etrm", "experiences[0].bullets[0]", "duration", "end", "led over 14 months.", "led over 10 months."),
    (
        "etrm",
        "experiences[0].bullets[1]",
        "customer",
        "end",
        "for the Dutch and German markets.",
        "for the Dutch and German markets on EPEX SPOT for Uniper.",
    ),
    ("etrm", "experiences[0].bullets[3]", "number", "end", "to an hour and a half.", "to forty minutes."),
    (
        "etrm",
        "experiences[0].bullets[4]",
        "team size",
        "start",
        "Coordination of nine developers",
        "Coordination of nineteen developers",
    ),
    (
        "etrm",
        "experiences[1].description",
        "certified",
        "middle",
        "in-house Endur development",
        "in-house, Endur-certified development",
    ),
    (
        "etrm",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "for the morning risk committee.",
        "for the morning risk committee, reducing credit losses by EUR 2 million.",
    ),
    (
        "etrm",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Built the EMIR and REMIT regulatory reporting feeds to the trade repository.",
    ),
    (
        "etrm",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Eighty legacy JVS scripts rewritten as C# OpenComponents plugins.",
    ),
    (
        "etrm",
        "experiences[1].bullets[2]",
        "recognition",
        "middle",
        "Regression test pack automated",
        "Regression test pack, highlighted in the annual audit as best practice, automated",
    ),
]
_A += [
    (
        "etrm",
        "overview",
        "Openlink Endur",
        "ION Openlink Endur",
        "ION owns Openlink; the vendor name is the posting's, but refers to the same product",
    ),
]

# --- e-discovery: aggressive restructuring ------------------------------------------------------------------
_case(
    "ediscovery",
    cv(
        "eDiscovery Project Manager",
        "Priya Raghunathan",
        "eDiscovery project manager with eight years supporting law firms and corporate legal teams through "
        "litigation, regulatory investigations and internal reviews. Runs Relativity workspaces end to end, "
        "from processing to production, and uses technology-assisted review to reduce review volumes.",
        [
            (
                "Senior eDiscovery Project Manager, Lexmark Legal Solutions (2020–2024)",
                "Managed eDiscovery for law firm clients in competition and financial services matters.",
                [
                    "Ran 35 Relativity matters at once, the largest holding 12 million documents.",
                    "Used Active Learning to cut first-pass review by 60% on a cartel investigation.",
                    "Wrote the processing and production playbook adopted by the London team.",
                    "Trained review teams of up to 50 contract lawyers in Relativity coding.",
                ],
                ["Relativity", "RelativityOne", "Nuix", "Brainspace", "SQL"],
            ),
            (
                "eDiscovery Analyst, Harcourt & Webb LLP (2016–2020)",
                "In-house litigation support at a City law firm.",
                [
                    "Processed and loaded data from 200 custodians for a pensions dispute.",
                    "Built search term reports that narrowed a 4 TB collection to 300 GB for review.",
                    "Prepared productions to the Financial Conduct Authority.",
                ],
                ["Relativity", "Nuix", "Excel"],
            ),
            (
                "Paralegal, Harcourt & Webb LLP (2015–2016)",
                "Document management for the litigation department.",
                [
                    "Organised bundles for High Court hearings.",
                    "Kept the disclosure log for three commercial disputes.",
                ],
                ["iManage", "Excel"],
            ),
        ],
        skills=[
            "eDiscovery",
            "technology-assisted review",
            "data processing",
            "legal project management",
            "disclosure",
        ],
        languages=["SQL"],
        tools=["Relativity", "RelativityOne", "Nuix", "Brainspace", "iManage"],
        certifications=["Relativity Certified Administrator"],
        industries=["Legal services", "Financial services"],
        spoken_languages=["English", "Tamil", "Hindi"],
        academic_background=["LLB Law, King's College London"],
    ),
    "Job posting: eDiscovery Manager for a global law firm. RelativityOne, TAR 2.0 / continuous active "
    "learning, Reveal or DISCO a plus, EDRM end to end, managing review teams, client-facing with "
    "partners; Relativity Certified Expert preferred.",
    "Eight years of eDiscovery project management for law firms and corporate legal teams: litigation, "
    "regulatory investigations, internal reviews. End-to-end ownership of Relativity workspaces, "
    "processing through production; review volumes reduced with TAR.",
    [
        (
            "eDiscovery management for law-firm clients on competition and financial-services matters "
            "(Lexmark Legal Solutions, 2020–2024).",
            [
                "Portfolio of 35 concurrent Relativity matters; the largest, 12m documents.",
                "First-pass review volume down 60 per cent on a cartel investigation through Active Learning.",
                "Processing and production playbook: author; adopted by the London team.",
                "Relativity coding training for review teams of as many as fifty contract lawyers.",
            ],
        ),
        (
            "Litigation support, in house, at a City law firm (Harcourt & Webb LLP).",
            [
                "Pensions dispute: processing and loading of data from 200 custodians.",
                "Search term reports narrowing a 4-terabyte collection to 300 GB for review.",
                "Productions to the FCA, prepared.",
            ],
        ),
        (
            "Litigation department document management.",
            [
                "High Court hearing bundles organised.",
                "Disclosure log kept for 3 commercial disputes.",
            ],
        ),
    ],
)

_F += [
    ("ediscovery", "overview", "years", "start", "Eight years of eDiscovery", "Eleven years of eDiscovery"),
    (
        "ediscovery",
        "overview",
        "tool",
        "end",
        "review volumes reduced with TAR.",
        "review volumes reduced with TAR in Relativity and Reveal.",
    ),
    (
        "ediscovery",
        "overview",
        "certification",
        "middle",
        "End-to-end ownership of Relativity workspaces",
        "Relativity Certified Expert with end-to-end ownership of workspaces",
    ),
    (
        "ediscovery",
        "experiences[0].description",
        "customer",
        "end",
        "(Lexmark Legal Solutions, 2020–2024).",
        "(Lexmark Legal Solutions, 2020–2024), including Linklaters and Clifford Chance.",
    ),
    (
        "ediscovery",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "Portfolio of 35 concurrent",
        "Portfolio of 45 concurrent",
    ),
    (
        "ediscovery",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "the largest, 12m documents.",
        "the largest, 20m documents.",
    ),
    (
        "ediscovery",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "through Active Learning.",
        "through Active Learning, saving the client GBP 1.4 million.",
    ),
    (
        "ediscovery",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "as many as fifty contract lawyers.",
        "as many as eighty contract lawyers.",
    ),
    (
        "ediscovery",
        "experiences[1].description",
        "date",
        "end",
        "(Harcourt & Webb LLP).",
        "(Harcourt & Webb LLP, 2014–2020).",
    ),
    (
        "ediscovery",
        "experiences[1].bullets[1]",
        "number",
        "middle",
        "a 4-terabyte collection",
        "a 6-terabyte collection",
    ),
    (
        "ediscovery",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Relativity coding training for review teams of as many as fifty contract lawyers.",
    ),
    (
        "ediscovery",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "Productions to the FCA, prepared.",
        "Productions to the FCA, prepared without a single deficiency notice, as the regulator noted.",
    ),
    (
        "ediscovery",
        "experiences[2].description",
        "degree",
        "start",
        "Litigation department document",
        "With an LLM in commercial law, litigation department document",
    ),
    (
        "ediscovery",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Drafted privilege logs for two Court of Appeal matters.",
    ),
    (
        "ediscovery",
        "experiences[2].bullets[1]",
        "duration",
        "end",
        "for 3 commercial disputes.",
        "for 3 commercial disputes over two years.",
    ),
]
_A += [
    (
        "ediscovery",
        "experiences[0].bullets[1]",
        "through Active Learning",
        "through continuous active learning",
        "Relativity's Active Learning is a continuous active learning tool; lower case reads as the method, not a new product",
    ),
]

# --- construction BIM: British/American spelling, split and merged --------------------------------------------
_case(
    "bim",
    cv(
        "BIM Manager",
        "Tomasz Wierzbicki",
        "BIM manager with twelve years in construction and engineering design. Sets up BIM execution plans to "
        "ISO 19650, coordinates federated models in Revit and Navisworks, and runs clash detection for "
        "hospitals, rail stations and commercial offices.",
        [
            (
                "BIM Manager, Greystone Construction (2019–2024)",
                "BIM management for a main contractor's healthcare and infrastructure projects.",
                [
                    "Wrote the BIM execution plan for a £240m hospital and enforced it across 14 design subcontractors.",
                    "Ran weekly clash detection in Navisworks, clearing 9,000 clashes before construction started.",
                    "Set up the common data environment on Autodesk Construction Cloud for 300 users.",
                    "Produced 4D construction sequences that cut the programme review from 6 weeks to 3.",
                ],
                ["Revit", "Navisworks", "Autodesk Construction Cloud", "Dynamo", "Solibri"],
            ),
            (
                "BIM Coordinator, Atlas Rail Design (2014–2019)",
                "Model coordination for station and depot design.",
                [
                    "Coordinated architectural, structural and MEP models for 2 underground stations.",
                    "Automated sheet and view creation with Dynamo scripts, saving about 10 hours a week.",
                    "Modelled the station canopies in Revit.",
                ],
                ["Revit", "Navisworks", "Dynamo", "AutoCAD"],
            ),
            (
                "Architectural Technologist, Holm & Partners (2012–2014)",
                "Technical drawings for office and retail fit-outs.",
                [
                    "Produced construction drawings in AutoCAD and Revit.",
                    "Prepared planning application packages.",
                    "Surveyed existing buildings and drew the as-built plans.",
                ],
                ["AutoCAD", "Revit"],
            ),
        ],
        skills=["BIM management", "ISO 19650", "clash detection", "4D sequencing", "common data environments"],
        languages=["Python"],
        tools=["Revit", "Navisworks", "Dynamo", "Solibri", "Autodesk Construction Cloud", "AutoCAD"],
        certifications=["BRE ISO 19650 BIM Certified Practitioner"],
        industries=["Construction", "Healthcare", "Rail"],
        spoken_languages=["Polish", "English"],
        academic_background=["BSc Architectural Technology, Oxford Brookes University"],
    ),
    "Job posting (US): Senior VDC / BIM Manager for a general contractor. Revit, Navisworks, BIM 360 / ACC, "
    "clash coordination, 4D scheduling with Synchro, laser scanning, LEED projects; lead the BIM "
    "execution plan (BEP) and coordinate subcontractors.",
    "BIM manager, twelve years in construction and engineering design: ISO 19650 BIM execution plans "
    "(BEPs), federated model coordination in Revit and Navisworks, and clash detection on hospital, rail "
    "station and commercial office projects.",
    [
        (
            "Greystone Construction, 2019–2024. BIM management for a general contractor's healthcare and "
            "infrastructure work.",
            [
                "Authored the BEP for a GBP 240 million hospital. Enforced it with 14 design subcontractors.",
                "Weekly Navisworks clash coordination cleared 9000 clashes ahead of construction.",
                "Common data environment stood up on Autodesk Construction Cloud (ACC) for three hundred users.",
                "4D construction sequences halved the program review, from six weeks to three.",
            ],
        ),
        (
            "Station and depot design model coordination at Atlas Rail Design (2014–2019).",
            [
                "Coordinated architectural, structural and MEP models for two underground stations, "
                "modeling the station canopies in Revit.",
                "Dynamo scripts automated sheet and view creation, saving roughly ten hours weekly.",
            ],
        ),
        (
            "Technical drawings for office and retail fit outs.",
            [
                "Construction drawings in Revit and AutoCAD.",
                "Planning-application packages prepared.",
                "As-built plans drawn from surveys of the existing buildings.",
            ],
        ),
    ],
)

_F += [
    ("bim", "overview", "years", "start", "BIM manager, twelve years", "BIM manager, fifteen years"),
    (
        "bim",
        "overview",
        "tool",
        "middle",
        "coordination in Revit and Navisworks",
        "coordination in Revit, Synchro and Navisworks",
    ),
    (
        "bim",
        "overview",
        "customer",
        "end",
        "commercial office projects.",
        "commercial office projects for Skanska and Balfour Beatty.",
    ),
    (
        "bim",
        "experiences[0].description",
        "recognition",
        "end",
        "healthcare and infrastructure work.",
        "healthcare and infrastructure work, winner of a Building Awards BIM prize.",
    ),
    ("bim", "experiences[0].bullets[0]", "number", "middle", "GBP 240 million hospital", "GBP 420 million hospital"),
    (
        "bim",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "with 14 design subcontractors.",
        "with 24 design subcontractors.",
    ),
    ("bim", "experiences[0].bullets[2]", "number", "end", "for three hundred users.", "for three thousand users."),
    ("bim", "experiences[0].bullets[3]", "duration", "end", "from six weeks to three.", "from eight weeks to four."),
    (
        "bim",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "ahead of construction.",
        "ahead of construction, avoiding GBP 2m of rework.",
    ),
    (
        "bim",
        "experiences[1].description",
        "certification",
        "start",
        "Station and depot design",
        "As a LEED Green Associate, station and depot design",
    ),
    (
        "bim",
        "experiences[1].bullets[0]",
        "number",
        "middle",
        "for two underground stations",
        "for five underground stations",
    ),
    (
        "bim",
        "experiences[1].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Laser-scanned the existing tunnels and registered the point clouds into Revit.",
    ),
    (
        "bim",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Dynamo scripts automated sheet and view creation, saving roughly ten hours weekly.",
    ),
    (
        "bim",
        "experiences[2].description",
        "years",
        "end",
        "office and retail fit outs.",
        "office and retail fit outs over five years.",
    ),
    ("bim", "experiences[2].bullets[0]", "version", "end", "in Revit and AutoCAD.", "in Revit 2024 and AutoCAD."),
]
_A += [
    (
        "bim",
        "experiences[0].bullets[2]",
        "on Autodesk Construction Cloud (ACC)",
        "on BIM 360 / Autodesk Construction Cloud (ACC)",
        "BIM 360 is ACC's predecessor and often named with it; the CV names only ACC",
    ),
    (
        "bim",
        "experiences[0].bullets[3]",
        "4D construction sequences",
        "4D scheduling",
        "4D sequences are 4D scheduling in the posting's word, but scheduling may suggest owning the programme",
    ),
]

# --- procurement: results first, currencies ----------------------------------------------------------------
_case(
    "procurement",
    cv(
        "Procurement Systems Consultant",
        "Elena Marchetti",
        "Procurement technology consultant with nine years implementing SAP Ariba and Coupa for "
        "manufacturers and public bodies. Covers sourcing, contracts, guided buying and supplier enablement, "
        "and has delivered source-to-pay programmes with annual spend of up to €4bn.",
        [
            (
                "Senior Manager, Procurement Technology, Orbis Advisory (2020–2024)",
                "Source-to-pay programmes on Coupa and SAP Ariba for manufacturing clients.",
                [
                    "Led a Coupa rollout to 11 countries covering €1.8bn of annual spend.",
                    "Onboarded 2,300 suppliers to the Coupa Supplier Portal in the first year.",
                    "Raised catalogue and guided buying compliance from 38% to 71%.",
                    "Integrated Coupa with SAP S/4HANA for purchase orders and invoices through CPI.",
                    "Doubled touchless invoice processing from 32% to 64%.",
                ],
                ["Coupa", "SAP Ariba", "SAP S/4HANA", "SAP CPI", "Power BI"],
            ),
            (
                "Consultant, Orbis Advisory (2017–2020)",
                "SAP Ariba sourcing and contracts implementations for public bodies.",
                [
                    "Configured Ariba Sourcing events for a regional government's €4bn tender pipeline.",
                    "Migrated 6,500 contracts into Ariba Contracts with their metadata.",
                    "Wrote the user guides and ran 25 training sessions for buyers.",
                ],
                ["SAP Ariba", "SAP ECC", "Excel"],
            ),
            (
                "Buyer, Ferrotec Components (2015–2017)",
                "Indirect purchasing for a components manufacturer.",
                [
                    "Ran tenders for facilities and IT services worth €12m a year.",
                    "Negotiated savings of 8% on the facilities contracts.",
                ],
                ["SAP ECC", "Excel"],
            ),
        ],
        skills=["source-to-pay", "guided buying", "supplier enablement", "contract management", "spend analysis"],
        languages=["SQL"],
        tools=["Coupa", "SAP Ariba", "SAP S/4HANA", "SAP CPI", "Power BI"],
        certifications=["SAP Certified Application Associate – SAP Ariba Procurement", "CIPS Level 4"],
        industries=["Manufacturing", "Public sector"],
        spoken_languages=["Italian", "English", "French"],
        academic_background=["Laurea in Management Engineering, Politecnico di Milano"],
    ),
    "Customer brief: a chemicals group wants a source-to-pay lead to consolidate SAP Ariba and Coupa onto one "
    "platform. Guided buying, supplier enablement, S/4HANA integration, Coupa Pay, Jaggaer experience welcome, "
    "savings tracking and procurement KPIs.",
    "Up to €4 billion of annual spend in source-to-pay programmes delivered: nine years implementing SAP Ariba "
    "and Coupa for manufacturers and public bodies, covering sourcing, contracts, guided buying and supplier "
    "enablement.",
    [
        (
            "Manufacturing clients' source-to-pay programmes on SAP Ariba and Coupa, at Orbis Advisory 2020–2024.",
            [
                "EUR 1.8 billion of annual spend across eleven countries moved onto Coupa, as rollout lead.",
                "2.3k suppliers onboarded to the Coupa Supplier Portal in year one.",
                "Guided buying and catalogue compliance up from 38 to 71 percent.",
                "Purchase orders and invoices flowing between Coupa and SAP S/4 HANA via CPI.",
                "Touchless invoice processing up twofold, from 32 to 64 per cent.",
            ],
        ),
        (
            "Ariba sourcing and contracts implementations for the public sector.",
            [
                "A regional government's €4 billion tender pipeline run as Ariba Sourcing events.",
                "6.5 thousand contracts migrated into Ariba Contracts, metadata included.",
                "Twenty-five buyer training sessions delivered, with user guides written.",
            ],
        ),
        (
            "Indirect purchasing at a components manufacturer, Ferrotec Components.",
            [
                "8 per cent savings negotiated on the facilities contracts.",
                "Facilities and IT services tenders worth twelve million euros a year.",
            ],
        ),
    ],
)

_F += [
    ("procurement", "overview", "number", "start", "Up to €4 billion", "Up to €6 billion"),
    ("procurement", "overview", "years", "middle", "nine years implementing", "eleven years implementing"),
    (
        "procurement",
        "overview",
        "tool",
        "end",
        "guided buying and supplier enablement.",
        "guided buying, Coupa Pay and supplier enablement.",
    ),
    (
        "procurement",
        "experiences[0].description",
        "customer",
        "middle",
        "Manufacturing clients' source-to-pay",
        "BASF and other manufacturing clients' source-to-pay",
    ),
    (
        "procurement",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "EUR 1.8 billion of annual spend",
        "EUR 2.8 billion of annual spend",
    ),
    ("procurement", "experiences[0].bullets[1]", "duration", "end", "in year one.", "in the first six months."),
    (
        "procurement",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "up from 38 to 71 percent.",
        "up from 38 to 71 percent, delivering €9m of savings.",
    ),
    ("procurement", "experiences[0].bullets[3]", "tool", "end", "via CPI.", "via CPI and Jaggaer."),
    (
        "procurement",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Set up the procurement KPI dashboard tracking savings for the CPO.",
    ),
    (
        "procurement",
        "experiences[1].description",
        "certified",
        "end",
        "for the public sector.",
        "for the public sector, as a Coupa-certified consultant.",
    ),
    ("procurement", "experiences[1].bullets[1]", "number", "start", "6.5 thousand contracts", "8.5 thousand contracts"),
    (
        "procurement",
        "experiences[1].bullets[2]",
        "number",
        "start",
        "Twenty-five buyer training",
        "Thirty-five buyer training",
    ),
    ("procurement", "experiences[2].bullets[0]", "number", "start", "8 per cent savings", "18 per cent savings"),
    (
        "procurement",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "6.5 thousand contracts migrated into Ariba Contracts, metadata included.",
    ),
    (
        "procurement",
        "experiences[2].description",
        "recognition",
        "end",
        "Ferrotec Components.",
        "Ferrotec Components, named buyer of the year.",
    ),
]
_A += [
    (
        "procurement",
        "experiences[2].bullets[1]",
        "twelve million euros a year",
        "roughly twelve million euros a year",
        "a hedge on an exact figure the CV gives; not a new number",
    ),
]

# --- site reliability engineering: observability keywords -----------------------------------------------------
_case(
    "sre",
    cv(
        "Site Reliability Engineer",
        "Lukas Hoffmann",
        "Site reliability engineer with eight years running production platforms on Kubernetes. Builds "
        "monitoring and alerting with Prometheus and Grafana, runs on-call with PagerDuty, writes "
        "post-mortems and drives down toil with automation in Go and Python.",
        [
            (
                "Senior SRE, Paysafe Rails (2021–2024)",
                "Reliability for a card payments platform processing 40 million transactions a day.",
                [
                    "Defined SLOs and error budgets for 25 payment services.",
                    "Rebuilt alerting in Prometheus Alertmanager, cutting pages per week from 120 to 30.",
                    "Ran the PagerDuty on-call rotation for a team of 8 engineers.",
                    "Brought mean time to recovery down from 47 to 18 minutes.",
                ],
                ["Kubernetes", "Prometheus", "Grafana", "PagerDuty", "Terraform", "Go", "AWS"],
            ),
            (
                "DevOps Engineer, Streamloft (2018–2021)",
                "Platform engineering for a video streaming start-up.",
                [
                    "Moved 60 services from virtual machines to Kubernetes on AWS by Q3 2020.",
                    "Set up Grafana dashboards and Loki logging for every team.",
                    "Wrote Terraform modules used by all 12 product teams.",
                ],
                ["Kubernetes", "AWS", "Terraform", "Grafana", "Loki", "Python"],
            ),
            (
                "Systems Administrator, Hanse IT Services (2016–2018)",
                "Linux server administration for hosting customers.",
                [
                    "Managed around 400 Linux servers with Ansible.",
                    "Introduced Nagios checks for customer websites.",
                ],
                ["Linux", "Ansible", "Nagios"],
            ),
        ],
        skills=[
            "SLOs and error budgets",
            "incident management",
            "monitoring and alerting",
            "capacity planning",
            "automation",
        ],
        languages=["Go", "Python", "Bash"],
        tools=["Kubernetes", "Prometheus", "Grafana", "PagerDuty", "Terraform", "Ansible", "Loki"],
        certifications=["Certified Kubernetes Administrator (CKA)"],
        industries=["Payments", "Media"],
        spoken_languages=["German", "English"],
        academic_background=["BSc Computer Science, Universität Hamburg"],
    ),
    "Job posting: Staff Site Reliability Engineer. Observability (Prometheus, Grafana, OpenTelemetry, "
    "Datadog), incident response with PagerDuty, SLO-driven reliability, Kubernetes at scale, chaos "
    "engineering; GCP experience a plus; CKA or CKS certification.",
    "SRE with eight years keeping production platforms on Kubernetes reliable: observability with "
    "Prometheus and Grafana, PagerDuty incident response and on-call, post-mortems, and toil "
    "reduction through Go and Python automation.",
    [
        (
            "Paysafe Rails, 2021–2024: SRE for a card payments platform handling 40m transactions daily.",
            [
                "SLO-driven reliability: SLOs and error budgets defined for twenty-five payment services.",
                "Alerting rebuilt in Prometheus Alertmanager; weekly pages fell from 120 to 30.",
                "PagerDuty on-call rotation run for an eight-person team.",
                "MTTR cut from 47 minutes to 18.",
            ],
        ),
        (
            "Platform engineering at Streamloft, a video-streaming startup (2018–2021).",
            [
                "60 services migrated from VMs onto Kubernetes on AWS by the third quarter of 2020.",
                "Observability for every team: Grafana dashboards and Loki logging.",
                "Terraform modules written and adopted by all twelve product teams.",
            ],
        ),
        (
            "Linux administration for hosting customers, Hanse IT Services.",
            [
                "About four hundred Linux servers managed through Ansible.",
                "Nagios monitoring introduced for customer websites.",
            ],
        ),
    ],
)

_F += [
    ("sre", "overview", "years", "start", "SRE with eight years", "SRE with eleven years"),
    ("sre", "overview", "tool", "middle", "with Prometheus and Grafana", "with Prometheus, Grafana and OpenTelemetry"),
    ("sre", "overview", "certified", "end", "Go and Python automation.", "Go and Python automation; CKS-certified."),
    (
        "sre",
        "experiences[0].description",
        "number",
        "end",
        "handling 40m transactions daily.",
        "handling 60m transactions daily.",
    ),
    (
        "sre",
        "experiences[0].description",
        "customer",
        "middle",
        "for a card payments platform",
        "for Visa's card payments platform",
    ),
    ("sre", "experiences[0].bullets[1]", "number", "middle", "fell from 120 to 30", "fell from 120 to 20"),
    (
        "sre",
        "experiences[0].bullets[2]",
        "team size",
        "end",
        "for an eight-person team.",
        "for a fourteen-person team.",
    ),
    (
        "sre",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "MTTR cut from 47 minutes to 18.",
        "MTTR cut from 47 minutes to 18, lifting availability to 99.99%.",
    ),
    (
        "sre",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Ran quarterly chaos engineering game days with Gremlin.",
    ),
    (
        "sre",
        "experiences[1].bullets[0]",
        "tool",
        "middle",
        "onto Kubernetes on AWS by",
        "onto Kubernetes on AWS and GCP by",
    ),
    ("sre", "experiences[1].bullets[0]", "date", "end", "the third quarter of 2020.", "the first quarter of 2020."),
    (
        "sre",
        "experiences[1].bullets[0]",
        "duration",
        "end",
        "the third quarter of 2020.",
        "the third quarter of 2020, within four months.",
    ),
    ("sre", "experiences[1].description", "date", "end", "startup (2018–2021).", "startup (2017–2021)."),
    (
        "sre",
        "experiences[2].bullets[0]",
        "number",
        "start",
        "About four hundred Linux servers",
        "About nine hundred Linux servers",
    ),
    (
        "sre",
        "experiences[2].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Terraform modules written and adopted by all twelve product teams.",
    ),
    (
        "sre",
        "experiences[2].description",
        "recognition",
        "start",
        "Linux administration for hosting",
        "Top-rated Linux administration for hosting",
    ),
    (
        "sre",
        "experiences[1].bullets[1]",
        "version",
        "end",
        "Grafana dashboards and Loki logging.",
        "Grafana 10 dashboards and Loki logging.",
    ),
]
_A += [
    (
        "sre",
        "experiences[0].bullets[1]",
        "from 120 to 30.",
        "from 120 to 30, a 75% reduction.",
        "75% is computed from the CV's own figures (120 to 30), not stated by it",
    ),
]

# --- localisation engineering: British to American, acronyms ------------------------------------------------
_case(
    "l10n",
    cv(
        "Localisation Engineer",
        "Camille Duret",
        "Localisation engineer with seven years preparing software, websites and documentation for "
        "translation into up to 32 languages. Automates file handling and quality checks in Python, "
        "administers memoQ and Phrase, and works with developers on internationalisation.",
        [
            (
                "Senior Localisation Engineer, Lingua Bridge (2020–2024)",
                "Localisation engineering for software and e-commerce clients of a language service provider.",
                [
                    "Built a Python pipeline that pulls strings from GitHub, sends them to Phrase and returns translations as pull requests.",
                    "Cut turnaround for UI string updates from 5 days to 1.",
                    "Wrote QA checks for placeholders, tags and string length, catching about 1,500 errors a month.",
                    "Ran pseudo-localisation for 3 client apps before their first release in Asian languages.",
                    "Trained 6 project managers to run the pipeline themselves.",
                ],
                ["Phrase", "memoQ", "Python", "GitHub Actions", "XLIFF", "JSON"],
            ),
            (
                "Localisation Engineer, Textura Translations (2017–2020)",
                "File preparation and DTP support for technical documentation.",
                [
                    "Prepared InDesign and FrameMaker files for translation into 32 languages.",
                    "Set up memoQ server projects and termbases for a medical devices client.",
                    "Reduced DTP effort by 30% with reusable segmentation rules.",
                    "Ran Xbench checks on every delivery before it went back to the client.",
                    "Converted legacy Trados memories into memoQ format.",
                ],
                ["memoQ", "Adobe InDesign", "Adobe FrameMaker", "Xbench"],
            ),
        ],
        skills=[
            "localisation engineering",
            "internationalisation",
            "pseudo-localisation",
            "translation management",
            "localisation QA",
        ],
        languages=["Python", "JavaScript", "Regex"],
        tools=["Phrase", "memoQ", "Xbench", "Adobe InDesign", "GitHub Actions"],
        certifications=["memoQ Certified Project Manager"],
        industries=["Language services", "Software", "Medical devices"],
        spoken_languages=["French", "English", "Spanish"],
        academic_background=["MA Translation and Localization, Université de Strasbourg"],
    ),
    "Job posting (US): Localization Engineer II at a SaaS company. i18n/l10n, continuous localization "
    "pipelines, Phrase or Smartling, GitHub, XLIFF, Python, localization QA; experience with Lokalise, "
    "React i18next and right-to-left languages a plus.",
    "Localization engineer, seven years readying software, websites and documentation for translation into "
    "as many as thirty-two languages. Python automation of file handling and l10n QA, memoQ and Phrase "
    "administration, i18n work alongside developers.",
    [
        (
            "Lingua Bridge, 2020–2024: localization engineering for a language service provider's software and "
            "ecommerce clients.",
            [
                "Continuous localization pipeline in Python: strings pulled from GitHub, sent to Phrase, translations "
                "returned as pull requests.",
                "UI string update turnaround down from five days to one.",
                "Localization QA checks for placeholders, tags and string length, catching roughly 1.5k errors "
                "monthly.",
                "Pseudo-localization of three client apps ahead of their first Asian-language release.",
                "Six project managers trained to operate the pipeline on their own.",
            ],
        ),
        (
            "Technical documentation file prep and desktop publishing (DTP) support, Textura Translations.",
            [
                "FrameMaker and InDesign files prepared for translation into 32 languages.",
                "memoQ server projects and termbases set up for a medical-device client.",
                "Reusable segmentation rules cut DTP effort by 30 per cent.",
                "Every delivery Xbench-checked before going back to the client.",
                "Legacy Trados translation memories converted to memoQ.",
            ],
        ),
    ],
)

_F += [
    ("l10n", "overview", "years", "start", "Localization engineer, seven years", "Localization engineer, nine years"),
    ("l10n", "overview", "number", "middle", "as many as thirty-two languages", "as many as forty-two languages"),
    (
        "l10n",
        "overview",
        "tool",
        "end",
        "i18n work alongside developers.",
        "i18n work alongside developers using React i18next.",
    ),
    (
        "l10n",
        "experiences[0].description",
        "customer",
        "end",
        "software and ecommerce clients.",
        "software and ecommerce clients such as Zalando and Booking.com.",
    ),
    ("l10n", "experiences[0].bullets[0]", "tool", "middle", "sent to Phrase,", "sent to Phrase and Smartling,"),
    ("l10n", "experiences[0].bullets[1]", "number", "end", "from five days to one.", "from five days to two hours."),
    ("l10n", "experiences[0].bullets[2]", "number", "end", "roughly 1.5k errors", "roughly 2.5k errors"),
    (
        "l10n",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "first Asian-language release.",
        "first Asian-language release, cutting post-release bugs by 80%.",
    ),
    (
        "l10n",
        "experiences[0].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Added right-to-left support for Arabic and Hebrew to the web app.",
    ),
    ("l10n", "experiences[1].description", "date", "end", "Textura Translations.", "Textura Translations, 2015–2020."),
    (
        "l10n",
        "experiences[1].bullets[1]",
        "team size",
        "end",
        "for a medical-device client.",
        "for a medical-device client, leading four DTP specialists.",
    ),
    ("l10n", "experiences[1].bullets[2]", "number", "end", "by 30 per cent.", "by 40 per cent."),
    (
        "l10n",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "UI string update turnaround down from five days to one.",
    ),
    (
        "l10n",
        "experiences[1].bullets[0]",
        "version",
        "start",
        "FrameMaker and InDesign files",
        "FrameMaker 2022 and InDesign files",
    ),
    (
        "l10n",
        "experiences[1].description",
        "degree",
        "start",
        "Technical documentation file prep",
        "Drawing on a PhD in translation studies: technical documentation file prep",
    ),
]
_A += [
    (
        "l10n",
        "experiences[1].bullets[2]",
        "by 30 per cent",
        "by almost a third",
        "30% written as 'almost a third' is true but a fraction the CV does not state",
    ),
]

# --- QA test automation: job keywords, split sentences -----------------------------------------------------
_case(
    "qa",
    cv(
        "Test Automation Engineer",
        "Rahul Menon",
        "Test automation engineer with six years building end-to-end and API test suites for web "
        "applications. Writes tests in TypeScript with Playwright and in Java with Selenium WebDriver, runs "
        "them in CI pipelines and coaches developers on testable code.",
        [
            (
                "Senior QA Automation Engineer, Fintura Bank (2021–2024)",
                "Test automation for the retail bank's online and mobile banking web front ends.",
                [
                    "Migrated 900 Selenium tests to Playwright, cutting suite run time from 95 to 22 minutes.",
                    "Introduced contract tests for 14 internal APIs with Pact.",
                    "Brought flaky test rate below 1% by fixing waits and isolating test data.",
                    "Ran the test suites on every merge request in GitLab CI.",
                    "Paired with developers weekly to review new tests.",
                ],
                ["Playwright", "TypeScript", "Pact", "GitLab CI", "Docker"],
            ),
            (
                "QA Engineer, Shopwise (2018–2021)",
                "Testing for an online marketplace's checkout and seller tools.",
                [
                    "Built a Selenium WebDriver framework in Java with TestNG and page objects.",
                    "Automated 60% of the regression pack, which had been fully manual.",
                    "Wrote performance tests in JMeter for the Black Friday peak.",
                    "Logged and triaged around 250 defects a quarter in Jira.",
                    "Set up a nightly Jenkins job for the regression pack.",
                ],
                ["Selenium WebDriver", "Java", "TestNG", "JMeter", "Jenkins", "Jira"],
            ),
        ],
        skills=["test automation", "end-to-end testing", "API testing", "contract testing", "performance testing"],
        languages=["TypeScript", "Java", "JavaScript"],
        tools=["Playwright", "Selenium WebDriver", "Pact", "JMeter", "GitLab CI", "Jenkins"],
        certifications=["ISTQB Certified Tester Foundation Level", "ISTQB Test Automation Engineer"],
        industries=["Banking", "E-commerce"],
        spoken_languages=["English", "Malayalam"],
        academic_background=["BTech Computer Science, Cochin University of Science and Technology"],
    ),
    "Job posting: Senior SDET. Playwright with TypeScript, Cypress, API testing with Postman/REST Assured, "
    "shift-left quality, CI/CD in GitHub Actions, mobile testing with Appium; mentor developers on testing.",
    "Test automation engineer with six years of test automation for web applications, end-to-end and API. Playwright in "
    "TypeScript; Selenium WebDriver in Java. Tests run in CI pipelines, and developers mentored on "
    "writing testable code.",
    [
        (
            "Fintura Bank, 2021–2024. Test automation for the online and mobile banking web front ends of a "
            "retail bank.",
            [
                "900 Selenium tests migrated to Playwright. Suite run time fell from 95 minutes to 22.",
                "Contract testing with Pact introduced across fourteen internal APIs.",
                "Flaky-test rate pushed under one percent through fixed waits and isolated test data.",
                "Test suites run on each GitLab CI merge request.",
                "Weekly pairing with developers on new test reviews.",
            ],
        ),
        (
            "Shopwise (2018–2021): testing of an online marketplace's checkout and seller tooling.",
            [
                "Java Selenium WebDriver framework with TestNG and the page object pattern.",
                "Regression pack, previously all manual, 60 percent automated.",
                "Black Friday peak performance tests written in JMeter.",
                "Some 250 defects logged and triaged in Jira each quarter.",
                "Nightly regression-pack runs scheduled in Jenkins.",
            ],
        ),
    ],
)

_F += [
    (
        "qa",
        "overview",
        "years",
        "start",
        "Test automation engineer with six years",
        "Test automation engineer with nine years",
    ),
    (
        "qa",
        "overview",
        "tool",
        "middle",
        "Playwright in TypeScript; Selenium",
        "Playwright and Cypress in TypeScript; Selenium",
    ),
    (
        "qa",
        "overview",
        "certified",
        "end",
        "writing testable code.",
        "writing testable code. ISTQB Advanced Test Manager certified.",
    ),
    (
        "qa",
        "experiences[0].description",
        "customer",
        "end",
        "of a retail bank.",
        "of a retail bank serving Revolut's card customers.",
    ),
    (
        "qa",
        "experiences[0].description",
        "tool",
        "middle",
        "the online and mobile banking web",
        "the online and Appium-tested mobile banking web",
    ),
    (
        "qa",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "900 Selenium tests migrated",
        "1,900 Selenium tests migrated",
    ),
    ("qa", "experiences[0].bullets[0]", "number", "end", "from 95 minutes to 22.", "from 95 minutes to 12."),
    (
        "qa",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "isolated test data.",
        "isolated test data, raising release frequency by 3x.",
    ),
    (
        "qa",
        "experiences[0].bullets[3]",
        "tool",
        "end",
        "on each GitLab CI merge request.",
        "on each GitLab CI merge request and in GitHub Actions.",
    ),
    (
        "qa",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Mentored 5 developers in shift-left testing with REST Assured.",
    ),
    ("qa", "experiences[1].bullets[1]", "number", "end", "60 percent automated.", "80 percent automated."),
    (
        "qa",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "written in JMeter.",
        "written in JMeter, sustaining 20,000 orders an hour.",
    ),
    (
        "qa",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Contract testing with Pact introduced across fourteen internal APIs.",
    ),
    (
        "qa",
        "experiences[1].description",
        "team size",
        "middle",
        "testing of an online marketplace's",
        "testing, in a QA team of 10, of an online marketplace's",
    ),
]
_A += [
    (
        "qa",
        "overview",
        "Test automation engineer with six years",
        "SDET with six years",
        "SDET is the posting's title for the same work; a title the CV does not use",
    ),
    (
        "qa",
        "experiences[0].bullets[2]",
        "Flaky-test rate pushed under one percent",
        "Flaky-test rate pushed near zero",
        "below 1% described as near zero: a stretch, but not a specific new figure",
    ),
]

# --- data privacy / GDPR: aggressive, merged and reordered ----------------------------------------------------
_case(
    "privacy",
    cv(
        "Data Privacy Programme Manager",
        "Hannah Lindqvist",
        "Data protection professional with ten years running GDPR compliance programmes in banking, "
        "telecoms and the public sector. Builds records of processing, runs data protection impact "
        "assessments, handles data subject requests at scale and reports to boards and DPOs.",
        [
            (
                "Privacy Programme Manager, Nordbank Group (2020–2024)",
                "Group-wide GDPR programme for a Nordic bank with operations in 4 countries.",
                [
                    "Built the record of processing activities, covering 1,100 processes, in OneTrust.",
                    "Ran 85 data protection impact assessments for new products and vendors.",
                    "Reduced the average response time to data subject access requests from 27 days to 9.",
                    "Led the response to 2 personal data breaches reported to the Swedish supervisory authority.",
                    "Reported quarterly on privacy risk to the board risk committee.",
                ],
                ["OneTrust", "ServiceNow", "Microsoft Purview", "Power BI"],
            ),
            (
                "Senior Privacy Consultant, Clearmark Advisory (2017–2020)",
                "GDPR readiness projects for telecoms and public sector clients before and after May 2018.",
                [
                    "Ran gap assessments against the GDPR for 12 clients.",
                    "Drafted privacy notices, retention schedules and data processing agreements.",
                    "Set up the DSAR process for a mobile operator receiving around 3,000 requests a year.",
                    "Delivered awareness training to more than 2,000 staff.",
                    "Mapped international transfers and put standard contractual clauses in place.",
                ],
                ["OneTrust", "Excel", "Visio"],
            ),
            (
                "Compliance Analyst, Telia Services (2014–2017)",
                "Compliance monitoring under the Swedish Personal Data Act.",
                [
                    "Maintained the register of personal data processing for customer service.",
                    "Reviewed marketing campaigns for consent and opt-out rules.",
                    "Answered privacy queries from the customer service teams.",
                    "Helped prepare the company's first GDPR gap analysis in 2016.",
                ],
                ["Excel", "SharePoint"],
            ),
        ],
        skills=[
            "GDPR",
            "DPIAs",
            "records of processing",
            "data subject rights",
            "privacy by design",
            "international transfers",
        ],
        languages=[],
        tools=["OneTrust", "Microsoft Purview", "ServiceNow"],
        certifications=["CIPP/E", "CIPM"],
        industries=["Banking", "Telecoms", "Public sector"],
        spoken_languages=["Swedish", "English", "Finnish"],
        academic_background=["LLM European Law, Stockholm University"],
    ),
    "Customer brief: a health-tech scale-up needs an interim privacy programme lead. GDPR and UK GDPR, "
    "DPIAs, RoPA in OneTrust, DSAR automation, vendor risk, EU AI Act readiness, HIPAA for the US "
    "business; CIPP/E or CIPT; experience reporting to the board.",
    "Ten years leading GDPR compliance programmes across banking, telecoms and the public sector. RoPA "
    "building, DPIAs, DSAR handling at scale and reporting to boards and data protection officers are the "
    "core of the work.",
    [
        (
            "For Nordbank Group (2020–2024), the group-wide GDPR programme of a Nordic bank operating in four "
            "countries.",
            [
                "RoPA of 1100 processes built in OneTrust.",
                "Eighty-five DPIAs conducted on new products and vendors.",
                "DSAR response time brought down to 9 days on average, from 27.",
                "Two personal data breaches, notified to the Swedish supervisory authority: response led.",
                "Privacy risk reported quarterly to the board's risk committee.",
            ],
        ),
        (
            "Clearmark Advisory, 2017–2020: GDPR readiness for telecoms and public-sector clients either side of "
            "May 2018.",
            [
                "GDPR gap assessments for twelve clients.",
                "Privacy notices, retention schedules and DPAs drafted.",
                "DSAR process designed for a mobile operator handling roughly 3k requests annually.",
                "Awareness training for upwards of 2000 staff.",
                "International transfers mapped and covered by SCCs.",
            ],
        ),
        (
            "Telia Services: compliance monitoring under the Swedish Personal Data Act (2014–2017).",
            [
                "Customer service's register of personal data processing kept current.",
                "Consent and opt-out checks on marketing campaigns.",
                "Privacy questions from customer service teams answered; the first GDPR gap analysis, in 2016, "
                "co-prepared.",
            ],
        ),
    ],
)

_F += [
    ("privacy", "overview", "years", "start", "Ten years leading GDPR", "Fifteen years leading GDPR"),
    (
        "privacy",
        "overview",
        "customer",
        "middle",
        "across banking, telecoms and the public sector",
        "across banking (Nordea, SEB), telecoms and the public sector",
    ),
    (
        "privacy",
        "overview",
        "tool",
        "end",
        "are the core of the work.",
        "are the core of the work, together with HIPAA compliance.",
    ),
    (
        "privacy",
        "experiences[0].description",
        "number",
        "end",
        "operating in four countries.",
        "operating in six countries.",
    ),
    ("privacy", "experiences[0].bullets[0]", "number", "start", "RoPA of 1100 processes", "RoPA of 1600 processes"),
    ("privacy", "experiences[0].bullets[1]", "number", "start", "Eighty-five DPIAs", "Ninety-five DPIAs"),
    ("privacy", "experiences[0].bullets[2]", "number", "middle", "down to 9 days", "down to 5 days"),
    (
        "privacy",
        "experiences[0].bullets[3]",
        "number",
        "start",
        "Two personal data breaches",
        "Three personal data breaches",
    ),
    (
        "privacy",
        "experiences[0].bullets[4]",
        "recognition",
        "end",
        "to the board's risk committee.",
        "to the board's risk committee, which commended the programme.",
    ),
    (
        "privacy",
        "experiences[0].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Prepared the bank for the EU AI Act with a register of 40 AI systems.",
    ),
    (
        "privacy",
        "experiences[1].description",
        "certification",
        "end",
        "either side of May 2018.",
        "either side of May 2018, holding the CIPT.",
    ),
    (
        "privacy",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "roughly 3k requests annually.",
        "roughly 3k requests annually, with 95% answered within a week.",
    ),
    ("privacy", "experiences[1].bullets[3]", "number", "end", "upwards of 2000 staff.", "upwards of 5000 staff."),
    (
        "privacy",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Eighty-five DPIAs conducted on new products and vendors.",
    ),
    (
        "privacy",
        "experiences[2].bullets[2]",
        "date",
        "end",
        "the first GDPR gap analysis, in 2016,",
        "the first GDPR gap analysis, in 2015,",
    ),
    (
        "privacy",
        "experiences[2].description",
        "team size",
        "start",
        "Telia Services: compliance monitoring",
        "Telia Services: compliance monitoring with a team of seven",
    ),
    (
        "privacy",
        "experiences[2].description",
        "degree",
        "end",
        "Personal Data Act (2014–2017).",
        "Personal Data Act (2014–2017), alongside a doctorate in data protection law.",
    ),
]
_A += [
    (
        "privacy",
        "experiences[0].bullets[1]",
        "Eighty-five DPIAs conducted",
        "Eighty-five DPIAs conducted, including vendor risk reviews,",
        "DPIAs on vendors touch on vendor risk, the brief's words, but the CV does not claim vendor risk reviews",
    ),
    (
        "privacy",
        "overview",
        "Ten years leading GDPR",
        "Ten years leading GDPR and UK GDPR",
        "UK GDPR is the same law retained in the UK; the CV shows no UK work",
    ),
]

# --- generalist IT project manager (PRINCE2): very short, results first -----------------------------------------
_case(
    "itpm",
    cv(
        "IT Project Manager",
        "George Adeyemi-Clarke",
        "IT project manager with fourteen years delivering infrastructure, application and office move "
        "projects for mid-sized firms and local government. Uses PRINCE2 and agile methods, manages budgets "
        "of up to £2.5 million and suppliers, and keeps stakeholders informed from board to service desk.",
        [
            (
                "Senior IT Project Manager, Ashdown District Council (2019–2024)",
                "Project delivery for the council's IT and digital services.",
                [
                    "Delivered the move of 1,800 users from on-premise Exchange to Microsoft 365.",
                    "Ran the data centre exit to Azure within a £2.5m budget, finishing 6 weeks early.",
                    "Managed 4 suppliers under a single change board.",
                    "Introduced a project gateway process adopted by the whole IT department.",
                    "Replaced the council's telephony with Microsoft Teams Phone for 900 staff.",
                ],
                ["PRINCE2", "Microsoft 365", "Azure", "Jira", "MS Project"],
            ),
            (
                "IT Project Manager, Fenwick Logistics (2013–2019)",
                "Infrastructure and application projects for a logistics company with 22 depots.",
                [
                    "Rolled out a new warehouse management system to 22 depots over 2 years.",
                    "Managed the head office move, with 350 staff relocated over one weekend.",
                    "Replaced the WAN with SD-WAN across all sites.",
                    "Ran the yearly disaster recovery test.",
                ],
                ["MS Project", "Cisco", "VMware", "SharePoint"],
            ),
            (
                "Service Desk Team Leader, Fenwick Logistics (2010–2013)",
                "First-line IT support for head office and depots.",
                [
                    "Led a service desk team of 6 analysts.",
                    "Raised first-time fix rate from 55% to 70%.",
                    "Wrote the knowledge base used by the service desk.",
                ],
                ["ServiceNow", "Active Directory"],
            ),
        ],
        skills=[
            "project management",
            "PRINCE2",
            "agile delivery",
            "supplier management",
            "budget control",
            "risk management",
        ],
        languages=[],
        tools=["MS Project", "Jira", "Confluence", "ServiceNow", "Microsoft 365"],
        certifications=["PRINCE2 Practitioner", "ITIL 4 Foundation"],
        industries=["Local government", "Logistics"],
        spoken_languages=["English"],
        academic_background=["BA Business Information Systems, University of Portsmouth"],
    ),
    "Job posting: IT Programme Manager, public sector. PRINCE2 and MSP, cloud migration, Microsoft 365, "
    "agile (SAFe), budgets over £5m, stakeholder management, GDS service standard; PMP or APM PMQ welcome.",
    "PRINCE2 IT project manager, 14 years: infrastructure, application and office moves for mid-sized "
    "firms and local government. Budgets to £2.5m, suppliers, stakeholders from board to service desk.",
    [
        (
            "Ashdown District Council, 2019–2024: IT and digital project delivery.",
            [
                "1800 users moved from on-premises Exchange to M365.",
                "Data centre exit to Azure: six weeks early, within GBP 2.5m.",
                "Four suppliers under one change board.",
                "Project gateway process, adopted IT-wide.",
                "Council telephony replaced by Teams Phone for 900 staff.",
            ],
        ),
        (
            "Fenwick Logistics, 2013–2019: infrastructure and application projects across 22 depots.",
            [
                "New WMS rolled out to all 22 depots over two years.",
                "Head office move: 350 staff relocated in a weekend.",
                "SD-WAN replaced the WAN at every site.",
                "Annual DR test, run.",
            ],
        ),
        (
            "First-line IT support, head office and depots.",
            [
                "Service desk lead, six analysts.",
                "First-time fix: 55% to 70%.",
                "Service desk knowledge base, written.",
            ],
        ),
    ],
)

_F += [
    ("itpm", "overview", "years", "middle", "IT project manager, 14 years", "IT project manager, 18 years"),
    ("itpm", "overview", "number", "middle", "Budgets to £2.5m,", "Budgets to £5m,"),
    ("itpm", "overview", "certification", "start", "PRINCE2 IT project manager", "PRINCE2 and MSP IT project manager"),
    (
        "itpm",
        "overview",
        "certified",
        "end",
        "from board to service desk.",
        "from board to service desk. PMP-certified.",
    ),
    (
        "itpm",
        "experiences[0].description",
        "tool",
        "end",
        "IT and digital project delivery.",
        "IT and digital project delivery under SAFe.",
    ),
    ("itpm", "experiences[0].bullets[0]", "number", "start", "1800 users moved", "2800 users moved"),
    ("itpm", "experiences[0].bullets[1]", "duration", "middle", "six weeks early", "ten weeks early"),
    ("itpm", "experiences[0].bullets[2]", "number", "start", "Four suppliers under", "Seven suppliers under"),
    (
        "itpm",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "adopted IT-wide.",
        "adopted IT-wide and shortlisted for a national public sector IT award.",
    ),
    ("itpm", "experiences[0].bullets[4]", "metric", "end", "for 900 staff.", "for 900 staff, saving £120k a year."),
    (
        "itpm",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Passed the GDS service assessment for the council's new planning portal.",
    ),
    ("itpm", "experiences[1].description", "number", "end", "across 22 depots.", "across 32 depots."),
    (
        "itpm",
        "experiences[1].bullets[1]",
        "number",
        "start",
        "Head office move: 350 staff",
        "Head office move: 550 staff",
    ),
    ("itpm", "experiences[1].bullets[0]", "duration", "end", "over two years.", "over eighteen months."),
    (
        "itpm",
        "experiences[1].bullets[2]",
        "customer",
        "end",
        "at every site.",
        "at every site, with BT as the carrier.",
    ),
    ("itpm", "experiences[1].bullets[+]", "moved bullet", "start", None, "Four suppliers under one change board."),
    ("itpm", "experiences[2].bullets[0]", "team size", "end", "six analysts.", "ten analysts."),
    ("itpm", "experiences[2].bullets[1]", "number", "end", "55% to 70%.", "55% to 80%."),
    (
        "itpm",
        "experiences[2].description",
        "date",
        "start",
        "First-line IT support",
        "From 2008, first-line IT support",
    ),
    (
        "itpm",
        "experiences[0].bullets[0]",
        "version",
        "middle",
        "on-premises Exchange to M365",
        "on-premises Exchange 2010 to M365",
    ),
]
_A += [
    (
        "itpm",
        "experiences[0].bullets[1]",
        "Data centre exit to Azure",
        "Cloud migration: data centre exit to Azure",
        "the posting's 'cloud migration' for a move to Azure is the same work in other words, though the label is new",
    ),
    (
        "itpm",
        "experiences[1].bullets[3]",
        "Annual DR test, run.",
        "Annual DR test, run successfully.",
        "'successfully' is an outcome the CV does not state",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _F)
AMBIGUOUS = build(CVS, _A, with_reason=True)
# Measured before the set was seen (scripts/bench_claims_blind.py --set f): the guard of 0db9792
# caught 197 and touched 17; with the fixes from set D (guardd) 201 and 17.
GUARD_FLOOR = {"caught": 212, "touched": 0}
# Every injected claim caught since tuning on sets I, J and L; before: set F (blind at first: 201/212 caught,
# 17/192 touched; then tuned on): 211/212 caught; miss: a level beside a standard ('DO-178C Level A' where
# that experience says Level B)
