"""Blind set L for the free-text claims guard (issue 20): twelve CVs of consultants from India, Germany,
France, Brazil and the UK in SAP SuccessFactors and Workday HR, organisational change management, service
design, Microsoft 365 tenant migrations, telecom field-service operations, retail point-of-sale roll-outs,
hotel property-management systems (Oracle OPERA), e-learning platforms (Moodle, Articulate), fundraising CRM
for non-profits (Raiser's Edge), facilities management CAFM, public-health data programmes and translation
and localisation vendor management, each with a job posting or customer brief, one honest tailoring in a
style of its own, single claims injected into that tailoring and edits the author was unsure of; written
blind, without reading the guard, its documentation, its benchmarks or any other set."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}


def _case(key, source, prompt, overview, experiences):
    CVS[key] = {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


# 1. SAP SuccessFactors and Workday HR, India; tailored in Indian English, close paraphrase.
_case(
    "hris_priya",
    cv(
        "Senior HRIS Consultant – SAP SuccessFactors & Workday",
        "Priya Raghunathan",
        "HRIS consultant with 11 years of experience in SAP SuccessFactors Employee Central, Recruiting and Workday "
        "HCM. Delivered go-lives for manufacturing and IT-services customers across India and the Middle East, with "
        "up to 2 lakh employees on one tenant. Comfortable leading offshore configuration teams and running payroll "
        "parallel runs.",
        [
            (
                "04/2021 – present | Workday HCM Lead | Tata Consultancy Services Ltd.",
                "Workday HCM and Absence implementation for a Gulf-based logistics group with 38,000 employees in 9 "
                "countries.",
                [
                    "Led a team of 7 Workday configurators across Pune and Dubai through two release waves.",
                    "Designed the supervisory organisation structure and 14 business processes, including hire, "
                    "transfer and termination.",
                    "Migrated 6 years of job history from Oracle EBS using EIB templates, with reconciliation below "
                    "0.5% variance.",
                    "Ran 3 payroll parallel runs with the customer's payroll vendor before go-live in February 2023.",
                ],
                ["Workday HCM", "Workday Absence", "EIB", "Workday Studio", "Oracle EBS", "Jira"],
            ),
            (
                "07/2016 – 03/2021 | SAP SuccessFactors Consultant | Infosys Limited",
                "SuccessFactors Employee Central and Recruiting roll-out for an Indian two-wheeler manufacturer with "
                "2 lakh employees and contract workers.",
                [
                    "Configured Employee Central foundation objects, position management and MDF picklists for 23 "
                    "plants.",
                    "Built integrations to SAP ECC payroll with Dell Boomi and the standard EC Payroll point-to-point "
                    "replication.",
                    "Set up SuccessFactors Recruiting with career site builder in English and Hindi, processing about "
                    "40,000 applications a year.",
                    "Trained 120 HR business partners in a train-the-trainer model.",
                ],
                ["SAP SuccessFactors Employee Central", "SAP SuccessFactors Recruiting", "Dell Boomi", "SAP ECC 6.0"],
            ),
            (
                "06/2013 – 06/2016 | HR Systems Analyst | Wipro Ltd.",
                "Internal HR systems support for Wipro's India operations.",
                [
                    "Maintained SAP HCM organisational management and time management for 1.5 lakh associates.",
                    "Wrote ABAP reports for monthly attrition and headcount.",
                    "Handled 2nd-level tickets in ServiceNow within a 48-hour SLA.",
                ],
                ["SAP HCM", "ABAP", "ServiceNow"],
            ),
        ],
        skills=["HRIS implementation", "Business process design", "Data migration", "Payroll parallel testing"],
        languages=["ABAP"],
        tools=["Workday", "SAP SuccessFactors", "Dell Boomi", "ServiceNow", "Jira"],
        certifications=[
            "Workday Certified HCM Consultant (Pro)",
            "SAP Certified Application Associate – SuccessFactors Employee Central (1H/2020)",
        ],
        industries=["Logistics", "Automotive", "IT services"],
        spoken_languages=["English", "Tamil", "Hindi"],
        academic_background=[
            "B.Tech, Information Technology, Anna University, 2013",
            "MBA (HR), Symbiosis Institute of Business Management, 2019 (part-time)",
        ],
    ),
    "Job posting: Workday HCM Solution Architect (m/f/d) for a retail group's HR transformation. Must have: Workday "
    "HCM core, business process configuration, data migration (EIB), leading offshore teams. Nice to have: "
    "SuccessFactors migration experience, payroll integration.",
    "Senior HRIS consultant bringing 11 years across Workday HCM and SAP SuccessFactors (Employee Central, "
    "Recruiting). Has taken manufacturing and IT-services customers in India and the Middle East live, including a "
    "single tenant serving 2,00,000 employees, and is used to leading offshore configuration teams and running "
    "payroll parallel runs.",
    [
        (
            "Workday HCM and Absence implementation for a logistics group headquartered in the Gulf — 38,000 "
            "employees across nine countries.",
            [
                "Led seven Workday configurators in Pune and Dubai across two release waves.",
                "Designed the supervisory organisation structure and 14 business processes (hire, transfer, "
                "termination among them).",
                "Migrated six years of job history out of Oracle EBS via EIB templates; reconciliation variance "
                "stayed under 0.5%.",
                "Completed three payroll parallel runs with the customer's payroll vendor ahead of the February 2023 "
                "go-live.",
            ],
        ),
        (
            "Rolled out SuccessFactors Employee Central and Recruiting at an Indian two-wheeler maker covering 2 lakh "
            "employees and contract workers.",
            [
                "Configured EC foundation objects, position management and MDF picklists for 23 plants.",
                "Integrated with SAP ECC payroll via Dell Boomi and standard EC Payroll point-to-point replication.",
                "Implemented SuccessFactors Recruiting with a bilingual (English/Hindi) career site builder, handling "
                "roughly 40,000 applications annually.",
                "Trained 120 HR business partners using a train-the-trainer approach.",
            ],
        ),
        (
            "Supported Wipro's internal HR systems for its India operations.",
            [
                "Maintained SAP HCM organisational and time management for 1.5 lakh associates.",
                "Developed ABAP reports on monthly attrition and headcount; resolved second-level ServiceNow tickets "
                "within the 48-hour SLA.",
            ],
        ),
    ],
)

# 2. Organisational change management, Germany; tailored aggressively, German figures converted.
_case(
    "change_katrin",
    cv(
        "Senior Change Management Consultant",
        "Katrin Bauer",
        "Organisational change management consultant with 15 years in large German corporates and the public "
        "sector. Specialised in ERP and restructuring programmes with works-council involvement (Betriebsrat), "
        "stakeholder analysis, communication and training concepts. Works in German and English.",
        [
            (
                "10/2019 – heute | Senior Manager Change Management | Kienbaum Consultants International GmbH, Köln",
                "Change management for the SAP S/4HANA roll-out at a mid-sized machine builder (4.200 employees, 6 "
                "sites in Germany and Czechia).",
                [
                    "Set up the change network with 45 change agents across all sites.",
                    "Negotiated the IT framework agreement (Rahmenbetriebsvereinbarung) with the general works council "
                    "in 5 months.",
                    "Ran 3 pulse surveys; readiness rose from 41 % to 68 % before go-live.",
                    "Managed a change budget of €1,2 Mio.",
                ],
                ["Prosci ADKAR", "MS Teams", "Microsoft Forms", "Mural", "SAP Enable Now"],
            ),
            (
                "01/2014 – 09/2019 | Change Manager | DB Systel GmbH, Frankfurt am Main",
                "Internal change lead for the agile transformation of Deutsche Bahn's IT subsidiary (approx. 5.000 "
                "employees).",
                [
                    "Designed the communication plan and 30 town-hall formats for the move to self-organised teams.",
                    "Coached 18 team leads in their new role as 'Teamlotsen'.",
                    "Measured adoption with a quarterly employee survey in Questback.",
                ],
                ["Questback", "Confluence", "Jira", "SharePoint 2013"],
            ),
            (
                "09/2008 – 12/2013 | Consultant | Capgemini Consulting (Capgemini Deutschland GmbH), Berlin",
                "Change and training workstreams in public-sector reorganisations.",
                [
                    "Built the training concept for the merger of the IT units of two federal state tax authorities, "
                    "1.100 staff.",
                    "Wrote stakeholder maps and change impact analyses for 4 ministries.",
                    "Organised 60 classroom trainings with 9 trainers.",
                ],
                ["MS Project", "SharePoint 2010"],
            ),
        ],
        skills=["Change management", "Stakeholder management", "Works council negotiations", "Training concepts"],
        tools=["Mural", "Questback", "SAP Enable Now", "MS Project"],
        certifications=["Prosci Certified Change Practitioner (2017)", "Systemic Coach (DBVC)"],
        industries=["Mechanical engineering", "Transport", "Public sector"],
        spoken_languages=["German (native)", "English (C1)", "Czech (A2)"],
        academic_background=["Dipl.-Kffr., Betriebswirtschaftslehre, Universität Mannheim, 2008"],
    ),
    "Customer brief: a German energy utility (8,000 employees) is moving to SAP S/4HANA and needs an external change "
    "lead who can work with the works council, build a change-agent network and measure readiness. German and "
    "English required.",
    "Change lead with 15 years of experience in German corporates and public administration, focused on ERP and "
    "restructuring programmes where the works council is involved. Strong in stakeholder analysis, communication "
    "and training concepts; fluent in German and English.",
    [
        (
            "Led change management for a mid-sized machine builder's SAP S/4HANA roll-out — 4,200 staff at six sites "
            "in Germany and the Czech Republic.",
            [
                "Built a change-agent network of 45 people spanning every site.",
                "Agreed the IT framework agreement with the general works council within five months.",
                "Readiness climbed from 41% to 68% before go-live, tracked through three pulse surveys.",
                "Responsible for a change budget of EUR 1.2 million.",
            ],
        ),
        (
            "As internal change lead, accompanied the agile transformation of DB Systel, Deutsche Bahn's IT "
            "subsidiary with roughly 5,000 staff.",
            [
                "Created the communication plan and 30 town-hall formats supporting the shift to self-organised teams.",
                "Coached 18 team leads into their new 'Teamlotsen' role.",
                "Tracked adoption through a quarterly Questback employee survey.",
            ],
        ),
        (
            "Change and training workstreams for public-sector reorganisations at Capgemini Consulting.",
            [
                "Developed the training concept for merging the IT units of two state tax authorities (1,100 "
                "employees).",
                "Produced stakeholder maps and change impact analyses for four ministries.",
                "Delivered 60 classroom trainings with a pool of nine trainers.",
            ],
        ),
    ],
)

# 3. Service design, UK; tailored in British English to a government posting, bullets merged.
_case(
    "service_hannah",
    cv(
        "Lead Service Designer",
        "Hannah Okafor",
        "Lead service designer with 10 years' experience designing public services in the UK, from discovery to "
        "live. Has led multidisciplinary teams through GDS service assessments and works closely with policy, "
        "operations and digital colleagues. Strong on research with users with access needs.",
        [
            (
                "March 2021 – present | Lead Service Designer | Made Tech Ltd (client: Department for Work and "
                "Pensions)",
                "Discovery and alpha for a new way for citizens to report a change of circumstances across 3 benefits.",
                [
                    "Led a multidisciplinary team of 9 (user researchers, interaction and content designers, "
                    "developers) through discovery and alpha.",
                    "Mapped the end-to-end journey across 14 touchpoints, including phone and paper.",
                    "Ran 62 research sessions, 20 of them with people using assistive technology.",
                    "Passed the GDS alpha assessment in November 2022 with all 14 standard points met.",
                ],
                ["Miro", "Figma", "GOV.UK Prototype Kit", "Dovetail", "Jira"],
            ),
            (
                "June 2017 – February 2021 | Senior Service Designer | Snook Ltd, Glasgow",
                "Service design for Scottish local authorities and the NHS.",
                [
                    "Redesigned the council tax reduction application for a Scottish council, cutting average "
                    "completion time from 40 to 15 minutes.",
                    "Co-designed an outpatient booking service with 2 NHS boards and their patient panels.",
                    "Facilitated 25 co-design workshops with frontline staff.",
                    "Wrote service blueprints handed over to in-house teams.",
                ],
                ["Miro", "Sketch", "Axure RP 9", "Optimal Workshop"],
            ),
        ],
        skills=["Service design", "User research", "Service blueprinting", "Journey mapping", "Co-design"],
        tools=["Miro", "Figma", "Axure RP 9", "Dovetail", "GOV.UK Prototype Kit"],
        certifications=["Nielsen Norman Group UX Certification (2019)"],
        industries=["Central government", "Local government", "Healthcare"],
        spoken_languages=["English", "Yoruba"],
        academic_background=[
            "MA Service Design, Royal College of Art, 2014",
            "BA (Hons) Graphic Design, University of Leeds, 2011",
        ],
    ),
    "Job posting: Head of Service Design, HM Revenue & Customs (contract, 12 months). Lead service designers across "
    "a portfolio; GDS assessments; accessibility and assisted digital; stakeholder management at senior civil "
    "service level.",
    "Service design lead with a decade's experience of UK public services from discovery through to live. Has taken "
    "multidisciplinary teams through GDS service assessments, collaborating closely with policy, operations and "
    "digital colleagues, and brings real strength in research with users who have access needs.",
    [
        (
            "For DWP: discovery and alpha of a new route for citizens to report a change of circumstances covering "
            "three benefits.",
            [
                "Led a nine-person multidisciplinary team — user research, interaction and content design, "
                "development — through discovery and alpha.",
                "Mapped the end-to-end journey over 14 touchpoints, phone and paper included.",
                "Ran 62 research sessions, including 20 with assistive technology users.",
                "Met all 14 points of the Service Standard at the GDS alpha assessment (November 2022).",
            ],
        ),
        (
            "Designed services for Scottish local authorities and the NHS at Snook.",
            [
                "Redesigned a Scottish council's council tax reduction application: average completion time fell "
                "from 40 to 15 minutes.",
                "Co-designed an outpatient booking service together with two NHS boards and their patient panels.",
                "Facilitated 25 co-design workshops with frontline staff and wrote the service blueprints handed "
                "over to in-house teams.",
            ],
        ),
    ],
)

# 4. Microsoft 365 tenant migrations, India; condensed, lakh figures converted both ways.
_case(
    "m365_arjun",
    cv(
        "Microsoft 365 Migration Architect",
        "Arjun Mehta",
        "Microsoft 365 architect with 13 years in messaging and collaboration, of which 7 in tenant-to-tenant "
        "migrations after mergers and divestitures. Has moved more than 3 lakh mailboxes and 900 TB of OneDrive and "
        "SharePoint content for customers in banking, pharma and manufacturing.",
        [
            (
                "Jan 2020 – present | M365 Migration Architect | HCL Technologies Ltd, Noida",
                "Tenant-to-tenant migration after the carve-out of a European pharma company's consumer health "
                "division (62,000 users, 41 countries).",
                [
                    "Designed the cross-tenant identity mapping with Azure AD Connect and a custom PowerShell matching "
                    "on employee ID.",
                    "Migrated 62,000 mailboxes and 410 TB of OneDrive/SharePoint data with Quest On Demand Migration "
                    "in 11 waves.",
                    "Kept Teams coexistence for 5 months with a shared domain split.",
                    "Managed an offshore team of 16 engineers in Noida and Chennai.",
                ],
                [
                    "Exchange Online",
                    "SharePoint Online",
                    "Microsoft Teams",
                    "Azure AD Connect",
                    "Quest On Demand Migration",
                    "PowerShell 7",
                ],
            ),
            (
                "Aug 2014 – Dec 2019 | Senior Messaging Consultant | Mphasis Limited, Bengaluru",
                "Exchange on-premises to Office 365 migrations for Indian private-sector banks.",
                [
                    "Moved 1.2 lakh mailboxes from Exchange 2010 to Exchange Online using hybrid configuration.",
                    "Implemented Azure AD Premium conditional access for 3 banks under RBI audit requirements.",
                    "Cut the migration cost per mailbox by 35% through scripted pre-staging.",
                ],
                ["Exchange 2010", "Exchange Online", "Azure AD Premium", "PowerShell"],
            ),
            (
                "Jul 2010 – Jul 2014 | Systems Engineer | Tech Mahindra Ltd, Pune",
                "Exchange and Lotus Notes administration for a telecom customer.",
                [
                    "Administered 4 Exchange 2007 DAG clusters for 25,000 users.",
                    "Migrated 8,000 Lotus Notes users to Exchange with Quest Notes Migrator.",
                ],
                ["Exchange 2007", "Lotus Notes 8.5", "Quest Notes Migrator"],
            ),
        ],
        skills=["Tenant-to-tenant migration", "Identity and access design", "Exchange hybrid", "Wave planning"],
        languages=["PowerShell"],
        tools=["Quest On Demand Migration", "BitTitan MigrationWiz", "ShareGate", "PowerShell"],
        certifications=[
            "Microsoft 365 Certified: Enterprise Administrator Expert",
            "Microsoft Certified: Azure Administrator Associate (AZ-104)",
        ],
        industries=["Banking", "Pharma", "Manufacturing", "Telecom"],
        spoken_languages=["English", "Hindi", "Gujarati"],
        academic_background=["B.E. Computer Science, Visvesvaraya Technological University, 2010"],
    ),
    "Job posting (Bengaluru / hybrid): Lead Architect – Microsoft 365 Tenant-to-Tenant Migration for M&A "
    "programmes. 10+ years Exchange/M365; Quest or BitTitan tooling; identity (Microsoft Entra ID); lead an offshore "
    "migration factory.",
    "Microsoft 365 architect with 13 years in messaging and collaboration, seven of them spent on tenant-to-tenant "
    "migrations following mergers and divestitures. Has migrated over 300,000 mailboxes and 900 TB of OneDrive and "
    "SharePoint content for banking, pharma and manufacturing clients.",
    [
        (
            "Carve-out of a European pharma company's consumer health division: tenant-to-tenant migration of 62,000 "
            "users in 41 countries.",
            [
                "Designed cross-tenant identity mapping using Azure AD Connect plus custom PowerShell matching on "
                "employee ID.",
                "Migrated 62k mailboxes and 410 TB of OneDrive/SharePoint data in 11 waves with Quest On Demand "
                "Migration.",
                "Maintained Teams coexistence for five months using a shared domain split.",
                "Managed a 16-engineer offshore team across Noida and Chennai.",
            ],
        ),
        (
            "Migrated Indian private-sector banks from on-premises Exchange to Office 365.",
            [
                "Moved 1,20,000 mailboxes from Exchange 2010 into Exchange Online through a hybrid configuration.",
                "Rolled out Azure AD Premium conditional access at three banks to meet RBI audit requirements.",
                "Scripted pre-staging reduced migration cost per mailbox by 35%.",
            ],
        ),
        (
            "Administered Exchange and Lotus Notes for a telecom client.",
            [
                "Ran four Exchange 2007 DAG clusters serving 25,000 users.",
                "Moved 8,000 Lotus Notes users onto Exchange with Quest Notes Migrator.",
            ],
        ),
    ],
)

# 5. Telecom field-service operations, Brazil; Brazilian notation converted, posting vocabulary.
_case(
    "fieldops_rafael",
    cv(
        "Field Service Operations Manager – Telecom",
        "Rafael Nogueira Santos",
        "Telecom operations manager with 16 years in field service for fixed broadband (FTTH) and mobile networks in "
        "Brazil. Runs large technician workforces with outsourced partners, work-order dispatch in ServiceNow FSM "
        "and ClickSoftware, and SLA-based contracts with Anatel quality targets.",
        [
            (
                "2019 – atual | Field Operations Manager, São Paulo region | Telefônica Brasil S.A. (Vivo)",
                "Responsible for FTTH installation and repair in the São Paulo metropolitan region with 1.800 "
                "technicians from 6 partner companies.",
                [
                    "Reduced repeat visits within 30 days from 14% to 8,5%.",
                    "Migrated dispatch from ClickSoftware to ServiceNow Field Service Management in 2021.",
                    "Introduced a skills matrix and certification path for the 1.800 technicians.",
                    "Renegotiated partner contracts with SLA penalties, saving R$ 4,5 milhões per year.",
                ],
                ["ServiceNow FSM", "ClickSoftware", "Power BI", "SAP PM"],
            ),
            (
                "2012 – 2018 | Service Delivery Manager | Ericsson Telecomunicações S.A.",
                "Managed services contract for a mobile operator's radio access network in the Northeast region.",
                [
                    "Led 220 field engineers across 5 states for 2G/3G/4G site maintenance.",
                    "Kept network availability at 99,7% against a 99,5% contract target.",
                    "Implemented predictive maintenance for the battery banks of 3.400 sites.",
                ],
                ["Ericsson Network Manager", "BMC Remedy", "Excel VBA"],
            ),
            (
                "2007 – 2011 | Network Engineer | Accenture do Brasil Ltda., Belo Horizonte",
                "Network roll-out projects for telecom clients in Minas Gerais.",
                [
                    "Planned 2G/3G site acquisitions and civil works for 180 sites.",
                    "Coordinated acceptance tests with the operator's engineers.",
                ],
                ["MS Project", "Excel"],
            ),
        ],
        skills=["Field service management", "Workforce management", "Partner and SLA management", "FTTH operations"],
        tools=["ServiceNow FSM", "ClickSoftware", "Power BI", "SAP PM"],
        certifications=["ITIL 4 Foundation", "PMP (PMI), 2014"],
        industries=["Telecommunications"],
        spoken_languages=["Portuguese (native)", "English (fluent)", "Spanish (intermediate)"],
        academic_background=[
            "Bacharelado em Engenharia Elétrica, UFMG, 2007",
            "MBA em Gestão de Projetos, FGV, 2012",
        ],
    ),
    "Job posting: Head of Field Operations, fibre network operator (São Paulo). Manage in-house and partner "
    "technicians, field service tooling (ServiceNow preferred), first-time-fix and repeat-visit KPIs, partner "
    "contracts. English for reporting to the group.",
    "Operations manager with 16 years running telecom field service — fixed broadband (FTTH) and mobile networks — "
    "in Brazil. Leads large technician workforces together with outsourced partners, manages work-order dispatch in "
    "ServiceNow FSM and ClickSoftware, and runs SLA-based contracts aligned with Anatel quality targets.",
    [
        (
            "Heads FTTH installation and repair across greater São Paulo, with 1,800 technicians from six partner "
            "companies.",
            [
                "Brought repeat visits within 30 days down from 14% to 8.5%.",
                "Moved dispatch from ClickSoftware to ServiceNow Field Service Management (2021).",
                "Introduced a skills matrix and certification path for all 1,800 technicians.",
                "Renegotiated partner contracts with SLA penalties: R$ 4.5 million saved annually.",
            ],
        ),
        (
            "Ran the managed-services contract for a mobile operator's radio access network in Brazil's Northeast.",
            [
                "Led 220 field engineers in five states maintaining 2G, 3G and 4G sites.",
                "Held network availability at 99.7% against a contractual 99.5%.",
                "Implemented predictive maintenance of battery banks at 3,400 sites.",
            ],
        ),
        (
            "Telecom network roll-out projects in Minas Gerais for Accenture clients.",
            [
                "Planned site acquisition and civil works for 180 2G/3G sites and coordinated acceptance testing "
                "with the operator's engineers.",
            ],
        ),
    ],
)

# 6. Retail point-of-sale roll-outs, UK; posting vocabulary, short bullets.
_case(
    "pos_gareth",
    cv(
        "POS Programme Manager",
        "Gareth Llewellyn",
        "Retail technology programme manager with 18 years delivering point-of-sale, payment and store-systems "
        "roll-outs for UK high-street and grocery retailers. Known for running store roll-outs at pace — up to 60 "
        "stores a week — without trading disruption, and for close work with store operations and payment "
        "providers.",
        [
            (
                "Sep 2020 – Present | POS Programme Manager | Computacenter (UK) Ltd",
                "Replacement of legacy tills with Oracle Retail Xstore POS for a UK fashion retailer (420 stores, "
                "2,900 tills).",
                [
                    "Planned and ran the roll-out in 9 months, peaking at 60 stores a week.",
                    "Coordinated chip-and-PIN terminal migration to Verifone P400 with the acquirer, Worldpay.",
                    "Set up a hypercare desk covering trading hours 7 days a week for the first 6 weeks per region.",
                    "Held the programme budget of £14.5m, delivered 3% under.",
                ],
                ["Oracle Retail Xstore 19.0", "Verifone P400", "Worldpay", "ServiceNow", "MS Project"],
            ),
            (
                "Jan 2013 – Aug 2020 | Store Systems Project Manager | J Sainsbury plc",
                "Store systems projects for the grocery estate.",
                [
                    "Rolled out self-checkout (NCR SelfServ 80) to 310 supermarkets.",
                    "Led the contactless payment upgrade across 1,400 stores ahead of the 2015 limit change.",
                    "Ran pilot stores with a team of 12 store-systems engineers.",
                ],
                ["NCR SelfServ 80", "Toshiba TCx", "HP Service Manager", "Jira"],
            ),
        ],
        skills=["Programme management", "Store roll-out planning", "Payments (EMV, contactless)", "Hypercare"],
        tools=["MS Project", "Jira", "ServiceNow", "Smartsheet"],
        certifications=["PRINCE2 Practitioner", "MSP Foundation"],
        industries=["Fashion retail", "Grocery"],
        spoken_languages=["English", "Welsh"],
        academic_background=["BSc (Hons) Business Information Systems, Cardiff University, 2005"],
    ),
    "Job posting: Programme Manager – Store Technology Refresh (UK department-store group, 180 stores). Deliver a "
    "new POS platform and payment terminals; lead roll-out and hypercare; PRINCE2/MSP; Oracle Xstore or similar.",
    "Programme manager with 18 years' experience delivering POS, payments and store-systems roll-outs for UK "
    "high-street and grocery retailers. Runs fast store roll-outs — peaking at 60 stores a week — without "
    "disrupting trade, working closely with store operations and payment providers. PRINCE2 Practitioner and MSP "
    "Foundation.",
    [
        (
            "Swapped legacy tills for Oracle Retail Xstore POS at a UK fashion retailer: 420 stores and 2,900 tills.",
            [
                "Planned and delivered the roll-out in nine months, at a peak of 60 stores per week.",
                "Worked with the acquirer, Worldpay, to migrate chip-and-PIN terminals to the Verifone P400.",
                "Established a hypercare desk for the first six weeks in each region, covering trading hours seven "
                "days a week.",
                "Managed the £14.5 million programme budget and came in 3% below it.",
            ],
        ),
        (
            "Delivered store-systems projects across Sainsbury's grocery estate.",
            [
                "Rolled self-checkouts (NCR SelfServ 80) out to 310 supermarkets.",
                "Led the contactless upgrade across 1,400 stores before the 2015 limit change.",
                "Ran the pilot stores with 12 store-systems engineers.",
            ],
        ),
    ],
)

# 7. Hotel property-management systems (Oracle OPERA), France; non-native English, nominal style.
_case(
    "opera_camille",
    cv(
        "Hospitality Systems Consultant – Oracle OPERA",
        "Camille Lefèvre",
        "Hospitality systems consultant with 11 years' experience of property-management systems in hotels in "
        "France, Switzerland and Belgium. Expert in Oracle OPERA PMS (V5 and OPERA Cloud), interfaces to POS, "
        "key-card and revenue-management systems, and training of front-office teams.",
        [
            (
                "2020 – aujourd'hui | Senior Consultant Hospitality | Sopra Steria Group S.A., Lyon",
                "Migration of a French upscale hotel group from OPERA V5 on-premises to OPERA Cloud (35 hotels, "
                "4 800 rooms).",
                [
                    "Led the migration of the 35 hotels in 4 waves over 14 months.",
                    "Rebuilt 120 interfaces with OHIP, including Micros Simphony POS, ASSA ABLOY key cards and IDeaS "
                    "G3 RMS.",
                    "Trained 260 front-office and reservations agents in French and English.",
                    "Budget of 1,2 M€ respected.",
                ],
                ["OPERA Cloud", "OPERA V5", "OHIP", "Micros Simphony", "IDeaS G3 RMS", "ASSA ABLOY Vostio"],
            ),
            (
                "2012 – 2019 | PMS Project Manager | Groupe Lucien Barrière SAS, Paris",
                "Owner-side PMS project manager for the group's 18 hotels in France and Switzerland.",
                [
                    "Deployed OPERA V5 in 18 hotels, replacing Fidelio V8.",
                    "Set up the central reservation system interface with Amadeus iHotelier.",
                    "Reduced night-audit duration from 3 hours to 45 minutes with automated end-of-day.",
                    "Wrote the group's PMS standard operating procedures in French.",
                ],
                ["OPERA V5", "Fidelio V8", "Amadeus iHotelier", "Oracle Database 11g"],
            ),
        ],
        skills=["PMS implementation", "Interface design", "Front-office processes", "Training"],
        tools=["Oracle OPERA", "OHIP", "IDeaS G3", "Micros Simphony"],
        certifications=["Oracle Hospitality OPERA Cloud Property Management Implementation Specialist (2021)"],
        industries=["Hospitality"],
        spoken_languages=["French (native)", "English (C1)", "German (B1)"],
        academic_background=[
            "Master 2 Management hôtelier, Institut Paul Bocuse, 2012",
            "Licence Informatique, Université Lyon 1, 2010",
        ],
    ),
    "Job posting: OPERA Cloud Implementation Lead for a Swiss luxury hotel collection (12 properties). Migration from "
    "OPERA V5, OHIP integrations, training of front-office staff in French and German.",
    "Consultant for hospitality systems with 11 years of experience on property-management systems for hotels in "
    "France, Switzerland and Belgium. Specialist of Oracle OPERA PMS, both V5 and OPERA Cloud, of the interfaces "
    "towards POS, key cards and revenue management, and of the training of front-office teams.",
    [
        (
            "Migration from OPERA V5 on-premise to OPERA Cloud for an upscale French hotel group — 35 hotels, "
            "4 800 rooms.",
            [
                "Lead of the migration of the 35 hotels, in four waves during 14 months.",
                "Rebuild of 120 interfaces on OHIP, among them Micros Simphony POS, ASSA ABLOY key cards and IDeaS G3 "
                "revenue management.",
                "Training of 260 front-office and reservation agents, in French and in English.",
                "The budget of €1.2M was respected.",
            ],
        ),
        (
            "PMS project manager on owner side for the 18 hotels of Groupe Barrière in France and Switzerland.",
            [
                "Replaced Fidelio V8 by OPERA V5 in the 18 hotels.",
                "Put in place the interface between the central reservation system and Amadeus iHotelier.",
                "Night audit shortened from 3 hours to 45 minutes thanks to the automated end-of-day.",
                "Redaction of the PMS standard operating procedures of the group, in French.",
            ],
        ),
    ],
)

# 8. E-learning platforms (Moodle, Articulate), India; Indian English, "having ... experience", lakh in digits.
_case(
    "elearning_sneha",
    cv(
        "E-Learning Solutions Lead – Moodle & Articulate",
        "Sneha Kulkarni",
        "E-learning solutions lead with 12 years in learning platforms and content development for corporate and "
        "higher-education clients. Deep hands-on experience with Moodle and Totara administration and plugin "
        "development (PHP), and with Articulate Storyline and Rise content at scale. Has led teams of instructional "
        "designers and developers in Pune.",
        [
            (
                "Apr 2018 – till date | E-Learning Solutions Lead | Upside Learning Solutions Pvt Ltd, Pune",
                "Moodle Workplace platform and content programme for an Indian private bank's academy, 3.5 lakh "
                "learners.",
                [
                    "Architected a multi-tenant Moodle Workplace 4.1 set-up on AWS with 14 tenants for business units.",
                    "Built 6 custom plugins in PHP, including an HRMS sync with SAP SuccessFactors.",
                    "Led 22 instructional designers and Storyline developers producing 480 hours of content.",
                    "Kept platform uptime at 99.9% during peak certification windows.",
                ],
                [
                    "Moodle Workplace 4.1",
                    "PHP 8.1",
                    "AWS (EC2, RDS)",
                    "Articulate Storyline 360",
                    "Articulate Rise 360",
                    "SCORM 1.2",
                ],
            ),
            (
                "Jul 2011 – Mar 2018 | Senior Developer, E-Learning | MPS Limited, Bengaluru",
                "Content and LMS development for US higher-education publishers.",
                [
                    "Converted 1,200 Flash modules to HTML5 using Articulate Storyline 2.",
                    "Customised Moodle 3.x themes and gradebook reports for 4 universities.",
                    "Automated SCORM packaging, saving about 30% of the QA effort.",
                ],
                ["Moodle 3.x", "Articulate Storyline 2", "Adobe Captivate 9", "PHP 7", "MySQL"],
            ),
        ],
        skills=["LMS architecture", "Moodle plugin development", "Instructional design", "SCORM/xAPI"],
        languages=["PHP", "JavaScript", "SQL"],
        tools=["Moodle", "Totara", "Articulate 360", "Adobe Captivate", "AWS"],
        certifications=["Moodle Educator Certificate (MEC)", "AWS Certified Cloud Practitioner"],
        industries=["Banking", "Higher education", "Publishing"],
        spoken_languages=["English", "Marathi", "Hindi"],
        academic_background=[
            "M.Sc. Computer Science, Savitribai Phule Pune University, 2011",
            "B.Sc. Physics, Fergusson College, 2009",
        ],
    ),
    "Job posting: LMS Platform Lead (Moodle) for a global pharma company's learning academy. Moodle Workplace "
    "multi-tenancy, plugin development, integration with HR systems, Articulate content standards, vendor "
    "management. Remote from India.",
    "E-learning solutions lead having 12 years of experience in learning platforms and content development for "
    "corporate as well as higher-education clients. Strong hands-on expertise in Moodle and Totara administration "
    "and PHP plugin development, and in producing Articulate Storyline and Rise content at scale. Has led teams of "
    "instructional designers and developers out of Pune.",
    [
        (
            "Delivered a Moodle Workplace platform and content programme for the academy of an Indian private-sector "
            "bank serving 3,50,000 learners.",
            [
                "Architected multi-tenant Moodle Workplace 4.1 on AWS with 14 business-unit tenants.",
                "Developed six custom PHP plugins, one of them an HRMS sync with SAP SuccessFactors.",
                "Led a team of 22 instructional designers and Storyline developers who produced 480 hours of content.",
                "Maintained 99.9% platform uptime through peak certification windows.",
            ],
        ),
        (
            "Content and LMS development for higher-education publishers in the US.",
            [
                "Converted 1200 legacy Flash modules into HTML5 with Articulate Storyline 2.",
                "Customised Moodle 3.x themes as well as gradebook reports for four universities.",
                "Automated SCORM packaging which saved approx. 30% of QA effort.",
            ],
        ),
    ],
)

# 9. Fundraising CRM for non-profits (Raiser's Edge), UK; abbreviations (RE NXT), "1.1m", merged bullets.
_case(
    "crm_fiona",
    cv(
        "Fundraising CRM Consultant (Raiser's Edge NXT)",
        "Fiona MacLeod",
        "CRM consultant with 13 years in UK charities and at Blackbaud, specialising in Raiser's Edge and Raiser's "
        "Edge NXT for fundraising, Gift Aid and supporter data. Has led data migrations and GDPR clean-ups for "
        "charities with up to 1.1 million supporter records.",
        [
            (
                "May 2019 – present | Senior Solutions Consultant | Blackbaud Europe Ltd, Glasgow",
                "Implementation of Raiser's Edge NXT for medium and large UK charities.",
                [
                    "Led 17 implementations, from discovery through data migration to go-live.",
                    "Migrated a hospice charity's 1.1 million supporter records from ThankQ, de-duplicating 140,000 "
                    "records.",
                    "Configured Gift Aid claims with HMRC Charities Online, recovering £2.3m in the first year for "
                    "one customer.",
                    "Built regular-giving imports from Direct Debit files (BACS) with ImportOmatic.",
                ],
                ["Raiser's Edge NXT", "ImportOmatic", "Blackbaud SKY API", "Power BI", "SQL Server"],
            ),
            (
                "Sept 2012 – April 2019 | Database Manager | Marie Curie, London",
                "Owner of the supporter database for the charity's fundraising directorate.",
                [
                    "Ran the Raiser's Edge 7.9 database for 600,000 active supporters.",
                    "Prepared the GDPR consent re-permissioning campaign in 2017–2018, with 38% of contacted "
                    "supporters opting in.",
                    "Managed a team of 4 data officers.",
                    "Produced weekly income reports for the Director of Fundraising with Crystal Reports.",
                ],
                ["Raiser's Edge 7.9", "Crystal Reports", "SQL Server 2012", "Excel"],
            ),
        ],
        skills=["Fundraising CRM", "Data migration", "Gift Aid", "GDPR", "Supporter journeys"],
        languages=["SQL"],
        tools=["Raiser's Edge NXT", "Raiser's Edge 7", "ImportOmatic", "Power BI", "Crystal Reports"],
        certifications=[
            "Blackbaud Certified Raiser's Edge NXT Professional",
            "Chartered Institute of Fundraising – Certificate in Fundraising",
        ],
        industries=["Charities", "Hospices", "Health"],
        spoken_languages=["English", "Scottish Gaelic"],
        academic_background=["MA (Hons) History, University of Edinburgh, 2009"],
    ),
    "Job posting: CRM Manager (Raiser's Edge NXT), national children's charity, London/hybrid. Own the supporter "
    "CRM, lead a small data team, Gift Aid, GDPR compliance, reporting to the fundraising leadership.",
    "CRM specialist with 13 years across UK charities and Blackbaud, focused on Raiser's Edge and RE NXT for "
    "fundraising, Gift Aid and supporter data. Has led data migrations and GDPR clean-ups for charities holding as "
    "many as 1.1m supporter records.",
    [
        (
            "Implements Raiser's Edge NXT for medium-sized and large UK charities.",
            [
                "Led 17 implementations end to end, from discovery and data migration to go-live.",
                "Migrated 1.1 million supporter records for a hospice charity out of ThankQ, removing 140,000 "
                "duplicates.",
                "Configured Gift Aid claims via HMRC Charities Online; one customer recovered £2.3 million in year "
                "one.",
                "Built regular-giving imports from BACS Direct Debit files in ImportOmatic.",
            ],
        ),
        (
            "Owned the supporter database for Marie Curie's fundraising directorate.",
            [
                "Administered Raiser's Edge 7.9 with 600,000 active supporters.",
                "Prepared the 2017–18 GDPR re-permissioning campaign, in which 38% of contacted supporters opted in.",
                "Managed four data officers and produced the Director of Fundraising's weekly income reports in "
                "Crystal Reports.",
            ],
        ),
    ],
)

# 10. Facilities management CAFM, Germany; German notation converted, HOAI and GEFMA kept.
_case(
    "cafm_joerg",
    cv(
        "CAFM Consultant",
        "Jörg Hoffmann",
        "CAFM consultant and Dipl.-Ing. (FH) in building services with 17 years in facility management. Selects and "
        "implements CAFM/IWMS systems (Planon, IBM Maximo, pit-FM) for corporate real estate and FM service "
        "providers, including GEFMA-compliant maintenance planning, space management and BIM-to-CAFM data "
        "hand-over.",
        [
            (
                "07/2017 – heute | Senior Consultant CAFM | Drees & Sommer SE, Stuttgart",
                "CAFM selection and implementation for the real estate department of a DAX-listed automotive group "
                "(1,8 Mio. m² across 62 sites).",
                [
                    "Ran the tender for the CAFM system with 5 vendors; Planon selected.",
                    "Defined the data model with 2.300 room types and asset classes according to GEFMA 198 and DIN "
                    "276.",
                    "Implemented maintenance planning for 48.000 technical assets, including legal inspection "
                    "intervals (Prüfpflichten).",
                    "Set up the BIM-to-CAFM hand-over with IFC 4 models for 3 new buildings.",
                ],
                ["Planon Universe", "IFC 4", "Autodesk Revit", "SAP RE-FX", "Power BI"],
            ),
            (
                "01/2010 – 06/2017 | Teamleiter CAFM | ISS Facility Services GmbH, Düsseldorf",
                "CAFM operations for ISS's integrated FM contracts in Germany.",
                [
                    "Led a team of 6 CAFM administrators.",
                    "Migrated 14 customer contracts from Excel to IBM Maximo 7.5.",
                    "Introduced mobile work orders for 700 technicians with Maximo Anywhere, reducing paper work "
                    "orders by 90 %.",
                ],
                ["IBM Maximo 7.5", "Maximo Anywhere", "Oracle 11g", "Crystal Reports"],
            ),
            (
                "09/2006 – 12/2009 | Projektingenieur TGA | Ingenieurbüro Kling GmbH, Stuttgart",
                "HVAC planning for office and laboratory buildings.",
                [
                    "Planned HVAC for 9 office and laboratory buildings (HOAI phases 2–8).",
                    "Handed over as-built documentation to the operators' CAFM systems.",
                ],
                ["AutoCAD MEP", "Revit MEP 2009"],
            ),
        ],
        skills=["CAFM/IWMS selection", "Maintenance planning", "Space management", "BIM-to-CAFM", "Tendering"],
        tools=["Planon", "IBM Maximo", "pit-FM", "Autodesk Revit", "Power BI"],
        certifications=["ITIL v3 Foundation", "PRINCE2 Foundation"],
        industries=["Automotive", "Facility services", "Real estate"],
        spoken_languages=["German (native)", "English (fluent)"],
        academic_background=["Dipl.-Ing. (FH) Versorgungstechnik, Hochschule Esslingen, 2006"],
    ),
    "Customer brief (German hospital group, 14 hospitals): select and introduce a CAFM system for maintenance of "
    "medical and technical assets, legal inspection duties and BIM hand-over for new builds. German required; "
    "experience with Planon or Maximo.",
    "Dipl.-Ing. (FH) in building services engineering and CAFM consultant with 17 years in facility management. "
    "Chooses and introduces CAFM/IWMS systems such as Planon, IBM Maximo and pit-FM for corporate real estate and FM "
    "service providers, including maintenance planning to GEFMA, space management and BIM-to-CAFM data hand-over.",
    [
        (
            "Selection and implementation of a CAFM system for a DAX-listed automotive group's real estate department "
            "— 1.8 million m² at 62 sites.",
            [
                "Ran the CAFM tender with five vendors, which Planon won.",
                "Defined the data model — 2,300 room types and asset classes — in line with GEFMA 198 and DIN 276.",
                "Implemented maintenance planning for 48,000 technical assets, legal inspection intervals included.",
                "Set up BIM-to-CAFM hand-over using IFC 4 models for three new buildings.",
            ],
        ),
        (
            "Ran CAFM operations for ISS's integrated facility management contracts in Germany.",
            [
                "Headed six CAFM administrators.",
                "Moved 14 customer contracts from Excel into IBM Maximo 7.5.",
                "Rolled out mobile work orders via Maximo Anywhere to 700 technicians and cut paper work orders by "
                "90%.",
            ],
        ),
        (
            "Planned HVAC systems for office and lab buildings.",
            [
                "HVAC design for nine office and laboratory buildings, HOAI work stages 2 to 8.",
                "Handed as-built documentation over to the operators' CAFM systems.",
            ],
        ),
    ],
)

# 11. Public-health data programmes, Brazil; implied subject, abbreviations expanded (PAHO/WHO kept).
_case(
    "health_luciana",
    cv(
        "Public Health Data Programme Lead",
        "Luciana Ferreira",
        "Public-health data programme lead with 14 years in disease surveillance and health information systems in "
        "Brazil and Latin America. Has built DHIS2 and REDCap systems, national surveillance dashboards and "
        "data-quality programmes with ministries of health, and teaches epidemiological analysis in R.",
        [
            (
                "03/2018 – atual | Data Programme Coordinator | Fundação Oswaldo Cruz (Fiocruz), Rio de Janeiro",
                "Integrated arbovirus surveillance platform (dengue, Zika, chikungunya) for the Brazilian Ministry "
                "of Health, covering all 5.570 municipalities.",
                [
                    "Coordinated a team of 11 data scientists, epidemiologists and developers.",
                    "Built the ETL from SINAN and e-SUS into a PostgreSQL warehouse, updated daily.",
                    "Published weekly dashboards in R Shiny used by the 27 state health secretariats.",
                    "Managed a grant of US$ 2,3 milhões from the Wellcome Trust.",
                ],
                ["R", "R Shiny", "PostgreSQL 13", "Apache Airflow", "SINAN", "e-SUS"],
            ),
            (
                "01/2012 – 02/2018 | Health Information Systems Consultant | Pan American Health Organization "
                "(PAHO/WHO), Brasília",
                "Technical cooperation on health information systems for 6 countries in Central America and the "
                "Caribbean.",
                [
                    "Implemented DHIS2 for immunisation reporting in Honduras and Guatemala.",
                    "Designed a REDCap data-collection system for a measles outbreak investigation in 2014.",
                    "Ran 15 data-quality workshops for ministry of health staff.",
                ],
                ["DHIS2", "REDCap", "Stata 13", "R"],
            ),
        ],
        skills=["Disease surveillance", "Health information systems", "Data quality assessment", "Epidemiology"],
        languages=["R", "SQL", "Python"],
        tools=["DHIS2", "REDCap", "R Shiny", "PostgreSQL", "Apache Airflow", "Stata"],
        certifications=["DHIS2 Level 2 Academy – Design & Customisation"],
        industries=["Public health", "International development"],
        spoken_languages=["Portuguese (native)", "English (fluent)", "Spanish (fluent)"],
        academic_background=[
            "M.Sc. Epidemiology, London School of Hygiene & Tropical Medicine, 2012",
            "Bacharelado em Estatística, Universidade de São Paulo, 2009",
        ],
    ),
    "Job posting: Data Systems Lead, global health NGO (remote, Latin America). Lead surveillance data pipelines and "
    "dashboards, DHIS2 implementation support, data quality, donor reporting. Spanish and English.",
    "Leads public-health data programmes, with 14 years in disease surveillance and health information systems "
    "across Brazil and Latin America. Built DHIS2 and REDCap systems, national surveillance dashboards and "
    "data-quality programmes together with ministries of health; also teaches epidemiological analysis with R.",
    [
        (
            "For the Brazilian Ministry of Health, an integrated surveillance platform for arboviruses — dengue, Zika "
            "and chikungunya — covering every one of the 5,570 municipalities.",
            [
                "Coordinated 11 data scientists, epidemiologists and developers.",
                "Developed daily ETL from SINAN and e-SUS into a PostgreSQL data warehouse.",
                "Published weekly R Shiny dashboards for the 27 state health secretariats.",
                "Managed a Wellcome Trust grant of USD 2.3 million.",
            ],
        ),
        (
            "PAHO/WHO technical cooperation on health information systems with six Central American and Caribbean "
            "countries.",
            [
                "Implemented DHIS2 immunisation reporting in Honduras and Guatemala.",
                "Designed REDCap data collection for a 2014 measles outbreak investigation.",
                "Delivered 15 data-quality workshops to ministry of health staff.",
            ],
        ),
    ],
)

# 12. Translation and localisation vendor management, France; non-native, verbless bullets, € converted.
_case(
    "l10n_julien",
    cv(
        "Localisation Vendor Manager",
        "Julien Moreau",
        "Localisation vendor manager with 13 years on the buyer and supplier side of the translation industry. "
        "Manages multi-language vendors (MLVs) and freelance pools for software and documentation in up to 28 "
        "languages, with TMS set-up, quality frameworks (MQM/LQA) and rate negotiations.",
        [
            (
                "2017 – present | Localisation Vendor Manager | Dassault Systèmes SE, Vélizy-Villacoublay",
                "Vendor management for the localisation of 3DEXPERIENCE software and documentation into 28 languages.",
                [
                    "Manages 4 MLVs and 65 freelance linguists, about 40 million words per year.",
                    "Consolidated vendors from 9 to 4 in 2019, saving 2,5 M€ per year.",
                    "Introduced LQA based on MQM with monthly scorecards per language.",
                    "Migrated translation memories from Trados to XTM Cloud.",
                ],
                ["XTM Cloud", "SDL Trados Studio 2019", "memoQ", "Xbench", "Jira"],
            ),
            (
                "2010 – 2016 | Project Manager, then Senior PM | SDL France SAS, Paris",
                "Translation project management for software and life-sciences customers.",
                [
                    "Managed about 300 projects a year in up to 20 languages.",
                    "Handled the French, German and Italian freelance pool (120 linguists).",
                    "Ran linguistic validation for medical device IFUs under ISO 17100.",
                ],
                ["SDL Trados Studio 2011", "SDL TMS", "SDL WorldServer"],
            ),
        ],
        skills=["Vendor management", "Localisation quality (MQM, LQA)", "Rate negotiation", "TMS implementation"],
        tools=["XTM Cloud", "Trados Studio", "memoQ", "Xbench", "Phrase"],
        certifications=["Certified Localization Project Manager (The Localization Institute)"],
        industries=["Software", "Life sciences"],
        spoken_languages=["French (native)", "English (C2)", "German (C1)", "Italian (B2)"],
        academic_background=[
            "Master 2 Traduction spécialisée, ISIT Paris, 2010",
            "Licence LEA anglais–allemand, Université de Strasbourg, 2008",
        ],
    ),
    "Job posting: Senior Localization Vendor Manager (EMEA), SaaS company, Paris or remote. Own the MLV and "
    "freelancer supply chain, rate negotiations, LQA program, TMS (Phrase or XTM). Budget ownership.",
    "Vendor manager for localisation with 13 years both buyer side and supplier side of the translation industry. "
    "In charge of MLVs and freelance pools for software and documentation in up to 28 languages, including TMS "
    "set-up, quality frameworks (MQM, LQA) and negotiation of rates.",
    [
        (
            "Manages the vendors for the localisation of the 3DEXPERIENCE software and its documentation in 28 "
            "languages.",
            [
                "Four multi-language vendors and 65 freelance linguists, for around 40 million words a year.",
                "Consolidation of the vendors from nine to four in 2019, with €2.5M saved per year.",
                "Introduction of an MQM-based LQA with monthly scorecards for each language.",
                "Migration of the translation memories from Trados to XTM Cloud.",
            ],
        ),
        (
            "Project management of translations for software and life-sciences clients at SDL.",
            [
                "Around 300 projects per year in up to 20 languages.",
                "Managed the freelance pool for French, German and Italian (120 linguists).",
                "Linguistic validation of IFUs for medical devices, following ISO 17100.",
            ],
        ),
    ],
)

B = "experiences[{}].bullets[{}]"
D = "experiences[{}].description"
ADD = "experiences[{}].bullets[+]"

INJECTED = [
    # 1. hris_priya
    ("hris_priya", "overview", "years", "start", "bringing 11 years", "bringing 14 years"),
    (
        "hris_priya",
        "overview",
        "customer",
        "end",
        "running payroll parallel runs.",
        "running payroll parallel runs for customers such as Mahindra and Aramex.",
    ),
    (
        "hris_priya",
        "overview",
        "certified",
        "middle",
        "SAP SuccessFactors (Employee Central, Recruiting)",
        "SAP SuccessFactors (certified in both Employee Central and Recruiting)",
    ),
    ("hris_priya", D.format(0), "number", "end", "across nine countries.", "across eleven countries."),
    ("hris_priya", B.format(0, 0), "team size", "start", "Led seven Workday", "Led twelve Workday"),
    ("hris_priya", B.format(0, 2), "tool", "middle", "via EIB templates;", "via EIB templates and Informatica;"),
    ("hris_priya", B.format(0, 3), "date", "end", "the February 2023 go-live.", "the November 2022 go-live."),
    (
        "hris_priya",
        B.format(1, 2),
        "metric",
        "end",
        "roughly 40,000 applications annually.",
        "roughly 40,000 applications annually and cutting time-to-hire by 30%.",
    ),
    (
        "hris_priya",
        D.format(1),
        "recognition",
        "end",
        "employees and contract workers.",
        "employees and contract workers; the programme won an SAP HR Innovation Award.",
    ),
    (
        "hris_priya",
        D.format(2),
        "duration",
        "end",
        "for its India operations.",
        "for its India operations over five years.",
    ),
    (
        "hris_priya",
        ADD.format(2),
        "new bullet",
        "start",
        None,
        "Automated the quarterly SOX access review for SAP HCM roles.",
    ),
    (
        "hris_priya",
        ADD.format(2),
        "moved bullet",
        "start",
        None,
        "Trained 120 HR business partners using a train-the-trainer approach.",
    ),
    # 2. change_katrin
    ("change_katrin", "overview", "certified", "start", "Change lead with", "PMP-certified change lead with"),
    ("change_katrin", "overview", "years", "middle", "with 15 years of experience", "with 18 years of experience"),
    (
        "change_katrin",
        "overview",
        "degree",
        "end",
        "fluent in German and English.",
        "fluent in German and English; MBA from WHU Otto Beisheim.",
    ),
    (
        "change_katrin",
        D.format(0),
        "customer",
        "middle",
        "for a mid-sized machine builder's SAP S/4HANA roll-out",
        "for the mid-sized machine builder Krones on its SAP S/4HANA roll-out",
    ),
    ("change_katrin", B.format(0, 1), "duration", "end", "within five months.", "within three months."),
    ("change_katrin", B.format(0, 2), "number", "start", "from 41% to 68%", "from 41% to 78%"),
    ("change_katrin", B.format(0, 3), "number", "end", "EUR 1.2 million.", "EUR 1.8 million."),
    (
        "change_katrin",
        B.format(1, 0),
        "metric",
        "end",
        "the shift to self-organised teams.",
        "the shift to self-organised teams, lifting eNPS by 22 points.",
    ),
    (
        "change_katrin",
        ADD.format(1),
        "new bullet",
        "start",
        None,
        "Introduced OKRs for 40 product teams together with the agile coaches.",
    ),
    (
        "change_katrin",
        ADD.format(2),
        "moved bullet",
        "start",
        None,
        "Built a change-agent network of 45 people spanning every site.",
    ),
    (
        "change_katrin",
        D.format(2),
        "tool",
        "end",
        "reorganisations at Capgemini Consulting.",
        "reorganisations at Capgemini Consulting, with process models in ARIS.",
    ),
    (
        "change_katrin",
        B.format(2, 1),
        "recognition",
        "end",
        "for four ministries.",
        "for four ministries, which earned her Capgemini's Consultant of the Year title.",
    ),
    # 3. service_hannah
    ("service_hannah", "overview", "years", "start", "with a decade's experience", "with 12 years' experience"),
    (
        "service_hannah",
        "overview",
        "certified",
        "middle",
        "Has taken multidisciplinary teams",
        "A certified GDS service assessor, she has taken multidisciplinary teams",
    ),
    (
        "service_hannah",
        "overview",
        "degree",
        "end",
        "users who have access needs.",
        "users who have access needs, backed by an MSc in Human-Computer Interaction from UCL.",
    ),
    ("service_hannah", D.format(0), "customer", "start", "For DWP:", "For DWP and HMRC:"),
    ("service_hannah", B.format(0, 0), "team size", "start", "Led a nine-person", "Led an eleven-person"),
    (
        "service_hannah",
        B.format(0, 1),
        "tool",
        "end",
        "phone and paper included.",
        "phone, paper and the Salesforce case-management system included.",
    ),
    ("service_hannah", B.format(0, 2), "number", "start", "Ran 62 research", "Ran 72 research"),
    ("service_hannah", B.format(0, 3), "date", "end", "(November 2022).", "(September 2022)."),
    (
        "service_hannah",
        B.format(1, 0),
        "metric",
        "end",
        "from 40 to 15 minutes.",
        "from 40 to 15 minutes and paper applications dropped by 60%.",
    ),
    (
        "service_hannah",
        D.format(1),
        "recognition",
        "end",
        "and the NHS at Snook.",
        "and the NHS at Snook, work shortlisted for a Design Week Award.",
    ),
    (
        "service_hannah",
        ADD.format(1),
        "new bullet",
        "start",
        None,
        "Trained 30 council staff in service design methods through a six-week academy.",
    ),
    # 4. m365_arjun
    (
        "m365_arjun",
        "overview",
        "certification",
        "start",
        "Microsoft 365 architect with",
        "Microsoft 365 architect and Microsoft Certified Solutions Master (Messaging) with",
    ),
    ("m365_arjun", "overview", "number", "end", "and 900 TB of OneDrive", "and 1,200 TB of OneDrive"),
    (
        "m365_arjun",
        "overview",
        "customer",
        "end",
        "manufacturing clients.",
        "manufacturing clients including HDFC Bank and Novartis.",
    ),
    ("m365_arjun", D.format(0), "number", "end", "users in 41 countries.", "users in 44 countries."),
    (
        "m365_arjun",
        B.format(0, 1),
        "tool",
        "end",
        "with Quest On Demand Migration.",
        "with Quest On Demand Migration and AvePoint Fly.",
    ),
    ("m365_arjun", B.format(0, 2), "duration", "middle", "for five months", "for eight months"),
    ("m365_arjun", B.format(0, 3), "team size", "start", "Managed a 16-engineer", "Managed a 22-engineer"),
    (
        "m365_arjun",
        D.format(1),
        "customer",
        "start",
        "Migrated Indian private-sector banks",
        "Migrated ICICI Bank and other Indian private-sector banks",
    ),
    ("m365_arjun", B.format(1, 0), "version", "middle", "from Exchange 2010 into", "from Exchange 2013 into"),
    ("m365_arjun", B.format(1, 2), "metric", "end", "by 35%.", "by 35% and halved the migration window."),
    ("m365_arjun", D.format(2), "date", "end", "for a telecom client.", "for a telecom client from 2008."),
    (
        "m365_arjun",
        ADD.format(2),
        "new bullet",
        "start",
        None,
        "Set up Exchange Online Protection spam filtering for the whole telecom estate.",
    ),
    (
        "m365_arjun",
        ADD.format(0),
        "moved bullet",
        "start",
        None,
        "Scripted pre-staging reduced migration cost per mailbox by 35%.",
    ),
    # 5. fieldops_rafael
    (
        "fieldops_rafael",
        "overview",
        "years",
        "start",
        "Operations manager with 16 years",
        "Operations manager with 19 years",
    ),
    (
        "fieldops_rafael",
        "overview",
        "tool",
        "middle",
        "in ServiceNow FSM and ClickSoftware",
        "in ServiceNow FSM, ClickSoftware and Salesforce Field Service",
    ),
    (
        "fieldops_rafael",
        "overview",
        "degree",
        "middle",
        "in Brazil. Leads",
        "in Brazil, backed by a master's in telecommunications from Unicamp. Leads",
    ),
    (
        "fieldops_rafael",
        "overview",
        "certified",
        "end",
        "aligned with Anatel quality targets.",
        "aligned with Anatel quality targets; certified Six Sigma Black Belt.",
    ),
    ("fieldops_rafael", B.format(0, 0), "number", "end", "from 14% to 8.5%.", "from 14% to 6.5%."),
    (
        "fieldops_rafael",
        B.format(0, 1),
        "version",
        "end",
        "Field Service Management (2021).",
        "Field Service Management (Tokyo release, 2021).",
    ),
    (
        "fieldops_rafael",
        B.format(0, 2),
        "metric",
        "end",
        "for all 1,800 technicians.",
        "for all 1,800 technicians, raising first-time fix to 87%.",
    ),
    ("fieldops_rafael", B.format(1, 0), "team size", "start", "Led 220 field engineers", "Led 260 field engineers"),
    (
        "fieldops_rafael",
        D.format(1),
        "customer",
        "middle",
        "for a mobile operator's radio access network",
        "for TIM Brasil's radio access network",
    ),
    (
        "fieldops_rafael",
        ADD.format(1),
        "new bullet",
        "start",
        None,
        "Rolled out 5G small cells in Recife and Salvador with the operator's engineering team.",
    ),
    (
        "fieldops_rafael",
        D.format(2),
        "duration",
        "end",
        "for Accenture clients.",
        "for Accenture clients over six years.",
    ),
    # 6. pos_gareth
    (
        "pos_gareth",
        "overview",
        "years",
        "start",
        "Programme manager with 18 years'",
        "Programme manager with 20 years'",
    ),
    ("pos_gareth", "overview", "number", "middle", "peaking at 60 stores a week", "peaking at 80 stores a week"),
    (
        "pos_gareth",
        "overview",
        "certification",
        "end",
        "PRINCE2 Practitioner and MSP Foundation.",
        "PRINCE2 Practitioner, MSP Foundation and Certified ScrumMaster.",
    ),
    ("pos_gareth", D.format(0), "number", "end", "and 2,900 tills.", "and 3,200 tills."),
    (
        "pos_gareth",
        D.format(0),
        "customer",
        "middle",
        "at a UK fashion retailer:",
        "at New Look, the UK fashion retailer:",
    ),
    ("pos_gareth", D.format(0), "version", "middle", "Oracle Retail Xstore POS", "Oracle Retail Xstore POS 20.0"),
    ("pos_gareth", B.format(0, 0), "duration", "middle", "in nine months", "in seven months"),
    (
        "pos_gareth",
        B.format(0, 1),
        "tool",
        "end",
        "to the Verifone P400.",
        "to the Verifone P400 and Ingenico Lane/3000.",
    ),
    (
        "pos_gareth",
        B.format(0, 2),
        "metric",
        "end",
        "seven days a week.",
        "seven days a week, resolving 92% of calls at first contact.",
    ),
    ("pos_gareth", B.format(1, 1), "date", "end", "the 2015 limit change.", "the 2016 limit change."),
    (
        "pos_gareth",
        B.format(1, 2),
        "team size",
        "end",
        "with 12 store-systems engineers.",
        "with 15 store-systems engineers.",
    ),
    (
        "pos_gareth",
        ADD.format(1),
        "moved bullet",
        "start",
        None,
        "Established a hypercare desk for the first six weeks in each region, covering trading hours seven days a "
        "week.",
    ),
    (
        "pos_gareth",
        D.format(1),
        "recognition",
        "end",
        "across Sainsbury's grocery estate.",
        "across Sainsbury's grocery estate, winning a Retail Systems Award for self-checkout.",
    ),
    # 7. opera_camille
    ("opera_camille", "overview", "years", "middle", "with 11 years of experience", "with 13 years of experience"),
    (
        "opera_camille",
        "overview",
        "certified",
        "start",
        "Consultant for hospitality systems with",
        "Consultant for hospitality systems and certified IDeaS G3 administrator with",
    ),
    (
        "opera_camille",
        "overview",
        "degree",
        "end",
        "of the training of front-office teams.",
        "of the training of front-office teams. Graduate of the École hôtelière de Lausanne.",
    ),
    ("opera_camille", D.format(0), "number", "end", "4 800 rooms.", "5 400 rooms."),
    ("opera_camille", B.format(0, 0), "duration", "end", "during 14 months.", "during 18 months."),
    (
        "opera_camille",
        B.format(0, 1),
        "tool",
        "end",
        "IDeaS G3 revenue management.",
        "IDeaS G3 revenue management, plus Duetto for two hotels.",
    ),
    (
        "opera_camille",
        B.format(0, 2),
        "metric",
        "end",
        "in French and in English.",
        "in French and in English, with 95% satisfaction in the evaluations.",
    ),
    (
        "opera_camille",
        D.format(1),
        "date",
        "start",
        "PMS project manager on owner side",
        "Since 2010, PMS project manager on owner side",
    ),
    (
        "opera_camille",
        D.format(1),
        "customer",
        "end",
        "in France and Switzerland.",
        "in France and Switzerland, and for the Hôtel Lutetia in Paris.",
    ),
    ("opera_camille", B.format(1, 0), "version", "middle", "Replaced Fidelio V8 by", "Replaced Fidelio V7 by"),
    (
        "opera_camille",
        ADD.format(1),
        "new bullet",
        "start",
        None,
        "Introduction of mobile check-in with the OPERA Kiosk interface in six hotels.",
    ),
    # 8. elearning_sneha
    (
        "elearning_sneha",
        "overview",
        "certified",
        "start",
        "E-learning solutions lead having",
        "Articulate-certified e-learning solutions lead having",
    ),
    ("elearning_sneha", "overview", "years", "start", "having 12 years", "having 15 years"),
    (
        "elearning_sneha",
        "overview",
        "degree",
        "middle",
        "higher-education clients.",
        "higher-education clients, with an MCA from Pune University.",
    ),
    (
        "elearning_sneha",
        "overview",
        "tool",
        "middle",
        "in Moodle and Totara administration",
        "in Moodle, Totara and Canvas administration",
    ),
    (
        "elearning_sneha",
        "overview",
        "team size",
        "end",
        "Has led teams of instructional designers",
        "Has led teams of up to 40 instructional designers",
    ),
    (
        "elearning_sneha",
        D.format(0),
        "customer",
        "middle",
        "the academy of an Indian private-sector bank",
        "the academy of Kotak Mahindra Bank",
    ),
    ("elearning_sneha", D.format(0), "number", "end", "serving 3,50,000 learners.", "serving 4,50,000 learners."),
    ("elearning_sneha", B.format(0, 0), "version", "middle", "Moodle Workplace 4.1", "Moodle Workplace 4.3"),
    (
        "elearning_sneha",
        B.format(0, 3),
        "metric",
        "end",
        "through peak certification windows.",
        "through peak certification windows while cutting page load times by 40%.",
    ),
    (
        "elearning_sneha",
        D.format(1),
        "customer",
        "end",
        "higher-education publishers in the US.",
        "higher-education publishers in the US such as McGraw Hill and Pearson.",
    ),
    (
        "elearning_sneha",
        ADD.format(1),
        "new bullet",
        "start",
        None,
        "Built an xAPI integration with the Watershed learning record store for analytics.",
    ),
    (
        "elearning_sneha",
        ADD.format(1),
        "moved bullet",
        "start",
        None,
        "Maintained 99.9% platform uptime through peak certification windows.",
    ),
    # 9. crm_fiona
    (
        "crm_fiona",
        "overview",
        "certification",
        "start",
        "CRM specialist with",
        "CRM specialist holding the Institute of Fundraising Diploma, with",
    ),
    (
        "crm_fiona",
        "overview",
        "customer",
        "middle",
        "across UK charities and Blackbaud",
        "across UK charities such as Macmillan and at Blackbaud",
    ),
    ("crm_fiona", "overview", "number", "end", "as many as 1.1m supporter", "as many as 1.4m supporter"),
    (
        "crm_fiona",
        D.format(0),
        "recognition",
        "start",
        "Implements Raiser's Edge NXT",
        "Award-winning consultant implementing Raiser's Edge NXT",
    ),
    (
        "crm_fiona",
        D.format(0),
        "customer",
        "end",
        "large UK charities.",
        "large UK charities, among them the British Heart Foundation.",
    ),
    ("crm_fiona", B.format(0, 1), "tool", "middle", "out of ThankQ,", "out of ThankQ and Salesforce NPSP,"),
    ("crm_fiona", B.format(0, 2), "number", "end", "£2.3 million in year one.", "£3.2 million in year one."),
    (
        "crm_fiona",
        B.format(0, 3),
        "tool",
        "end",
        "in ImportOmatic.",
        "in ImportOmatic and Blackbaud Merchant Services.",
    ),
    ("crm_fiona", B.format(1, 0), "version", "middle", "Raiser's Edge 7.9 with", "Raiser's Edge 7.96 with"),
    ("crm_fiona", B.format(1, 1), "date", "middle", "the 2017–18 GDPR", "the 2016–17 GDPR"),
    ("crm_fiona", B.format(1, 2), "team size", "start", "Managed four data officers", "Managed six data officers"),
    (
        "crm_fiona",
        D.format(1),
        "duration",
        "end",
        "fundraising directorate.",
        "fundraising directorate for eight years.",
    ),
    (
        "crm_fiona",
        ADD.format(1),
        "new bullet",
        "start",
        None,
        "Launched a legacy-giving pipeline report that grew pledged legacies by 15%.",
    ),
    # 10. cafm_joerg
    ("cafm_joerg", "overview", "degree", "start", "Dipl.-Ing. (FH) in building", "Dr.-Ing. in building"),
    ("cafm_joerg", "overview", "years", "middle", "with 17 years in facility", "with 20 years in facility"),
    (
        "cafm_joerg",
        "overview",
        "tool",
        "middle",
        "IBM Maximo and pit-FM",
        "IBM Maximo, pit-FM and Archibus",
    ),
    (
        "cafm_joerg",
        "overview",
        "certified",
        "end",
        "BIM-to-CAFM data hand-over.",
        "BIM-to-CAFM data hand-over; buildingSMART-certified BIM manager.",
    ),
    (
        "cafm_joerg",
        D.format(0),
        "customer",
        "middle",
        "for a DAX-listed automotive group's real estate department",
        "for the real estate department of the Mercedes-Benz Group",
    ),
    ("cafm_joerg", D.format(0), "number", "end", "at 62 sites.", "at 68 sites."),
    ("cafm_joerg", B.format(0, 0), "number", "middle", "with five vendors", "with seven vendors"),
    ("cafm_joerg", B.format(0, 2), "number", "start", "planning for 48,000", "planning for 84,000"),
    ("cafm_joerg", B.format(0, 3), "version", "middle", "using IFC 4 models", "using IFC 4.3 models"),
    (
        "cafm_joerg",
        B.format(1, 0),
        "team size",
        "end",
        "Headed six CAFM administrators.",
        "Headed nine CAFM administrators.",
    ),
    ("cafm_joerg", B.format(1, 1), "version", "end", "into IBM Maximo 7.5.", "into IBM Maximo 7.6."),
    (
        "cafm_joerg",
        B.format(1, 2),
        "metric",
        "end",
        "cut paper work orders by 90%.",
        "cut paper work orders by 90% and response times by a third.",
    ),
    (
        "cafm_joerg",
        D.format(2),
        "date",
        "end",
        "for office and lab buildings.",
        "for office and lab buildings from 2004 onwards.",
    ),
    (
        "cafm_joerg",
        ADD.format(2),
        "new bullet",
        "start",
        None,
        "Commissioned the Siemens Desigo building management system for a pharma laboratory.",
    ),
    (
        "cafm_joerg",
        ADD.format(2),
        "moved bullet",
        "start",
        None,
        "Set up BIM-to-CAFM hand-over using IFC 4 models for three new buildings.",
    ),
    # 11. health_luciana
    ("health_luciana", "overview", "years", "middle", "with 14 years in disease", "with 16 years in disease"),
    (
        "health_luciana",
        "overview",
        "customer",
        "middle",
        "together with ministries of health;",
        "together with ministries of health and the CDC;",
    ),
    (
        "health_luciana",
        "overview",
        "tool",
        "end",
        "epidemiological analysis with R.",
        "epidemiological analysis with R and SAS.",
    ),
    (
        "health_luciana",
        "overview",
        "degree",
        "end",
        "epidemiological analysis with R.",
        "epidemiological analysis with R, drawing on a PhD in public health from USP.",
    ),
    (
        "health_luciana",
        D.format(0),
        "customer",
        "start",
        "For the Brazilian Ministry of Health,",
        "For the Brazilian Ministry of Health and UNICEF,",
    ),
    ("health_luciana", B.format(0, 0), "team size", "start", "Coordinated 11 data", "Coordinated 14 data"),
    (
        "health_luciana",
        B.format(0, 1),
        "tool",
        "end",
        "into a PostgreSQL data warehouse.",
        "into a PostgreSQL data warehouse modelled with dbt.",
    ),
    ("health_luciana", B.format(0, 1), "version", "middle", "a PostgreSQL data", "a PostgreSQL 15 data"),
    (
        "health_luciana",
        B.format(0, 2),
        "metric",
        "end",
        "the 27 state health secretariats.",
        "the 27 state health secretariats, cutting outbreak detection time by nine days.",
    ),
    ("health_luciana", B.format(0, 3), "number", "end", "USD 2.3 million.", "USD 3.2 million."),
    ("health_luciana", B.format(1, 1), "date", "middle", "for a 2014 measles", "for a 2015 measles"),
    (
        "health_luciana",
        D.format(1),
        "recognition",
        "end",
        "Central American and Caribbean countries.",
        "Central American and Caribbean countries, recognised with a PAHO Director's Award.",
    ),
    (
        "health_luciana",
        ADD.format(1),
        "new bullet",
        "start",
        None,
        "Trained 300 district health officers in DHIS2 data entry across the six countries.",
    ),
    # 12. l10n_julien
    ("l10n_julien", "overview", "years", "start", "with 13 years both", "with 15 years both"),
    ("l10n_julien", "overview", "number", "middle", "in up to 28 languages", "in up to 34 languages"),
    (
        "l10n_julien",
        "overview",
        "certification",
        "end",
        "and negotiation of rates.",
        "and negotiation of rates. Holds the ATA certification for English into French.",
    ),
    (
        "l10n_julien",
        D.format(0),
        "tool",
        "end",
        "its documentation in 28 languages.",
        "its documentation in 28 languages, with Smartling as secondary TMS.",
    ),
    ("l10n_julien", B.format(0, 0), "number", "middle", "and 65 freelance", "and 85 freelance"),
    ("l10n_julien", B.format(0, 1), "date", "middle", "to four in 2019", "to four in 2018"),
    (
        "l10n_julien",
        B.format(0, 2),
        "metric",
        "end",
        "for each language.",
        "for each language, reducing critical errors by 45%.",
    ),
    ("l10n_julien", B.format(0, 3), "version", "middle", "from Trados to", "from Trados Studio 2022 to"),
    (
        "l10n_julien",
        D.format(1),
        "customer",
        "end",
        "life-sciences clients at SDL.",
        "life-sciences clients at SDL such as Sanofi.",
    ),
    (
        "l10n_julien",
        D.format(1),
        "duration",
        "start",
        "Project management of translations",
        "Eight years of project management of translations",
    ),
    (
        "l10n_julien",
        B.format(1, 0),
        "team size",
        "start",
        "Around 300 projects",
        "With a team of five coordinators, around 300 projects",
    ),
    (
        "l10n_julien",
        B.format(1, 2),
        "certified",
        "start",
        "Linguistic validation of IFUs",
        "As sworn translator certified by the Court of Appeal, linguistic validation of IFUs",
    ),
    (
        "l10n_julien",
        ADD.format(1),
        "new bullet",
        "start",
        None,
        "Set up the machine-translation post-editing workflow with DeepL for German.",
    ),
    (
        "l10n_julien",
        ADD.format(1),
        "moved bullet",
        "start",
        None,
        "Introduction of an MQM-based LQA with monthly scorecards for each language.",
    ),
]

UNSURE = [
    (
        "hris_priya",
        B.format(0, 0),
        "Led seven Workday configurators",
        "Led an offshore team of seven Workday configurators",
        "the CV says 'offshore configuration teams' in the overview, but this team sat partly in Dubai, where the "
        "customer was",
    ),
    (
        "hris_priya",
        D.format(1),
        "an Indian two-wheeler maker",
        "an Indian automotive manufacturer",
        "generalises 'two-wheeler manufacturer' to 'automotive'; the sidebar lists Automotive as an industry",
    ),
    (
        "change_katrin",
        "overview",
        "Change lead with",
        "Change lead and DBVC-certified systemic coach with",
        "the sidebar lists 'Systemic Coach (DBVC)' among certifications but never uses the word 'certified'",
    ),
    (
        "change_katrin",
        B.format(1, 1),
        "Coached 18 team leads",
        "Coached 18 team leads one-to-one",
        "the CV says she coached them but not in what format",
    ),
    (
        "service_hannah",
        D.format(1),
        "and the NHS at Snook",
        "and NHS Scotland at Snook",
        "the CV says 'the NHS' and Scottish councils; NHS Scotland is a likely inference it does not state",
    ),
    (
        "service_hannah",
        B.format(0, 3),
        "Met all 14 points",
        "Passed first time, meeting all 14 points",
        "'first time' is not stated, although no earlier assessment is mentioned",
    ),
    (
        "m365_arjun",
        B.format(0, 0),
        "using Azure AD Connect",
        "using Azure AD Connect (now Microsoft Entra Connect)",
        "a true product rename, but the CV never says Entra; the posting does",
    ),
    (
        "m365_arjun",
        "overview",
        "for banking, pharma and manufacturing clients",
        "for banking, pharma, manufacturing and telecom clients",
        "telecom is in the sidebar's industries and the Lotus Notes migration was for a telecom client, but the "
        "overview's migration claim names three industries",
    ),
    (
        "fieldops_rafael",
        B.format(0, 1),
        "(2021).",
        "(2021), on schedule.",
        "'on schedule' is a common filler the CV does not state",
    ),
    (
        "pos_gareth",
        B.format(0, 3),
        "came in 3% below it",
        "came in 3% (about £435k) below it",
        "£435k is 3% of £14.5m worked out, a figure the CV does not write",
    ),
    (
        "opera_camille",
        "overview",
        "Consultant for hospitality systems",
        "Oracle-certified consultant for hospitality systems",
        "the sidebar holds an Oracle OPERA Cloud Implementation Specialist certificate; 'Oracle-certified' may "
        "overstate its scope",
    ),
    (
        "elearning_sneha",
        B.format(0, 2),
        "480 hours of content",
        "480 hours of Storyline and Rise content",
        "Rise 360 is in the environment, but the bullet only names Storyline developers",
    ),
    (
        "crm_fiona",
        B.format(0, 0),
        "to go-live.",
        "to go-live, on time and on budget.",
        "'on time and on budget' is unstated filler that a reader may take as a claim",
    ),
    (
        "cafm_joerg",
        D.format(0),
        "a DAX-listed automotive group's",
        "a German automotive OEM's",
        "DAX-listed implies German and the group is automotive, but 'OEM' says it builds vehicles, which the CV "
        "does not",
    ),
    (
        "health_luciana",
        "overview",
        "across Brazil and Latin America",
        "across Brazil, Central America and the Caribbean",
        "draws the region from the PAHO experience; the CV's overview says Latin America",
    ),
    (
        "l10n_julien",
        "overview",
        "Vendor manager for localisation",
        "Certified vendor manager for localisation",
        "the certificate is 'Certified Localization Project Manager', not vendor manager",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, INJECTED)
AMBIGUOUS = build(CVS, UNSURE, with_reason=True)
GUARD_FLOOR = {"caught": 150, "touched": 2}
TOUCH_NOT_MET = (
    'set L: 2/137 honest texts touched (1.5%; blind 22/137); since guardcat11 "the Service Standard" '
    'is a name of capitalised words the CV never writes (it says "14 standard points")'
)
# Every injected claim caught since tuning on sets I, J and L; before: set L (blind at first: 147/150 caught,
# 22/137 touched; then tuned on): 148/150 caught; misses: 'certified in' a product list, a start year added
# ('Since 2010')
