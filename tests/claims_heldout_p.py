"""Blind set P for the free-text claims guard (issue 20), written blind (without reading the guard, its
rules, its documentation or any other set): twelve hand-written CVs from Swiss private-banking core
systems (Avaloq), Dutch water-board asset management, Spanish and Italian utility billing (SAP IS-U),
Polish game QA and console certification, South African mining safety systems, Japanese-market
e-commerce localisation, Australian account-based public-transport ticketing, Canadian bilingual
government digital services, Mexican manufacturing MES, Nordic district-heating SCADA, Irish pharma
serialisation (EU FMD) and Singapore port-community and customs systems, each with a posting or brief,
one honest tailoring in its own style (local notation, local degree names, British and American
spelling) and single claims injected into that tailoring."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}

# --- Swiss private banking, Avaloq -------------------------------------------------------------------
_src = cv(
    "Senior Avaloq Core Banking Consultant",
    "Reto Brunner",
    "Avaloq consultant with 14 years in Swiss private banking, of which 9 years on Avaloq Banking Suite (ACP) "
    "parametrisation and upgrades. Led release 4.x to 5.x upgrade projects for banks with up to CHF 45 bn assets "
    "under management. Strong in payments (SIC, SEPA), securities processing and migration of client portfolios.",
    [
        (
            "Lead Avaloq Upgrade Consultant, Privatbank Zürichsee AG, 01.03.2021 – today",
            "Upgrade of the Avaloq core from release 4.9 to 5.5 for a private bank with 38 employees in operations "
            "and around 1'250'000 booked positions.",
            [
                "Planned and led the upgrade of 14 Avaloq ACP components with a team of 6 developers.",
                "Migrated 1'250'000 positions and 42'000 client containers without reconciliation difference.",
                "Reduced end-of-day batch runtime from 5.5 hours to 3 hours by redesign of the job chains.",
                "Coordinated the user acceptance test with the business owners of payments and custody.",
            ],
            ["Avaloq Banking Suite 5.5", "ACP", "PL/SQL", "Oracle 19c", "SIC/euroSIC", "Jira"],
        ),
        (
            "Avaloq Consultant Payments, Banque Weissenstein & Cie SA, 01.02.2016 – 28.02.2021",
            "Payments stream in the Avaloq introduction of a private bank in Geneva, budget of the stream CHF 2.5 Mio.",
            [
                "Parametrised SEPA and SIC payment flows incl. ISO 20022 pain.001 and camt.053 messages.",
                "Implemented the switch to the SIC4 platform in time for the SNB deadline.",
                "Wrote 230 automated test cases in the Avaloq test framework of the bank.",
                "Trained 25 back-office users in French and German.",
            ],
            ["Avaloq Banking Suite 4.9", "ISO 20022", "SWIFT", "Oracle 12c", "HP ALM"],
        ),
        (
            "Software Engineer, Zürcher Informatik AG, 2012 – 2016",
            "Development of reporting interfaces for customers in wealth management.",
            [
                "Developed Java batch interfaces to the tax reporting engine.",
                "Maintained Oracle PL/SQL packages for the portfolio valuation.",
            ],
            ["Java 8", "Oracle 11g", "PL/SQL", "Jenkins"],
        ),
    ],
    skills=["Avaloq parametrisation", "Payments (SIC, SEPA)", "Data migration", "Release upgrades"],
    tools=["Jira", "Confluence", "HP ALM", "Toad"],
    languages=["PL/SQL", "Java", "Avaloq Script"],
    certifications=["Avaloq Certified Professional – Parametrisation", "ISTQB Foundation Level"],
    academic_background=["MSc ETH in Computer Science, ETH Zürich, 2012"],
    spoken_languages=["German (native)", "French (fluent)", "English (fluent)"],
    industries=["Private banking", "Wealth management"],
)
CVS["avaloq"] = {
    "source": _src,
    "prompt": "Customer brief: a Zurich private bank is looking for an Avaloq consultant to lead its upgrade to "
    "Avaloq 5.x and to take over the payments stream (SIC, SEPA, ISO 20022). Data migration and test management "
    "experience is a plus.",
    "honest": tailor(
        _src,
        "Senior Avaloq consultant with 14 years in Swiss private banking, nine of them on Avaloq Banking Suite (ACP) "
        "parametrisation and upgrades. Has led upgrade projects from release 4.x to 5.x for banks managing up to "
        "CHF 45 billion in assets, with strong expertise in payments (SIC, SEPA), securities processing and "
        "client portfolio migration.",
        [
            (
                "Avaloq core upgrade from release 4.9 to 5.5 at a private bank with 38 operations staff and about "
                "1.25 million booked positions.",
                [
                    "Led the upgrade of 14 Avaloq ACP components, managing a team of six developers.",
                    "Migrated 1.25 million positions and 42,000 client containers with no reconciliation differences.",
                    "Redesigned the job chains, cutting end-of-day batch runtime from 5.5 to 3 hours.",
                    "Coordinated user acceptance testing with the payments and custody business owners.",
                ],
            ),
            (
                "Payments stream (budget CHF 2.5 million) within the Avaloq introduction at a Geneva private bank.",
                [
                    "Parametrised SEPA and SIC payment flows, including ISO 20022 pain.001 and camt.053 messages.",
                    "Delivered the move to the SIC4 platform in time for the SNB deadline.",
                    "Authored 230 automated test cases in the bank's Avaloq test framework.",
                    "Trained 25 back-office users in German and French.",
                ],
            ),
            (
                "Built reporting interfaces for wealth-management clients.",
                [
                    "Developed Java batch interfaces feeding the tax reporting engine.",
                    "Maintained the Oracle PL/SQL packages used for portfolio valuation.",
                ],
            ),
        ],
    ),
}

# --- Dutch water board, asset management --------------------------------------------------------------
_src = cv(
    "Asset Management Consultant – Water Infrastructure",
    "Maarten van der Linden",
    "Asset management consultant with 11 years of experience at Dutch water boards (waterschappen). Specialised "
    "in risk based maintenance of pumping stations, dikes and wastewater treatment plants following NEN-ISO 55001. "
    "Implemented the Maximo and Ultimo maintenance systems and build GIS-based asset registers in ArcGIS. Works in "
    "Dutch and English.",
    [
        (
            "Asset Management Advisor, Waterschap Rivierenland (via Aquaconsult BV), 2019-03 – now",
            "Advisor for the asset management programme of a water board with 87 pumping stations and 1.100 km of "
            "primary dikes.",
            [
                "Set up a risk based maintenance plan for 87 pumping stations according to NEN-ISO 55001.",
                "Migrated 24.000 asset records from the old system to IBM Maximo 7.6.",
                "Introduced condition scores (NEN 2767) for all civil structures, inspected by 4 inspectors.",
                "Reduced unplanned pump failures with 18% in two years.",
            ],
            ["IBM Maximo 7.6", "ArcGIS Pro", "Power BI", "NEN 2767", "SQL Server"],
        ),
        (
            "GIS and Asset Data Specialist, Hoogheemraadschap van Delfland, 2015-09 – 2019-02",
            "Build-up of the GIS asset register for sewer mains and treatment plants.",
            [
                "Modelled 640 km of pressure mains in ArcGIS and linked them to Ultimo work orders.",
                "Wrote Python scripts to check the data quality every night.",
                "Trained 30 colleagues of the operations department in the new register.",
            ],
            ["ArcGIS 10.5", "Ultimo", "Python 3", "FME", "Oracle"],
        ),
    ],
    skills=["Risk based maintenance", "Asset registers", "NEN-ISO 55001", "Condition assessment (NEN 2767)"],
    tools=["IBM Maximo", "Ultimo", "ArcGIS", "FME", "Power BI"],
    languages=["Python", "SQL"],
    certifications=["IAM Certificate (Institute of Asset Management)", "PRINCE2 Foundation"],
    academic_background=["MSc (Ir.) Civil Engineering, TU Delft, 2015"],
    spoken_languages=["Dutch (native)", "English (C1)", "German (B1)"],
    industries=["Water management", "Public sector"],
)
CVS["waterboard"] = {
    "source": _src,
    "prompt": "Vacature / job posting: Asset Manager Wastewater (m/f/x) at a Dutch water board. You build our "
    "risk-based maintenance approach under ISO 55000, own the asset register in Maximo and work with GIS. "
    "Experience with pumping stations and NEN 2767 is required.",
    "honest": tailor(
        _src,
        "Asset management consultant with eleven years at Dutch water boards, specialised in risk-based maintenance "
        "of pumping stations, dikes and wastewater treatment plants according to NEN-ISO 55001. Has implemented the "
        "Maximo and Ultimo maintenance systems and built GIS-based asset registers in ArcGIS; works in Dutch and "
        "English.",
        [
            (
                "Asset management programme for a water board with 87 pumping stations and 1,100 km of primary dikes.",
                [
                    "Introduced risk-based maintenance for all 87 pumping stations in line with NEN-ISO 55001.",
                    "Moved 24,000 asset records from the legacy system to IBM Maximo 7.6.",
                    "Brought in NEN 2767 condition scores for every civil structure, inspected by four inspectors.",
                    "Cut unplanned pump failures by 18% over two years.",
                ],
            ),
            (
                "Built up the GIS asset register covering sewer mains and treatment plants.",
                [
                    "Modelled 640 km of pressure mains in ArcGIS, linked to Ultimo work orders.",
                    "Automated nightly data-quality checks with Python scripts.",
                    "Trained 30 operations colleagues on the new register.",
                ],
            ),
        ],
    ),
}

# --- Italian / Spanish utility billing, SAP IS-U ------------------------------------------------------
_src = cv(
    "SAP IS-U Billing & Invoicing Consultant",
    "Giulia Ferraresi",
    "SAP IS-U consultant with 12 years of experience in billing and invoicing for energy and water utilities in "
    "Italy and Spain. Expert of rate structures, billing schemas and mass invoicing runs (FI-CA). Took part in 4 "
    "full cycle implementations and in the migration to S/4HANA Utilities. Speaks Italian, Spanish and English.",
    [
        (
            "Billing Lead SAP S/4HANA Utilities, Indra, water utility in Valencia, 04/2021 – oggi",
            "Migration of the billing for 1.200.000 water contracts from SAP IS-U ECC 6.0 to S/4HANA Utilities 2020.",
            [
                "Led the billing workstream with 7 consultants in Valencia and Milano.",
                "Redesigned 85 rate structures and 12 billing schemas for the new water tariff.",
                "Lowered the share of billing outsorts from 3,5 % to 0,8 %.",
                "Prepared the cut-over of the mass invoicing runs for 40.000 invoices per night.",
            ],
            ["SAP S/4HANA Utilities 2020", "SAP IS-U ECC 6.0", "FI-CA", "ABAP", "SAP Solution Manager"],
        ),
        (
            "SAP IS-U Consultant, Accenture Italia, multi-utility in Lombardia, 2016 – 2021",
            "Billing and invoicing of gas and electricity after the liberalisation of the Italian market (ARERA "
            "regulation).",
            [
                "Customized the billing for 2,3 million gas and power contracts according to ARERA rules.",
                "Built the bonus sociale discount in the rate structure.",
                "Supported 3 go-lives as team member and coordinated the test with 60 key users.",
            ],
            ["SAP IS-U ECC 6.0", "FI-CA", "SAP CRM", "HP ALM"],
        ),
        (
            "Junior SAP Consultant, Reply, 2014 – 2016",
            "SAP IS-U device management and meter reading.",
            [
                "Configured meter reading units for 300.000 meters.",
                "Wrote functional specifications for ABAP enhancements.",
            ],
            ["SAP IS-U ECC 6.0", "SAP IS-U EDM"],
        ),
    ],
    skills=["SAP IS-U Billing & Invoicing", "FI-CA", "Rate structures", "Mass runs", "S/4HANA Utilities migration"],
    tools=["SAP Solution Manager", "HP ALM", "Jira"],
    languages=["ABAP (reading)"],
    certifications=["SAP Certified Application Associate – SAP S/4HANA Utilities", "Professional Scrum Master I"],
    academic_background=["Laurea Magistrale in Ingegneria Gestionale, Politecnico di Milano, 2013"],
    spoken_languages=["Italian (native)", "Spanish (C2)", "English (C1)"],
    industries=["Utilities", "Water", "Energy"],
)
CVS["isu"] = {
    "source": _src,
    "prompt": "Oferta (Madrid): SAP IS-U / S/4HANA Utilities billing consultant for a Spanish energy retailer. "
    "Tasks: rate structures, billing and invoicing, FI-CA, mass runs, migration from ECC. Spanish required.",
    "honest": tailor(
        _src,
        "SAP IS-U consultant with twelve years in billing and invoicing for energy and water utilities in Spain "
        "and Italy. Expert in rate structures, billing schemas and FI-CA mass invoicing runs, with four full-cycle "
        "implementations and a migration to S/4HANA Utilities behind her. Speaks Spanish, Italian and English.",
        [
            (
                "Billing migration of 1.2 million water contracts from SAP IS-U ECC 6.0 to S/4HANA Utilities 2020.",
                [
                    "Lead of the billing workstream, with 7 consultants between Valencia and Milan.",
                    "Reworked 85 rate structures and 12 billing schemas to fit the new water tariff.",
                    "Reduced the billing outsort rate from 3.5% to 0.8%.",
                    "Prepared cut-over for the nightly mass invoicing runs (40,000 invoices per night).",
                ],
            ),
            (
                "Gas and electricity billing and invoicing after liberalisation of the Italian market, under ARERA "
                "regulation.",
                [
                    "Customised billing for 2.3 million gas and power contracts following ARERA rules.",
                    "Built the 'bonus sociale' discount into the rate structure.",
                    "Supported three go-lives and coordinated testing with 60 key users.",
                ],
            ),
            (
                "Device management and meter reading in SAP IS-U.",
                [
                    "Set up meter reading units for 300,000 meters.",
                    "Authored functional specifications for ABAP enhancements.",
                ],
            ),
        ],
    ),
}

# --- Polish game QA and console certification ---------------------------------------------------------
_src = cv(
    "Lead QA & Certification Engineer (Console)",
    "Katarzyna Wiśniewska",
    "QA lead with 9 years in game testing in Warsaw and Kraków, last 5 years focused on console certification "
    "(Sony TRC, Microsoft XR, Nintendo Lotcheck). Shipped 11 titles on PlayStation, Xbox and Switch without "
    "certification failure on the final submission. Builds test plans, compliance checklists and automated smoke "
    "tests.",
    [
        (
            "Certification Lead, Northlight Forge S.A., Kraków, 2021 – present",
            "Leading the compliance team for a multi-platform action RPG and its 2 DLCs.",
            [
                "Ran pre-submission checks against Sony TRC, Xbox XR and Nintendo Lotcheck for 3 SKUs.",
                "Lead a team of 8 compliance testers and 2 automation engineers.",
                "Cut first-submission rejections from 4 to 0 over the last three submissions.",
                "Built a Python and Jenkins smoke-test pipeline running on every nightly build.",
            ],
            [
                "PlayStation 5 DevKit",
                "Xbox Series X|S GDK",
                "Nintendo Switch SDK",
                "Jira",
                "TestRail",
                "Jenkins",
                "Python",
            ],
        ),
        (
            "QA Tester / Senior QA Tester, Pixel Vistula Sp. z o.o., Warszawa, 2017 – 2021",
            "Functional and compliance testing of indie and mid-size console titles for publishers.",
            [
                "Tested 8 titles on PS4, Xbox One and Switch.",
                "Wrote the first TRC checklist of the studio with 420 checks.",
                "Reported over 3 000 bugs in Jira with reproduction videos.",
            ],
            ["PS4 DevKit", "Xbox One XDK", "Nintendo Switch", "Jira", "Mantis"],
        ),
    ],
    skills=["Console certification (TRC/XR/Lotcheck)", "Test planning", "Compliance testing", "Test automation"],
    tools=["Jira", "TestRail", "Jenkins", "Mantis"],
    languages=["Python"],
    certifications=["ISTQB Certified Tester Foundation Level", "ISTQB Advanced Level Test Manager"],
    academic_background=["Inżynier (BEng) in Computer Science, AGH University of Kraków, 2017"],
    spoken_languages=["Polish (native)", "English (C1)"],
    industries=["Video games"],
)
CVS["gameqa"] = {
    "source": _src,
    "prompt": "Job: Senior Certification QA at a Warsaw publisher. You own first-party compliance (TRC, XR, "
    "Lotcheck) for our next multi-platform release, manage a small team and automate smoke tests.",
    "honest": tailor(
        _src,
        "Game QA lead with nine years of testing behind her in Warsaw and Kraków, the last five devoted to console "
        "certification: Sony TRC, Microsoft XR and Nintendo Lotcheck. Has shipped 11 titles on PlayStation, Xbox "
        "and Switch with no certification failure at final submission, and writes test plans, compliance "
        "checklists and automated smoke tests.",
        [
            (
                "Heads compliance for a multi-platform action RPG and its two DLCs.",
                [
                    "Ran pre-submission TRC, XR and Lotcheck checks across three SKUs.",
                    "Leads 8 compliance testers and 2 automation engineers.",
                    "Took first-submission rejections from four down to zero across the last three submissions.",
                    "Built a smoke-test pipeline in Python and Jenkins that runs on every nightly build.",
                ],
            ),
            (
                "Functional and compliance testing of indie and mid-sized console games for publishers.",
                [
                    "Tested eight titles across PS4, Xbox One and Switch.",
                    "Authored the studio's first TRC checklist (420 checks).",
                    "Logged 3,000+ bugs in Jira, with reproduction videos.",
                ],
            ),
        ],
    ),
}

# --- South African mining safety systems --------------------------------------------------------------
_src = cv(
    "Mine Safety Systems Engineer",
    "Thabo Mokoena",
    "Electrical engineer with 13 years in South African gold and platinum mines, specialising in safety systems: "
    "proximity detection (PDS), collision avoidance for trackless mobile machinery, gas monitoring and underground "
    "communication. Registered Professional Engineer (ECSA). Experience with the Mine Health and Safety Act and "
    "DMRE regulations.",
    [
        (
            "Safety Systems Lead, Bushveld platinum operation (contract via Sizwe Engineering), 2020 – present",
            "Roll-out of collision avoidance systems (CAS) on trackless mobile machinery to comply with Chapter 8 of "
            "the MHSA regulations.",
            [
                "Managed the fitment of CAS level 9 on 214 TMM vehicles over 3 shafts.",
                "Budget of R 4,2 million, delivered 6% under budget.",
                "Integrated proximity alerts into the mine's SCADA and control room via Wi-Fi mesh.",
                "Ran training for 350 operators together with the training centre.",
            ],
            ["Becker Mining CAS", "Wi-Fi mesh", "Wonderware", "Siemens S7-1500", "SQL Server"],
        ),
        (
            "E&I Engineer, deep-level gold mine, West Rand, 2013 – 2020",
            "Gas detection, refuge bay monitoring and leaky-feeder communication at 3 km depth.",
            [
                "Replaced 120 fixed gas detectors and linked them to the central monitoring system.",
                "Commissioned telemetry for 18 refuge bays.",
                "Reduced false gas alarms by roughly a third.",
            ],
            ["Leaky feeder", "Dräger gas detection", "Allen-Bradley ControlLogix", "Wonderware"],
        ),
    ],
    skills=["Collision avoidance systems (CAS)", "Proximity detection (PDS)", "Gas monitoring", "Underground comms"],
    tools=["Wonderware", "Siemens TIA Portal", "RSLogix 5000"],
    certifications=["Pr.Eng. (ECSA)", "Government Certificate of Competency (Electrical, Mines and Works)"],
    academic_background=["BEng (Hons) Electrical Engineering, University of Pretoria, 2012"],
    spoken_languages=["English", "isiZulu", "Sesotho", "Afrikaans (basic)"],
    industries=["Mining"],
)
CVS["mining"] = {
    "source": _src,
    "prompt": "Customer brief: a platinum producer in Limpopo needs an engineer to finish its CAS/PDS roll-out on "
    "trackless mobile machinery (MHSA Chapter 8) and integrate the alarms with the control room.",
    "honest": tailor(
        _src,
        "Registered Professional Engineer (ECSA) with thirteen years in South African gold and platinum mines, "
        "focused on safety systems: collision avoidance for trackless mobile machinery, proximity detection, gas "
        "monitoring and underground communications. Works within the Mine Health and Safety Act and DMRE "
        "regulations.",
        [
            (
                "CAS roll-out on trackless mobile machinery (TMM) for compliance with Chapter 8 of the MHSA "
                "regulations.",
                [
                    "Managed the level 9 CAS fitment on 214 TMM vehicles across three shafts.",
                    "Came in 6% under the R4.2 million budget.",
                    "Integrated proximity alerts with the mine's SCADA and control room over a Wi-Fi mesh.",
                    "Trained 350 operators jointly with the training centre.",
                ],
            ),
            (
                "Gas detection, refuge bay monitoring and leaky-feeder communications at a depth of 3 km.",
                [
                    "Replaced 120 fixed gas detectors and connected them to central monitoring.",
                    "Commissioned telemetry in 18 refuge bays.",
                    "Cut false gas alarms by about a third.",
                ],
            ),
        ],
    ),
}

# --- Japanese-market e-commerce localisation ----------------------------------------------------------
_src = cv(
    "E-commerce Localisation Lead (Japan)",
    "Haruka Sato",
    "Localisation lead with 10 years of experience bringing European and US fashion and lifestyle brands to the "
    "Japanese online market. Responsible for site localisation, payment methods (konbini, carrier billing), "
    "Rakuten and Amazon.co.jp marketplaces and customer support in Japanese. Bilingual Japanese/English.",
    [
        (
            "Localisation Lead, Nordlys Retail Japan K.K., Tokyo, 2020/04 – present",
            "Launch and operation of the Japanese online store of a Scandinavian interior brand on Shopify Plus.",
            [
                "Localised 6,500 product pages with a team of 3 translators and one copywriter.",
                "Added konbini payment and PayPay via KOMOJU; konbini is now 22% of orders.",
                "Opened the Rakuten Ichiba shop in 2022, reaching ¥1.8 billion (18億円) annual GMV in 2024.",
                "Adjusted size charts, gift wrapping (noshi) and delivery time slots for Japanese customers.",
            ],
            ["Shopify Plus", "KOMOJU", "Rakuten RMS", "Phrase TMS", "Google Analytics 4"],
        ),
        (
            "E-commerce Producer, Sakura Commerce Partners, Osaka, 2016/04 – 2020/03",
            "Japanese market entry for US apparel brands via Amazon.co.jp and own web stores.",
            [
                "Managed 4 brand launches on Amazon.co.jp.",
                "Wrote Japanese style guides and QA checklists for translation vendors.",
                "Grew monthly sessions of one store to 500,000 (50万).",
            ],
            ["Salesforce Commerce Cloud", "Amazon Seller Central", "Memsource", "Zendesk"],
        ),
    ],
    skills=["Website localisation", "Japanese payment methods", "Marketplaces (Rakuten, Amazon.co.jp)", "Vendor QA"],
    tools=["Shopify Plus", "Phrase TMS", "Memsource", "Zendesk", "Rakuten RMS"],
    certifications=["Google Analytics Individual Qualification"],
    academic_background=["Bachelor of Arts (Foreign Studies, English), Osaka University, 2016"],
    spoken_languages=["Japanese (native)", "English (TOEIC 950)"],
    industries=["Retail", "Fashion", "E-commerce"],
)
CVS["japan"] = {
    "source": _src,
    "prompt": "Posting: a Danish furniture brand seeks a Japan e-commerce localization manager to run its Japanese "
    "Shopify store and Rakuten shop, manage translators and add local payment methods.",
    "honest": tailor(
        _src,
        "Localization lead with a decade of experience taking European and US fashion and lifestyle brands onto "
        "Japan's online market, covering site localization, local payment methods such as konbini and carrier "
        "billing, the Rakuten and Amazon.co.jp marketplaces, and Japanese-language customer support. Bilingual in "
        "Japanese and English.",
        [
            (
                "Launched and runs the Japanese Shopify Plus store of a Scandinavian interior brand.",
                [
                    "Localized 6,500 product pages with three translators and a copywriter.",
                    "Introduced konbini payments and PayPay through KOMOJU; konbini now accounts for 22% of orders.",
                    "Opened the Rakuten Ichiba shop in 2022 and grew it to ¥1.8 billion in annual GMV by 2024.",
                    "Adapted size charts, noshi gift wrapping and delivery time slots to Japanese customers.",
                ],
            ),
            (
                "Brought US apparel brands into Japan through Amazon.co.jp and their own web stores.",
                [
                    "Ran four brand launches on Amazon.co.jp.",
                    "Created Japanese style guides and QA checklists for translation vendors.",
                    "Took one store to half a million monthly sessions.",
                ],
            ),
        ],
    ),
}

# --- Australian account-based ticketing ---------------------------------------------------------------
_src = cv(
    "Ticketing Solutions Architect – Account-Based Ticketing",
    "Liam O'Connor",
    "Solutions architect with 15 years in public transport fare collection in Australia, of which 5 years on "
    "account-based ticketing (ABT) and open-loop contactless payments (EMV). Worked for transit agencies in NSW, "
    "Victoria and Queensland. Strong in fare engines, back-office integration and PCI DSS.",
    [
        (
            "ABT Solutions Architect, Queensland state transport agency (via Kinetic Transit Consulting), "
            "Jan 2021 – present",
            "Design of the account-based back office for a $1.2bn smart ticketing program covering bus, rail, ferry "
            "and light rail.",
            [
                "Designed the fare engine for 14 fare zones with daily and weekly capping.",
                "Integrated EMV contactless acceptance on 2,400 validators across buses and trams.",
                "Led the PCI DSS scope reduction through tokenisation, reducing in-scope systems from 40 to 9.",
                "Ran architecture reviews with 5 vendors.",
            ],
            ["AWS", "Kafka", "PostgreSQL", "Java 17", "EMV Level 3", "Terraform"],
        ),
        (
            "Senior Integration Engineer, Melbourne ticketing operator, March 2015 – December 2020",
            "Back-office integration for the card-based ticketing system of Victoria.",
            [
                "Built interfaces between the central system and 3 retail networks.",
                "Migrated 1.5 million card accounts to a new CRM.",
                "Supported 24/7 operations incident management as level-3 support.",
            ],
            ["Oracle 12c", "IBM MQ", "Java 8", "Salesforce"],
        ),
        (
            "Software Engineer, fare collection vendor, Sydney, 2011 – 2015",
            "Firmware and back-end work on the Opal card rollout.",
            [
                "Developed device management services for 1,000+ gate devices.",
                "Wrote test harnesses for fare calculation.",
            ],
            ["C++", "Java 7", "Oracle"],
        ),
    ],
    skills=["Account-based ticketing", "EMV open-loop payments", "Fare engines and capping", "PCI DSS"],
    tools=["Enterprise Architect", "Jira", "Confluence"],
    languages=["Java", "SQL", "C++"],
    certifications=["TOGAF 9 Certified", "AWS Certified Solutions Architect – Associate"],
    academic_background=["BEng (Hons) Software Engineering, UNSW Sydney, 2010"],
    spoken_languages=["English"],
    industries=["Public transport"],
)
CVS["abt"] = {
    "source": _src,
    "prompt": "Job ad: Principal Architect, Account-Based Ticketing, for a NSW transport program. Must have: ABT, "
    "EMV contactless, fare capping, PCI DSS, AWS. Vendor management experience valued.",
    "honest": tailor(
        _src,
        "Solutions architect with 15 years in Australian public transport fare collection, five of them in "
        "account-based ticketing (ABT) and open-loop EMV contactless payments. Has worked with transit agencies in "
        "New South Wales, Victoria and Queensland, with strengths in fare engines, back-office integration and "
        "PCI DSS.",
        [
            (
                "Designed the ABT back office for a $1.2 billion smart ticketing program spanning bus, rail, ferry "
                "and light rail.",
                [
                    "Designed a fare engine covering 14 fare zones, with daily and weekly fare capping.",
                    "Integrated EMV contactless on 2,400 bus and tram validators.",
                    "Cut PCI DSS scope from 40 in-scope systems to 9 through tokenization.",
                    "Led architecture reviews across five vendors.",
                ],
            ),
            (
                "Integrated the back office of Victoria's card-based ticketing system.",
                [
                    "Built interfaces linking the central system with three retail networks.",
                    "Moved 1.5 million card accounts onto a new CRM.",
                    "Provided level-3 support for round-the-clock incident management.",
                ],
            ),
            (
                "Worked on firmware and back-end components for the Opal card rollout.",
                [
                    "Built device management services for more than 1,000 gate devices.",
                    "Created test harnesses for fare calculation.",
                ],
            ),
        ],
    ),
}

# --- Canadian bilingual government digital services ---------------------------------------------------
_src = cv(
    "Senior Product Manager, Bilingual Digital Services",
    "Émilie Tremblay",
    "Product manager with 10 years delivering bilingual (English/French) digital services for federal and "
    "provincial governments in Canada. Experienced in the Canada.ca design system, WCAG 2.1 AA accessibility, "
    "Official Languages Act requirements and agile delivery. Led teams of up to 12 people.",
    [
        (
            "Senior Product Manager, federal department (via Boréal Numérique, Ottawa), 2021 – present",
            "Product lead for an online benefits application used by about 300 000 Canadians a year.",
            [
                "Replaced a 14-page PDF form with an online service in English and French.",
                "Cut the average completion time from 45 to 18 minutes.",
                "Ran 40 usability sessions with francophone and anglophone users, including screen-reader users.",
                "Met WCAG 2.1 AA and the Standard on Web Accessibility at launch.",
            ],
            ["Canada.ca Design System", "GC Notify", "Azure", "Drupal", "Jira"],
        ),
        (
            "Product Owner, provincial digital team, Fredericton, 2016 – 2021",
            "Digital services for Canada's only officially bilingual province.",
            [
                "Owned the backlog of 3 services: driver's licence renewal, birth certificates and park reservations.",
                "Set up a translation workflow with provincial translation services, turnaround from 10 to 3 days.",
                "Led a team of 9 (developers, designers, content designers).",
            ],
            ["Drupal 8", "GitHub", "Azure DevOps", "Google Analytics"],
        ),
    ],
    skills=["Product management", "Bilingual content design", "Accessibility (WCAG 2.1 AA)", "Service design"],
    tools=["Jira", "Figma", "Azure DevOps", "GC Notify"],
    certifications=["Professional Scrum Product Owner I (PSPO I)", "IAAP CPACC"],
    academic_background=[
        "Baccalauréat en génie logiciel, Université Laval, 2015",
        "Master of Public Administration, École nationale d'administration publique (ENAP), 2019",
    ],
    spoken_languages=["French (native)", "English (fluent)"],
    industries=["Public sector"],
)
CVS["canada"] = {
    "source": _src,
    "prompt": "Statement of work: the department seeks a Senior Product Manager to lead a bilingual online "
    "service (EN/FR) built on the Canada.ca design system, meeting WCAG 2.1 AA and Official Languages obligations.",
    "honest": tailor(
        _src,
        "Product manager with a decade of experience delivering bilingual English and French digital services for "
        "Canada's federal and provincial governments. Knows the Canada.ca design system, WCAG 2.1 AA accessibility "
        "and the requirements of the Official Languages Act, works in an agile way and has led teams of up to "
        "twelve.",
        [
            (
                "Leads the product for an online benefits application that roughly 300,000 Canadians use every year.",
                [
                    "Turned a 14-page PDF form into an online service available in both English and French.",
                    "Reduced average completion time from 45 minutes to 18.",
                    "Held 40 usability sessions with francophone and anglophone users, screen-reader users among them.",
                    "Launched compliant with WCAG 2.1 AA and the Standard on Web Accessibility.",
                ],
            ),
            (
                "Built digital services for Canada's only officially bilingual province.",
                [
                    "Product owner for three services: driver's licence renewal, birth certificates and park "
                    "reservations.",
                    "Introduced a translation workflow with provincial translation services, bringing turnaround "
                    "down from ten days to three.",
                    "Led a nine-person team of developers, designers and content designers.",
                ],
            ),
        ],
    ),
}

# --- Mexican manufacturing MES ------------------------------------------------------------------------
_src = cv(
    "MES Consultant – Automotive Manufacturing",
    "Alejandro Hernández",
    "Ingeniero Industrial with 12 years of experience implementing manufacturing execution systems (MES) in "
    "automotive and electronics plants of the Bajío and the northern border (maquiladoras). Expert in "
    "traceability, OEE, quality (IATF 16949) and integration of MES with SAP ERP and PLCs. Spanish native, "
    "English advanced.",
    [
        (
            "MES Project Lead, Tier-1 automotive supplier, Querétaro, 2020 – actual",
            "Implementation of Siemens Opcenter Execution in 2 plants producing wire harnesses for OEMs in USA.",
            [
                "Led a team of 6 engineers for the roll-out in 2 plants with 38 production lines.",
                "Implemented serial traceability per harness to meet IATF 16949 requirements.",
                "Increased OEE of the pilot line from 61% to 74%.",
                "Integrated Opcenter with SAP S/4HANA via SAP PCo and with Rockwell PLCs.",
            ],
            [
                "Siemens Opcenter Execution Discrete",
                "SAP S/4HANA",
                "SAP PCo",
                "Rockwell ControlLogix",
                "SQL Server",
                "Ignition",
            ],
        ),
        (
            "MES Engineer, electronics maquiladora, Ciudad Juárez, 2014 – 2020",
            "Support and extension of the in-house MES for the SMT lines.",
            [
                "Developed C# modules for the data collection of reflow ovens.",
                "Reduced scrap of SMT lines 15% with SPC alarms.",
                "Trained 120 operators and supervisors in 3 shifts.",
            ],
            ["C#", ".NET Framework 4.5", "SQL Server", "Minitab"],
        ),
    ],
    skills=["MES implementation", "Traceability", "OEE", "SPC", "ERP–shop floor integration", "IATF 16949"],
    tools=["Siemens Opcenter", "Ignition", "Minitab", "SAP PCo"],
    languages=["C#", "SQL"],
    certifications=["Lean Six Sigma Green Belt"],
    academic_background=[
        "Ingeniero Industrial, Instituto Tecnológico de Chihuahua, 2013",
        "Maestría en Manufactura Avanzada, CIATEQ, 2019",
    ],
    spoken_languages=["Spanish (native)", "English (advanced)"],
    industries=["Automotive", "Electronics manufacturing"],
)
CVS["mes"] = {
    "source": _src,
    "prompt": "Vacante: MES Lead for a new automotive plant in Guanajuato. Siemens Opcenter or similar, "
    "integration with SAP S/4HANA, traceability and OEE. English for reporting to the US headquarters.",
    "honest": tailor(
        _src,
        "Industrial engineer with 12 years implementing MES in automotive and electronics plants in the Bajío and "
        "in maquiladoras on the northern border. Expert in traceability, OEE, IATF 16949 quality and in "
        "integrating MES with SAP ERP and PLCs. Native Spanish, advanced English.",
        [
            (
                "Siemens Opcenter Execution implementation in two wire-harness plants supplying OEMs in the US.",
                [
                    "Leading six engineers in the roll-out across two plants and 38 production lines.",
                    "Put in place serial traceability per harness to comply with IATF 16949.",
                    "Raised pilot line OEE from 61% to 74%.",
                    "Connected Opcenter to SAP S/4HANA through SAP PCo, and to Rockwell PLCs.",
                ],
            ),
            (
                "Supported and extended the in-house MES running the SMT lines.",
                [
                    "Built C# modules to collect reflow oven data.",
                    "Cut SMT scrap by 15% using SPC alarms.",
                    "Trained 120 operators and supervisors across three shifts.",
                ],
            ),
        ],
    ),
}

# --- Nordic district-heating SCADA --------------------------------------------------------------------
_src = cv(
    "SCADA Engineer – District Heating",
    "Mikael Lindqvist",
    "Automation and SCADA engineer with 16 years in district heating and combined heat and power in Sweden, "
    "Finland and Denmark. Designs and commissions SCADA and control systems for production plants and "
    "distribution networks, with focus on IEC 62443 security and load forecasting.",
    [
        (
            "Lead SCADA Engineer, Nordvärme Automation AB, Swedish municipal energy company, 2019 – present",
            "Replacement of the SCADA for a district-heating network with 850 km of pipes and 4 production plants.",
            [
                "Migrated 38 000 I/O points from ABB Advant to ABB 800xA without stopping the heat delivery.",
                "Introduced network segmentation according to IEC 62443 with 3 security zones.",
                "Built a heat-load forecast in Python that lowered the peak-boiler oil use by 12 %.",
                "Commissioned 140 substations with remote readout over LoRaWAN.",
            ],
            ["ABB 800xA 6.1", "ABB Advant", "Python", "PostgreSQL", "LoRaWAN", "Fortinet"],
        ),
        (
            "Automation Engineer, Finnish automation integrator, Helsinki, 2010 – 2019",
            "Control systems for CHP and heat-only boiler plants in Finland and Denmark.",
            [
                "Programmed boiler control for 6 biomass plants (15–120 MW).",
                "Commissioned the controls of a 70 MW heat pump plant in Helsinki.",
                "Wrote the alarm philosophy following EEMUA 191, halving the alarms per hour.",
            ],
            ["Valmet DNA", "Siemens S7-400", "WinCC", "Modbus", "OPC UA"],
        ),
    ],
    skills=["SCADA design", "District heating networks", "CHP plant control", "IEC 62443", "Alarm management"],
    tools=["ABB 800xA", "Valmet DNA", "WinCC", "Grafana"],
    languages=["Python", "Structured Text", "SQL"],
    certifications=["ISA/IEC 62443 Cybersecurity Fundamentals Specialist"],
    academic_background=["Civilingenjör (MSc) in Energy Technology, KTH Royal Institute of Technology, 2009"],
    spoken_languages=["Swedish (native)", "Finnish (good)", "English (fluent)", "Danish (reading)"],
    industries=["Energy", "District heating"],
)
CVS["heating"] = {
    "source": _src,
    "prompt": "Tender extract: a Danish district-heating utility seeks a SCADA lead for a network and plant "
    "control upgrade; IEC 62443 compliance, ABB 800xA preferred, heat-load forecasting a plus.",
    "honest": tailor(
        _src,
        "SCADA and automation engineer with sixteen years in district heating and combined heat and power (CHP) "
        "across Sweden, Finland and Denmark. Designs and commissions SCADA and control systems for both production "
        "plants and distribution networks, focusing on IEC 62443 security and load forecasting.",
        [
            (
                "SCADA replacement for a district-heating network of 850 km of pipe and four production plants.",
                [
                    "Moved 38,000 I/O points from ABB Advant to ABB 800xA with no interruption to heat delivery.",
                    "Segmented the network into three security zones following IEC 62443.",
                    "Developed a Python heat-load forecast that reduced peak-boiler oil consumption by 12%.",
                    "Commissioned 140 substations with LoRaWAN remote readout.",
                ],
            ),
            (
                "Built control systems for Finnish and Danish CHP and heat-only boiler plants.",
                [
                    "Programmed boiler controls for six biomass plants ranging from 15 to 120 MW.",
                    "Commissioned controls for a 70 MW heat pump plant in Helsinki.",
                    "Authored an EEMUA 191 alarm philosophy that cut alarms per hour in half.",
                ],
            ),
        ],
    ),
}

# --- Irish pharma serialisation, EU FMD ---------------------------------------------------------------
_src = cv(
    "Serialisation & EU FMD Compliance Lead",
    "Aoife Byrne",
    "Serialisation consultant with 10 years in pharmaceutical packaging and compliance in Ireland. Led EU "
    "Falsified Medicines Directive (FMD) programmes from line-level serialisation to EMVS reporting, plus DSCSA "
    "work for US exports. Knows GAMP 5 validation and GS1 standards well.",
    [
        (
            "Serialisation Programme Lead, generics manufacturer, Cork (via PharmaLine Consulting), "
            "Sept 2019 – present",
            "Programme covering 9 packaging lines and the connection to the EU Hub for 1,100 SKUs.",
            [
                "Ran the programme with a €1.4m budget and a core team of 5.",
                "Validated Level 2–4 serialisation systems (Systech, TraceLink) per GAMP 5.",
                "Reduced EMVS alerts caused by master data errors by 70%.",
                "Onboarded 14 contract manufacturers to TraceLink.",
            ],
            ["Systech UniSecure", "TraceLink", "SAP ECC", "GS1 DataMatrix", "Kneat"],
        ),
        (
            "Validation Engineer, sterile injectables plant, Dublin, 2016 – 2019",
            "Computer system validation for packaging and serialisation equipment ahead of the 9 February 2019 FMD "
            "deadline.",
            [
                "Wrote and executed IQ/OQ/PQ protocols for 4 serialisation lines.",
                "Supported 2 HPRA inspections without findings on serialisation.",
                "Set up aggregation for case and pallet level.",
            ],
            ["Optel Vision", "Rockwell FactoryTalk", "TrackWise", "Kneat"],
        ),
    ],
    skills=["EU FMD serialisation", "DSCSA", "GS1 standards", "Computer system validation (GAMP 5)"],
    tools=["TraceLink", "Systech", "Kneat", "TrackWise"],
    certifications=["PMP (Project Management Professional)", "Lean Six Sigma Yellow Belt"],
    academic_background=[
        "BEng (Hons) Chemical Engineering, University College Cork, 2015",
        "Higher Diploma in Pharmaceutical Manufacturing Technology, TU Dublin, 2017",
    ],
    spoken_languages=["English (native)", "Irish (conversational)"],
    industries=["Pharmaceutical", "Life sciences"],
)
CVS["fmd"] = {
    "source": _src,
    "prompt": "Role: EU FMD Serialisation Lead for a Limerick biologics site. Line-to-EMVS serialisation, "
    "TraceLink, GAMP 5 CSV, CMO onboarding.",
    "honest": tailor(
        _src,
        "Serialization consultant with a decade in Irish pharmaceutical packaging and compliance. Has led EU "
        "Falsified Medicines Directive programmes end to end, from line-level serialization through EMVS "
        "reporting, alongside DSCSA work for exports to the US, and is well versed in GAMP 5 validation and GS1 "
        "standards.",
        [
            (
                "Serialisation programme for nine packaging lines, connecting 1,100 SKUs to the EU Hub.",
                [
                    "Managed a €1.4 million programme budget with a five-person core team.",
                    "Validated Level 2 to 4 serialisation systems (Systech and TraceLink) according to GAMP 5.",
                    "Cut EMVS alerts from master data errors by 70%.",
                    "Brought 14 contract manufacturers onto TraceLink.",
                ],
            ),
            (
                "Computer system validation of packaging and serialisation equipment in the run-up to the FMD "
                "deadline of 9 February 2019.",
                [
                    "Authored and executed IQ, OQ and PQ protocols on four serialisation lines.",
                    "Supported two HPRA inspections that raised no serialisation findings.",
                    "Implemented case- and pallet-level aggregation.",
                ],
            ),
        ],
    ),
}

# --- Singapore port community and customs -------------------------------------------------------------
_src = cv(
    "Port Community Systems Architect",
    "Darren Lim",
    "IT architect with 14 years in maritime and trade systems in Singapore: port community systems, customs "
    "declarations (TradeNet) and terminal operating systems integration. Led integration programmes between "
    "shipping lines, terminals and government agencies. Familiar with UN/EDIFACT, WCO Data Model and API-based "
    "trade platforms.",
    [
        (
            "Lead Architect, port community platform operator, Singapore, 2020 – present",
            "Architecture of the next-generation port community platform connecting 2,000+ shipping agents, "
            "hauliers and terminals.",
            [
                "Designed the event-driven integration layer handling 5 million messages per day.",
                "Replaced EDIFACT batch interfaces (BAPLIE, COPRAR, CODECO) with REST APIs for 60% of partners.",
                "Set up just-in-time vessel arrival data exchange with the terminal operator.",
                "Managed a team of 11 architects and engineers.",
            ],
            ["Kafka", "Kubernetes", "AWS", "UN/EDIFACT", "OpenAPI", "Java 17"],
        ),
        (
            "Senior Consultant, Trade Facilitation, consulting firm, Singapore, 2012 – 2020",
            "Customs and trade-declaration projects in Singapore and ASEAN.",
            [
                "Integrated freight-forwarder systems with TradeNet for permit declarations.",
                "Mapped 300 data elements to the WCO Data Model 3 for an ASEAN Single Window pilot.",
                "Cut permit processing errors by a quarter for a large forwarder.",
            ],
            ["TradeNet", "ASEAN Single Window", "IBM Sterling B2B", "Oracle 11g"],
        ),
    ],
    skills=["Port community systems", "Customs and trade compliance", "Integration architecture", "UN/EDIFACT"],
    tools=["Kafka", "IBM Sterling B2B", "Enterprise Architect"],
    languages=["Java", "Python"],
    certifications=["TOGAF 9 Certified", "Certified Kubernetes Administrator (CKA)"],
    academic_background=["BEng (Hons) Computer Engineering, National University of Singapore, 2011"],
    spoken_languages=["English", "Mandarin", "Malay (basic)"],
    industries=["Maritime", "Logistics", "Government"],
)
CVS["port"] = {
    "source": _src,
    "prompt": "Customer brief: a Southeast Asian port authority wants an architect to design its port community "
    "system: EDIFACT-to-API migration, customs single-window integration, event streaming.",
    "honest": tailor(
        _src,
        "IT architect with 14 years in Singapore's maritime and trade systems, spanning port community systems, "
        "TradeNet customs declarations and terminal operating system integration. Has led integration programmes "
        "linking shipping lines, terminals and government agencies, and works with UN/EDIFACT, the WCO Data Model "
        "and API-based trade platforms.",
        [
            (
                "Architect of a next-generation port community platform that connects more than 2,000 shipping "
                "agents, hauliers and terminals.",
                [
                    "Designed an event-driven integration layer that handles 5m messages a day.",
                    "Moved 60% of partners from EDIFACT batch interfaces (BAPLIE, COPRAR, CODECO) to REST APIs.",
                    "Established just-in-time vessel arrival data exchange with the terminal operator.",
                    "Led a team of eleven architects and engineers.",
                ],
            ),
            (
                "Customs and trade declaration work across Singapore and ASEAN.",
                [
                    "Connected freight forwarders' systems to TradeNet for permit declarations.",
                    "Mapped 300 data elements onto WCO Data Model 3 for an ASEAN Single Window pilot.",
                    "Reduced permit processing errors by 25% for a major forwarder.",
                ],
            ),
        ],
    ),
}

del _src

_FABRICATED = [
    # avaloq
    ("avaloq", "overview", "years", "start", "with 14 years", "with 16 years"),
    (
        "avaloq",
        "overview",
        "customer",
        "end",
        "client portfolio migration.",
        "client portfolio migration for houses such as Julius Baer and Pictet.",
    ),
    ("avaloq", "experiences[0].description", "number", "middle", "38 operations staff", "48 operations staff"),
    ("avaloq", "experiences[0].description", "version", "middle", "release 4.9 to 5.5", "release 4.9 to 6.0"),
    (
        "avaloq",
        "experiences[0].description",
        "date",
        "start",
        "Avaloq core upgrade from",
        "Avaloq core upgrade, live since November 2023, from",
    ),
    ("avaloq", "experiences[0].bullets[0]", "team size", "end", "team of six developers.", "team of nine developers."),
    (
        "avaloq",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "from 5.5 to 3 hours.",
        "from 5.5 to 3 hours and batch-related incidents by 30%.",
    ),
    (
        "avaloq",
        "experiences[1].description",
        "duration",
        "middle",
        "(budget CHF 2.5 million)",
        "(budget CHF 2.5 million, 18 months)",
    ),
    (
        "avaloq",
        "experiences[1].description",
        "certification",
        "end",
        "at a Geneva private bank.",
        "at a Geneva private bank, delivered as a SWIFT Certified Specialist.",
    ),
    (
        "avaloq",
        "experiences[1].bullets[3]",
        "certified",
        "start",
        "Trained 25 back-office users",
        "As a certified Avaloq trainer, taught 25 back-office users",
    ),
    (
        "avaloq",
        "experiences[1].bullets[2]",
        "tool",
        "end",
        "Avaloq test framework.",
        "Avaloq test framework and in Tricentis Tosca.",
    ),
    (
        "avaloq",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "SNB deadline.",
        "SNB deadline, earning the team the bank's innovation award.",
    ),
    (
        "avaloq",
        "experiences[2].description",
        "degree",
        "end",
        "wealth-management clients.",
        "wealth-management clients while completing an MBA at the University of St. Gallen.",
    ),
    (
        "avaloq",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Migrated 1.25 million positions and 42,000 client containers with no reconciliation differences.",
    ),
    (
        "avaloq",
        "experiences[2].bullets[1]",
        "version",
        "middle",
        "Oracle PL/SQL packages",
        "Oracle 19c PL/SQL packages",
    ),
    # waterboard
    ("waterboard", "overview", "years", "start", "with eleven years", "with thirteen years"),
    ("waterboard", "overview", "tool", "middle", "Maximo and Ultimo", "Maximo, SAP PM and Ultimo"),
    (
        "waterboard",
        "overview",
        "degree",
        "end",
        "works in Dutch and English.",
        "works in Dutch and English and holds a PhD in hydraulic engineering from TU Delft.",
    ),
    (
        "waterboard",
        "experiences[0].description",
        "number",
        "end",
        "1,100 km of primary dikes.",
        "1,300 km of primary dikes.",
    ),
    (
        "waterboard",
        "experiences[0].description",
        "recognition",
        "start",
        "Asset management programme",
        "Award-winning asset management programme",
    ),
    (
        "waterboard",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "by 18% over two years.",
        "by 18% over two years, saving EUR 400,000 in emergency repairs.",
    ),
    ("waterboard", "experiences[0].bullets[1]", "version", "end", "IBM Maximo 7.6.", "IBM Maximo 8.10."),
    (
        "waterboard",
        "experiences[0].bullets[2]",
        "team size",
        "end",
        "by four inspectors.",
        "by a team of seven inspectors.",
    ),
    (
        "waterboard",
        "experiences[1].bullets[2]",
        "certified",
        "start",
        "Trained 30 operations colleagues",
        "As a certified ArcGIS trainer, trained 30 operations colleagues",
    ),
    (
        "waterboard",
        "experiences[1].description",
        "customer",
        "end",
        "sewer mains and treatment plants.",
        "sewer mains and treatment plants, later reused for Waternet.",
    ),
    (
        "waterboard",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led the tender for a new maintenance management system worth EUR 1.2 million.",
    ),
    ("waterboard", "experiences[1].bullets[0]", "number", "start", "Modelled 640 km", "Modelled 740 km"),
    # isu
    ("isu", "overview", "number", "middle", "with four full-cycle", "with six full-cycle"),
    (
        "isu",
        "overview",
        "certification",
        "end",
        "Speaks Spanish, Italian and English.",
        "Speaks Spanish, Italian and English and holds the SAP Certified Application Professional in FI-CA.",
    ),
    ("isu", "overview", "years", "start", "with twelve years", "with fourteen years"),
    ("isu", "experiences[0].description", "version", "end", "S/4HANA Utilities 2020.", "S/4HANA Utilities 2022."),
    ("isu", "experiences[0].bullets[0]", "team size", "middle", "with 7 consultants", "with 11 consultants"),
    (
        "isu",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "from 3.5% to 0.8%.",
        "from 3.5% to 0.8%, shortening the billing cycle by four days.",
    ),
    (
        "isu",
        "experiences[0].bullets[3]",
        "date",
        "middle",
        "Prepared cut-over for",
        "Prepared the March 2023 cut-over for",
    ),
    (
        "isu",
        "experiences[1].description",
        "customer",
        "start",
        "Gas and electricity billing",
        "For A2A, gas and electricity billing",
    ),
    (
        "isu",
        "experiences[1].bullets[2]",
        "tool",
        "end",
        "with 60 key users.",
        "with 60 key users in HP ALM and Tricentis Tosca.",
    ),
    (
        "isu",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Built the 'bonus sociale' discount into the rate structure.",
    ),
    (
        "isu",
        "experiences[2].description",
        "degree",
        "end",
        "meter reading in SAP IS-U.",
        "meter reading in SAP IS-U, straight after her PhD in energy economics.",
    ),
    # gameqa
    ("gameqa", "overview", "years", "start", "with nine years", "with twelve years"),
    ("gameqa", "overview", "number", "middle", "Has shipped 11 titles", "Has shipped 14 titles"),
    (
        "gameqa",
        "overview",
        "recognition",
        "end",
        "automated smoke tests.",
        "automated smoke tests; named QA Lead of the Year at Digital Dragons 2024.",
    ),
    (
        "gameqa",
        "experiences[0].description",
        "customer",
        "end",
        "its two DLCs.",
        "its two DLCs, published by Bandai Namco.",
    ),
    (
        "gameqa",
        "experiences[0].description",
        "certified",
        "start",
        "Heads compliance",
        "Certified ScrumMaster heading compliance",
    ),
    ("gameqa", "experiences[0].bullets[1]", "team size", "middle", "Leads 8 compliance", "Leads 12 compliance"),
    (
        "gameqa",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "across three SKUs.",
        "across three SKUs, plus Steam Deck Verified review.",
    ),
    ("gameqa", "experiences[0].bullets[3]", "version", "middle", "in Python and Jenkins", "in Python 3.12 and Jenkins"),
    (
        "gameqa",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "(420 checks).",
        "(420 checks), which cut certification turnaround by 40%.",
    ),
    (
        "gameqa",
        "experiences[1].description",
        "duration",
        "start",
        "Functional and compliance testing",
        "Three years of functional and compliance testing",
    ),
    (
        "gameqa",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Coordinated localisation testing in 12 languages for two publishers.",
    ),
    # mining
    (
        "mining",
        "overview",
        "certification",
        "end",
        "and DMRE regulations.",
        "and DMRE regulations, and holds a SAMTRAC safety certificate.",
    ),
    ("mining", "overview", "years", "start", "with thirteen years", "with fifteen years"),
    ("mining", "overview", "tool", "middle", "proximity detection, gas", "proximity detection, Strata PDS, gas"),
    (
        "mining",
        "experiences[0].description",
        "customer",
        "end",
        "of the MHSA regulations.",
        "of the MHSA regulations at Anglo American Platinum's Mogalakwena mine.",
    ),
    ("mining", "experiences[0].bullets[0]", "number", "middle", "214 TMM vehicles", "241 TMM vehicles"),
    ("mining", "experiences[0].bullets[1]", "number", "start", "Came in 6% under", "Came in 9% under"),
    (
        "mining",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "over a Wi-Fi mesh.",
        "over a Wi-Fi mesh and a private LTE network.",
    ),
    (
        "mining",
        "experiences[0].bullets[2]",
        "version",
        "middle",
        "with the mine's SCADA",
        "with the mine's Wonderware 2023 SCADA",
    ),
    (
        "mining",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "with the training centre.",
        "with the training centre, a programme that won the MineSAFE industry award.",
    ),
    (
        "mining",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Wrote the mine's code of practice for TMM and had it accepted by the DMRE inspector.",
    ),
    (
        "mining",
        "experiences[1].description",
        "degree",
        "start",
        "Gas detection,",
        "After an MEng at Wits: gas detection,",
    ),
    (
        "mining",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "by about a third.",
        "by about a third and lost production hours by 12%.",
    ),
    (
        "mining",
        "experiences[1].bullets[1]",
        "duration",
        "end",
        "in 18 refuge bays.",
        "in 18 refuge bays within six weeks.",
    ),
    # japan
    ("japan", "overview", "years", "start", "with a decade of experience", "with twelve years of experience"),
    (
        "japan",
        "overview",
        "customer",
        "middle",
        "fashion and lifestyle brands onto",
        "fashion and lifestyle brands such as H&M and Gap onto",
    ),
    (
        "japan",
        "overview",
        "recognition",
        "end",
        "Bilingual in Japanese and English.",
        "Bilingual in Japanese and English; Rakuten Shop of the Year 2023.",
    ),
    (
        "japan",
        "experiences[0].description",
        "tool",
        "end",
        "of a Scandinavian interior brand.",
        "of a Scandinavian interior brand, wired to Salesforce Marketing Cloud.",
    ),
    ("japan", "experiences[0].bullets[0]", "team size", "middle", "with three translators", "with five translators"),
    ("japan", "experiences[0].bullets[1]", "number", "end", "22% of orders.", "27% of orders."),
    ("japan", "experiences[0].bullets[2]", "date", "middle", "shop in 2022", "shop in 2021"),
    ("japan", "experiences[1].bullets[0]", "number", "start", "Ran four brand launches", "Ran six brand launches"),
    (
        "japan",
        "experiences[1].description",
        "certified",
        "end",
        "their own web stores.",
        "their own web stores, as an Amazon Ads certified partner.",
    ),
    (
        "japan",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Negotiated featured placement for two brands on ZOZOTOWN.",
    ),
    (
        "japan",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Adapted size charts, noshi gift wrapping and delivery time slots to Japanese customers.",
    ),
    ("japan", "experiences[0].bullets[1]", "version", "middle", "through KOMOJU", "through KOMOJU API v2"),
    # abt
    ("abt", "overview", "years", "start", "with 15 years", "with 18 years"),
    ("abt", "overview", "years", "middle", "five of them in", "seven of them in"),
    (
        "abt",
        "overview",
        "certification",
        "end",
        "back-office integration and PCI DSS.",
        "back-office integration and PCI DSS, holding the PCI Professional (PCIP) credential.",
    ),
    ("abt", "experiences[0].description", "number", "middle", "$1.2 billion", "$1.8 billion"),
    (
        "abt",
        "experiences[0].description",
        "customer",
        "start",
        "Designed the ABT back office",
        "For Translink, designed the ABT back office",
    ),
    (
        "abt",
        "experiences[0].description",
        "recognition",
        "end",
        "ferry and light rail.",
        "ferry and light rail, a program recognised with a 2024 ITS Australia award.",
    ),
    ("abt", "experiences[0].bullets[0]", "number", "middle", "14 fare zones", "16 fare zones"),
    (
        "abt",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "bus and tram validators.",
        "bus and tram validators, with Apple Pay and Google Pay.",
    ),
    (
        "abt",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "to 9 through tokenization.",
        "to 9 through tokenization, saving $2m a year in audit costs.",
    ),
    (
        "abt",
        "experiences[0].bullets[3]",
        "team size",
        "start",
        "Led architecture reviews across",
        "Led a four-person architecture team reviewing",
    ),
    ("abt", "experiences[1].bullets[1]", "date", "end", "onto a new CRM.", "onto a new CRM in June 2018."),
    (
        "abt",
        "experiences[1].description",
        "duration",
        "start",
        "Integrated the back office",
        "For seven years, integrated the back office",
    ),
    (
        "abt",
        "experiences[2].bullets[0]",
        "version",
        "start",
        "Built device management services",
        "Built C++17 device management services",
    ),
    (
        "abt",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed the fare rules for the Sydney Metro opening.",
    ),
    # canada
    ("canada", "overview", "years", "start", "with a decade of experience", "with fourteen years of experience"),
    ("canada", "overview", "team size", "end", "teams of up to twelve.", "teams of up to twenty."),
    (
        "canada",
        "overview",
        "customer",
        "middle",
        "federal and provincial governments.",
        "federal and provincial governments, including the CRA and Service Canada.",
    ),
    (
        "canada",
        "experiences[0].description",
        "number",
        "middle",
        "roughly 300,000 Canadians",
        "roughly 350,000 Canadians",
    ),
    (
        "canada",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "45 minutes to 18.",
        "45 minutes to 18, and call-centre volume by 25%.",
    ),
    ("canada", "experiences[0].bullets[3]", "version", "middle", "WCAG 2.1 AA", "WCAG 2.2 AA"),
    (
        "canada",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "screen-reader users among them.",
        "screen-reader users among them, all recorded in Dovetail.",
    ),
    (
        "canada",
        "experiences[0].bullets[0]",
        "recognition",
        "end",
        "both English and French.",
        "both English and French, recognised with a Public Service Award of Excellence.",
    ),
    (
        "canada",
        "experiences[1].description",
        "date",
        "start",
        "Built digital services",
        "From 2014, built digital services",
    ),
    (
        "canada",
        "experiences[1].description",
        "degree",
        "end",
        "officially bilingual province.",
        "officially bilingual province while completing an MBA at the Université de Moncton.",
    ),
    (
        "canada",
        "experiences[1].bullets[0]",
        "certified",
        "start",
        "Product owner for three services",
        "Certified SAFe Product Owner for three services",
    ),
    (
        "canada",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Moved two legacy services to the cloud, saving $400,000 a year.",
    ),
    # mes
    ("mes", "overview", "years", "start", "with 12 years", "with 15 years"),
    (
        "mes",
        "overview",
        "certification",
        "middle",
        "Expert in traceability",
        "Six Sigma Black Belt and expert in traceability",
    ),
    (
        "mes",
        "overview",
        "degree",
        "end",
        "Native Spanish, advanced English.",
        "Native Spanish, advanced English, MBA from Tec de Monterrey.",
    ),
    (
        "mes",
        "experiences[0].description",
        "customer",
        "end",
        "supplying OEMs in the US.",
        "supplying General Motors and Ford in the US.",
    ),
    (
        "mes",
        "experiences[0].description",
        "number",
        "middle",
        "in two wire-harness plants",
        "in three wire-harness plants",
    ),
    ("mes", "experiences[0].bullets[0]", "team size", "start", "Leading six engineers", "Leading ten engineers"),
    (
        "mes",
        "experiences[0].bullets[3]",
        "tool",
        "end",
        "and to Rockwell PLCs.",
        "and to Rockwell and Siemens S7 PLCs.",
    ),
    (
        "mes",
        "experiences[0].bullets[1]",
        "recognition",
        "end",
        "to comply with IATF 16949.",
        "to comply with IATF 16949, later cited as best practice in the group's quality awards.",
    ),
    ("mes", "experiences[0].bullets[+]", "moved bullet", "end", None, "Cut SMT scrap by 15% using SPC alarms."),
    ("mes", "experiences[1].bullets[0]", "version", "end", "reflow oven data.", "reflow oven data on .NET 6."),
    (
        "mes",
        "experiences[1].description",
        "duration",
        "end",
        "running the SMT lines.",
        "running the SMT lines for eight years.",
    ),
    (
        "mes",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "across three shifts.",
        "across three shifts, lifting first-pass yield to 98%.",
    ),
    # heating
    ("heating", "overview", "years", "start", "with sixteen years", "with nineteen years"),
    (
        "heating",
        "overview",
        "certified",
        "end",
        "security and load forecasting.",
        "security and load forecasting, certified as an ISA/IEC 62443 Expert.",
    ),
    (
        "heating",
        "overview",
        "tool",
        "middle",
        "Designs and commissions SCADA and control systems",
        "Designs and commissions SCADA, Siemens Desigo and control systems",
    ),
    ("heating", "experiences[0].description", "number", "middle", "850 km of pipe", "950 km of pipe"),
    (
        "heating",
        "experiences[0].description",
        "customer",
        "end",
        "four production plants.",
        "four production plants at Mälarenergi.",
    ),
    ("heating", "experiences[0].bullets[0]", "version", "middle", "to ABB 800xA with", "to ABB 800xA 6.2 with"),
    ("heating", "experiences[0].bullets[2]", "number", "end", "by 12%.", "by 21%."),
    (
        "heating",
        "experiences[0].bullets[3]",
        "duration",
        "end",
        "LoRaWAN remote readout.",
        "LoRaWAN remote readout in under four months.",
    ),
    (
        "heating",
        "experiences[0].bullets[1]",
        "recognition",
        "start",
        "Segmented the network",
        "In an award-winning project, segmented the network",
    ),
    (
        "heating",
        "experiences[0].bullets[2]",
        "degree",
        "start",
        "Developed a Python heat-load forecast",
        "Drawing on his PhD in energy systems, developed a Python heat-load forecast",
    ),
    (
        "heating",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "cut alarms per hour in half.",
        "cut alarms per hour in half and operator response time by 35%.",
    ),
    (
        "heating",
        "experiences[1].description",
        "date",
        "start",
        "Built control systems",
        "Since 2008, built control systems",
    ),
    (
        "heating",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led five PLC programmers on the retrofit of the Aarhus CHP plant.",
    ),
    # fmd
    ("fmd", "overview", "years", "start", "with a decade in", "with fifteen years in"),
    (
        "fmd",
        "overview",
        "customer",
        "middle",
        "DSCSA work for exports to the US",
        "DSCSA work for Pfizer's exports to the US",
    ),
    (
        "fmd",
        "overview",
        "certification",
        "end",
        "GAMP 5 validation and GS1 standards.",
        "GAMP 5 validation and GS1 standards, backed by the ISPE CPIP certification.",
    ),
    ("fmd", "experiences[0].description", "number", "middle", "for nine packaging lines", "for eleven packaging lines"),
    ("fmd", "experiences[0].bullets[0]", "team size", "end", "a five-person core team.", "an eight-person core team."),
    (
        "fmd",
        "experiences[0].bullets[1]",
        "tool",
        "middle",
        "(Systech and TraceLink)",
        "(Systech, TraceLink and Antares Vision)",
    ),
    (
        "fmd",
        "experiences[0].bullets[1]",
        "version",
        "end",
        "according to GAMP 5.",
        "according to GAMP 5 Second Edition.",
    ),
    (
        "fmd",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "by 70%.",
        "by 70%, saving 300 hours of investigation per quarter.",
    ),
    (
        "fmd",
        "experiences[1].description",
        "date",
        "start",
        "Computer system validation of",
        "From January 2015, computer system validation of",
    ),
    (
        "fmd",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "no serialisation findings.",
        "no serialisation findings, earning a site quality award.",
    ),
    (
        "fmd",
        "experiences[1].bullets[0]",
        "certified",
        "start",
        "Authored and executed",
        "As a certified validation professional, authored and executed",
    ),
    (
        "fmd",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Trained 60 packaging operators on the serialisation SOPs.",
    ),
    # port
    ("port", "overview", "years", "start", "with 14 years", "with 17 years"),
    ("port", "overview", "degree", "start", "IT architect with", "IT architect and NUS master's graduate with"),
    (
        "port",
        "overview",
        "customer",
        "end",
        "API-based trade platforms.",
        "API-based trade platforms, including for PSA and Maersk.",
    ),
    ("port", "experiences[0].description", "number", "middle", "more than 2,000", "more than 3,000"),
    (
        "port",
        "experiences[0].description",
        "certified",
        "start",
        "Architect of a",
        "AWS-certified architect of a",
    ),
    (
        "port",
        "experiences[0].bullets[0]",
        "tool",
        "middle",
        "event-driven integration layer that",
        "event-driven integration layer on RabbitMQ that",
    ),
    ("port", "experiences[0].bullets[1]", "version", "end", "to REST APIs.", "to REST APIs (OpenAPI 3.1)."),
    (
        "port",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "eleven architects and engineers.",
        "fifteen architects and engineers.",
    ),
    (
        "port",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "with the terminal operator.",
        "with the terminal operator, cited by the MPA as a model for the industry.",
    ),
    (
        "port",
        "experiences[1].description",
        "duration",
        "end",
        "across Singapore and ASEAN.",
        "across Singapore and ASEAN over ten years.",
    ),
    ("port", "experiences[1].bullets[2]", "customer", "end", "for a major forwarder.", "for DHL Global Forwarding."),
    (
        "port",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Established just-in-time vessel arrival data exchange with the terminal operator.",
    ),
    (
        "port",
        "experiences[1].bullets[1]",
        "date",
        "end",
        "ASEAN Single Window pilot.",
        "ASEAN Single Window pilot in 2016.",
    ),
]

_AMBIGUOUS = [
    (
        "avaloq",
        "experiences[0].description",
        "about 1.25 million booked positions",
        "well over a million booked positions",
        "a rounder figure that the CV's 1'250'000 implies but does not state",
    ),
    (
        "waterboard",
        "experiences[0].bullets[0]",
        "in line with NEN-ISO 55001",
        "in line with ISO 55000",
        "the posting's ISO 55000 is the family the CV's NEN-ISO 55001 belongs to, but the CV names only 55001",
    ),
    (
        "isu",
        "experiences[0].bullets[0]",
        "Lead of the billing workstream, with 7 consultants",
        "Led a team of 7 consultants in the billing workstream,",
        "the CV says she led the workstream with 7 consultants; whether she managed them is a reading",
    ),
    (
        "gameqa",
        "experiences[0].bullets[0]",
        "across three SKUs.",
        "across three SKUs (PlayStation 5, Xbox Series X|S and Switch).",
        "the environment lists the three devkits, but the CV never maps the three SKUs onto them",
    ),
    (
        "mining",
        "experiences[1].bullets[2]",
        "by about a third.",
        "by about 33%.",
        "'roughly a third' made precise: the same amount, but a figure the CV never writes",
    ),
    (
        "japan",
        "experiences[0].description",
        "a Scandinavian interior brand",
        "a Danish interior brand",
        "the posting says Danish and the CV only Scandinavian: the posting's word narrows the CV's claim",
    ),
    (
        "abt",
        "experiences[1].bullets[1]",
        "onto a new CRM.",
        "onto a new Salesforce CRM.",
        "Salesforce is in this experience's environment, but the CV does not say the new CRM was Salesforce",
    ),
    (
        "canada",
        "experiences[1].description",
        "Canada's only officially bilingual province",
        "New Brunswick, Canada's only officially bilingual province",
        "New Brunswick is the only officially bilingual province, so the name follows, but the CV never writes it",
    ),
    (
        "mes",
        "experiences[0].bullets[2]",
        "Raised pilot line OEE from 61% to 74%.",
        "Raised pilot line OEE by 13 points, from 61% to 74%.",
        "a difference computed from two figures the CV states, not a figure the CV writes",
    ),
    (
        "heating",
        "experiences[0].bullets[1]",
        "Segmented the network",
        "Segmented the OT network",
        "OT is how a SCADA network is usually called, but the CV says only 'network'",
    ),
    (
        "fmd",
        "experiences[0].description",
        "Serialisation programme for",
        "Line-to-EMVS serialisation programme for",
        "the posting's phrase; the overview says line-level serialisation to EMVS reporting, not of this programme",
    ),
    (
        "port",
        "overview",
        "and government agencies,",
        "and government agencies such as Singapore Customs,",
        "TradeNet is Singapore Customs' declaration system, but the CV never names the agency",
    ),
]

GUARD_FLOOR = {"caught": 150, "touched": 1}

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _FABRICATED)
AMBIGUOUS = build(CVS, _AMBIGUOUS, with_reason=True)
