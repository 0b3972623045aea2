"""Blind set R for the free-text claims guard (issue 20), written blind, without reading the guard's rules,
its benchmarks or any other set: twelve CVs in airline revenue management (PROS, Sabre), EV charging networks
(OCPP, charge-point management), Veeva CRM for life-sciences field teams, Peppol e-invoicing and VAT compliance,
ADAS perception (camera and radar fusion), mobile RAN optimisation (Ericsson, Nokia), retail category management
and space planning (Blue Yonder), hotel revenue management (IDeaS), customer-support operations (Zendesk,
Intercom), programmatic advertising (DV360, The Trade Desk), Maximo asset management for rolling stock and payroll
systems (ADP, UKG), each with a posting or brief, one honest tailoring in one of three model styles (polished,
terse, clumsy filler), single injected claims of every kind and a few edits honestly left ambiguous."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}

# --- Airline revenue management: polished rewrite, third person ---
_src = cv(
    "Airline Revenue Management Consultant",
    "Ingrid Solberg",
    "Revenue management consultant with 11 years in airline pricing and inventory control. Implemented PROS O&D "
    "and Sabre AirVision Revenue Optimizer at network carriers and one low-cost airline. Works between commercial "
    "teams and IT on forecasting, overbooking and fare structure redesign.",
    [
        (
            "Lead RM Consultant, Nordavia Airlines, 2021 - 2024",
            "Engagement for Nordavia Airlines covering the replacement of a leg-based RM system with PROS Origin & "
            "Destination optimisation across 140 routes.",
            [
                "Led cut-over of 140 routes from leg-based control to PROS O&D in four waves over 9 months.",
                "Rebuilt the no-show forecast and overbooking model, reducing denied boardings by 22%.",
                "Trained 35 revenue analysts on bid-price control and the PROS user interface.",
                "Defined KPIs for revenue per available seat kilometre (RASK) and load factor with the network "
                "planning team.",
            ],
            ["PROS O&D", "PROS Real-Time Dynamic Pricing", "Oracle", "Python", "Tableau"],
        ),
        (
            "Revenue Management Analyst, Baltic Wings, 2016 - 2021",
            "Low-cost carrier; owned pricing and inventory for the Scandinavian network on Sabre AirVision Revenue "
            "Optimizer.",
            [
                "Managed fares and inventory for about 60 routes out of Oslo and Stockholm.",
                "Introduced a fare-family structure with three branded fares, lifting ancillary revenue per "
                "passenger by 9%.",
                "Automated daily competitor fare monitoring with Python and ATPCO filings, saving 12 analyst hours "
                "a week.",
            ],
            ["Sabre AirVision Revenue Optimizer", "ATPCO", "Python", "SQL Server", "Excel"],
        ),
        (
            "Pricing Analyst, Fjordline Travel, 2013 - 2016",
            "Tour operator; pricing of package holidays.",
            [
                "Priced charter seat and hotel packages for 14 Mediterranean destinations.",
                "Built a weekly demand dashboard in Excel and SQL used by the sales director.",
            ],
            ["Excel", "SQL Server"],
        ),
    ],
    skills=[
        "Origin & destination optimisation",
        "Demand forecasting",
        "Overbooking",
        "Fare structure design",
        "Continuous pricing",
    ],
    tools=["PROS O&D", "Sabre AirVision", "ATPCO", "Python", "Tableau", "SQL"],
    certifications=["IATA Airline Revenue Management Diploma"],
    academic_background=["MSc Operations Research, Norwegian University of Science and Technology (NTNU), 2013"],
    spoken_languages=["Norwegian (native)", "English (fluent)", "German (conversational)"],
    industries=["Aviation", "Travel"],
)
CVS["airline_rm"] = {
    "source": _src,
    "prompt": "Job posting: Senior Revenue Management Consultant (airline). Our client, a European network carrier, "
    "is migrating to PROS O&D. We need hands-on origin-destination optimisation, overbooking and forecasting "
    "experience, the ability to train analyst teams and to align with network planning. Sabre experience a plus.",
    "honest": tailor(
        _src,
        "Airline revenue management consultant bringing 11 years of pricing and inventory control expertise. Has "
        "delivered PROS O&D and Sabre AirVision Revenue Optimizer implementations for network carriers and a "
        "low-cost airline, bridging commercial and IT teams across forecasting, overbooking and fare structure "
        "redesign.",
        [
            (
                "Led Nordavia Airlines' move from a leg-based RM system to PROS origin-destination optimisation "
                "across 140 routes.",
                [
                    "Orchestrated the cut-over of 140 routes from leg-based control to PROS O&D in four waves over "
                    "nine months.",
                    "Redesigned the no-show forecast and overbooking model, cutting denied boardings by 22%.",
                    "Trained 35 revenue analysts in bid-price control and the PROS interface.",
                    "Partnered with network planning to define RASK (revenue per available seat kilometre) and load "
                    "factor KPIs.",
                ],
            ),
            (
                "Owned pricing and inventory for Baltic Wings' Scandinavian network on Sabre AirVision Revenue "
                "Optimizer, at a low-cost carrier.",
                [
                    "Managed fares and inventory for around 60 routes from Oslo and Stockholm.",
                    "Launched a three-tier branded fare-family structure, raising ancillary revenue per passenger by "
                    "9%.",
                    "Automated daily competitor fare monitoring using Python and ATPCO filings, freeing 12 analyst "
                    "hours per week.",
                ],
            ),
            (
                "Package-holiday pricing at Fjordline Travel, a tour operator.",
                [
                    "Set prices for charter seat and hotel packages across 14 Mediterranean destinations.",
                    "Created a weekly Excel and SQL demand dashboard for the sales director.",
                ],
            ),
        ],
    ),
}

# --- EV charging networks: terse rewrite, figures verbatim, result-first bullets ---
_src = cv(
    "EV Charging Platform Engineer",
    "Tomasz Wierzbicki",
    "Backend engineer specialised in charge-point management systems (CPMS) for public EV charging networks. Eight "
    "years of experience, the last five on OCPP 1.6J and OCPP 2.0.1 integrations. Has connected hardware from ABB, "
    "Alpitronic and Wallbox to cloud back ends and built roaming links over OCPI.",
    [
        (
            "Senior Backend Engineer, VoltGrid Charging, 2022 - 2025",
            "Charge-point operator running 4,800 public chargers in Poland and Czechia; in-house CPMS built on Kotlin "
            "and Kafka.",
            [
                "Migrated 3,100 chargers from OCPP 1.6J to OCPP 2.0.1 without a field visit, using remote firmware "
                "updates.",
                "Built the smart-charging service that caps site load with OCPP charging profiles, avoiding "
                "grid-connection upgrades at 45 sites.",
                "Cut failed charging sessions from 7.5% to 2.1% by tracing StatusNotification faults per vendor.",
                "On-call rotation lead for a team of 6 engineers.",
            ],
            ["Kotlin", "Spring Boot", "Apache Kafka", "PostgreSQL", "AWS", "OCPP 2.0.1"],
        ),
        (
            "Backend Developer, PlugNet, 2019 - 2022",
            "Start-up offering a white-label CPMS to municipalities and fleet depots.",
            [
                "Wrote the OCPP 1.6J WebSocket gateway handling about 20,000 messages per minute.",
                "Implemented OCPI 2.2 roaming with Hubject and Gireve so drivers could charge on partner networks.",
                "Added ISO 15118 Plug & Charge certificate handling for two depot customers.",
            ],
            ["Java", "Node.js", "PostgreSQL", "Redis", "Docker", "OCPI 2.2"],
        ),
    ],
    skills=["OCPP 1.6J / 2.0.1", "OCPI", "Smart charging", "Event-driven architecture"],
    languages=["Kotlin", "Java", "TypeScript", "SQL"],
    tools=["Kafka", "PostgreSQL", "Redis", "Docker", "Terraform", "Grafana"],
    certifications=["AWS Certified Developer – Associate"],
    academic_background=["BSc Computer Science, Warsaw University of Technology, 2017"],
    spoken_languages=["Polish (native)", "English (fluent)"],
)
CVS["ev_charging"] = {
    "source": _src,
    "prompt": "Job posting: Lead Engineer, Charge-Point Management Platform. A fast-growing charge-point operator "
    "needs an OCPP 2.0.1 expert to own smart charging, roaming (OCPI) and charger reliability. Kotlin or Java, "
    "Kafka, AWS. Keep it short and factual.",
    "honest": tailor(
        _src,
        "Backend engineer for public EV charging networks, focused on charge-point management systems. 8 years' "
        "experience; the last 5 on OCPP 1.6J and 2.0.1 integrations. Connected ABB, Alpitronic and Wallbox "
        "hardware to cloud back ends; built OCPI roaming links.",
        [
            (
                "VoltGrid Charging: charge-point operator with 4,800 public chargers across Poland and Czechia. "
                "In-house CPMS on Kotlin and Kafka.",
                [
                    "3,100 chargers moved from OCPP 1.6J to 2.0.1 by remote firmware update, no field visits.",
                    "No grid-connection upgrades needed at 45 sites: built the smart-charging service that caps site "
                    "load through OCPP charging profiles.",
                    "Failed sessions down from 7.5% to 2.1%, by tracing StatusNotification faults per vendor.",
                    "Led the on-call rotation for a 6-engineer team.",
                ],
            ),
            (
                "PlugNet: start-up selling a white-label CPMS to municipalities and fleet depots.",
                [
                    "Wrote the OCPP 1.6J WebSocket gateway: about 20,000 messages a minute.",
                    "Partner-network charging for drivers via OCPI 2.2 roaming with Hubject and Gireve.",
                    "ISO 15118 Plug & Charge certificate handling added for two depot customers.",
                ],
            ),
        ],
    ),
}

# --- Veeva CRM for life-sciences field teams: clumsy small-model rewrite with filler ---
_src = cv(
    "Veeva CRM Solution Consultant",
    "Aisling Moriarty",
    "Salesforce and Veeva CRM consultant with 9 years in life sciences. Configures Veeva CRM for field sales and "
    "medical science liaison (MSL) teams, including call reporting, CLM content and Veeva Network data. Delivered "
    "rollouts for pharmaceutical companies in Ireland, the UK and the Nordics.",
    [
        (
            "Veeva CRM Lead, Halden Pharma, 2021 - 2024",
            "Global rollout of Veeva CRM to the oncology and immunology field forces of a mid-sized pharmaceutical "
            "company.",
            [
                "Rolled Veeva CRM out to 1,250 representatives in 14 countries in three waves.",
                "Configured call reporting, sample management and approved email for the oncology brand teams.",
                "Integrated Veeva Network with the company's master data hub, raising HCP address match rate to 96%.",
                "Ran user acceptance testing with 40 field users and country admins.",
            ],
            ["Veeva CRM", "Veeva Network", "Veeva Vault PromoMats", "Salesforce", "MuleSoft"],
        ),
        (
            "Salesforce Consultant, Cleary Digital, 2017 - 2021",
            "Consultancy building Salesforce and Veeva solutions for Irish and UK medtech clients.",
            [
                "Built CLM presentations in Veeva for a medtech sales team of 80 people.",
                "Set up MSL medical inquiry workflows with Apex triggers and validation rules.",
                "Migrated 200,000 account records from a legacy CRM using Data Loader.",
            ],
            ["Salesforce Sales Cloud", "Apex", "Veeva CRM", "Data Loader", "Jira"],
        ),
        (
            "Business Analyst, St. Brendan's Hospital Group, 2015 - 2017",
            "Analyst on the patient administration system replacement.",
            [
                "Documented 120 clinical workflows for the new patient administration system.",
                "Coordinated testing between ward staff and the vendor.",
            ],
            ["Visio", "SQL Server", "Excel"],
        ),
    ],
    skills=[
        "Veeva CRM configuration",
        "CLM",
        "Approved Email",
        "HCP master data",
        "Compliance (GDPR, EFPIA disclosure)",
    ],
    tools=["Veeva CRM", "Veeva Network", "Vault PromoMats", "Salesforce", "Data Loader", "Jira"],
    certifications=["Salesforce Certified Administrator", "Veeva CRM Administrator Certification"],
    academic_background=["BSc Pharmacology, University College Cork, 2014"],
    spoken_languages=["English (native)", "Irish (fluent)", "French (basic)"],
    industries=["Pharmaceuticals", "Medical devices"],
)
CVS["veeva_crm"] = {
    "source": _src,
    "prompt": "Customer brief: A Nordic pharmaceutical company is extending Veeva CRM to its medical affairs and MSL "
    "team. Looking for a results-driven consultant with Veeva CRM configuration, Veeva Network data and field-force "
    "rollout experience, able to work with cross-functional stakeholders.",
    "honest": tailor(
        _src,
        "Results-driven Veeva CRM and Salesforce consultant with 9 years of experience in life sciences and a "
        "proven track record. Configures Veeva CRM for field sales and MSL teams (call reporting, CLM content, "
        "Veeva Network data) and works with cross-functional stakeholders. Has delivered rollouts for "
        "pharmaceutical companies in Ireland, the UK and the Nordics.",
        [
            (
                "Global Veeva CRM rollout project for a mid-sized pharmaceutical company, for the oncology and "
                "immunology field forces, with a focus on field-force rollout.",
                [
                    "Successfully rolled out Veeva CRM to 1,250 reps across 14 countries in three waves.",
                    "Configured call reporting, sample management and approved email for oncology brand teams, "
                    "working with cross-functional stakeholders.",
                    "Veeva Network integration with master data hub, HCP address match rate raised to 96%.",
                    "Led user acceptance testing with 40 field users and country admins.",
                ],
            ),
            (
                "Built Salesforce and Veeva solutions for medtech clients in Ireland and the UK at a consultancy.",
                [
                    "Built Veeva CLM presentations for a medtech sales team of 80.",
                    "Set up medical inquiry workflows for MSLs using Apex triggers and validation rules.",
                    "Migrated 200,000 account records from legacy CRM with Data Loader.",
                ],
            ),
            (
                "Business analyst for the replacement of the patient administration system.",
                [
                    "Documented 120 clinical workflows for new patient administration system.",
                    "Coordinated testing with ward staff and the vendor.",
                ],
            ),
        ],
    ),
}

# --- Peppol e-invoicing and VAT compliance: first-person overview, polished ---
_src = cv(
    "E-Invoicing and VAT Compliance Architect",
    "Lieve Vandersteen",
    "E-invoicing architect with 12 years in accounts payable automation and indirect tax. Designed Peppol BIS "
    "Billing 3.0 access-point integrations for SAP and Microsoft Dynamics 365 customers and led VAT compliance "
    "projects for Belgium's B2B e-invoicing mandate. Acts as the technical contact towards the Belgian Peppol "
    "Authority for two service providers.",
    [
        (
            "Solution Architect, Invoxa (Peppol access point provider), 2020 - 2025",
            "Certified Peppol access point serving 3,400 Belgian and Dutch businesses.",
            [
                "Designed the SAP S/4HANA connector that sends and receives UBL 2.1 invoices over Peppol.",
                "Prepared 600 customers for Belgium's 2026 B2B e-invoicing mandate.",
                "Built validation against EN 16931 and Peppol BIS Billing 3.0 Schematron rules, rejecting malformed "
                "invoices before sending.",
                "Cut average onboarding time from 6 weeks to 10 days with a self-service SMP registration portal.",
            ],
            ["Java", "Oxalis", "SAP S/4HANA", "Microsoft Dynamics 365", "Azure", "Schematron"],
        ),
        (
            "Indirect Tax Consultant, Meulemans & Partners, 2013 - 2020",
            "Tax advisory firm; VAT compliance and reporting for manufacturing and retail clients.",
            [
                "Automated monthly VAT returns and EC Sales Lists for 25 clients with SAP reports.",
                "Led a VAT reconciliation project that recovered EUR 1.4 million in overpaid input VAT for a retail "
                "chain.",
                "Mapped Intrastat reporting for a manufacturer with sites in Belgium, France and Germany.",
            ],
            ["SAP ECC", "SAP FI", "Excel", "Alteryx"],
        ),
    ],
    skills=["Peppol BIS Billing 3.0", "UBL 2.1", "EN 16931", "VAT compliance", "Intrastat"],
    tools=["Oxalis", "SAP S/4HANA", "Dynamics 365", "Alteryx"],
    certifications=["Microsoft Certified: Azure Solutions Architect Expert"],
    academic_background=[
        "Master of Laws (LLM) in Tax Law, KU Leuven, 2012",
        "Postgraduate Certificate in VAT, Antwerp Management School, 2015",
    ],
    spoken_languages=["Dutch (native)", "French (fluent)", "English (fluent)"],
    industries=["Tax technology", "Retail", "Manufacturing"],
)
CVS["peppol"] = {
    "source": _src,
    "prompt": "Job posting: Peppol Integration Architect for a Dutch ERP vendor. Must know Peppol BIS 3.0, UBL, "
    "EN 16931 validation and SMP/SML registration; a VAT background is valued. Write the summary in the first "
    "person.",
    "honest": tailor(
        _src,
        "I am an e-invoicing architect with twelve years across accounts payable automation and indirect tax. I have "
        "designed Peppol BIS Billing 3.0 access-point integrations for SAP and Dynamics 365 customers, led VAT "
        "compliance projects for Belgium's B2B e-invoicing mandate, and I act as technical contact to the Belgian "
        "Peppol Authority for two service providers.",
        [
            (
                "Invoxa is a certified Peppol access point serving 3,400 businesses in Belgium and the Netherlands.",
                [
                    "Designed an SAP S/4HANA connector for sending and receiving UBL 2.1 invoices via Peppol.",
                    "Readied 600 customers for the Belgian 2026 B2B e-invoicing mandate.",
                    "Implemented EN 16931 and Peppol BIS Billing 3.0 Schematron validation so malformed invoices are "
                    "rejected before they are sent.",
                    "Reduced average onboarding from six weeks to ten days through a self-service Service Metadata "
                    "Publisher (SMP) registration portal.",
                ],
            ),
            (
                "VAT compliance and reporting for manufacturing and retail clients at a tax advisory firm.",
                [
                    "Automated monthly VAT returns and EC Sales Lists for 25 clients using SAP reports.",
                    "Led a VAT reconciliation that recovered €1.4m in overpaid input VAT for a retail chain.",
                    "Mapped Intrastat reporting for a manufacturer operating sites in Belgium, France and Germany.",
                ],
            ),
        ],
    ),
}

# --- ADAS perception: terse rewrite, abbreviations expanded and shortened ---
_src = cv(
    "ADAS Perception Engineer",
    "Kenji Arakawa",
    "Perception engineer with 7 years in advanced driver-assistance systems (ADAS). Works on camera and radar fusion "
    "for object detection and tracking, from dataset curation to embedded deployment on NVIDIA DRIVE. Experience "
    "with Euro NCAP test protocols and ISO 26262 safety processes.",
    [
        (
            "Senior Perception Engineer, Kestrel Mobility, 2021 - 2025",
            "Tier-1 supplier developing a front camera and corner radar ADAS stack for two European OEM programmes.",
            [
                "Designed a late-fusion tracker combining camera detections and four corner radars with an extended "
                "Kalman filter.",
                "Improved pedestrian detection recall at night from 81% to 89% on the internal validation set.",
                "Ported the detection network to NVIDIA DRIVE Orin with TensorRT, reaching 30 frames per second.",
                "Supported Euro NCAP AEB pedestrian and cyclist test campaigns at the proving ground.",
                "Mentored 3 junior engineers.",
            ],
            ["C++17", "Python", "PyTorch", "TensorRT", "ROS 2", "NVIDIA DRIVE Orin"],
        ),
        (
            "Computer Vision Engineer, Aoba Robotics, 2018 - 2021",
            "Start-up building perception for autonomous delivery robots.",
            [
                "Trained lane and curb segmentation models on 120,000 labelled frames.",
                "Built the data pipeline that auto-selected hard frames for labelling, reducing labelling cost by "
                "about a third.",
                "Calibrated camera-radar extrinsics with a target-based routine used on the whole fleet of 40 robots.",
            ],
            ["Python", "PyTorch", "OpenCV", "ROS", "AWS S3"],
        ),
    ],
    skills=["Sensor fusion", "Object tracking", "Deep learning", "Functional safety (ISO 26262)", "SOTIF"],
    languages=["C++", "Python", "CUDA"],
    tools=["PyTorch", "TensorRT", "ROS 2", "OpenCV", "CARLA"],
    certifications=["ISO 26262 Functional Safety Engineer (TÜV SÜD)"],
    academic_background=["MEng Mechanical Engineering, Tohoku University, 2017"],
    spoken_languages=["Japanese (native)", "English (fluent)", "German (basic)"],
    industries=["Automotive"],
)
CVS["adas"] = {
    "source": _src,
    "prompt": "Job posting: Sensor Fusion Engineer, ADAS. Camera-radar fusion and tracking (Kalman filters), "
    "embedded deployment (TensorRT, Orin), Euro NCAP experience, ISO 26262 awareness. Concise CVs preferred.",
    "honest": tailor(
        _src,
        "ADAS perception engineer, 7 years. Camera-radar fusion for object detection and tracking, from dataset "
        "curation through embedded deployment on NVIDIA DRIVE. Knows Euro NCAP test protocols and ISO 26262 safety "
        "processes.",
        [
            (
                "Kestrel Mobility, a Tier-1 supplier: front camera and corner radar ADAS stack for two European OEM "
                "programmes.",
                [
                    "Built a late-fusion tracker: camera detections plus four corner radars, fused with an extended "
                    "Kalman filter (EKF).",
                    "Night-time pedestrian detection recall up from 81% to 89% on the internal validation set.",
                    "Ported the detection network to DRIVE Orin using TensorRT; 30 fps.",
                    "Supported Euro NCAP autonomous emergency braking (AEB) pedestrian and cyclist test campaigns on "
                    "the proving ground.",
                    "Mentored three junior engineers.",
                ],
            ),
            (
                "Aoba Robotics: perception for autonomous delivery robots.",
                [
                    "Trained lane and kerb segmentation models on 120k labelled frames.",
                    "Pipeline auto-selecting hard frames for labelling; labelling cost down by roughly a third.",
                    "Target-based camera-radar extrinsic calibration, used across all 40 robots in the fleet.",
                ],
            ),
        ],
    ),
}

# --- Mobile RAN optimisation: clumsy small-model rewrite, result-first where it reorders ---
_src = cv(
    "RAN Optimisation Engineer",
    "Oluwaseun Adeyemi",
    "Radio access network optimisation engineer with 10 years on 4G LTE and 5G NR networks. Works with Ericsson and "
    "Nokia equipment, drive-test and counter data, and self-organising network (SON) tools to improve coverage, "
    "capacity and call quality for mobile operators.",
    [
        (
            "Senior RAN Optimisation Engineer, Meridian Telecom, 2020 - 2025",
            "Optimisation of the 5G NR non-standalone rollout on Ericsson equipment in the northern region, about "
            "2,300 sites.",
            [
                "Tuned antenna tilts and neighbour lists on 2,300 sites, raising 5G NR availability from 92% to 97.5%.",
                "Reduced dropped-call rate on VoLTE from 0.9% to 0.4% with parameter audits in Ericsson Network "
                "Manager.",
                "Automated weekly KPI reports with Python and Oracle, replacing manual Excel work for 8 engineers.",
                "Coordinated drive tests with TEMS Investigation after each cluster launch.",
            ],
            ["Ericsson ENM", "TEMS Investigation", "Python", "Oracle", "Atoll"],
        ),
        (
            "RF Optimisation Engineer, Lagos Wireless Services, 2015 - 2020",
            "Managed-services contractor optimising a Nokia LTE network for a national operator.",
            [
                "Optimised 900 Nokia LTE sites in Lagos and Abuja.",
                "Rolled out Nokia SON features for automatic neighbour relations, cutting handover failures by 30%.",
                "Planned 120 new sites in Atoll ahead of a capacity expansion.",
            ],
            ["Nokia NetAct", "Nokia SON", "Atoll", "Actix", "MapInfo"],
        ),
    ],
    skills=["LTE/NR optimisation", "Drive testing", "SON", "Capacity planning", "KPI analysis"],
    tools=["Ericsson ENM", "Nokia NetAct", "TEMS", "Atoll", "Actix", "Python"],
    certifications=["Ericsson Certified Associate – 5G RAN"],
    academic_background=["BEng Electrical and Electronic Engineering, University of Lagos, 2014"],
    spoken_languages=["English (native)", "Yoruba (native)"],
    industries=["Telecommunications"],
)
CVS["ran_opt"] = {
    "source": _src,
    "prompt": "Job posting: RAN Optimisation Lead for a UK operator's 5G standalone programme. Ericsson and Nokia, "
    "SON, drive-test analysis, KPI automation with Python, coordination across teams. Results-driven candidates "
    "with a proven track record.",
    "honest": tailor(
        _src,
        "Results-driven RAN optimisation engineer with a proven track record of 10 years on 4G LTE and 5G NR "
        "networks for mobile operators. Experienced with Ericsson and Nokia equipment, SON tools, drive-test and "
        "counter data, improving coverage, capacity and call quality.",
        [
            (
                "Optimised the 5G NR non-standalone (NSA) rollout in the northern region on Ericsson equipment "
                "(about 2,300 sites).",
                [
                    "Raised 5G NR availability from 92% to 97.5% by tuning antenna tilts and neighbour lists on "
                    "2,300 sites.",
                    "VoLTE dropped-call rate reduced from 0.9% to 0.4% through parameter audits in Ericsson ENM.",
                    "Automated weekly KPI reporting using Python and Oracle, replacing manual Excel work for 8 "
                    "engineers, with KPI automation.",
                    "Coordinated drive tests using TEMS Investigation after every cluster launch.",
                ],
            ),
            (
                "Worked for a managed-services contractor optimising a national operator's Nokia LTE network.",
                [
                    "Optimised 900 LTE sites on Nokia in Lagos and Abuja.",
                    "Handover failures cut by 30% with the roll-out of Nokia SON automatic neighbour relations (ANR) "
                    "features.",
                    "Planned 120 new sites in Atoll for the capacity expansion.",
                ],
            ),
        ],
    ),
}

# --- Retail category management and space planning: polished, bullets begin with the result ---
_src = cv(
    "Category Management and Space Planning Consultant",
    "Hannah Lindqvist",
    "Retail consultant with 13 years in category management, assortment and space planning. Implements Blue Yonder "
    "Space Planning and Category Management for grocery and DIY retailers and trains planning teams to build "
    "store-specific planograms.",
    [
        (
            "Lead Consultant, Shelfwise Consulting, 2019 - 2025",
            "Blue Yonder implementation partner; led space planning projects for grocery and DIY chains in the "
            "Nordics.",
            [
                "Implemented Blue Yonder Space Planning for a grocery chain with 410 stores, moving from cluster "
                "planograms to store-specific ones.",
                "Automated planogram generation for 60 categories, cutting planogram production time by half.",
                "Set up assortment optimisation in Blue Yonder Category Management, reducing SKU count by 12% with "
                "no loss of category sales.",
                "Trained 55 space planners across three countries.",
            ],
            [
                "Blue Yonder Space Planning",
                "Blue Yonder Category Management",
                "Blue Yonder Floor Planning",
                "SQL Server",
                "Power BI",
            ],
        ),
        (
            "Category Manager, Nordhem Bygg, 2012 - 2019",
            "Category manager for paint and decorating in a DIY chain of about 120 stores.",
            [
                "Grew paint category margin by 3.5 percentage points over four years through range reviews and "
                "private-label introduction.",
                "Negotiated annual terms with 18 suppliers.",
                "Introduced planogram compliance audits using store photos.",
            ],
            ["JDA Space Planning", "SAP Retail", "Excel"],
        ),
    ],
    skills=[
        "Category management",
        "Assortment optimisation",
        "Planogramming",
        "Floor planning",
        "Supplier negotiation",
    ],
    tools=["Blue Yonder Space Planning", "Blue Yonder Category Management", "JDA", "Power BI", "SAP Retail"],
    certifications=["Blue Yonder Certified Space Planning Professional"],
    academic_background=["MSc Business Administration, Stockholm School of Economics, 2011"],
    spoken_languages=["Swedish (native)", "English (fluent)", "Norwegian (good)"],
    industries=["Grocery", "DIY retail"],
)
CVS["category_mgmt"] = {
    "source": _src,
    "prompt": "Customer brief: A UK grocery retailer is moving to store-specific planograms on Blue Yonder "
    "(formerly JDA). It needs a consultant with Blue Yonder Space Planning, assortment optimisation and planner "
    "training; a category-manager background is valued. Lead each bullet with the outcome.",
    "honest": tailor(
        _src,
        "Retail consultant offering 13 years of category management, assortment and space planning experience. "
        "Delivers Blue Yonder Space Planning and Category Management implementations for grocery and DIY retailers, "
        "and trains planning teams to build store-specific planograms.",
        [
            (
                "Led Nordic space planning projects for grocery and DIY chains at a Blue Yonder implementation "
                "partner.",
                [
                    "Store-specific planograms for 410 grocery stores, replacing cluster planograms, through a Blue "
                    "Yonder Space Planning implementation.",
                    "Half the planogram production time, by automating planogram generation for 60 categories.",
                    "12% fewer SKUs with no loss of category sales, using assortment optimisation in Blue Yonder "
                    "Category Management.",
                    "55 space planners trained across three countries.",
                ],
            ),
            (
                "Managed the paint and decorating category for a DIY chain of around 120 stores.",
                [
                    "3.5 percentage points of paint category margin gained over four years via range reviews and a "
                    "private-label introduction.",
                    "Annual terms negotiated with 18 suppliers.",
                    "Planogram compliance audits introduced, based on store photos.",
                ],
            ),
        ],
    ),
}

# --- Hotel revenue management: third-person overview naming the consultant ---
_src = cv(
    "Hotel Revenue Manager",
    "Giulia Ferraresi",
    "Hotel revenue manager with 10 years in upscale and resort hotels. Implemented IDeaS G3 RMS across a portfolio "
    "of 22 properties and leads pricing, forecasting and distribution strategy with sales and front-office teams.",
    [
        (
            "Area Director of Revenue, Lucerna Hotels & Resorts, 2020 - 2025",
            "Revenue strategy for 22 upscale hotels and resorts in Italy and Switzerland.",
            [
                "Led the IDeaS G3 RMS rollout to 22 properties in 14 months.",
                "Grew RevPAR index by 6 points across the portfolio in 2023.",
                "Introduced length-of-stay controls for the resort properties, raising average length of stay from "
                "2.8 to 3.4 nights.",
                "Coached 9 hotel revenue managers through weekly strategy calls.",
            ],
            ["IDeaS G3 RMS", "Opera PMS", "SynXis", "STR", "Power BI"],
        ),
        (
            "Revenue Manager, Palazzo Serena Milano, 2015 - 2020",
            "Revenue management for a 240-room luxury city hotel.",
            [
                "Rebalanced channel mix, lowering OTA share from 48% to 35% of room nights.",
                "Set group displacement rules with the sales team for congress periods.",
                "Implemented IDeaS RMS in 2017 and trained reservations staff on overrides.",
            ],
            ["IDeaS RMS", "Opera PMS", "SiteMinder", "Excel"],
        ),
        (
            "Reservations Supervisor, Hotel Bellavista Como, 2013 - 2015",
            "Seasonal lakeside hotel with 85 rooms.",
            [
                "Supervised a reservations team of 5.",
                "Managed allotments with tour operators from Germany and the UK.",
            ],
            ["Opera PMS", "Excel"],
        ),
    ],
    skills=["Pricing strategy", "Demand forecasting", "Distribution", "Group displacement", "Total revenue management"],
    tools=["IDeaS G3 RMS", "Opera PMS", "SynXis", "STR", "Power BI"],
    certifications=["HSMAI Certified Revenue Management Executive (CRME)"],
    academic_background=["Laurea in Economics and Tourism Management, Università Bocconi, 2013"],
    spoken_languages=["Italian (native)", "English (fluent)", "German (good)"],
    industries=["Hospitality"],
)
CVS["hotel_rm"] = {
    "source": _src,
    "prompt": "Job posting: Cluster Revenue Manager for a hotel group in Switzerland. IDeaS G3 experience, RevPAR "
    "growth, distribution strategy and coaching of property revenue managers. CRME preferred. Write the profile in "
    "the third person.",
    "honest": tailor(
        _src,
        "Giulia Ferraresi is a hotel revenue manager with a decade in upscale and resort hotels. She implemented "
        "IDeaS G3 RMS across a 22-property portfolio and leads pricing, forecasting and distribution strategy "
        "alongside sales and front-office teams.",
        [
            (
                "Led revenue strategy for Lucerna Hotels & Resorts' 22 upscale hotels and resorts in Italy and "
                "Switzerland.",
                [
                    "Rolled out IDeaS G3 RMS to all 22 properties within 14 months.",
                    "Lifted the portfolio's RevPAR index by six points in 2023.",
                    "Raised average length of stay at the resort properties from 2.8 to 3.4 nights by introducing "
                    "length-of-stay controls.",
                    "Coached nine hotel revenue managers in weekly strategy calls.",
                ],
            ),
            (
                "Ran revenue management at Palazzo Serena Milano, a 240-room luxury city hotel.",
                [
                    "Cut online travel agency (OTA) share from 48% to 35% of room nights by rebalancing the channel "
                    "mix.",
                    "Agreed group displacement rules with sales for congress periods.",
                    "Brought in IDeaS RMS in 2017 and trained reservations staff on overrides.",
                ],
            ),
            (
                "85-room seasonal hotel on the lake: Hotel Bellavista Como.",
                [
                    "Supervised five reservations agents.",
                    "Handled allotments with German and UK tour operators.",
                ],
            ),
        ],
    ),
}

# --- Customer-support operations: terse rewrite, '24/7' as 'round-the-clock', '1.2 million' as '1.2m' ---
_src = cv(
    "Customer Support Operations Manager",
    "Priya Raghunathan",
    "Support operations manager with 8 years running customer service for SaaS companies. Designs Zendesk and "
    "Intercom set-ups, routing, macros and self-service, and runs workforce planning for teams of up to 70 agents "
    "across three time zones.",
    [
        (
            "Head of Support Operations, Fintrail, 2021 - 2025",
            "Support operations for a payments SaaS with 9,000 business customers; 24/7 coverage from Dublin, Pune "
            "and Austin.",
            [
                "Migrated support from Freshdesk to Zendesk Suite in 10 weeks, including 1.2 million historical "
                "tickets.",
                "Built skills-based routing and SLA policies, raising first-response SLA attainment from 78% to 95%.",
                "Launched a Zendesk Guide help centre that deflected about 25% of incoming contacts.",
                "Ran workforce planning for 70 agents with Tymeshift.",
            ],
            ["Zendesk Suite", "Zendesk Guide", "Tymeshift", "Looker", "Slack"],
        ),
        (
            "Support Team Lead, Brightcart, 2017 - 2021",
            "E-commerce platform for small retailers; chat-first support on Intercom.",
            [
                "Led a team of 14 chat agents handling about 30,000 conversations a month.",
                "Wrote Intercom bots and macros that cut median first response time from 9 minutes to 2.",
                "Raised CSAT from 86% to 93% over two years.",
            ],
            ["Intercom", "Shopify", "Google Sheets", "Aircall"],
        ),
    ],
    skills=[
        "Support operations",
        "Workforce management",
        "Knowledge management",
        "SLA design",
        "Quality assurance",
    ],
    tools=["Zendesk", "Intercom", "Tymeshift", "Looker", "Aircall"],
    certifications=["Zendesk Support Administrator Expert"],
    academic_background=["BA Psychology, University of Mumbai, 2015"],
    spoken_languages=["English (fluent)", "Hindi (native)", "Tamil (native)"],
    industries=["SaaS", "Fintech", "E-commerce"],
)
CVS["support_ops"] = {
    "source": _src,
    "prompt": "Job posting: Support Operations Lead (Zendesk). Round-the-clock global support, routing and SLA "
    "design, help-centre deflection, workforce management, CSAT improvement. Short, factual bullets.",
    "honest": tailor(
        _src,
        "Support operations manager, 8 years in SaaS customer service. Designs Zendesk and Intercom set-ups: "
        "routing, macros, self-service. Runs workforce planning for teams up to 70 agents in three time zones.",
        [
            (
                "Fintrail: payments SaaS, 9,000 business customers. Round-the-clock support from Dublin, Pune and "
                "Austin.",
                [
                    "Moved support from Freshdesk to Zendesk Suite in 10 weeks, with 1.2m historical tickets.",
                    "First-response SLA attainment up from 78% to 95% after building skills-based routing and SLA "
                    "policies.",
                    "Zendesk Guide help centre launched; deflects around a quarter of incoming contacts.",
                    "Workforce planning for 70 agents in Tymeshift.",
                ],
            ),
            (
                "Brightcart: e-commerce platform for small retailers, chat-first support on Intercom.",
                [
                    "Led 14 chat agents handling roughly 30,000 conversations per month.",
                    "Intercom bots and macros brought median first response time down from 9 minutes to 2.",
                    "Customer satisfaction (CSAT) raised from 86% to 93% over two years.",
                ],
            ),
        ],
    ),
}

# --- Programmatic advertising: polished rewrite, abbreviations expanded ---
_src = cv(
    "Programmatic Advertising Lead",
    "Marcus Okafor-Bell",
    "Programmatic trader and team lead with 9 years in agency and in-house media buying. Runs campaigns on Display & "
    "Video 360 and The Trade Desk, builds audience strategies with first-party data, and sets up brand-safety and "
    "viewability measurement.",
    [
        (
            "Head of Programmatic, Lumen Media Group, 2021 - 2025",
            "Media agency; programmatic buying for retail, travel and automotive clients with about GBP 40 million "
            "annual spend.",
            [
                "Consolidated trading onto DV360 and The Trade Desk, cutting the number of DSPs from five to two.",
                "Built a first-party audience programme with a retail client's loyalty data, lowering cost per "
                "acquisition by 28%.",
                "Introduced IAS brand-safety and viewability verification across all open-exchange buys.",
                "Managed a team of 11 traders and analysts.",
            ],
            ["Display & Video 360", "The Trade Desk", "Campaign Manager 360", "Integral Ad Science", "BigQuery"],
        ),
        (
            "Programmatic Trader, Northbeam Digital, 2016 - 2021",
            "Performance agency buying display and video for e-commerce brands.",
            [
                "Traded 30 concurrent campaigns on DV360 with bid multipliers and custom algorithms.",
                "Set up private marketplace deals with 15 premium publishers.",
                "Cut invalid traffic from 6% to under 1% with pre-bid filters.",
            ],
            ["DV360", "Google Ads", "Google Analytics", "Excel"],
        ),
        (
            "Marketing Assistant, Leeds Playhouse, 2015 - 2016",
            "Theatre marketing team.",
            [
                "Ran paid social campaigns for 20 productions.",
                "Managed the box-office email newsletter to 45,000 subscribers.",
            ],
            ["Facebook Ads Manager", "Mailchimp"],
        ),
    ],
    skills=["Programmatic buying", "Audience strategy", "PMP deals", "Brand safety", "Attribution"],
    tools=["DV360", "The Trade Desk", "CM360", "IAS", "BigQuery", "Looker Studio"],
    certifications=["Google Display & Video 360 Certification", "The Trade Desk Edge Academy Master"],
    academic_background=["BSc Economics, University of Leeds, 2015"],
    spoken_languages=["English (native)", "French (good)"],
    industries=["Advertising", "Retail", "Travel", "Automotive"],
)
CVS["programmatic"] = {
    "source": _src,
    "prompt": "Job posting: Programmatic Director for an independent agency. DV360 and The Trade Desk, first-party "
    "data activation, brand safety and viewability, leadership of a trading team.",
    "honest": tailor(
        _src,
        "Programmatic trading lead with nine years spanning agency and in-house media buying. Expert in Display & "
        "Video 360 (DV360) and The Trade Desk campaigns, first-party data audience strategy, and brand-safety and "
        "viewability measurement.",
        [
            (
                "Directed programmatic buying at Lumen Media Group for retail, travel and automotive clients, "
                "managing around £40m in annual spend.",
                [
                    "Consolidated trading onto DV360 and The Trade Desk, reducing DSPs from five to two.",
                    "Launched a first-party audience programme built on a retail client's loyalty data, driving a 28% "
                    "reduction in cost per acquisition (CPA).",
                    "Rolled out Integral Ad Science (IAS) brand-safety and viewability verification across every "
                    "open-exchange buy.",
                    "Led a team of eleven traders and analysts.",
                ],
            ),
            (
                "Bought display and video for e-commerce brands at Northbeam Digital, a performance agency.",
                [
                    "Traded 30 campaigns concurrently in Display & Video 360, using bid multipliers and custom "
                    "algorithms.",
                    "Secured private marketplace (PMP) deals with 15 premium publishers.",
                    "Reduced invalid traffic from 6% to below 1% through pre-bid filters.",
                ],
            ),
            (
                "Marketing support within the Leeds Playhouse theatre team.",
                [
                    "Paid social campaigns for 20 productions.",
                    "Box-office email newsletter managed for 45,000 subscribers.",
                ],
            ),
        ],
    ),
}

# --- Maximo asset management for rolling stock: terse rewrite ---
_src = cv(
    "IBM Maximo Consultant – Rail Rolling Stock",
    "Fergus MacAulay",
    "Enterprise asset management consultant with 14 years on IBM Maximo, the last eight for train operators and "
    "rolling-stock maintainers. Configures work management, preventive maintenance and reliability-centred "
    "maintenance (RCM) for fleets, and integrates Maximo with on-train condition monitoring.",
    [
        (
            "Maximo Technical Lead, CaledoRail Fleet Services, 2019 - 2025",
            "Maintainer of 320 multiple units for three UK train operators; upgrade from Maximo 7.6 to Maximo "
            "Application Suite 8.",
            [
                "Led the upgrade from Maximo 7.6 to Maximo Application Suite 8.10 on Red Hat OpenShift.",
                "Modelled 320 units down to component level in Maximo's asset hierarchy, about 410,000 assets.",
                "Moved 60% of time-based maintenance to condition-based triggers fed by on-train monitoring data.",
                "Cut depot work-order backlog by 35% with mobile work management in Maximo Mobile.",
            ],
            ["IBM Maximo Application Suite 8.10", "Maximo Mobile", "Red Hat OpenShift", "Oracle", "Azure IoT Hub"],
        ),
        (
            "Maximo Consultant, Ironbridge Asset Solutions, 2011 - 2019",
            "EAM consultancy delivering Maximo for rail, water and energy customers.",
            [
                "Configured Maximo 7.5 preventive maintenance for a light-rail fleet of 48 trams.",
                "Built BIRT reports for fleet availability and mean distance between failures.",
                "Wrote the MIF integration between Maximo and SAP finance for a water utility.",
            ],
            ["Maximo 7.5", "Maximo 7.6", "BIRT", "MIF", "DB2", "SAP FI"],
        ),
        (
            "Graduate Reliability Engineer, Clyde Traction Ltd, 2010 - 2011",
            "Traction motor overhaul workshop.",
            [
                "Analysed failure data for 200 traction motors.",
                "Wrote FMECA worksheets for the bogie overhaul line.",
            ],
            ["Excel", "Minitab"],
        ),
    ],
    skills=[
        "EAM",
        "RCM",
        "Preventive and condition-based maintenance",
        "Asset hierarchies",
        "Maximo integration",
    ],
    tools=["IBM Maximo", "Maximo Mobile", "BIRT", "OpenShift", "DB2", "Oracle"],
    certifications=["IBM Certified Deployment Professional – Maximo Asset Management v7.6"],
    academic_background=["BEng Mechanical Engineering, University of Strathclyde, 2010"],
    spoken_languages=["English (native)", "Scottish Gaelic (conversational)"],
    industries=["Rail", "Utilities"],
)
CVS["maximo_rail"] = {
    "source": _src,
    "prompt": "Customer brief: A European rolling-stock maintainer is moving to Maximo Application Suite (MAS) and "
    "condition-based maintenance. Looking for a Maximo technical lead with rail fleet experience, MAS 8 upgrades, "
    "asset hierarchy design and IoT integration. Plain language, no marketing.",
    "honest": tailor(
        _src,
        "EAM consultant, 14 years on IBM Maximo; the last 8 with train operators and rolling-stock maintainers. Sets "
        "up work management, preventive maintenance and RCM for fleets; integrates Maximo with on-train condition "
        "monitoring.",
        [
            (
                "CaledoRail Fleet Services maintains 320 multiple units for three UK train operators. Upgrade from "
                "Maximo 7.6 to Maximo Application Suite 8.",
                [
                    "Led the Maximo 7.6 to Maximo Application Suite 8.10 upgrade, on Red Hat OpenShift.",
                    "Asset hierarchy for 320 units down to component level: about 410,000 assets.",
                    "60% of time-based maintenance moved to condition-based triggers from on-train monitoring data.",
                    "Depot work-order backlog down 35% with Maximo Mobile work management.",
                ],
            ),
            (
                "Ironbridge Asset Solutions: enterprise asset management consultancy delivering Maximo to rail, "
                "water and energy customers.",
                [
                    "Maximo 7.5 preventive maintenance configured for a 48-tram light-rail fleet.",
                    "BIRT reports on fleet availability and mean distance between failures (MDBF).",
                    "MIF integration between Maximo and SAP finance, for a water utility.",
                ],
            ),
            (
                "Clyde Traction Ltd: traction-motor overhaul workshop.",
                [
                    "Failure data analysis for 200 traction motors.",
                    "Wrote failure mode, effects and criticality analysis (FMECA) worksheets for the bogie overhaul "
                    "line.",
                ],
            ),
        ],
    ),
}

# --- Payroll systems: clumsy small-model rewrite, digits for words and back ---
_src = cv(
    "Payroll Systems Consultant",
    "Deborah Achterberg",
    "Payroll systems consultant with 15 years in multi-country payroll. Implements ADP Workforce Now, ADP GlobalView "
    "and UKG Pro for employers of 2,000 to 40,000 staff, covering gross-to-net, time and attendance integration and "
    "year-end compliance.",
    [
        (
            "Payroll Implementation Lead, Harbourline Logistics, 2020 - 2025",
            "Logistics group with 18,000 employees in the US and Canada; replacement of four legacy payrolls with UKG "
            "Pro.",
            [
                "Consolidated four legacy payrolls into UKG Pro Payroll across 38 US states and three Canadian "
                "provinces.",
                "Ran six parallel payroll runs, reaching 99.8% gross-to-net accuracy before go-live.",
                "Integrated UKG Pro Workforce Management time data for 11,000 hourly warehouse staff.",
                "Reduced off-cycle payments by 40% in the first year after go-live.",
            ],
            ["UKG Pro", "UKG Pro Workforce Management", "Dell Boomi", "SQL Server", "Power BI"],
        ),
        (
            "Senior Payroll Consultant, Paymatic Advisory, 2010 - 2020",
            "Payroll advisory firm implementing ADP solutions for mid-sized and multinational employers.",
            [
                "Implemented ADP Workforce Now for 12 US employers with 2,000 to 6,000 employees each.",
                "Rolled out ADP GlobalView in the UK, Germany and the Netherlands for a manufacturer with 40,000 "
                "staff.",
                "Prepared year-end W-2 and P60 processes and audit files.",
                "Built reconciliation workbooks that cut monthly payroll close from five days to two.",
            ],
            ["ADP Workforce Now", "ADP GlobalView", "SAP HCM", "Excel", "Alteryx"],
        ),
    ],
    skills=["Gross-to-net", "Multi-country payroll", "Time and attendance", "Year-end processing", "Payroll audit"],
    tools=["UKG Pro", "ADP Workforce Now", "ADP GlobalView", "Dell Boomi", "Alteryx"],
    certifications=["Certified Payroll Professional (CPP), PayrollOrg"],
    academic_background=["BBA Accounting, University of Toronto, 2009"],
    spoken_languages=["English (native)", "Dutch (fluent)"],
    industries=["Logistics", "Manufacturing"],
)
CVS["payroll"] = {
    "source": _src,
    "prompt": "Job posting: Payroll Systems Manager (UKG). Lead a UKG Pro implementation for a 15,000-employee "
    "retailer: multi-state US payroll, time and attendance integration, parallel runs. Results-driven, works with "
    "cross-functional stakeholders. CPP preferred.",
    "honest": tailor(
        _src,
        "Results-driven payroll systems consultant with 15 years of multi-country payroll experience and a proven "
        "track record implementing ADP Workforce Now, ADP GlobalView and UKG Pro for employers with 2,000 to "
        "40,000 staff. Covers gross-to-net, time and attendance integration and year-end compliance, working with "
        "cross-functional stakeholders.",
        [
            (
                "Replaced four legacy payrolls with UKG Pro for a logistics group of 18,000 employees in the US and "
                "Canada (multi-state US payroll).",
                [
                    "Consolidated 4 legacy payroll systems into UKG Pro Payroll for 38 US states and 3 Canadian "
                    "provinces.",
                    "Six parallel runs done, 99.8% gross-to-net accuracy reached before go-live.",
                    "Integrated time and attendance data from UKG Pro Workforce Management for 11,000 hourly "
                    "warehouse staff.",
                    "Off-cycle payments reduced 40% in first year after go-live.",
                ],
            ),
            (
                "Implemented ADP solutions for mid-sized and multinational employers at a payroll advisory firm.",
                [
                    "ADP Workforce Now implementations for 12 US employers (2,000–6,000 employees each).",
                    "ADP GlobalView rollout for a 40,000-staff manufacturer in the UK, Germany and the Netherlands.",
                    "Prepared W-2 and P60 year-end processes and audit files.",
                    "Monthly payroll close cut from 5 days to 2 with reconciliation workbooks.",
                ],
            ),
        ],
    ),
}

HONEST = honest_texts(CVS)

# (cv, field, kind, position, old, new): ``old`` in the honest text becomes ``new``; one claim each.
_FABRICATED = [
    # airline_rm
    ("airline_rm", "overview", "years", "middle", "bringing 11 years", "bringing 15 years"),
    (
        "airline_rm",
        "overview",
        "recognition",
        "end",
        "fare structure redesign.",
        "fare structure redesign, and was named Nordavia's Commercial Partner of the Year.",
    ),
    ("airline_rm", "experiences[0].bullets[0]", "duration", "end", "over nine months.", "over seven months."),
    (
        "airline_rm",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "cutting denied boardings by 22%.",
        "cutting denied boardings by 22% and lifting network revenue by 3%.",
    ),
    ("airline_rm", "experiences[0].bullets[2]", "number", "start", "Trained 35 revenue", "Trained 45 revenue"),
    (
        "airline_rm",
        "experiences[0].description",
        "tool",
        "end",
        "across 140 routes.",
        "across 140 routes, alongside PROS Group Sales Optimizer.",
    ),
    (
        "airline_rm",
        "experiences[1].bullets[2]",
        "tool",
        "middle",
        "using Python and ATPCO filings",
        "using Python, R and ATPCO filings",
    ),
    (
        "airline_rm",
        "experiences[1].description",
        "certified",
        "start",
        "Owned pricing and inventory",
        "As a Sabre-certified analyst, owned pricing and inventory",
    ),
    (
        "airline_rm",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Trained revenue analysts in bid-price control and the PROS interface.",
    ),
    (
        "airline_rm",
        "experiences[2].bullets[0]",
        "number",
        "end",
        "across 14 Mediterranean destinations.",
        "across 18 Mediterranean destinations.",
    ),
    # ev_charging
    ("ev_charging", "overview", "years", "start", "8 years' experience;", "10 years' experience;"),
    (
        "ev_charging",
        "overview",
        "certification",
        "start",
        "Backend engineer for public EV charging networks",
        "AWS Certified Solutions Architect and backend engineer for public EV charging networks",
    ),
    ("ev_charging", "overview", "tool", "end", "built OCPI roaming links.", "built OCPI and OICP roaming links."),
    ("ev_charging", "experiences[0].description", "number", "middle", "with 4,800 public", "with 5,800 public"),
    ("ev_charging", "experiences[0].bullets[0]", "version", "middle", "OCPP 1.6J to 2.0.1", "OCPP 1.6J to 2.1"),
    (
        "ev_charging",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "for a 6-engineer team.",
        "for a 9-engineer team.",
    ),
    (
        "ev_charging",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "faults per vendor.",
        "faults per vendor, which also raised charger uptime to 99.2%.",
    ),
    (
        "ev_charging",
        "experiences[0].bullets[1]",
        "certified",
        "end",
        "through OCPP charging profiles.",
        "through OCPP charging profiles, as an Open Charge Alliance certified engineer.",
    ),
    (
        "ev_charging",
        "experiences[1].bullets[1]",
        "customer",
        "end",
        "with Hubject and Gireve.",
        "with Hubject, Gireve and Shell Recharge.",
    ),
    ("ev_charging", "experiences[1].description", "date", "end", "and fleet depots.", "and fleet depots since 2016."),
    (
        "ev_charging",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed depot load balancing that let 120 electric buses charge overnight on one grid connection.",
    ),
    # veeva_crm
    ("veeva_crm", "overview", "years", "middle", "with 9 years of experience", "with 12 years of experience"),
    (
        "veeva_crm",
        "overview",
        "customer",
        "end",
        "in Ireland, the UK and the Nordics.",
        "in Ireland, the UK and the Nordics, including Novo Nordisk and Lundbeck.",
    ),
    ("veeva_crm", "experiences[0].bullets[0]", "number", "middle", "across 14 countries", "across 16 countries"),
    (
        "veeva_crm",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "raised to 96%.",
        "raised to 96% and duplicate HCP records cut by half.",
    ),
    (
        "veeva_crm",
        "experiences[0].description",
        "tool",
        "end",
        "with a focus on field-force rollout.",
        "with a focus on field-force rollout and Veeva Align territory design.",
    ),
    (
        "veeva_crm",
        "experiences[0].bullets[3]",
        "team size",
        "start",
        "Led user acceptance testing",
        "Led a six-person test team through user acceptance testing",
    ),
    (
        "veeva_crm",
        "experiences[0].bullets[1]",
        "version",
        "start",
        "Configured call reporting",
        "Configured Veeva CRM 23R3 call reporting",
    ),
    (
        "veeva_crm",
        "experiences[1].description",
        "duration",
        "end",
        "in Ireland and the UK at a consultancy.",
        "in Ireland and the UK at a consultancy over six years.",
    ),
    (
        "veeva_crm",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Led user acceptance testing with 40 field users and country admins.",
    ),
    (
        "veeva_crm",
        "experiences[2].description",
        "degree",
        "end",
        "of the patient administration system.",
        "of the patient administration system, after an MSc in Health Informatics.",
    ),
    ("veeva_crm", "experiences[2].bullets[0]", "number", "start", "Documented 120 clinical", "Documented 150 clinical"),
    # peppol
    (
        "peppol",
        "overview",
        "years",
        "start",
        "I am an e-invoicing architect with twelve years",
        "I am an e-invoicing architect with fifteen years",
    ),
    (
        "peppol",
        "overview",
        "version",
        "middle",
        "Peppol BIS Billing 3.0 access-point",
        "Peppol BIS Billing 3.1 access-point",
    ),
    (
        "peppol",
        "overview",
        "customer",
        "end",
        "for two service providers.",
        "for two service providers, Basware and Unifiedpost.",
    ),
    (
        "peppol",
        "experiences[0].description",
        "number",
        "middle",
        "serving 3,400 businesses",
        "serving 4,300 businesses",
    ),
    (
        "peppol",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "invoices via Peppol.",
        "invoices via Peppol and SAP Document Compliance.",
    ),
    ("peppol", "experiences[0].bullets[1]", "date", "middle", "Belgian 2026 B2B", "Belgian 2025 B2B"),
    (
        "peppol",
        "experiences[0].bullets[3]",
        "duration",
        "middle",
        "from six weeks to ten days",
        "from six weeks to five days",
    ),
    (
        "peppol",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "rejected before they are sent.",
        "rejected before they are sent; the design won a 2023 Agoria e-invoicing award.",
    ),
    (
        "peppol",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "for a retail chain.",
        "for a retail chain and cut its VAT audit findings by 70%.",
    ),
    (
        "peppol",
        "experiences[1].description",
        "certification",
        "start",
        "VAT compliance and reporting",
        "As a registered ITAA tax adviser, VAT compliance and reporting",
    ),
    (
        "peppol",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Represented three clients in VAT audits by the Belgian tax administration.",
    ),
    # adas
    ("adas", "overview", "years", "end", "ADAS perception engineer, 7 years.", "ADAS perception engineer, 9 years."),
    (
        "adas",
        "overview",
        "tool",
        "middle",
        "embedded deployment on NVIDIA DRIVE.",
        "embedded deployment on NVIDIA DRIVE and Qualcomm Snapdragon Ride.",
    ),
    (
        "adas",
        "overview",
        "degree",
        "end",
        "ISO 26262 safety processes.",
        "ISO 26262 safety processes; PhD in robotics from Tohoku University.",
    ),
    (
        "adas",
        "experiences[0].description",
        "customer",
        "end",
        "for two European OEM programmes.",
        "for two European OEM programmes, at BMW and Stellantis.",
    ),
    ("adas", "experiences[0].bullets[0]", "number", "middle", "plus four corner radars", "plus five corner radars"),
    (
        "adas",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "on the internal validation set.",
        "on the internal validation set, with false positives down 40%.",
    ),
    (
        "adas",
        "experiences[0].bullets[2]",
        "version",
        "middle",
        "using TensorRT; 30 fps.",
        "using TensorRT 8.6; 30 fps.",
    ),
    ("adas", "experiences[0].bullets[4]", "team size", "middle", "Mentored three junior", "Mentored five junior"),
    ("adas", "experiences[1].bullets[0]", "number", "end", "on 120k labelled frames.", "on 210k labelled frames."),
    (
        "adas",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Ported the detection network to DRIVE Orin using TensorRT at 30 fps.",
    ),
    (
        "adas",
        "experiences[1].bullets[2]",
        "certified",
        "end",
        "used across all 40 robots in the fleet.",
        "used across all 40 robots in the fleet and certified to ISO 16750.",
    ),
    # ran_opt
    ("ran_opt", "overview", "years", "middle", "proven track record of 10 years", "proven track record of 12 years"),
    ("ran_opt", "overview", "tool", "middle", "SON tools, drive-test", "SON tools, Nemo Outdoor drive-test"),
    ("ran_opt", "overview", "date", "end", "call quality.", "call quality since 2012."),
    ("ran_opt", "experiences[0].description", "number", "end", "(about 2,300 sites).", "(about 2,800 sites)."),
    (
        "ran_opt",
        "experiences[0].description",
        "certification",
        "start",
        "Optimised the 5G NR",
        "As an Ericsson Certified Expert in 5G RAN, optimised the 5G NR",
    ),
    ("ran_opt", "experiences[0].bullets[0]", "number", "middle", "from 92% to 97.5%", "from 92% to 98.5%"),
    (
        "ran_opt",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "parameter audits in Ericsson ENM.",
        "parameter audits in Ericsson ENM, lifting call setup success rate to 99.6%.",
    ),
    (
        "ran_opt",
        "experiences[0].bullets[2]",
        "team size",
        "end",
        "with KPI automation.",
        "with KPI automation, while leading a team of 5 optimisers.",
    ),
    (
        "ran_opt",
        "experiences[0].bullets[3]",
        "version",
        "middle",
        "using TEMS Investigation after",
        "using TEMS Investigation 23.1 after",
    ),
    (
        "ran_opt",
        "experiences[1].description",
        "customer",
        "end",
        "a national operator's Nokia LTE network.",
        "MTN Nigeria's Nokia LTE network.",
    ),
    (
        "ran_opt",
        "experiences[1].bullets[1]",
        "number",
        "start",
        "Handover failures cut by 30%",
        "Handover failures cut by 35%",
    ),
    (
        "ran_opt",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led VoLTE launch testing across 900 sites in Lagos and Abuja.",
    ),
    # category_mgmt
    ("category_mgmt", "overview", "years", "middle", "offering 13 years", "offering 16 years"),
    (
        "category_mgmt",
        "overview",
        "customer",
        "end",
        "build store-specific planograms.",
        "build store-specific planograms for chains such as ICA and Clas Ohlson.",
    ),
    (
        "category_mgmt",
        "experiences[0].description",
        "tool",
        "end",
        "at a Blue Yonder implementation partner.",
        "at a Blue Yonder implementation partner, also deploying RELEX Space Planning.",
    ),
    (
        "category_mgmt",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "Store-specific planograms for 410 grocery",
        "Store-specific planograms for 460 grocery",
    ),
    (
        "category_mgmt",
        "experiences[0].bullets[1]",
        "number",
        "start",
        "Half the planogram production time",
        "Two-thirds less planogram production time",
    ),
    (
        "category_mgmt",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "in Blue Yonder Category Management.",
        "in Blue Yonder Category Management, plus 4% higher sales per square metre.",
    ),
    (
        "category_mgmt",
        "experiences[0].bullets[3]",
        "number",
        "end",
        "across three countries.",
        "across four countries.",
    ),
    (
        "category_mgmt",
        "experiences[0].bullets[3]",
        "certified",
        "start",
        "55 space planners trained",
        "As a Blue Yonder certified trainer, 55 space planners trained",
    ),
    (
        "category_mgmt",
        "experiences[1].description",
        "duration",
        "end",
        "a DIY chain of around 120 stores.",
        "a DIY chain of around 120 stores for nine years.",
    ),
    (
        "category_mgmt",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Planogram generation automated for 60 categories.",
    ),
    (
        "category_mgmt",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "based on store photos.",
        "based on store photos, earning the chain's Category Excellence award.",
    ),
    # hotel_rm
    ("hotel_rm", "overview", "years", "middle", "with a decade in upscale", "with fifteen years in upscale"),
    (
        "hotel_rm",
        "overview",
        "certification",
        "end",
        "alongside sales and front-office teams.",
        "alongside sales and front-office teams, and holds the CHIA certification.",
    ),
    (
        "hotel_rm",
        "experiences[0].description",
        "customer",
        "end",
        "in Italy and Switzerland.",
        "in Italy and Switzerland, including the Four Seasons Firenze.",
    ),
    ("hotel_rm", "experiences[0].bullets[0]", "duration", "end", "within 14 months.", "within 10 months."),
    ("hotel_rm", "experiences[0].bullets[1]", "date", "end", "by six points in 2023.", "by six points in 2022."),
    (
        "hotel_rm",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "by introducing length-of-stay controls.",
        "by introducing length-of-stay controls, adding 11% to resort room revenue.",
    ),
    ("hotel_rm", "experiences[0].bullets[3]", "team size", "start", "Coached nine hotel", "Coached twelve hotel"),
    ("hotel_rm", "experiences[1].description", "number", "middle", "a 240-room luxury", "a 280-room luxury"),
    ("hotel_rm", "experiences[1].bullets[2]", "version", "middle", "Brought in IDeaS RMS", "Brought in IDeaS G2 RMS"),
    (
        "hotel_rm",
        "experiences[1].bullets[0]",
        "tool",
        "end",
        "by rebalancing the channel mix.",
        "by rebalancing the channel mix in SiteMinder and Duetto.",
    ),
    (
        "hotel_rm",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Raised direct bookings by 20% after launching a new booking engine.",
    ),
    (
        "hotel_rm",
        "experiences[2].bullets[0]",
        "team size",
        "middle",
        "Supervised five reservations",
        "Supervised seven reservations",
    ),
    # support_ops
    (
        "support_ops",
        "overview",
        "years",
        "start",
        "Support operations manager, 8 years",
        "Support operations manager, 11 years",
    ),
    ("support_ops", "overview", "number", "end", "in three time zones.", "in four time zones."),
    ("support_ops", "overview", "team size", "middle", "for teams up to 70 agents", "for teams up to 120 agents"),
    (
        "support_ops",
        "experiences[0].description",
        "customer",
        "middle",
        "9,000 business customers.",
        "9,000 business customers including Deliveroo.",
    ),
    ("support_ops", "experiences[0].bullets[0]", "duration", "middle", "in 10 weeks", "in 6 weeks"),
    (
        "support_ops",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "with 1.2m historical tickets.",
        "with 2.1m historical tickets.",
    ),
    (
        "support_ops",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "skills-based routing and SLA policies.",
        "skills-based routing and SLA policies; average handle time down 18%.",
    ),
    ("support_ops", "experiences[0].bullets[3]", "tool", "end", "in Tymeshift.", "in Tymeshift and Assembled."),
    ("support_ops", "experiences[1].bullets[0]", "team size", "start", "Led 14 chat agents", "Led 18 chat agents"),
    (
        "support_ops",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "over two years.",
        "over two years, winning the company's Customer Hero award.",
    ),
    (
        "support_ops",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Help centre launched that deflects around a quarter of incoming contacts.",
    ),
    (
        "support_ops",
        "experiences[1].description",
        "certified",
        "start",
        "Brightcart: e-commerce platform",
        "Intercom-certified lead at Brightcart: e-commerce platform",
    ),
    # programmatic
    ("programmatic", "overview", "years", "middle", "with nine years spanning", "with twelve years spanning"),
    (
        "programmatic",
        "overview",
        "certified",
        "end",
        "brand-safety and viewability measurement.",
        "brand-safety and viewability measurement; Amazon DSP certified.",
    ),
    (
        "programmatic",
        "experiences[0].description",
        "number",
        "end",
        "managing around £40m in annual spend.",
        "managing around £60m in annual spend.",
    ),
    (
        "programmatic",
        "experiences[0].description",
        "customer",
        "middle",
        "for retail, travel and automotive clients",
        "for Tesco and other retail, travel and automotive clients",
    ),
    (
        "programmatic",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "reducing DSPs from five to two.",
        "reducing DSPs from five to two and adding Xandr for curated deals.",
    ),
    (
        "programmatic",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "reduction in cost per acquisition (CPA).",
        "reduction in cost per acquisition (CPA) and a 2.4x return on ad spend.",
    ),
    (
        "programmatic",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "a team of eleven traders",
        "a team of fifteen traders",
    ),
    (
        "programmatic",
        "experiences[1].bullets[1]",
        "number",
        "middle",
        "with 15 premium publishers",
        "with 25 premium publishers",
    ),
    (
        "programmatic",
        "experiences[1].description",
        "date",
        "start",
        "Bought display and video",
        "From 2014, bought display and video",
    ),
    (
        "programmatic",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Built a cross-device attribution model in BigQuery for three e-commerce brands.",
    ),
    (
        "programmatic",
        "experiences[2].description",
        "degree",
        "end",
        "Leeds Playhouse theatre team.",
        "Leeds Playhouse theatre team while completing an MA in Marketing.",
    ),
    (
        "programmatic",
        "experiences[2].bullets[1]",
        "number",
        "middle",
        "for 45,000 subscribers",
        "for 54,000 subscribers",
    ),
    # maximo_rail
    ("maximo_rail", "overview", "years", "middle", "14 years on IBM Maximo", "16 years on IBM Maximo"),
    (
        "maximo_rail",
        "overview",
        "customer",
        "end",
        "on-train condition monitoring.",
        "on-train condition monitoring for operators such as Avanti West Coast.",
    ),
    (
        "maximo_rail",
        "experiences[0].description",
        "number",
        "middle",
        "maintains 320 multiple units",
        "maintains 350 multiple units",
    ),
    (
        "maximo_rail",
        "experiences[0].bullets[0]",
        "version",
        "middle",
        "Maximo Application Suite 8.10 upgrade",
        "Maximo Application Suite 8.11 upgrade",
    ),
    ("maximo_rail", "experiences[0].bullets[1]", "number", "end", "about 410,000 assets.", "about 450,000 assets."),
    (
        "maximo_rail",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "from on-train monitoring data.",
        "from on-train monitoring data via Maximo Monitor and Maximo Health.",
    ),
    (
        "maximo_rail",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "with Maximo Mobile work management.",
        "with Maximo Mobile work management; fleet availability rose to 94%.",
    ),
    (
        "maximo_rail",
        "experiences[1].bullets[0]",
        "number",
        "middle",
        "for a 48-tram light-rail",
        "for a 52-tram light-rail",
    ),
    (
        "maximo_rail",
        "experiences[1].description",
        "certification",
        "end",
        "rail, water and energy customers.",
        "rail, water and energy customers, as an IBM Certified Maximo Solution Architect.",
    ),
    (
        "maximo_rail",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Led the Maximo 7.6 to Maximo Application Suite 8.10 upgrade on Red Hat OpenShift.",
    ),
    (
        "maximo_rail",
        "experiences[2].description",
        "degree",
        "end",
        "traction-motor overhaul workshop.",
        "traction-motor overhaul workshop, joined after a master's in reliability engineering.",
    ),
    (
        "maximo_rail",
        "experiences[2].bullets[0]",
        "date",
        "start",
        "Failure data analysis",
        "In 2009, failure data analysis",
    ),
    # payroll
    ("payroll", "overview", "years", "middle", "with 15 years of multi-country", "with 18 years of multi-country"),
    (
        "payroll",
        "overview",
        "tool",
        "middle",
        "ADP GlobalView and UKG Pro",
        "ADP GlobalView, Workday Payroll and UKG Pro",
    ),
    (
        "payroll",
        "overview",
        "certification",
        "end",
        "working with cross-functional stakeholders.",
        "working with cross-functional stakeholders. Holds the Fundamental Payroll Certification (FPC).",
    ),
    (
        "payroll",
        "experiences[0].description",
        "customer",
        "middle",
        "with UKG Pro for a logistics group",
        "with UKG Pro for Purolator, a logistics group",
    ),
    ("payroll", "experiences[0].bullets[0]", "number", "middle", "for 38 US states", "for 42 US states"),
    (
        "payroll",
        "experiences[0].bullets[0]",
        "team size",
        "end",
        "and 3 Canadian provinces.",
        "and 3 Canadian provinces, leading a team of 7 payroll analysts.",
    ),
    ("payroll", "experiences[0].bullets[1]", "number", "middle", "99.8% gross-to-net", "99.9% gross-to-net"),
    (
        "payroll",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "in first year after go-live.",
        "in first year after go-live, saving $250,000 in bank fees.",
    ),
    (
        "payroll",
        "experiences[1].description",
        "certified",
        "start",
        "Implemented ADP solutions",
        "As an ADP-certified consultant, implemented ADP solutions",
    ),
    ("payroll", "experiences[1].bullets[0]", "number", "middle", "for 12 US employers", "for 14 US employers"),
    ("payroll", "experiences[1].bullets[3]", "duration", "end", "from 5 days to 2 with", "from 5 days to 1 with"),
    (
        "payroll",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Trained 30 client payroll administrators on ADP Workforce Now reporting.",
    ),
]

# (cv, field, old, new, reason): edits a careful reviewer could defend either way.
_AMBIGUOUS = [
    (
        "maximo_rail",
        "experiences[0].description",
        "Maximo Application Suite 8.",
        "MAS 8.",
        "the CV never abbreviates Maximo Application Suite; only the brief does, though MAS is IBM's own short name",
    ),
    (
        "ev_charging",
        "overview",
        "8 years' experience;",
        "Nearly a decade of experience;",
        "rounds 8 years up to 'nearly a decade' where the CV does not say 'about'",
    ),
    (
        "veeva_crm",
        "experiences[0].bullets[0]",
        "to 1,250 reps",
        "to more than 1,200 reps",
        "a lower bound derived from 1,250; true, but a figure the CV does not state",
    ),
    (
        "adas",
        "experiences[0].bullets[3]",
        "pedestrian and cyclist test campaigns",
        "vulnerable road user (VRU) test campaigns",
        "pedestrians and cyclists are Euro NCAP's VRU category, but the CV never says VRU",
    ),
    (
        "ran_opt",
        "experiences[1].bullets[0]",
        "in Lagos and Abuja.",
        "across Nigeria.",
        "widens two cities to the whole country; the CV implies Nigeria but never says network-wide",
    ),
    (
        "hotel_rm",
        "experiences[0].description",
        "Led revenue strategy",
        "As cluster revenue manager, led revenue strategy",
        "the posting's title for what the CV calls Area Director of Revenue",
    ),
    (
        "support_ops",
        "overview",
        "in three time zones.",
        "across global time zones.",
        "three time zones on three continents read as 'global'; vaguer than the CV, not a new figure",
    ),
    (
        "programmatic",
        "overview",
        "Programmatic trading lead",
        "Programmatic director",
        "the posting's title for Head of Programmatic; a seniority reading, not a stated title",
    ),
    (
        "payroll",
        "experiences[0].bullets[2]",
        "for 11,000 hourly warehouse staff.",
        "for 11,000 hourly warehouse staff, over half the workforce.",
        "derived from 11,000 of 18,000 employees; arithmetic the CV does not do",
    ),
    (
        "category_mgmt",
        "experiences[0].bullets[1]",
        "Half the planogram production time",
        "Twice the planogram throughput",
        "halving production time doubles throughput only if the planners' hours stayed the same",
    ),
    (
        "airline_rm",
        "overview",
        "Airline revenue management consultant",
        "IATA-qualified airline revenue management consultant",
        "the CV holds the IATA Airline Revenue Management Diploma; 'qualified' may overstate a diploma",
    ),
    (
        "peppol",
        "experiences[0].bullets[1]",
        "Readied 600 customers",
        "Readied hundreds of customers",
        "vaguer than the CV's 600; true, but a quantity word the CV does not use",
    ),
]

FABRICATED = build(CVS, _FABRICATED)
AMBIGUOUS = build(CVS, _AMBIGUOUS, with_reason=True)

# Written blind: measured with the guard of c2b09e7 (session 9's start) 133/137 caught and
# 3/137 touched, and with the session's final guard (never shown this set) 134/137 and 2/137 (the
# final blind figure); then a tuning set in session 10 (guardcat10, guardhon10): the figures below.
GUARD_FLOOR = {"caught": 136, "touched": 0}
CATCH_NOT_MET = "set R: 136/137 injected claims caught (99.3%; blind 134/137, then tuned on)"
