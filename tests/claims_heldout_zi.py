"""Blind set ZI for the free-text claims guard (issue 20), written blind: without reading the guard, its
rules, its benchmarks or any other set. Twelve hand-written contract CVs in laboratory animal facility
management, bridge inspection with drones, avalanche forecasting services, tunnel boring machine data
logging, blood bank information systems, pet insurance claims, orchard and fruit packhouse systems,
glassworks furnace control, planetarium show production, hyperbaric chamber operations, hearing aid
fitting software and coffee roasting plant automation, each with a job posting or customer brief and one
honest tailoring in a different voice (marketing, "Why <name>", ranges restated, corporate jargon, long
bullets split, posting phrases echoed, bullets merged and reordered), single claims injected into those
tailorings, and edits whose honesty is arguable, each with its reason."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}


def _case(key, source, prompt, overview, experiences):
    CVS[key] = {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


# 1. Laboratory animal facility management: marketing voice, "seasoned", "proven", "trusted partner".
_case(
    "vivarium",
    cv(
        "Laboratory Animal Facility Manager",
        "Ingrid Solvang",
        "Laboratory animal facility manager with 14 years in academic and pharmaceutical vivaria. Runs barrier "
        "facilities for rodents and zebrafish, leads AAALAC accreditation preparation and implements colony "
        "management software. Works closely with animal welfare bodies and veterinary staff.",
        [
            (
                "Facility Manager, Comparative Medicine Unit, Nordvik University (2018 - 2024)",
                "Management of a 3,200-cage rodent barrier facility for Nordvik University, serving 45 research groups.",
                [
                    "Prepared the unit for its AAALAC International site visit in 2022, which ended in full accreditation.",
                    "Introduced SoftMouse.NET colony management for 45 research groups, replacing paper cage cards.",
                    "Extended the cage-change interval on high-density IVC racks from 10 to 14 days by rebalancing "
                    "technician rotas.",
                    "Led a team of 11 animal technicians and 2 veterinary nurses.",
                ],
                ["SoftMouse.NET", "Tecniplast IVC racks", "Microsoft Teams", "Excel"],
            ),
            (
                "Animal Care Supervisor, Halvorsen Pharma (2013 - 2018)",
                "Supervision of husbandry for the zebrafish and rodent facilities at Halvorsen Pharma's preclinical site.",
                [
                    "Ran the 1,800-tank zebrafish system including water quality monitoring and daily health checks.",
                    "Wrote 30 standard operating procedures for husbandry, euthanasia and environmental enrichment.",
                    "Trained new technicians to FELASA B level.",
                ],
                ["Tecniplast ZebTEC", "LIMS", "Excel"],
            ),
            (
                "Animal Technician, Oslo Biomedical Research Centre (2010 - 2013)",
                "Husbandry and procedure support in a mouse and rat facility.",
                [
                    "Performed daily health checks and cage changes for around 2,000 IVC cages.",
                    "Assisted with breeding colony records and genotyping sample collection.",
                ],
                ["IVC racks", "Excel"],
            ),
        ],
        skills=["Barrier facility management", "Colony management", "Animal welfare (3Rs)", "Staff rota planning"],
        tools=["SoftMouse.NET", "Tecniplast IVC", "Tecniplast ZebTEC"],
        certifications=["FELASA Category C", "Registered Animal Technologist (RAnTech)"],
        academic_background=["BSc Animal Science, Norwegian University of Life Sciences, 2010"],
        spoken_languages=["Norwegian (native)", "English (fluent)"],
        industries=["Academic research", "Pharmaceuticals"],
    ),
    "Vivarium Operations Manager, contract research organisation. Must have: AAALAC accreditation experience, "
    "colony management software, leadership of animal technician teams, rodent and aquatic species. "
    "Nice to have: a 3Rs champion.",
    "Seasoned vivarium operations leader with fourteen years across academic and pharmaceutical animal "
    "facilities, from rodent barrier units to zebrafish systems. Proven track record of guiding AAALAC "
    "accreditation preparation and rolling out colony management software, and a trusted partner to animal "
    "welfare bodies and veterinary teams.",
    [
        (
            "Ran a rodent barrier facility of 3,200 cages at Nordvik University, supporting 45 research groups.",
            [
                "Led AAALAC International site-visit preparation in 2022, resulting in full accreditation.",
                "Rolled out SoftMouse.NET colony management across all 45 research groups, retiring paper cage cards.",
                "Rebalanced technician rotas to stretch the IVC rack cage-change interval from ten to fourteen days.",
                "Managed eleven animal technicians and two veterinary nurses.",
            ],
        ),
        (
            "Oversaw rodent and zebrafish husbandry at Halvorsen Pharma's preclinical site.",
            [
                "Operated an 1,800-tank zebrafish system, covering water quality monitoring and daily health checks.",
                "Authored 30 SOPs spanning husbandry, euthanasia and environmental enrichment.",
                "Brought new technicians up to FELASA B level.",
            ],
        ),
        (
            "Mouse and rat facility: husbandry and procedure support.",
            [
                "Carried out daily health checks and cage changes across roughly 2,000 IVC cages.",
                "Helped keep breeding colony records and collected genotyping samples.",
            ],
        ),
    ],
)

# 2. Bridge inspection with drones: "Why <name> for this role:", lists told as spans, customer brief.
_case(
    "bridgedrone",
    cv(
        "UAV Bridge Inspection Lead",
        "Tomasz Wielgosz",
        "Civil engineer and licensed drone pilot specialising in bridge inspection. 9 years of structural "
        "inspection, 6 of them with UAVs. Moved from rope access and under-bridge units to UAV photogrammetry "
        "and defect tagging in Bentley iTwin; reports to road authorities under national inspection manuals.",
        [
            (
                "Inspection Lead, UAV Services, Skylane Survey (2020 - 2025)",
                "Led drone-based inspection of road and rail bridges for the Silesian Voivodeship road authority.",
                [
                    "Inspected 140 bridges with DJI Matrice 300 RTK and Zenmuse P1 / H20T payloads, including "
                    "confined-space flights under decks with the Flyability Elios 3.",
                    "Built a photogrammetry pipeline in Pix4Dmapper producing 3D models with 2 mm ground sampling distance.",
                    "Introduced crack-detection tagging in Bentley iTwin, cutting report preparation from 5 days to "
                    "2 days per bridge.",
                    "Trained 6 pilots to operate under the EU Specific category (STS-01).",
                ],
                ["DJI Matrice 300 RTK", "Flyability Elios 3", "Pix4Dmapper", "Bentley iTwin", "QGIS"],
            ),
            (
                "Bridge Inspector, Mostprojekt (2016 - 2020)",
                "Principal and routine inspections of concrete and steel bridges using rope access and under-bridge units.",
                [
                    "Carried out around 60 principal inspections per year.",
                    "Recorded defects in the client's bridge management system (SMOK) and prepared condition ratings.",
                    "Assessed chloride-induced corrosion on prestressed concrete girders with half-cell potential mapping.",
                ],
                ["SMOK bridge management system", "AutoCAD", "Excel"],
            ),
        ],
        skills=["UAV bridge inspection", "Photogrammetry", "Defect mapping", "Condition rating"],
        tools=["DJI Matrice 300 RTK", "Flyability Elios 3", "Pix4Dmapper", "Bentley iTwin", "QGIS", "AutoCAD"],
        certifications=["EASA A2 CofC", "STS-01 theoretical knowledge certificate", "IRATA Level 1"],
        academic_background=["MSc Civil Engineering (Bridges), Silesian University of Technology, 2016"],
        spoken_languages=["Polish (native)", "English (C1)", "German (B1)"],
    ),
    "Customer brief: a national rail operator needs a drone inspection lead for 200 railway bridges over two "
    "years: confined-space UAV flights, photogrammetry, defect reporting into a digital twin, and training of "
    "in-house pilots.",
    "Why Tomasz for this role: a civil engineer and licensed drone pilot with nine years of structural "
    "inspection, six of them flying UAVs, who has taken bridge inspection from rope access and under-bridge "
    "units through UAV photogrammetry to defect tagging in Bentley iTwin. He reports to road authorities under "
    "national inspection manuals and has trained pilots for the EU Specific category.",
    [
        (
            "Drone inspections of road and rail bridges for the Silesian Voivodeship road authority, as inspection lead.",
            [
                "Flew 140 bridge inspections on the DJI Matrice 300 RTK with Zenmuse P1 and H20T payloads.",
                "Carried out confined-space flights beneath bridge decks with the Flyability Elios 3.",
                "Set up a Pix4Dmapper photogrammetry pipeline delivering 3D models at a 2 mm ground sampling "
                "distance (GSD).",
                "Cut report preparation from five days to two per bridge by introducing crack-detection tagging in "
                "Bentley iTwin.",
                "Trained six pilots for EU Specific category operations under STS-01.",
            ],
        ),
        (
            "Principal and routine inspections of concrete and steel bridges, carried out from rope access and "
            "under-bridge units.",
            [
                "Completed roughly 60 principal inspections a year.",
                "Logged defects in the client's SMOK bridge management system and produced condition ratings.",
                "Mapped half-cell potential to assess chloride-induced corrosion in prestressed concrete girders.",
            ],
        ),
    ],
)

# 3. Avalanche forecasting services: ranges restated, American spelling for a US posting.
_case(
    "avalanche",
    cv(
        "Avalanche Forecaster and Snow Data Engineer",
        "Maren Aasheim",
        "Avalanche forecaster and data engineer with 11 years in operational snow safety. Publishes regional "
        "danger ratings for 21 forecast regions, maintains automated weather station networks and builds "
        "forecasting tools in Python. Works on 3-5 person forecasting shifts through the winter season.",
        [
            (
                "Senior Forecaster, Nordfjell Avalanche Centre (2017 - 2025)",
                "Regional avalanche forecasting for 21 forecast regions across northern Norway, issued daily from "
                "December to May.",
                [
                    "Issued daily danger ratings on the five-level European Avalanche Danger Scale with 3-5 person "
                    "forecasting shifts.",
                    "Maintained 34 automated weather stations measuring snow depth, wind and temperature.",
                    "Wrote a Python and PostgreSQL pipeline that merges station data, field observations and NWP model "
                    "output into one forecaster dashboard.",
                    "Cut the time from field observation to published bulletin from 90 to 35 minutes.",
                ],
                ["Python", "PostgreSQL", "PostGIS", "Grafana", "SNOWPACK"],
            ),
            (
                "Snow Safety Technician, Lyngen Heli-Ski Operations (2014 - 2017)",
                "Daily snowpack assessment and explosive control for a heli-skiing operator covering 1,200 km² of terrain.",
                [
                    "Dug and recorded snow profiles and stability tests (ECT, CT) across the operating area.",
                    "Planned explosive control routes with the operations manager and pilots.",
                    "Logged observations in InfoEx and shared them with neighbouring operators.",
                ],
                ["InfoEx", "SnowPilot", "Garmin inReach"],
            ),
            (
                "Field Observer, Norwegian Geotechnical Institute (2012 - 2014)",
                "Avalanche field observations and snow research support in Tromsø county.",
                [
                    "Recorded weekly snow profiles at 5 study sites.",
                    "Maintained snow and weather sensors at the Fonnbu research station.",
                ],
                ["SnowPilot", "Campbell CR1000 loggers"],
            ),
        ],
        skills=["Avalanche forecasting", "Snowpack analysis", "Weather station networks", "Data pipelines"],
        languages=["Python", "SQL"],
        tools=["PostgreSQL", "PostGIS", "Grafana", "SNOWPACK", "InfoEx", "SnowPilot"],
        certifications=["CAA Operations Level 2", "Norwegian Avalanche Course Level 3"],
        academic_background=["MSc Physical Geography, University of Tromsø, 2013"],
        spoken_languages=["Norwegian (native)", "English (fluent)"],
    ),
    "Job: Avalanche Forecasting Services Lead for a US ski resort consortium. Daily regional forecasts, a "
    "snowpack observation program, a weather station network and Python tooling; you will work with a "
    "forecasting team of 3-6.",
    "Avalanche forecaster and data engineer bringing 11 years of operational snow safety experience. Publishes "
    "regional danger ratings for twenty-one forecast regions, keeps an automated weather station network "
    "running and builds forecasting tools in Python, working on forecasting shifts of between three and five "
    "people through each winter season.",
    [
        (
            "Daily regional avalanche forecasts from December through May for 21 forecast regions in northern Norway.",
            [
                "Issued daily danger ratings on the five-level European Avalanche Danger Scale, working in "
                "forecasting shifts of three to five people.",
                "Kept 34 automated weather stations running, recording snow depth, wind and temperature.",
                "Built a Python/PostgreSQL pipeline combining station data, field observations and numerical "
                "weather prediction output in a single forecaster dashboard.",
                "Shortened the path from field observation to published bulletin from 90 minutes to 35.",
            ],
        ),
        (
            "Snowpack assessment and explosive control, every day, for a heli-ski operator with 1,200 square "
            "kilometers of terrain.",
            [
                "Recorded snow profiles and stability tests (ECT and CT) throughout the operating area.",
                "Planned explosive control routes together with the operations manager and pilots.",
                "Shared observations with neighboring operators through InfoEx.",
            ],
        ),
        (
            "Snow research support and avalanche field observation in Tromsø county.",
            [
                "Dug and recorded snow profiles every week at five study sites.",
                "Looked after the snow and weather sensors at the Fonnbu research station.",
            ],
        ),
    ],
)

# 4. Tunnel boring machine data logging: a posting in heavy corporate jargon, echoed.
_case(
    "tbmdata",
    cv(
        "TBM Data Systems Engineer",
        "Rui Carvalho",
        "Engineer for tunnel boring machine data acquisition and monitoring. 8 years on metro and rail tunnel "
        "projects with EPB and slurry TBMs. Builds PLC data logging, real-time dashboards and ring-build reports "
        "for site teams and clients.",
        [
            (
                "TBM Data Engineer, Lisbon Metro Red Line Extension (2021 - 2025)",
                "Data acquisition and monitoring for two Herrenknecht EPB TBMs on a 4.2 km twin-bore metro extension "
                "for Metropolitano de Lisboa.",
                [
                    "Logged 1,400 PLC tags per machine at 1-second resolution from Siemens S7-1500 controllers into "
                    "InfluxDB.",
                    "Built Grafana dashboards for thrust, torque, face pressure and grout volume used by shift "
                    "engineers and the client.",
                    "Automated ring-build reports in Python, replacing a spreadsheet process that took 2 hours per shift.",
                    "Set alarm thresholds on face pressure with the geotechnical team, reducing unplanned stoppages.",
                ],
                ["Siemens S7-1500", "InfluxDB", "Grafana", "Python", "Node-RED"],
            ),
            (
                "Site Data Technician, Follo Line Project, Acciona Ghella JV (2017 - 2021)",
                "TBM data logging and settlement monitoring on the Follo Line rail tunnel, 18.5 km twin bore with "
                "four double-shield TBMs.",
                [
                    "Maintained the TBM data logging servers and VPN links for four machines.",
                    "Linked TBM advance data with surface settlement readings from 220 monitoring points.",
                    "Produced weekly progress reports for the joint venture's project management.",
                ],
                ["Wonderware Historian", "SQL Server", "Excel", "Power BI"],
            ),
        ],
        skills=["TBM data acquisition", "PLC data logging", "Real-time dashboards", "Settlement monitoring"],
        languages=["Python", "SQL"],
        tools=["Siemens S7-1500", "InfluxDB", "Grafana", "Node-RED", "Wonderware Historian", "SQL Server", "Power BI"],
        certifications=["Siemens TIA Portal Service 1", "ITA-AITES Tunnelling course"],
        academic_background=["MEng Electrical Engineering, Universidade do Porto, 2016"],
        spoken_languages=["Portuguese (native)", "English (fluent)", "Spanish (good)"],
    ),
    "Role: Digital Tunnelling Data Lead. We are looking for a results-driven, data-first value creator to "
    "operationalise end-to-end TBM telemetry pipelines, drive stakeholder alignment across the project "
    "ecosystem, surface actionable insights in real time and leverage best-in-class visualisation to de-risk "
    "critical-path tunnelling deliverables.",
    "Results-driven tunnel boring machine data engineer with eight years of metro and rail tunnelling delivery "
    "across EPB and slurry TBMs. Operationalises end-to-end pipelines from PLC data logging through real-time "
    "dashboards to ring-build reporting, surfacing actionable insights for site teams and clients alike.",
    [
        (
            "End-to-end TBM data acquisition and monitoring for Metropolitano de Lisboa: two Herrenknecht EPB "
            "machines boring a 4.2 km twin-bore metro extension.",
            [
                "Captured 1,400 PLC tags per machine every second from Siemens S7-1500 controllers, landing them in "
                "InfluxDB.",
                "Delivered real-time Grafana visibility of thrust, torque, face pressure and grout volume for shift "
                "engineers and the client.",
                "Streamlined ring-build reporting by automating it in Python, retiring a two-hour-per-shift "
                "spreadsheet process.",
                "Aligned with the geotechnical team on face-pressure alarm thresholds to de-risk unplanned stoppages.",
            ],
        ),
        (
            "TBM data logging and settlement monitoring across the Follo Line's 18.5 km twin-bore rail tunnel, "
            "driven by four double-shield TBMs.",
            [
                "Kept data logging servers and VPN connectivity running for all four TBMs.",
                "Correlated TBM advance data with surface settlement readings from 220 monitoring points.",
                "Delivered weekly progress reporting to the joint venture's project management.",
            ],
        ),
    ],
)

# 5. Blood bank information systems: long paragraph bullets split into short ones.
_case(
    "bloodbank",
    cv(
        "Blood Bank Information Systems Consultant",
        "Aisha Rahman",
        "Health informatics consultant for blood establishments and hospital transfusion laboratories. 12 years "
        "implementing blood bank information systems, ISBT 128 labelling and interfaces to laboratory analysers "
        "and hospital systems, under GMP and EU blood directive requirements.",
        [
            (
                "Lead Implementation Consultant, Regional Blood Service replacement (2019 - 2025)",
                "Replacement of the regional blood service's legacy blood establishment computer system with "
                "Hemasoft ProgeSA across 3 collection centres and 1 processing site.",
                [
                    "Led the validation of ProgeSA against GMP Annex 11 requirements, writing the validation master "
                    "plan, executing over 600 test scripts with the quality team, and reviewing all deviations before "
                    "the go-live in March 2022.",
                    "Designed HL7 v2 interfaces between ProgeSA, the Sysmex XN analysers and the hospitals' Cerner "
                    "Millennium order entry, and built the interface monitoring that alerted the on-call team when "
                    "messages queued for more than 10 minutes.",
                    "Migrated 1.2 million donor records and 15 years of donation history from the legacy system, "
                    "reconciling record counts after each of 4 trial migrations.",
                ],
                ["Hemasoft ProgeSA", "HL7 v2", "Mirth Connect", "Oracle Database", "Sysmex XN"],
            ),
            (
                "Transfusion IT Analyst, St Columba's University Hospital (2013 - 2019)",
                "Support and development of the hospital blood bank system (WinPath Enterprise) for a 900-bed "
                "teaching hospital.",
                [
                    "Configured ISBT 128 label printing and electronic issue of red cells.",
                    "Implemented bedside transfusion tracking with handheld scanners on 24 wards.",
                    "Prepared annual haemovigilance data for SHOT reporting.",
                ],
                ["WinPath Enterprise", "ISBT 128", "Zebra printers", "SQL Server"],
            ),
        ],
        skills=[
            "Blood establishment computer systems",
            "Computer system validation",
            "HL7 interfaces",
            "Data migration",
            "Haemovigilance",
        ],
        tools=["Hemasoft ProgeSA", "WinPath Enterprise", "Mirth Connect", "Oracle Database", "SQL Server"],
        certifications=["ISBT 128 Technical Training", "PRINCE2 Foundation"],
        academic_background=[
            "BSc Biomedical Science, University of Glasgow, 2010",
            "MSc Health Informatics, University of Edinburgh, 2013",
        ],
        spoken_languages=["English (native)", "Urdu (fluent)"],
        industries=["Blood services", "Hospitals"],
    ),
    "Job: Blood Bank IT Validation Lead at a national blood service. Own computer system validation (CSV) for "
    "a BECS upgrade, HL7 interfaces, data migration and ISBT 128 labelling.",
    "Health informatics consultant with twelve years' experience in blood bank information systems for blood "
    "establishments and hospital transfusion laboratories: ISBT 128 labelling, interfaces to laboratory "
    "analysers and hospital systems, all under GMP and the EU blood directive.",
    [
        (
            "Replaced the regional blood service's legacy blood establishment computer system (BECS) with Hemasoft "
            "ProgeSA at three collection centres and one processing site.",
            [
                "Led ProgeSA validation against GMP Annex 11.",
                "Wrote the validation master plan.",
                "Executed more than 600 test scripts with the quality team.",
                "Reviewed every deviation ahead of the March 2022 go-live.",
                "Designed HL7 v2 interfaces linking ProgeSA, Sysmex XN analysers and Cerner Millennium order entry.",
                "Built interface monitoring that alerted on-call staff to messages queued over 10 minutes.",
                "Migrated 1.2 million donor records and 15 years of donation history, reconciling counts after each "
                "of four trial migrations.",
            ],
        ),
        (
            "Supported and developed WinPath Enterprise, the blood bank system of a 900-bed teaching hospital.",
            [
                "Set up ISBT 128 label printing and electronic issue of red cells.",
                "Rolled out bedside transfusion tracking with handheld scanners across 24 wards.",
                "Compiled the yearly haemovigilance data for SHOT reporting.",
            ],
        ),
    ],
)

# 6. Pet insurance claims: the posting's own phrases echoed, "half" for 50%, numbers in words.
_case(
    "petclaims",
    cv(
        "Claims Systems Analyst, Pet Insurance",
        "Laura Kessler",
        "Business analyst for insurance claims systems, the last 5 years in pet insurance. Designs claims "
        "workflows, fraud rules and vet practice integrations on Guidewire ClaimCenter and in-house platforms.",
        [
            (
                "Senior Business Analyst, PawSure Insurance (2020 - 2025)",
                "Claims transformation programme for a pet insurer with 380,000 policies in Germany and Austria.",
                [
                    "Moved 50% of claims to straight-through processing by defining auto-adjudication rules in "
                    "Guidewire ClaimCenter.",
                    "Specified the direct-billing API with 1,100 veterinary practices so vets submit invoices "
                    "electronically.",
                    "Wrote fraud indicators for duplicate invoices and pre-existing conditions with the special "
                    "investigations unit.",
                    "Reduced average claim settlement time from 9 days to 4.",
                ],
                ["Guidewire ClaimCenter", "Jira", "Confluence", "SQL", "Postman"],
            ),
            (
                "Business Analyst, Hanse Mutual (2016 - 2020)",
                "Motor and household claims systems for a mid-sized mutual insurer.",
                [
                    "Documented claims processes in BPMN 2.0 with Camunda Modeler.",
                    "Wrote user stories and acceptance criteria for a 12-person Scrum team.",
                    "Ran user acceptance testing for three claims releases a year.",
                ],
                ["Camunda Modeler", "Jira", "SAP FS-CM", "Excel"],
            ),
        ],
        skills=["Claims process design", "Business analysis", "Fraud rules", "API specification", "UAT"],
        tools=["Guidewire ClaimCenter", "Camunda Modeler", "Jira", "Confluence", "Postman", "SAP FS-CM"],
        certifications=["IIBA CBAP", "Professional Scrum Product Owner I"],
        academic_background=["Diplom Wirtschaftsinformatik, Universität Hamburg, 2015"],
        spoken_languages=["German (native)", "English (fluent)"],
        industries=["Insurance", "Pet insurance"],
    ),
    "Job: Lead Claims Analyst, pet insurance. You will drive straight-through processing, build vet direct-pay "
    "integrations, strengthen fraud detection and shorten time-to-settle. Experience with Guidewire is a plus.",
    "Claims systems business analyst who has spent the last five years in pet insurance, designing claims "
    "workflows, fraud rules and vet practice integrations on Guidewire ClaimCenter as well as in-house platforms.",
    [
        (
            "Pet insurer with 380,000 policies across Germany and Austria: claims transformation programme.",
            [
                "Drove straight-through processing to half of all claims through auto-adjudication rules defined in "
                "Guidewire ClaimCenter.",
                "Specified a vet direct-billing API connecting 1,100 practices for electronic invoice submission.",
                "Strengthened fraud detection with the special investigations unit, writing indicators for duplicate "
                "invoices and pre-existing conditions.",
                "Shortened time-to-settle from nine days on average to four.",
            ],
        ),
        (
            "Claims systems for motor and household lines at a mid-sized mutual insurer.",
            [
                "Modelled the claims processes in BPMN 2.0 using Camunda Modeler.",
                "Supported a twelve-person Scrum team with user stories and acceptance criteria.",
                "Led UAT on three claims releases every year.",
            ],
        ),
    ],
)

# 7. Orchard and fruit packhouse systems: "a dozen" for 12, bullets merged and reordered.
_case(
    "packhouse",
    cv(
        "Packhouse Systems Engineer",
        "Pieter van der Merwe",
        "Systems engineer for apple and pear packhouses and orchard operations. 10 years integrating optical "
        "graders, bin tracking and cold store monitoring with ERP, for growers and export packers.",
        [
            (
                "Packhouse Systems Lead, Elgin Valley Fruit Packers (2018 - 2025)",
                "Systems for an export packhouse handling 45,000 tonnes of apples and pears a season, with 12 "
                "controlled-atmosphere rooms.",
                [
                    "Integrated the Compac InVision 9000 optical grader with the packhouse ERP so grade and size data "
                    "reach the grower statements the same day.",
                    "Rolled out RFID bin tracking from orchard to cold store for 60,000 bins.",
                    "Connected 12 CA rooms to a central monitoring system with SMS alarms for oxygen, CO2 and "
                    "temperature.",
                    "Replaced paper pallet cards with GS1-128 pallet labels for export customers.",
                ],
                ["Compac InVision 9000", "Paltrack", "RFID", "Storex CA controllers", "SQL Server"],
            ),
            (
                "Orchard Data Analyst, Two-a-Day Group (2015 - 2018)",
                "Orchard records and harvest planning for a grower cooperative with 2,600 hectares.",
                [
                    "Built a spray-record database to meet GLOBALG.A.P. audit requirements.",
                    "Forecast harvest volumes per block from fruit counts and historical yields.",
                    "Mapped blocks in QGIS for picking team allocation.",
                ],
                ["Microsoft Access", "QGIS", "Excel"],
            ),
        ],
        skills=[
            "Packhouse automation",
            "Optical grading integration",
            "Bin and pallet traceability",
            "Cold chain monitoring",
            "Harvest forecasting",
        ],
        tools=["Compac InVision", "Paltrack", "QGIS", "SQL Server", "Power BI"],
        certifications=["GLOBALG.A.P. Internal Auditor"],
        academic_background=["BEng Mechatronics, Stellenbosch University, 2014"],
        spoken_languages=["Afrikaans (native)", "English (fluent)"],
        industries=["Fruit export", "Agriculture"],
    ),
    "Customer brief: a New Zealand kiwifruit and apple packer is modernising traceability: grader-to-ERP "
    "integration, bin tracking, CA store monitoring and pallet labelling to GS1 standards.",
    "Packhouse and orchard systems engineer with a decade of integrating optical graders, bin tracking and cold "
    "store monitoring with ERP, working for growers and export packers in apples and pears.",
    [
        (
            "Export packhouse systems: 45,000 tonnes of apples and pears per season and a dozen "
            "controlled-atmosphere rooms.",
            [
                "Brought a dozen CA rooms onto central monitoring, with SMS alarms on oxygen, CO2 and temperature.",
                "Tracked 60,000 bins by RFID from orchard to cold store.",
                "Linked the Compac InVision 9000 grader to the ERP, putting grade and size data on grower statements "
                "the same day, and swapped paper pallet cards for GS1-128 labels for export customers.",
            ],
        ),
        (
            "Orchard records and harvest planning across 2,600 hectares for a grower cooperative.",
            [
                "Forecast block-level harvest volumes from fruit counts and past yields.",
                "Created a spray-record database built for GLOBALG.A.P. audits.",
                "Used QGIS block maps to allocate picking teams.",
            ],
        ),
    ],
)

# 8. Glassworks furnace control: abbreviations expanded either way, a comparison the CV states.
_case(
    "glassfurnace",
    cv(
        "Furnace Control Engineer, Container Glass",
        "Elena Moretti",
        "Process control engineer for glass melting furnaces. 13 years in container and float glass, designing "
        "DCS control for end-fired and oxy-fuel furnaces, model predictive control for temperature and pull rate, "
        "and emissions monitoring.",
        [
            (
                "Lead Control Engineer, Vetreria Ligure (2017 - 2025)",
                "Control systems for 4 container glass furnaces, 350 tonnes per day each, at two plants.",
                [
                    "Implemented MPC on the furnace temperature loops with Emerson DeltaV, halving crown temperature "
                    "variation compared with the previous PID control.",
                    "Cut natural gas consumption by 6% per tonne of glass through combustion air optimisation.",
                    "Commissioned the DCS for a cold repair of furnace 3 in 2021 in 11 weeks.",
                    "Installed continuous emissions monitoring (CEMS) for NOx and SOx to meet the plant's "
                    "environmental permit.",
                ],
                ["Emerson DeltaV", "OSIsoft PI", "MATLAB", "Siemens S7-400"],
            ),
            (
                "Process Engineer, Vetro Piano Sud (2012 - 2017)",
                "Process engineering on a float glass line producing 600 tonnes per day.",
                [
                    "Tuned tin bath atmosphere control to reduce top-surface defects.",
                    "Built furnace performance reports in OSIsoft PI ProcessBook.",
                    "Supported the oxy-fuel conversion study together with the burner supplier.",
                ],
                ["OSIsoft PI ProcessBook", "Siemens S7-400", "Excel"],
            ),
            (
                "Graduate Engineer, Cristalleria Veneta (2011 - 2012)",
                "Graduate rotation in furnace operations and quality at a tableware glass plant.",
                [
                    "Logged furnace temperatures and batch changes for the melting team.",
                    "Analysed seed and stone defects with the quality lab.",
                ],
                ["Excel", "Minitab"],
            ),
        ],
        skills=[
            "Glass furnace control",
            "Model predictive control",
            "Combustion optimisation",
            "Emissions monitoring",
            "DCS commissioning",
        ],
        tools=["Emerson DeltaV", "OSIsoft PI", "MATLAB", "Siemens S7-400", "Minitab"],
        certifications=["ISA Certified Automation Professional (CAP)", "Emerson DeltaV Advanced Control"],
        academic_background=["Laurea Magistrale in Chemical Engineering, Politecnico di Milano, 2011"],
        spoken_languages=["Italian (native)", "English (fluent)", "French (basic)"],
    ),
    "Job: Furnace Automation Lead at a UK glass manufacturer. Advanced process control on melting furnaces, "
    "distributed control system upgrades, energy reduction and emissions compliance.",
    "Process control engineer with 13 years in container and float glass, specialising in distributed control "
    "system (DCS) design for end-fired and oxy-fuel melting furnaces, model predictive control of temperature "
    "and pull rate, and emissions monitoring.",
    [
        (
            "Controls for four container glass furnaces across two plants, each furnace melting 350 tonnes a day.",
            [
                "Introduced model predictive control on furnace temperature loops in Emerson DeltaV, cutting crown "
                "temperature variation in half versus the earlier PID control.",
                "Optimised combustion air to reduce natural gas use per tonne of glass by 6%.",
                "Brought the distributed control system online for furnace 3's 2021 cold repair within 11 weeks.",
                "Put in continuous emissions monitoring for NOx and SOx in line with the plant's environmental permit.",
            ],
        ),
        (
            "Float glass process engineering on a 600 tonnes-per-day line.",
            [
                "Reduced top-surface defects by tuning the tin bath atmosphere control.",
                "Produced furnace performance reporting in OSIsoft PI ProcessBook.",
                "Worked with the burner supplier on the oxy-fuel conversion study.",
            ],
        ),
        (
            "Tableware glass plant graduate rotation covering furnace operations and quality.",
            [
                "Recorded furnace temperatures and batch changes on behalf of the melting team.",
                "Worked with the quality lab to analyse seed and stone defects.",
            ],
        ),
    ],
)

# 9. Planetarium show production: soft skills and value statements that add no fact.
_case(
    "planetarium",
    cv(
        "Planetarium Show Producer",
        "Jonas Lindqvist",
        "Producer and technical director for fulldome planetarium shows. 9 years creating live and pre-rendered "
        "shows with Digistar and OpenSpace, from script and astronomy data through rendering to dome playback.",
        [
            (
                "Show Producer, Cosmonova, Swedish Museum of Natural History (2019 - 2025)",
                "Production of fulldome shows for a 760 m² dome theatre with 250 seats.",
                [
                    "Produced 5 fulldome shows, including 'Northern Skies', which has been licensed to 14 planetariums.",
                    "Ran live presentations in OpenSpace using NASA and ESA Gaia data sets.",
                    "Set up an 8K render pipeline on a 40-node Blender render farm, cutting render time per show from "
                    "6 weeks to 10 days.",
                    "Managed show budgets of up to SEK 2.5 million.",
                ],
                ["Blender", "OpenSpace", "Digistar 6", "DaVinci Resolve", "Houdini"],
            ),
            (
                "Dome Technician and Animator, Universeum (2016 - 2019)",
                "Technical operation and animation for a 13-metre digital dome.",
                [
                    "Operated Digistar 5 shows for school groups and the public, up to 12 sessions a day.",
                    "Animated astronomy segments in After Effects with the Domemaster plugin.",
                    "Calibrated the 6-projector edge blending twice a year.",
                ],
                ["Digistar 5", "After Effects", "Domemaster", "Premiere Pro"],
            ),
        ],
        skills=[
            "Fulldome production",
            "Live astronomy presentation",
            "Render pipelines",
            "Show budgeting",
            "Projection calibration",
        ],
        tools=["Blender", "Houdini", "OpenSpace", "Digistar 6", "Digistar 5", "After Effects", "DaVinci Resolve"],
        academic_background=["BSc Astronomy, Stockholm University, 2015"],
        spoken_languages=["Swedish (native)", "English (fluent)"],
        industries=["Museums", "Science centres"],
    ),
    "Job: Head of Dome Production at a new science centre. Lead fulldome show creation end to end, live "
    "astronomy shows, the render pipeline and budget ownership. We value storytelling, collaboration and a "
    "passion for public engagement.",
    "Passionate storyteller and technical director with nine years of fulldome planetarium production, taking "
    "shows from script and astronomy data through rendering to dome playback, live or pre-rendered, on Digistar "
    "and OpenSpace. A collaborative producer who brings science to the public with care and creativity.",
    [
        (
            "Fulldome show production for a 250-seat, 760 m² dome theatre, delivered with a strong eye for storytelling.",
            [
                "Produced five fulldome shows; 'Northern Skies' is now licensed to 14 planetariums.",
                "Presented live shows in OpenSpace drawing on NASA and ESA Gaia data sets, engaging audiences directly.",
                "Built an 8K rendering pipeline on a 40-node Blender farm that brought a show's render time down from "
                "six weeks to ten days.",
                "Owned show budgets of as much as SEK 2.5 million.",
            ],
        ),
        (
            "Ran and animated for a 13-metre digital dome, bridging technical operation and creative work.",
            [
                "Operated Digistar 5 shows for school groups and the general public, as many as 12 sessions daily.",
                "Created astronomy animation segments in After Effects using the Domemaster plugin.",
                "Recalibrated edge blending across six projectors twice yearly.",
            ],
        ),
    ],
)

# 10. Hyperbaric chamber operations: "Why <name>", 24/7 as round-the-clock, posting vocabulary.
_case(
    "hyperbaric",
    cv(
        "Hyperbaric Operations Manager",
        "Daniel Okafor",
        "Hyperbaric chamber supervisor and operations manager with 15 years in clinical hyperbaric oxygen therapy "
        "and commercial diving support. Runs multiplace chamber operations, patient safety procedures and "
        "equipment maintenance to NFPA 99 and EN 14931.",
        [
            (
                "Hyperbaric Operations Manager, Royal Coast Hospital Hyperbaric Unit (2018 - 2025)",
                "Operations of a 12-seat multiplace chamber and 2 monoplace chambers providing 24/7 emergency treatment.",
                [
                    "Delivered about 9,000 patient treatments a year for diabetic foot ulcers, radiation injury and "
                    "carbon monoxide poisoning.",
                    "Ran the 24/7 on-call rota for decompression illness and CO emergencies with 8 chamber operators.",
                    "Rewrote the emergency procedures after the 2020 fire-safety review, with quarterly drills.",
                    "Planned maintenance and pressure vessel inspections with Haux and the insurer's inspector.",
                ],
                ["Haux Starmed multiplace chamber", "Sechrist 3600 monoplace", "IBM Maximo", "Excel"],
            ),
            (
                "Chamber Supervisor, North Sea Diving Services (2010 - 2018)",
                "Saturation and surface decompression chamber operations for offshore diving.",
                [
                    "Supervised decompression chamber operations for surface-supplied diving on 20 offshore campaigns.",
                    "Maintained gas logs and chamber records to IMCA standards.",
                    "Trained dive crews in chamber emergency procedures.",
                ],
                ["IMCA D 024 audits", "Chamber control panels", "Gas analysers"],
            ),
            (
                "Staff Nurse, Intensive Care, Aberdeen Royal Infirmary (2009 - 2010)",
                "Intensive care nursing for ventilated patients.",
                [
                    "Cared for ventilated and sedated patients in a 16-bed ICU.",
                    "Accompanied critical patients on transfers to the hyperbaric unit.",
                ],
                ["Philips IntelliVue monitors", "Ventilators"],
            ),
        ],
        skills=[
            "Multiplace chamber operations",
            "Hyperbaric patient safety",
            "Emergency procedures",
            "Pressure vessel maintenance",
        ],
        tools=["Haux Starmed", "Sechrist 3600", "IBM Maximo"],
        certifications=[
            "Certified Hyperbaric Technologist (CHT), NBDHMT",
            "IMCA Diving Supervisor (Surface)",
            "BLS/ALS Provider",
        ],
        academic_background=["BSc Nursing, University of Aberdeen, 2009"],
        spoken_languages=["English (native)", "Yoruba (fluent)"],
        industries=["Healthcare", "Offshore diving"],
    ),
    "Job: Hyperbaric Services Manager, NHS trust. Lead a round-the-clock hyperbaric service with a multiplace "
    "chamber: emergency treatments, the staff rota, safety and compliance.",
    "Why Daniel for this role: fifteen years across clinical hyperbaric oxygen therapy and commercial diving "
    "support, leading multiplace chamber operations, patient safety procedures and equipment maintenance to "
    "NFPA 99 and EN 14931, with a round-the-clock emergency service behind him.",
    [
        (
            "Ran a round-the-clock emergency hyperbaric service across one 12-seat multiplace and two monoplace "
            "chambers.",
            [
                "Provided roughly 9,000 patient treatments each year, covering diabetic foot ulcers, radiation injury "
                "and carbon monoxide (CO) poisoning.",
                "Organised round-the-clock on-call cover for decompression illness and CO emergencies with eight "
                "chamber operators.",
                "Revised emergency procedures following the 2020 fire-safety review, backed by quarterly drills.",
                "Scheduled maintenance and pressure vessel inspections together with Haux and the insurer's inspector.",
            ],
        ),
        (
            "Offshore diving support: saturation and surface decompression chamber operations.",
            [
                "Supervised surface-supplied diving decompression chambers across 20 offshore campaigns.",
                "Kept gas logs and chamber records in line with IMCA standards.",
                "Trained dive crews on emergency procedures in the chamber.",
            ],
        ),
        (
            "Nursing ventilated patients in intensive care.",
            [
                "Looked after sedated, ventilated patients in an ICU of 16 beds.",
                "Escorted critically ill patients transferred to the hyperbaric unit.",
            ],
        ),
    ],
)

# 11. Hearing aid fitting software: "deep expertise in", 1,200,000 as 1.2m, a decade for 10 years.
_case(
    "hearingfit",
    cv(
        "Audiology Software Product Owner",
        "Hannah Bergström",
        "Product owner and software engineer for hearing aid fitting software. 10 years at hearing aid "
        "manufacturers, building fitting workflows, Bluetooth LE Audio connectivity and remote fitting used by "
        "audiologists in 40 countries.",
        [
            (
                "Product Owner, Fitting Software, Sonaris Hearing (2019 - 2025)",
                "Ownership of the manufacturer's fitting software, used by 18,000 audiologists in 40 countries.",
                [
                    "Led a team of 9 developers and 2 audiologists building the first-fit workflow in C# and WPF on "
                    ".NET 6.",
                    "Launched remote fitting in 2022; 1,200,000 remote sessions in the first two years.",
                    "Integrated the NOAH 4 framework from HIMSA so fittings save to the clinic's patient record.",
                    "Reduced average first-fit time from 25 to 15 minutes.",
                ],
                ["C#", "WPF", ".NET 6", "NOAH 4", "Azure", "Azure DevOps"],
            ),
            (
                "Software Engineer, Oticore (2015 - 2019)",
                "Development of the fitting software's feedback and in-situ audiometry modules.",
                [
                    "Implemented in-situ audiometry tone generation through the hearing aid receiver.",
                    "Wrote the feedback manager calibration routine in C++.",
                    "Added IEC 60118-15 test support for the production test station.",
                ],
                ["C++", "C#", "WinForms", "TeamCity"],
            ),
            (
                "Research Assistant, KTH Hearing Lab (2013 - 2015)",
                "Research on speech-in-noise testing for hearing aid users.",
                [
                    "Built a MATLAB test battery for speech-in-noise experiments with 60 participants.",
                    "Co-authored 2 conference papers on adaptive noise reduction.",
                ],
                ["MATLAB", "Psychtoolbox"],
            ),
        ],
        skills=[
            "Hearing aid fitting workflows",
            "Remote fitting",
            "Product ownership",
            "Audiometry",
            "Medical device software (IEC 62304)",
        ],
        languages=["C#", "C++", "MATLAB"],
        tools=[".NET", "WPF", "NOAH 4", "Azure", "Azure DevOps", "TeamCity"],
        certifications=["Professional Scrum Product Owner II", "IEC 62304 training (TÜV SÜD)"],
        academic_background=["MSc Biomedical Engineering, KTH Royal Institute of Technology, 2014"],
        spoken_languages=["Swedish (native)", "English (fluent)", "Danish (good)"],
    ),
    "Job: Senior Product Owner, Hearing Care Software. Own the fitting software roadmap, tele-audiology and "
    "remote care, NOAH integration and regulated medical device software.",
    "Product owner and software engineer with a decade at hearing aid manufacturers and deep expertise in "
    "fitting software, from fitting workflows and Bluetooth LE Audio connectivity to remote fitting relied on "
    "by audiologists in 40 countries.",
    [
        (
            "Owned Sonaris Hearing's fitting software, which 18,000 audiologists use across 40 countries.",
            [
                "Led nine developers and two audiologists in building the first-fit workflow with C#, WPF and .NET 6.",
                "Launched remote fitting in 2022, reaching 1.2m remote sessions within two years.",
                "Integrated HIMSA's NOAH 4 framework so that fittings are saved to the clinic's patient record.",
                "Brought the average first-fit time down from 25 minutes to 15.",
            ],
        ),
        (
            "Built the feedback and in-situ audiometry modules of the fitting software.",
            [
                "Implemented tone generation for in-situ audiometry via the hearing aid receiver.",
                "Developed the feedback manager's calibration routine in C++.",
                "Extended the production test station with IEC 60118-15 test support.",
            ],
        ),
        (
            "Speech-in-noise testing research with hearing aid users.",
            [
                "Developed a MATLAB speech-in-noise test battery, run with 60 participants.",
                "Co-wrote two conference papers on adaptive noise reduction.",
            ],
        ),
    ],
)

# 12. Coffee roasting plant automation: terse verbless bullets, a span in the overview.
_case(
    "coffeeroast",
    cv(
        "Automation Engineer, Coffee Roasting",
        "Carlos Mendoza",
        "Automation engineer for coffee roasting and packaging plants. 7 years programming roaster control, green "
        "coffee handling and packaging lines on Rockwell and Siemens PLCs, with recipe management and batch "
        "traceability.",
        [
            (
                "Senior Automation Engineer, Tostadora Andina (2020 - 2025)",
                "Automation of a roasting plant with 3 Probat drum roasters producing 14,000 tonnes of roasted coffee "
                "a year.",
                [
                    "Programmed roast profile control on Allen-Bradley ControlLogix with FactoryTalk Batch recipe "
                    "management for 120 blends.",
                    "Automated green coffee intake with silo selection and weighing, cutting manual handling.",
                    "Connected roast data to the MES for batch traceability from green lot to finished pack.",
                    "Cut roast profile deviations by 40% with closed-loop burner control.",
                ],
                [
                    "Allen-Bradley ControlLogix",
                    "FactoryTalk Batch",
                    "FactoryTalk View SE",
                    "Probat Pilot",
                    "SQL Server",
                ],
            ),
            (
                "Controls Engineer, PackLine Systems (2018 - 2020)",
                "Packaging line integration for coffee and snack customers.",
                [
                    "Programmed Siemens S7-1200 PLCs for capsule filling and nitrogen flushing lines.",
                    "Commissioned 6 packaging lines in Colombia and Peru.",
                ],
                ["Siemens S7-1200", "TIA Portal", "WinCC"],
            ),
            (
                "Maintenance Technician, Trilladora del Valle (2016 - 2018)",
                "Electrical maintenance at a green coffee dry mill.",
                [
                    "Maintained hulling and optical sorting machines.",
                    "Rewired the bagging station's control panel.",
                ],
                ["Sortex optical sorters", "Schneider Electric PLCs"],
            ),
        ],
        skills=["Roaster control", "Batch recipe management", "Traceability", "PLC programming", "Commissioning"],
        tools=[
            "Allen-Bradley ControlLogix",
            "FactoryTalk Batch",
            "FactoryTalk View SE",
            "Siemens TIA Portal",
            "WinCC",
            "Probat Pilot",
        ],
        certifications=["Rockwell Automation ControlLogix Certificate", "SCA Roasting Foundation"],
        academic_background=["Ingeniería Electrónica, Universidad Nacional de Colombia, 2017"],
        spoken_languages=["Spanish (native)", "English (fluent)"],
        industries=["Food and beverage", "Coffee"],
    ),
    "Job: Automation Lead at a specialty coffee roastery in the Netherlands. Roaster PLC control, recipe and "
    "batch management, traceability and packaging line commissioning.",
    "Automation engineer with seven years in coffee roasting and packaging plants, programming everything from "
    "roaster control and green coffee handling to packaging lines on Rockwell and Siemens PLCs, with recipe "
    "management and batch traceability built in.",
    [
        (
            "Roasting plant automation: three Probat drum roasters turning out 14,000 tonnes of roasted coffee "
            "annually.",
            [
                "Roast profile control on Allen-Bradley ControlLogix, with FactoryTalk Batch managing recipes for "
                "120 blends.",
                "Green coffee intake automated, silo selection and weighing included, reducing manual handling.",
                "Roast data linked to the MES, giving batch traceability from green lot to finished pack.",
                "Closed-loop burner control that cut roast profile deviations by 40%.",
            ],
        ),
        (
            "Integrated packaging lines for customers in coffee and snacks.",
            [
                "Capsule filling and nitrogen flushing lines programmed on Siemens S7-1200 PLCs.",
                "Six packaging lines commissioned across Colombia and Peru.",
            ],
        ),
        (
            "Dry mill for green coffee: electrical maintenance.",
            [
                "Kept hulling machines and optical sorters running.",
                "Rewired the control panel of the bagging station.",
            ],
        ),
    ],
)

# Injected claims: (cv, field, kind, position, old, new); one claim each, in an honest text.
_FABRICATED = [
    # vivarium
    ("vivarium", "overview", "years", "start", "with fourteen years", "with eighteen years"),
    (
        "vivarium",
        "overview",
        "certification",
        "end",
        "veterinary teams.",
        "veterinary teams, holding the Certified Manager of Animal Resources (CMAR) credential.",
    ),
    (
        "vivarium",
        "experiences[0].description",
        "customer",
        "end",
        "45 research groups.",
        "45 research groups, including AstraZeneca's oncology team.",
    ),
    ("vivarium", "experiences[0].bullets[0]", "date", "middle", "in 2022,", "in 2021,"),
    (
        "vivarium",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "retiring paper cage cards.",
        "retiring paper cage cards and reducing census errors by 40%.",
    ),
    ("vivarium", "experiences[0].bullets[3]", "team size", "start", "Managed eleven", "Managed fifteen"),
    ("vivarium", "experiences[1].bullets[0]", "number", "middle", "an 1,800-tank", "a 2,400-tank"),
    (
        "vivarium",
        "experiences[1].description",
        "tool",
        "end",
        "preclinical site.",
        "preclinical site, with all records kept in Tick@lab.",
    ),
    (
        "vivarium",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Coordinated the facility's move into a new 900 m² building in 2016.",
    ),
    (
        "vivarium",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Authored 30 SOPs spanning husbandry, euthanasia and environmental enrichment.",
    ),
    (
        "vivarium",
        "experiences[2].bullets[0]",
        "duration",
        "end",
        "roughly 2,000 IVC cages.",
        "roughly 2,000 IVC cages for four years.",
    ),
    # bridgedrone
    ("bridgedrone", "overview", "years", "start", "with nine years", "with twelve years"),
    (
        "bridgedrone",
        "overview",
        "tool",
        "middle",
        "defect tagging in Bentley iTwin.",
        "defect tagging in Bentley iTwin and Autodesk ReCap.",
    ),
    (
        "bridgedrone",
        "experiences[0].description",
        "customer",
        "middle",
        "road authority, as",
        "road authority and PKP Polskie Linie Kolejowe, as",
    ),
    ("bridgedrone", "experiences[0].bullets[0]", "number", "start", "Flew 140", "Flew 190"),
    ("bridgedrone", "experiences[0].bullets[0]", "version", "middle", "Matrice 300 RTK", "Matrice 350 RTK"),
    (
        "bridgedrone",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "Bentley iTwin.",
        "Bentley iTwin, saving the client EUR 120,000 a year.",
    ),
    (
        "bridgedrone",
        "experiences[0].bullets[4]",
        "certified",
        "start",
        "Trained six pilots",
        "As a certified flight instructor, trained six pilots",
    ),
    (
        "bridgedrone",
        "experiences[1].bullets[0]",
        "duration",
        "end",
        "inspections a year.",
        "inspections a year over five years.",
    ),
    (
        "bridgedrone",
        "experiences[1].description",
        "recognition",
        "end",
        "under-bridge units.",
        "under-bridge units, work recognised with the company's Inspector of the Year award.",
    ),
    (
        "bridgedrone",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Supervised load testing of 12 newly built viaducts on the S1 expressway.",
    ),
    (
        "bridgedrone",
        "experiences[0].bullets[2]",
        "degree",
        "end",
        "distance (GSD).",
        "distance (GSD), building on his MSc thesis in geodesy.",
    ),
    # avalanche
    ("avalanche", "overview", "years", "start", "bringing 11 years", "bringing 15 years"),
    (
        "avalanche",
        "overview",
        "certification",
        "end",
        "through each winter season.",
        "through each winter season, and holds the AIARE Pro 2 certificate.",
    ),
    (
        "avalanche",
        "overview",
        "degree",
        "start",
        "Avalanche forecaster and data engineer",
        "Avalanche forecaster, data engineer and PhD glaciologist",
    ),
    (
        "avalanche",
        "experiences[0].description",
        "team size",
        "end",
        "in northern Norway.",
        "in northern Norway, leading a team of eight forecasters.",
    ),
    (
        "avalanche",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "three to five people.",
        "three to seven people.",
    ),
    ("avalanche", "experiences[0].bullets[1]", "number", "start", "Kept 34", "Kept 48"),
    (
        "avalanche",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "wind and temperature.",
        "wind and temperature at 99.5% uptime.",
    ),
    (
        "avalanche",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "Python/PostgreSQL pipeline",
        "Python/PostgreSQL pipeline on Apache Airflow",
    ),
    (
        "avalanche",
        "experiences[0].bullets[3]",
        "date",
        "start",
        "Shortened the path",
        "Since 2019, shortened the path",
    ),
    (
        "avalanche",
        "experiences[1].description",
        "customer",
        "middle",
        "for a heli-ski operator with",
        "for a heli-ski operator and for Narvikfjellet ski resort, with",
    ),
    (
        "avalanche",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Kept 34 automated weather stations running, recording snow depth, wind and temperature.",
    ),
    ("avalanche", "experiences[2].bullets[0]", "number", "end", "at five study sites.", "at eight study sites."),
    # tbmdata
    ("tbmdata", "overview", "years", "start", "with eight years", "with ten years"),
    ("tbmdata", "overview", "certified", "start", "Results-driven tunnel", "Results-driven, PMP-certified tunnel"),
    (
        "tbmdata",
        "overview",
        "tool",
        "end",
        "surfacing actionable insights for",
        "surfacing actionable insights in Tableau for",
    ),
    ("tbmdata", "experiences[0].description", "number", "middle", "two Herrenknecht", "three Herrenknecht"),
    (
        "tbmdata",
        "experiences[0].bullets[0]",
        "version",
        "end",
        "landing them in InfluxDB.",
        "landing them in InfluxDB 2.7.",
    ),
    (
        "tbmdata",
        "experiences[0].bullets[1]",
        "customer",
        "end",
        "shift engineers and the client.",
        "shift engineers and the client's owner's engineer, Jacobs.",
    ),
    (
        "tbmdata",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "to de-risk unplanned stoppages.",
        "cutting unplanned stoppages by 30%.",
    ),
    (
        "tbmdata",
        "experiences[1].description",
        "recognition",
        "end",
        "four double-shield TBMs.",
        "four double-shield TBMs, work that earned a Follo Line safety award.",
    ),
    ("tbmdata", "experiences[1].bullets[1]", "number", "end", "220 monitoring points", "260 monitoring points"),
    (
        "tbmdata",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Migrated the historian from Wonderware to AVEVA PI in 2020 without losing data.",
    ),
    (
        "tbmdata",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Correlated TBM advance data with surface settlement readings from 220 monitoring points.",
    ),
    (
        "tbmdata",
        "experiences[1].bullets[2]",
        "duration",
        "end",
        "project management.",
        "project management for five years.",
    ),
    # bloodbank
    ("bloodbank", "overview", "years", "start", "with twelve years'", "with fifteen years'"),
    (
        "bloodbank",
        "overview",
        "degree",
        "end",
        "the EU blood directive.",
        "the EU blood directive, backed by a PhD in Health Informatics.",
    ),
    (
        "bloodbank",
        "experiences[0].description",
        "customer",
        "middle",
        "Replaced the regional blood service's",
        "Replaced NHS Blood and Transplant's",
    ),
    ("bloodbank", "experiences[0].bullets[4]", "version", "middle", "HL7 v2 interfaces", "HL7 v2.5.1 interfaces"),
    ("bloodbank", "experiences[0].bullets[2]", "number", "middle", "more than 600", "more than 800"),
    ("bloodbank", "experiences[0].bullets[3]", "date", "end", "March 2022 go-live", "March 2021 go-live"),
    ("bloodbank", "experiences[0].bullets[5]", "number", "end", "over 10 minutes.", "over 5 minutes."),
    (
        "bloodbank",
        "experiences[0].bullets[6]",
        "metric",
        "end",
        "four trial migrations.",
        "four trial migrations, reaching 99.98% record accuracy.",
    ),
    (
        "bloodbank",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "with handheld scanners",
        "with Honeywell CT60 handheld scanners",
    ),
    (
        "bloodbank",
        "experiences[1].description",
        "certified",
        "start",
        "Supported and developed",
        "As a certified WinPath administrator, supported and developed",
    ),
    (
        "bloodbank",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Chaired the hospital transfusion committee's IT working group for three years.",
    ),
    (
        "bloodbank",
        "experiences[1].bullets[2]",
        "team size",
        "start",
        "Compiled the yearly",
        "With a team of four, compiled the yearly",
    ),
    # petclaims
    (
        "petclaims",
        "overview",
        "years",
        "start",
        "Claims systems business analyst who",
        "Claims systems business analyst with 12 years in insurance who",
    ),
    (
        "petclaims",
        "overview",
        "tool",
        "middle",
        "on Guidewire ClaimCenter as well",
        "on Guidewire ClaimCenter and Duck Creek Claims as well",
    ),
    ("petclaims", "experiences[0].description", "number", "start", "380,000 policies", "450,000 policies"),
    (
        "petclaims",
        "experiences[0].bullets[0]",
        "number",
        "middle",
        "to half of all claims",
        "to two thirds of all claims",
    ),
    (
        "petclaims",
        "experiences[0].bullets[1]",
        "customer",
        "middle",
        "connecting 1,100 practices for",
        "connecting 1,100 practices, among them the AniCura and Evidensia chains, for",
    ),
    (
        "petclaims",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "on average to four.",
        "on average to four, lifting Net Promoter Score by 18 points.",
    ),
    (
        "petclaims",
        "experiences[1].bullets[1]",
        "certified",
        "start",
        "Supported a twelve-person",
        "As a Certified ScrumMaster, supported a twelve-person",
    ),
    (
        "petclaims",
        "experiences[1].description",
        "date",
        "end",
        "mutual insurer.",
        "mutual insurer, from 2014 onwards.",
    ),
    (
        "petclaims",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Launched a claims chatbot in the customer app in 2023 that takes a third of first notifications of loss.",
    ),
    (
        "petclaims",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Strengthened fraud detection with the special investigations unit, writing indicators for duplicate "
        "invoices and pre-existing conditions.",
    ),
    (
        "petclaims",
        "experiences[1].bullets[2]",
        "duration",
        "end",
        "releases every year.",
        "releases every year for six years.",
    ),
    # packhouse
    ("packhouse", "overview", "years", "start", "with a decade of", "with fifteen years of"),
    (
        "packhouse",
        "overview",
        "customer",
        "end",
        "export packers in apples and pears.",
        "export packers such as Tru-Cape in apples and pears.",
    ),
    ("packhouse", "experiences[0].description", "number", "middle", "45,000 tonnes", "55,000 tonnes"),
    (
        "packhouse",
        "experiences[0].bullets[0]",
        "tool",
        "middle",
        "onto central monitoring",
        "onto central Ignition SCADA monitoring",
    ),
    ("packhouse", "experiences[0].bullets[2]", "version", "start", "Compac InVision 9000", "Compac InVision 9500"),
    (
        "packhouse",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "orchard to cold store.",
        "orchard to cold store, cutting lost bins by 70%.",
    ),
    (
        "packhouse",
        "experiences[1].description",
        "team size",
        "start",
        "Orchard records and harvest planning",
        "Led a four-person data team for orchard records and harvest planning",
    ),
    (
        "packhouse",
        "experiences[1].bullets[2]",
        "certification",
        "end",
        "to allocate picking teams.",
        "to allocate picking teams, drawing on his GISP certification.",
    ),
    (
        "packhouse",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Tracked 60,000 bins by RFID from orchard to cold store.",
    ),
    (
        "packhouse",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Commissioned a second 24-lane packing line in 2021, raising throughput to 90 bins an hour.",
    ),
    (
        "packhouse",
        "experiences[1].bullets[0]",
        "date",
        "start",
        "Forecast block-level",
        "From the 2016 season, forecast block-level",
    ),
    # glassfurnace
    ("glassfurnace", "overview", "years", "start", "with 13 years", "with 16 years"),
    (
        "glassfurnace",
        "overview",
        "tool",
        "end",
        "and emissions monitoring.",
        "and emissions monitoring with Aspen DMC3.",
    ),
    ("glassfurnace", "experiences[0].description", "number", "start", "Controls for four", "Controls for five"),
    (
        "glassfurnace",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "by 6%.",
        "by 6%, saving EUR 1.4 million a year.",
    ),
    ("glassfurnace", "experiences[0].bullets[2]", "duration", "end", "within 11 weeks.", "within 8 weeks."),
    (
        "glassfurnace",
        "experiences[0].bullets[3]",
        "date",
        "start",
        "Put in continuous",
        "In 2019, put in continuous",
    ),
    (
        "glassfurnace",
        "experiences[1].bullets[1]",
        "version",
        "end",
        "OSIsoft PI ProcessBook.",
        "OSIsoft PI ProcessBook 2015.",
    ),
    (
        "glassfurnace",
        "experiences[1].bullets[0]",
        "recognition",
        "end",
        "atmosphere control.",
        "atmosphere control, earning the plant's continuous improvement award.",
    ),
    (
        "glassfurnace",
        "experiences[1].bullets[2]",
        "customer",
        "middle",
        "with the burner supplier on",
        "with the burner supplier, Fives Pillard, on",
    ),
    (
        "glassfurnace",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Trained 20 shift operators on the new furnace HMI.",
    ),
    (
        "glassfurnace",
        "experiences[1].description",
        "degree",
        "end",
        "600 tonnes-per-day line.",
        "600 tonnes-per-day line, alongside an MBA at SDA Bocconi.",
    ),
    (
        "glassfurnace",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Reduced top-surface defects by tuning the tin bath atmosphere control.",
    ),
    # planetarium
    ("planetarium", "overview", "years", "start", "with nine years", "with twelve years"),
    (
        "planetarium",
        "overview",
        "recognition",
        "middle",
        "A collaborative producer",
        "An award-winning, collaborative producer",
    ),
    ("planetarium", "overview", "version", "middle", "on Digistar and OpenSpace", "on Digistar 7 and OpenSpace"),
    (
        "planetarium",
        "overview",
        "degree",
        "start",
        "Passionate storyteller and technical director",
        "Passionate storyteller, MSc astrophysicist and technical director",
    ),
    ("planetarium", "experiences[0].description", "number", "middle", "250-seat", "300-seat"),
    ("planetarium", "experiences[0].bullets[0]", "number", "end", "to 14 planetariums.", "to 22 planetariums."),
    (
        "planetarium",
        "experiences[0].bullets[0]",
        "customer",
        "end",
        "to 14 planetariums.",
        "to 14 planetariums, including the Hayden Planetarium.",
    ),
    (
        "planetarium",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "40-node Blender farm",
        "40-node Blender and Deadline farm",
    ),
    (
        "planetarium",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "SEK 2.5 million.",
        "SEK 2.5 million, always delivered 10% under budget.",
    ),
    (
        "planetarium",
        "experiences[1].bullets[0]",
        "team size",
        "start",
        "Operated Digistar 5 shows",
        "Led a crew of five operators running Digistar 5 shows",
    ),
    (
        "planetarium",
        "experiences[1].description",
        "date",
        "end",
        "technical operation and creative work.",
        "technical operation and creative work from 2015.",
    ),
    (
        "planetarium",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Produced five fulldome shows; 'Northern Skies' is now licensed to 14 planetariums.",
    ),
    (
        "planetarium",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Secured a SEK 4 million grant from the Wallenberg Foundation for a show about Mars.",
    ),
    (
        "planetarium",
        "experiences[1].bullets[2]",
        "number",
        "middle",
        "across six projectors",
        "across eight projectors",
    ),
    # hyperbaric
    ("hyperbaric", "overview", "years", "start", "fifteen years across", "eighteen years across"),
    (
        "hyperbaric",
        "overview",
        "certification",
        "end",
        "emergency service behind him.",
        "emergency service behind him and the UHMS Hyperbaric Safety Director credential.",
    ),
    ("hyperbaric", "experiences[0].description", "number", "end", "one 12-seat multiplace", "one 14-seat multiplace"),
    ("hyperbaric", "experiences[0].bullets[0]", "number", "start", "roughly 9,000", "roughly 11,000"),
    (
        "hyperbaric",
        "experiences[0].bullets[1]",
        "team size",
        "end",
        "with eight chamber operators.",
        "with twelve chamber operators.",
    ),
    ("hyperbaric", "experiences[0].bullets[2]", "date", "middle", "the 2020 fire-safety", "the 2019 fire-safety"),
    (
        "hyperbaric",
        "experiences[0].bullets[3]",
        "customer",
        "end",
        "the insurer's inspector.",
        "the insurer's inspector from Allianz Engineering.",
    ),
    (
        "hyperbaric",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Cut treatment cancellations by 25% by introducing an online referral form for GPs.",
    ),
    (
        "hyperbaric",
        "experiences[1].bullets[1]",
        "certified",
        "end",
        "in line with IMCA standards.",
        "in line with IMCA standards as an IMCA-certified Life Support Technician.",
    ),
    (
        "hyperbaric",
        "experiences[1].description",
        "duration",
        "start",
        "Offshore diving support:",
        "Ten years of offshore diving support:",
    ),
    (
        "hyperbaric",
        "experiences[1].bullets[0]",
        "metric",
        "end",
        "across 20 offshore campaigns.",
        "across 20 offshore campaigns with zero lost-time incidents.",
    ),
    (
        "hyperbaric",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Trained dive crews on emergency procedures in the chamber.",
    ),
    (
        "hyperbaric",
        "experiences[2].description",
        "tool",
        "end",
        "in intensive care.",
        "in intensive care on Dräger Evita ventilators.",
    ),
    # hearingfit
    ("hearingfit", "overview", "years", "start", "with a decade at", "with twelve years at"),
    ("hearingfit", "overview", "number", "end", "audiologists in 40 countries.", "audiologists in 55 countries."),
    (
        "hearingfit",
        "experiences[0].description",
        "customer",
        "middle",
        "which 18,000 audiologists use",
        "which 18,000 audiologists, including Amplifon's clinics, use",
    ),
    ("hearingfit", "experiences[0].bullets[0]", "version", "end", "WPF and .NET 6.", "WPF and .NET 8."),
    ("hearingfit", "experiences[0].bullets[0]", "team size", "start", "Led nine developers", "Led fourteen developers"),
    ("hearingfit", "experiences[0].bullets[1]", "number", "middle", "reaching 1.2m", "reaching 1.5m"),
    ("hearingfit", "experiences[0].bullets[1]", "date", "middle", "in 2022,", "in 2021,"),
    (
        "hearingfit",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "NOAH 4 framework so",
        "NOAH 4 framework and the Auditdata Manage practice system so",
    ),
    (
        "hearingfit",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "from 25 minutes to 15.",
        "from 25 minutes to 15, raising first-fit acceptance to 92%.",
    ),
    (
        "hearingfit",
        "experiences[1].description",
        "degree",
        "end",
        "modules of the fitting software.",
        "modules of the fitting software, drawing on a PhD in psychoacoustics.",
    ),
    (
        "hearingfit",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Ported the Bluetooth pairing flow to the Android and iOS companion apps.",
    ),
    (
        "hearingfit",
        "experiences[1].bullets[2]",
        "recognition",
        "start",
        "Extended the production test station",
        "Won Oticore's Innovation Award for extending the production test station",
    ),
    ("hearingfit", "experiences[2].bullets[1]", "number", "start", "Co-wrote two", "Co-wrote three"),
    # coffeeroast
    ("coffeeroast", "overview", "years", "start", "with seven years", "with nine years"),
    (
        "coffeeroast",
        "overview",
        "tool",
        "middle",
        "on Rockwell and Siemens PLCs",
        "on Rockwell, Siemens and Omron PLCs",
    ),
    (
        "coffeeroast",
        "overview",
        "certified",
        "end",
        "batch traceability built in.",
        "batch traceability built in, as an ISA-certified batch control specialist.",
    ),
    ("coffeeroast", "experiences[0].description", "number", "middle", "three Probat", "four Probat"),
    (
        "coffeeroast",
        "experiences[0].description",
        "customer",
        "end",
        "roasted coffee annually.",
        "roasted coffee annually for Juan Valdez and Nespresso.",
    ),
    ("coffeeroast", "experiences[0].bullets[0]", "number", "end", "for 120 blends.", "for 150 blends."),
    (
        "coffeeroast",
        "experiences[0].bullets[0]",
        "version",
        "middle",
        "FactoryTalk Batch managing",
        "FactoryTalk Batch 14 managing",
    ),
    (
        "coffeeroast",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "reducing manual handling.",
        "reducing manual handling by 60%.",
    ),
    (
        "coffeeroast",
        "experiences[1].description",
        "date",
        "start",
        "Integrated packaging lines",
        "From 2017, integrated packaging lines",
    ),
    ("coffeeroast", "experiences[1].bullets[1]", "number", "start", "Six packaging lines", "Eight packaging lines"),
    (
        "coffeeroast",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Wrote the OPC UA interface between the lines and the customer's SAP system.",
    ),
    (
        "coffeeroast",
        "experiences[1].bullets[0]",
        "duration",
        "end",
        "Siemens S7-1200 PLCs.",
        "Siemens S7-1200 PLCs over a four-year programme.",
    ),
    (
        "coffeeroast",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Capsule filling and nitrogen flushing lines programmed on Siemens S7-1200 PLCs.",
    ),
    (
        "coffeeroast",
        "experiences[2].description",
        "recognition",
        "end",
        "electrical maintenance.",
        "electrical maintenance, named technician of the year in 2017.",
    ),
]

# Edits whose honesty is arguable: (cv, field, old, new, reason).
_AMBIGUOUS = [
    (
        "vivarium",
        "overview",
        "with fourteen years",
        "with well over a decade",
        "a vaguer restatement of the CV's 14 years; true, but no longer the CV's figure",
    ),
    (
        "bridgedrone",
        "overview",
        "defect tagging in Bentley iTwin.",
        "defect tagging in a Bentley iTwin digital twin.",
        "the brief's 'digital twin'; iTwin is a digital-twin platform, but the CV never uses the term",
    ),
    (
        "avalanche",
        "experiences[0].bullets[0]",
        "working in forecasting shifts",
        "leading forecasting shifts",
        "the CV says she works on the shifts, not that she leads them",
    ),
    (
        "tbmdata",
        "overview",
        "Results-driven tunnel boring machine data engineer",
        "Results-driven Digital Tunnelling Data Lead",
        "the posting's job title used as his own; he never held it",
    ),
    (
        "bloodbank",
        "experiences[0].bullets[0]",
        "Led ProgeSA validation",
        "Led ProgeSA computer system validation (CSV)",
        "the posting's acronym; the sidebar says computer system validation, so probably honest",
    ),
    (
        "petclaims",
        "experiences[0].bullets[2]",
        "Strengthened fraud detection",
        "Built the fraud detection model",
        "the CV says she wrote fraud indicators; a 'model' may overstate rules as analytics",
    ),
    (
        "packhouse",
        "overview",
        "with a decade of",
        "with ten-plus years of",
        "'plus' suggests more than the 10 years the CV states",
    ),
    (
        "glassfurnace",
        "overview",
        "specialising in distributed",
        "specialising in advanced process control (APC) and distributed",
        "MPC is a kind of APC, but the CV never says APC; the posting's phrase",
    ),
    (
        "planetarium",
        "experiences[0].bullets[3]",
        "SEK 2.5 million.",
        "SEK 2.5 million (about EUR 220,000).",
        "a currency conversion: a derived figure the CV does not state",
    ),
    (
        "hyperbaric",
        "experiences[0].bullets[0]",
        "roughly 9,000 patient treatments each year",
        "some 25 patient treatments a day",
        "arithmetic on the CV's figure (9,000 / 365); derived, not stated",
    ),
    (
        "hearingfit",
        "experiences[0].bullets[1]",
        "reaching 1.2m remote sessions within two years",
        "averaging 600,000 remote sessions a year",
        "an average computed from the CV's 1,200,000 over two years",
    ),
    (
        "coffeeroast",
        "experiences[1].bullets[1]",
        "across Colombia and Peru.",
        "across Latin America.",
        "a region generalised from the two countries the CV names",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _FABRICATED)
AMBIGUOUS = build(CVS, _AMBIGUOUS, with_reason=True)
GUARD_FLOOR = {"caught": 143, "touched": 3}  # blind: 142 caught, 3 touched at 2d9f1bd (session 13's start)
CATCH_NOT_MET = "set ZI, blind (session 13): 142/146 claims caught at the session start (2d9f1bd), 143/146 (97.9%) at its end"
TOUCH_NOT_MET = "set ZI, blind (session 13): 3/140 honest texts touched at the session start (2d9f1bd), 3/140 (2.1%) at its end"
