"""Blind set ZH for the free-text claims guard (issue 20), written blind (without reading the guard's
rules, its tests, its benchmarks or any other set): twelve hand-written CVs in veterinary practice
management (ezyVet), ship ballast water treatment systems, theme park ride control systems, racecourse
tote betting systems, water meter AMI rollouts, textile colour management (Datacolor), wind tunnel test
data systems, seafarer crewing and payroll, clear aligner manufacturing, winter road gritting fleet
routing, harbour pilotage scheduling and student loan servicing, each with a job posting or customer
brief and one honest tailoring (terse notes, merged bullets, toolkit lines, hedged figures, wordy
British prose clipped into American notes, a consultant with several employers and a freelance
period), single claims injected into the honest texts, and edits whose honesty is debatable."""

from claims_blind_set import build, cv, honest_texts, tailor

GUARD_FLOOR = {"caught": 148, "touched": 7}  # blind: 148 caught, 7 touched at 2d9f1bd (session 13's start)
CATCH_NOT_MET = "set ZH, blind (session 13): 148/150 claims caught at the session start (2d9f1bd), 148/150 (98.7%) at its end"
TOUCH_NOT_MET = "set ZH, blind (session 13): 7/140 honest texts touched at the session start (2d9f1bd), 7/140 (5.0%) at its end"

VET = cv(
    "Veterinary Practice Systems Consultant",
    "Morwenna Trelawny",
    "Practice management systems consultant with 11 years in veterinary software. Has moved 38 small-animal "
    "and equine clinics from paper and legacy systems onto ezyVet, built Xero and Vetsource integrations, and "
    "trained more than 400 clinical and front-desk staff.",
    [
        (
            "Implementation Lead, VetPartners UK (2020–2024)",
            "Group-wide migration of independent veterinary practices onto ezyVet after acquisition by VetPartners.",
            [
                "Migrated 38 practices from RxWorks and paper records to ezyVet, including 1.2 million patient records",
                "Designed a standard chart of accounts mapping from ezyVet to Xero used by every acquired practice",
                "Built a stock reorder integration between ezyVet and Vetsource, cutting stock-outs by 30%",
                "Ran go-live weekends with a team of 6 implementation analysts",
            ],
            ["ezyVet", "Xero", "Vetsource", "RxWorks", "SQL Server", "Power BI"],
        ),
        (
            "Practice Systems Analyst, Medivet (2016–2020)",
            "Support and reporting for the practice management platform across a chain of first-opinion clinics.",
            [
                "Wrote Power BI dashboards for clinic revenue, vaccine reminders and appointment utilisation",
                "Handled third-line support for 120 clinics on RxWorks",
                "Automated vaccine reminder SMS campaigns, raising booster uptake from 61% to 74%",
            ],
            ["RxWorks", "Power BI", "SQL Server", "Twilio"],
        ),
        (
            "Veterinary Receptionist and Systems Champion, Castle Vets (2013–2016)",
            "Front-desk role in a four-vet mixed practice, later acting as the practice's systems champion.",
            [
                "Trained new reception staff on the booking and billing screens",
                "Cleaned up 15 years of duplicate client records before a system upgrade",
            ],
            ["RxWorks", "Excel"],
        ),
    ],
    skills=["Data migration", "Practice workflow design", "Reporting", "Staff training"],
    tools=["ezyVet", "RxWorks", "Xero", "Power BI", "SQL Server"],
    certifications=["ezyVet Certified Implementation Partner", "PRINCE2 Foundation"],
    academic_background=["BSc Animal Science, Harper Adams University"],
    spoken_languages=["English", "Cornish (basic)"],
    industries=["Veterinary", "Healthcare"],
)

BALLAST = cv(
    "Marine Systems Commissioning Engineer",
    "Alasdair Fenwick-Rowe",
    "A marine engineer of some fourteen years' standing who has specialised, for the better part of the last "
    "decade, in the retrofit and commissioning of ballast water treatment systems aboard bulk carriers, tankers "
    "and container vessels, ensuring compliance with the IMO Ballast Water Management Convention and the United "
    "States Coast Guard type-approval regime.",
    [
        (
            "Lead Commissioning Engineer, Alfa Laval Marine (2018–2024)",
            "Responsible for the shipboard commissioning of UV-based ballast water treatment systems during retrofit "
            "campaigns in Chinese, Singaporean and Turkish yards, working alongside shipowners' superintendents and "
            "class surveyors.",
            [
                "Commissioned PureBallast 3.1 systems on some 46 vessels, the majority of them Capesize and Panamax "
                "bulk carriers",
                "Carried out factory acceptance testing of ballast system control panels for 14 vessels prior to "
                "shipment to the yard",
                "Reduced average commissioning time aboard from nine days to six by introducing a standardised "
                "pre-arrival checklist",
                "Trained ships' engineers in the operation and maintenance of the UV reactors and filter units",
            ],
            ["PureBallast 3.1", "Siemens S7-1500", "WinCC", "Bureau Veritas class rules"],
        ),
        (
            "Retrofit Project Engineer, Wärtsilä Water Systems (2014–2018)",
            "Engineering of ballast water treatment retrofits on tankers, from the initial ship survey through to the "
            "approval of drawings by the classification society.",
            [
                "Conducted 3D laser scans of engine rooms on 22 tankers to establish space for electrochlorination "
                "units",
                "Prepared retrofit drawing packages submitted to DNV GL and Lloyd's Register for approval",
                "Coordinated with three shipyards in Dalian and Zhoushan on installation schedules",
            ],
            ["Aquarius EC", "AutoCAD", "Leica ScanStation", "Navisworks"],
        ),
        (
            "Third Engineer, Bernhard Schulte Shipmanagement (2010–2014)",
            "Sea service as a watchkeeping engineer aboard LNG carriers and product tankers.",
            [
                "Kept engine-room watches on 4 vessels over 9 contracts",
                "Maintained purifiers, pumps and the ballast system",
            ],
            ["MAN B&W two-stroke engines", "Alfa Laval purifiers"],
        ),
    ],
    skills=["Commissioning", "Retrofit engineering", "Class approval", "Shipboard training"],
    tools=["AutoCAD", "Navisworks", "WinCC"],
    certifications=["STCW Basic Safety Training", "Marine Engineer Officer Class 2 (Certificate of Competency)"],
    academic_background=["BEng Marine Engineering, Newcastle University"],
    spoken_languages=["English", "Mandarin (conversational)"],
    industries=["Maritime", "Shipbuilding"],
)

RIDES = cv(
    "Ride Control Systems Engineer",
    "Priya Raghunathan",
    "Controls engineer for amusement rides with 9 years of experience in PLC-based ride control, safety PLC "
    "programming to EN 13814 and IEC 61508, and ride commissioning at parks in Europe and the Middle East.",
    [
        (
            "Senior Ride Controls Engineer, Merlin Entertainments (2019–2024)",
            "Control system design and commissioning for new roller coasters and dark rides at Alton Towers, Thorpe "
            "Park and Legoland Windsor.",
            [
                "Programmed Pilz PSS 4000 safety PLCs for block-zone control on a 1.1 km launched coaster",
                "Wrote the ride's emergency stop and evacuation sequences and validated them with TÜV SÜD",
                "Commissioned 4 new attractions, each opening on the scheduled date",
                "Cut ride downtime by 18% through a fault-code dashboard fed from the ride PLCs",
                "Mentored 3 graduate engineers",
            ],
            ["Pilz PSS 4000", "Siemens TIA Portal", "Ignition SCADA", "PROFINET"],
        ),
        (
            "Controls Engineer, Intamin (2015–2019)",
            "Ride control software for coaster and water ride projects delivered to parks in the UAE and Germany.",
            [
                "Developed station and lift-hill control logic in Siemens S7-1500 for two coasters at Ferrari World "
                "Abu Dhabi",
                "Performed site acceptance tests with park operators and notified bodies",
                "Maintained a library of reusable ride control function blocks",
            ],
            ["Siemens S7-1500", "TIA Portal", "WinCC", "PROFIsafe"],
        ),
        (
            "Graduate Automation Engineer, Siemens (2013–2015)",
            "Graduate rotation in factory automation, commissioning conveyor and packaging lines.",
            [
                "Commissioned PLC controls on 6 packaging lines for food manufacturers",
                "Wrote HMI screens in WinCC",
            ],
            ["Siemens S7-300", "STEP 7", "WinCC"],
        ),
    ],
    skills=["Safety PLC programming", "Functional safety", "Ride commissioning", "SCADA"],
    tools=["TIA Portal", "Pilz PAS4000", "Ignition", "EPLAN"],
    certifications=["TÜV Functional Safety Engineer (Machinery)"],
    academic_background=["MEng Electrical and Electronic Engineering, University of Bristol"],
    spoken_languages=["English", "Tamil", "German (intermediate)"],
    industries=["Leisure", "Amusement rides"],
)

TOTE = cv(
    "Pari-Mutuel Systems Consultant",
    "Declan Ó Murchú",
    "Independent consultant in pari-mutuel and tote betting systems. Since 2012 has worked for a tote operator, "
    "a wagering software vendor and, as a freelancer since 2021, for racecourses in Ireland and Britain, on pool "
    "management, commingling and on-course terminal estates.",
    [
        (
            "Freelance Tote Systems Consultant, self-employed (2021–2024)",
            "Short engagements for racecourses and tote operators on pool hosting, commingling links and terminal "
            "replacement.",
            [
                "Specified the replacement of 260 on-course betting terminals at Leopardstown and the Curragh",
                "Set up commingling of win and place pools with the Hong Kong Jockey Club's World Pool for Irish "
                "Champions Weekend",
                "Reviewed pool liability and dividend calculation rules for Horse Racing Ireland",
                "Wrote the failover runbook for the tote host during the Galway Races festival",
            ],
            ["Amtote", "Sportech Quantum", "Oracle Database", "Linux"],
        ),
        (
            "Product Manager, Sportech Racing (2016–2021)",
            "Product management for the Quantum tote platform sold to operators in North America and Europe.",
            [
                "Owned the roadmap for Quantum's pool engine and self-service terminals",
                "Delivered a mobile wagering API used by 9 operators",
                "Ran quarterly release planning with an engineering group of 25",
            ],
            ["Sportech Quantum", "Java", "Jira", "Confluence"],
        ),
        (
            "Tote Operations Analyst, Tote Ireland (2012–2016)",
            "Race-day operations and settlement for the Irish tote across 26 racecourses.",
            [
                "Monitored pool totals and odds displays on race days",
                "Reconciled daily settlement with racecourses and the bank",
                "Wrote SQL reports on pool turnover by course and bet type",
            ],
            ["Oracle Database", "SQL", "Excel"],
        ),
    ],
    skills=["Pool management", "Commingling", "Product management", "Race-day operations"],
    tools=["Sportech Quantum", "Amtote", "Jira", "Oracle SQL"],
    certifications=["Certified Scrum Product Owner (CSPO)"],
    academic_background=["BComm, University College Cork"],
    spoken_languages=["English", "Irish"],
    industries=["Horse racing", "Betting and gaming"],
)

AMI = cv(
    "AMI Programme Manager",
    "Sunniva Halvorsen",
    "Programme manager for smart water metering with 10 years in utilities. Has led advanced metering "
    "infrastructure rollouts totalling 312,000 meters, head-end system integration with SAP IS-U, and "
    "leak-detection analytics.",
    [
        (
            "AMI Programme Manager, Anglian Water (2019–2024)",
            "Delivery of the company's smart meter programme across Norfolk and Suffolk, from pilot to full "
            "deployment.",
            [
                "Led deployment of 246,000 Kamstrup flowIQ meters on a fixed LoRaWAN network",
                "Integrated the Kamstrup READy head-end with SAP IS-U for daily billing reads",
                "Identified 1,480 customer-side leaks in the first year using continuous night-flow analytics",
                "Managed an installation contractor workforce of 140 fitters",
            ],
            ["Kamstrup READy", "SAP IS-U", "LoRaWAN", "Azure Data Factory", "Power BI"],
        ),
        (
            "Metering Project Lead, Thames Water (2014–2019)",
            "Pilot and early rollout of AMR and AMI meters in London boroughs.",
            [
                "Ran the 66,000-meter AMI pilot in Bexley and Greenwich",
                "Compared drive-by AMR with fixed-network AMI on read rates and cost per read",
                "Set up meter exchange scheduling in Oracle Field Service",
            ],
            ["Itron Cyble", "Sensus iPERL", "Oracle Field Service", "SQL"],
        ),
    ],
    skills=["Programme management", "Head-end integration", "Leak analytics", "Contractor management"],
    tools=["SAP IS-U", "Kamstrup READy", "Power BI", "MS Project"],
    certifications=["MSP Practitioner", "APM Project Management Qualification"],
    academic_background=["MSc Water Engineering, Cranfield University", "BSc Geography, University of Bergen"],
    spoken_languages=["Norwegian", "English"],
    industries=["Water utilities"],
)

COLOUR = cv(
    "Colour Management Specialist",
    "Aoife Brennan-Kaur",
    "Colour scientist working in textile supply chains for 12 years, specialising in digital colour standards, "
    "spectrophotometer fleets and shade sorting for apparel brands sourcing from South Asia.",
    [
        (
            "Global Colour Manager, Next plc (2018–2024)",
            "Ran the colour approval process between the brand's design teams and 85 dye houses and mills in "
            "Bangladesh, India and Sri Lanka.",
            [
                "Moved colour approval from physical lab dips to digital submissions in Datacolor ENVISION, cutting "
                "approval time from 21 days to 6",
                "Standardised 42 Datacolor 800 spectrophotometers across supplier labs with monthly inter-instrument "
                "agreement checks",
                "Built a digital colour library of 3,900 standards with spectral data",
                "Reduced shade-related rejections by 27%",
            ],
            ["Datacolor ENVISION", "Datacolor Tools", "Datacolor 800", "Pantone Connect"],
        ),
        (
            "Colour Technologist, Archroma (2012–2018)",
            "Technical service for reactive and disperse dye customers, mainly on recipe prediction and "
            "right-first-time dyeing.",
            [
                "Set up Datacolor MATCH recipe prediction at 30 mills",
                "Raised right-first-time dyeing at a Dhaka customer from 64% to 81%",
                "Ran colour measurement training courses for mill laboratory staff",
            ],
            ["Datacolor MATCH", "Datacolor Tools", "Datacolor 650"],
        ),
    ],
    skills=["Colour measurement", "Recipe prediction", "Shade sorting", "Supplier training"],
    tools=["Datacolor ENVISION", "Datacolor MATCH", "Datacolor Tools", "Pantone Connect"],
    certifications=["Society of Dyers and Colourists ASDC"],
    academic_background=["BSc Colour Science, University of Leeds"],
    spoken_languages=["English", "Punjabi", "Bengali (basic)"],
    industries=["Apparel", "Textiles"],
)

TUNNEL = cv(
    "Test Data Systems Engineer",
    "Henrik Lindqvist",
    "Software engineer who builds data acquisition and test data management systems for wind tunnels. Eight "
    "years in aerospace and motorsport aerodynamics, with Python, LabVIEW and PostgreSQL.",
    [
        (
            "Senior Data Systems Engineer, Aircraft Research Association (2020–2024)",
            "Replacement of the data acquisition and processing chain for the transonic wind tunnel, covering "
            "balance data, pressure scanning and the run database used by customers' aerodynamicists.",
            [
                "Rewrote the balance data reduction pipeline in Python, cutting post-run processing from 40 minutes "
                "to 3",
                "Integrated 1,024 pressure channels from Scanivalve DSA units into the acquisition system",
                "Designed a PostgreSQL run database holding 18,000 runs with full test condition metadata",
                "Built a web viewer for customers to compare polars across runs",
            ],
            ["Python", "NumPy", "PostgreSQL", "Scanivalve DSA3218", "NI PXI", "React"],
        ),
        (
            "Aerodynamics Data Engineer, Williams Racing (2016–2020)",
            "Tooling for the 60% scale model wind tunnel and its link to CFD correlation work.",
            [
                "Maintained LabVIEW acquisition code for the rolling-road tunnel",
                "Automated run-to-run delta reports for the aero department, used after every test shift",
                "Wrote a CFD-to-tunnel correlation tool comparing force coefficients",
            ],
            ["LabVIEW", "Python", "MATLAB", "NI cDAQ"],
        ),
    ],
    skills=["Data acquisition", "Test data management", "Signal processing", "Web tools"],
    tools=["Python", "LabVIEW", "PostgreSQL", "MATLAB", "Git"],
    certifications=["NI Certified LabVIEW Developer (CLD)"],
    academic_background=["MSc Aeronautical Engineering, KTH Royal Institute of Technology"],
    spoken_languages=["Swedish", "English"],
    industries=["Aerospace", "Motorsport"],
)

CREWING = cv(
    "Crew Management Systems Lead",
    "Rizal Santiago",
    "Crew management systems lead with a background in ship management. Runs crewing and payroll platforms for "
    "fleets of tankers and bulk carriers manned largely from the Philippines and India, covering planning, "
    "certification tracking, wages and allotments.",
    [
        (
            "Crewing Systems Lead, Anglo-Eastern Ship Management (2019–2024)",
            "Ownership of the crewing and seafarer payroll system for a managed fleet of 310 vessels.",
            [
                "Migrated crew planning and payroll from an in-house system to MESPAS Crewing for 11,000 seafarers",
                "Automated monthly wage and home allotment runs in 14 currencies",
                "Built certificate expiry tracking against STCW and flag-state requirements, with alerts to crew "
                "planners 90 days ahead",
                "Cut payroll queries from seafarers by 40% with a mobile payslip app",
            ],
            ["MESPAS", "SAP FI", "SQL Server", "Power Automate"],
        ),
        (
            "Crew Payroll Analyst, Magsaysay Maritime (2015–2019)",
            "Payroll and allotment processing for Filipino seafarers on foreign-flagged ships, under POEA contracts.",
            [
                "Processed monthly payroll for about 4,500 seafarers",
                "Reconciled ITF collective agreement wage scales with principals' rates",
                "Supported audits by principals and the POEA",
            ],
            ["Excel", "Oracle E-Business Suite", "Crystal Reports"],
        ),
    ],
    skills=["Crew planning", "Seafarer payroll", "STCW compliance", "Process automation"],
    tools=["MESPAS Crewing", "SAP FI", "Power BI", "Power Automate"],
    certifications=["Microsoft Certified: Power Platform Functional Consultant Associate"],
    academic_background=["BS Accountancy, University of Santo Tomas"],
    spoken_languages=["Filipino", "English"],
    industries=["Maritime", "Ship management"],
)

ALIGNER = cv(
    "Manufacturing Engineering Manager",
    "Camille Dubois-Okafor",
    "Manufacturing engineer in dental devices with 10 years' experience, the last six in clear aligner "
    "production: 3D-printed models, thermoforming, laser trimming and the software that connects treatment plans "
    "to the shop floor.",
    [
        (
            "Manufacturing Engineering Manager, Straumann Group – ClearCorrect (2020–2024)",
            "Scale-up of the aligner plant from pilot lines to high-volume production, including the MES that routes "
            "each patient's stages through printing, forming and trimming.",
            [
                "Scaled output from 9,000 to 55,000 aligners a week across two shifts",
                "Introduced 24 HP Multi Jet Fusion printers for dental models, replacing SLA",
                "Cut trim-line defects by 35% with vision inspection after laser trimming",
                "Led a team of 14 manufacturing and process engineers",
            ],
            ["HP Multi Jet Fusion 5200", "Dreve Drufomat", "Siemens Opcenter", "Cognex VisionPro"],
        ),
        (
            "Process Engineer, Align Technology (2018–2020)",
            "Process engineering on the thermoforming and trimming lines at the Juárez plant.",
            [
                "Validated a new aligner material on 12 thermoforming machines under ISO 13485",
                "Wrote IQ/OQ/PQ protocols for the laser trim cells",
                "Reduced thermoforming scrap from 4.1% to 2.6%",
            ],
            ["Minitab", "SolidWorks", "ISO 13485"],
        ),
        (
            "Quality Engineer, Dentsply Sirona (2014–2018)",
            "Quality engineering for implant abutment machining.",
            [
                "Ran CAPA investigations for machining nonconformances",
                "Introduced SPC charts on five CNC cells",
            ],
            ["Minitab", "SAP QM"],
        ),
    ],
    skills=["Scale-up", "Process validation", "Additive manufacturing", "Lean"],
    tools=["Minitab", "SolidWorks", "Siemens Opcenter", "SAP QM"],
    certifications=["Lean Six Sigma Black Belt (ASQ)", "ISO 13485 Lead Auditor"],
    academic_background=["MEng Mechanical Engineering, INSA Lyon"],
    spoken_languages=["French", "English", "Spanish"],
    industries=["Medical devices", "Dental"],
)

GRITTING = cv(
    "Highways Fleet Routing Analyst",
    "Gareth Llewellyn-Price",
    "An operational research analyst who has spent the past eight winters optimising the routes, schedules and "
    "salt usage of local-authority gritting fleets, drawing on road weather forecasts, thermal mapping and "
    "vehicle telematics to decide when and where the lorries should go out.",
    [
        (
            "Senior Routing Analyst, Kier Highways (2019–2024)",
            "Responsible for the design and annual review of precautionary gritting routes for county council "
            "highway contracts in Wales and the English Midlands, together with the decision-support tools used by "
            "duty officers on winter nights.",
            [
                "Redesigned 164 precautionary gritting routes across three county networks using vehicle routing "
                "optimisation, reducing the number of routes needed by 11",
                "Built a decision-support dashboard combining MetDesk road weather forecasts with thermal mapping, "
                "used by duty officers for treatment decisions",
                "Introduced spread-rate control from the telematics system, cutting salt use by 19% over two winters",
                "Trained some 30 duty officers and depot supervisors in the new tools",
            ],
            ["Python", "OR-Tools", "QGIS", "PostGIS", "MetDesk", "Exactrak"],
        ),
        (
            "Transport Modelling Analyst, Atkins (2016–2019)",
            "Network modelling for local highway authorities, including the first review of winter service routes "
            "for a unitary council.",
            [
                "Modelled treatment times for 52 routes in ArcGIS Network Analyst",
                "Wrote the winter service plan chapters on route resilience",
                "Analysed gritter GPS traces to find routes that overran their target treatment time",
            ],
            ["ArcGIS", "Network Analyst", "Excel", "VBA"],
        ),
    ],
    skills=["Vehicle routing", "Operational research", "GIS", "Winter service planning"],
    tools=["Python", "OR-Tools", "QGIS", "ArcGIS", "PostGIS"],
    certifications=["Institute of Highway Engineers Winter Service Practitioner"],
    academic_background=["MSc Operational Research, Cardiff University", "BSc Mathematics, Swansea University"],
    spoken_languages=["English", "Welsh"],
    industries=["Highways", "Local government"],
)

PILOTAGE = cv(
    "Marine Operations Systems Analyst",
    "Ingrid Vos",
    "Analyst working on marine services scheduling in ports for 7 years. Specialises in pilotage and towage "
    "dispatch systems, vessel traffic service (VTS) data and estimated time of arrival (ETA) prediction.",
    [
        (
            "Pilotage Systems Analyst, Port of Rotterdam Authority (2019–2024)",
            "Scheduling and dispatch of harbour pilots for the port's inbound and outbound traffic, working with the "
            "pilots' organisation and the harbour master's division.",
            [
                "Replaced a spreadsheet-based pilot roster with a constraint-based scheduling engine covering 250 "
                "pilots",
                "Added ETA predictions from AIS data to the dispatch screen, reducing average vessel waiting time for "
                "a pilot by 22 minutes",
                "Integrated PortXchange and the VTS system with the pilot dispatch platform",
                "Produced monthly KPI reports on pilot boarding times for the harbour master",
            ],
            ["Python", "Google OR-Tools", "Kafka", "AIS", "PortXchange", "PostgreSQL"],
        ),
        (
            "Operations Analyst, Smit Towage (2017–2019)",
            "Towage dispatch and tug fleet utilisation in Rotterdam and Antwerp.",
            [
                "Built a tug allocation model balancing 38 tugs across two ports",
                "Automated daily utilisation reporting in Power BI",
                "Worked night shifts in the dispatch centre during the first three months to learn the process",
            ],
            ["Power BI", "SQL Server", "Excel"],
        ),
        (
            "Graduate Trainee, Port of Antwerp (2016–2017)",
            "Rotational traineeship in the port authority's nautical and commercial departments.",
            [
                "Mapped the berth allocation steps for the nautical department",
                "Analysed a year of AIS data to measure lock waiting times",
            ],
            ["Excel", "QGIS", "AIS"],
        ),
    ],
    skills=["Constraint scheduling", "AIS data", "Dispatch systems", "KPI reporting"],
    tools=["Python", "OR-Tools", "Power BI", "Kafka"],
    certifications=["IALA VTS Operator (V-103/1)"],
    academic_background=["MSc Maritime Economics and Logistics, Erasmus University Rotterdam"],
    spoken_languages=["Dutch", "English", "German"],
    industries=["Ports", "Maritime"],
)

LOANS = cv(
    "Loan Servicing Technology Lead",
    "Tamsin Achterberg",
    "Technology lead in student loan servicing with 13 years in consumer lending operations. Has run repayment "
    "platform migrations, income-driven repayment processing and borrower self-service for portfolios of up to "
    "3.4 million borrowers.",
    [
        (
            "Servicing Technology Lead, Student Loans Company (2018–2024)",
            "Technology lead for repayment systems serving UK student loan borrowers, working with HMRC on "
            "salary-deducted repayments.",
            [
                "Led migration of 3.4 million borrower accounts from a mainframe ledger to a cloud repayment platform "
                "on AWS",
                "Automated the HMRC repayment data feed, reducing unmatched payments from 2.1% to 0.4%",
                "Launched online repayment plan switching, used by 610,000 borrowers in its first year",
                "Managed a delivery group of 45 across three suppliers",
            ],
            ["AWS", "Java", "Oracle Database", "Salesforce Service Cloud", "Kafka"],
        ),
        (
            "Collections Systems Manager, Capita (2014–2018)",
            "Systems management for outsourced loan collections and borrower correspondence.",
            [
                "Ran the correspondence platform sending 9 million borrower letters a year",
                "Implemented the Debt Manager collections workflow for a government loan book",
                "Reduced call handling time by 14% with an agent desktop redesign",
            ],
            ["FICO Debt Manager", "OpenText Exstream", "Oracle Database"],
        ),
        (
            "Operations Analyst, Nationwide Building Society (2011–2014)",
            "Analysis of personal loan arrears and repayment behaviour.",
            [
                "Built arrears segmentation in SAS",
                "Reported monthly to the credit risk committee",
            ],
            ["SAS", "Excel"],
        ),
    ],
    skills=["Platform migration", "Repayment processing", "Vendor management", "Borrower self-service"],
    tools=["Salesforce Service Cloud", "FICO Debt Manager", "SAS", "Jira"],
    certifications=["AWS Certified Cloud Practitioner", "ITIL 4 Foundation"],
    academic_background=["BA Economics, University of Warwick"],
    spoken_languages=["English", "Dutch"],
    industries=["Financial services", "Public sector"],
)

CVS = {
    "vet": {
        "source": VET,
        "prompt": "Job posting: ezyVet Implementation Consultant at a growing veterinary group. You will migrate "
        "clinics onto ezyVet, integrate accounting (Xero) and suppliers, train clinical teams and report on "
        "practice performance. Experience of data migration from a legacy PMS and PRINCE2 are a plus.",
        "honest": tailor(
            VET,
            "ezyVet implementation consultant, 11 years in veterinary software: 38 clinics migrated to ezyVet, Xero "
            "and Vetsource integrations, over 400 staff trained. Key skills: data migration, practice workflow "
            "design, reporting, staff training.",
            [
                (
                    "ezyVet migration of acquired practices, VetPartners group-wide.",
                    [
                        "38 practices migrated to ezyVet from RxWorks and paper, 1.2m patient records",
                        "Standard ezyVet-to-Xero chart of accounts mapping, used by every acquired practice",
                        "ezyVet–Vetsource stock reorder integration; stock-outs down 30%",
                        "Go-live weekends, team of six implementation analysts",
                    ],
                ),
                (
                    "Practice management support and reporting, first-opinion clinic chain.",
                    [
                        "Power BI dashboards: clinic revenue, vaccine reminders, appointment utilization",
                        "Third-line RxWorks support, 120 clinics",
                        "Automated vaccine reminder SMS; booster uptake 61% → 74%",
                    ],
                ),
                (
                    "Front desk in a four-vet mixed practice; later systems champion.",
                    [
                        "Trained new receptionists on booking and billing screens",
                        "Removed 15 years of duplicate client records ahead of system upgrade",
                    ],
                ),
            ],
        ),
    },
    "ballast": {
        "source": BALLAST,
        "prompt": "Customer brief: a Greek dry-bulk owner needs a commissioning engineer to oversee BWTS retrofits "
        "across its fleet ahead of the IMO D-2 deadline, working with Chinese yards and class societies. USCG "
        "type-approved systems only.",
        "honest": tailor(
            BALLAST,
            "Marine engineer, 14 years; most of the last decade on ballast water treatment system (BWTS) retrofits "
            "and commissioning for bulk carriers, tankers, container ships. IMO Ballast Water Management Convention "
            "and USCG type-approval compliance.",
            [
                (
                    "Shipboard commissioning of UV BWTS during retrofit campaigns in Chinese, Singaporean, Turkish "
                    "yards, with owners' superintendents and class surveyors.",
                    [
                        "Commissioned PureBallast 3.1 on ~46 vessels, mostly Capesize and Panamax bulkers",
                        "FAT of ballast control panels, 14 vessels, before shipment to yard",
                        "Standardized pre-arrival checklist: onboard commissioning cut from 9 days to 6",
                        "Trained ship engineers on UV reactor and filter operation and maintenance",
                    ],
                ),
                (
                    "Tanker BWTS retrofit engineering, from ship survey to class drawing approval.",
                    [
                        "3D laser scans of engine rooms, 22 tankers, to find space for electrochlorination units",
                        "Retrofit drawing packages for DNV GL and Lloyd's Register approval",
                        "Installation schedules coordinated with 3 yards in Dalian and Zhoushan",
                    ],
                ),
                (
                    "Watchkeeping engineer at sea, LNG carriers and product tankers.",
                    [
                        "Engine-room watchkeeping, four vessels, nine contracts",
                        "Purifier, pump and ballast system maintenance",
                    ],
                ),
            ],
        ),
    },
    "rides": {
        "source": RIDES,
        "prompt": "Job: Ride Systems Engineer at a US theme park operator opening three new coasters. Needs safety "
        "PLC experience (Pilz or Siemens F-series), ASTM F24 / EN 13814 knowledge, commissioning, downtime "
        "reduction and mentoring of junior engineers.",
        "honest": tailor(
            RIDES,
            "Ride controls engineer, 9 years: safety PLC programming to EN 13814 and IEC 61508, PLC ride control, "
            "and ride commissioning at European and Middle Eastern parks.",
            [
                (
                    "Designed and commissioned control systems for new coasters and dark rides at Alton Towers, "
                    "Thorpe Park and Legoland Windsor.",
                    [
                        "Programmed Pilz PSS 4000 safety PLCs for block-zone control on a 1.1 km launched coaster, and "
                        "wrote its emergency stop and evacuation sequences, validated with TÜV SÜD",
                        "Commissioned four new attractions, all opening on schedule; reduced ride downtime 18% via a "
                        "fault-code dashboard fed from ride PLCs",
                        "Mentored three graduate engineers",
                    ],
                ),
                (
                    "Coaster and water ride control software for parks in the UAE and Germany.",
                    [
                        "Station and lift-hill logic in Siemens S7-1500 for two Ferrari World Abu Dhabi coasters; site "
                        "acceptance tests with park operators and notified bodies",
                        "Kept a reusable library of ride control function blocks",
                    ],
                ),
                (
                    "Factory automation graduate rotation: conveyor and packaging line commissioning.",
                    [
                        "PLC controls commissioned on six food-manufacturer packaging lines",
                        "WinCC HMI screens",
                    ],
                ),
            ],
        ),
    },
    "tote": {
        "source": TOTE,
        "prompt": "Job posting: Tote Technology Manager for a UK racecourse group taking its tote in-house. "
        "Responsibilities: terminal estate, pool commingling with international partners, race-day resilience, "
        "vendor management (Sportech / Amtote). Product ownership experience welcome.",
        "honest": tailor(
            TOTE,
            "Independent tote and pari-mutuel systems consultant: since 2012, roles at a tote operator and a "
            "wagering software vendor, then freelance (from 2021) for Irish and British racecourses on pool "
            "management, commingling and on-course terminal estates.",
            [
                (
                    "Racecourse and tote operator engagements: pool hosting, commingling links, terminal replacement.",
                    [
                        "Specified replacement of 260 on-course terminals at Leopardstown and the Curragh",
                        "Commingled win and place pools with the Hong Kong Jockey Club World Pool for Irish Champions "
                        "Weekend",
                        "Reviewed dividend calculation and pool liability rules for Horse Racing Ireland",
                        "Race-day resilience: tote host failover runbook for the Galway Races festival",
                    ],
                ),
                (
                    "Managed the Quantum tote platform product, sold to North American and European operators.",
                    [
                        "Roadmap owner for Quantum's pool engine and self-service terminals",
                        "Mobile wagering API, adopted by nine operators",
                        "Quarterly release planning with a 25-strong engineering group",
                    ],
                ),
                (
                    "Irish tote race-day operations and settlement, 26 racecourses.",
                    [
                        "Race-day monitoring of pool totals and odds displays",
                        "Daily settlement reconciled with racecourses and bank",
                        "SQL reporting on pool turnover by course and bet type",
                    ],
                ),
            ],
        ),
    },
    "ami": {
        "source": AMI,
        "prompt": "Customer brief: a Scottish water utility plans a 400,000-meter AMI rollout on LoRaWAN and needs a "
        "programme lead who has integrated a head-end with SAP and can manage installation contractors and "
        "leakage benefits.",
        "honest": tailor(
            AMI,
            "Smart water metering programme manager, a decade in utilities: AMI rollouts totalling over 300,000 "
            "meters, head-end integration with SAP IS-U, leak-detection analytics.",
            [
                (
                    "Anglian Water smart meter programme in Norfolk and Suffolk, pilot through full deployment.",
                    [
                        "Deployed nearly 250,000 Kamstrup flowIQ meters on fixed LoRaWAN",
                        "Kamstrup READy head-end integrated with SAP IS-U for daily billing reads",
                        "Nearly 1,500 customer-side leaks found in year one via continuous night-flow analytics",
                        "Managed installation contractors: 140 fitters",
                    ],
                ),
                (
                    "AMR/AMI meter pilot and early rollout, London boroughs.",
                    [
                        "66k-meter AMI pilot, Bexley and Greenwich",
                        "Drive-by AMR vs fixed-network AMI compared on read rate and cost per read",
                        "Oracle Field Service meter exchange scheduling",
                    ],
                ),
            ],
        ),
    },
    "colour": {
        "source": COLOUR,
        "prompt": "Job posting (US sportswear brand): Color Program Manager. Own digital color standards, "
        "spectrophotometer calibration across vendor labs and lab-dip approval with Asian mills. Datacolor "
        "experience required.",
        "honest": tailor(
            COLOUR,
            "Color scientist, 12 years in textile supply chains: digital color standards, spectrophotometer fleets, "
            "shade sorting for apparel brands sourcing from South Asia. Toolkit: Datacolor ENVISION, Datacolor "
            "MATCH, Datacolor Tools, Pantone Connect.",
            [
                (
                    "Owned color approval between design teams and 85 dye houses and mills in Bangladesh, India, Sri "
                    "Lanka.",
                    [
                        "Lab-dip approval moved to digital submissions in Datacolor ENVISION; approval time 21 days → 6",
                        "42 Datacolor 800 spectrophotometers standardized across vendor labs, with monthly "
                        "inter-instrument agreement checks",
                        "Digital color library: 3,900 standards with spectral data",
                        "Shade-related rejections down 27%",
                    ],
                ),
                (
                    "Technical service to reactive and disperse dye customers, focused on recipe prediction and "
                    "right-first-time dyeing.",
                    [
                        "Datacolor MATCH recipe prediction rolled out at 30 mills",
                        "Right-first-time dyeing at a Dhaka customer: 64% to 81%",
                        "Color measurement training for mill lab staff",
                    ],
                ),
            ],
        ),
    },
    "tunnel": {
        "source": TUNNEL,
        "prompt": "Job: Wind Tunnel Data Engineer at a European aerospace test centre. Build acquisition and data "
        "management software (Python, PostgreSQL), integrate pressure scanners and balances, and provide "
        "customer-facing data tools.",
        "honest": tailor(
            TUNNEL,
            "Wind tunnel data acquisition and test data management engineer; eight years across aerospace and "
            "motorsport aerodynamics (Python, LabVIEW, PostgreSQL).",
            [
                (
                    "New acquisition and processing chain for the transonic tunnel: balance data, pressure scanning, "
                    "customer run database.",
                    [
                        "Balance data reduction pipeline rewritten in Python: post-run processing forty minutes → three",
                        "1,024 Scanivalve DSA pressure channels integrated into acquisition",
                        "PostgreSQL run database, 18,000 runs with full test-condition metadata",
                        "Customer web viewer for comparing polars across runs",
                    ],
                ),
                (
                    "60%-scale model tunnel tooling and CFD correlation.",
                    [
                        "LabVIEW acquisition code for the rolling-road tunnel",
                        "Automated run-to-run delta reports after each test shift",
                        "CFD-to-tunnel correlation tool for force coefficients",
                    ],
                ),
            ],
        ),
    },
    "crewing": {
        "source": CREWING,
        "prompt": "Job posting: Crewing & Payroll Systems Manager, Singapore ship manager. Own the crew management "
        "system (crew planning, certificate/document compliance, wages, allotments) for 200+ vessels; MLC 2006 "
        "and STCW knowledge; automation mindset.",
        "honest": tailor(
            CREWING,
            "Crewing and payroll systems lead from ship management; runs crew management platforms (crew planning, "
            "certificate compliance tracking, wages, allotments) for tanker and bulk carrier fleets crewed mainly "
            "from the Philippines and India.",
            [
                (
                    "Owned crew management and seafarer payroll system, managed fleet of 310 vessels.",
                    [
                        "Crew planning and payroll moved from in-house system to MESPAS Crewing, 11,000 seafarers",
                        "Monthly wage and home allotment runs automated, 14 currencies",
                        "Certificate/document compliance tracking vs STCW and flag-state rules; planners alerted 90 "
                        "days before expiry",
                        "Mobile payslip app reduced seafarer payroll queries 40%",
                    ],
                ),
                (
                    "POEA-contract payroll and allotments for Filipino seafarers on foreign-flag ships.",
                    [
                        "Monthly payroll, roughly 4,500 seafarers",
                        "ITF collective agreement wage scales reconciled against principals' rates",
                        "Principal and POEA audit support",
                    ],
                ),
            ],
        ),
    },
    "aligner": {
        "source": ALIGNER,
        "prompt": "Job posting: Director of Aligner Manufacturing at an orthodontics startup building its first "
        "plant. Needs scale-up from pilot to volume, additive manufacturing of models, thermoforming, trimming, "
        "MES, ISO 13485 validation and team leadership.",
        "honest": tailor(
            ALIGNER,
            "Dental device manufacturing engineer, 10 years, last 6 in clear aligner production: 3D-printed models, "
            "thermoforming, laser trimming, treatment-plan-to-shop-floor software.",
            [
                (
                    "Aligner plant scale-up, pilot lines to high volume, incl. MES routing each patient's stages "
                    "through print, form, trim.",
                    [
                        "Weekly output 9k → 55k aligners, two shifts",
                        "24 HP Multi Jet Fusion printers for dental models, replacing SLA",
                        "Vision inspection after laser trim: trim-line defects −35%",
                        "Team of 14 manufacturing/process engineers",
                    ],
                ),
                (
                    "Thermoforming and trimming process engineering, Juárez plant.",
                    [
                        "New aligner material validated on 12 thermoformers, ISO 13485",
                        "IQ/OQ/PQ protocols, laser trim cells",
                        "Thermoforming scrap 4.1% → 2.6%",
                    ],
                ),
                (
                    "Implant abutment machining QE.",
                    [
                        "CAPA investigations, machining nonconformances",
                        "SPC charts on 5 CNC cells",
                    ],
                ),
            ],
        ),
    },
    "gritting": {
        "source": GRITTING,
        "prompt": "Job posting (US state DOT contractor): Winter Operations Route Optimization Analyst. Optimize "
        "snow and ice routes, integrate road weather information with AVL telematics, reduce salt usage, train "
        "supervisors.",
        "honest": tailor(
            GRITTING,
            "Operations research analyst, eight winters optimizing local-authority gritting fleet routes, schedules "
            "and salt use, from road weather forecasts, thermal mapping and vehicle telematics.",
            [
                (
                    "Designed and reviewed each year precautionary gritting routes for county council highway "
                    "contracts in Wales and the English Midlands, plus duty officers' winter-night decision-support "
                    "tools.",
                    [
                        "164 precautionary routes redesigned across 3 county networks with vehicle routing "
                        "optimization; 11 fewer routes",
                        "Decision-support dashboard: MetDesk road weather forecasts plus thermal mapping, for duty "
                        "officers' treatment decisions",
                        "Telematics-driven spread-rate control; salt use down 19% over two winters",
                        "Around 30 duty officers and depot supervisors trained on the new tools",
                    ],
                ),
                (
                    "Network modeling for local highway authorities, incl. a unitary council's first winter service "
                    "route review.",
                    [
                        "ArcGIS Network Analyst treatment-time models, 52 routes",
                        "Winter service plan chapters on route resilience",
                        "Gritter GPS trace analysis to flag routes overrunning target treatment time",
                    ],
                ),
            ],
        ),
    },
    "pilotage": {
        "source": PILOTAGE,
        "prompt": "Customer brief: a UK harbour authority wants help replacing its pilot booking and dispatch "
        "system: roster optimisation, ETA-driven dispatch using AIS, and integration with its VTS and port "
        "management system.",
        "honest": tailor(
            PILOTAGE,
            "7 years in port marine services scheduling; specialist in pilotage and towage dispatch, VTS data and "
            "ETA prediction.",
            [
                (
                    "Harbour pilot scheduling and dispatch for inbound/outbound port traffic, alongside the pilots' "
                    "organisation and the harbour master's division.",
                    [
                        "Spreadsheet pilot roster replaced by a constraint-based scheduling engine for 250 pilots",
                        "Estimated times of arrival from AIS on the dispatch screen; average wait for a pilot cut by "
                        "22 min",
                        "Pilot dispatch platform integrated with PortXchange and vessel traffic service system",
                        "Monthly pilot boarding time KPIs for the harbour master",
                    ],
                ),
                (
                    "Tug dispatch and fleet utilisation, Rotterdam and Antwerp.",
                    [
                        "Tug allocation model balancing 38 tugs over two ports",
                        "Daily utilisation reporting automated in Power BI",
                        "First three months on dispatch centre night shifts to learn the process",
                    ],
                ),
                (
                    "Port authority traineeship, nautical and commercial departments.",
                    [
                        "Berth allocation steps mapped for the nautical department",
                        "Lock waiting times analysed from a year of AIS data",
                    ],
                ),
            ],
        ),
    },
    "loans": {
        "source": LOANS,
        "prompt": "Job posting: Director of Servicing Technology at a US student loan servicer. Lead core servicing "
        "platform modernization, income-driven repayment (IDR) processing, borrower self-service and vendor "
        "delivery. Cloud migration experience required.",
        "honest": tailor(
            LOANS,
            "Student loan servicing technology lead; 13 years in consumer lending operations, covering repayment "
            "platform migrations, income-driven repayment processing and borrower self-service for portfolios of "
            "as many as 3.4 million borrowers.",
            [
                (
                    "Led technology for repayment systems serving UK student loan borrowers, with HMRC on "
                    "salary-deducted repayments.",
                    [
                        "Launched online repayment plan switching, taken up by 610,000 borrowers in year one",
                        "Migrated 3.4 million borrower accounts off a mainframe ledger onto a cloud repayment platform "
                        "on AWS",
                        "HMRC repayment data feed automated; unmatched payments cut from 2.1% to 0.4%",
                        "Managed a 45-person delivery group spread across three suppliers",
                    ],
                ),
                (
                    "Systems manager for outsourced loan collections and borrower correspondence.",
                    [
                        "Agent desktop redesign cut call handling time 14%",
                        "Correspondence platform sending nine million borrower letters annually",
                        "Debt Manager collections workflow implemented for a government loan book",
                    ],
                ),
                (
                    "Analyzed personal loan arrears and repayment behavior.",
                    [
                        "SAS arrears segmentation",
                        "Monthly reporting to credit risk committee",
                    ],
                ),
            ],
        ),
    },
}

FABRICATIONS = [
    # vet
    ("vet", "overview", "number", "middle", "38 clinics migrated", "48 clinics migrated"),
    (
        "vet",
        "overview",
        "years",
        "start",
        "ezyVet implementation consultant, 11 years",
        "ezyVet implementation consultant, 14 years",
    ),
    (
        "vet",
        "overview",
        "certification",
        "end",
        "reporting, staff training.",
        "reporting, staff training. RCVS Certificate in Veterinary Practice Management.",
    ),
    (
        "vet",
        "experiences[0].description",
        "certified",
        "start",
        "ezyVet migration of acquired practices",
        "As a PRINCE2 Practitioner, ran the ezyVet migration of acquired practices",
    ),
    (
        "vet",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "used by every acquired practice",
        "used by every acquired practice, halving month-end close",
    ),
    (
        "vet",
        "experiences[1].description",
        "customer",
        "end",
        "first-opinion clinic chain.",
        "first-opinion clinic chain, incl. Pets at Home sites.",
    ),
    (
        "vet",
        "experiences[1].bullets[1]",
        "version",
        "middle",
        "Third-line RxWorks support",
        "Third-line RxWorks 7 support",
    ),
    (
        "vet",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "booster uptake 61% → 74%",
        "booster uptake 61% → 74%; shortlisted for a Vet Times award",
    ),
    (
        "vet",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Led an RxWorks-to-ezyVet pilot at three clinics",
    ),
    ("vet", "experiences[2].description", "date", "end", "later systems champion.", "systems champion from 2015."),
    ("vet", "experiences[2].bullets[+]", "moved bullet", "start", None, "RxWorks third-line support for 120 clinics"),
    (
        "vet",
        "experiences[2].bullets[1]",
        "duration",
        "end",
        "ahead of system upgrade",
        "ahead of system upgrade, in under two weeks",
    ),
    # ballast
    (
        "ballast",
        "overview",
        "degree",
        "start",
        "Marine engineer, 14 years",
        "Marine engineer (MSc Naval Architecture), 14 years",
    ),
    ("ballast", "overview", "years", "middle", "most of the last decade", "the last 12 years"),
    (
        "ballast",
        "overview",
        "certification",
        "end",
        "USCG type-approval compliance.",
        "USCG type-approval compliance. Holds a Chief Engineer Class 1 CoC.",
    ),
    (
        "ballast",
        "experiences[0].description",
        "team size",
        "start",
        "Shipboard commissioning of UV BWTS",
        "Led a five-engineer team on shipboard commissioning of UV BWTS",
    ),
    (
        "ballast",
        "experiences[0].description",
        "customer",
        "middle",
        "with owners' superintendents and",
        "with owners' superintendents (Golden Ocean, Star Bulk) and",
    ),
    ("ballast", "experiences[0].bullets[0]", "version", "middle", "PureBallast 3.1 on", "PureBallast 3.2 on"),
    (
        "ballast",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "operation and maintenance",
        "operation and maintenance, cutting warranty callouts 40%",
    ),
    (
        "ballast",
        "experiences[1].description",
        "date",
        "start",
        "Tanker BWTS retrofit engineering",
        "Since 2012, tanker BWTS retrofit engineering",
    ),
    ("ballast", "experiences[1].bullets[0]", "number", "middle", "22 tankers", "27 tankers"),
    (
        "ballast",
        "experiences[1].bullets[1]",
        "tool",
        "end",
        "Lloyd's Register approval",
        "Lloyd's Register approval, modeled in AVEVA Marine",
    ),
    (
        "ballast",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "in Dalian and Zhoushan",
        "in Dalian and Zhoushan; commended by Wärtsilä for on-time delivery",
    ),
    (
        "ballast",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Trained tanker engineers on UV reactor and filter operation",
    ),
    ("ballast", "experiences[2].bullets[0]", "duration", "end", "nine contracts", "nine contracts of six months each"),
    # rides
    ("rides", "overview", "years", "start", "Ride controls engineer, 9 years", "Ride controls engineer, 12 years"),
    (
        "rides",
        "overview",
        "degree",
        "middle",
        "to EN 13814 and IEC 61508,",
        "to EN 13814 and IEC 61508 (MSc Functional Safety),",
    ),
    (
        "rides",
        "overview",
        "certification",
        "end",
        "at European and Middle Eastern parks.",
        "at European and Middle Eastern parks; NAARSO Level II inspector certification.",
    ),
    (
        "rides",
        "experiences[0].description",
        "certified",
        "start",
        "Designed and commissioned control systems",
        "As a CMSE-certified engineer, designed and commissioned control systems",
    ),
    ("rides", "experiences[0].bullets[0]", "number", "middle", "1.1 km launched coaster", "1.4 km launched coaster"),
    (
        "rides",
        "experiences[0].bullets[1]",
        "tool",
        "middle",
        "a fault-code dashboard",
        "a Grafana fault-code dashboard",
    ),
    (
        "rides",
        "experiences[0].bullets[1]",
        "duration",
        "middle",
        "Commissioned four new attractions,",
        "Commissioned four new attractions in 30 months,",
    ),
    (
        "rides",
        "experiences[0].bullets[2]",
        "team size",
        "end",
        "Mentored three graduate engineers",
        "Mentored three graduate engineers in a ten-person controls team",
    ),
    (
        "rides",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Wrote ASTM F2291 compliance documentation for the coaster's US sister ride",
    ),
    (
        "rides",
        "experiences[1].description",
        "customer",
        "end",
        "in the UAE and Germany.",
        "in the UAE and Germany, including Europa-Park.",
    ),
    (
        "rides",
        "experiences[1].bullets[0]",
        "date",
        "start",
        "Station and lift-hill logic",
        "In 2017, station and lift-hill logic",
    ),
    (
        "rides",
        "experiences[1].bullets[0]",
        "version",
        "middle",
        "in Siemens S7-1500 for",
        "in Siemens S7-1500 with TIA Portal V17 for",
    ),
    (
        "rides",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "ride control function blocks",
        "ride control function blocks, cutting programming time by a quarter",
    ),
    (
        "rides",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Ran site acceptance tests with park operators and notified bodies",
    ),
    # tote
    ("tote", "overview", "date", "start", "since 2012,", "since 2009,"),
    (
        "tote",
        "overview",
        "customer",
        "middle",
        "for Irish and British racecourses",
        "for Arena Racing Company and other Irish and British racecourses",
    ),
    (
        "tote",
        "overview",
        "certification",
        "end",
        "on-course terminal estates.",
        "on-course terminal estates. PMP certification.",
    ),
    ("tote", "experiences[0].bullets[0]", "number", "middle", "260 on-course terminals", "320 on-course terminals"),
    (
        "tote",
        "experiences[0].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "SQL reports on pool turnover by course and bet type",
    ),
    (
        "tote",
        "experiences[1].description",
        "version",
        "start",
        "Managed the Quantum tote platform",
        "Managed the Quantum 3 tote platform",
    ),
    (
        "tote",
        "experiences[1].description",
        "certified",
        "end",
        "European operators.",
        "European operators; SAFe-certified product owner.",
    ),
    (
        "tote",
        "experiences[1].bullets[0]",
        "metric",
        "end",
        "self-service terminals",
        "self-service terminals, lifting terminal handle 12%",
    ),
    (
        "tote",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "Mobile wagering API, adopted",
        "Mobile wagering API on Kafka, adopted",
    ),
    (
        "tote",
        "experiences[2].description",
        "team size",
        "end",
        "26 racecourses.",
        "26 racecourses, in a team of eight.",
    ),
    (
        "tote",
        "experiences[2].bullets[0]",
        "recognition",
        "end",
        "odds displays",
        "odds displays; Tote Ireland employee of the year 2014",
    ),
    (
        "tote",
        "experiences[2].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Trained 40 on-course tote staff on the new terminals",
    ),
    # ami
    (
        "ami",
        "overview",
        "customer",
        "middle",
        "AMI rollouts totalling",
        "AMI rollouts for Anglian, Thames and Severn Trent totalling",
    ),
    (
        "ami",
        "overview",
        "degree",
        "middle",
        "a decade in utilities:",
        "a decade in utilities and a PhD in hydroinformatics:",
    ),
    (
        "ami",
        "overview",
        "certified",
        "start",
        "Smart water metering programme manager",
        "Chartered Engineer and smart water metering programme manager",
    ),
    (
        "ami",
        "experiences[0].description",
        "recognition",
        "start",
        "Anglian Water smart meter programme",
        "Anglian Water's award-winning smart meter programme",
    ),
    ("ami", "experiences[0].bullets[1]", "version", "start", "Kamstrup READy head-end", "Kamstrup READy 4.2 head-end"),
    ("ami", "experiences[0].bullets[2]", "duration", "middle", "found in year one", "found in the first six months"),
    ("ami", "experiences[0].bullets[3]", "team size", "end", "140 fitters", "160 fitters"),
    ("ami", "experiences[1].bullets[0]", "number", "start", "66k-meter AMI pilot", "76k-meter AMI pilot"),
    ("ami", "experiences[1].bullets[1]", "metric", "end", "cost per read", "cost per read, showing AMI 35% cheaper"),
    (
        "ami",
        "experiences[1].bullets[2]",
        "date",
        "end",
        "meter exchange scheduling",
        "meter exchange scheduling, live since March 2016",
    ),
    (
        "ami",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Negotiated an £8m meter supply contract with Itron",
    ),
    # colour
    (
        "colour",
        "overview",
        "certification",
        "start",
        "Color scientist, 12 years",
        "Color scientist (CText FTI), 12 years",
    ),
    ("colour", "overview", "years", "middle", "12 years in textile supply chains", "15 years in textile supply chains"),
    (
        "colour",
        "overview",
        "customer",
        "end",
        "sourcing from South Asia.",
        "sourcing from South Asia, including Gap and Primark.",
    ),
    (
        "colour",
        "experiences[0].description",
        "team size",
        "start",
        "Owned color approval",
        "With a team of seven, owned color approval",
    ),
    (
        "colour",
        "experiences[0].bullets[0]",
        "version",
        "middle",
        "in Datacolor ENVISION;",
        "in Datacolor ENVISION 2.0;",
    ),
    (
        "colour",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "with spectral data",
        "with spectral data, synced to Centric PLM",
    ),
    (
        "colour",
        "experiences[0].bullets[3]",
        "date",
        "start",
        "Shade-related rejections down 27%",
        "By 2020, shade-related rejections down 27%",
    ),
    (
        "colour",
        "experiences[1].description",
        "degree",
        "end",
        "right-first-time dyeing.",
        "right-first-time dyeing, drawing on an MSc in textile chemistry.",
    ),
    ("colour", "experiences[1].bullets[0]", "metric", "end", "at 30 mills", "at 30 mills, saving 9% on dye costs"),
    (
        "colour",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "64% to 81%",
        "64% to 81%, winning an SDC Colour Award",
    ),
    (
        "colour",
        "experiences[1].bullets[2]",
        "certified",
        "start",
        "Color measurement training",
        "Certified Datacolor trainer: color measurement training",
    ),
    (
        "colour",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "42 Datacolor spectrophotometers standardized across supplier labs",
    ),
    # tunnel
    (
        "tunnel",
        "overview",
        "degree",
        "start",
        "Wind tunnel data acquisition",
        "PhD-qualified wind tunnel data acquisition",
    ),
    ("tunnel", "overview", "years", "middle", "eight years across", "ten years across"),
    (
        "tunnel",
        "overview",
        "certification",
        "end",
        "(Python, LabVIEW, PostgreSQL).",
        "(Python, LabVIEW, PostgreSQL); Certified LabVIEW Architect.",
    ),
    (
        "tunnel",
        "experiences[0].description",
        "duration",
        "start",
        "New acquisition and processing chain",
        "Two-year rebuild of the acquisition and processing chain",
    ),
    (
        "tunnel",
        "experiences[0].description",
        "customer",
        "end",
        "customer run database.",
        "customer run database for Airbus and BAE Systems.",
    ),
    (
        "tunnel",
        "experiences[0].bullets[0]",
        "team size",
        "middle",
        "rewritten in Python",
        "rewritten in Python by a three-person team",
    ),
    ("tunnel", "experiences[0].bullets[1]", "number", "start", "1,024 Scanivalve", "2,048 Scanivalve"),
    (
        "tunnel",
        "experiences[0].bullets[1]",
        "version",
        "middle",
        "Scanivalve DSA pressure channels",
        "Scanivalve DSA3217 pressure channels",
    ),
    (
        "tunnel",
        "experiences[0].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Cut tunnel occupancy per campaign by 15% with automated run sequencing",
    ),
    (
        "tunnel",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Maintained the rolling-road tunnel's LabVIEW acquisition code",
    ),
    ("tunnel", "experiences[1].description", "number", "start", "60%-scale", "50%-scale"),
    (
        "tunnel",
        "experiences[1].bullets[2]",
        "tool",
        "start",
        "CFD-to-tunnel correlation tool",
        "STAR-CCM+ CFD-to-tunnel correlation tool",
    ),
    # crewing
    (
        "crewing",
        "overview",
        "degree",
        "start",
        "Crewing and payroll systems lead from",
        "Crewing and payroll systems lead, MBA, from",
    ),
    (
        "crewing",
        "overview",
        "years",
        "middle",
        "runs crew management platforms",
        "has run crew management platforms for 12 years",
    ),
    (
        "crewing",
        "overview",
        "certification",
        "end",
        "the Philippines and India.",
        "the Philippines and India. Holds the CIPP payroll certification.",
    ),
    (
        "crewing",
        "experiences[0].description",
        "certified",
        "start",
        "Owned crew management",
        "As a certified SAP FI consultant, owned crew management",
    ),
    ("crewing", "experiences[0].description", "number", "end", "310 vessels.", "340 vessels."),
    (
        "crewing",
        "experiences[0].bullets[0]",
        "tool",
        "middle",
        "MESPAS Crewing, 11,000",
        "MESPAS Crewing and Danaos, 11,000",
    ),
    (
        "crewing",
        "experiences[0].bullets[0]",
        "recognition",
        "end",
        "11,000 seafarers",
        "11,000 seafarers; shortlisted at the Crew Connect Global Awards",
    ),
    ("crewing", "experiences[0].bullets[2]", "team size", "middle", "planners alerted", "12 planners alerted"),
    ("crewing", "experiences[0].bullets[3]", "date", "start", "Mobile payslip app", "2021 mobile payslip app"),
    (
        "crewing",
        "experiences[1].description",
        "duration",
        "end",
        "on foreign-flag ships.",
        "on foreign-flag ships, a role held for six years.",
    ),
    (
        "crewing",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Introduced electronic allotment transfers to Philippine banks, cutting fees 20%",
    ),
    # aligner
    ("aligner", "overview", "years", "start", "manufacturing engineer, 10 years", "manufacturing engineer, 13 years"),
    (
        "aligner",
        "overview",
        "duration",
        "middle",
        "last 6 in clear aligner production",
        "last 8 in clear aligner production",
    ),
    (
        "aligner",
        "overview",
        "customer",
        "end",
        "treatment-plan-to-shop-floor software.",
        "treatment-plan-to-shop-floor software, supplying SmileDirectClub.",
    ),
    (
        "aligner",
        "experiences[0].description",
        "certified",
        "start",
        "Aligner plant scale-up",
        "As a certified Master Black Belt, aligner plant scale-up",
    ),
    (
        "aligner",
        "experiences[0].description",
        "tool",
        "end",
        "through print, form, trim.",
        "through print, form, trim, integrated with 3Shape.",
    ),
    (
        "aligner",
        "experiences[0].bullets[1]",
        "version",
        "middle",
        "HP Multi Jet Fusion printers",
        "HP Multi Jet Fusion 5420 printers",
    ),
    (
        "aligner",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "trim-line defects −35%",
        "trim-line defects −35%; Straumann Excellence Award 2022",
    ),
    ("aligner", "experiences[0].bullets[3]", "team size", "start", "Team of 14", "Team of 18"),
    (
        "aligner",
        "experiences[1].description",
        "date",
        "start",
        "Thermoforming and trimming process engineering",
        "From 2017, thermoforming and trimming process engineering",
    ),
    (
        "aligner",
        "experiences[1].bullets[0]",
        "certification",
        "end",
        "12 thermoformers, ISO 13485",
        "12 thermoformers, ISO 13485; ASQ Certified Quality Engineer",
    ),
    (
        "aligner",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Set up a second shift on the trimming line, adding 60 operators",
    ),
    (
        "aligner",
        "experiences[2].description",
        "degree",
        "end",
        "machining QE.",
        "machining QE, alongside a part-time MSc in biomaterials.",
    ),
    (
        "aligner",
        "experiences[2].bullets[1]",
        "metric",
        "end",
        "SPC charts on 5 CNC cells",
        "SPC charts on 5 CNC cells, Cpk raised to 1.67",
    ),
    (
        "aligner",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Cut thermoforming scrap from 4.1% to 2.6%",
    ),
    # gritting
    (
        "gritting",
        "overview",
        "years",
        "start",
        "Operations research analyst, eight winters",
        "Operations research analyst, eleven winters",
    ),
    (
        "gritting",
        "overview",
        "degree",
        "end",
        "and vehicle telematics.",
        "and vehicle telematics. PhD in stochastic routing.",
    ),
    (
        "gritting",
        "experiences[0].description",
        "customer",
        "middle",
        "for county council highway contracts",
        "for Powys and Shropshire county council highway contracts",
    ),
    (
        "gritting",
        "experiences[0].description",
        "recognition",
        "end",
        "decision-support tools.",
        "decision-support tools, recognized with a Kier innovation award.",
    ),
    (
        "gritting",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "164 precautionary routes",
        "184 precautionary routes",
    ),
    (
        "gritting",
        "experiences[0].bullets[1]",
        "tool",
        "middle",
        "MetDesk road weather forecasts",
        "MetDesk and Vaisala road weather forecasts",
    ),
    (
        "gritting",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "trained on the new tools",
        "trained on the new tools, with 95% adoption in the first season",
    ),
    (
        "gritting",
        "experiences[1].description",
        "team size",
        "middle",
        "Network modeling for local",
        "Network modeling, in a four-analyst team, for local",
    ),
    (
        "gritting",
        "experiences[1].description",
        "certified",
        "end",
        "route review.",
        "route review; CIHT-accredited winter service auditor.",
    ),
    (
        "gritting",
        "experiences[1].bullets[0]",
        "tool",
        "middle",
        "ArcGIS Network Analyst treatment-time",
        "ArcGIS Network Analyst and RouteSmart treatment-time",
    ),
    (
        "gritting",
        "experiences[1].bullets[2]",
        "duration",
        "end",
        "overrunning target treatment time",
        "overrunning the three-hour target treatment time",
    ),
    (
        "gritting",
        "experiences[1].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Reduced gritter dead mileage by 14% on the unitary council's routes",
    ),
    # pilotage
    ("pilotage", "overview", "years", "start", "7 years in port", "9 years in port"),
    (
        "pilotage",
        "overview",
        "certification",
        "middle",
        "VTS data and",
        "VTS data (IALA V-103/2 VTS Supervisor certificate) and",
    ),
    ("pilotage", "overview", "customer", "end", "ETA prediction.", "ETA prediction for Hamburg and Felixstowe."),
    (
        "pilotage",
        "experiences[0].bullets[0]",
        "date",
        "start",
        "Spreadsheet pilot roster replaced",
        "In 2020, spreadsheet pilot roster replaced",
    ),
    ("pilotage", "experiences[0].bullets[0]", "number", "end", "for 250 pilots", "for 280 pilots"),
    (
        "pilotage",
        "experiences[0].bullets[1]",
        "tool",
        "middle",
        "from AIS on the dispatch screen",
        "from AIS and XGBoost models on the dispatch screen",
    ),
    (
        "pilotage",
        "experiences[0].bullets[2]",
        "version",
        "middle",
        "with PortXchange and",
        "with PortXchange Synchronizer 3 and",
    ),
    (
        "pilotage",
        "experiences[0].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Built a tug allocation model balancing 38 tugs",
    ),
    (
        "pilotage",
        "experiences[1].description",
        "recognition",
        "start",
        "Tug dispatch and fleet utilisation",
        "Award-winning tug dispatch and fleet utilisation",
    ),
    (
        "pilotage",
        "experiences[1].bullets[0]",
        "metric",
        "end",
        "over two ports",
        "over two ports, lifting utilisation to 78%",
    ),
    ("pilotage", "experiences[1].bullets[2]", "duration", "start", "First three months", "First six months"),
    (
        "pilotage",
        "experiences[2].description",
        "degree",
        "end",
        "nautical and commercial departments.",
        "nautical and commercial departments, after a BSc in Nautical Science.",
    ),
    # loans
    (
        "loans",
        "overview",
        "certified",
        "start",
        "Student loan servicing technology lead",
        "PMP-certified student loan servicing technology lead",
    ),
    ("loans", "overview", "years", "middle", "13 years in consumer lending", "16 years in consumer lending"),
    (
        "loans",
        "overview",
        "customer",
        "middle",
        "in consumer lending operations,",
        "in consumer lending operations at Navient and SLC,",
    ),
    (
        "loans",
        "experiences[0].description",
        "certification",
        "end",
        "salary-deducted repayments.",
        "salary-deducted repayments; AWS Solutions Architect – Professional.",
    ),
    ("loans", "experiences[0].bullets[0]", "number", "middle", "610,000 borrowers", "710,000 borrowers"),
    ("loans", "experiences[0].bullets[1]", "tool", "end", "on AWS", "on AWS and Snowflake"),
    (
        "loans",
        "experiences[0].bullets[2]",
        "duration",
        "end",
        "from 2.1% to 0.4%",
        "from 2.1% to 0.4% within six months",
    ),
    (
        "loans",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "45-person delivery group",
        "60-person delivery group",
    ),
    (
        "loans",
        "experiences[1].description",
        "date",
        "start",
        "Systems manager for outsourced",
        "Since 2013, systems manager for outsourced",
    ),
    (
        "loans",
        "experiences[1].bullets[0]",
        "recognition",
        "end",
        "call handling time 14%",
        "call handling time 14%, winning a Capita Star award",
    ),
    (
        "loans",
        "experiences[1].bullets[2]",
        "version",
        "start",
        "Debt Manager collections workflow",
        "Debt Manager 8 collections workflow",
    ),
    (
        "loans",
        "experiences[2].description",
        "degree",
        "end",
        "repayment behavior.",
        "repayment behavior, applying an MSc in Statistics.",
    ),
    (
        "loans",
        "experiences[2].bullets[0]",
        "metric",
        "end",
        "SAS arrears segmentation",
        "SAS arrears segmentation, lowering roll rates by 8%",
    ),
    (
        "loans",
        "experiences[2].bullets[+]",
        "new bullet",
        "start",
        None,
        "Built a Power BI arrears dashboard for branch managers",
    ),
    (
        "loans",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Sent nine million borrower letters a year through the correspondence platform",
    ),
]

AMBIGUOUS_EDITS = [
    (
        "vet",
        "experiences[0].bullets[0]",
        "1.2m patient records",
        "1.2m patient and client records",
        "The CV counts patient records only; whether client records were part of the 1.2 million is not said.",
    ),
    (
        "ballast",
        "overview",
        "IMO Ballast Water Management Convention",
        "IMO D-2 standard",
        "The posting's term: D-2 is the discharge standard of the BWM Convention the CV names, but the CV never says D-2.",
    ),
    (
        "rides",
        "experiences[1].bullets[0]",
        "in Siemens S7-1500",
        "in Siemens S7-1500F",
        "The environment lists PROFIsafe, implying a fail-safe CPU, but the CV never names the F-series.",
    ),
    (
        "tote",
        "experiences[1].bullets[2]",
        "with a 25-strong engineering group",
        "for a 25-strong engineering group, as its lead",
        "The CV says planning was run with the group of 25; leading the group itself is a stronger claim.",
    ),
    (
        "ami",
        "experiences[1].description",
        "London boroughs.",
        "London boroughs, for Thames Water.",
        "The employer is in the heading, not in the description the guard may compare against.",
    ),
    (
        "colour",
        "experiences[0].bullets[1]",
        "standardized",
        "calibrated",
        "Standardising instruments with inter-instrument agreement checks is close to calibration, the posting's word, but not the CV's.",
    ),
    (
        "tunnel",
        "experiences[0].description",
        "transonic tunnel",
        "transonic wind tunnel for aerospace customers",
        "The CV says customers' aerodynamicists use the database and the industries list aerospace; aerospace customers is inferred.",
    ),
    (
        "crewing",
        "overview",
        "wages, allotments)",
        "wages and allotments under MLC 2006)",
        "The posting asks for MLC 2006 and seafarer wages fall under it, but the CV never names MLC 2006.",
    ),
    (
        "aligner",
        "experiences[0].description",
        "incl. MES routing",
        "incl. Siemens Opcenter MES routing",
        "The environment lists Siemens Opcenter and the description mentions an MES; the CV implies but does not state the link.",
    ),
    (
        "gritting",
        "experiences[0].bullets[2]",
        "Telematics-driven spread-rate control",
        "AVL telematics-driven spread-rate control",
        "The posting's AVL (automatic vehicle location) is what the Exactrak telematics provides, but the CV does not say AVL.",
    ),
    (
        "pilotage",
        "experiences[0].bullets[2]",
        "vessel traffic service system",
        "vessel traffic service system and port management system",
        "PortXchange is a port call optimisation platform; calling it a port management system borrows the brief's term.",
    ),
    (
        "loans",
        "overview",
        "repayment platform migrations",
        "repayment platform modernization",
        "The posting's word: a mainframe-to-cloud migration is a modernization, but the word claims more than a migration.",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, FABRICATIONS)
AMBIGUOUS = build(CVS, AMBIGUOUS_EDITS, with_reason=True)
