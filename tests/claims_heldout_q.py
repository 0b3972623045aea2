"""Blind set q for the free-text claims guard (issue 20): twelve hand-written CVs in SAP PP/QM
manufacturing, Salesforce CPQ, Anaplan FP&A planning, Pega BPM, Informatica MDM, API management
(Apigee, MuleSoft), SharePoint and Microsoft Teams intranets, digital forensics and incident response,
bank regulatory reporting (COREP/FINREP, AxiomSL), building management systems (BMS, BACnet), vehicle
telematics and fleet IoT, and quantitative research on kdb+/q, each with a job posting or customer brief
and one honest tailoring, plus single claims injected into those tailorings and a few edits whose honesty
is debatable; written blind, without reading the guard, its documentation, its benchmarks or other sets."""

from claims_blind_set import build, cv, honest_texts, tailor


def case(source, prompt, overview, experiences):
    return {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


CVS = {}

# --- SAP PP/QM manufacturing -------------------------------------------------------------------

CVS["sap_ppqm"] = case(
    cv(
        "SAP PP/QM Consultant",
        "Henrike Vosskamp",
        "SAP PP/QM consultant w/ approx. 11 yrs in discrete & process manufacturing. Full-cycle S/4HANA & ECC "
        "implementations (blueprint/build/test/cutover), strong on QM inspection planning, batch mgmt and MRP. "
        "Worked for automotive suppliers and a Pharma CMO. Fluent German/English.",
        [
            (
                "Lead SAP PP/QM Consultant | Kessler Antriebstechnik GmbH | 2021 – present",
                "S/4HANA 2020 greenfield for a Tier-1 automotive supplier (gearboxes), 4 plants in DE & CZ. "
                "Responsible for PP & QM design/build/run incl. integration to MES.",
                [
                    "Designed production version & routing concept for approx. 2,400 materials across 4 plants",
                    "QM: inspection plans, sampling procedures (ISO 2859), quality notifications - cut manual QC "
                    "paperwork by 35%",
                    "Set up MRP Live + PP/DS heuristics, planning run time down from 6h to 50 min",
                    "Led team of 5 functional consultants (2 offshore) & ran weekly design authority",
                    "Cutover planning + hypercare for go-live in Nov 2022",
                ],
                ["SAP S/4HANA 2020", "PP/DS", "MRP Live", "SAP QM", "SAP ME", "Solution Manager"],
            ),
            (
                "SAP PP-PI / QM Consultant | Rheintal Pharma Services | 2017 – 2021",
                "ECC 6.0 EhP8 rollout for a contract manufacturer (CMO) of sterile injectables. Process orders, "
                "batch mgmt, GMP-compliant QM, CSV documentation.",
                [
                    "Configured process orders, master recipes & PI sheets for 3 filling lines",
                    "Batch mgmt + batch classification, shelf-life expiry incl. SLED calculation",
                    "Wrote CSV (computer system validation) docs: URS/FS/IQ/OQ for GMP audit – passed FDA "
                    "pre-approval inspection 2019 w/o findings",
                    "Trained approx. 60 key users in 2 languages",
                ],
                ["SAP ECC 6.0 EhP8", "PP-PI", "QM", "Batch Management", "HP ALM"],
            ),
            (
                "SAP Logistics Consultant (junior) | Brenner & Vogt Consulting | 2014 – 2017",
                "Consultancy, various mid-size manufacturing clients; PP & MM support and small rollouts.",
                [
                    "Support & enhancements for PP/MM at 3 clients (AMS tickets, approx. 40/month)",
                    "Kanban + JIT call set-up for automotive supplier",
                    "ABAP debugging, functional specs for user exits",
                ],
                ["SAP ECC 6.0", "PP", "MM", "ABAP (debugging)"],
            ),
        ],
        skills=[
            "Production Planning (PP, PP-PI)",
            "Quality Management (QM)",
            "MRP / MRP Live",
            "PP/DS",
            "Batch management",
            "GMP / CSV",
            "Cutover & hypercare",
        ],
        languages=["ABAP (reading)"],
        tools=["SAP S/4HANA", "SAP ECC 6.0", "Solution Manager", "HP ALM", "SAP ME"],
        certifications=["SAP Certified Application Associate – Production Planning & Manufacturing with SAP S/4HANA"],
        industries=["Automotive", "Pharmaceuticals", "Discrete manufacturing"],
        spoken_languages=["German (native)", "English (fluent)", "Czech (basic)"],
        academic_background=["Dipl.-Wirt.-Ing. (Industrial Engineering), KIT Karlsruhe, 2013"],
    ),
    "Customer brief: a mid-size pharmaceutical company is moving from ECC to S/4HANA and needs an SAP PP/QM "
    "lead who knows GMP, batch management and validated systems, and who has led a small functional team. "
    "Go-live planning and hypercare experience required. German and English.",
    "SAP PP/QM consultant with around eleven years in discrete and process manufacturing, including GMP-regulated "
    "production at a pharmaceutical contract manufacturer. Delivers full-cycle SAP S/4HANA and ECC implementations "
    "from blueprint through build, test and cutover, with particular depth in QM inspection planning, batch "
    "management and MRP. Fluent in German and English.",
    [
        (
            "Greenfield SAP S/4HANA 2020 implementation for a Tier-1 automotive gearbox supplier across four plants "
            "in Germany and the Czech Republic, owning PP and QM design, build and run including the MES integration.",
            [
                "Led a team of five functional consultants, two of them offshore, and chaired the weekly design "
                "authority",
                "Built QM inspection plans, ISO 2859 sampling procedures and quality notifications, reducing manual "
                "QC paperwork by 35 percent",
                "Designed the production version and routing concept for approximately 2,400 materials in four plants",
                "Introduced MRP Live with PP/DS heuristics, cutting the planning run from six hours to 50 minutes, and "
                "planned the cutover and hypercare for the November 2022 go-live",
            ],
        ),
        (
            "Rollout of SAP ECC 6.0 EhP8 at a contract manufacturer of sterile injectables, covering process orders, "
            "batch management, GMP-compliant QM and computer system validation documentation.",
            [
                "Authored the validation documentation (URS, FS, IQ, OQ) for the GMP audit; the site passed the 2019 "
                "FDA pre-approval inspection without findings",
                "Configured batch management and batch classification, including shelf-life expiration date (SLED) "
                "calculation",
                "Set up process orders, master recipes and PI sheets for three filling lines",
                "Trained roughly 60 key users in two languages",
            ],
        ),
        (
            "Consultancy role supporting mid-sized manufacturing clients with SAP PP and MM support and small rollouts.",
            [
                "Handled PP/MM application support and enhancements for three clients, around 40 AMS tickets a month",
                "Set up Kanban and JIT calls for an automotive supplier",
                "Debugged ABAP and wrote functional specifications for user exits",
            ],
        ),
    ],
)

FABRICATIONS = [
    ("sap_ppqm", "overview", "years", "middle", "around eleven years", "around fourteen years"),
    (
        "sap_ppqm",
        "overview",
        "certified",
        "end",
        "Fluent in German and English.",
        "Fluent in German and English, and a certified SAP Activate Project Manager.",
    ),
    ("sap_ppqm", "overview", "degree", "start", "Delivers full-cycle", "Holds an MBA and delivers full-cycle"),
    (
        "sap_ppqm",
        "experiences[0].description",
        "customer",
        "middle",
        "Tier-1 automotive gearbox supplier",
        "Tier-1 automotive gearbox supplier, ZF Friedrichshafen,",
    ),
    ("sap_ppqm", "experiences[0].description", "version", "start", "SAP S/4HANA 2020", "SAP S/4HANA 2022"),
    (
        "sap_ppqm",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "in four plants",
        "in four plants, lifting schedule adherence to 96%",
    ),
    ("sap_ppqm", "experiences[0].bullets[0]", "team size", "start", "Led a team of five", "Led a team of eight"),
    (
        "sap_ppqm",
        "experiences[1].bullets[1]",
        "tool",
        "end",
        "(SLED) calculation",
        "(SLED) calculation in SAP EWM",
    ),
    (
        "sap_ppqm",
        "experiences[1].description",
        "recognition",
        "end",
        "validation documentation.",
        "validation documentation, recognised with the site's quality excellence award.",
    ),
    (
        "sap_ppqm",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Designed the production version and routing concept for approximately 2,400 materials in four plants",
    ),
    (
        "sap_ppqm",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Migrated legacy routings for a food and beverage client using LSMW",
    ),
]

AMBIGUOUS_EDITS = [
    (
        "sap_ppqm",
        "overview",
        "discrete and process manufacturing,",
        "discrete and process manufacturing with hands-on validated-systems experience,",
        "the CV shows CSV documentation for a GMP audit, which arguably is validated-systems experience, but the "
        "phrase itself is the brief's and not the CV's",
    ),
    (
        "sap_ppqm",
        "experiences[0].bullets[0]",
        "chaired the weekly design authority",
        "acted as design authority",
        "the CV says she ran the weekly design authority meeting; being the design authority is a stronger role",
    ),
]

# --- Salesforce CPQ ------------------------------------------------------------------------------

CVS["sf_cpq"] = case(
    cv(
        "Salesforce CPQ Solution Architect",
        "Tomasz Wielgosz",
        "Salesforce CPQ / Revenue Cloud architect, 8+ yrs on the platform (5 of them CPQ). Quote-to-cash end to "
        "end: product catalogue, pricing rules, approvals, contract amendments & renewals, billing integration w/ "
        "SAP + NetSuite. 7x Salesforce certified. Hands-on Apex & LWC when needed.",
        [
            (
                "Salesforce CPQ Architect | Nordlicht Medical Devices (via Cloudwerk GmbH) | 2022 – 2025",
                "Replacement of legacy Excel-based quoting for medtech manufacturer, approx. 350 sales reps in 14 "
                "countries. Architecture lead for CPQ + Advanced Approvals.",
                [
                    "Modelled ~1,800 products into bundles, option constraints & product rules",
                    "Price rules + lookup tables for tiered/volume/contracted pricing; quote generation time from 2 "
                    "days to 20 min",
                    "Advanced Approvals w/ 4-level discount matrix",
                    "Integration to SAP S/4HANA for order creation via MuleSoft (designed the API contract)",
                    "Data migration of 9k active contracts incl. amendments/renewals history",
                ],
                [
                    "Salesforce CPQ",
                    "Advanced Approvals",
                    "Sales Cloud",
                    "MuleSoft",
                    "SAP S/4HANA",
                    "Apex",
                    "LWC",
                    "Copado",
                ],
            ),
            (
                "Senior Salesforce Consultant | Cloudwerk GmbH | 2019 – 2022",
                "Salesforce partner, CPQ & Billing projects for SaaS and industrial customers.",
                [
                    "CPQ + Salesforce Billing implementation for a SaaS scale-up (subscription & usage-based), "
                    "invoices via NetSuite",
                    "Built custom LWC quote line editor extension, Apex QCP (quote calculator plugin) in JavaScript",
                    "Led CPQ practice training: 12 junior consultants onboarded",
                ],
                ["Salesforce CPQ", "Salesforce Billing", "NetSuite", "JavaScript", "Apex", "LWC"],
            ),
            (
                "Salesforce Developer | Baltic Freight Systems | 2017 – 2019",
                "In-house Sales Cloud & Service Cloud development for a logistics company.",
                ["Apex triggers, batch jobs & Visualforce pages", "Migrated Classic → Lightning for 220 users"],
                ["Sales Cloud", "Service Cloud", "Apex", "Visualforce", "Lightning Experience"],
            ),
        ],
        skills=[
            "Quote-to-cash",
            "CPQ product & pricing modelling",
            "Subscription billing",
            "Solution architecture",
            "Data migration",
        ],
        languages=["Apex", "JavaScript", "SOQL"],
        tools=["Salesforce CPQ", "Salesforce Billing", "MuleSoft Anypoint", "Copado", "Data Loader"],
        certifications=[
            "Salesforce Certified CPQ Specialist",
            "Salesforce Certified Application Architect",
            "Salesforce Certified Platform Developer I",
            "Salesforce Certified Administrator",
            "Salesforce Certified Sales Cloud Consultant",
            "Salesforce Certified Billing Specialist",
            "Salesforce Certified Platform App Builder",
        ],
        industries=["Medical devices", "SaaS", "Logistics"],
        spoken_languages=["Polish (native)", "English (C2)", "German (B2)"],
        academic_background=["MSc Computer Science, Gdańsk University of Technology, 2016"],
    ),
    "Job posting: Salesforce CPQ Architect (Revenue Cloud) for a SaaS vendor. Must have: complex pricing (tiered, "
    "usage-based), renewals and amendments, Salesforce Billing, ERP integration, CPQ Specialist certification. "
    "Nice to have: QCP in JavaScript, experience mentoring consultants.",
    "Salesforce CPQ and Revenue Cloud architect with more than eight years on the platform, five of them focused "
    "on CPQ. Covers quote-to-cash end to end — product catalogue, pricing rules, approvals, contract amendments "
    "and renewals — and the billing integration with SAP and NetSuite, including usage-based subscription "
    "billing. Holds seven Salesforce certifications, among them CPQ Specialist, and still writes Apex and "
    "Lightning Web Components where the design needs it.",
    [
        (
            "Architecture lead for Salesforce CPQ and Advanced Approvals, replacing Excel-based quoting at a medtech "
            "manufacturer with roughly 350 sales reps across 14 countries.",
            [
                "Designed tiered, volume and contracted pricing with price rules and lookup tables, cutting quote "
                "generation from two days to 20 minutes",
                "Modelled about 1,800 products as bundles with option constraints and product rules",
                "Migrated 9,000 active contracts together with their amendment and renewal history",
                "Designed the API contract for order creation in SAP S/4HANA via MuleSoft, and set up Advanced "
                "Approvals with a four-level discount matrix",
            ],
        ),
        (
            "CPQ and Billing projects for SaaS and industrial customers at a Salesforce partner.",
            [
                "Implemented Salesforce CPQ and Salesforce Billing for a SaaS scale-up with subscription and "
                "usage-based pricing, invoicing through NetSuite",
                "Extended the quote line editor with a custom Lightning Web Component and wrote the quote calculator "
                "plugin (QCP) in JavaScript",
                "Trained the CPQ practice, onboarding twelve junior consultants",
            ],
        ),
        (
            "Sales Cloud and Service Cloud development in-house at a logistics company.",
            [
                "Moved 220 users from Salesforce Classic to Lightning",
                "Developed Apex triggers, batch jobs and Visualforce pages",
            ],
        ),
    ],
)

FABRICATIONS += [
    ("sf_cpq", "overview", "years", "middle", "more than eight years", "more than ten years"),
    ("sf_cpq", "overview", "number", "start", "Holds seven Salesforce", "Holds nine Salesforce"),
    (
        "sf_cpq",
        "overview",
        "customer",
        "end",
        "where the design needs it.",
        "where the design needs it, most recently for Siemens Healthineers.",
    ),
    (
        "sf_cpq",
        "overview",
        "certification",
        "middle",
        "among them CPQ Specialist,",
        "among them CPQ Specialist and Certified Technical Architect,",
    ),
    (
        "sf_cpq",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "renewal history",
        "renewal history, reaching 99.8% record reconciliation",
    ),
    ("sf_cpq", "experiences[0].bullets[3]", "tool", "middle", "via MuleSoft,", "via MuleSoft and Dell Boomi,"),
    (
        "sf_cpq",
        "experiences[0].bullets[1]",
        "duration",
        "end",
        "option constraints and product rules",
        "option constraints and product rules within the first three months",
    ),
    (
        "sf_cpq",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Ran user acceptance testing with 40 sales reps in four pilot countries",
    ),
    (
        "sf_cpq",
        "experiences[1].description",
        "certified",
        "start",
        "CPQ and Billing projects",
        "As a Salesforce Certified Revenue Cloud Consultant, ran CPQ and Billing projects",
    ),
    (
        "sf_cpq",
        "experiences[2].bullets[1]",
        "team size",
        "end",
        "and Visualforce pages",
        "and Visualforce pages in a team of six developers",
    ),
    (
        "sf_cpq",
        "experiences[2].description",
        "date",
        "end",
        "at a logistics company.",
        "at a logistics company since 2015.",
    ),
    (
        "sf_cpq",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Trained the CPQ practice, onboarding twelve junior consultants",
    ),
]

AMBIGUOUS_EDITS += [
    (
        "sf_cpq",
        "experiences[0].bullets[0]",
        "cutting quote generation from two days to 20 minutes",
        "cutting quote generation time by more than 99 percent",
        "the percentage is derived (two days to 20 minutes is about 99.3%) and never stated in the CV",
    ),
    (
        "sf_cpq",
        "overview",
        "Revenue Cloud architect",
        "Revenue Cloud architect and ERP integration specialist",
        "the CV shows SAP and NetSuite integration work, but 'specialist' is a self-description it never makes",
    ),
]

# --- Anaplan FP&A planning -----------------------------------------------------------------------

CVS["anaplan"] = case(
    cv(
        "Anaplan Solution Architect / FP&A Planning",
        "Aoife Brannigan",
        "Certified Anaplan Solution Architect & former FP&A analyst (CIMA qualified). 9 years total, 6 on Anaplan: "
        "model builds for opex, workforce, revenue & capex planning, driver-based forecasting. Comfortable "
        "translating between Finance and IT. Based Dublin, travel ok.",
        [
            (
                "Anaplan Solution Architect | Lattice Planning Partners | 2021 – present",
                "Anaplan partner (Platinum). Lead architect on FP&A transformations, typically 3-6 month build phases.",
                [
                    "Connected planning for a European retailer (1,100 stores): integrated opex, workforce & sales "
                    "planning models, 14 models in one hub & spoke design",
                    "Workforce planning model for approx. 18,000 FTEs incl. salary increase scenarios",
                    "Reduced budget cycle for a pharma distributor from 12 weeks to 5",
                    "Built data hub w/ Anaplan Connect + CloudWorks feeds from SAP BW and Workday",
                    "Mentored 4 model builders to Certified Model Builder level",
                ],
                ["Anaplan", "Anaplan Connect", "CloudWorks", "ALM", "SAP BW", "Workday", "Polaris engine"],
            ),
            (
                "Anaplan Model Builder | Corrib Beverages plc | 2019 – 2021",
                "In-house CoE, moved FP&A from Excel to Anaplan.",
                [
                    "Built revenue & gross margin forecast by SKU/channel (approx. 2,500 SKUs)",
                    "Driver-based opex model for 9 cost centres groups; rolling 18-month forecast",
                    "Admin: ALM, user roles, selective access for 150 planners",
                ],
                ["Anaplan", "ALM", "Excel", "Power BI"],
            ),
            (
                "FP&A Analyst | Corrib Beverages plc | 2016 – 2019",
                "Monthly mgmt reporting, budget & reforecast for Irish ops.",
                [
                    "Month-end variance analysis + commentary for CFO pack",
                    "Capex tracking for approx. €40m annual programme",
                ],
                ["Excel", "SAP BPC", "Power BI"],
            ),
        ],
        skills=[
            "Connected planning",
            "Driver-based forecasting",
            "Workforce planning",
            "Model architecture (hub & spoke)",
            "FP&A process design",
        ],
        tools=["Anaplan", "Anaplan Connect", "CloudWorks", "Power BI", "SAP BPC", "Excel (advanced)"],
        certifications=[
            "Anaplan Certified Solution Architect",
            "Anaplan Certified Master Anaplanner",
            "CIMA – Chartered Global Management Accountant (CGMA)",
        ],
        industries=["Retail", "Consumer goods / beverages", "Pharma distribution"],
        spoken_languages=["English (native)", "Irish (conversational)", "French (B1)"],
        academic_background=["BComm (Finance), University College Dublin, 2016"],
    ),
    "Job posting: Senior Anaplan Architect for our FP&A transformation (consumer goods). You will own the model "
    "architecture across revenue, opex and workforce planning, integrate with SAP and Workday, and coach our "
    "internal model builders. Finance background and Anaplan Solution Architect certification essential.",
    "Anaplan Certified Solution Architect with a finance background: a CIMA-qualified former FP&A analyst with "
    "nine years in finance and planning, six of them on Anaplan. Designs and builds models for revenue, opex, "
    "workforce and capex planning and driver-based forecasting, integrates them with SAP and Workday, and coaches "
    "model builders. Works comfortably between Finance and IT; based in Dublin and open to travel.",
    [
        (
            "Lead architect on FP&A transformations at a Platinum Anaplan partner, usually with build phases of "
            "three to six months.",
            [
                "Architected connected planning for a European retailer with 1,100 stores: fourteen models in a "
                "hub-and-spoke design linking opex, workforce and sales planning",
                "Built a workforce planning model covering about 18,000 FTEs, including salary-increase scenarios",
                "Shortened a pharma distributor's budget cycle from 12 weeks to five",
                "Set up the data hub with Anaplan Connect and CloudWorks, fed from SAP BW and Workday, and mentored "
                "four model builders to Certified Model Builder",
            ],
        ),
        (
            "Moved FP&A from Excel to Anaplan as part of the in-house centre of excellence.",
            [
                "Delivered a revenue and gross-margin forecast by SKU and channel for roughly 2,500 SKUs",
                "Built a driver-based opex model for nine cost-centre groups with a rolling 18-month forecast",
                "Administered ALM, user roles and selective access for 150 planners",
            ],
        ),
        (
            "Monthly management reporting, budgeting and reforecasting for the Irish operations.",
            [
                "Tracked capex for an annual programme of about 40 million euros",
                "Prepared month-end variance analysis and commentary for the CFO pack",
            ],
        ),
    ],
)

FABRICATIONS += [
    ("anaplan", "overview", "years", "middle", "nine years in finance", "twelve years in finance"),
    (
        "anaplan",
        "overview",
        "degree",
        "end",
        "open to travel.",
        "open to travel; holds an MSc in Finance from Trinity College Dublin.",
    ),
    ("anaplan", "overview", "tool", "middle", "with SAP and Workday,", "with SAP, Oracle Fusion and Workday,"),
    (
        "anaplan",
        "experiences[0].description",
        "customer",
        "end",
        "three to six months.",
        "three to six months, for clients including Diageo.",
    ),
    ("anaplan", "experiences[0].bullets[0]", "number", "middle", "1,100 stores", "1,300 stores"),
    (
        "anaplan",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "from 12 weeks to five",
        "from 12 weeks to five and improved forecast accuracy to 95%",
    ),
    (
        "anaplan",
        "experiences[0].bullets[1]",
        "recognition",
        "start",
        "Built a workforce",
        "Built an award-winning workforce",
    ),
    (
        "anaplan",
        "experiences[1].bullets[2]",
        "duration",
        "start",
        "Administered ALM",
        "For two years, administered ALM",
    ),
    (
        "anaplan",
        "experiences[1].description",
        "certified",
        "start",
        "Moved FP&A from Excel",
        "As a PMP-certified lead, moved FP&A from Excel",
    ),
    (
        "anaplan",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Shortened a pharma distributor's budget cycle from 12 weeks to five",
    ),
    (
        "anaplan",
        "experiences[2].description",
        "certification",
        "end",
        "for the Irish operations.",
        "for the Irish operations, alongside completing the ACCA qualification.",
    ),
    (
        "anaplan",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Automated the intercompany reconciliation in Alteryx, saving three days per close",
    ),
]

AMBIGUOUS_EDITS += [
    (
        "anaplan",
        "overview",
        "and coaches model builders",
        "and coaches internal model builders",
        "the four model builders she mentored may have been the partner's own staff rather than a customer's "
        "internal team, as the posting's wording suggests",
    ),
    (
        "anaplan",
        "experiences[0].bullets[0]",
        "hub-and-spoke design",
        "hub-and-spoke design on the Polaris engine",
        "Polaris is in this experience's environment but the CV never ties it to the retailer's models",
    ),
]

# --- Pega BPM ------------------------------------------------------------------------------------

CVS["pega"] = case(
    cv(
        "Lead Pega System Architect",
        "Rahul Venkataraman",
        "Pega LSA w/ 10 yrs BPM, 8 on Pega (v7.x → Infinity '23). Case mgmt, decisioning (CDH basics), "
        "integrations (REST/SOAP/MQ), performance tuning. Financial services & insurance mainly. Guardrail score "
        "fanatic.",
        [
            (
                "Lead System Architect | Meridian Mutual Insurance | 2020 – 2025",
                "Claims modernisation on Pega Platform - replace mainframe claims workflow (FNOL → settlement) for "
                "motor & home lines.",
                [
                    "Designed case types & data model for FNOL, triage, assessment, settlement; 11 case types",
                    "Integration layer: 23 REST/SOAP connectors to Guidewire PolicyCenter + mainframe via MQ",
                    "Upgrade Pega 8.4 → Pega Infinity '23 w/ zero-downtime approach",
                    "Avg claim handling time reduced 30% (per client's benefits tracking)",
                    "Led 9 devs across Pune & Leeds, code reviews + guardrail score kept >97",
                ],
                [
                    "Pega Platform 8.4",
                    "Pega Infinity '23",
                    "Guidewire PolicyCenter",
                    "IBM MQ",
                    "Oracle 19c",
                    "Jenkins",
                    "Pega Deployment Manager",
                ],
            ),
            (
                "Senior System Architect | Northgate Banking Group | 2017 – 2020",
                "KYC / customer onboarding on Pega CLM for retail & SME banking.",
                [
                    "Built KYC case flows & SLAs for SME onboarding, approx. 4,000 cases/month",
                    "Performance tuning (PAL/DB traces), cut average screen load from 4.5s to 1.2s",
                    "Pega Customer Decision Hub PoC for next-best-action (not taken to prod)",
                ],
                ["Pega 7.4", "Pega CLM", "PostgreSQL", "Pega Customer Decision Hub"],
            ),
            (
                "Java / BPM Developer | Softline Solutions Pvt Ltd | 2015 – 2017",
                "Dev on IBM BPM + first Pega projects for banking clients.",
                ["Java integration services for IBM BPM processes", "Pega 7.1 developer on a loan origination app"],
                ["IBM BPM 8.5", "Java 8", "Pega 7.1", "DB2"],
            ),
        ],
        skills=["Case management", "BPM", "Integration design", "Performance tuning", "Agile / Scrum (PDA)"],
        languages=["Java", "SQL", "JavaScript"],
        tools=["Pega Platform", "Pega CLM", "Pega Deployment Manager", "Jenkins", "JIRA"],
        certifications=[
            "Certified Pega Lead System Architect (CPLSA)",
            "Certified Pega Senior System Architect (CSSA)",
            "Certified Pega Decisioning Consultant",
        ],
        industries=["Insurance", "Banking"],
        spoken_languages=["English (fluent)", "Tamil (native)", "Hindi (fluent)"],
        academic_background=["B.Tech Information Technology, Anna University, 2014"],
    ),
    "Customer brief: an insurer wants a Pega Lead System Architect to lead the rebuild of its commercial lines "
    "claims process on Pega Infinity, with heavy integration to Guidewire and legacy systems and an upgrade path "
    "from Pega 8. Team leadership across onshore and offshore locations and CPLSA required.",
    "Certified Pega Lead System Architect with ten years in BPM, eight of them on Pega from version 7.x to "
    "Infinity '23. Specialises in case management, REST, SOAP and MQ integrations and performance tuning, with a "
    "working knowledge of Customer Decision Hub decisioning, mostly for insurance and financial-services clients. "
    "Keeps a close eye on guardrail scores.",
    [
        (
            "Modernised motor and home claims on the Pega Platform, replacing the mainframe claims workflow from "
            "first notice of loss through to settlement.",
            [
                "Led nine developers across Pune and Leeds, running code reviews and keeping the guardrail score "
                "above 97",
                "Designed eleven case types and the data model covering FNOL, triage, assessment and settlement",
                "Built the integration layer: 23 REST and SOAP connectors to Guidewire PolicyCenter, plus MQ links to "
                "the mainframe",
                "Upgraded from Pega 8.4 to Pega Infinity '23 using a zero-downtime approach",
                "Contributed to a 30% reduction in average claim handling time, as measured by the client's benefits "
                "tracking",
            ],
        ),
        (
            "Retail and SME banking KYC and customer onboarding on Pega CLM.",
            [
                "Implemented KYC case flows and SLAs for SME onboarding handling around 4,000 cases a month",
                "Tuned performance with PAL and database traces, bringing average screen load down from 4.5 to 1.2 "
                "seconds",
                "Built a next-best-action proof of concept on Pega Customer Decision Hub, which did not go to "
                "production",
            ],
        ),
        (
            "Developed on IBM BPM and early Pega projects for banking clients.",
            [
                "Developed a loan origination application on Pega 7.1",
                "Wrote Java integration services for IBM BPM processes",
            ],
        ),
    ],
)

FABRICATIONS += [
    ("pega", "overview", "years", "middle", "with ten years in BPM", "with twelve years in BPM"),
    (
        "pega",
        "overview",
        "certification",
        "end",
        "Keeps a close eye on guardrail scores.",
        "Keeps a close eye on guardrail scores and holds the Pega Certified Robotics System Architect credential.",
    ),
    (
        "pega",
        "overview",
        "customer",
        "end",
        "financial-services clients.",
        "financial-services clients such as Aviva and HSBC.",
    ),
    (
        "pega",
        "overview",
        "degree",
        "start",
        "Certified Pega Lead System Architect with",
        "Computer Science graduate and Certified Pega Lead System Architect with",
    ),
    (
        "pega",
        "experiences[0].description",
        "tool",
        "end",
        "through to settlement.",
        "through to settlement, with document capture in Kofax.",
    ),
    ("pega", "experiences[0].bullets[0]", "team size", "start", "Led nine developers", "Led fourteen developers"),
    (
        "pega",
        "experiences[0].bullets[4]",
        "metric",
        "middle",
        "average claim handling time,",
        "average claim handling time and a 15% drop in claims leakage,",
    ),
    ("pega", "experiences[0].bullets[3]", "version", "middle", "Pega Infinity '23", "Pega Infinity '24"),
    (
        "pega",
        "experiences[1].bullets[2]",
        "duration",
        "middle",
        "Built a next-best-action",
        "Built a six-week next-best-action",
    ),
    (
        "pega",
        "experiences[1].description",
        "certified",
        "start",
        "Retail and SME banking KYC",
        "CAMS-certified work on retail and SME banking KYC",
    ),
    (
        "pega",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Designed eleven case types and the data model covering FNOL, triage, assessment and settlement",
    ),
    (
        "pega",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Automated regression testing with PegaUnit and Selenium",
    ),
]

AMBIGUOUS_EDITS += [
    (
        "pega",
        "experiences[0].bullets[4]",
        "Contributed to a 30% reduction",
        "Cut",
        "the CV credits the 30% to the client's benefits tracking; stating it as his own result may overclaim",
    ),
    (
        "pega",
        "experiences[2].bullets[0]",
        "on Pega 7.1",
        "on Pega 7.1 for a banking client",
        "the CV says the role served banking clients but does not say this application was for one",
    ),
]

# --- Informatica MDM -----------------------------------------------------------------------------

CVS["mdm"] = case(
    cv(
        "Informatica MDM Architect",
        "Sophie Lindqvist-Aalto",
        "MDM architect (Informatica MDM Hub 10.x, IDMC MDM SaaS). ~12 yrs data mgmt, last 7 purely MDM: customer, "
        "product & supplier domains. Match/merge tuning, survivorship, data governance w/ Axon + EDC. Nordics & "
        "DACH clients.",
        [
            (
                "MDM Architect | Fjordline Data Consulting AS | 2021 – present",
                "Customer + supplier MDM for a Nordic industrial group (approx. 30 legal entities); move from on-prem "
                "MDM 10.4 to IDMC.",
                [
                    "Match & merge rules on ~6.5m customer records, dup rate 18 pct → 2.5 pct",
                    "Survivorship & trust config for 7 source systems (SAP ECC, Salesforce, 3 legacy ERPs, 2 "
                    "e-commerce platforms)",
                    "Migration plan MDM 10.4 → IDMC Customer 360 SaaS, phased by region",
                    "Defined data ownership model + stewardship workflows with business (Axon)",
                ],
                [
                    "Informatica MDM 10.4",
                    "IDMC Customer 360",
                    "Informatica Axon",
                    "Informatica EDC",
                    "SAP ECC",
                    "Salesforce",
                    "Oracle 19c",
                ],
            ),
            (
                "MDM Consultant | Kvantum Analytics GmbH | 2018 – 2021",
                "Product MDM for DIY retailer, Informatica Product 360 (PIM) + MDM Hub.",
                [
                    "Product data model for approx. 400k articles & 2,800 suppliers",
                    "Supplier portal onboarding flow, cut time-to-listing from 21 to 8 days",
                    "IDQ rules for GTIN validation & address cleansing",
                    "Trained 25 data stewards",
                ],
                [
                    "Informatica Product 360",
                    "Informatica MDM Hub 10.2",
                    "Informatica Data Quality (IDQ)",
                    "SQL Server",
                ],
            ),
            (
                "ETL Developer | Helios Insurance Group | 2013 – 2018",
                "DWH & ETL dev, PowerCenter, some first MDM pilots.",
                [
                    "PowerCenter mappings for policy & claims DWH loads (nightly batch, approx. 300 workflows)",
                    "Customer MDM pilot on Informatica MDM 9.7 (single insurer brand)",
                ],
                ["Informatica PowerCenter 9.6", "Informatica MDM 9.7", "Teradata", "UNIX shell"],
            ),
        ],
        skills=[
            "Master data management",
            "Match/merge & survivorship",
            "Data governance",
            "Data quality",
            "Data modelling",
        ],
        languages=["SQL", "PL/SQL", "Java (basic)", "Bash"],
        tools=["Informatica MDM Hub", "IDMC", "Product 360", "Axon", "EDC", "IDQ", "PowerCenter"],
        certifications=["Informatica Certified Professional – MDM Developer", "DAMA CDMP (Practitioner)"],
        industries=["Manufacturing", "Retail", "Insurance"],
        spoken_languages=["Swedish (native)", "Finnish (native)", "English (fluent)", "German (good)"],
        academic_background=["M.Sc. Information Systems, Åbo Akademi University, 2012"],
    ),
    "Job posting: Lead MDM Architect (Informatica IDMC) — migration of a customer MDM from on-premises to "
    "Informatica Cloud, match/merge design for multi-million record volumes, data governance with business "
    "stewards. DAMA certification a plus. English required, Swedish or Finnish a plus.",
    "Master data management architect with roughly twelve years in data management, the last seven devoted "
    "entirely to MDM across customer, product and supplier domains. Works hands-on with Informatica MDM Hub 10.x "
    "and IDMC MDM SaaS, tuning match and merge and survivorship, and sets up data governance with Axon and EDC. "
    "Has served clients in the Nordics and the DACH region, holds the DAMA CDMP at Practitioner level, and is a "
    "native speaker of both Swedish and Finnish.",
    [
        (
            "Customer and supplier MDM for a Nordic industrial group of around 30 legal entities, including the move "
            "from on-premise MDM 10.4 to IDMC.",
            [
                "Planned the region-by-region migration from MDM 10.4 to IDMC Customer 360 SaaS",
                "Tuned match-and-merge rules over roughly 6.5 million customer records, bringing the duplicate rate "
                "down from 18 percent to 2.5 percent",
                "Configured survivorship and trust for seven source systems: SAP ECC, Salesforce, three legacy ERPs "
                "and two e-commerce platforms",
                "Agreed a data ownership model and stewardship workflows in Axon together with the business",
            ],
        ),
        (
            "Product MDM on Informatica Product 360 (PIM) and MDM Hub for a DIY retailer.",
            [
                "Designed the product data model for some 400,000 articles and 2,800 suppliers",
                "Built a supplier portal onboarding flow that shortened time-to-listing from 21 days to eight, and "
                "IDQ rules for GTIN validation and address cleansing",
                "Trained a group of 25 data stewards",
            ],
        ),
        (
            "Data warehouse and ETL development in PowerCenter, including the first MDM pilots.",
            [
                "Developed PowerCenter mappings for the nightly policy and claims DWH loads, about 300 workflows",
                "Ran a customer MDM pilot on Informatica MDM 9.7 for a single insurance brand",
            ],
        ),
    ],
)

FABRICATIONS += [
    ("mdm", "overview", "years", "middle", "the last seven devoted", "the last nine devoted"),
    ("mdm", "overview", "certification", "middle", "CDMP at Practitioner level", "CDMP at Master level"),
    ("mdm", "overview", "tool", "end", "with Axon and EDC.", "with Axon, EDC and Collibra."),
    (
        "mdm",
        "experiences[0].description",
        "customer",
        "middle",
        "Nordic industrial group of",
        "Nordic industrial group, Sandvik, of",
    ),
    ("mdm", "experiences[0].bullets[1]", "number", "end", "to 2.5 percent", "to 1.5 percent"),
    (
        "mdm",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "together with the business",
        "together with the business, raising data-quality scores by 40%",
    ),
    (
        "mdm",
        "experiences[1].description",
        "certified",
        "start",
        "Product MDM on Informatica",
        "As a certified Product 360 specialist, delivered product MDM on Informatica",
    ),
    (
        "mdm",
        "experiences[1].bullets[0]",
        "duration",
        "end",
        "and 2,800 suppliers",
        "and 2,800 suppliers in four months",
    ),
    (
        "mdm",
        "experiences[1].bullets[1]",
        "recognition",
        "start",
        "Built a supplier portal",
        "Built an award-winning supplier portal",
    ),
    (
        "mdm",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Connected 1,200 suppliers to GDSN data pools for automated product data exchange",
    ),
    (
        "mdm",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Trained a group of 25 data stewards",
    ),
    (
        "mdm",
        "experiences[2].bullets[1]",
        "team size",
        "middle",
        "Ran a customer MDM pilot on",
        "Ran a customer MDM pilot with a four-person team on",
    ),
]

AMBIGUOUS_EDITS += [
    (
        "mdm",
        "experiences[1].bullets[1]",
        "GTIN validation",
        "GTIN and GS1 validation",
        "GTIN is a GS1 standard, so GS1 is implied by the CV but never named",
    ),
    (
        "mdm",
        "experiences[0].bullets[2]",
        "three legacy ERPs",
        "three legacy ERPs inherited through acquisitions",
        "the CV calls the ERPs legacy but gives no reason; the acquisition story may be invented",
    ),
]

# --- API management (Apigee, MuleSoft) -----------------------------------------------------------

CVS["apim"] = case(
    cv(
        "Integration & API Platform Architect",
        "Chidi Okonkwo-Reyes",
        "API platform architect, 10+ yrs integration (ESB → API-led). Apigee X/Edge & MuleSoft Anypoint: gateway "
        "design, security (OAuth2, mTLS), developer portals, API product/monetisation. Also Kong in one engagement. "
        "Telco + retail banking background. MuleSoft Certified Integration Architect.",
        [
            (
                "API Platform Architect | Telvana Communications | 2022 – 2025",
                "Group-wide API platform for a telco (B2B & wholesale APIs), Apigee X on GCP, TM Forum Open APIs.",
                [
                    "Migrated 140 proxies from Apigee Edge (private cloud) to Apigee X",
                    "Designed OAuth2/OIDC + mTLS security pattern, shared flows reused by all squads",
                    "Developer portal (Drupal-based) for approx. 60 wholesale partners",
                    "API monetisation pilot: rate plans for 3 wholesale API products",
                    "p99 latency at gateway below 80ms at ~2,500 TPS peak",
                ],
                [
                    "Apigee X",
                    "Apigee Edge",
                    "Google Cloud (GCP)",
                    "Cloud Armor",
                    "Terraform",
                    "Drupal",
                    "TM Forum Open APIs",
                ],
            ),
            (
                "MuleSoft Lead Developer | Ostbank AG (via Integra Partners) | 2019 – 2022",
                "API-led connectivity programme, core banking modernisation.",
                [
                    "Built system/process/experience APIs for accounts, payments & customer data (~45 APIs)",
                    "CI/CD w/ Jenkins + MUnit, test coverage gate 80%",
                    "Mentored team of 6 Mule devs, set up C4E (Center for Enablement)",
                ],
                ["MuleSoft Anypoint Platform", "Mule 4", "CloudHub", "Jenkins", "MUnit", "Temenos T24"],
            ),
            (
                "Integration Developer | Integra Partners | 2014 – 2019",
                "ESB & SOA projects for retail and telco customers.",
                [
                    "TIBCO BusinessWorks services for order management",
                    "Kong gateway PoC for a retail client",
                    "WSO2 ESB to MuleSoft 3 migration (first Mule project)",
                ],
                ["TIBCO BusinessWorks 5", "Kong", "WSO2 ESB", "Mule 3", "Oracle SOA Suite"],
            ),
        ],
        skills=[
            "API-led connectivity",
            "API security (OAuth2, OIDC, mTLS)",
            "API product management",
            "Developer portals",
            "Integration architecture",
        ],
        languages=["Java", "DataWeave", "JavaScript", "Python"],
        tools=["Apigee X / Edge", "MuleSoft Anypoint", "Kong", "Terraform", "Jenkins", "Postman"],
        certifications=[
            "MuleSoft Certified Integration Architect – Level 1",
            "MuleSoft Certified Developer – Level 1 (Mule 4)",
            "Google Cloud Certified – Professional Cloud Architect",
            "Apigee Certified API Engineer",
        ],
        industries=["Telecommunications", "Retail banking", "Retail"],
        spoken_languages=["English (native)", "Spanish (fluent)", "German (B1)"],
        academic_background=["BEng Electronic Engineering, University of Manchester, 2013"],
    ),
    "Job posting: API Management Lead for a retail bank — Apigee X platform owner, API security (OAuth2, mTLS, "
    "FAPI), developer portal for fintech partners, migration from Apigee Edge; MuleSoft knowledge helpful. GCP "
    "Professional Cloud Architect preferred.",
    "API platform architect with more than ten years in integration, from ESB-era SOA to API-led connectivity. "
    "Designs gateways, OAuth2 and mTLS security, developer portals and API products, including monetisation, on "
    "Apigee X and Edge and on MuleSoft Anypoint, and has used Kong on one engagement. Brings retail banking and "
    "telecommunications experience, is a MuleSoft Certified Integration Architect and holds the Google Cloud "
    "Professional Cloud Architect certification.",
    [
        (
            "Built the group-wide API platform for a telecommunications operator's B2B and wholesale APIs on Apigee X "
            "in Google Cloud, following TM Forum Open APIs.",
            [
                "Moved 140 API proxies from private-cloud Apigee Edge to Apigee X",
                "Defined the OAuth2/OIDC and mTLS security pattern as shared flows that every squad reused",
                "Held gateway p99 latency under 80 ms at peaks of about 2,500 transactions per second",
                "Launched a Drupal developer portal for roughly 60 wholesale partners and piloted monetisation with "
                "rate plans for three wholesale API products",
            ],
        ),
        (
            "Core banking modernisation through an API-led connectivity programme.",
            [
                "Delivered around 45 system, process and experience APIs for accounts, payments and customer data",
                "Set up CI/CD with Jenkins and MUnit, gated at 80 per cent test coverage",
                "Established the Center for Enablement (C4E) and mentored a team of six Mule developers",
            ],
        ),
        (
            "ESB and SOA integration projects for retail and telecom customers.",
            [
                "Migrated services from WSO2 ESB to MuleSoft 3 on a first Mule project",
                "Developed TIBCO BusinessWorks services for order management and a Kong gateway proof of concept for "
                "a retail client",
            ],
        ),
    ],
)

FABRICATIONS += [
    ("apim", "overview", "years", "middle", "more than ten years", "more than fifteen years"),
    (
        "apim",
        "overview",
        "tool",
        "end",
        "has used Kong on one engagement.",
        "has used Kong and Azure API Management on one engagement.",
    ),
    (
        "apim",
        "overview",
        "customer",
        "start",
        "Brings retail banking and",
        "Brings retail banking experience from Deutsche Bank and",
    ),
    (
        "apim",
        "experiences[0].description",
        "customer",
        "middle",
        "for a telecommunications operator's",
        "for Vodafone's",
    ),
    ("apim", "experiences[0].bullets[0]", "number", "start", "Moved 140 API", "Moved 170 API"),
    ("apim", "experiences[0].bullets[0]", "version", "middle", "Apigee Edge to", "Apigee Edge 4.51 to"),
    (
        "apim",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "that every squad reused",
        "that every squad reused, cutting security incidents by 60%",
    ),
    (
        "apim",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Set up CI/CD with Jenkins and MUnit, gated at 80 per cent test coverage",
    ),
    ("apim", "experiences[1].bullets[2]", "team size", "end", "a team of six Mule", "a team of ten Mule"),
    (
        "apim",
        "experiences[1].description",
        "duration",
        "middle",
        "through an API-led",
        "through an 18-month API-led",
    ),
    (
        "apim",
        "experiences[1].bullets[0]",
        "certified",
        "start",
        "Delivered around 45",
        "As a MuleSoft Certified Platform Architect, delivered around 45",
    ),
    (
        "apim",
        "experiences[2].description",
        "date",
        "start",
        "ESB and SOA integration projects",
        "From 2012, ESB and SOA integration projects",
    ),
    (
        "apim",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Built Apache Camel routes on Red Hat Fuse for a payments hub",
    ),
]

AMBIGUOUS_EDITS += [
    (
        "apim",
        "experiences[0].bullets[2]",
        "transactions per second",
        "transactions per second, meeting the platform SLA",
        "the CV gives the latency figure but never mentions an SLA; may be harmless framing or an invented requirement",
    ),
    (
        "apim",
        "experiences[1].bullets[2]",
        "Established the Center for Enablement",
        "Established the bank's Center for Enablement",
        "the C4E was set up during the Ostbank engagement, but the CV does not say whether it belonged to the bank "
        "or to Integra Partners",
    ),
]

# --- SharePoint and Microsoft Teams intranets ----------------------------------------------------

CVS["m365"] = case(
    cv(
        "Modern Workplace Consultant – SharePoint & Teams",
        "Lotte Vermeulen",
        "M365 consultant focusing on SharePoint Online intranets & Teams governance. 9 yrs SharePoint (2013 on-prem "
        "→ Online). Info architecture, hub sites, provisioning (PnP), adoption & change. Public sector + legal "
        "firms. Dutch/English/German.",
        [
            (
                "Lead Intranet Consultant | Gemeente Waalstad | 2023 – 2025",
                "New SharePoint Online intranet + Teams rollout for municipality, approx. 4,200 employees, replacing "
                "SharePoint 2013 on-prem.",
                [
                    "Information architecture: 6 hub sites, 38 department sites, metadata-driven news",
                    "Teams governance: naming policy, expiry, guest access rules w/ Entra ID",
                    "Migration of approx. 1.8 TB from SP2013 with ShareGate",
                    "Adoption programme w/ 120 champions; intranet visits went from ~900 to 3,100 per day",
                ],
                [
                    "SharePoint Online",
                    "Microsoft Teams",
                    "Microsoft Entra ID",
                    "ShareGate",
                    "PnP PowerShell",
                    "Viva Connections",
                ],
            ),
            (
                "SharePoint Consultant | Brightdesk B.V. | 2018 – 2023",
                "M365 partner, projects for law firms & public sector.",
                [
                    "Matter-centric document mgmt for 2 law firms (Teams + SharePoint, approx. 650 users combined)",
                    "PnP provisioning templates & Azure Functions for site requests (approx. 300 sites/year)",
                    "Power Automate approvals replacing InfoPath forms (42 forms)",
                    "Retention labels / sensitivity labels design w/ Purview",
                ],
                [
                    "SharePoint Online",
                    "Microsoft Teams",
                    "PnP Provisioning",
                    "Azure Functions",
                    "Power Automate",
                    "Microsoft Purview",
                    "InfoPath",
                ],
            ),
            (
                "SharePoint Developer | Noordkaap ICT | 2016 – 2018",
                "SharePoint 2013 on-prem dev + admin.",
                ["Custom web parts & branding (SharePoint 2013, JavaScript/jQuery)", "Farm admin incl. CU patching"],
                ["SharePoint Server 2013", "JavaScript", "jQuery", "SQL Server 2012"],
            ),
        ],
        skills=[
            "Intranet design",
            "Information architecture",
            "Teams governance",
            "Adoption & change management",
            "Records management",
        ],
        languages=["PowerShell", "TypeScript", "JavaScript"],
        tools=["SharePoint Online", "Microsoft Teams", "PnP PowerShell", "ShareGate", "Power Automate", "SPFx"],
        certifications=[
            "Microsoft 365 Certified: Teams Administrator Associate",
            "Microsoft 365 Certified: Enterprise Administrator Expert",
            "Prosci Certified Change Practitioner",
        ],
        industries=["Public sector", "Legal"],
        spoken_languages=["Dutch (native)", "English (fluent)", "German (good)"],
        academic_background=["BSc Information Management, Hogeschool Utrecht, 2015"],
    ),
    "Customer brief: a national law firm with 900 staff wants a new SharePoint Online intranet and Teams "
    "governance, migrating from SharePoint 2016 on-premises. We are looking for a consultant with information "
    "architecture, records and retention, adoption and change experience. Prosci certification welcome. Dutch "
    "speaking.",
    "Microsoft 365 consultant specialising in SharePoint Online intranets and Teams governance, with nine years of "
    "SharePoint work spanning on-premises 2013 through to SharePoint Online. Combines information architecture, "
    "hub sites and PnP provisioning with adoption and change management as a Prosci Certified Change "
    "Practitioner. Has delivered for law firms and the public sector, and works in Dutch, English and German.",
    [
        (
            "Rolled out a new SharePoint Online intranet and Microsoft Teams for a municipality of about 4,200 "
            "employees, replacing the on-premises SharePoint 2013 environment.",
            [
                "Ran an adoption programme with 120 champions, lifting intranet visits from roughly 900 to 3,100 a day",
                "Designed the information architecture of six hub sites and 38 department sites with metadata-driven "
                "news",
                "Moved approximately 1.8 TB of content from SharePoint 2013 using ShareGate",
                "Set Teams governance: naming policy, expiry and guest-access rules in Microsoft Entra ID",
            ],
        ),
        (
            "Projects for law firms and public-sector clients at a Microsoft 365 partner.",
            [
                "Delivered matter-centric document management in Teams and SharePoint for two law firms, around 650 "
                "users in total, and designed retention and sensitivity labels in Purview",
                "Automated site requests, about 300 a year, with PnP provisioning templates and Azure Functions",
                "Replaced 42 InfoPath forms with Power Automate approvals",
            ],
        ),
        (
            "Development and administration of on-premises SharePoint 2013.",
            [
                "Built custom web parts and branding for SharePoint 2013 in JavaScript and jQuery",
                "Administered the farm, including cumulative update patching",
            ],
        ),
    ],
)

FABRICATIONS += [
    ("m365", "overview", "years", "middle", "with nine years of", "with eleven years of"),
    (
        "m365",
        "overview",
        "certified",
        "end",
        "works in Dutch, English and German.",
        "works in Dutch, English and German as a Microsoft Certified Trainer.",
    ),
    (
        "m365",
        "overview",
        "tool",
        "middle",
        "hub sites and PnP provisioning",
        "hub sites, Viva Engage and PnP provisioning",
    ),
    (
        "m365",
        "overview",
        "degree",
        "start",
        "Microsoft 365 consultant specialising",
        "MSc-qualified Microsoft 365 consultant specialising",
    ),
    (
        "m365",
        "experiences[0].description",
        "customer",
        "middle",
        "for a municipality of",
        "for the municipality of Utrecht, with",
    ),
    (
        "m365",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "to 3,100 a day",
        "to 3,100 a day and raising intranet satisfaction scores to 8.1 out of 10",
    ),
    ("m365", "experiences[0].bullets[2]", "tool", "end", "using ShareGate", "using ShareGate and AvePoint Fly"),
    (
        "m365",
        "experiences[1].description",
        "team size",
        "end",
        "at a Microsoft 365 partner.",
        "at a Microsoft 365 partner, leading a team of four consultants.",
    ),
    (
        "m365",
        "experiences[1].bullets[2]",
        "duration",
        "end",
        "with Power Automate approvals",
        "with Power Automate approvals in under three months",
    ),
    (
        "m365",
        "experiences[1].bullets[0]",
        "date",
        "start",
        "Delivered matter-centric",
        "In 2017, delivered matter-centric",
    ),
    (
        "m365",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Moved approximately 1.8 TB of content from SharePoint 2013 using ShareGate",
    ),
    (
        "m365",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Upgraded the farm from SharePoint 2010 to 2013 for 1,500 users",
    ),
]

AMBIGUOUS_EDITS += [
    (
        "m365",
        "experiences[0].bullets[3]",
        "in Microsoft Entra ID",
        "in Microsoft Entra ID (formerly Azure AD)",
        "the rename is public knowledge, but Azure AD is a name the CV never uses",
    ),
    (
        "m365",
        "overview",
        "Has delivered for law firms and the public sector,",
        "Has delivered records management for law firms and the public sector,",
        "records management is a sidebar skill and retention labels appear in the experience, but delivering "
        "records management is a stronger claim",
    ),
]

# --- Digital forensics and incident response -----------------------------------------------------

CVS["dfir"] = case(
    cv(
        "Senior DFIR Consultant",
        "Mateus Albuquerque",
        "DFIR consultant, approx. 8 yrs in incident response & forensics (prev. 4 yrs SOC analyst → 12 total in "
        "security). Ransomware, BEC, insider cases; host & memory forensics, cloud IR on M365/Azure & AWS. "
        "Court-ready reporting, expert witness once (civil case). GCFA, GCFE, OSCP.",
        [
            (
                "Senior Incident Responder | Kestrel Cyber Response Ltd | 2020 – present",
                "IR retainer provider (DFIR team of 14). Lead responder on ransomware & BEC engagements for mid-market "
                "+ enterprise clients.",
                [
                    "Led 35+ IR engagements, incl. 12 ransomware cases (LockBit, BlackCat/ALPHV, Akira)",
                    "Built Velociraptor-based triage collection, cut time to first findings from ~2 days to 6 hrs",
                    "M365 BEC investigations: UAL / mailbox audit analysis, token theft",
                    "Wrote & presented reports to boards, insurers and legal counsel",
                    "Expert witness statement for a civil trade-secret case (2023)",
                ],
                [
                    "Velociraptor",
                    "KAPE",
                    "Volatility 3",
                    "Plaso/log2timeline",
                    "X-Ways Forensics",
                    "Microsoft Sentinel",
                    "CrowdStrike Falcon",
                    "AWS CloudTrail",
                ],
            ),
            (
                "Forensic Analyst | Atlântico Seguros (in-house CSIRT) | 2017 – 2020",
                "Internal investigations and IR for an insurer, approx. 9,000 endpoints.",
                [
                    "Disk & memory forensics for insider/fraud cases (approx. 40 cases)",
                    "Built threat hunting queries in Splunk, 25 detections added to SOC",
                    "Chain of custody procedures, evidence locker process",
                ],
                ["EnCase", "FTK", "Volatility 2", "Splunk", "Carbon Black"],
            ),
            (
                "SOC Analyst L1/L2 | Lusonet Managed Security | 2013 – 2017",
                "24/7 MSSP SOC, alert triage & escalation.",
                [
                    "Triage of approx. 150 alerts/shift, QRadar + McAfee ePO",
                    "Wrote playbooks for phishing & malware escalation",
                ],
                ["IBM QRadar", "McAfee ePO", "Wireshark"],
            ),
        ],
        skills=[
            "Incident response",
            "Host & memory forensics",
            "Cloud IR (M365, Azure, AWS)",
            "Threat hunting",
            "Expert witness reporting",
        ],
        languages=["Python", "PowerShell", "KQL", "SPL"],
        tools=["Velociraptor", "KAPE", "X-Ways", "Volatility", "EnCase", "FTK", "Splunk", "Sentinel"],
        certifications=[
            "GIAC Certified Forensic Analyst (GCFA)",
            "GIAC Certified Forensic Examiner (GCFE)",
            "Offensive Security Certified Professional (OSCP)",
        ],
        industries=["Insurance", "Financial services", "Manufacturing", "Legal"],
        spoken_languages=["Portuguese (native)", "English (fluent)", "Spanish (good)"],
        academic_background=["Licenciatura em Engenharia Informática, Universidade do Porto, 2012"],
    ),
    "Job posting: Lead DFIR Consultant for an incident response retainer practice. Ransomware and business email "
    "compromise response, cloud forensics (Microsoft 365, Azure, AWS), reports for boards, insurers and legal "
    "counsel; expert witness experience a plus. GCFA or GCFE required.",
    "Digital forensics and incident response consultant with around eight years in IR and forensics, within twelve "
    "years in security that began as a SOC analyst. Handles ransomware, business email compromise and insider "
    "cases, from host and memory forensics to cloud incident response in Microsoft 365, Azure and AWS. Writes "
    "court-ready reports, has once acted as an expert witness in a civil case, and holds the GCFA, GCFE and OSCP.",
    [
        (
            "Lead responder on ransomware and business email compromise engagements for mid-market and enterprise "
            "clients, within a 14-strong DFIR team at an incident response retainer provider.",
            [
                "Led more than 35 incident response engagements, a dozen of them ransomware cases involving LockBit, "
                "BlackCat/ALPHV and Akira",
                "Reduced time to first findings from about two days to six hours with a Velociraptor-based triage "
                "collection",
                "Investigated Microsoft 365 BEC cases through unified audit log and mailbox audit analysis, including "
                "token theft",
                "Reported to boards, insurers and legal counsel, and prepared an expert witness statement for a civil "
                "trade-secret case in 2023",
            ],
        ),
        (
            "Internal investigations and incident response at an insurer's in-house CSIRT, covering about 9,000 "
            "endpoints.",
            [
                "Performed disk and memory forensics on roughly 40 insider and fraud cases, under chain-of-custody and "
                "evidence-locker procedures set up for the CSIRT",
                "Added 25 detections to the SOC from threat-hunting queries written in Splunk",
            ],
        ),
        (
            "Alert triage and escalation in a round-the-clock managed security SOC.",
            [
                "Triaged about 150 alerts per shift in QRadar and McAfee ePO",
                "Authored escalation playbooks for phishing and malware",
            ],
        ),
    ],
)

FABRICATIONS += [
    ("dfir", "overview", "years", "middle", "around eight years in IR", "around ten years in IR"),
    ("dfir", "overview", "certification", "end", "GCFA, GCFE and OSCP.", "GCFA, GCFE, GREM and OSCP."),
    (
        "dfir",
        "overview",
        "degree",
        "middle",
        "consultant with around eight years",
        "consultant with an MSc in Cybersecurity and around eight years",
    ),
    (
        "dfir",
        "experiences[0].description",
        "customer",
        "end",
        "retainer provider.",
        "retainer provider, with clients such as Maersk.",
    ),
    (
        "dfir",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "a Velociraptor-based triage collection",
        "a triage collection built on Velociraptor and Magnet AXIOM",
    ),
    (
        "dfir",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "including token theft",
        "including token theft, recovering 1.2 million euros in fraudulent transfers",
    ),
    ("dfir", "experiences[0].bullets[3]", "date", "end", "case in 2023", "case in 2022"),
    (
        "dfir",
        "experiences[1].description",
        "certified",
        "start",
        "Internal investigations and",
        "As an EnCase Certified Examiner, ran internal investigations and",
    ),
    (
        "dfir",
        "experiences[1].bullets[0]",
        "version",
        "middle",
        "memory forensics on",
        "memory forensics with Volatility 3 on",
    ),
    (
        "dfir",
        "experiences[1].bullets[1]",
        "duration",
        "start",
        "Added 25 detections",
        "Over 18 months, added 25 detections",
    ),
    (
        "dfir",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led the forensic response to a 2019 wiper outbreak affecting 300 endpoints",
    ),
    (
        "dfir",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Added 25 detections to the SOC from threat-hunting queries written in Splunk",
    ),
    (
        "dfir",
        "experiences[2].bullets[0]",
        "recognition",
        "end",
        "QRadar and McAfee ePO",
        "QRadar and McAfee ePO, and was named the SOC's analyst of the year",
    ),
]

AMBIGUOUS_EDITS += [
    (
        "dfir",
        "experiences[0].bullets[0]",
        "Led more than 35 incident response engagements",
        "Acted as incident commander on more than 35 engagements",
        "'incident commander' is a role title the CV never uses; 'lead responder' may or may not be the same",
    ),
    (
        "dfir",
        "overview",
        "cloud incident response in Microsoft 365, Azure and AWS",
        "cloud incident response in Microsoft 365, Azure and AWS, including CloudTrail analysis",
        "AWS CloudTrail is in the environment of the current role, but no bullet says he analysed it",
    ),
]

# --- Bank regulatory reporting (COREP/FINREP, AxiomSL) -------------------------------------------

CVS["regrep"] = case(
    cv(
        "Regulatory Reporting Lead – COREP/FINREP, AxiomSL",
        "Katrin Hoesli",
        "Regulatory reporting SME & AxiomSL (ControllerView) implementer. 10 yrs in bank reg reporting: COREP (own "
        "funds, LCR/NSFR, large exposures), FINREP, AnaCredit, XBRL filing to ECB/BaFin. Ex-Big4 (KPMG FS "
        "advisory). CFA charterholder.",
        [
            (
                "AxiomSL Implementation Lead | Rheinische Landesbank (via Finreg Partners) | 2021 – 2025",
                "Replacement of in-house reporting engine by AxiomSL ControllerView for COREP/FINREP + liquidity; bank "
                "total assets approx. €85bn.",
                [
                    "Owned data sourcing design for 27 COREP/FINREP templates, mapping from finance DWH",
                    "Parallel run 2 quarters, reconciliation breaks down from 1,400 to under 50",
                    "EBA taxonomy 3.2 → 3.3 upgrade incl. new DPM validation rules",
                    "Managed 8-person delivery team (4 Axiom devs, 3 BAs, 1 tester)",
                ],
                [
                    "AxiomSL ControllerView 10",
                    "Oracle 19c",
                    "Informatica PowerCenter",
                    "EBA XBRL taxonomy 3.2/3.3",
                    "JIRA",
                ],
            ),
            (
                "Manager, FS Regulatory Advisory | KPMG AG | 2017 – 2021",
                "Reg reporting advisory for German & Austrian banks. Gap analyses, target operating models, remediation "
                "after supervisory findings.",
                [
                    "AnaCredit implementation for 3 Landesbanken / savings bank groups",
                    "LCR/NSFR reporting remediation after ECB OSI, 19 findings closed",
                    "BCBS 239 self-assessment for a G-SIB subsidiary",
                    "Trained client teams (approx. 200 attendees) on CRR2 changes",
                ],
                ["AxiomSL", "SAP Bank Analyzer", "BAIS", "Excel/VBA"],
            ),
            (
                "Regulatory Reporting Analyst | Volksbank Donau eG | 2015 – 2017",
                "Quarterly COREP/FINREP production for a cooperative bank.",
                ["Own funds & RWA calculation checks (CRSA)", "XBRL submission to Bundesbank via ExtraNet"],
                ["BAIS", "ABACUS/DaVinci", "Excel"],
            ),
        ],
        skills=[
            "COREP / FINREP",
            "Liquidity reporting (LCR, NSFR, ALMM)",
            "AnaCredit",
            "Large exposures",
            "BCBS 239",
            "XBRL / DPM",
        ],
        languages=["SQL", "VBA", "Python (pandas)"],
        tools=["AxiomSL ControllerView", "BAIS", "ABACUS/DaVinci", "SAP Bank Analyzer", "Informatica PowerCenter"],
        certifications=["CFA Charterholder", "AxiomSL ControllerView Certified Developer"],
        industries=["Banking", "Financial services advisory"],
        spoken_languages=["German (native)", "English (fluent)"],
        academic_background=[
            "M.Sc. Finance, Goethe University Frankfurt, 2014",
            "B.Sc. Business Administration, University of Mannheim, 2012",
        ],
    ),
    "Customer brief: a mid-sized German bank (total assets around EUR 60bn) is replacing its regulatory reporting "
    "platform with AxiomSL and needs an implementation lead for COREP, FINREP and liquidity reporting, including "
    "the EBA taxonomy upgrades and the parallel run. Experience leading a mixed delivery team and dealing with "
    "supervisory findings required.",
    "Regulatory reporting specialist and AxiomSL ControllerView implementer with ten years in bank regulatory "
    "reporting: COREP (own funds, LCR and NSFR, large exposures), FINREP and AnaCredit, through to XBRL filing "
    "with the ECB and BaFin. Formerly in KPMG's financial-services regulatory advisory, and a CFA charterholder.",
    [
        (
            "Led the replacement of a bank's in-house reporting engine with AxiomSL ControllerView for COREP, FINREP "
            "and liquidity reporting, at a bank with roughly EUR 85 billion in total assets.",
            [
                "Led an eight-person delivery team of four Axiom developers, three business analysts and one tester",
                "Designed data sourcing from the finance data warehouse for 27 COREP and FINREP templates",
                "Ran a two-quarter parallel run that brought reconciliation breaks down from 1,400 to fewer than 50",
                "Upgraded the EBA taxonomy from 3.2 to 3.3, including the new DPM validation rules",
            ],
        ),
        (
            "Advised German and Austrian banks on regulatory reporting with gap analyses, target operating models "
            "and remediation of supervisory findings.",
            [
                "Closed 19 findings in the LCR/NSFR reporting remediation that followed an ECB on-site inspection",
                "Implemented AnaCredit for three Landesbanken and savings bank groups",
                "Ran a BCBS 239 self-assessment for a G-SIB subsidiary and trained around 200 client staff on the "
                "CRR2 changes",
            ],
        ),
        (
            "Produced the quarterly COREP and FINREP returns for a cooperative bank.",
            [
                "Checked own funds and RWA calculations under the credit risk standardised approach (CRSA)",
                "Submitted XBRL returns to the Bundesbank through ExtraNet",
            ],
        ),
    ],
)

FABRICATIONS += [
    ("regrep", "overview", "years", "middle", "with ten years in bank", "with thirteen years in bank"),
    ("regrep", "overview", "certified", "end", "a CFA charterholder.", "a CFA charterholder and certified FRM."),
    (
        "regrep",
        "overview",
        "customer",
        "start",
        "Formerly in KPMG's",
        "Formerly at Deloitte and in KPMG's",
    ),
    (
        "regrep",
        "experiences[0].bullets[0]",
        "team size",
        "start",
        "Led an eight-person",
        "Led a twelve-person",
    ),
    ("regrep", "experiences[0].bullets[3]", "version", "middle", "from 3.2 to 3.3", "from 3.2 to 3.4"),
    (
        "regrep",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "to fewer than 50",
        "to fewer than 50 and shortened the reporting cycle by four days",
    ),
    (
        "regrep",
        "experiences[0].bullets[1]",
        "tool",
        "middle",
        "from the finance data warehouse for",
        "from the finance data warehouse with dbt for",
    ),
    (
        "regrep",
        "experiences[1].description",
        "customer",
        "middle",
        "German and Austrian banks on",
        "German and Austrian banks, among them Erste Group, on",
    ),
    (
        "regrep",
        "experiences[1].description",
        "degree",
        "start",
        "Advised German",
        "Drawing on a PhD in economics, advised German",
    ),
    (
        "regrep",
        "experiences[1].bullets[0]",
        "date",
        "end",
        "ECB on-site inspection",
        "ECB on-site inspection in 2018",
    ),
    (
        "regrep",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Prepared the bank's annual ICAAP stress-testing submission",
    ),
    (
        "regrep",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Implemented AnaCredit for three Landesbanken and savings bank groups",
    ),
]

AMBIGUOUS_EDITS += [
    (
        "regrep",
        "experiences[0].bullets[2]",
        "from 1,400 to fewer than 50",
        "by more than 96 percent",
        "the percentage is computed from 1,400 and 'under 50' and never stated in the CV",
    ),
    (
        "regrep",
        "experiences[2].bullets[0]",
        "under the credit risk standardised approach (CRSA)",
        "under the credit risk standardised approach (CRSA) in BAIS",
        "BAIS is in this experience's environment, but no line says the checks were done in it",
    ),
]

# --- Building management systems (BMS, BACnet) ---------------------------------------------------

CVS["bms"] = case(
    cv(
        "Building Automation Engineer (BMS / BACnet)",
        "Oluwaseun Hartley",
        "BMS engineer – 13 yrs commissioning & integration of building mgmt systems in commercial offices, "
        "hospitals & data centres. BACnet/IP & MSTP, Modbus, KNX, LON (legacy). Tridium Niagara 4 integrator, "
        "Siemens Desigo CC, Honeywell EBI. Energy mgmt & analytics (approx. 15-25% HVAC savings typical on "
        "retrofits). CSCS card, IOSH.",
        [
            (
                "Senior BMS Engineer | Voltaris Building Technologies Ltd | 2019 – present",
                "Systems integrator, lead engineer on BMS retrofits & new-builds in London. Design, programming, "
                "commissioning, handover.",
                [
                    "Hospital retrofit (NHS trust, 7 buildings): migrated LON & proprietary controllers to BACnet/IP "
                    "on Niagara 4 supervisor, approx. 9,000 points",
                    "Data centre (Tier III) cooling controls + EPMS integration via Modbus TCP, 99.99% availability "
                    "target met",
                    "Smart office: KNX lighting + BACnet HVAC integrated, occupancy-based setpoints → 22% HVAC energy "
                    "reduction yr 1 (~£85k/yr)",
                    "Witnessed commissioning & seasonal commissioning, O&M manuals, client training",
                    "Supervised 4 site engineers + subcontractor electricians",
                ],
                [
                    "Tridium Niagara 4",
                    "BACnet/IP",
                    "BACnet MS/TP",
                    "Modbus TCP",
                    "KNX",
                    "LonWorks",
                    "Distech Controls",
                    "SkySpark",
                ],
            ),
            (
                "BMS Commissioning Engineer | Thamesgate Controls Ltd | 2014 – 2019",
                "Desigo CC & Honeywell EBI commissioning, commercial offices and one airport terminal.",
                [
                    "Commissioned approx. 25 AHUs & 300 FCUs per major project",
                    "Graphics & alarm config on Desigo CC, trend logging",
                    "Honeywell EBI R500 upgrade at airport terminal",
                ],
                ["Siemens Desigo CC", "Siemens PX controllers", "Honeywell EBI R500", "Trend IQ4"],
            ),
            (
                "Controls Technician (apprentice → technician) | Thamesgate Controls Ltd | 2011 – 2014",
                "Panel wiring, field device installation & point-to-point checks.",
                ["Point-to-point testing, sensor calibration", "Wiring of DDC panels to spec"],
                ["Trend IQ3", "Trend IQ4", "Satchwell"],
            ),
        ],
        skills=[
            "BMS design & commissioning",
            "BACnet integration",
            "Energy management",
            "Fault detection & diagnostics",
            "Controls programming",
        ],
        languages=["Niagara Program Objects (Java)", "Axon (SkySpark)"],
        tools=["Niagara 4 Workbench", "Desigo CC", "Honeywell EBI", "Trend 963", "SkySpark", "Yabe (BACnet explorer)"],
        certifications=[
            "Tridium Niagara 4 Certified Professional (TCP)",
            "CSCS card (Gold – Technical)",
            "IOSH Managing Safely",
            "KNX Partner",
        ],
        industries=["Healthcare", "Data centres", "Commercial real estate", "Aviation"],
        spoken_languages=["English (native)", "Yoruba (conversational)"],
        academic_background=[
            "HNC Electrical & Electronic Engineering, South Bank University, 2013",
            "NVQ Level 3 Building Services Controls, 2014",
        ],
    ),
    "Job posting: Lead BMS Integration Engineer for a hospital campus upgrade. Migrate legacy LON and proprietary "
    "controllers to open BACnet/IP on a Niagara 4 supervisor, integrate energy metering, deliver commissioning and "
    "handover documentation. Niagara 4 certification and healthcare experience required; CSCS essential.",
    "BMS engineer with thirteen years commissioning and integrating building management systems in hospitals, "
    "commercial offices and data centres. Integrates BACnet/IP and MS/TP, Modbus, KNX and legacy LON as a Tridium "
    "Niagara 4 Certified Professional, and also works with Siemens Desigo CC and Honeywell EBI. Brings energy "
    "management and analytics experience, with HVAC savings of roughly 15 to 25 per cent typical on retrofits, "
    "and holds a CSCS card and IOSH Managing Safely.",
    [
        (
            "Lead engineer at a London systems integrator, taking BMS retrofits and new-builds through design, "
            "programming, commissioning and handover.",
            [
                "Migrated an NHS trust's seven-building hospital estate from LON and proprietary controllers to "
                "BACnet/IP under a Niagara 4 supervisor, about 9,000 points",
                "Integrated Tier III data-centre cooling controls with the EPMS over Modbus TCP, meeting the 99.99% "
                "availability target",
                "Tied KNX lighting to BACnet HVAC in a smart office with occupancy-based setpoints, cutting HVAC "
                "energy by 22% in the first year, worth about 85 thousand pounds a year",
                "Delivered witnessed and seasonal commissioning, O&M manuals and client training, supervising four "
                "site engineers and the subcontracted electricians",
            ],
        ),
        (
            "Commissioning on Siemens Desigo CC and Honeywell EBI across commercial offices and an airport terminal.",
            [
                "Commissioned roughly 25 air-handling units and 300 fan-coil units on each major project",
                "Upgraded the airport terminal to Honeywell EBI R500",
                "Configured Desigo CC graphics, alarms and trend logging",
            ],
        ),
        (
            "Wired panels, installed field devices and carried out point-to-point checks.",
            ["Wired DDC panels to specification", "Calibrated sensors and ran point-to-point tests"],
        ),
    ],
)

FABRICATIONS += [
    ("bms", "overview", "years", "start", "BMS engineer with thirteen years", "BMS engineer with sixteen years"),
    (
        "bms",
        "overview",
        "tool",
        "middle",
        "Siemens Desigo CC and Honeywell EBI",
        "Siemens Desigo CC, Johnson Controls Metasys and Honeywell EBI",
    ),
    (
        "bms",
        "overview",
        "certification",
        "end",
        "a CSCS card and IOSH Managing Safely.",
        "a CSCS card, IOSH Managing Safely and the NEBOSH General Certificate.",
    ),
    (
        "bms",
        "experiences[0].bullets[0]",
        "customer",
        "start",
        "Migrated an NHS trust's",
        "Migrated Barts Health NHS Trust's",
    ),
    ("bms", "experiences[0].bullets[0]", "number", "end", "about 9,000 points", "about 12,000 points"),
    (
        "bms",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "availability target",
        "availability target and bringing PUE down from 1.6 to 1.4",
    ),
    (
        "bms",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "supervising four site engineers",
        "supervising six site engineers",
    ),
    ("bms", "experiences[1].bullets[1]", "version", "end", "Honeywell EBI R500", "Honeywell EBI R510"),
    (
        "bms",
        "experiences[1].bullets[2]",
        "duration",
        "start",
        "Configured Desigo CC",
        "During a 14-month airport programme, configured Desigo CC",
    ),
    (
        "bms",
        "experiences[1].description",
        "certified",
        "start",
        "Commissioning on Siemens",
        "Siemens-certified commissioning on",
    ),
    (
        "bms",
        "experiences[2].description",
        "degree",
        "start",
        "Wired panels,",
        "While studying for a BEng, wired panels,",
    ),
    (
        "bms",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Installed 400 wireless EnOcean sensors in a listed office building",
    ),
    (
        "bms",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Commissioned roughly 25 air-handling units and 300 fan-coil units on each major project",
    ),
]

AMBIGUOUS_EDITS += [
    (
        "bms",
        "overview",
        "with HVAC savings of roughly 15 to 25 per cent typical on retrofits",
        "typically saving clients 15 to 25 per cent on HVAC energy",
        "the CV's range is typical on retrofits; dropping 'retrofits' generalises the figure to all projects",
    ),
    (
        "bms",
        "experiences[0].bullets[0]",
        "about 9,000 points",
        "about 9,000 BACnet points",
        "the CV counts 9,000 points on the hospital job but does not say they all ended up on BACnet",
    ),
]

# --- Vehicle telematics and fleet IoT ------------------------------------------------------------

CVS["telematics"] = case(
    cv(
        "Telematics & Fleet IoT Solution Architect",
        "Ana-Maria Popescu",
        "Telematics architect, 10 yrs connected vehicle / fleet IoT. End-to-end: in-vehicle gateways (CAN/J1939, "
        "OBD-II), connectivity (LTE-M, NB-IoT), cloud ingestion (AWS IoT Core, Kafka), fleet apps (tachograph, ETA, "
        "driver behaviour). ISO 26262 aware, TISAX project exp. Languages: Romanian, English, German.",
        [
            (
                "Lead Telematics Architect | Carpathia Mobility Solutions SRL | 2021 – 2025",
                "Fleet telematics SaaS for trucking/logistics, approx. 48,000 connected vehicles across EU. Arch owner "
                "for device-to-cloud platform.",
                [
                    "Re-platformed ingestion from custom MQTT broker to AWS IoT Core + MSK (Kafka), 1.2m msgs/min peak",
                    "Remote tacho download (EU smart tachograph v2) for 19 countries",
                    "Driver behaviour scoring → insurer pilot showed 14% fewer harsh-braking events",
                    "FOTA pipeline for 3 gateway models, rollback in <10 min",
                ],
                ["AWS IoT Core", "Amazon MSK", "Kafka Streams", "Timestream", "Go", "Terraform", "J1939", "LTE-M"],
            ),
            (
                "Embedded / IoT Engineer | Autotrace GmbH | 2017 – 2021",
                "Aftermarket telematics boxes for vans & construction equipment.",
                [
                    "CAN/J1939 decoding firmware (C) for approx. 60 OEM variants",
                    "NB-IoT modem integration, battery life from 3 to 5 yrs on asset trackers",
                    "TISAX assessment support (AL3) for OEM customer",
                    "ISO 26262 awareness training, worked w/ functional safety team on ASIL-B gateway",
                ],
                ["C", "FreeRTOS", "Quectel BG96", "NB-IoT", "CANalyzer", "Azure IoT Hub"],
            ),
            (
                "Junior Developer | Navisoft SRL | 2015 – 2017",
                "Fleet mgmt web app, GPS tracking.",
                ["Route replay & geofencing features (Java, PostGIS)", "ETA calculation service w/ OSRM"],
                ["Java 8", "PostgreSQL/PostGIS", "OSRM", "Angular"],
            ),
        ],
        skills=[
            "Connected vehicle architecture",
            "Fleet management",
            "Embedded telematics",
            "Stream processing",
            "Firmware over-the-air updates",
        ],
        languages=["Go", "C", "Java", "Python"],
        tools=["AWS IoT Core", "Kafka", "Azure IoT Hub", "CANalyzer", "Terraform", "Grafana"],
        certifications=[
            "AWS Certified Solutions Architect – Professional",
            "Confluent Certified Developer for Apache Kafka",
        ],
        industries=["Logistics", "Automotive aftermarket", "Construction equipment"],
        spoken_languages=["Romanian (native)", "English (C1)", "German (B2)"],
        academic_background=["MSc Automotive Engineering, Politehnica University of Bucharest, 2015"],
    ),
    "Job posting: Principal Architect, Connected Fleet. Own the device-to-cloud architecture for a trucking "
    "telematics platform (tens of thousands of vehicles): AWS IoT and Kafka, remote tachograph download, OTA "
    "updates, and data products for insurers. Embedded background (CAN/J1939) and TISAX exposure a plus.",
    "Telematics architect with a decade in connected vehicles and fleet IoT, covering the whole chain: in-vehicle "
    "gateways on CAN/J1939 and OBD-II, LTE-M and NB-IoT connectivity, cloud ingestion with AWS IoT Core and Kafka, "
    "and fleet applications for tachograph, ETA and driver behaviour. Embedded background, TISAX project "
    "experience and awareness of ISO 26262; works in Romanian, English and German.",
    [
        (
            "Owned the device-to-cloud architecture of a fleet telematics SaaS for trucking and logistics, serving "
            "around 48,000 connected vehicles across the EU.",
            [
                "Moved ingestion from a custom MQTT broker to AWS IoT Core and Amazon MSK (Kafka), handling peaks of "
                "1.2 million messages a minute",
                "Delivered remote tachograph download for EU smart tachograph v2 in 19 countries",
                "Built the FOTA pipeline for three gateway models, with rollback in under ten minutes",
                "Introduced driver-behaviour scoring; an insurer pilot saw 14 per cent fewer harsh-braking events",
            ],
        ),
        (
            "Built aftermarket telematics units for vans and construction equipment.",
            [
                "Wrote CAN/J1939 decoding firmware in C for about 60 OEM variants and integrated NB-IoT modems, "
                "extending asset-tracker battery life from three to five years",
                "Supported an OEM customer's TISAX assessment at AL3",
                "Worked with the functional safety team on an ASIL-B gateway after ISO 26262 awareness training",
            ],
        ),
        (
            "GPS tracking and a fleet management web application.",
            ["Added route replay and geofencing in Java with PostGIS", "Built an ETA service on OSRM"],
        ),
    ],
)

FABRICATIONS += [
    ("telematics", "overview", "years", "middle", "with a decade in", "with fifteen years in"),
    (
        "telematics",
        "overview",
        "tool",
        "middle",
        "AWS IoT Core and Kafka,",
        "AWS IoT Core, Kafka and Apache Flink,",
    ),
    (
        "telematics",
        "overview",
        "certified",
        "middle",
        "awareness of ISO 26262;",
        "TÜV certification as an ISO 26262 Functional Safety Engineer;",
    ),
    (
        "telematics",
        "overview",
        "degree",
        "start",
        "Telematics architect with",
        "Telematics architect and PhD automotive engineer with",
    ),
    (
        "telematics",
        "experiences[0].description",
        "customer",
        "end",
        "across the EU.",
        "across the EU for customers such as DHL Freight.",
    ),
    ("telematics", "experiences[0].bullets[0]", "number", "end", "1.2 million messages", "2.1 million messages"),
    ("telematics", "experiences[0].bullets[1]", "version", "middle", "smart tachograph v2", "smart tachograph v3"),
    (
        "telematics",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "in under ten minutes",
        "in under ten minutes and a 99.7% update success rate",
    ),
    (
        "telematics",
        "experiences[0].bullets[3]",
        "recognition",
        "start",
        "Introduced driver-behaviour scoring",
        "Introduced award-winning driver-behaviour scoring",
    ),
    (
        "telematics",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Supported an OEM customer's TISAX assessment at AL3",
    ),
    (
        "telematics",
        "experiences[1].bullets[1]",
        "team size",
        "start",
        "Supported an OEM",
        "Led a three-person team supporting an OEM",
    ),
    (
        "telematics",
        "experiences[2].description",
        "date",
        "end",
        "fleet management web application.",
        "fleet management web application launched in 2014.",
    ),
    (
        "telematics",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Implemented a Kotlin driver app for electronic proof of delivery",
    ),
]

AMBIGUOUS_EDITS += [
    (
        "telematics",
        "overview",
        "fleet applications for tachograph, ETA and driver behaviour",
        "fleet applications for tachograph, ETA and driver behaviour, including data products for insurers",
        "the driver scoring was piloted with an insurer, but 'data products for insurers' is the posting's phrase",
    ),
    (
        "telematics",
        "experiences[1].bullets[0]",
        "extending asset-tracker battery life",
        "using NB-IoT power-saving modes to extend asset-tracker battery life",
        "the battery gain is in the CV, the mechanism is not",
    ),
]

# --- Quantitative research on kdb+/q -------------------------------------------------------------

CVS["kdb"] = case(
    cv(
        "Quantitative Researcher / kdb+ Developer",
        "Yusuf Demirci",
        "Quant researcher & kdb+/q dev, 7 yrs in electronic trading (FX & equities). Tick data platforms, TCA, alpha "
        "research on intraday signals, execution algos backtesting. q, Python (pandas/numpy), some C++. PhD Physics "
        "(stat mech), CQF.",
        [
            (
                "Quantitative Researcher | Halden Street Capital LLP | 2021 – present",
                "Systematic equities hedge fund, mid-freq stat arb, approx. $2.1bn AUM. Research + data "
                "infrastructure on kdb+.",
                [
                    "Built intraday signal library (order book imbalance, microprice, trade flow) on ~8 yrs of L2 data "
                    "for 3,000 EU/US stocks",
                    "Backtesting framework in q + PyKX, research turnaround from days to hours",
                    "TCA: implementation shortfall model, slippage reduced by 1.8 bps on avg across the book",
                    "kdb+ tickerplant / RDB / HDB upgrade to kdb+ 4.1, 40 TB HDB",
                ],
                ["kdb+ 4.1", "q", "PyKX", "Python", "pandas", "numpy", "Linux", "Refinitiv"],
            ),
            (
                "kdb+ Developer | Albion Bank plc (FX eTrading) | 2018 – 2021",
                "FX spot & forwards eTrading, market data and analytics on kdb+.",
                [
                    "Tick capture for 45 FX venues, approx. 500m ticks/day",
                    "Real-time P&L & position dashboards for traders (q + KX Dashboards)",
                    "Last look / hold time analytics for LP review",
                    "Optimised HDB queries (attributes, partitioning), p95 query latency 3s → 300ms",
                ],
                ["kdb+ 3.6", "q", "KX Dashboards", "Java", "Solace"],
            ),
            (
                "Postdoctoral Researcher | University of Edinburgh | 2016 – 2018",
                "Statistical mechanics of disordered systems, Monte Carlo simulation.",
                ["Large-scale MC simulations in C++ / MPI on HPC cluster", "5 peer-reviewed papers"],
                ["C++", "MPI", "Python", "SLURM"],
            ),
        ],
        skills=[
            "Alpha research",
            "Market microstructure",
            "Transaction cost analysis",
            "Time-series databases",
            "Statistical modelling",
        ],
        languages=["q", "Python", "C++", "SQL"],
        tools=["kdb+", "PyKX", "KX Dashboards", "Git", "Jupyter"],
        certifications=["Certificate in Quantitative Finance (CQF)", "KX Certified kdb+ Developer"],
        industries=["Hedge funds", "Investment banking"],
        spoken_languages=["Turkish (native)", "English (fluent)"],
        academic_background=[
            "PhD Theoretical Physics, University of Edinburgh, 2016",
            "BSc Physics, Boğaziçi University, 2012",
        ],
    ),
    "Job posting: Quant Researcher (kdb+/q) at a systematic hedge fund. Intraday alpha research on equities and FX "
    "using order book data, backtesting infrastructure, transaction cost analysis. Strong q and Python (PyKX a "
    "plus), PhD in a quantitative field.",
    "Quantitative researcher and kdb+/q developer with seven years in electronic trading across FX and equities. "
    "Researches intraday alpha signals, backtests execution algorithms, runs transaction cost analysis and builds "
    "the tick data platforms behind them, working in q, Python with pandas and NumPy, and some C++. Holds a PhD in "
    "physics (statistical mechanics) and the CQF.",
    [
        (
            "Research and kdb+ data infrastructure for mid-frequency statistical arbitrage at a systematic equities "
            "hedge fund managing about $2.1 billion.",
            [
                "Developed an intraday signal library covering order book imbalance, microprice and trade flow, using "
                "around eight years of level 2 data on 3,000 European and US stocks",
                "Wrote a backtesting framework in q and PyKX that cut research turnaround from days to hours",
                "Modelled implementation shortfall for TCA, reducing average slippage across the book by 1.8 basis "
                "points",
                "Upgraded the tickerplant, RDB and 40 TB HDB to kdb+ 4.1",
            ],
        ),
        (
            "Market data and analytics on kdb+ for FX spot and forwards electronic trading.",
            [
                "Captured ticks from 45 FX venues, roughly 500 million a day",
                "Cut p95 HDB query latency from three seconds to 300 ms through attributes and partitioning",
                "Delivered real-time P&L and position dashboards for traders with q and KX Dashboards, plus last-look "
                "and hold-time analytics for liquidity provider reviews",
            ],
        ),
        (
            "Monte Carlo simulation of disordered systems in statistical mechanics.",
            [
                "Ran large-scale Monte Carlo simulations in C++ with MPI on an HPC cluster",
                "Published five peer-reviewed papers",
            ],
        ),
    ],
)

FABRICATIONS += [
    ("kdb", "overview", "years", "middle", "with seven years in", "with nine years in"),
    (
        "kdb",
        "overview",
        "degree",
        "end",
        "(statistical mechanics) and the CQF.",
        "(statistical mechanics), the CQF and an MSc in Financial Engineering.",
    ),
    (
        "kdb",
        "overview",
        "tool",
        "middle",
        "Python with pandas and NumPy,",
        "Python with pandas, NumPy and Polars,",
    ),
    ("kdb", "experiences[0].description", "number", "end", "about $2.1 billion", "about $3.1 billion"),
    (
        "kdb",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "from days to hours",
        "from days to hours and lifted the strategy's Sharpe ratio from 1.4 to 1.9",
    ),
    ("kdb", "experiences[0].bullets[3]", "version", "end", "to kdb+ 4.1", "to kdb+ 4.0"),
    (
        "kdb",
        "experiences[1].bullets[0]",
        "team size",
        "start",
        "Captured ticks",
        "With a team of three developers, captured ticks",
    ),
    (
        "kdb",
        "experiences[1].description",
        "certified",
        "start",
        "Market data and analytics",
        "As a KX-certified kdb+ Architect, built market data and analytics",
    ),
    (
        "kdb",
        "experiences[1].bullets[1]",
        "duration",
        "start",
        "Cut p95 HDB",
        "Within six months, cut p95 HDB",
    ),
    (
        "kdb",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Wrote a backtesting framework in q and PyKX that cut research turnaround from days to hours",
    ),
    (
        "kdb",
        "experiences[2].bullets[1]",
        "recognition",
        "end",
        "peer-reviewed papers",
        "peer-reviewed papers, one of them awarded the IOP best paper prize",
    ),
    (
        "kdb",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Taught the graduate course in computational physics for two years",
    ),
]

AMBIGUOUS_EDITS += [
    (
        "kdb",
        "experiences[0].bullets[0]",
        "3,000 European and US stocks",
        "3,000 European and US large- and mid-cap stocks",
        "the CV gives the universe size but not its market-cap make-up",
    ),
    (
        "kdb",
        "overview",
        "builds the tick data platforms behind them",
        "builds the kdb+ tick data platforms behind them, including a 40 TB history",
        "the 40 TB HDB is stated in one experience; the overview may draw on it, but 'history' rephrases HDB",
    ),
]

GUARD_FLOOR = {"caught": 147, "touched": 2}
TOUCH_NOT_MET = "set Q: 2/158 honest texts touched (1.3%; blind 10/158)"

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, FABRICATIONS)
AMBIGUOUS = build(CVS, AMBIGUOUS_EDITS, with_reason=True)
