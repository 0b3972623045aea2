"""Blind set Y for the free-text claims guard (issue 20), written blind: its author read only the set shape
(``claims_blind_set.py``), the shape checks and the issue, never the guard, its documentation, its benchmarks
or any other set. Twelve CVs in domains no earlier set used: humanitarian logistics for NGOs, university
timetabling (Scientia), veterinary practice software, sports performance analytics (Catapult GPS tracking),
nuclear decommissioning project controls, aerospace MRO systems (Swiss AviationSoftware AMOS), smart-meter
data management, wealth-management CRM (Salesforce Financial Services Cloud), e-learning platforms (Moodle,
SCORM), audio DSP plug-in development (JUCE, C++), customs brokerage (CDS, ICS2) and fibre network planning
(FTTP, GIS); each with a job posting or customer brief, one honest tailoring (compressed, expanded, merged,
numbers in words or digits, units written out or abbreviated, posting vocabulary), single injected claims of
every kind and a few edits the author was unsure about, with the reason."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}

# --- Humanitarian logistics (expansion: context folded into bullets) --------------------------------------
_ngo = cv(
    "Humanitarian Supply Chain Consultant",
    "Amara Okafor",
    "Supply chain consultant with eleven years in humanitarian logistics for international NGOs. Designs "
    "warehouse and fleet processes for emergency response, implements stock management systems in field "
    "offices and trains national staff. Has worked in East Africa, the Sahel and the Middle East.",
    [
        (
            "2021–2024 | Regional Logistics Coordinator | Norwegian Refugee Council",
            "Regional role covering logistics for refugee response programmes in Kenya, Uganda and South Sudan.",
            [
                "Set up 4 prepositioned warehouses holding emergency stock for 60,000 households.",
                "Rolled out the Helios stock management system in 9 field offices and trained 45 national staff.",
                "Reduced average lead time for cross-border convoys from 21 to 12 days by consolidating customs "
                "paperwork.",
                "Managed a fleet of 38 vehicles with a team of 6 fleet officers.",
            ],
            ["Helios", "Kobo Toolbox", "Power BI", "Excel"],
        ),
        (
            "2017–2021 | Logistics Manager | Médecins Sans Frontières (MSF) Operational Centre Brussels",
            "Field logistics for medical emergency projects, including cold chain for vaccination campaigns.",
            [
                "Ran cold chain logistics for a measles vaccination campaign reaching 1.2 million children.",
                "Procured and cleared medical supplies worth EUR 3.5m per year through Mombasa and Douala ports.",
                "Wrote the mission's fleet safety procedures, adopted by 3 neighbouring missions.",
            ],
            ["UniField", "Excel", "Kobo Toolbox"],
        ),
        (
            "2013–2017 | Logistics Officer | World Food Programme, Chad",
            "Food aid distribution logistics for camps in eastern Chad.",
            [
                "Planned monthly distributions of 2,400 tonnes of food to 5 refugee camps.",
                "Introduced barcode tracking of commodity dispatches.",
                "Coordinated 20 contracted trucking companies during the rainy season.",
            ],
            ["LESS", "SAP", "Excel"],
        ),
    ],
    skills=[
        "Humanitarian logistics",
        "Warehouse design",
        "Fleet management",
        "Cold chain",
        "Customs clearance",
        "Training of national staff",
    ],
    tools=["Helios", "UniField", "Kobo Toolbox", "Power BI", "SAP", "LESS"],
    certifications=["CILT Certificate in Humanitarian Logistics", "Fleet Forum Fleet Safety Training"],
    academic_background=["MSc Logistics and Supply Chain Management, Cranfield University"],
    spoken_languages=["English", "French", "Swahili (working)"],
    industries=["Humanitarian aid", "International NGOs"],
)
CVS["ngo"] = {
    "source": _ngo,
    "prompt": "Job posting: Senior Supply Chain Advisor, international humanitarian NGO. Lead warehouse and fleet "
    "design for emergency responses in East Africa; implement stock management software in country offices; "
    "build the capacity of national staff; experience with cold chain and customs clearance desirable. French "
    "an asset.",
    "honest": tailor(
        _ngo,
        "Humanitarian supply chain consultant with 11 years of logistics for international NGOs, well placed to "
        "lead warehouse and fleet design for emergency responses. Implements stock management systems in field "
        "offices, builds the capacity of national staff, and brings cold chain and customs clearance experience "
        "from work in East Africa, the Sahel and the Middle East. Speaks English and French.",
        [
            (
                "Regional logistics for refugee response programmes across Kenya, Uganda and South Sudan, covering "
                "warehousing, fleet and stock systems.",
                [
                    "Established four prepositioned warehouses for the refugee response, holding emergency stock "
                    "for sixty thousand households.",
                    "Implemented the Helios stock management system in nine field offices across the region and "
                    "trained 45 national staff to run it.",
                    "Consolidated customs paperwork for cross-border convoys, bringing average lead time down from "
                    "21 days to 12.",
                    "Led six fleet officers managing a 38-vehicle fleet serving the Kenya, Uganda and South Sudan "
                    "programmes.",
                ],
            ),
            (
                "Field logistics for MSF medical emergency projects, cold chain for vaccination campaigns included.",
                [
                    "Managed the cold chain for a measles vaccination campaign that reached 1,200,000 children.",
                    "Handled procurement and customs clearance of medical supplies worth €3.5 million a year "
                    "through the ports of Mombasa and Douala.",
                    "Authored the mission's fleet safety procedures, later adopted by three neighbouring missions.",
                ],
            ),
            (
                "Logistics for food aid distributions in the camps of eastern Chad.",
                [
                    "Planned 2,400 tonnes of food distributions each month across five refugee camps.",
                    "Brought in barcode tracking for commodity dispatches.",
                    "Coordinated twenty contracted trucking firms through the rainy season.",
                ],
            ),
        ],
    ),
}

# --- University timetabling (heavy compression) -------------------------------------------------------------
_tt = cv(
    "Timetabling Systems Consultant",
    "Hannah Lindqvist",
    "Consultant implementing Scientia timetabling and space management software at UK universities since 2015. "
    "Leads data migration, scheduling rule design and go-live support, and trains central timetabling teams. "
    "Previously a timetabling officer at the University of Leeds.",
    [
        (
            "2019–2024 | Lead Implementation Consultant | Scientia Ltd",
            "Implementation projects for Scientia Enterprise Server and Syllabus Plus at UK higher education "
            "institutions.",
            [
                "Led 7 Syllabus Plus implementations, each with between 20,000 and 35,000 students.",
                "Designed scheduling constraints and room allocation rules with academic departments.",
                "Migrated course and module data from legacy student records systems (SITS, Banner) using SQL "
                "Server scripts.",
                "Cut the time to produce a draft institutional timetable from 6 weeks to 10 days at the University "
                "of Bristol.",
            ],
            ["Syllabus Plus", "Scientia Enterprise Server", "SQL Server", "SITS:Vision", "Banner"],
        ),
        (
            "2015–2019 | Timetabling Officer | University of Leeds",
            "Central timetabling team, responsible for the teaching timetable of the Faculty of Engineering.",
            [
                "Produced the annual teaching timetable for 4,800 students and 310 modules.",
                "Introduced exam scheduling in Syllabus Plus, replacing spreadsheets.",
                "Handled room booking requests from 14 schools.",
            ],
            ["Syllabus Plus", "Excel", "Access"],
        ),
    ],
    skills=["Timetabling", "Space management", "Scheduling constraints", "Data migration", "Stakeholder workshops"],
    tools=["Syllabus Plus", "Scientia Enterprise Server", "SQL Server", "SITS:Vision", "Banner"],
    languages=["SQL"],
    certifications=["PRINCE2 Foundation"],
    academic_background=["BA Geography, University of Sheffield"],
    spoken_languages=["English", "Swedish"],
    industries=["Higher education"],
)
CVS["timetabling"] = {
    "source": _tt,
    "prompt": "Customer brief: a Russell Group university is replacing its in-house timetabling tool with "
    "Scientia. We need a consultant to lead the migration of course data from SITS, design scheduling rules "
    "with faculties, and support go-live.",
    "honest": tailor(
        _tt,
        "Scientia timetabling consultant for UK universities since 2015; leads data migration from SITS, "
        "scheduling rule design and go-live. Former University of Leeds timetabling officer.",
        [
            (
                "Scientia Enterprise Server and Syllabus Plus rollouts at UK universities.",
                [
                    "Led seven Syllabus Plus rollouts, 20k–35k students each.",
                    "Designed scheduling and room allocation rules with departments.",
                    "Migrated course and module data from SITS and Banner via SQL Server scripts.",
                    "Bristol: draft timetable in 10 days instead of 6 weeks.",
                ],
            ),
            (
                "Faculty of Engineering teaching timetable, central team.",
                [
                    "Annual teaching timetable: 4,800 students, 310 modules.",
                    "Moved exam scheduling from spreadsheets into Syllabus Plus; handled room bookings from "
                    "fourteen schools.",
                ],
            ),
        ],
    ),
}

# --- Veterinary practice software (junior, certifications in progress) --------------------------------------
_vet = cv(
    "Junior Software Developer",
    "Tomás Reilly",
    "Junior software developer with two years of experience on practice management software for veterinary "
    "clinics. Works on appointment booking, clinical records and invoicing features in C# and TypeScript. "
    "Studying for Azure and Scrum certifications.",
    [
        (
            "2023–2025 | Software Developer | Vetsmith Software",
            "Development of a cloud practice management system used by 140 veterinary clinics in Ireland and the UK.",
            [
                "Built the online appointment booking widget in React and TypeScript.",
                "Added vaccination reminder emails and SMS via Twilio, sent to pet owners 14 days before due dates.",
                "Fixed invoicing defects in the .NET 6 API and raised unit test coverage of the billing module from "
                "48% to 71%.",
                "Took part in on-call support one week in six.",
            ],
            ["C#", ".NET 6", "React", "TypeScript", "PostgreSQL", "Twilio", "Azure DevOps"],
        ),
        (
            "2022–2023 | Graduate Intern | Vetsmith Software",
            "Six-month internship in the clinical records team.",
            [
                "Wrote data import scripts in Python for clinics moving from a legacy desktop system.",
                "Documented 35 REST endpoints of the clinical records API.",
            ],
            ["Python", "PostgreSQL", "Swagger"],
        ),
    ],
    skills=["Web development", "REST APIs", "Unit testing"],
    languages=["C#", "TypeScript", "Python", "SQL"],
    tools=["React", ".NET 6", "PostgreSQL", "Azure DevOps", "Twilio", "Git"],
    certifications=[
        "Microsoft Azure Fundamentals (AZ-900)",
        "Azure Developer Associate (AZ-204), in progress",
        "Professional Scrum Master I, in progress",
        "ISTQB Foundation, in progress",
    ],
    academic_background=["BSc Computer Science, University College Dublin (2022)"],
    spoken_languages=["English", "Irish", "Spanish (basic)"],
    industries=["Veterinary", "Healthcare software"],
)
CVS["vet"] = {
    "source": _vet,
    "prompt": "Job posting: Software Engineer (Junior/Mid), veterinary practice management SaaS. C#/.NET and "
    "React, PostgreSQL. You will build features for appointment booking, reminders and billing. Nice to have: "
    "Azure, automated testing.",
    "honest": tailor(
        _vet,
        "Junior software engineer with 2 years building veterinary practice management software: appointment "
        "booking, clinical records and invoicing, in C#/.NET and TypeScript with React. Holds Azure Fundamentals "
        "(AZ-900) and is working towards the Azure Developer Associate, Professional Scrum Master I and ISTQB "
        "Foundation certifications.",
        [
            (
                "Cloud practice management system serving 140 vet clinics across Ireland and the UK.",
                [
                    "Developed the online appointment booking widget with React and TypeScript.",
                    "Implemented vaccination reminders by email and SMS through Twilio, sent to pet owners two "
                    "weeks before each due date.",
                    "Fixed billing defects in the .NET 6 API and lifted unit test coverage of the billing module "
                    "from 48 to 71 percent.",
                    "Shared on-call support, one week in every six.",
                ],
            ),
            (
                "A six-month graduate internship with the clinical records team.",
                [
                    "Wrote Python import scripts for clinics migrating from a legacy desktop system.",
                    "Documented thirty-five REST endpoints in the clinical records API.",
                ],
            ),
        ],
    ),
}

# --- Sports performance analytics (numbers written out) -----------------------------------------------------
_sport = cv(
    "Sports Performance Data Analyst",
    "Callum Fraser",
    "Performance analyst with ten years in professional football and rugby. Runs GPS and accelerometer "
    "tracking with Catapult, builds load monitoring dashboards and advises coaches on training load and "
    "injury risk.",
    [
        (
            "2020–2025 | Lead Performance Analyst | Hibernian FC",
            "First-team and academy performance analysis, GPS tracking and reporting to the coaching and medical "
            "staff.",
            [
                "Ran Catapult Vector tracking for 28 first-team players in every training session and match.",
                "Built training load dashboards in Tableau fed by the Catapult API and Python pipelines.",
                "Cut soft-tissue injuries by 22% over two seasons with acute:chronic workload monitoring.",
                "Managed a team of 3 analysts.",
            ],
            ["Catapult Vector", "OpenField", "Python", "Tableau", "AWS S3"],
        ),
        (
            "2017–2020 | Sports Scientist | Edinburgh Rugby",
            "Sports science support to the senior squad, focused on conditioning and match load.",
            [
                "Processed GPS data from 45 players after each session using Catapult OpenField.",
                "Introduced weekly wellness questionnaires in Smartabase.",
                "Delivered match load reports to the head coach within 24 hours of kick-off.",
            ],
            ["Catapult OpenField", "Smartabase", "R", "Excel"],
        ),
        (
            "2015–2017 | Performance Analyst (part-time) | Scottish Football Association",
            "Match and GPS analysis for the Scotland under-17 and under-19 squads.",
            [
                "Coded 40 international matches in Sportscode.",
                "Set up the first GPS monitoring for youth squads with Catapult.",
            ],
            ["Sportscode", "Catapult OptimEye S5"],
        ),
    ],
    skills=["GPS tracking", "Load monitoring", "Injury risk analysis", "Data visualisation"],
    languages=["Python", "R", "SQL"],
    tools=["Catapult Vector", "OpenField", "Smartabase", "Tableau", "Sportscode", "AWS S3"],
    certifications=["UKSCA Accredited Strength and Conditioning Coach", "Catapult Certified Analyst"],
    academic_background=["MSc Sport and Exercise Science, University of Stirling"],
    spoken_languages=["English"],
    industries=["Professional sport"],
)
CVS["sport"] = {
    "source": _sport,
    "prompt": "Job posting: Head of Performance Data at a Premier League club. Own the GPS tracking programme "
    "(Catapult), build load monitoring dashboards, lead a small team of analysts and advise coaches on injury "
    "risk.",
    "honest": tailor(
        _sport,
        "Performance analyst with a decade in professional football and rugby, owning GPS and accelerometer "
        "tracking with Catapult. Builds load monitoring dashboards, leads a small analyst team and advises "
        "coaches on training load and injury risk.",
        [
            (
                "Performance analysis for the first team and academy: GPS tracking and reports for coaching and "
                "medical staff.",
                [
                    "Tracked all twenty-eight first-team players with Catapult Vector in every session and match.",
                    "Created Tableau training load dashboards fed by the Catapult API through Python pipelines.",
                    "Used acute:chronic workload monitoring to reduce soft-tissue injuries by twenty-two per cent "
                    "across two seasons.",
                    "Led a team of three analysts.",
                ],
            ),
            (
                "Senior squad sports science with a focus on conditioning and match load.",
                [
                    "Processed Catapult OpenField GPS data for forty-five players after every session.",
                    "Set up weekly wellness questionnaires in Smartabase and delivered match load reports to the "
                    "head coach within a day of kick-off.",
                ],
            ),
            (
                "Match and GPS analysis for Scotland's U17 and U19 squads.",
                [
                    "Coded forty international matches with Sportscode.",
                    "Introduced Catapult GPS monitoring for the youth squads for the first time.",
                ],
            ),
        ],
    ),
}

# --- Nuclear decommissioning project controls (many credentials told in many forms) -------------------------
_nuc = cv(
    "Project Controls Manager",
    "Gareth Pryce",
    "Chartered project controls manager with fifteen years in nuclear decommissioning and major "
    "infrastructure. Leads planning, cost control and earned value management on NDA estate programmes, and "
    "sets up project controls teams and tools.",
    [
        (
            "2019–2025 | Project Controls Manager | Sellafield Ltd (via Jacobs)",
            "Project controls for the retrievals programme at Sellafield, covering the Magnox Swarf Storage Silo "
            "and Pile Fuel Cladding Silo.",
            [
                "Led a project controls team of 14 planners, cost engineers and risk analysts.",
                "Implemented earned value management across a £1.2bn portfolio using Primavera P6 and Cobra.",
                "Produced the monthly performance report to the Nuclear Decommissioning Authority.",
                "Ran quantitative schedule risk analysis with Safran Risk.",
            ],
            ["Primavera P6", "Deltek Cobra", "Safran Risk", "Power BI"],
        ),
        (
            "2014–2019 | Senior Planner | Magnox Ltd",
            "Planning for care and maintenance preparations at Magnox reactor sites.",
            [
                "Built integrated schedules for 3 reactor sites entering care and maintenance.",
                "Reduced schedule update cycle from 10 days to 4 with a standard coding structure.",
                "Trained 25 site staff in Primavera P6.",
            ],
            ["Primavera P6", "Excel", "Acumen Fuse"],
        ),
        (
            "2010–2014 | Planner | Balfour Beatty",
            "Planning on rail and highways infrastructure projects.",
            [
                "Planned the Crossrail Whitechapel station fit-out schedule.",
                "Maintained baseline and forecast schedules for 6 highways schemes.",
            ],
            ["Primavera P6", "Asta Powerproject"],
        ),
    ],
    skills=[
        "Project controls",
        "Earned value management",
        "Planning and scheduling",
        "Cost control",
        "Schedule risk analysis",
    ],
    tools=["Primavera P6", "Deltek Cobra", "Safran Risk", "Acumen Fuse", "Asta Powerproject", "Power BI"],
    certifications=[
        "Chartered Project Professional (ChPP), APM",
        "Fellow of the Association for Project Management (FAPM)",
        "Member of the Association of Cost Engineers (MACostE)",
        "AACE Earned Value Professional (EVP)",
        "PMI Scheduling Professional (PMI-SP)",
        "NEBOSH National General Certificate",
        "SC security clearance",
        "Working towards AACE Decision and Risk Management Professional (DRMP)",
    ],
    academic_background=["BEng Civil Engineering, Cardiff University"],
    spoken_languages=["English", "Welsh"],
    industries=["Nuclear decommissioning", "Infrastructure"],
)
CVS["nuclear"] = {
    "source": _nuc,
    "prompt": "Job posting: Head of Project Controls, nuclear decommissioning site licence company. Lead "
    "planning, cost and EVM teams; report to the NDA; chartered status (ChPP or equivalent) and security "
    "clearance required; Primavera P6 and risk analysis essential.",
    "honest": tailor(
        _nuc,
        "Chartered Project Professional and Fellow of the APM with 15 years of project controls in nuclear "
        "decommissioning and major infrastructure. Leads planning, cost control and EVM on NDA estate "
        "programmes, reports to the Nuclear Decommissioning Authority, and builds project controls teams and "
        "tooling. Holds SC clearance; accredited AACE Earned Value Professional and PMI-SP, member of ACostE, "
        "NEBOSH certificate holder, working towards the AACE DRMP.",
        [
            (
                "Retrievals programme project controls at Sellafield, for the Magnox Swarf Storage Silo and the "
                "Pile Fuel Cladding Silo.",
                [
                    "Headed a fourteen-strong project controls team of planners, cost engineers and risk analysts.",
                    "Rolled out EVM with Primavera P6 and Deltek Cobra across a portfolio of £1,200 million.",
                    "Prepared the monthly performance report for the NDA and ran quantitative schedule risk "
                    "analysis in Safran Risk.",
                ],
            ),
            (
                "Care and maintenance planning for Magnox reactor sites.",
                [
                    "Built integrated schedules for three reactor sites going into care and maintenance.",
                    "Brought the schedule update cycle down from ten days to four by introducing a standard coding "
                    "structure.",
                    "Trained twenty-five site staff to use Primavera P6.",
                ],
            ),
            (
                "Rail and highways infrastructure planning.",
                [
                    "Planned the fit-out schedule for Crossrail's Whitechapel station.",
                    "Kept baseline and forecast schedules for six highways schemes.",
                ],
            ),
        ],
    ),
}

# --- Aerospace MRO systems, AMOS (units abbreviated) --------------------------------------------------------
_amos = cv(
    "AMOS Consultant",
    "Lena Brunner",
    "Aviation maintenance IT consultant with ten years on Swiss AviationSoftware AMOS. Configures maintenance "
    "programmes, component tracking and work order processes for airlines and MRO providers, and leads data "
    "migrations from legacy M&E systems.",
    [
        (
            "2020–2025 | Senior AMOS Consultant | Helvetic Airways",
            "AMOS upgrade and process redesign for the Embraer E2 fleet's maintenance organisation.",
            [
                "Upgraded AMOS from version 20.12 to 23.04 with no loss of maintenance records.",
                "Configured the maintenance programme for 12 Embraer E2 aircraft, covering 2,300 tasks.",
                "Introduced mobile task card sign-off on tablets, cutting paperwork by 6 hours per check.",
                "Wrote Oracle SQL reports for CAMO reliability monitoring.",
            ],
            ["AMOS 23.04", "Oracle Database", "SQL", "AMOSmobile"],
        ),
        (
            "2015–2020 | M&E Systems Analyst | SR Technics",
            "Support of AMOS in a base maintenance MRO for third-party customers.",
            [
                "Migrated component history for 18,000 serialised parts from a legacy system into AMOS.",
                "Set up work package planning for C-checks on A320 family aircraft.",
                "Provided second-line support to 400 users in Zurich and Malta.",
            ],
            ["AMOS", "Oracle Database", "Crystal Reports"],
        ),
    ],
    skills=[
        "AMOS configuration",
        "Maintenance programme",
        "Component tracking",
        "Data migration",
        "EASA Part-M / Part-145 processes",
    ],
    tools=["AMOS", "AMOSmobile", "Oracle Database", "Crystal Reports"],
    languages=["SQL", "PL/SQL"],
    certifications=["AMOS Certified Consultant (Swiss-AS)", "EASA Part-66 module training (modules 1–3)"],
    academic_background=["Dipl. Ing. FH Aviation, ZHAW"],
    spoken_languages=["German", "English", "French"],
    industries=["Aviation", "MRO"],
)
CVS["amos"] = {
    "source": _amos,
    "prompt": "Job posting: AMOS Functional Consultant for an airline's M&E transformation. Configure "
    "maintenance programme and component tracking, lead a migration from a legacy M&E system, support Part-145 "
    "work order processes. German and English required.",
    "honest": tailor(
        _amos,
        "AMOS functional consultant with a decade on Swiss-AS AMOS, configuring maintenance programmes, "
        "component tracking and work order processes for airlines and MROs. Leads migrations from legacy M&E "
        "systems; works in German and English.",
        [
            (
                "Upgrade of AMOS and redesign of the maintenance organisation's processes for the Embraer E2 fleet.",
                [
                    "Took AMOS from 20.12 to 23.04 without losing any maintenance records.",
                    "Set up the maintenance programme for a dozen Embraer E2s: 2.3k tasks.",
                    "Rolled out tablet task card sign-off, saving 6 hrs of paperwork per check.",
                    "Built Oracle SQL reports for CAMO reliability monitoring.",
                ],
            ),
            (
                "AMOS support in a base maintenance MRO serving third-party customers.",
                [
                    "Moved the component history of 18k serialised parts from a legacy system into AMOS.",
                    "Configured work package planning for A320-family C-checks.",
                    "Gave second-line support to four hundred users in Zurich and Malta.",
                ],
            ),
        ],
    ),
}

# --- Smart-meter data management (compressed; k, m, GB) -----------------------------------------------------
_meter = cv(
    "Data Engineer, Meter Data Management",
    "Ravi Chandran",
    "Data engineer with eleven years in energy utilities, specialising in meter data management for "
    "smart-meter rollouts. Builds ingestion pipelines for half-hourly consumption data, validation and "
    "estimation rules, and settlement feeds.",
    [
        (
            "2021–2025 | Lead Data Engineer | E.ON Next",
            "Meter data management platform for SMETS2 smart meters, feeding billing and market-wide half-hourly "
            "settlement.",
            [
                "Designed Kafka ingestion for readings from 2.4 million SMETS2 meters, about 180 GB per day.",
                "Implemented validation, estimation and editing (VEE) rules in Spark on Databricks.",
                "Cut late settlement submissions from 3% of MPANs to 0.4%.",
                "Led a team of 5 data engineers.",
            ],
            ["Apache Kafka", "Apache Spark", "Databricks", "Azure Data Lake", "Python", "Terraform"],
        ),
        (
            "2016–2021 | Data Engineer | Siemens Smart Infrastructure",
            "Implementation of Siemens EnergyIP meter data management for European distribution network operators.",
            [
                "Configured EnergyIP VEE rules for an Austrian DNO with 600,000 meters.",
                "Wrote PL/SQL jobs loading interval data into Oracle.",
                "Tuned the daily load from 9 hours to 2.",
            ],
            ["Siemens EnergyIP", "Oracle", "PL/SQL", "Linux"],
        ),
        (
            "2014–2016 | Graduate Engineer | UK Power Networks",
            "Graduate scheme in network data and metering.",
            [
                "Analysed half-hourly substation data in MATLAB.",
                "Supported the Low Carbon London smart-meter trial data team.",
            ],
            ["MATLAB", "SQL Server"],
        ),
    ],
    skills=["Meter data management", "VEE", "Data pipelines", "Market settlement (MHHS)"],
    languages=["Python", "SQL", "PL/SQL", "Scala"],
    tools=["Kafka", "Spark", "Databricks", "Azure Data Lake", "Siemens EnergyIP", "Oracle", "Terraform"],
    certifications=[
        "Databricks Certified Data Engineer Associate",
        "Microsoft Certified: Azure Data Engineer Associate",
    ],
    academic_background=["MSc Data Science, University of Warwick", "BTech Electrical Engineering, IIT Madras"],
    spoken_languages=["English", "Tamil", "German (B1)"],
    industries=["Energy", "Utilities"],
)
CVS["meter"] = {
    "source": _meter,
    "prompt": "Customer brief: an energy supplier preparing for market-wide half-hourly settlement (MHHS) needs "
    "a lead data engineer to rebuild smart-meter data ingestion on Azure Databricks, with VEE rules and "
    "settlement feeds.",
    "honest": tailor(
        _meter,
        "Data engineer, 11 yrs in utilities: smart-meter data management, half-hourly ingestion, VEE rules and "
        "settlement feeds.",
        [
            (
                "SMETS2 meter data platform feeding billing and MHHS settlement.",
                [
                    "Kafka ingestion for 2.4m SMETS2 meters (~180 gigabytes a day).",
                    "VEE rules in Spark on Databricks.",
                    "Late settlement submissions down from 3% to 0.4% of MPANs.",
                    "Led five data engineers.",
                ],
            ),
            (
                "Siemens EnergyIP MDM rollouts for European DNOs.",
                [
                    "EnergyIP VEE for an Austrian DNO, 600k meters.",
                    "PL/SQL interval data loads into Oracle; daily run cut from nine hours to two.",
                ],
            ),
            (
                "Graduate scheme: network data, metering.",
                [
                    "Half-hourly substation data analysis in MATLAB.",
                    "Low Carbon London smart-meter trial data support.",
                ],
            ),
        ],
    ),
}

# --- Wealth-management CRM, Salesforce FSC (posting vocabulary) ---------------------------------------------
_crm = cv(
    "Salesforce Consultant",
    "Sophie Marchetti",
    "Salesforce consultant with nine years in private banking and wealth management. Implements Financial "
    "Services Cloud for relationship managers: household views, client onboarding, financial accounts and "
    "advisor dashboards. Works closely with compliance on KYC processes.",
    [
        (
            "2021–2025 | Senior Salesforce Consultant | Accenture (client: Julius Baer)",
            "Financial Services Cloud rollout for 900 relationship managers across Switzerland and Singapore.",
            [
                "Configured household and relationship groups for 120,000 client records.",
                "Built a digital client onboarding flow with OmniStudio, reducing onboarding time from 15 days to 5.",
                "Integrated the core banking system Avaloq through MuleSoft APIs.",
                "Ran 30 discovery workshops with relationship managers and compliance officers.",
            ],
            ["Salesforce Financial Services Cloud", "OmniStudio", "MuleSoft", "Avaloq", "Apex"],
        ),
        (
            "2018–2021 | Salesforce Developer | Deloitte Digital",
            "Sales Cloud and Service Cloud projects for asset managers.",
            [
                "Developed Apex triggers and Lightning Web Components for advisor dashboards.",
                "Automated KYC review reminders, covering 8,000 clients.",
                "Set up CI with Salesforce DX and Jenkins.",
            ],
            ["Sales Cloud", "Service Cloud", "Apex", "Lightning Web Components", "Salesforce DX", "Jenkins"],
        ),
        (
            "2016–2018 | CRM Analyst | UBS Wealth Management",
            "CRM reporting and data quality for the wealth management front office in Zurich.",
            [
                "Cleaned 50,000 duplicate client contacts before a CRM migration.",
                "Built weekly pipeline reports for 12 desk heads.",
            ],
            ["Siebel CRM", "SQL", "Excel"],
        ),
    ],
    skills=["CRM implementation", "Requirements workshops", "Client onboarding", "KYC processes"],
    languages=["Apex", "JavaScript", "SOQL"],
    tools=["Financial Services Cloud", "OmniStudio", "MuleSoft", "Salesforce DX", "Jenkins", "Siebel CRM"],
    certifications=[
        "Salesforce Certified Financial Services Cloud Accredited Professional",
        "Salesforce Certified Platform Developer I",
        "Salesforce Certified Administrator",
    ],
    academic_background=["MSc Finance, Università Bocconi"],
    spoken_languages=["Italian", "English", "German"],
    industries=["Wealth management", "Private banking"],
)
CVS["crm"] = {
    "source": _crm,
    "prompt": "Job posting: Salesforce Financial Services Cloud Lead for a wealth manager. Drive the FSC "
    "implementation for our advisors: householding, digital client onboarding, KYC, integration with core "
    "banking; run requirements workshops with the front office.",
    "honest": tailor(
        _crm,
        "Salesforce consultant with nine years in private banking and wealth management, implementing Financial "
        "Services Cloud for advisors and relationship managers: householding, digital client onboarding, "
        "financial accounts and advisor dashboards. Partners with compliance on KYC.",
        [
            (
                "FSC implementation for 900 relationship managers in Switzerland and Singapore.",
                [
                    "Configured householding and relationship groups covering 120k client records.",
                    "Delivered digital client onboarding on OmniStudio, taking onboarding from 15 days down to five.",
                    "Connected Avaloq core banking to Salesforce via MuleSoft APIs.",
                    "Facilitated thirty discovery workshops with relationship managers and compliance.",
                ],
            ),
            (
                "Sales Cloud and Service Cloud delivery for asset managers.",
                [
                    "Built advisor dashboards with Apex triggers and Lightning Web Components.",
                    "Automated KYC review reminders for eight thousand clients.",
                    "Set up continuous integration using Salesforce DX and Jenkins.",
                ],
            ),
            (
                "Front-office CRM reporting and data quality, Zurich wealth management.",
                [
                    "Removed 50k duplicate client contacts ahead of a CRM migration.",
                    "Produced weekly pipeline reporting for twelve desk heads.",
                ],
            ),
        ],
    ),
}

# --- E-learning platforms, Moodle and SCORM (expansion) -----------------------------------------------------
_lms = cv(
    "E-learning Platform Developer",
    "Daniel Osei",
    "E-learning platform developer with eight years working with Moodle and learning content standards. Builds "
    "Moodle plugins and themes, integrates SCORM and xAPI content, and runs hosting and upgrades for "
    "universities and corporate academies.",
    [
        (
            "2021–2025 | Moodle Developer | Catalyst IT Europe",
            "Moodle development and hosting for UK universities and corporate clients.",
            [
                "Developed 11 Moodle plugins in PHP, including a SCORM completion report and a cohort enrolment tool.",
                "Upgraded the Open University's Moodle from 3.9 to 4.1 for 200,000 users.",
                "Integrated a Learning Record Store for xAPI statements.",
                "Reduced page load times by 35% with Redis caching.",
            ],
            ["Moodle", "PHP", "PostgreSQL", "Redis", "Docker", "xAPI"],
        ),
        (
            "2019–2021 | Learning Technologist | NHS Health Education England",
            "Support of the e-learning for healthcare platform and SCORM course packaging.",
            [
                "Packaged 60 courses as SCORM 1.2 with Articulate Storyline.",
                "Fixed SCORM tracking issues reported by 40 NHS trusts.",
                "Wrote accessibility guidance for course authors to WCAG 2.1 AA.",
            ],
            ["Articulate Storyline", "SCORM 1.2", "Moodle", "JavaScript"],
        ),
        (
            "2017–2019 | IT Support Technician | University of Greenwich",
            "First and second-line support for staff and students, including the Moodle VLE.",
            [
                "Resolved Moodle course access and enrolment tickets for 20,000 students.",
                "Wrote the knowledge-base articles for the Moodle help desk.",
                "Assisted with the move from Blackboard to Moodle in 2018.",
            ],
            ["Moodle", "ServiceNow", "Active Directory"],
        ),
    ],
    skills=["Moodle plugin development", "SCORM", "xAPI", "Accessibility", "Hosting and upgrades"],
    languages=["PHP", "JavaScript", "SQL"],
    tools=["Moodle", "Articulate Storyline", "Docker", "Redis", "PostgreSQL", "ServiceNow"],
    certifications=[
        "Moodle Educator Certificate",
        "CMALT (Certified Member of the Association for Learning Technology)",
    ],
    academic_background=["BSc Computing, University of Greenwich"],
    spoken_languages=["English", "Twi"],
    industries=["Education", "Healthcare"],
)
CVS["lms"] = {
    "source": _lms,
    "prompt": "Job posting: Senior Moodle Developer at an edtech company. Build and maintain Moodle plugins, "
    "manage upgrades to Moodle 4.x, integrate SCORM and xAPI content, improve performance.",
    "honest": tailor(
        _lms,
        "Moodle developer with 8 years of experience on the platform and on learning content standards such as "
        "SCORM and xAPI. Builds and maintains Moodle plugins and themes, integrates SCORM and xAPI content, and "
        "manages hosting and upgrades for universities and corporate academies.",
        [
            (
                "Development and hosting of Moodle sites for universities in the UK and for corporate clients, "
                "including plugin work and version upgrades.",
                [
                    "Built eleven Moodle plugins in PHP for university and corporate Moodle sites, among them a "
                    "SCORM completion report and a cohort enrolment tool.",
                    "Managed the Open University's upgrade from Moodle 3.9 to Moodle 4.1, serving 200k users.",
                    "Connected a Learning Record Store to capture xAPI statements from courses on the hosted platform.",
                    "Improved performance, cutting page load times by thirty-five percent through Redis caching.",
                ],
            ),
            (
                "Supported Health Education England's e-learning for healthcare platform and packaged courses as "
                "SCORM.",
                [
                    "Packaged sixty courses in SCORM 1.2 using Articulate Storyline for the e-learning for "
                    "healthcare platform.",
                    "Resolved SCORM tracking problems raised by 40 NHS trusts using the platform.",
                    "Authored WCAG 2.1 AA accessibility guidance for the platform's course authors.",
                ],
            ),
            (
                "Provided first- and second-line support to staff and students at the University of Greenwich, "
                "including support of the Moodle virtual learning environment.",
                [
                    "Handled Moodle course access and enrolment tickets for a student body of twenty thousand.",
                    "Authored knowledge-base articles for the Moodle help desk used by staff and students.",
                    "Helped with the university's 2018 migration from Blackboard to Moodle.",
                ],
            ),
        ],
    ),
}

# --- Audio DSP plug-ins, JUCE and C++ (bullets merged in pairs) ---------------------------------------------
_dsp = cv(
    "Audio DSP Engineer",
    "Mateo Alvarez",
    "Audio software engineer with nine years writing real-time DSP in C++. Develops VST3, AU and AAX plug-ins "
    "with JUCE, from filter and dynamics design to SIMD optimisation, and ships products for music and "
    "post-production markets.",
    [
        (
            "2020–2025 | Senior DSP Engineer | Northpole Audio",
            "Plug-in development for a mixing and mastering product line.",
            [
                "Designed a linear-phase multiband compressor with 6 bands.",
                "Optimised convolution reverb with SSE and NEON SIMD, cutting CPU load by 40%.",
                "Ported the product line to Apple Silicon.",
                "Maintained the JUCE-based build for VST3, AU and AAX on macOS and Windows.",
            ],
            ["C++17", "JUCE", "VST3", "AU", "AAX", "CMake", "Xcode", "Visual Studio"],
        ),
        (
            "2016–2020 | Audio Developer | Focusrite",
            "Firmware and software DSP for audio interfaces.",
            [
                "Implemented sample-rate conversion and zero-latency monitoring mix in C on ARM Cortex-M7.",
                "Wrote the Focusrite Control mixer's metering in C++.",
                "Built automated audio regression tests in Python.",
            ],
            ["C", "C++", "ARM Cortex-M7", "Python"],
        ),
    ],
    skills=["Real-time DSP", "Filter design", "Dynamics processing", "SIMD optimisation", "Plug-in formats"],
    languages=["C++", "C", "Python", "MATLAB"],
    tools=["JUCE", "CMake", "Xcode", "Visual Studio", "Git"],
    academic_background=[
        "MSc Sound and Music Computing, Universitat Pompeu Fabra",
        "BEng Telecommunications, Universidad Politécnica de Madrid",
    ],
    spoken_languages=["Spanish", "English"],
    industries=["Music technology", "Pro audio"],
)
CVS["dsp"] = {
    "source": _dsp,
    "prompt": "Job posting: Audio DSP Developer (C++/JUCE). Build VST3/AU/AAX effect plug-ins, optimise DSP with "
    "SIMD, support Apple Silicon and Windows builds.",
    "honest": tailor(
        _dsp,
        "C++ audio DSP developer, nine years of real-time work; builds VST3/AU/AAX plug-ins in JUCE, from filters "
        "and dynamics to SIMD optimisation, for music and post-production.",
        [
            (
                "Mixing and mastering plug-in line.",
                [
                    "Designed a six-band linear-phase multiband compressor and ported the line to Apple Silicon.",
                    "SSE/NEON SIMD optimisation of the convolution reverb: 40 per cent less CPU.",
                    "Kept the JUCE build for VST3, AU and AAX running on macOS and Windows.",
                ],
            ),
            (
                "Audio interface DSP, firmware and software.",
                [
                    "Sample-rate conversion and zero-latency monitoring mix in C on an ARM Cortex-M7; metering for "
                    "the Focusrite Control mixer in C++.",
                    "Automated audio regression tests written in Python.",
                ],
            ),
        ],
    ),
}

# --- Customs brokerage, CDS and ICS2 (abbreviations expanded and contracted) --------------------------------
_cus = cv(
    "Customs Systems Consultant",
    "Joanna Kowalska",
    "Customs brokerage and trade compliance consultant with fourteen years in freight forwarding. Implements "
    "customs declaration software for the UK Customs Declaration Service (CDS) and the EU Import Control "
    "System 2 (ICS2), and trains declarant teams.",
    [
        (
            "2021–2025 | Customs Systems Lead | DSV Road Ltd",
            "Migration of UK import and export declarations from CHIEF to CDS and preparation for ICS2 release 3.",
            [
                "Led the CDS migration for 4 customs offices submitting 45,000 declarations per month.",
                "Configured Descartes customs software for ICS2 Entry Summary Declarations (ENS) for road freight.",
                "Wrote the internal guidance on CDS data elements and trained 70 declarants.",
                "Cut rejected declarations from 8% to 2%.",
            ],
            ["Descartes Customs", "CDS", "ICS2", "CHIEF", "Excel"],
        ),
        (
            "2013–2021 | Customs Broker | Kuehne+Nagel",
            "Customs brokerage for import and export clients at Felixstowe.",
            [
                "Prepared import entries for retail and automotive clients.",
                "Managed the AEO application for the Felixstowe branch, granted in 2018.",
                "Handled tariff classification queries and binding tariff information applications.",
            ],
            ["CHIEF", "Destin8", "TARIC"],
        ),
        (
            "2011–2013 | Import Clerk | DHL Global Forwarding",
            "Import clearance for air freight at Heathrow.",
            [
                "Keyed up to 120 import entries per shift in CHIEF.",
                "Chased missing commercial invoices and certificates of origin.",
            ],
            ["CHIEF", "Excel"],
        ),
    ],
    skills=["Customs declarations", "Tariff classification", "AEO", "Trade compliance", "Training"],
    tools=["Descartes Customs", "CDS", "CHIEF", "Destin8", "TARIC"],
    certifications=[
        "Institute of Export & International Trade Certificate in Customs Practice",
        "Member of the Institute of Export & International Trade (MIEx)",
        "Customs Intermediary Qualification (in progress)",
    ],
    academic_background=["BA International Business, Aston University"],
    spoken_languages=["English", "Polish"],
    industries=["Freight forwarding", "Logistics"],
)
CVS["customs"] = {
    "source": _cus,
    "prompt": "Job posting: Customs Technology Manager at a freight forwarder. Own our CDS and ICS2 systems, "
    "improve declaration quality, train declarant teams; AEO experience desirable.",
    "honest": tailor(
        _cus,
        "Trade compliance and customs brokerage consultant, 14 years in freight forwarding. Implements "
        "declaration software for CDS (Customs Declaration Service) and ICS2 (Import Control System 2), improves "
        "declaration quality and trains declarant teams; AEO experience at Felixstowe.",
        [
            (
                "Moved UK import and export declarations from CHIEF onto CDS and prepared for ICS2 release three.",
                [
                    "Led CDS migration for four customs offices handling forty-five thousand declarations a month.",
                    "Configured Descartes Customs for road freight Entry Summary Declarations (ENS) under ICS2.",
                    "Authored internal guidance on CDS data elements; trained 70 declarants.",
                    "Rejected declarations down from 8 to 2 per cent.",
                ],
            ),
            (
                "Import and export customs brokerage at Felixstowe.",
                [
                    "Prepared import entries for clients in retail and automotive.",
                    "Ran the Felixstowe branch's Authorised Economic Operator application, granted in 2018.",
                    "Handled tariff classification queries and BTI applications.",
                ],
            ),
            (
                "Heathrow air freight import clearance.",
                [
                    "Entered as many as 120 import entries per shift in CHIEF.",
                    "Followed up missing commercial invoices and certificates of origin.",
                ],
            ),
        ],
    ),
}

# --- Fibre network planning, FTTP and GIS (km / kilometres) -------------------------------------------------
_fibre = cv(
    "Fibre Network Planner",
    "Niamh Gallagher",
    "FTTP network planner with twelve years in telecoms, designing fibre-to-the-premises networks in GIS. "
    "Produces high-level and detailed designs, bills of materials and build packs for civil and cabling "
    "contractors.",
    [
        (
            "2020–2025 | Senior Network Planner | CityFibre",
            "FTTP design for city-wide full-fibre builds in the Midlands.",
            [
                "Planned networks passing 85,000 premises across 4 cities.",
                "Produced detailed designs in QGIS and 3-GIS, including 1,400 km of duct routes.",
                "Reused Openreach ducts via the PIA product for 60% of the routes.",
                "Checked and approved build packs from 6 design contractors.",
            ],
            ["QGIS", "3-GIS", "PostGIS", "AutoCAD", "Openreach PIA"],
        ),
        (
            "2015–2020 | GIS Analyst | Gigaclear",
            "Rural FTTP planning in Oxfordshire and Gloucestershire.",
            [
                "Surveyed and digitised 600 km of rural routes.",
                "Automated splitter placement with Python scripts in QGIS.",
                "Kept the PostGIS network inventory up to date.",
            ],
            ["QGIS", "PostGIS", "Python", "Esri ArcGIS"],
        ),
        (
            "2013–2015 | CAD Technician | Kelly Communications",
            "As-built drawings for copper and fibre networks in London.",
            [
                "Produced as-built drawings in AutoCAD for 200 cabinets.",
                "Updated records after Openreach handover inspections.",
            ],
            ["AutoCAD", "Excel"],
        ),
    ],
    skills=["FTTP design", "GIS", "Bill of materials", "PIA"],
    languages=["Python", "SQL"],
    tools=["QGIS", "3-GIS", "PostGIS", "AutoCAD", "Esri ArcGIS"],
    certifications=["FTTH Council Europe Fibre Design Certificate", "CSCS card"],
    academic_background=["BSc Geography with GIS, Ulster University"],
    spoken_languages=["English", "Irish"],
    industries=["Telecommunications"],
)
CVS["fibre"] = {
    "source": _fibre,
    "prompt": "Customer brief: an alternative network operator building FTTP in rural Wales needs a senior "
    "planner to produce high-level and detailed designs in GIS, reuse Openreach PIA infrastructure and check "
    "contractor build packs.",
    "honest": tailor(
        _fibre,
        "Senior FTTP planner with a dozen years in telecoms designing fibre-to-the-premises networks in GIS: "
        "high-level and detailed designs, BoMs and build packs for civils and cabling contractors, with rural "
        "and city-wide experience and Openreach PIA reuse.",
        [
            (
                "City-wide full-fibre FTTP design across the Midlands.",
                [
                    "Planned networks passing eighty-five thousand premises in four cities.",
                    "Detailed designs in QGIS and 3-GIS covering 1,400 kilometres of duct routes.",
                    "Reused Openreach ducts under PIA for 60 per cent of routes.",
                    "Checked and signed off build packs from six design contractors.",
                ],
            ),
            (
                "Planning rural FTTP across Oxfordshire and Gloucestershire.",
                [
                    "Surveyed and digitised 600 kilometres of rural routes.",
                    "Wrote Python scripts to automate splitter placement in QGIS, and maintained the PostGIS "
                    "network inventory.",
                ],
            ),
            (
                "London as-built drawings, copper and fibre.",
                [
                    "As-built drawings in AutoCAD for 200 cabinets.",
                    "Updated records following Openreach handover inspections.",
                ],
            ),
        ],
    ),
}

# (cv, field, kind, position, old, new): one claim the CV does not make, injected into the honest text.
FABRICATIONS = [
    # ngo
    ("ngo", "overview", "years", "start", "with 11 years", "with 14 years"),
    (
        "ngo",
        "overview",
        "customer",
        "end",
        "the Sahel and the Middle East.",
        "the Sahel and the Middle East for UNHCR.",
    ),
    (
        "ngo",
        "overview",
        "degree",
        "middle",
        "for international NGOs, well",
        "for international NGOs, with an MBA from INSEAD, well",
    ),
    ("ngo", "experiences[0].bullets[0]", "number", "start", "Established four", "Established five"),
    ("ngo", "experiences[0].bullets[1]", "tool", "end", "to run it.", "to run it alongside Oracle NetSuite."),
    ("ngo", "experiences[0].bullets[3]", "team size", "start", "Led six fleet officers", "Led eight fleet officers"),
    (
        "ngo",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "Mombasa and Douala.",
        "Mombasa and Douala, cutting clearance times by 30%.",
    ),
    (
        "ngo",
        "experiences[1].description",
        "certified",
        "end",
        "vaccination campaigns included.",
        "vaccination campaigns included, as a WHO-certified cold chain manager.",
    ),
    (
        "ngo",
        "experiences[2].description",
        "date",
        "start",
        "Logistics for food aid",
        "From 2012, logistics for food aid",
    ),
    (
        "ngo",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Negotiated a framework agreement with the Chadian customs authority that halved clearance times.",
    ),
    (
        "ngo",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Consolidated customs paperwork for cross-border convoys, bringing average lead time down from 21 days to 12.",
    ),
    # timetabling
    ("timetabling", "overview", "date", "start", "for UK universities since 2015", "for UK universities since 2012"),
    (
        "timetabling",
        "overview",
        "degree",
        "middle",
        "since 2015; leads",
        "since 2015, MSc in Operational Research; leads",
    ),
    (
        "timetabling",
        "overview",
        "certification",
        "end",
        "timetabling officer.",
        "timetabling officer, PRINCE2 Practitioner.",
    ),
    (
        "timetabling",
        "experiences[0].description",
        "tool",
        "middle",
        "Scientia Enterprise Server and Syllabus Plus",
        "Scientia Enterprise Server, CELCAT and Syllabus Plus",
    ),
    ("timetabling", "experiences[0].bullets[0]", "number", "end", "20k–35k students each.", "20k–45k students each."),
    (
        "timetabling",
        "experiences[0].bullets[2]",
        "version",
        "end",
        "via SQL Server scripts.",
        "via SQL Server 2019 scripts.",
    ),
    ("timetabling", "experiences[0].bullets[3]", "customer", "start", "Bristol:", "Bristol and Cardiff:"),
    (
        "timetabling",
        "experiences[1].bullets[1]",
        "metric",
        "middle",
        "into Syllabus Plus;",
        "into Syllabus Plus, cutting exam clashes by 40%;",
    ),
    (
        "timetabling",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Trained 60 school administrators in Syllabus Plus room booking.",
    ),
    ("timetabling", "experiences[1].description", "duration", "end", "central team.", "central team for six years."),
    # vet
    (
        "vet",
        "overview",
        "years",
        "start",
        "Junior software engineer with 2 years",
        "Junior software engineer with 4 years",
    ),
    (
        "vet",
        "overview",
        "certified",
        "middle",
        "Holds Azure Fundamentals (AZ-900) and",
        "Holds Azure Fundamentals (AZ-900), is a certified Scrum Product Owner and",
    ),
    ("vet", "experiences[0].description", "number", "middle", "serving 140 vet clinics", "serving 240 vet clinics"),
    (
        "vet",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "with React and TypeScript.",
        "with React, Redux and TypeScript.",
    ),
    ("vet", "experiences[0].bullets[2]", "version", "middle", "the .NET 6 API", "the .NET 8 API"),
    (
        "vet",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "one week in every six.",
        "one week in every six, keeping uptime above 99.9%.",
    ),
    (
        "vet",
        "experiences[1].description",
        "duration",
        "start",
        "A six-month graduate internship",
        "A nine-month graduate internship",
    ),
    (
        "vet",
        "experiences[1].bullets[0]",
        "customer",
        "end",
        "legacy desktop system.",
        "legacy desktop system, including Vets4Pets branches.",
    ),
    (
        "vet",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Developed the online appointment booking widget with React and TypeScript.",
    ),
    (
        "vet",
        "experiences[1].description",
        "degree",
        "end",
        "the clinical records team.",
        "the clinical records team, alongside an MSc in Software Engineering.",
    ),
    # sport
    (
        "sport",
        "overview",
        "years",
        "start",
        "Performance analyst with a decade",
        "Performance analyst with fourteen years",
    ),
    (
        "sport",
        "overview",
        "customer",
        "middle",
        "football and rugby, owning",
        "football and rugby, including Celtic FC, owning",
    ),
    (
        "sport",
        "overview",
        "recognition",
        "end",
        "training load and injury risk.",
        "training load and injury risk; shortlisted for the 2023 Sports Technology Awards.",
    ),
    (
        "sport",
        "experiences[0].description",
        "certified",
        "end",
        "coaching and medical staff.",
        "coaching and medical staff as a BASES-accredited sport scientist.",
    ),
    (
        "sport",
        "experiences[0].bullets[0]",
        "number",
        "middle",
        "all twenty-eight first-team",
        "all thirty-two first-team",
    ),
    (
        "sport",
        "experiences[0].bullets[1]",
        "version",
        "middle",
        "Created Tableau training",
        "Created Tableau 2023.1 training",
    ),
    ("sport", "experiences[0].bullets[2]", "duration", "end", "across two seasons.", "across three seasons."),
    ("sport", "experiences[0].bullets[3]", "team size", "end", "team of three analysts.", "team of five analysts."),
    (
        "sport",
        "experiences[1].description",
        "date",
        "start",
        "Senior squad sports science",
        "Since 2016, senior squad sports science",
    ),
    (
        "sport",
        "experiences[1].bullets[0]",
        "tool",
        "end",
        "after every session.",
        "after every session, with Kinexon for indoor work.",
    ),
    (
        "sport",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed the return-to-play protocol used for all hamstring injuries.",
    ),
    ("sport", "experiences[2].bullets[0]", "number", "start", "Coded forty international", "Coded sixty international"),
    # nuclear
    (
        "nuclear",
        "overview",
        "certification",
        "start",
        "Chartered Project Professional and Fellow",
        "Chartered Engineer, Chartered Project Professional and Fellow",
    ),
    (
        "nuclear",
        "overview",
        "years",
        "middle",
        "with 15 years of project controls",
        "with 18 years of project controls",
    ),
    (
        "nuclear",
        "overview",
        "certification",
        "middle",
        "Earned Value Professional and PMI-SP",
        "Earned Value Professional, PMP and PMI-SP",
    ),
    ("nuclear", "overview", "certified", "end", "working towards the AACE DRMP.", "and a certified AACE DRMP."),
    (
        "nuclear",
        "experiences[0].description",
        "customer",
        "end",
        "Pile Fuel Cladding Silo.",
        "Pile Fuel Cladding Silo, with Dounreay added in 2022.",
    ),
    (
        "nuclear",
        "experiences[0].bullets[0]",
        "team size",
        "start",
        "Headed a fourteen-strong",
        "Headed a twenty-strong",
    ),
    ("nuclear", "experiences[0].bullets[1]", "number", "end", "£1,200 million.", "£1,500 million."),
    (
        "nuclear",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "in Safran Risk.",
        "in Safran Risk and Oracle Primavera Risk Analysis.",
    ),
    (
        "nuclear",
        "experiences[1].description",
        "duration",
        "end",
        "Magnox reactor sites.",
        "Magnox reactor sites over seven years.",
    ),
    (
        "nuclear",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "standard coding structure.",
        "standard coding structure, saving £400k a year.",
    ),
    (
        "nuclear",
        "experiences[1].bullets[2]",
        "version",
        "end",
        "to use Primavera P6.",
        "to use Primavera P6 Professional 21.",
    ),
    (
        "nuclear",
        "experiences[2].description",
        "degree",
        "start",
        "Rail and highways",
        "After an MSc in Construction Management, rail and highways",
    ),
    (
        "nuclear",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Trained twenty-five site staff to use Primavera P6.",
    ),
    # amos
    (
        "amos",
        "overview",
        "customer",
        "start",
        "AMOS functional consultant",
        "Lufthansa Technik-trained AMOS functional consultant",
    ),
    ("amos", "overview", "years", "middle", "with a decade on", "with twelve years on"),
    (
        "amos",
        "overview",
        "certification",
        "end",
        "works in German and English.",
        "works in German and English and holds a Part-66 B1 licence.",
    ),
    (
        "amos",
        "experiences[0].description",
        "date",
        "end",
        "for the Embraer E2 fleet.",
        "for the Embraer E2 fleet, delivered in March 2021.",
    ),
    ("amos", "experiences[0].bullets[0]", "version", "end", "from 20.12 to 23.04", "from 20.12 to 24.04"),
    ("amos", "experiences[0].bullets[1]", "number", "middle", "a dozen Embraer E2s", "fourteen Embraer E2s"),
    ("amos", "experiences[0].bullets[2]", "metric", "end", "per check.", "per check and 15% off turnaround time."),
    ("amos", "experiences[0].bullets[3]", "tool", "middle", "Oracle SQL reports", "Oracle SQL and Power BI reports"),
    (
        "amos",
        "experiences[1].description",
        "team size",
        "start",
        "AMOS support in a base",
        "Five-person AMOS support team in a base",
    ),
    ("amos", "experiences[1].bullets[2]", "number", "middle", "four hundred users", "six hundred users"),
    (
        "amos",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Trained 60 planners on AMOS work package planning.",
    ),
    # meter
    ("meter", "overview", "years", "start", "Data engineer, 11 yrs", "Data engineer, 13 yrs"),
    ("meter", "overview", "tool", "end", "and settlement feeds.", "and settlement feeds on Snowflake."),
    (
        "meter",
        "overview",
        "certified",
        "start",
        "Data engineer, 11 yrs",
        "Data engineer and certified Azure Solutions Architect, 11 yrs",
    ),
    (
        "meter",
        "experiences[0].description",
        "customer",
        "middle",
        "feeding billing and MHHS",
        "feeding billing, Elexon and MHHS",
    ),
    ("meter", "experiences[0].bullets[0]", "number", "middle", "2.4m SMETS2", "3.4m SMETS2"),
    ("meter", "experiences[0].bullets[1]", "version", "middle", "Spark on Databricks", "Spark 3.5 on Databricks"),
    (
        "meter",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "0.4% of MPANs.",
        "0.4% of MPANs, saving £2m in penalties.",
    ),
    ("meter", "experiences[0].bullets[3]", "team size", "end", "Led five data engineers.", "Led eight data engineers."),
    (
        "meter",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "EnergyIP VEE for an Austrian DNO, 600k meters.",
    ),
    (
        "meter",
        "experiences[1].description",
        "date",
        "start",
        "Siemens EnergyIP MDM rollouts",
        "2015 onwards: Siemens EnergyIP MDM rollouts",
    ),
    ("meter", "experiences[1].bullets[0]", "customer", "end", "600k meters.", "600k meters (Wiener Netze)."),
    (
        "meter",
        "experiences[1].description",
        "duration",
        "end",
        "for European DNOs.",
        "for European DNOs over six years.",
    ),
    ("meter", "experiences[2].bullets[0]", "tool", "end", "in MATLAB.", "in MATLAB and Simulink."),
    # crm
    (
        "crm",
        "overview",
        "certification",
        "start",
        "Salesforce consultant with nine years",
        "Salesforce consultant with a CFA charter and nine years",
    ),
    ("crm", "overview", "years", "middle", "with nine years in private", "with eleven years in private"),
    ("crm", "overview", "customer", "end", "with compliance on KYC.", "with compliance on KYC, including for Pictet."),
    ("crm", "experiences[0].description", "number", "middle", "for 900 relationship", "for 1,100 relationship"),
    (
        "crm",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "down to five.",
        "down to five and lifting new assets by 12%.",
    ),
    ("crm", "experiences[0].bullets[2]", "tool", "end", "via MuleSoft APIs.", "via MuleSoft APIs and Informatica."),
    (
        "crm",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "and compliance.",
        "and compliance, earning an Accenture Client Excellence award.",
    ),
    (
        "crm",
        "experiences[1].bullets[0]",
        "certified",
        "start",
        "Built advisor dashboards",
        "As a certified Platform Developer II, built advisor dashboards",
    ),
    (
        "crm",
        "experiences[1].description",
        "team size",
        "middle",
        "delivery for asset managers",
        "delivery in a team of twelve for asset managers",
    ),
    (
        "crm",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Migrated 2 million activity records from Microsoft Dynamics to Sales Cloud.",
    ),
    (
        "crm",
        "experiences[2].description",
        "date",
        "end",
        "Zurich wealth management.",
        "Zurich wealth management, from 2015.",
    ),
    (
        "crm",
        "experiences[2].bullets[0]",
        "version",
        "end",
        "ahead of a CRM migration.",
        "ahead of a migration from Siebel 8.1.",
    ),
    # lms
    ("lms", "overview", "certified", "start", "Moodle developer with", "Moodle Certified Developer with"),
    ("lms", "overview", "years", "middle", "with 8 years of experience", "with 10 years of experience"),
    ("lms", "overview", "tool", "end", "corporate academies.", "corporate academies, on Moodle and Totara."),
    (
        "lms",
        "experiences[0].description",
        "customer",
        "end",
        "version upgrades.",
        "version upgrades for clients such as the University of Manchester.",
    ),
    ("lms", "experiences[0].bullets[1]", "version", "middle", "to Moodle 4.1,", "to Moodle 4.3,"),
    ("lms", "experiences[0].bullets[1]", "number", "end", "serving 200k users.", "serving 250k users."),
    (
        "lms",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "on the hosted platform.",
        "on the hosted platform, raising course completion by 18%.",
    ),
    ("lms", "experiences[0].bullets[3]", "number", "middle", "by thirty-five percent", "by forty-five percent"),
    (
        "lms",
        "experiences[1].description",
        "duration",
        "start",
        "Supported Health Education",
        "For three years, supported Health Education",
    ),
    (
        "lms",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "course authors.",
        "course authors, which won a 2021 Learning Technologies Award.",
    ),
    (
        "lms",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Connected a Learning Record Store to capture xAPI statements from courses on the hosted platform.",
    ),
    (
        "lms",
        "experiences[2].bullets[2]",
        "date",
        "middle",
        "university's 2018 migration",
        "university's 2016 migration",
    ),
    (
        "lms",
        "experiences[2].description",
        "team size",
        "middle",
        "second-line support to staff",
        "second-line support, in a team of seven, to staff",
    ),
    # dsp
    ("dsp", "overview", "tool", "start", "C++ audio DSP developer", "C++ and Rust audio DSP developer"),
    ("dsp", "overview", "years", "middle", "nine years of real-time work", "twelve years of real-time work"),
    ("dsp", "overview", "degree", "middle", "real-time work;", "real-time work and a PhD in acoustics;"),
    (
        "dsp",
        "overview",
        "customer",
        "end",
        "music and post-production.",
        "music and post-production, with clients including Native Instruments.",
    ),
    (
        "dsp",
        "experiences[0].description",
        "recognition",
        "end",
        "plug-in line.",
        "plug-in line, winner of a 2022 NAMM TEC Award.",
    ),
    ("dsp", "experiences[0].bullets[0]", "number", "start", "Designed a six-band", "Designed an eight-band"),
    (
        "dsp",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "40 per cent less CPU.",
        "40 per cent less CPU and 2 ms lower latency.",
    ),
    ("dsp", "experiences[0].bullets[2]", "version", "middle", "Kept the JUCE build", "Kept the JUCE 8 build"),
    ("dsp", "experiences[1].description", "date", "end", "firmware and software.", "firmware and software, from 2015."),
    ("dsp", "experiences[1].bullets[0]", "tool", "middle", "ARM Cortex-M7;", "ARM Cortex-M7 with FreeRTOS;"),
    (
        "dsp",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led a team of four engineers on the Scarlett 4th Gen driver.",
    ),
    (
        "dsp",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Automated audio regression tests written in Python.",
    ),
    # customs
    (
        "customs",
        "overview",
        "certified",
        "start",
        "Trade compliance and customs",
        "HMRC-certified trade compliance and customs",
    ),
    ("customs", "overview", "years", "middle", "14 years in freight", "17 years in freight"),
    (
        "customs",
        "overview",
        "certification",
        "end",
        "AEO experience at Felixstowe.",
        "AEO experience at Felixstowe and the Customs Intermediary Qualification.",
    ),
    ("customs", "experiences[0].description", "version", "end", "ICS2 release three.", "ICS2 releases three and four."),
    ("customs", "experiences[0].bullets[0]", "number", "middle", "four customs offices", "six customs offices"),
    (
        "customs",
        "experiences[0].bullets[1]",
        "tool",
        "middle",
        "Configured Descartes Customs for",
        "Configured Descartes Customs and CargoWise for",
    ),
    (
        "customs",
        "experiences[0].bullets[2]",
        "team size",
        "end",
        "trained 70 declarants.",
        "trained 70 declarants as head of a team of nine.",
    ),
    (
        "customs",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "8 to 2 per cent.",
        "8 to 2 per cent, saving £150k in demurrage.",
    ),
    (
        "customs",
        "experiences[1].description",
        "customer",
        "middle",
        "customs brokerage at Felixstowe",
        "customs brokerage for Jaguar Land Rover at Felixstowe",
    ),
    ("customs", "experiences[1].bullets[1]", "date", "end", "granted in 2018.", "granted in 2017."),
    (
        "customs",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Authored internal guidance on CDS data elements; trained 70 declarants.",
    ),
    ("customs", "experiences[2].bullets[0]", "number", "middle", "as many as 120 import", "as many as 150 import"),
    # fibre
    ("fibre", "overview", "customer", "start", "Senior FTTP planner with", "Former Openreach senior FTTP planner with"),
    ("fibre", "overview", "years", "middle", "with a dozen years in telecoms", "with fifteen years in telecoms"),
    (
        "fibre",
        "overview",
        "certification",
        "end",
        "Openreach PIA reuse.",
        "Openreach PIA reuse; City & Guilds 3667 qualified.",
    ),
    (
        "fibre",
        "experiences[0].description",
        "tool",
        "end",
        "across the Midlands.",
        "across the Midlands, designed in Bentley OpenComms.",
    ),
    (
        "fibre",
        "experiences[0].bullets[0]",
        "number",
        "middle",
        "eighty-five thousand premises",
        "ninety-five thousand premises",
    ),
    (
        "fibre",
        "experiences[0].bullets[1]",
        "number",
        "end",
        "1,400 kilometres of duct routes.",
        "1,700 kilometres of duct routes.",
    ),
    (
        "fibre",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "60 per cent of routes.",
        "60 per cent of routes, cutting build cost by a quarter.",
    ),
    (
        "fibre",
        "experiences[0].bullets[3]",
        "team size",
        "start",
        "Checked and signed off",
        "Leading a team of four, checked and signed off",
    ),
    (
        "fibre",
        "experiences[1].description",
        "duration",
        "end",
        "Oxfordshire and Gloucestershire.",
        "Oxfordshire and Gloucestershire over seven years.",
    ),
    ("fibre", "experiences[1].bullets[1]", "version", "middle", "placement in QGIS,", "placement in QGIS 3.28,"),
    (
        "fibre",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed gigabit voucher scheme bids for 12 Cotswolds villages.",
    ),
    (
        "fibre",
        "experiences[2].description",
        "customer",
        "start",
        "London as-built drawings",
        "For Virgin Media, London as-built drawings",
    ),
]

# (cv, field, old, new, reason): edits the author could not call honest or invented with confidence.
AMBIGUOUS_EDITS = [
    (
        "amos",
        "experiences[0].bullets[2]",
        "tablet task card sign-off",
        "tablet task card sign-off with AMOSmobile",
        "AMOSmobile is in the experience's environment, but the bullet never says it was the tool used for sign-off",
    ),
    (
        "crm",
        "overview",
        "Salesforce consultant with",
        "Salesforce Financial Services Cloud lead with",
        "'lead' is the posting's title; the CV says senior consultant, though she led workshops and delivery",
    ),
    (
        "vet",
        "experiences[0].description",
        "across Ireland and the UK",
        "across the British Isles",
        "a geographic restatement that covers the same countries but is not a term the CV uses",
    ),
    (
        "sport",
        "overview",
        "leads a small analyst team",
        "leads a performance analysis department",
        "the CV's team is three analysts; 'department' may inflate the scope",
    ),
    (
        "nuclear",
        "experiences[0].bullets[1]",
        "a portfolio of £1,200 million",
        "a £1bn+ portfolio",
        "a true lower bound rather than the stated figure",
    ),
    (
        "meter",
        "experiences[0].bullets[0]",
        "(~180 gigabytes a day)",
        "(~65 TB a year)",
        "derived by arithmetic from 180 GB per day; the CV never states a yearly volume",
    ),
    (
        "customs",
        "overview",
        "14 years in freight forwarding",
        "over a decade in freight forwarding",
        "a vaguer figure that is true but is not the CV's number",
    ),
    (
        "fibre",
        "experiences[0].bullets[2]",
        "for 60 per cent of routes",
        "for the majority of routes",
        "a qualitative restatement of 60%",
    ),
    (
        "dsp",
        "overview",
        "for music and post-production.",
        "for music and post-production studios worldwide.",
        "'worldwide' reach is not stated, though the products ship to those markets",
    ),
    (
        "lms",
        "experiences[0].bullets[1]",
        "serving 200k users",
        "serving 200k students",
        "the CV says users; at a university most users are students, but not all",
    ),
    (
        "timetabling",
        "experiences[0].bullets[0]",
        "Led seven Syllabus Plus rollouts",
        "Led seven end-to-end Syllabus Plus rollouts",
        "'end-to-end' adds scope the CV only implies",
    ),
    (
        "ngo",
        "experiences[1].bullets[1]",
        "Handled procurement and customs clearance",
        "Handled procurement, import licensing and customs clearance",
        "import licensing is usually part of clearing medical supplies, but the CV does not name it",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, FABRICATIONS)
AMBIGUOUS = build(CVS, AMBIGUOUS_EDITS, with_reason=True)
GUARD_FLOOR = {"caught": 141, "touched": 3}  # blind: 135 caught, 5 touched; tuned on since (session 12)
TOUCH_NOT_MET = "set Y, blind: 5/138 honest texts touched (3.6%); tuned: 3/138 (2.2%)"
