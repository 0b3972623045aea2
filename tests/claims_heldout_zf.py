"""Blind set zf for the free-text claims guard (issue 20): twelve hand-written contract CVs in poultry
processing plant systems, chocolate manufacturing quality assurance, commercial laundry logistics, golf and
leisure club management software, perfume formulation PLM, cemetery and crematorium records, fisheries catch
reporting, pawnbroking software, elevator and escalator maintenance IoT, pharmacy chain retail systems, ice
hockey performance analytics and tram network operations control, each with a job posting or customer brief,
one honest tailoring (first, third and no person; British and American spelling; one CV tailored to another
industry by transferable skills) and single claims injected into it. Written blind: without reading the
guard's rules, its documentation, its benchmarks or any other set."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}


def _case(key, source, prompt, overview, experiences):
    CVS[key] = {"source": source, "honest": tailor(source, overview, experiences), "prompt": prompt}


# --- poultry processing plant systems -------------------------------------------------------------
_case(
    "poultry",
    cv(
        "Plant Systems Engineer",
        "Marta Kowalczyk",
        "Plant systems engineer with 11 years in poultry processing, integrating line controllers, weighing "
        "and grading equipment and MES with ERP. Delivered traceability from farm flock to retail pack for two "
        "processors and led a team of 6 automation engineers.",
        [
            (
                "Lead Automation Engineer, Cedar Valley Poultry, 2019–2024",
                "Owned the plant-floor systems of a 1.2 million birds-per-week processing site, from evisceration "
                "line PLCs to the dispatch warehouse.",
                [
                    "Integrated Marel Innova with SAP S/4HANA so that every carcass weight reached costing within 5 "
                    "minutes",
                    "Replaced paper HACCP checklists with tablet forms feeding a PostgreSQL database, covering 42 "
                    "critical control points",
                    "Cut unplanned line stoppages by 18% through vibration monitoring on the chiller drives",
                    "Led a team of 6 automation engineers and 2 apprentices",
                ],
                ["Marel Innova", "SAP S/4HANA", "Siemens S7-1500", "PostgreSQL", "Ignition SCADA"],
            ),
            (
                "Automation Engineer, Northgate Foods, 2015–2019",
                "Maintained and extended control systems at a further-processing plant producing coated and cooked "
                "chicken products.",
                [
                    "Programmed Allen-Bradley ControlLogix PLCs for two spiral ovens and a fryer line",
                    "Built a batch genealogy report linking raw material lots to finished packs, used in 3 customer "
                    "audits",
                    "Reduced changeover time on the coating line from 50 to 35 minutes",
                ],
                ["Allen-Bradley ControlLogix", "FactoryTalk View", "SQL Server", "Python"],
            ),
            (
                "Controls Technician, Brookmere Engineering, 2013–2015",
                "Commissioned conveyor and packaging controls for food-industry customers.",
                [
                    "Commissioned 14 packaging lines across the UK and Ireland",
                    "Wrote Structured Text function blocks reused across projects",
                ],
                ["Siemens S7-300", "TIA Portal", "Structured Text"],
            ),
        ],
        skills=["PLC programming", "MES integration", "HACCP", "Traceability", "OEE analysis"],
        tools=["Marel Innova", "Ignition SCADA", "TIA Portal", "FactoryTalk View"],
        certifications=["Certified Automation Professional (ISA)", "IOSH Managing Safely"],
        academic_background=["BEng Electrical and Electronic Engineering, University of Leeds"],
        spoken_languages=["Polish (native)", "English (fluent)"],
        industries=["Food processing", "Poultry"],
    ),
    "Job posting: MES Engineer at a poultry integrator. We need someone to connect weighing, grading and line "
    "control to our ERP, with strong traceability and food safety (HACCP) experience. Leading a small automation "
    "team is a plus.",
    "Plant systems engineer bringing eleven years of poultry and food processing automation: linking line "
    "controllers, weighing and grading equipment and MES to ERP, building flock-to-pack traceability for two "
    "processors, and leading six automation engineers. Certified Automation Professional with a BEng from the "
    "University of Leeds.",
    [
        (
            "Responsible for plant-floor systems at a site processing 1.2m birds a week, spanning evisceration-line "
            "PLCs through to the dispatch warehouse.",
            [
                "Connected Marel Innova to SAP S/4HANA, getting every carcass weight into costing in under five minutes",
                "Digitised HACCP: 42 critical control points moved from paper checklists to tablet forms backed by "
                "PostgreSQL",
                "Lowered unplanned line stoppages by 18 percent with vibration monitoring on the chiller drives",
                "Managed six automation engineers and two apprentices",
            ],
        ),
        (
            "Kept the control systems of a further-processing plant (coated and cooked chicken) running and "
            "extended them.",
            [
                "Programmed ControlLogix PLCs for two spiral ovens and a fryer line",
                "Shortened coating-line changeovers from 50 to 35 minutes",
                "Created a batch genealogy report tracing raw-material lots to finished packs, relied on in three "
                "customer audits",
            ],
        ),
        (
            "Commissioned conveyor and packaging controls for customers in the food industry.",
            [
                "Brought 14 packaging lines into service in the UK and Ireland, using reusable Structured Text "
                "function blocks",
            ],
        ),
    ],
)

# --- chocolate manufacturing quality assurance ---------------------------------------------------
_case(
    "chocolate",
    cv(
        "Quality Assurance Manager",
        "Hélène Dubois",
        "Quality assurance manager in chocolate and confectionery manufacturing with a background in food "
        "microbiology. Runs BRCGS and FSSC 22000 certified sites, allergen programmes and supplier approval for "
        "cocoa and dairy ingredients.",
        [
            (
                "QA Manager, Ardennes Chocolate Works, 2020–2025",
                "Led quality assurance for a moulding and enrobing plant producing 38,000 tonnes of chocolate a year.",
                [
                    "Kept the site's BRCGS Food Safety certificate at grade AA through four unannounced audits",
                    "Introduced a hazelnut and milk allergen changeover validation using ELISA swabs, reducing "
                    "cross-contact findings by 60%",
                    "Moved non-conformance and CAPA records from spreadsheets to Veeva QMS",
                    "Managed a QA team of 9 technicians across three shifts",
                ],
                ["Veeva QMS", "SAP QM", "Minitab", "InfinityQS"],
            ),
            (
                "Senior QA Specialist, Lindqvist Confectionery, 2016–2020",
                "Supplier and raw-material quality for a praline and filled-bar manufacturer.",
                [
                    "Approved and audited 27 cocoa, sugar and dairy suppliers in Europe and West Africa",
                    "Set up statistical process control on tempering lines in InfinityQS, reducing bloom complaints "
                    "by a third",
                    "Coordinated the site's move from ISO 22000 to FSSC 22000 certification",
                ],
                ["InfinityQS", "SAP QM", "Excel"],
            ),
            (
                "Quality Technician, Maison Verhaeghe Pralines, 2013–2016",
                "Laboratory and line quality checks at an artisan praline maker.",
                [
                    "Ran moisture, viscosity and particle size tests on chocolate masses",
                    "Kept HACCP monitoring records for 6 production lines",
                ],
                ["Brookfield viscometer", "Malvern Mastersizer", "Excel"],
            ),
        ],
        skills=["HACCP", "Allergen management", "Supplier audit", "SPC", "Root cause analysis"],
        tools=["Veeva QMS", "SAP QM", "Minitab", "InfinityQS"],
        certifications=["BRCGS Lead Auditor", "HACCP Level 4", "Lean Six Sigma Green Belt"],
        academic_background=["MSc Food Microbiology, University of Reading", "BSc Biochemistry, Université de Liège"],
        spoken_languages=["French", "English", "Dutch"],
        industries=["Confectionery", "Food manufacturing"],
    ),
    "Customer brief: a US premium chocolate maker is looking for an interim Head of Quality to prepare its plant "
    "for an SQF audit and tighten allergen controls on shared lines. Supplier quality for cocoa and dairy matters.",
    "Chocolate and confectionery quality leader with twelve years of hands-on QA (2013–2025), an MSc in food "
    "microbiology and a Lean Six Sigma Green Belt. Has run BRCGS and FSSC 22000 certified sites as a BRCGS Lead "
    "Auditor, along with allergen programs and supplier approval for cocoa and dairy ingredients.",
    [
        (
            "Quality assurance lead for a molding and enrobing plant that makes 38k tonnes of chocolate annually.",
            [
                "Validated allergen changeovers (hazelnut, milk) with ELISA swabs, cutting cross-contact findings by "
                "three-fifths",
                "Maintained AA-grade BRCGS Food Safety certification across four unannounced audits",
                "Led nine QA technicians over three shifts",
                "Migrated nonconformance and CAPA records from spreadsheets into Veeva QMS",
            ],
        ),
        (
            "Owned supplier and raw-material quality at a praline and filled-bar producer.",
            [
                "Audited and approved 27 suppliers of cocoa, sugar and dairy across Europe and West Africa",
                "Cut bloom complaints by one third by introducing SPC on tempering lines in InfinityQS",
                "Coordinated the transition from ISO 22000 to FSSC 22000",
            ],
        ),
        (
            "Performed lab and line quality checks for an artisan praline maker.",
            [
                "Tested chocolate masses for moisture, viscosity and particle size",
                "Maintained HACCP monitoring records for six production lines",
            ],
        ),
    ],
)

# --- commercial laundry logistics (tailored to grocery home delivery: another industry) ------------
_case(
    "laundry",
    cv(
        "Logistics Systems Lead",
        "Declan Murphy",
        "Logistics systems lead in commercial laundry, serving hotels and hospitals. Specialises in RFID linen "
        "tracking, route planning and plant throughput, with a record of cutting linen losses and delivery miles.",
        [
            (
                "Logistics Systems Lead, BrightSheet Linen Services, 2018–2024",
                "Ran route planning and linen tracking for a laundry group with 4 plants and 210 hotel and hospital "
                "customers.",
                [
                    "Rolled out UHF RFID tagging on 1.5 million linen items, cutting annual linen loss from 12% to 7%",
                    "Implemented Descartes route optimisation for 38 delivery vans, reducing mileage by 14%",
                    "Built a Power BI dashboard of soil-in and clean-out weights per customer",
                    "Negotiated service levels with NHS trust customers for 24/7 theatre linen supply",
                ],
                ["Descartes Route Planner", "Power BI", "Azure SQL", "Zebra RFID readers"],
            ),
            (
                "Operations Analyst, Clyde Laundry Group, 2014–2018",
                "Analysed plant throughput and transport costs for a hospitality laundry.",
                [
                    "Modelled tunnel washer and ironer capacity in Excel and Python, supporting a £2.3m plant extension",
                    "Introduced barcode-based cage tracking between plant and customers",
                    "Reported weekly KPIs to the operations director",
                ],
                ["Excel", "Python", "pandas", "Access"],
            ),
        ],
        skills=["RFID", "Route optimisation", "Capacity planning", "KPI reporting"],
        tools=["Descartes Route Planner", "Power BI", "Excel", "Python"],
        certifications=["CILT Level 5 Diploma in Logistics and Transport", "APICS CSCP (working towards)"],
        academic_background=["BA Geography, University College Dublin"],
        spoken_languages=["English", "Irish"],
        industries=["Commercial laundry", "Healthcare services", "Hospitality"],
    ),
    "Job posting: Fleet and Last-Mile Planning Manager at a grocery home-delivery retailer. Own van routing, depot "
    "throughput and asset tracking, and report KPIs to leadership. Supply chain qualifications welcome.",
    "I plan routes, track assets and improve depot throughput, drawing on ten years of commercial laundry "
    "logistics (2014–2024) for hotel and hospital customers: RFID tracking of 1.5m items, route optimisation for "
    "38 vans and capacity modelling behind a £2.3m site extension. I hold the CILT Level 5 Diploma in Logistics "
    "and Transport and am working towards APICS CSCP.",
    [
        (
            "Led route planning and asset (linen) tracking across 4 plants and 210 hotel and hospital customers.",
            [
                "Cut delivery mileage by 14% with Descartes route optimisation across a 38-van fleet",
                "Tagged 1.5 million items with UHF RFID, bringing annual losses down from 12% to 7%",
                "Built a Power BI dashboard tracking inbound soiled and outbound clean weights per customer",
                "Agreed service levels with NHS trust customers for round-the-clock theatre supply",
            ],
        ),
        (
            "Analysed site throughput and transport costs for a hospitality laundry.",
            [
                "Built capacity models in Excel and Python that supported a £2.3 million plant extension",
                "Introduced barcode tracking of cages moving between plant and customers",
                "Reported KPIs weekly to the operations director",
            ],
        ),
    ],
)

# --- golf and leisure club management software -----------------------------------------------------
_case(
    "golf",
    cv(
        "Product Manager, Club Management Software",
        "Callum Fraser",
        "Product manager for golf and leisure club software: tee-sheet booking, membership billing and point of "
        "sale. Has shipped mobile booking apps used by over 300 clubs and led integrations with payment providers "
        "and handicap systems.",
        [
            (
                "Product Manager, FairwayOS, 2019–2025",
                "Owned the tee-sheet and member app product line of a SaaS club management platform.",
                [
                    "Launched a member booking app on iOS and Android adopted by 320 clubs in the UK and Scandinavia",
                    "Integrated the World Handicap System feed via the England Golf API",
                    "Replaced a legacy card terminal integration with Adyen, lowering payment failures by 40%",
                    "Ran quarterly roadmap reviews with a customer advisory board of 12 club managers",
                ],
                ["Jira", "Figma", "Amplitude", "Adyen", "React Native"],
            ),
            (
                "Business Analyst, Leisure Systems Ltd, 2015–2019",
                "Gathered requirements for membership and billing modules used by gyms and leisure centres.",
                [
                    "Wrote specifications for direct debit billing via Bacs for 90,000 members",
                    "Mapped the club joining journey and cut sign-up steps from 11 to 6",
                    "Supported GDPR readiness work in 2018 by cataloguing personal data fields",
                ],
                ["Confluence", "Jira", "SQL Server", "Visio"],
            ),
            (
                "Membership Administrator, Loch Carran Golf Club, 2013–2015",
                "Ran membership administration for a private golf club with 850 members.",
                [
                    "Moved member records from paper to ClubV1",
                    "Organised the club's competition calendar and handicap returns",
                ],
                ["ClubV1", "Excel"],
            ),
        ],
        skills=["Product discovery", "Roadmapping", "Payments", "User research"],
        tools=["Jira", "Confluence", "Figma", "Amplitude"],
        certifications=["Certified Scrum Product Owner (CSPO)", "BCS Business Analysis Foundation"],
        academic_background=["MA Economics, University of St Andrews"],
        spoken_languages=["English", "Swedish (conversational)"],
        industries=["Golf", "Leisure", "SaaS"],
    ),
    "Job posting: Product Owner for a hospitality booking platform (golf, spa, tennis). Must know tee-time booking, "
    "payments and membership. Agile; a Scrum certification is valued.",
    "Callum is a product manager for golf and leisure club software covering tee-time booking, membership billing "
    "and point of sale. A Certified Scrum Product Owner who began in a golf club's membership office, he has "
    "shipped a member booking app used by more than 300 clubs and led integrations with payments and handicap "
    "systems.",
    [
        (
            "Responsible for the tee-sheet and member app product line of a SaaS platform for club management.",
            [
                "Shipped an iOS and Android booking app, now used by 320 clubs across the UK and Scandinavia",
                "Switched card payments to Adyen from a legacy terminal integration, with 40 per cent fewer payment "
                "failures",
                "Connected World Handicap System data through the England Golf API",
                "Held quarterly roadmap reviews with a 12-strong advisory board of club managers",
            ],
        ),
        (
            "Captured requirements for membership and billing modules in gyms and leisure centres.",
            [
                "Specified Bacs direct debit billing for 90k members",
                "Redesigned the joining journey, reducing sign-up steps from eleven to six",
                "Catalogued personal data fields for GDPR readiness in 2018",
            ],
        ),
        (
            "Administered membership at a private golf club of 850 members.",
            [
                "Took member records off paper and into ClubV1",
                "Organised the competition calendar and handled handicap returns",
            ],
        ),
    ],
)

# --- perfume formulation PLM -----------------------------------------------------------------------
_case(
    "perfume",
    cv(
        "PLM Solution Architect",
        "Sofia Marchetti",
        "Solution architect for product lifecycle management in fragrance and cosmetics. Implements formulation, "
        "raw-material compliance and regulatory document workflows, linking PLM with lab systems and ERP.",
        [
            (
                "PLM Solution Architect, Grasse Aromatics (client), via Veridian Consulting, 2021–2025",
                "Led the PLM programme for a fragrance house with 4,500 active formulas and 1,100 raw materials.",
                [
                    "Configured the Centric PLM formulation module with IFRA 51st Amendment limit checks on every "
                    "formula",
                    "Automated Safety Data Sheet generation with SAP EHS, cutting turnaround from 10 days to 2",
                    "Integrated LabWare LIMS results into formula approval workflows",
                    "Coordinated 3 vendor teams and an in-house team of 8 developers",
                ],
                ["Centric PLM", "SAP EHS", "LabWare LIMS", "MuleSoft", "Java"],
            ),
            (
                "Senior Consultant, Veridian Consulting, 2017–2021",
                "Delivered PLM and regulatory data projects for cosmetics manufacturers.",
                [
                    "Migrated 12,000 legacy specifications into Siemens Opcenter RD&L for a skincare brand",
                    "Built REACH substance volume tracking reports in Power BI",
                    "Trained 150 lab and regulatory users",
                ],
                ["Siemens Opcenter RD&L", "Power BI", "Oracle Database"],
            ),
        ],
        skills=["Formulation management", "Regulatory compliance", "Integration architecture"],
        tools=["Centric PLM", "Siemens Opcenter RD&L", "MuleSoft", "Power BI"],
        certifications=["TOGAF 9 Certified", "Centric PLM Certified Consultant"],
        academic_background=["Laurea Magistrale in Chemistry, Università di Pavia"],
        spoken_languages=["Italian", "French", "English"],
        industries=["Fragrance", "Cosmetics"],
    ),
    "Job posting: Lead PLM Architect, fine fragrance. Own formula management, IFRA compliance and SDS authoring "
    "integrations. Experience with Centric or Opcenter required.",
    "PLM solution architect for fragrance and cosmetics, TOGAF 9 certified and a Centric PLM Certified Consultant, "
    "with eight years of formulation, raw-material compliance and regulatory document workflows that connect PLM "
    "to lab systems (LIMS) and ERP. Holds a master's-level Laurea in Chemistry from the University of Pavia.",
    [
        (
            "For Grasse Aromatics, through Veridian Consulting: led the PLM program covering 4,500 active formulas "
            "and 1,100 raw materials.",
            [
                "Set up formulation in Centric PLM, checking every formula against IFRA 51st Amendment limits",
                "Cut SDS turnaround from ten days to two by automating generation in SAP EHS",
                "Fed LabWare LIMS results into formula approval workflows",
                "Coordinated three vendor teams plus eight in-house developers",
            ],
        ),
        (
            "Delivered PLM and regulatory data projects to cosmetics manufacturers.",
            [
                "Moved 12k legacy specifications into Siemens Opcenter RD&L for a skincare brand",
                "Created Power BI reports for REACH substance volume tracking",
                "Trained one hundred and fifty users in lab and regulatory teams",
            ],
        ),
    ],
)

# --- cemetery and crematorium records -----------------------------------------------------------------
_case(
    "cemetery",
    cv(
        "Bereavement Services Systems Officer",
        "Gareth Pryce",
        "Systems officer for a council bereavement service running two cemeteries and a crematorium. Digitised "
        "burial registers, introduced online booking for funeral directors and maintains GIS grave mapping.",
        [
            (
                "Bereavement Services Systems Officer, Caerwen County Council, 2016–2024",
                "Looked after the records, booking and mapping systems of a service handling about 2,400 cremations "
                "and 600 burials a year.",
                [
                    "Scanned and indexed 180,000 handwritten burial register entries dating back to 1858",
                    "Introduced an online booking portal for funeral directors, used for 85% of cremation bookings by "
                    "2022",
                    "Mapped 31,000 grave plots in QGIS with drone imagery",
                    "Produced statutory returns for the Ministry of Justice",
                ],
                ["Epitaph", "QGIS", "PostGIS", "SharePoint"],
            ),
            (
                "Records Assistant, Caerwen County Council Registration Service, 2012–2016",
                "Supported birth, death and marriage registration records.",
                [
                    "Checked and corrected 5,000 index entries during a move to a new registration system",
                    "Answered public requests for certificate copies",
                ],
                ["RON (Registration Online)", "Excel"],
            ),
        ],
        skills=["Records management", "GIS", "Data protection", "Stakeholder liaison"],
        tools=["Epitaph", "QGIS", "PostGIS"],
        certifications=["Member of the Institute of Cemetery and Crematorium Management (ICCM)", "ECDL"],
        academic_background=["BA History, Aberystwyth University"],
        spoken_languages=["Welsh", "English"],
        industries=["Local government", "Bereavement services"],
    ),
    "Job posting: Digital Records Manager for a private memorial park operator. Lead the digitisation of interment "
    "records, GIS plot mapping and online booking for funeral directors.",
    "I run the records, booking and mapping systems of a council bereavement service with two cemeteries and a "
    "crematorium: I digitised the burial registers, brought in online booking for funeral directors and keep the "
    "GIS grave map up to date. I am a member of the ICCM and have twelve years in local-authority records.",
    [
        (
            "Kept the records, booking and mapping systems running for a service that handles roughly 2,400 "
            "cremations and 600 burials each year.",
            [
                "Digitised 180k handwritten burial register entries going back to 1858",
                "Launched online booking for funeral directors; by 2022 it took 85 per cent of cremation bookings",
                "Mapped 31,000 grave plots in QGIS from drone imagery",
                "Prepared the statutory returns to the Ministry of Justice",
            ],
        ),
        (
            "Supported the records of births, deaths and marriages.",
            [
                "Checked and corrected five thousand index entries during migration to a new registration system",
                "Handled public requests for copy certificates",
            ],
        ),
    ],
)

# --- fisheries catch reporting ----------------------------------------------------------------------
_case(
    "fisheries",
    cv(
        "Fisheries Data Engineer",
        "Ingrid Solberg",
        "Data engineer for fisheries catch reporting: electronic logbooks, landing declarations and quota "
        "monitoring. Works with regulators and vessel operators on data quality and near-real-time reporting.",
        [
            (
                "Data Engineer, Nordhav Fisheries Directorate (client), 2020–2025",
                "Built the pipelines behind electronic catch reporting for a fleet of about 1,300 vessels.",
                [
                    "Rebuilt ERS logbook ingestion on Apache Kafka, processing 3 million messages a month",
                    "Cut quota dashboard latency from 24 hours to 15 minutes",
                    "Wrote validation rules that flag mismatches between logbook estimates and landing weights above "
                    "10%",
                    "Worked with 5 fishers' associations on reporting app feedback",
                ],
                ["Apache Kafka", "Python", "PostgreSQL", "dbt", "Grafana"],
            ),
            (
                "Software Developer, Kystdata AS, 2017–2020",
                "Developed vessel monitoring and landing registration software.",
                [
                    "Developed a Java service parsing VMS position reports from 800 vessels",
                    "Added FLUX UN/CEFACT message support for EU data exchange",
                    "Maintained the landing note registration web app",
                ],
                ["Java", "Spring Boot", "Oracle Database", "Angular"],
            ),
            (
                "Research Assistant, Institute of Marine Research, 2015–2017",
                "Processed survey and catch sampling data for stock assessments.",
                [
                    "Cleaned 20 years of acoustic survey data in R",
                    "Wrote scripts to match catch samples to haul positions",
                ],
                ["R", "PostgreSQL"],
            ),
        ],
        skills=["Data pipelines", "Data quality", "Streaming", "Stock assessment data"],
        tools=["Apache Kafka", "dbt", "Grafana", "R"],
        certifications=["Confluent Certified Developer for Apache Kafka"],
        academic_background=["MSc Informatics, University of Bergen"],
        spoken_languages=["Norwegian", "English"],
        industries=["Fisheries", "Public sector"],
    ),
    "Job posting: Senior Data Engineer, marine resource management agency. Build streaming pipelines for catch and "
    "landing data with Kafka and Python; work with industry stakeholders.",
    "Fisheries data engineer (ten years, 2015–2025) covering electronic logbooks, landing declarations and quota "
    "monitoring; Confluent Certified Developer for Apache Kafka. Partners with regulators and vessel operators on "
    "data quality and near-real-time reporting, with a research background in stock assessment data.",
    [
        (
            "Engineered the pipelines for electronic catch reporting across roughly 1,300 vessels.",
            [
                "Re-platformed ERS logbook ingestion onto Kafka: 3M messages per month",
                "Quota dashboard latency: 24 hours down to 15 minutes",
                "Authored validation rules flagging logbook-vs-landing weight mismatches over 10 percent",
                "Gathered reporting app feedback from five fishers' associations",
            ],
        ),
        (
            "Built vessel monitoring and landing registration software.",
            [
                "Java service for VMS position reports from 800 vessels",
                "FLUX UN/CEFACT messaging for EU data exchange",
                "Maintained the landing-note registration web application",
            ],
        ),
        (
            "Prepared survey and catch sampling data for stock assessments.",
            [
                "Cleaned two decades of acoustic survey data using R",
                "Scripted the matching of catch samples to haul positions",
            ],
        ),
    ],
)

# --- pawnbroking software ---------------------------------------------------------------------------
_case(
    "pawn",
    cv(
        "Senior Software Engineer",
        "Ravi Chandran",
        "Senior software engineer building pawnbroking and secured-lending platforms: loan origination, item "
        "valuation, auction disposal and regulatory reporting. Comfortable across .NET back ends and React front "
        "ends.",
        [
            (
                "Senior Software Engineer, PledgePoint Systems, 2019–2025",
                "Built the store platform used by a pawnbroking chain of 140 branches.",
                [
                    "Designed a gold valuation service pulling live LBMA prices every 5 minutes",
                    "Implemented APR and forfeiture notice calculations under the Consumer Credit Act",
                    "Moved the platform from on-premise SQL Server to Azure, halving hosting costs",
                    "Mentored 4 junior developers",
                ],
                ["C#", ".NET 6", "React", "Azure SQL", "Azure Service Bus"],
            ),
            (
                "Software Developer, Harbour Retail Tech, 2016–2019",
                "Worked on point of sale and buy-back software for second-hand retail.",
                [
                    "Built an online auction listing integration for unredeemed items",
                    "Added ID document scanning to meet anti-money-laundering checks",
                    "Raised unit test coverage from 35% to 70%",
                ],
                ["C#", ".NET Framework 4.8", "SQL Server", "Angular"],
            ),
        ],
        skills=["Domain-driven design", "Regulatory calculations", "Cloud migration"],
        tools=["Visual Studio", "Azure DevOps", "Git"],
        certifications=["Microsoft Certified: Azure Developer Associate"],
        academic_background=["BSc Computer Science, University of Warwick"],
        spoken_languages=["English", "Tamil"],
        industries=["Pawnbroking", "Consumer credit", "Retail"],
    ),
    "Customer brief: a consumer lender is modernising its secured-loan platform and needs a .NET engineer who "
    "understands FCA consumer credit rules and cloud migration to Azure.",
    "Senior .NET and React engineer with nine years on pawnbroking and secured-lending platforms, from loan "
    "origination and item valuation to auction disposal and regulatory reporting. A Microsoft Certified Azure "
    "Developer Associate who moved a 140-branch chain's platform to Azure.",
    [
        (
            "Developed the in-store platform of a 140-branch pawnbroking chain.",
            [
                "Migrated the platform from on-premises SQL Server to Azure and cut hosting costs by 50%",
                "Built a gold valuation service that refreshes LBMA prices every five minutes",
                "Coded APR and forfeiture notice calculations in line with the Consumer Credit Act",
                "Mentored four junior developers",
            ],
        ),
        (
            "Point-of-sale and buy-back software for second-hand retail.",
            [
                "Listed unredeemed items through an online auction integration",
                "Added ID document scanning for anti-money-laundering (AML) checks",
                "Doubled unit test coverage, from 35% to 70%",
            ],
        ),
    ],
)

# --- elevator and escalator maintenance IoT --------------------------------------------------------
_case(
    "elevator",
    cv(
        "IoT Solutions Engineer",
        "Lukas Brandt",
        "IoT engineer for elevator and escalator maintenance, connecting controllers to cloud platforms for remote "
        "monitoring and predictive maintenance. Works with field technicians to turn sensor data into fewer "
        "callouts.",
        [
            (
                "IoT Solutions Engineer, Vertikal Lift Services, 2020–2025",
                "Connected a maintained portfolio of 6,800 elevators and 900 escalators to a remote monitoring "
                "platform.",
                [
                    "Designed an edge gateway reading door cycles and motor current over Modbus and CANopen",
                    "Built anomaly detection on door faults in Azure IoT Hub and Databricks, reducing callouts by 22%",
                    "Rolled out over-the-air firmware updates to 4,000 gateways",
                    "Trained 60 field technicians on the mobile diagnostics app",
                ],
                ["Azure IoT Hub", "Databricks", "Python", "C", "Modbus", "CANopen"],
            ),
            (
                "Embedded Software Engineer, Stahl Aufzugtechnik GmbH, 2016–2020",
                "Wrote firmware for elevator controller boards.",
                [
                    "Implemented EN 81-20 compliant door monitoring logic in C",
                    "Ported controller firmware to an ARM Cortex-M4 microcontroller",
                    "Wrote hardware-in-the-loop tests with a team of 3",
                ],
                ["C", "FreeRTOS", "ARM Cortex-M4", "IAR Embedded Workbench"],
            ),
            (
                "Working Student, Siemens AG, 2014–2016",
                "Supported building automation testing during university studies.",
                [
                    "Automated BACnet test scripts in Python",
                    "Documented test cases for 2 product releases",
                ],
                ["Python", "BACnet"],
            ),
        ],
        skills=["IoT", "Embedded C", "Predictive maintenance", "Edge computing"],
        tools=["Azure IoT Hub", "Databricks", "FreeRTOS"],
        certifications=["Microsoft Certified: Azure IoT Developer Specialty"],
        academic_background=["Dipl.-Ing. Electrical Engineering, TU Darmstadt"],
        spoken_languages=["German", "English"],
        industries=["Vertical transportation", "Building automation"],
    ),
    "Job posting: Lead Engineer, Connected Vertical Transportation. Predictive maintenance for elevators and "
    "escalators, edge gateways, Azure IoT. Work closely with field service.",
    "Lukas is an IoT engineer in elevator and escalator maintenance who connects controllers to the cloud for "
    "remote monitoring and predictive maintenance, and holds the Azure IoT Developer Specialty certification. "
    "After building automation testing at Siemens and controller firmware at Stahl Aufzugtechnik, he now turns "
    "sensor data from 6,800 elevators and 900 escalators into fewer callouts alongside field technicians.",
    [
        (
            "Brought 6,800 elevators and 900 escalators under maintenance onto a remote monitoring platform.",
            [
                "Designed an edge gateway that reads door cycles and motor current via Modbus and CANopen",
                "Cut callouts 22% with door-fault anomaly detection on Azure IoT Hub and Databricks",
                "Delivered over-the-air firmware updates to 4k gateways",
                "Trained sixty field technicians to use the mobile diagnostics app",
            ],
        ),
        (
            "Developed firmware for elevator controller boards.",
            [
                "Wrote EN 81-20 compliant door monitoring logic in C and ported the controller firmware to an ARM "
                "Cortex-M4",
                "Built hardware-in-the-loop tests as part of a three-person team",
            ],
        ),
        (
            "Supported building automation testing while at university.",
            [
                "Automated BACnet test scripts with Python",
                "Documented test cases for two product releases",
            ],
        ),
    ],
)

# --- pharmacy chain retail systems ----------------------------------------------------------------
_case(
    "pharmacy",
    cv(
        "Retail Systems Manager",
        "Aisha Okafor",
        "Retail systems manager for a pharmacy chain, responsible for dispensing, point of sale, stock "
        "replenishment and loyalty systems across stores. Brings pharmacy operations knowledge to IT delivery.",
        [
            (
                "Retail Systems Manager, WellCare Pharmacies, 2018–2025",
                "Managed store systems for 260 community pharmacies.",
                [
                    "Led the rollout of a new EPOS system to 260 stores in 14 months",
                    "Integrated the dispensing system with NHS Electronic Prescription Service, handling 1.1 million "
                    "items a month",
                    "Introduced automated replenishment in SAP Retail, reducing out-of-stocks by 30%",
                    "Managed a budget of £4.5 million and a team of 11",
                    "Chaired a monthly change advisory board with 6 suppliers",
                ],
                ["SAP Retail", "Toshiba EPOS", "PharmOutcomes", "ServiceNow"],
            ),
            (
                "Pharmacy Operations Analyst, Boroughs Chemists, 2014–2018",
                "Analysed store operations and supported system changes.",
                [
                    "Built a loyalty scheme analysis that informed a redesign of the points structure",
                    "Wrote user guides for the dispensary stock module",
                    "Supported 40 stores through a pharmacy management system upgrade",
                ],
                ["Excel", "SQL", "Tableau"],
            ),
        ],
        skills=["Retail systems", "Programme delivery", "Vendor management", "Budget management"],
        tools=["SAP Retail", "ServiceNow", "Tableau"],
        certifications=["PRINCE2 Practitioner", "ITIL 4 Foundation"],
        academic_background=["MPharm, University of Nottingham"],
        spoken_languages=["English", "Yoruba"],
        industries=["Pharmacy", "Retail"],
    ),
    "Job posting: Head of Store Technology, health and beauty retailer. EPOS, replenishment, loyalty and vendor "
    "management; pharmacy knowledge a plus.",
    "Retail systems manager with eleven years in pharmacy retail, pairing an MPharm with IT delivery across "
    "dispensing, EPOS, replenishment and loyalty systems for 260 stores. PRINCE2 Practitioner and ITIL 4 "
    "Foundation certified; I manage budgets, teams and suppliers.",
    [
        (
            "Ran store systems across 260 community pharmacies.",
            [
                "Rolled out a new electronic point of sale (EPOS) system to 260 stores over 14 months",
                "Connected dispensing to the NHS Electronic Prescription Service (EPS), at 1.1m items per month",
                "Brought in automated replenishment on SAP Retail and cut out-of-stocks by 30 per cent",
                "Held a £4.5m budget and managed a team of eleven",
                "Chaired the monthly change advisory board (CAB) with six suppliers",
            ],
        ),
        (
            "Analysed pharmacy store operations and supported system change.",
            [
                "Analysed the loyalty scheme; the findings informed a redesign of its points structure",
                "Helped 40 stores through a pharmacy management system upgrade",
                "Authored user guides for the dispensary stock module",
            ],
        ),
    ],
)

# --- ice hockey performance analytics -----------------------------------------------------------------
_case(
    "hockey",
    cv(
        "Performance Analyst",
        "Mikko Virtanen",
        "Performance analyst in professional ice hockey, combining player tracking, video tagging and physical "
        "load data to support coaches. Builds models of shot quality and line combinations.",
        [
            (
                "Head of Performance Analytics, Tampere Ravens, 2021–2025",
                "Led analytics for a Liiga club, from data collection to coaching staff reports.",
                [
                    "Built an expected goals model in Python on 5 seasons of shot data",
                    "Set up a Catapult wearables workflow tracking skating load for 28 players",
                    "Produced pre-game opponent reports every matchday for the head coach",
                    "Led a team of 3 analysts and 2 video coaches",
                ],
                ["Python", "scikit-learn", "Catapult", "Sportscode", "Tableau"],
            ),
            (
                "Video and Data Analyst, Finnish Ice Hockey Association, 2017–2021",
                "Analysed national junior team games and tournaments.",
                [
                    "Tagged and analysed games for the U18 and U20 national teams",
                    "Built a power-play efficiency dashboard in Tableau",
                    "Presented findings at 2 national coaching clinics",
                ],
                ["Sportscode", "Tableau", "R"],
            ),
            (
                "Assistant Coach, Lakeside Hockey Academy U16, 2014–2017",
                "Coached an under-16 team and introduced video review.",
                [
                    "Ran weekly video review sessions with players",
                    "Coached the team through 3 seasons in the national U16 league",
                ],
                ["Sportscode", "Excel"],
            ),
        ],
        skills=["Expected goals modelling", "Video analysis", "Load monitoring", "Data visualisation"],
        tools=["Sportscode", "Catapult", "Tableau", "Python"],
        certifications=["Hudl Sportscode Certified Analyst", "IIHF Level 2 Coach"],
        academic_background=["MSc Sport Science, University of Jyväskylä"],
        spoken_languages=["Finnish", "Swedish", "English"],
        industries=["Professional sport", "Ice hockey"],
    ),
    "Job posting: Director of Hockey Analytics, North American professional team. Lead expected goals and tracking "
    "data work, build and manage analyst staff, and communicate with coaching staff.",
    "Ice hockey performance analyst with eight years of analytics in the pro and national-team game, after three "
    "seasons coaching, blending player tracking, video tagging and physical load data for coaches. I build expected "
    "goals (xG) and line-combination models and hold IIHF Level 2 coaching and an MSc in Sport Science.",
    [
        (
            "Ran analytics for a Liiga club end to end, from data collection to reports for the coaching staff.",
            [
                "Developed a Python expected goals model from five seasons of shot data",
                "Tracked skating load for 28 players through a Catapult wearables workflow",
                "Delivered a pre-game opponent report to the head coach for every game day",
                "Managed three analysts and two video coaches",
            ],
        ),
        (
            "Analyzed games and tournaments for the national junior teams.",
            [
                "Tagged and broke down games for the U18 and U20 national teams",
                "Created a Tableau dashboard for power-play efficiency",
                "Presented at two national coaching clinics",
            ],
        ),
        (
            "Coached an under-16 side and brought in video review.",
            [
                "Held weekly video review sessions with players",
                "Coached three seasons in the national U16 league",
            ],
        ),
    ],
)

# --- tram network operations control -----------------------------------------------------------------
_case(
    "tram",
    cv(
        "Operations Control Systems Specialist",
        "Beatriz Almeida",
        "Specialist in tram network operations control systems: automatic vehicle location, passenger information "
        "and SCADA for traction power. Bridges control room staff and suppliers during upgrades.",
        [
            (
                "Operations Control Systems Specialist, Metro Ligeiro do Tejo, 2019–2025",
                "Owned the control centre systems of a 5-line, 42 km tram network.",
                [
                    "Led the replacement of the automatic vehicle location system for 64 trams",
                    "Integrated real-time passenger information displays at 71 stops",
                    "Cut incident logging time by 35% with a new control room log in ServiceNow",
                    "Wrote the system acceptance test plan for the SCADA upgrade in 2023",
                ],
                ["Init MOBILE-ITCS", "Siemens SICAM", "ServiceNow", "Oracle Database"],
            ),
            (
                "Control Room Controller, Carris, 2015–2019",
                "Controlled tram and bus services from the Lisbon operations centre.",
                [
                    "Managed service disruptions and dispatched replacement buses",
                    "Trained 20 new controllers in control room procedures",
                    "Took part in the user group for the new radio system",
                ],
                ["TETRA radio", "AVL console"],
            ),
            (
                "Graduate Engineer, Lusotrans Engenharia, 2013–2015",
                "Signalling and telecoms design support for light rail projects.",
                [
                    "Produced cable schedules for a light rail depot",
                    "Checked interlocking data tables against track layouts",
                ],
                ["AutoCAD", "Excel"],
            ),
        ],
        skills=["Operations control", "Systems integration", "Acceptance testing", "Incident management"],
        tools=["Init MOBILE-ITCS", "Siemens SICAM", "ServiceNow"],
        certifications=["IRSE Associate Member", "ISTQB Foundation"],
        academic_background=["Licenciatura em Engenharia Eletrotécnica, Instituto Superior Técnico"],
        spoken_languages=["Portuguese", "English", "Spanish"],
        industries=["Light rail", "Public transport"],
    ),
    "Job posting: Control Centre Systems Lead for a UK tram operator. Own AVL/CAD, passenger information and SCADA; "
    "lead acceptance testing; experience in the control room valued.",
    "Tram operations control systems specialist who has worked both sides of the control room: four years as a "
    "controller at Carris, then six owning the control centre systems (AVL, passenger information and traction "
    "power SCADA) of a 42 km tram network. ISTQB Foundation certified and an Associate Member of the IRSE.",
    [
        (
            "Responsible for control centre systems across a tram network of five lines and 42 km.",
            [
                "Led replacement of the AVL system across 64 trams",
                "Brought real-time passenger information displays to 71 stops",
                "Reduced incident logging time by 35% through a new ServiceNow control room log",
                "Authored the system acceptance test plan for 2023's SCADA upgrade",
            ],
        ),
        (
            "Ran tram and bus services from the Lisbon operations centre.",
            [
                "Handled service disruptions, dispatching replacement buses",
                "Trained twenty new controllers in control room procedures",
                "Sat on the user group for the new radio system",
            ],
        ),
        (
            "Supported signalling and telecoms design on light rail projects.",
            [
                "Drew up cable schedules for a light rail depot",
                "Verified interlocking data tables against track layouts",
            ],
        ),
    ],
)

_INJECTED = [
    # poultry
    ("poultry", "overview", "years", "start", "engineer bringing eleven years", "engineer bringing fifteen years"),
    ("poultry", "overview", "customer", "middle", "for two processors,", "for two processors including Moy Park,"),
    (
        "poultry",
        "overview",
        "degree",
        "end",
        "a BEng from the University of Leeds.",
        "a BEng and an MSc in Control Engineering from the University of Leeds.",
    ),
    ("poultry", "experiences[0].description", "number", "middle", "1.2m birds a week", "1.8m birds a week"),
    (
        "poultry",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "backed by PostgreSQL",
        "backed by PostgreSQL and TimescaleDB",
    ),
    (
        "poultry",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "on the chiller drives",
        "on the chiller drives, saving £310k a year",
    ),
    ("poultry", "experiences[0].bullets[3]", "team size", "start", "Managed six", "Managed nine"),
    ("poultry", "experiences[1].bullets[0]", "version", "middle", "ControlLogix PLCs", "ControlLogix 5580 PLCs"),
    (
        "poultry",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Swapped paper HACCP checklists for tablet forms covering 42 critical control points",
    ),
    (
        "poultry",
        "experiences[2].description",
        "recognition",
        "end",
        "for customers in the food industry.",
        "for customers in the food industry, winning the firm's Young Engineer of the Year award.",
    ),
    (
        "poultry",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Cut water use per bird by 15% by optimising CIP cleaning cycles",
    ),
    # chocolate
    (
        "chocolate",
        "overview",
        "certification",
        "middle",
        "microbiology and a Lean Six Sigma Green Belt",
        "microbiology, a Lean Six Sigma Green Belt and SQF Practitioner certification",
    ),
    (
        "chocolate",
        "overview",
        "customer",
        "end",
        "for cocoa and dairy ingredients.",
        "for cocoa and dairy ingredients at a supplier to Mondelez.",
    ),
    ("chocolate", "experiences[0].description", "number", "end", "38k tonnes", "45k tonnes"),
    (
        "chocolate",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "by three-fifths",
        "by three-fifths and customer complaints by a quarter",
    ),
    (
        "chocolate",
        "experiences[0].bullets[2]",
        "team size",
        "start",
        "Led nine QA technicians",
        "Led 14 QA technicians",
    ),
    ("chocolate", "experiences[0].bullets[3]", "version", "end", "into Veeva QMS", "into Veeva QMS 23R1"),
    (
        "chocolate",
        "experiences[0].bullets[1]",
        "recognition",
        "end",
        "four unannounced audits",
        "four unannounced audits, earning the group's Quality Site of the Year award",
    ),
    (
        "chocolate",
        "experiences[1].description",
        "date",
        "end",
        "filled-bar producer.",
        "filled-bar producer from 2014.",
    ),
    (
        "chocolate",
        "experiences[1].bullets[0]",
        "duration",
        "end",
        "across Europe and West Africa",
        "across Europe and West Africa within 18 months",
    ),
    ("chocolate", "experiences[1].bullets[1]", "tool", "end", "in InfinityQS", "in InfinityQS and JMP"),
    (
        "chocolate",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Reduced foreign-body complaints by 45% by introducing X-ray inspection on two lines",
    ),
    # laundry
    (
        "laundry",
        "overview",
        "certified",
        "end",
        "and am working towards APICS CSCP.",
        "and am APICS CSCP certified.",
    ),
    ("laundry", "overview", "years", "middle", "drawing on ten years", "drawing on twelve years"),
    ("laundry", "overview", "number", "middle", "route optimisation for 38 vans", "route optimisation for 48 vans"),
    (
        "laundry",
        "experiences[0].description",
        "customer",
        "end",
        "hotel and hospital customers.",
        "hotel and hospital customers, including Hilton and Marriott.",
    ),
    (
        "laundry",
        "experiences[0].description",
        "team size",
        "start",
        "Led route planning and",
        "Led a seven-person team covering route planning and",
    ),
    (
        "laundry",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "across a 38-van fleet",
        "across a 38-van fleet, saving 90,000 litres of diesel a year",
    ),
    ("laundry", "experiences[0].bullets[1]", "tool", "middle", "with UHF RFID,", "with UHF RFID and Impinj readers,"),
    (
        "laundry",
        "experiences[0].bullets[2]",
        "tool",
        "start",
        "Built a Power BI dashboard",
        "Built a Power BI and Snowflake dashboard",
    ),
    (
        "laundry",
        "experiences[1].bullets[0]",
        "date",
        "end",
        "£2.3 million plant extension",
        "£2.3 million plant extension opened in 2017",
    ),
    (
        "laundry",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Negotiated 24/7 theatre linen service levels with NHS trust customers",
    ),
    (
        "laundry",
        "experiences[1].description",
        "duration",
        "start",
        "Analysed site throughput",
        "Spent three years analysing site throughput",
    ),
    # golf
    (
        "golf",
        "overview",
        "certification",
        "start",
        "A Certified Scrum Product Owner who",
        "A Certified Scrum Product Owner and SAFe POPM who",
    ),
    ("golf", "overview", "number", "middle", "used by more than 300 clubs", "used by more than 500 clubs"),
    (
        "golf",
        "overview",
        "customer",
        "end",
        "with payments and handicap systems.",
        "with payments and handicap systems for clubs such as The Belfry.",
    ),
    (
        "golf",
        "experiences[0].description",
        "metric",
        "end",
        "SaaS platform for club management.",
        "SaaS platform for club management, growing its annual recurring revenue by 35%.",
    ),
    (
        "golf",
        "experiences[0].bullets[0]",
        "tool",
        "middle",
        "an iOS and Android booking app,",
        "an iOS and Android booking app built in Flutter,",
    ),
    ("golf", "experiences[0].bullets[1]", "number", "end", "with 40 per cent fewer", "with 45 per cent fewer"),
    (
        "golf",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "a 12-strong advisory board",
        "a 20-strong advisory board",
    ),
    ("golf", "experiences[1].bullets[2]", "date", "end", "GDPR readiness in 2018", "GDPR readiness in 2017"),
    (
        "golf",
        "experiences[1].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Wrote test scripts for a Stripe payments pilot with 15 gyms",
    ),
    ("golf", "experiences[2].bullets[0]", "version", "end", "into ClubV1", "into ClubV1 version 7"),
    (
        "golf",
        "experiences[2].description",
        "recognition",
        "end",
        "of 850 members.",
        "of 850 members, where he was named Staff Member of the Year.",
    ),
    # perfume
    ("perfume", "overview", "version", "middle", "TOGAF 9 certified", "TOGAF 10 certified"),
    (
        "perfume",
        "overview",
        "degree",
        "end",
        "Laurea in Chemistry from the University of Pavia.",
        "Laurea in Chemistry and a PhD in Analytical Chemistry from the University of Pavia.",
    ),
    (
        "perfume",
        "experiences[0].description",
        "customer",
        "start",
        "For Grasse Aromatics, through",
        "For Grasse Aromatics and Firmenich, through",
    ),
    (
        "perfume",
        "experiences[0].bullets[0]",
        "version",
        "end",
        "IFRA 51st Amendment limits",
        "IFRA 51st and 52nd Amendment limits",
    ),
    ("perfume", "experiences[0].bullets[1]", "number", "middle", "from ten days to two", "from ten days to one"),
    (
        "perfume",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "into formula approval workflows",
        "into formula approval workflows through Boomi",
    ),
    (
        "perfume",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "plus eight in-house developers",
        "plus twelve in-house developers",
    ),
    (
        "perfume",
        "experiences[1].description",
        "duration",
        "end",
        "to cosmetics manufacturers.",
        "to cosmetics manufacturers over five years.",
    ),
    (
        "perfume",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "for REACH substance volume tracking",
        "for REACH substance volume tracking, cutting reporting effort by 70%",
    ),
    (
        "perfume",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Brought LabWare LIMS results into formula approval workflows",
    ),
    ("perfume", "experiences[1].bullets[0]", "customer", "end", "for a skincare brand", "for L'Oréal's skincare brand"),
    # cemetery
    ("cemetery", "overview", "certified", "start", "I am a member of the ICCM", "I hold the ICCM Diploma"),
    (
        "cemetery",
        "overview",
        "years",
        "end",
        "twelve years in local-authority records.",
        "sixteen years in local-authority records.",
    ),
    ("cemetery", "overview", "number", "middle", "with two cemeteries", "with three cemeteries"),
    (
        "cemetery",
        "experiences[0].description",
        "number",
        "end",
        "and 600 burials each year.",
        "and 900 burials each year.",
    ),
    ("cemetery", "experiences[0].bullets[0]", "date", "end", "going back to 1858", "going back to 1838"),
    ("cemetery", "experiences[0].bullets[1]", "date", "middle", "by 2022 it took", "by 2020 it took"),
    (
        "cemetery",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "from drone imagery",
        "from DJI Phantom 4 RTK drone imagery",
    ),
    (
        "cemetery",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "to the Ministry of Justice",
        "to the Ministry of Justice, commended by the Chief Coroner for their accuracy",
    ),
    (
        "cemetery",
        "experiences[1].description",
        "duration",
        "start",
        "Supported the records",
        "For six years supported the records",
    ),
    ("cemetery", "experiences[1].bullets[+]", "new bullet", "end", None, "Trained 12 registrars on the RON system"),
    (
        "cemetery",
        "experiences[0].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Corrected 5,000 index entries while moving to a new registration system",
    ),
    # fisheries
    (
        "fisheries",
        "overview",
        "years",
        "start",
        "Fisheries data engineer (ten years",
        "Fisheries data engineer (fourteen years",
    ),
    (
        "fisheries",
        "overview",
        "certification",
        "end",
        "Confluent Certified Developer for Apache Kafka.",
        "Confluent Certified Developer for Apache Kafka and AWS Certified Data Engineer.",
    ),
    (
        "fisheries",
        "overview",
        "customer",
        "end",
        "in stock assessment data.",
        "in stock assessment data for ICES working groups.",
    ),
    (
        "fisheries",
        "experiences[0].description",
        "tool",
        "end",
        "across roughly 1,300 vessels.",
        "across roughly 1,300 vessels on Apache Flink.",
    ),
    ("fisheries", "experiences[0].bullets[0]", "number", "end", "3M messages per month", "5M messages per month"),
    (
        "fisheries",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "down to 15 minutes",
        "down to 15 minutes, with 99.95% uptime",
    ),
    ("fisheries", "experiences[0].bullets[3]", "team size", "start", "Gathered", "Led four developers and gathered"),
    ("fisheries", "experiences[1].bullets[0]", "version", "start", "Java service", "Java 17 service"),
    (
        "fisheries",
        "experiences[1].bullets[1]",
        "duration",
        "end",
        "for EU data exchange",
        "for EU data exchange, delivered in six weeks",
    ),
    ("fisheries", "experiences[2].bullets[0]", "number", "middle", "two decades", "three decades"),
    (
        "fisheries",
        "experiences[2].bullets[+]",
        "new bullet",
        "start",
        None,
        "Co-authored two stock assessment reports on North Sea herring",
    ),
    (
        "fisheries",
        "experiences[1].description",
        "recognition",
        "end",
        "landing registration software.",
        "landing registration software that won a national digitalisation prize.",
    ),
    # pawn
    ("pawn", "overview", "years", "middle", "with nine years on", "with over a decade on"),
    (
        "pawn",
        "overview",
        "certification",
        "start",
        "A Microsoft Certified Azure Developer Associate",
        "A Microsoft Certified Azure Solutions Architect Expert",
    ),
    (
        "pawn",
        "overview",
        "tool",
        "start",
        "Senior .NET and React engineer",
        "Senior .NET, React and Kubernetes engineer",
    ),
    (
        "pawn",
        "experiences[0].description",
        "customer",
        "end",
        "140-branch pawnbroking chain.",
        "140-branch pawnbroking chain, H&T Pawnbrokers.",
    ),
    ("pawn", "experiences[0].bullets[0]", "version", "middle", "on-premises SQL Server", "on-premises SQL Server 2012"),
    (
        "pawn",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "cut hosting costs by 50%",
        "cut hosting costs by 50% and page load times by 40%",
    ),
    ("pawn", "experiences[0].bullets[3]", "team size", "middle", "Mentored four junior", "Mentored seven junior"),
    (
        "pawn",
        "experiences[0].bullets[2]",
        "certified",
        "end",
        "in line with the Consumer Credit Act",
        "in line with the Consumer Credit Act as an FCA-approved person",
    ),
    ("pawn", "experiences[1].bullets[2]", "number", "end", "from 35% to 70%", "from 35% to 85%"),
    (
        "pawn",
        "experiences[1].description",
        "date",
        "end",
        "for second-hand retail.",
        "for second-hand retail, launched in 2015.",
    ),
    (
        "pawn",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Designed a gold valuation service pulling live LBMA prices",
    ),
    ("pawn", "experiences[1].bullets[1]", "tool", "end", "(AML) checks", "(AML) checks using Onfido"),
    # elevator
    (
        "elevator",
        "overview",
        "customer",
        "middle",
        "into fewer callouts alongside",
        "into fewer callouts for clients such as Deutsche Bahn alongside",
    ),
    (
        "elevator",
        "overview",
        "degree",
        "start",
        "After building automation testing at Siemens",
        "After a doctorate at TU Darmstadt and building automation testing at Siemens",
    ),
    (
        "elevator",
        "overview",
        "certification",
        "end",
        "the Azure IoT Developer Specialty certification.",
        "the Azure IoT Developer Specialty and AWS Certified IoT Specialty certifications.",
    ),
    ("elevator", "experiences[0].description", "number", "start", "Brought 6,800 elevators", "Brought 8,600 elevators"),
    (
        "elevator",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "via Modbus and CANopen",
        "via Modbus, CANopen and OPC UA",
    ),
    ("elevator", "experiences[0].bullets[1]", "number", "start", "Cut callouts 22%", "Cut callouts 32%"),
    (
        "elevator",
        "experiences[0].bullets[2]",
        "duration",
        "end",
        "to 4k gateways",
        "to 4k gateways in under three months",
    ),
    (
        "elevator",
        "experiences[1].bullets[1]",
        "team size",
        "end",
        "as part of a three-person team",
        "as part of a five-person team",
    ),
    (
        "elevator",
        "experiences[1].description",
        "version",
        "end",
        "for elevator controller boards.",
        "for elevator controller boards on FreeRTOS 10.4.",
    ),
    ("elevator", "experiences[2].bullets[0]", "tool", "end", "with Python", "with Python and Robot Framework"),
    (
        "elevator",
        "experiences[2].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Built a KNX test rig used by 3 product teams",
    ),
    (
        "elevator",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "the mobile diagnostics app",
        "the mobile diagnostics app, which won a company innovation award",
    ),
    # pharmacy
    (
        "pharmacy",
        "overview",
        "certified",
        "middle",
        "pairing an MPharm with IT delivery",
        "pairing an MPharm and GPhC registration as a pharmacist with IT delivery",
    ),
    (
        "pharmacy",
        "overview",
        "certification",
        "start",
        "PRINCE2 Practitioner and ITIL 4",
        "MSP Practitioner, PRINCE2 Practitioner and ITIL 4",
    ),
    ("pharmacy", "overview", "years", "middle", "with eleven years in", "with fifteen years in"),
    (
        "pharmacy",
        "experiences[0].description",
        "customer",
        "end",
        "260 community pharmacies.",
        "260 community pharmacies and the Boots franchise estate.",
    ),
    ("pharmacy", "experiences[0].bullets[0]", "duration", "end", "over 14 months", "over 9 months"),
    ("pharmacy", "experiences[0].bullets[1]", "number", "end", "at 1.1m items per month", "at 1.4m items per month"),
    (
        "pharmacy",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "by 30 per cent",
        "by 30 per cent and stock holding by £1.2m",
    ),
    ("pharmacy", "experiences[0].bullets[3]", "team size", "end", "a team of eleven", "a team of eighteen"),
    ("pharmacy", "experiences[0].bullets[2]", "version", "middle", "on SAP Retail", "on SAP Retail 7.5"),
    (
        "pharmacy",
        "experiences[1].bullets[1]",
        "date",
        "end",
        "pharmacy management system upgrade",
        "pharmacy management system upgrade in 2013",
    ),
    (
        "pharmacy",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Led the rollout of new EPOS to 260 stores",
    ),
    (
        "pharmacy",
        "experiences[1].description",
        "recognition",
        "start",
        "Analysed pharmacy store operations",
        "As the chain's Analyst of the Year, analysed pharmacy store operations",
    ),
    # hockey
    ("hockey", "overview", "years", "middle", "eight years of analytics", "ten years of analytics"),
    (
        "hockey",
        "overview",
        "degree",
        "end",
        "an MSc in Sport Science.",
        "an MSc in Sport Science and a BSc in Statistics.",
    ),
    ("hockey", "overview", "certification", "middle", "IIHF Level 2 coaching", "IIHF Level 3 coaching"),
    (
        "hockey",
        "experiences[0].description",
        "customer",
        "middle",
        "for a Liiga club end to end",
        "for a Liiga club and the Finnish Elite League office end to end",
    ),
    ("hockey", "experiences[0].bullets[0]", "number", "middle", "from five seasons", "from seven seasons"),
    (
        "hockey",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "Catapult wearables workflow",
        "Catapult wearables workflow with Kinexon puck tracking",
    ),
    ("hockey", "experiences[0].bullets[3]", "team size", "start", "Managed three analysts", "Managed five analysts"),
    (
        "hockey",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "for every game day",
        "for every game day of a championship-winning season",
    ),
    (
        "hockey",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "for power-play efficiency",
        "for power-play efficiency that lifted conversion from 18% to 24%",
    ),
    (
        "hockey",
        "experiences[1].bullets[0]",
        "date",
        "end",
        "U18 and U20 national teams",
        "U18 and U20 national teams at the 2016 World Juniors",
    ),
    ("hockey", "experiences[2].bullets[+]", "new bullet", "end", None, "Ran off-ice strength sessions for 22 players"),
    ("hockey", "experiences[2].bullets[1]", "duration", "start", "Coached three seasons", "Coached five seasons"),
    # tram
    (
        "tram",
        "overview",
        "certified",
        "end",
        "an Associate Member of the IRSE.",
        "a Fellow of the IRSE.",
    ),
    ("tram", "overview", "duration", "middle", "four years as a controller", "five years as a controller"),
    ("tram", "overview", "number", "end", "of a 42 km tram network", "of a 52 km tram network"),
    ("tram", "experiences[0].description", "number", "end", "five lines and 42 km.", "five lines, 96 stops and 42 km."),
    ("tram", "experiences[0].bullets[0]", "tool", "end", "across 64 trams", "across 64 trams with Trapeze CAD/AVL"),
    ("tram", "experiences[0].bullets[1]", "version", "end", "to 71 stops", "to 71 stops over SIRI 2.0"),
    (
        "tram",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "control room log",
        "control room log, raising on-time performance to 97%",
    ),
    ("tram", "experiences[0].bullets[3]", "date", "end", "for 2023's SCADA upgrade", "for 2021's SCADA upgrade"),
    ("tram", "experiences[1].bullets[1]", "team size", "middle", "Trained twenty new", "Trained forty new"),
    (
        "tram",
        "experiences[1].description",
        "customer",
        "middle",
        "Ran tram and bus services from",
        "Ran tram and bus services for Carris and Metro do Porto from",
    ),
    (
        "tram",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Wrote the acceptance test plan for a SCADA upgrade",
    ),
    (
        "tram",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Cut average disruption recovery time by 20 minutes",
    ),
    (
        "tram",
        "experiences[2].description",
        "degree",
        "end",
        "on light rail projects.",
        "on light rail projects while completing an MSc in Railway Systems.",
    ),
]

_AMBIGUOUS = [
    (
        "chocolate",
        "overview",
        "allergen programs and",
        "allergen programs on shared lines and",
        "changeover validation implies shared lines, but the CV never says so; the brief's words",
    ),
    (
        "golf",
        "experiences[0].description",
        "Responsible for the tee-sheet",
        "As product owner, responsible for the tee-sheet",
        "the posting's role name for a product manager who owned the product line",
    ),
    (
        "poultry",
        "overview",
        "Plant systems engineer bringing",
        "Senior plant systems engineer bringing",
        "'Senior' is not in the title, though the CV has a lead role and 11 years",
    ),
    (
        "laundry",
        "experiences[0].bullets[2]",
        "weights per customer",
        "weights per customer as a KPI view",
        "KPI reporting is a sidebar skill, but this dashboard is not said to report KPIs",
    ),
    (
        "pawn",
        "overview",
        "regulatory reporting.",
        "regulatory reporting under FCA rules.",
        "the FCA regulates the Consumer Credit Act regime the CV names, but the CV never names the FCA",
    ),
    (
        "elevator",
        "experiences[0].bullets[1]",
        "door-fault anomaly detection",
        "machine-learning door-fault anomaly detection",
        "anomaly detection on Databricks is likely machine learning, but the CV does not say it",
    ),
    (
        "hockey",
        "overview",
        "in the pro and national-team game",
        "in the Finnish pro and national-team game",
        "Liiga and the Finnish association imply Finland; the country is not stated of the whole career",
    ),
    (
        "tram",
        "experiences[0].bullets[0]",
        "the AVL system",
        "the AVL/CAD system",
        "the posting asks for AVL/CAD; the CV's Init MOBILE-ITCS usually includes dispatch, but the CV never says CAD",
    ),
    (
        "pharmacy",
        "experiences[0].bullets[0]",
        "over 14 months",
        "in just over a year",
        "14 months told as 'just over a year': a vaguer form, not an exact one",
    ),
    (
        "fisheries",
        "overview",
        "near-real-time reporting",
        "real-time reporting",
        "dropping 'near' makes the claim stronger than the CV's",
    ),
    (
        "cemetery",
        "experiences[0].bullets[2]",
        "Mapped 31,000 grave plots",
        "Surveyed and mapped 31,000 grave plots",
        "drone imagery implies a survey, but the CV says only 'mapped'",
    ),
    (
        "perfume",
        "experiences[0].description",
        "led the PLM program covering",
        "led the PLM program end to end, covering",
        "'end to end' scope is not stated, though the CV says led the programme",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _INJECTED)
AMBIGUOUS = build(CVS, _AMBIGUOUS, with_reason=True)

GUARD_FLOOR = {"caught": 138, "touched": 3}  # 136 caught, 10 touched at 552c29d, when the set landed
CATCH_NOT_MET = "set ZF, a tuning set (session 12): 138/139 claims caught (99.3%; 136 at the end of session 12)"
TOUCH_NOT_MET = "set ZF, a tuning set (session 12): 3/139 honest texts touched (2.2%; 10 at 552c29d, 5 at 2d9f1bd)"
