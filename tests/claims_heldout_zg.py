"""Blind set zg for the free-text claims guard (issue 20), written blind (without reading the guard's
rules, its documentation, its benchmarks or any other set): twelve contract CVs in dam safety
monitoring, organ donation registry systems, plasma fractionation manufacturing, coastal flood
forecasting, bus fleet electrification, airport slot coordination, flight simulator engineering,
court interpreting services scheduling, citizen science platforms, school admissions systems,
heritage building surveying and bicycle-sharing operations, each with a job posting or customer brief,
one honest tailoring (first and third person, notes to prose and prose to bullets, credentials told
with their English glosses, figures in other exact forms, one CV aimed at another industry, one with
gaps and overlapping engagements), single injected claims of every kind and a few edits left
ambiguous with the reason."""

from claims_blind_set import build, cv, honest_texts, tailor


def _case(source, prompt, overview, experiences):
    return {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


CVS = {}

# 1. Dam safety monitoring: third person, German diploma glossed.
CVS["dam"] = _case(
    cv(
        "Senior Dam Safety Monitoring Engineer",
        "Katrin Vollmer",
        "Geotechnical engineer with 14 years in dam safety monitoring for hydropower and water-supply "
        "reservoirs. Designs instrumentation schemes (piezometers, inclinometers, GNSS) and builds the data "
        "pipelines that turn readings into alarm levels. Diplom-Ingenieur in civil engineering from TU Dresden.",
        [
            (
                "Lead Monitoring Engineer, Alpenwasser Kraftwerke AG (AWK), 03/2018 – present",
                "Owner-side lead for the automated monitoring of 9 concrete and embankment dams operated by "
                "Alpenwasser Kraftwerke AG.",
                [
                    "Replaced manual readings at 6 dams with 420 automated sensors logging every 15 minutes",
                    "Defined three-level alarm thresholds with the dam safety officer and cut false alarms from 38 "
                    "to 5 per quarter",
                    "Built a Python/PostgreSQL pipeline feeding the GeODin database and a Grafana dashboard",
                    "Prepared the annual safety reports submitted to the state supervisory authority",
                ],
                ["Python", "PostgreSQL", "GeODin", "Grafana", "Campbell Scientific CR1000X", "GNSS"],
            ),
            (
                "Geotechnical Engineer, Hydroplan Ingenieurgesellschaft, 2012 – 2018",
                "Consulting engineer on instrumentation design and periodic safety reviews for reservoir owners "
                "in Saxony and Bavaria.",
                [
                    "Designed piezometer and inclinometer layouts for 11 embankment dams",
                    "Ran seepage back-analyses with GeoStudio SEEP/W for the Talsperre Eibenstock review",
                    "Supervised installation crews of 4 technicians on site",
                ],
                ["GeoStudio SEEP/W", "AutoCAD Civil 3D", "Excel VBA"],
            ),
        ],
        skills=["Dam instrumentation", "Alarm threshold design", "Seepage analysis", "Periodic safety review"],
        tools=["GeODin", "Grafana", "GeoStudio", "AutoCAD Civil 3D"],
        languages=["Python", "SQL", "VBA"],
        certifications=["ICOLD Dam Safety Course (2019)"],
        academic_background=["Diplom-Ingenieur (Dipl.-Ing.) Bauingenieurwesen, TU Dresden, 2011"],
        spoken_languages=["German (native)", "English (C1)"],
        industries=["Hydropower", "Water supply"],
    ),
    "Job posting: Dam Safety Instrumentation Lead at a UK water utility. Own the automated monitoring of our "
    "reservoir portfolio, set trigger levels, run the data pipelines and report to the Reservoir Safety "
    "Panel. Python and SQL essential; embankment dams and periodic safety reviews desirable.",
    "Katrin is a geotechnical engineer who has spent 14 years on dam safety monitoring for hydropower and "
    "water-supply reservoirs. She designs instrumentation (piezometers, inclinometers and GNSS) and builds the "
    "data pipelines that convert readings into alarm levels. She holds a Diplom-Ingenieur in civil "
    "engineering, the German master's-level engineering degree, from TU Dresden.",
    [
        (
            "Owner-side lead for automated monitoring across nine concrete and embankment dams operated by "
            "Alpenwasser Kraftwerke (AWK).",
            [
                "Automated monitoring at six dams: 420 sensors now log every quarter of an hour in place of "
                "manual readings",
                "Set three-level trigger levels together with the dam safety officer, bringing false alarms "
                "down from 38 to 5 a quarter",
                "Built the Python and PostgreSQL pipeline that feeds GeODin and a Grafana dashboard",
                "Wrote the annual safety reports for the state supervisory authority",
            ],
        ),
        (
            "As a consulting engineer, designed instrumentation and carried out periodic safety reviews for "
            "reservoir owners across Saxony and Bavaria.",
            [
                "Laid out piezometers and inclinometers for 11 embankment dams",
                "Seepage back-analyses in GeoStudio SEEP/W for the Talsperre Eibenstock safety review",
                "Supervised four-technician installation crews on site",
            ],
        ),
    ],
)

FAB = [
    ("dam", "overview", "years", "start", "has spent 14 years", "has spent 16 years"),
    (
        "dam",
        "overview",
        "certification",
        "middle",
        "She holds a Diplom-Ingenieur",
        "She is a Chartered Engineer (CEng) and holds a Diplom-Ingenieur",
    ),
    ("dam", "overview", "tool", "end", "from TU Dresden.", "from TU Dresden, and works daily in Python and MATLAB."),
    (
        "dam",
        "experiences[0].description",
        "customer",
        "end",
        "operated by Alpenwasser Kraftwerke (AWK).",
        "operated by Alpenwasser Kraftwerke (AWK) and Vattenfall.",
    ),
    (
        "dam",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "Automated monitoring at six dams",
        "Automated monitoring at eight dams",
    ),
    (
        "dam",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "from 38 to 5 a quarter",
        "from 38 to 5 a quarter and halved call-out response times",
    ),
    (
        "dam",
        "experiences[0].bullets[2]",
        "version",
        "middle",
        "Python and PostgreSQL pipeline",
        "Python and PostgreSQL 15 pipeline",
    ),
    (
        "dam",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "for the state supervisory authority",
        "for the state supervisory authority, which cited them as a model submission in 2021",
    ),
    (
        "dam",
        "experiences[1].bullets[2]",
        "team size",
        "middle",
        "four-technician installation crews",
        "ten-technician installation crews",
    ),
    (
        "dam",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Trained reservoir operators at five utilities to read inclinometer data",
    ),
]

AMB = [
    (
        "dam",
        "overview",
        "the German master's-level engineering degree",
        "equivalent to a Master of Science",
        "a Dipl.-Ing. is usually treated as master's-equivalent, but naming an MSc the CV does not hold may read as a new degree",
    ),
]

# 2. Organ donation registry systems: first person, prose turned into tight bullets.
CVS["organ"] = _case(
    cv(
        "Registry Systems Architect",
        "Aoife Brennan",
        "Software architect who has spent the last decade building national organ donation and transplant "
        "registry systems. Specialises in donor–recipient matching services, consent records and audit trails "
        "that clinicians and regulators can rely on. BSc (Hons) Computer Science, University College Dublin.",
        [
            (
                "Lead Architect, Organ Donation and Transplant Ireland (ODTI), 2019 – 2025",
                "Architecture of the national donor registry and the offer management service used by the "
                "three transplant centres in Ireland.",
                [
                    "Re-platformed the donor consent register (2.1 million records) from Oracle Forms onto a Java "
                    "Spring Boot service",
                    "Designed the matching service that ranks recipients by blood group, HLA mismatch and waiting "
                    "time, returning an offer list in under 4 seconds",
                    "Introduced an immutable audit log for every consent change, accepted by the HPRA inspection",
                    "Led a team of 7 developers and 2 testers",
                ],
                ["Java 17", "Spring Boot", "PostgreSQL", "Kafka", "Azure", "HL7 FHIR"],
            ),
            (
                "Senior Developer, Kestrel Health Informatics, 2015 – 2019",
                "Development of waiting-list and follow-up modules for transplant units, delivered to NHS Blood "
                "and Transplant (NHSBT) as the customer.",
                [
                    "Built the post-transplant follow-up forms used by 23 UK transplant units",
                    "Wrote the nightly HL7 v2 feed between the units' patient administration systems and the registry",
                    "Reduced duplicate patient records by 60% with a probabilistic matching rule",
                ],
                ["C#", ".NET Framework 4.7", "SQL Server", "HL7 v2", "Mirth Connect"],
            ),
            (
                "Graduate Developer, Irish Blood Transfusion Service (IBTS), 2012 – 2015",
                "Maintenance of the blood donor management system and its reporting.",
                [
                    "Wrote Oracle PL/SQL reports on donor attendance for 4 regional clinics",
                    "Fixed defects in the donor deferral rules after the 2014 eligibility change",
                    "Moved nightly extracts from FTP to an SFTP schedule",
                ],
                ["Oracle", "PL/SQL", "Oracle Forms"],
            ),
        ],
        skills=["Registry design", "Donor–recipient matching", "Consent management", "Audit trails", "HL7 FHIR"],
        languages=["Java", "C#", "SQL"],
        tools=["Kafka", "Mirth Connect", "Azure DevOps"],
        certifications=["Microsoft Certified: Azure Solutions Architect Expert"],
        academic_background=["BSc (Hons) Computer Science, University College Dublin, 2012"],
        spoken_languages=["English (native)", "Irish (fluent)"],
        industries=["Healthcare", "Public sector"],
    ),
    "Customer brief: a European transplant network is replacing its waiting-list and organ offer system. We "
    "need an architect who has built registry software with consent records, audit trails and matching "
    "logic, integrates through FHIR, and can lead a small delivery team. Write in first person.",
    "I am a software architect and have spent the past ten years building national registry systems for organ "
    "donation and transplantation. My focus is donor–recipient matching, consent records and audit trails "
    "that both clinicians and regulators can trust. I hold a BSc (Hons) in Computer Science from UCD.",
    [
        (
            "I was responsible for the architecture of Ireland's national donor registry and of the offer "
            "management service that its three transplant centres use.",
            [
                "Moved the 2.1m-record donor consent register off Oracle Forms onto Java Spring Boot",
                "Designed the matching service: ranks recipients on blood group, HLA mismatch and time waiting; "
                "offer list back in less than four seconds",
                "Added an immutable audit log of every consent change, which passed the HPRA inspection",
                "Led seven developers and two testers",
            ],
        ),
        (
            "For NHS Blood and Transplant, I developed the waiting-list and follow-up modules used by "
            "transplant units.",
            [
                "Post-transplant follow-up forms, in use at 23 UK transplant units",
                "Nightly HL7 v2 feed from the units' patient administration systems into the registry",
                "Cut duplicate patient records by 60% using a probabilistic matching rule",
            ],
        ),
        (
            "At the IBTS I maintained the blood donor management system and its reports.",
            [
                "Donor attendance reports in Oracle PL/SQL for four regional clinics",
                "Corrected donor deferral rule defects following the 2014 change to eligibility",
                "Replaced FTP nightly extracts with a scheduled SFTP transfer",
            ],
        ),
    ],
)

FAB += [
    (
        "organ",
        "overview",
        "years",
        "start",
        "have spent the past ten years",
        "have spent the past fifteen years",
    ),
    (
        "organ",
        "overview",
        "degree",
        "end",
        "I hold a BSc (Hons) in Computer Science from UCD.",
        "I hold a BSc (Hons) in Computer Science and an MSc in Health Informatics from UCD.",
    ),
    (
        "organ",
        "experiences[0].description",
        "customer",
        "middle",
        "Ireland's national donor registry",
        "Ireland's and Scotland's national donor registries",
    ),
    (
        "organ",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "Moved the 2.1m-record donor consent register",
        "Moved the 2.7m-record donor consent register",
    ),
    (
        "organ",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "offer list back in less than four seconds",
        "offer list back in less than four seconds, and 30% fewer declined offers",
    ),
    ("organ", "experiences[0].bullets[3]", "team size", "middle", "seven developers", "eleven developers"),
    (
        "organ",
        "experiences[1].description",
        "date",
        "start",
        "For NHS Blood and Transplant, I developed",
        "From 2013 onwards, for NHS Blood and Transplant, I developed",
    ),
    (
        "organ",
        "experiences[1].bullets[1]",
        "version",
        "start",
        "Nightly HL7 v2 feed",
        "Nightly HL7 v2.5.1 feed",
    ),
    (
        "organ",
        "experiences[1].bullets[2]",
        "tool",
        "end",
        "using a probabilistic matching rule",
        "using a probabilistic matching rule built on Elasticsearch",
    ),
    (
        "organ",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Introduced an immutable audit log for each consent change, accepted by the HPRA inspectors",
    ),
    (
        "organ",
        "experiences[0].bullets[2]",
        "certified",
        "end",
        "which passed the HPRA inspection",
        "which passed the HPRA inspection; I am an ISO 27001 certified lead implementer",
    ),
]

AMB += [
    (
        "organ",
        "overview",
        "from UCD",
        "from University College Dublin, Ireland's largest university",
        "the expansion of UCD is supported, but 'largest university' is general knowledge the CV does not state",
    ),
]

# 3. Plasma fractionation manufacturing, tailored to battery cell manufacturing by transferable skills.
CVS["plasma"] = _case(
    cv(
        "Manufacturing Process Engineer – Plasma Fractionation",
        "Matthias Oberhuber",
        "Process engineer in biopharmaceutical manufacturing with 9 years on plasma fractionation lines "
        "(Cohn ethanol fractionation, chromatography, viral inactivation). Strong in GMP validation, "
        "deviation handling and yield improvement on large-scale batch processes.",
        [
            (
                "Senior Process Engineer, Danube Plasma Products GmbH, 2020 – present",
                "Process owner for the albumin and immunoglobulin purification steps at the Vienna "
                "fractionation plant, which processes about 1,500,000 litres of plasma a year.",
                [
                    "Raised immunoglobulin yield from 3.9 g to 4.3 g per litre of plasma through chromatography "
                    "load optimisation",
                    "Owned 140 deviations and CAPAs a year, closing 95% within 30 days",
                    "Validated a new solvent/detergent viral inactivation skid (IQ/OQ/PQ)",
                    "Coordinated the 2023 EMA pre-approval inspection for the plant's new IVIG line",
                ],
                ["DeltaV", "SAP QM", "TrackWise", "JMP", "Minitab"],
            ),
            (
                "Process Engineer, BioCohn Austria, 2016 – 2020",
                "Shift-based process engineering on the cold ethanol fractionation (Cohn) line.",
                [
                    "Introduced statistical process control charts for the Fraction II+III precipitation step",
                    "Cut batch changeover time from 10 hours to 7 hours",
                    "Wrote 35 standard operating procedures for operators",
                ],
                ["Siemens PCS 7", "Minitab", "LIMS"],
            ),
        ],
        skills=["GMP validation", "Deviation and CAPA management", "Statistical process control", "Yield improvement"],
        tools=["DeltaV", "Siemens PCS 7", "TrackWise", "SAP QM", "JMP", "Minitab"],
        certifications=["Lean Six Sigma Green Belt"],
        academic_background=["Dipl.-Ing. (FH) Biotechnologie, FH Campus Wien, 2015"],
        spoken_languages=["German (native)", "English (fluent)"],
        industries=["Biopharmaceuticals"],
    ),
    "Job posting (battery manufacturing): Process Engineer, Cell Formation, at a lithium-ion gigafactory in "
    "Central Europe. Improve yield and throughput on large-volume batch steps, run SPC, lead deviation and "
    "CAPA investigations, validate new equipment and write operator work instructions. Experience from "
    "another regulated process industry is welcome.",
    "Process engineer from a highly regulated batch industry – 9 years on plasma fractionation lines – "
    "bringing transferable strengths in yield improvement, statistical process control, equipment "
    "validation and deviation/CAPA handling on large-scale batch processes under GMP.",
    [
        (
            "Process owner for two purification steps (albumin and immunoglobulin) at a Vienna plant "
            "processing roughly 1.5 million litres of plasma each year.",
            [
                "Improved yield from 3.9 g to 4.3 g per litre by optimising chromatography column loading",
                "Handled 140 deviations and CAPAs annually, with 95% closed inside 30 days",
                "Qualified new process equipment end to end (IQ/OQ/PQ) – a solvent/detergent viral inactivation skid",
                "Coordinated a 2023 EMA pre-approval inspection for a new production line",
            ],
        ),
        (
            "Process engineering in shifts on a cold ethanol (Cohn) fractionation line.",
            [
                "Brought in SPC charts for a key precipitation step (Fraction II+III)",
                "Shortened batch changeovers from ten hours to seven",
                "Authored 35 operator SOPs",
            ],
        ),
    ],
)

FAB += [
    (
        "plasma",
        "overview",
        "years",
        "middle",
        "9 years on plasma fractionation lines",
        "12 years on plasma fractionation lines",
    ),
    (
        "plasma",
        "overview",
        "certified",
        "start",
        "Process engineer from a highly regulated",
        "Certified Six Sigma Black Belt process engineer from a highly regulated",
    ),
    (
        "plasma",
        "experiences[0].description",
        "number",
        "end",
        "roughly 1.5 million litres of plasma each year.",
        "roughly 2.5 million litres of plasma each year.",
    ),
    (
        "plasma",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "by optimising chromatography column loading",
        "by optimising chromatography column loading, worth €4m a year",
    ),
    (
        "plasma",
        "experiences[0].bullets[1]",
        "duration",
        "end",
        "with 95% closed inside 30 days",
        "with 95% closed inside 21 days",
    ),
    (
        "plasma",
        "experiences[0].bullets[3]",
        "date",
        "middle",
        "a 2023 EMA pre-approval inspection",
        "a 2022 EMA pre-approval inspection",
    ),
    (
        "plasma",
        "experiences[1].description",
        "team size",
        "end",
        "on a cold ethanol (Cohn) fractionation line.",
        "on a cold ethanol (Cohn) fractionation line, leading a shift of 14 operators.",
    ),
    (
        "plasma",
        "experiences[1].bullets[0]",
        "tool",
        "middle",
        "Brought in SPC charts for",
        "Brought in SPC charts in Minitab and Python for",
    ),
    (
        "plasma",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Validated a new viral inactivation skid (IQ/OQ/PQ)",
    ),
    (
        "plasma",
        "experiences[0].bullets[2]",
        "customer",
        "end",
        "a solvent/detergent viral inactivation skid",
        "a solvent/detergent viral inactivation skid supplied by Sartorius",
    ),
]

AMB += [
    (
        "plasma",
        "experiences[1].bullets[1]",
        "Shortened batch changeovers from ten hours to seven",
        "Shortened batch changeovers by 30%",
        "10 to 7 hours is exactly a 30% cut, but the percentage is a figure the CV never writes",
    ),
]

# 4. Coastal flood forecasting: Italian laurea glossed, notes into prose.
CVS["coast"] = _case(
    cv(
        "Coastal Flood Forecasting Scientist",
        "Giulia Ferraresi",
        "Coastal modeller with 11 years of operational storm-surge and wave forecasting. Runs coupled ocean and "
        "wave models, calibrates ensemble systems and turns forecasts into warnings for civil protection. "
        "Laurea magistrale in Ingegneria per l'Ambiente e il Territorio, Università di Padova; PhD in coastal "
        "hydrodynamics.",
        [
            (
                "Forecasting Scientist, Centro Previsioni Maree Alto Adriatico (CPMA), 2018 – present",
                "Operational storm-surge forecasting for the Venice lagoon and the northern Adriatic coast; "
                "forecasts feed the MOSE barrier closure decisions.",
                [
                    "Built a 20-member ensemble surge forecast on SHYFEM coupled with WAVEWATCH III",
                    "Cut the mean 24-hour peak water level error from 9 cm to 6 cm",
                    "Automated the hourly forecast run on a Slurm cluster with Python and Airflow",
                    "Briefed civil protection duty officers during 32 high-water events",
                ],
                ["SHYFEM", "WAVEWATCH III", "Python", "Airflow", "Slurm", "NetCDF"],
            ),
            (
                "Postdoctoral Researcher, Università di Padova, 2014 – 2018",
                "Research on wave overtopping and dune erosion along the Emilia-Romagna coast within the "
                "EU-funded RISC-KIT project.",
                [
                    "Calibrated XBeach against 3 storm events measured at Lido di Dante",
                    "Published 6 peer-reviewed papers on coastal flood risk",
                    "Co-supervised 4 master's theses",
                ],
                ["XBeach", "MATLAB", "Delft3D"],
            ),
        ],
        skills=["Storm-surge modelling", "Ensemble forecasting", "Early warning", "Model calibration"],
        languages=["Python", "Fortran", "MATLAB"],
        tools=["SHYFEM", "WAVEWATCH III", "XBeach", "Delft3D", "Airflow"],
        academic_background=[
            "PhD in Coastal Hydrodynamics, Università di Padova, 2014",
            "Laurea magistrale in Ingegneria per l'Ambiente e il Territorio, Università di Padova, 2010",
        ],
        spoken_languages=["Italian (native)", "English (C2)", "French (B1)"],
    ),
    "Job posting: Senior Coastal Flood Forecaster for a national met service. Run and improve our operational "
    "surge and wave ensemble, verify forecasts, automate the forecast chain and brief emergency managers "
    "during events. PhD or equivalent research experience preferred.",
    "Giulia has forecast storm surges and waves operationally for 11 years. She runs coupled ocean–wave "
    "models, calibrates ensemble systems and translates forecasts into civil-protection warnings. She holds "
    "a PhD in coastal hydrodynamics and a laurea magistrale (two-year master's degree) in environmental and "
    "land engineering, both from the University of Padua.",
    [
        (
            "Runs operational storm-surge forecasting for the Venice lagoon and the northern Adriatic; the "
            "forecasts inform when the MOSE barriers are closed.",
            [
                "Built a twenty-member surge ensemble coupling SHYFEM with WAVEWATCH III",
                "Reduced the mean error on 24-hour peak water levels from 9 to 6 centimetres",
                "Automated the hourly forecast run (Python, Airflow) on the Slurm cluster",
                "Briefed civil protection duty officers through 32 high-water events",
            ],
        ),
        (
            "Researched wave overtopping and dune erosion on the Emilia-Romagna coast as part of the EU-funded "
            "RISC-KIT project.",
            [
                "XBeach calibration against three measured storms at Lido di Dante",
                "Six peer-reviewed papers on coastal flood risk",
                "Co-supervised four master's theses",
            ],
        ),
    ],
)

FAB += [
    (
        "coast",
        "overview",
        "years",
        "start",
        "Giulia has forecast storm surges and waves operationally for 11 years.",
        "Giulia has forecast storm surges and waves operationally for 13 years.",
    ),
    (
        "coast",
        "overview",
        "customer",
        "middle",
        "translates forecasts into civil-protection warnings",
        "translates forecasts into warnings for civil protection and the Port of Trieste",
    ),
    (
        "coast",
        "experiences[0].description",
        "tool",
        "end",
        "when the MOSE barriers are closed.",
        "when the MOSE barriers are closed, through a dashboard built in Power BI.",
    ),
    (
        "coast",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "Built a twenty-member surge ensemble",
        "Built a fifty-member surge ensemble",
    ),
    (
        "coast",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "from 9 to 6 centimetres",
        "from 9 to 6 centimetres, lifting warning hit rate to 92%",
    ),
    (
        "coast",
        "experiences[0].bullets[2]",
        "version",
        "middle",
        "(Python, Airflow)",
        "(Python, Airflow 2.7)",
    ),
    (
        "coast",
        "experiences[1].description",
        "duration",
        "start",
        "Researched wave overtopping",
        "For five years researched wave overtopping",
    ),
    (
        "coast",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "on coastal flood risk",
        "on coastal flood risk, one of them winning the EGU Outstanding Student Paper award",
    ),
    (
        "coast",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led the project's field campaign with 8 researchers from three universities",
    ),
    (
        "coast",
        "experiences[0].bullets[3]",
        "certification",
        "middle",
        "Briefed civil protection duty officers",
        "As a WMO-certified forecaster, briefed civil protection duty officers",
    ),
]

AMB += [
    (
        "coast",
        "experiences[0].description",
        "Runs operational storm-surge forecasting",
        "Leads operational storm-surge forecasting",
        "the CV's title is Forecasting Scientist; 'leads' may claim a seniority the CV does not state",
    ),
]

# 5. Bus fleet electrification: figures restated in other exact forms, tight bullets.
CVS["ebus"] = _case(
    cv(
        "Fleet Electrification Programme Manager",
        "Samuel Okafor",
        "Programme manager for zero-emission bus fleets. Has taken 2 operators from diesel to battery-electric "
        "buses, covering vehicle procurement, depot charging, grid connections and driver training. "
        "Chartered engineer (IET) with an MEng in Electrical Engineering from the University of Leeds.",
        [
            (
                "Electrification Programme Manager, Westway Buses, 2021 – present",
                "Leads the conversion of Westway Buses' 310-vehicle fleet to battery-electric by 2030, for a "
                "programme budget of £148 million.",
                [
                    "Delivered the first 96 electric buses and 2 fully electrified depots",
                    "Negotiated an 8 MVA grid connection with Northern Powergrid for the Hexham Road depot",
                    "Introduced smart charging that cut the depot peak load by 25%",
                    "Trained 450 drivers in regenerative braking and range-aware driving",
                ],
                ["ViriCiti", "Kempower", "OCPP 1.6", "Power BI", "MS Project"],
            ),
            (
                "Fleet Engineering Manager, Lakeland Transit, 2015 – 2021",
                "Fleet engineering for a regional operator running 180 buses from 4 depots.",
                [
                    "Ran the 2019 trial of 12 battery-electric single-deckers on two rural routes",
                    "Wrote the technical specification for the 2020 zero-emission bus tender",
                    "Managed a maintenance team of 38 technicians",
                ],
                ["Excel", "Tranman", "ViriCiti"],
            ),
            (
                "Graduate Engineer, Arriva UK Bus, 2012 – 2015",
                "Graduate scheme in fleet engineering across Arriva UK Bus depots in the North East.",
                [
                    "Analysed fuel consumption data for 600 diesel buses",
                    "Specified telematics retrofits on 120 older vehicles",
                ],
                ["Excel", "Microlise"],
            ),
        ],
        skills=["Programme management", "Depot charging design", "Grid connections", "Fleet procurement"],
        tools=["ViriCiti", "Power BI", "MS Project", "Tranman"],
        certifications=["Chartered Engineer (CEng), IET", "APM Project Management Qualification"],
        academic_background=["MEng Electrical Engineering, University of Leeds, 2012"],
        spoken_languages=["English (native)", "Yoruba (fluent)"],
        industries=["Public transport"],
    ),
    "Customer brief: a city transport authority needs an interim programme lead to electrify its bus network "
    "(about 400 vehicles, five depots). Must have delivered electric buses and depot charging at scale, "
    "handled DNO grid connections and managed large budgets.",
    "Programme manager for zero-emission bus fleets who has moved two operators from diesel to battery-electric "
    "buses end to end: vehicle procurement, depot charging, grid connections and driver training. Chartered "
    "Engineer through the Institution of Engineering and Technology; Master of Engineering in electrical "
    "engineering, University of Leeds.",
    [
        (
            "Leading Westway's move to an all-electric fleet of 310 buses by 2030, on a £148m programme budget.",
            [
                "96 e-buses and two fully electric depots delivered so far",
                "Secured an 8 MVA grid connection for Hexham Road depot from Northern Powergrid",
                "Smart charging rolled out, lowering peak depot load by a quarter",
                "Trained four hundred and fifty drivers in regenerative braking and range-aware driving",
            ],
        ),
        (
            "Headed fleet engineering for a regional operator with 180 buses across four depots.",
            [
                "Ran a 2019 trial of a dozen battery-electric single-deckers on two rural routes",
                "Authored the technical specification for the 2020 zero-emission bus tender",
                "Managed 38 maintenance technicians",
            ],
        ),
        (
            "Fleet engineering graduate scheme at Arriva UK Bus's North East depots.",
            [
                "Analysis of fuel consumption across six hundred diesel buses",
                "Telematics retrofit specification for 120 older buses",
            ],
        ),
    ],
)

FAB += [
    (
        "ebus",
        "overview",
        "number",
        "start",
        "who has moved two operators",
        "who has moved three operators",
    ),
    (
        "ebus",
        "overview",
        "degree",
        "end",
        "Master of Engineering in electrical engineering, University of Leeds.",
        "Master of Engineering in electrical engineering, University of Leeds, and an MBA from Cranfield.",
    ),
    (
        "ebus",
        "experiences[0].description",
        "number",
        "middle",
        "all-electric fleet of 310 buses",
        "all-electric fleet of 340 buses",
    ),
    (
        "ebus",
        "experiences[0].description",
        "date",
        "end",
        "by 2030, on a £148m programme budget.",
        "by 2028, on a £148m programme budget.",
    ),
    (
        "ebus",
        "experiences[0].bullets[1]",
        "number",
        "start",
        "Secured an 8 MVA grid connection",
        "Secured a 12 MVA grid connection",
    ),
    (
        "ebus",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "lowering peak depot load by a quarter",
        "lowering peak depot load by a quarter using Kempower and ChargePoint chargers",
    ),
    (
        "ebus",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "two fully electric depots delivered so far",
        "two fully electric depots delivered so far, saving 9,000 tonnes of CO2 a year",
    ),
    (
        "ebus",
        "experiences[1].bullets[0]",
        "duration",
        "middle",
        "Ran a 2019 trial",
        "Ran an 18-month 2019 trial",
    ),
    (
        "ebus",
        "experiences[1].bullets[2]",
        "team size",
        "middle",
        "Managed 38 maintenance technicians",
        "Managed 58 maintenance technicians",
    ),
    (
        "ebus",
        "experiences[1].description",
        "customer",
        "start",
        "Headed fleet engineering for a regional operator",
        "Headed fleet engineering for Stagecoach, a regional operator",
    ),
    (
        "ebus",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Trained 450 drivers in range-aware driving",
    ),
]

AMB += [
    (
        "ebus",
        "experiences[0].bullets[1]",
        "from Northern Powergrid",
        "from the DNO, Northern Powergrid",
        "Northern Powergrid is a distribution network operator, but the CV never calls it the DNO (only the brief does)",
    ),
]

# 6. Airport slot coordination: Portuguese Licenciatura glossed, employer named in both forms by the CV.
CVS["slots"] = _case(
    cv(
        "Airport Slot Coordination Specialist",
        "Inês Carvalho",
        "Slot coordination specialist with 12 years at Level 3 coordinated airports. Allocates seasonal slots "
        "under the IATA Worldwide Airport Slot Guidelines (WASG), runs historic-rights calculations and "
        "models runway and terminal capacity. Licenciatura em Gestão Aeronáutica, Instituto Superior de "
        "Educação e Ciências (ISEC Lisboa).",
        [
            (
                "Senior Slot Coordinator, Navegação Aérea de Portugal (NAV Portugal), 2017 – present",
                "Seasonal and ad hoc slot allocation for Lisbon Humberto Delgado airport, a Level 3 airport "
                "handling about 200,000 movements a year.",
                [
                    "Allocated slots to 74 airlines for each summer and winter season",
                    "Calculated historic rights under the 80/20 use-it-or-lose-it rule and handled appeals",
                    "Modelled the effect of a new 38-movements-per-hour declared capacity with SCORE and Excel",
                    "Represented the coordinator at 10 IATA Slot Conferences",
                ],
                ["SCORE", "PDC", "Excel", "SSIM", "SCR/SAL messaging"],
            ),
            (
                "Slot Analyst, ANA Aeroportos de Portugal, 2013 – 2017",
                "Capacity and schedule analysis for the airport operator's network of 10 airports.",
                [
                    "Built a Power BI report comparing scheduled and operated slots for every airport",
                    "Flagged slot misuse cases to the coordinator, about 120 per season",
                    "Prepared the capacity declaration files for Porto and Faro",
                ],
                ["Power BI", "SQL Server", "Excel"],
            ),
            (
                "Ground Operations Trainee, Groundforce Portugal, 2012 – 2013",
                "Trainee programme in turnaround coordination at Lisbon airport.",
                [
                    "Coordinated turnarounds for narrow-body flights on the morning bank",
                    "Logged delay codes using the IATA AHM 730 standard",
                ],
                ["Excel", "Departure control system"],
            ),
        ],
        skills=["Slot allocation", "Historic rights", "Capacity declaration", "WASG", "Schedule analysis"],
        tools=["SCORE", "PDC", "Power BI", "Excel"],
        certifications=["IATA Airport Slot Coordination Diploma"],
        academic_background=[
            "Licenciatura em Gestão Aeronáutica, ISEC Lisboa, 2012",
        ],
        spoken_languages=["Portuguese (native)", "English (C2)", "Spanish (B2)"],
        industries=["Aviation"],
    ),
    "Job posting: Slot Coordinator at a European airport coordination body. Allocate slots at several Level 3 "
    "airports under the WASG, calculate historic precedence, monitor slot misuse and support capacity "
    "declarations. Experience with SCORE or PDC required; IATA Slot Conference experience is an advantage.",
    "Slot coordinator with twelve years at Level 3 coordinated airports. Allocates seasonal slots under IATA's "
    "Worldwide Airport Slot Guidelines, calculates historic rights and models runway and terminal capacity. "
    "Holds a Licenciatura – a Portuguese bachelor's degree – in aeronautical management from ISEC Lisboa.",
    [
        (
            "Seasonal and ad hoc slot allocation at Lisbon's Humberto Delgado airport (Level 3, roughly 200k "
            "movements annually) for NAV Portugal.",
            [
                "Slots allocated to 74 airlines every summer and winter season",
                "Historic-rights calculations under the 80/20 use-it-or-lose-it rule, including appeals",
                "Capacity modelling in SCORE and Excel for a new declared capacity of 38 movements an hour",
                "Represented the coordinator at ten IATA Slot Conferences",
            ],
        ),
        (
            "Capacity and schedule analysis across ANA's network of ten airports.",
            [
                "Power BI report comparing scheduled with operated slots at each airport",
                "Reported around 120 slot-misuse cases a season to the coordinator",
                "Prepared Porto's and Faro's capacity declaration files",
            ],
        ),
        (
            "Trainee in turnaround coordination at Lisbon airport with Groundforce Portugal.",
            [
                "Morning-bank turnaround coordination for narrow-body flights",
                "Recorded delay codes to IATA AHM 730",
            ],
        ),
    ],
)

FAB += [
    (
        "slots",
        "overview",
        "number",
        "middle",
        "Slot coordinator with twelve years at Level 3 coordinated airports.",
        "Slot coordinator with twelve years at 5 Level 3 coordinated airports.",
    ),
    (
        "slots",
        "overview",
        "certification",
        "end",
        "in aeronautical management from ISEC Lisboa.",
        "in aeronautical management from ISEC Lisboa, plus the EUROCONTROL Airport CDM certificate.",
    ),
    (
        "slots",
        "experiences[0].description",
        "number",
        "middle",
        "roughly 200k movements annually",
        "roughly 230k movements annually",
    ),
    (
        "slots",
        "experiences[0].bullets[0]",
        "number",
        "middle",
        "Slots allocated to 74 airlines",
        "Slots allocated to 87 airlines",
    ),
    (
        "slots",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "Capacity modelling in SCORE and Excel",
        "Capacity modelling in SCORE, Excel and AirTOp",
    ),
    (
        "slots",
        "experiences[0].bullets[3]",
        "recognition",
        "start",
        "Represented the coordinator at ten IATA Slot Conferences",
        "Award-winning delegate who represented the coordinator at ten IATA Slot Conferences",
    ),
    (
        "slots",
        "experiences[1].description",
        "customer",
        "end",
        "across ANA's network of ten airports.",
        "across ANA's network of ten airports and for VINCI Airports.",
    ),
    (
        "slots",
        "experiences[1].bullets[0]",
        "metric",
        "end",
        "comparing scheduled with operated slots at each airport",
        "comparing scheduled with operated slots at each airport, which cut slot misuse by 40%",
    ),
    (
        "slots",
        "experiences[1].bullets[2]",
        "customer",
        "end",
        "Prepared Porto's and Faro's capacity declaration files",
        "Prepared Porto's, Faro's and Madeira's capacity declaration files",
    ),
    (
        "slots",
        "experiences[0].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Chaired the local coordination committee's schedules working group",
    ),
]

AMB += [
    (
        "slots",
        "experiences[1].description",
        "across ANA's network",
        "across ANA Aeroportos de Portugal (VINCI)'s network",
        "ANA is owned by VINCI Airports, but the CV never names VINCI",
    ),
]

# 7. Flight simulator engineering: Dutch HBO bachelor glossed, mixed first and third person.
CVS["sim"] = _case(
    cv(
        "Flight Simulator Systems Engineer",
        "Ruben Verhoeven",
        "Systems engineer for full flight simulators, working on motion, visual and aircraft systems models "
        "for qualification to EASA CS-FSTD(A) Level D. Bachelor (HBO) Aeronautical Engineering, Hogeschool "
        "Inholland; 8 years in simulator engineering.",
        [
            (
                "Simulator Systems Engineer, Aeronautix Simulation B.V., 2019 – present",
                "Engineering of Level D full flight simulators for the Embraer E-Jet E2 and the ATR 72-600, "
                "delivered to airline training centres in Europe.",
                [
                    "Integrated the aircraft data package for the E195-E2 simulator and tuned the flight model "
                    "against 600 qualification test guide (QTG) cases",
                    "Ran the initial EASA Level D evaluation for 3 simulators, all qualified at the first visit",
                    "Developed a regression test harness in Python that runs the QTG overnight",
                    "Reduced motion cueing complaints from instructors by tuning the washout filters",
                ],
                ["C++", "Python", "MATLAB/Simulink", "Linux", "Git", "Jenkins"],
            ),
            (
                "Test Engineer, Fokker Techniek (GKN Fokker), 2016 – 2019",
                "Verification of avionics test rigs for the Fokker 70/100 support programme.",
                [
                    "Wrote test procedures for 14 avionics rig configurations",
                    "Automated rig data logging with LabVIEW",
                    "Supported 2 customer acceptance campaigns",
                ],
                ["LabVIEW", "DOORS", "ARINC 429"],
            ),
        ],
        skills=["Flight model tuning", "QTG", "Motion cueing", "Simulator qualification", "Avionics integration"],
        languages=["C++", "Python", "MATLAB"],
        tools=["Simulink", "LabVIEW", "DOORS", "Jenkins"],
        academic_background=["Bachelor of Engineering (HBO) Aeronautical Engineering, Hogeschool Inholland, 2016"],
        spoken_languages=["Dutch (native)", "English (fluent)", "German (basic)"],
        industries=["Aviation training", "Aerospace"],
    ),
    "Job posting: Senior Simulation Engineer (Full Flight Simulators) at a training device manufacturer. "
    "Tune flight and motion models, run QTG and EASA/FAA qualification, and build automated test tooling. "
    "C++ and Python required.",
    "Ruben is a systems engineer for full flight simulators with eight years in simulator engineering, working on "
    "motion, visual and aircraft systems models to EASA CS-FSTD(A) Level D. He holds a Bachelor of "
    "Engineering in aeronautical engineering from Inholland University of Applied Sciences (HBO).",
    [
        (
            "Level D full flight simulator engineering for the Embraer E2 and the ATR 72-600, with simulators "
            "delivered to European airline training centres.",
            [
                "Integrated the E195-E2 aircraft data package and tuned the flight model across 600 QTG cases",
                "Ran the initial EASA Level D evaluation of three simulators; every one qualified on the first visit",
                "Built a Python regression harness that runs the whole QTG overnight",
                "Tuned washout filters, reducing instructor complaints about motion cueing",
            ],
        ),
        (
            "I verified avionics test rigs supporting the Fokker 70 and Fokker 100 programme at GKN Fokker.",
            [
                "Test procedures written for fourteen avionics rig configurations",
                "LabVIEW automation of rig data logging",
                "Supported two customer acceptance campaigns",
            ],
        ),
    ],
)

FAB += [
    (
        "sim",
        "overview",
        "years",
        "middle",
        "with eight years in simulator engineering",
        "with ten years in simulator engineering",
    ),
    (
        "sim",
        "overview",
        "certified",
        "start",
        "Ruben is a systems engineer",
        "Ruben is an EASA-certified systems engineer",
    ),
    (
        "sim",
        "experiences[0].description",
        "customer",
        "end",
        "delivered to European airline training centres.",
        "delivered to European airline training centres such as KLM Flight Academy.",
    ),
    (
        "sim",
        "experiences[0].description",
        "tool",
        "start",
        "Level D full flight simulator engineering",
        "Level D full flight simulator engineering on Unreal Engine visuals",
    ),
    (
        "sim",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "across 600 QTG cases",
        "across 650 QTG cases",
    ),
    (
        "sim",
        "experiences[0].bullets[1]",
        "number",
        "middle",
        "Level D evaluation of three simulators",
        "Level D evaluation of four simulators",
    ),
    (
        "sim",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "reducing instructor complaints about motion cueing",
        "reducing instructor complaints about motion cueing by 70%",
    ),
    (
        "sim",
        "experiences[0].bullets[2]",
        "version",
        "start",
        "Built a Python regression harness",
        "Built a Python 3.11 regression harness",
    ),
    (
        "sim",
        "experiences[1].bullets[1]",
        "tool",
        "end",
        "LabVIEW automation of rig data logging",
        "LabVIEW and TestStand automation of rig data logging",
    ),
    (
        "sim",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Developed an overnight Python regression test harness for the QTG",
    ),
    (
        "sim",
        "experiences[1].description",
        "date",
        "middle",
        "avionics test rigs supporting",
        "avionics test rigs from 2014 supporting",
    ),
]

AMB += [
    (
        "sim",
        "experiences[0].bullets[1]",
        "Ran the initial EASA Level D evaluation",
        "Ran the initial EASA and FAA Level D evaluation",
        "the posting names FAA qualification; the CV names EASA only, so FAA would be new unless it is read as posting wording",
    ),
]

# 8. Court interpreting services scheduling: gaps and overlapping engagements, notes into prose.
CVS["court"] = _case(
    cv(
        "Interpreting Services Scheduling Consultant",
        "Daniela Popescu",
        "Freelance consultant for court and tribunal interpreting services: booking systems, interpreter rosters "
        "and language-demand forecasting. Worked in parallel engagements for courts and an agency; career break "
        "2017–2018. MA in Translation and Interpreting, University of Westminster.",
        [
            (
                "Scheduling Lead (contract), HM Courts & Tribunals Service (HMCTS), 06/2021 – 03/2024",
                "Interpreter booking and rostering for criminal and family courts in London and the South East, "
                "part-time (3 days a week).",
                [
                    "Rebuilt the booking workflow in Dynamics 365 for 58 court buildings",
                    "Forecast language demand for 140 languages from 5 years of hearing data",
                    "Cut same-day interpreter cancellations from 11% to 4%",
                    "Set up a pool of remote video interpreters for rare languages",
                ],
                ["Dynamics 365", "Power Automate", "Power BI", "Azure SQL"],
            ),
            (
                "Operations Consultant, LinguaJust Interpreting Agency, 2019 – 2023 (overlapping, 2 days a week)",
                "Rostering and quality assurance for the agency's court interpreting contract with the Scottish "
                "Courts and Tribunals Service.",
                [
                    "Designed shift templates covering 9 sheriff courts",
                    "Introduced an interpreter feedback form completed after every hearing",
                    "Onboarded 85 freelance interpreters to the agency's booking portal",
                ],
                ["Salesforce", "Excel", "Microsoft Forms"],
            ),
            (
                "Court Interpreter (Romanian–English), self-employed, 2012 – 2017",
                "Interpreting in magistrates' and Crown courts, police stations and tribunals.",
                [
                    "Interpreted at more than 900 hearings",
                    "Registered on the National Register of Public Service Interpreters (NRPSI)",
                ],
                ["Booking portals"],
            ),
        ],
        skills=["Interpreter rostering", "Demand forecasting", "Booking workflows", "Court procedures"],
        tools=["Dynamics 365", "Power Automate", "Power BI", "Salesforce"],
        certifications=["NRPSI registered interpreter", "DPSI (Law), Chartered Institute of Linguists"],
        academic_background=["MA Translation and Interpreting, University of Westminster, 2011"],
        spoken_languages=["Romanian (native)", "English (C2)", "Italian (B2)"],
        industries=["Justice", "Public sector"],
    ),
    "Customer brief: a regional court service wants a consultant to redesign interpreter booking and "
    "rostering, forecast language demand and reduce late cancellations. Experience of working inside a court "
    "service and knowledge of interpreter registers are essential.",
    "Daniela is a freelance consultant for court and tribunal interpreting services, covering booking "
    "systems, interpreter rosters and forecasting of language demand. She has run parallel engagements for "
    "courts and an interpreting agency, after a career break in 2017–2018, and holds an MA in Translation and "
    "Interpreting from the University of Westminster.",
    [
        (
            "Part-time (three days a week) scheduling lead for HMCTS, booking and rostering interpreters for "
            "criminal and family courts across London and the South East.",
            [
                "Redesigned the Dynamics 365 booking workflow used by 58 court buildings",
                "Language-demand forecasts for 140 languages, built on five years of hearing data",
                "Same-day interpreter cancellations down from 11 to 4 per cent",
                "Created a remote video interpreter pool for rare languages",
            ],
        ),
        (
            "Two days a week alongside the HMCTS contract: rostering and quality assurance on LinguaJust's "
            "court interpreting contract with the Scottish Courts and Tribunals Service.",
            [
                "Shift templates for nine sheriff courts",
                "An interpreter feedback form now completed after each hearing",
                "Brought 85 freelance interpreters onto the booking portal",
            ],
        ),
        (
            "Interpreted in magistrates' and Crown courts, police stations and tribunals.",
            [
                "900+ hearings interpreted",
                "Registered with the NRPSI (National Register of Public Service Interpreters)",
            ],
        ),
    ],
)

FAB += [
    (
        "court",
        "overview",
        "date",
        "middle",
        "after a career break in 2017–2018",
        "after a career break in 2016–2018",
    ),
    (
        "court",
        "overview",
        "customer",
        "end",
        "from the University of Westminster.",
        "from the University of Westminster, and has also advised the Ministry of Justice.",
    ),
    (
        "court",
        "experiences[0].description",
        "duration",
        "start",
        "Part-time (three days a week) scheduling lead",
        "Part-time (four days a week) scheduling lead",
    ),
    (
        "court",
        "experiences[0].bullets[1]",
        "duration",
        "middle",
        "built on five years of hearing data",
        "built on eight years of hearing data",
    ),
    (
        "court",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "down from 11 to 4 per cent",
        "down from 11 to 4 per cent, saving £1.2m a year",
    ),
    (
        "court",
        "experiences[0].bullets[0]",
        "version",
        "middle",
        "the Dynamics 365 booking workflow",
        "the Dynamics 365 (version 9.2) booking workflow",
    ),
    (
        "court",
        "experiences[1].bullets[0]",
        "team size",
        "end",
        "Shift templates for nine sheriff courts",
        "Shift templates for nine sheriff courts, managing a rota team of 6",
    ),
    (
        "court",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Built language-demand forecasts for 140 languages",
    ),
    (
        "court",
        "experiences[2].bullets[0]",
        "number",
        "start",
        "900+ hearings interpreted",
        "1,900+ hearings interpreted",
    ),
    (
        "court",
        "experiences[2].bullets[1]",
        "certification",
        "end",
        "(National Register of Public Service Interpreters)",
        "(National Register of Public Service Interpreters) and ITI-qualified",
    ),
    (
        "court",
        "experiences[2].description",
        "certified",
        "start",
        "Interpreted in magistrates' and Crown courts",
        "As a Home Office certified interpreter, interpreted in magistrates' and Crown courts",
    ),
]

AMB += [
    (
        "court",
        "experiences[2].bullets[1]",
        "(National Register of Public Service Interpreters)",
        "(National Register of Public Service Interpreters), holding the DPSI (Law)",
        "the DPSI is in the sidebar, but the self-employed experience never mentions it",
    ),
]

# 9. Citizen science platforms: first person, bullets merged and reordered.
CVS["citsci"] = _case(
    cv(
        "Product Lead, Citizen Science Platforms",
        "Hannah Lindqvist",
        "Product lead for online citizen science platforms where volunteers classify images, transcribe "
        "records and report wildlife sightings. Background in ecology and web development; 7 years shipping "
        "volunteer-facing products. MSc Ecology, Uppsala University.",
        [
            (
                "Product Lead, Observatorium Foundation, 2020 – present",
                "Product lead for Observatorium, a citizen science platform hosting biodiversity and astronomy "
                "projects for research institutes in the Nordic countries.",
                [
                    "Grew monthly active volunteers from 18,000 to 52,000",
                    "Launched a project builder that lets researchers set up a classification project without "
                    "developers; 46 projects built with it",
                    "Added consensus scoring so each image needs 5 agreeing volunteers, raising label accuracy to 96%",
                    "Ran quarterly volunteer surveys and fed results into the roadmap",
                ],
                ["React", "Django", "PostgreSQL", "AWS", "Mixpanel"],
            ),
            (
                "Web Developer, Swedish Museum of Natural History (Naturhistoriska riksmuseet), 2017 – 2020",
                "Development of the museum's herbarium transcription site, where volunteers transcribe "
                "specimen labels.",
                [
                    "Built the transcription interface in React",
                    "Connected the site to the museum's Specify collection database",
                    "Volunteers transcribed 310,000 labels in three years",
                ],
                ["React", "Node.js", "Specify", "MySQL"],
            ),
            (
                "Field Ecologist, Swedish University of Agricultural Sciences (SLU), 2016 – 2017",
                "Pollinator monitoring project combining field transects with volunteer observations.",
                [
                    "Walked 48 bumblebee transects across two summer seasons",
                    "Checked 3,500 volunteer photo records against specimens",
                    "Cleaned the combined dataset in R for the project's annual report",
                ],
                ["R", "QGIS", "Excel"],
            ),
        ],
        skills=["Product management", "Volunteer engagement", "Crowdsourcing data quality", "UX research"],
        languages=["JavaScript", "Python", "SQL"],
        tools=["React", "Django", "Mixpanel", "Figma", "Jira"],
        certifications=["Professional Scrum Product Owner I (PSPO I)"],
        academic_background=["MSc Ecology, Uppsala University, 2016"],
        spoken_languages=["Swedish (native)", "English (fluent)", "Norwegian (good)"],
        industries=["Research", "Museums"],
    ),
    "Job posting: Senior Product Manager for a global citizen science platform. Grow volunteer engagement, "
    "keep crowdsourced data at research quality, and give scientists self-service project tools. Background "
    "in science and hands-on product work with data-driven roadmaps.",
    "I lead products on online citizen science platforms, where volunteers classify images, transcribe "
    "records and log wildlife sightings. I come from ecology and web development, hold an MSc in Ecology from "
    "Uppsala University and have shipped volunteer-facing products for seven years.",
    [
        (
            "I lead product for Observatorium, the foundation's citizen science platform, which hosts "
            "biodiversity and astronomy projects for Nordic research institutes.",
            [
                "Monthly active volunteers up from 18k to 52k",
                "Shipped a self-service project builder so researchers can set up classification projects "
                "without developers – 46 projects so far",
                "Raised label accuracy to 96% by requiring five agreeing volunteers per image (consensus scoring)",
                "Turned quarterly volunteer surveys into roadmap input",
            ],
        ),
        (
            "I developed the herbarium transcription site of the Naturhistoriska riksmuseet, where volunteers "
            "transcribe specimen labels.",
            [
                "React transcription interface, linked to the museum's Specify collection database",
                "310k labels transcribed by volunteers over three years",
            ],
        ),
        (
            "At SLU I worked on a pollinator monitoring project that combined field transects with "
            "observations from volunteers.",
            [
                "48 bumblebee transects walked over two summers",
                "Verified 3.5k volunteer photo records against specimens",
                "Prepared the combined dataset in R for the annual report",
            ],
        ),
    ],
)

FAB += [
    (
        "citsci",
        "overview",
        "years",
        "end",
        "have shipped volunteer-facing products for seven years.",
        "have shipped volunteer-facing products for nine years.",
    ),
    (
        "citsci",
        "overview",
        "degree",
        "middle",
        "hold an MSc in Ecology from Uppsala University",
        "hold an MSc in Ecology and a PhD in Conservation Biology from Uppsala University",
    ),
    (
        "citsci",
        "experiences[0].description",
        "customer",
        "end",
        "for Nordic research institutes.",
        "for Nordic research institutes and NASA.",
    ),
    (
        "citsci",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "from 18k to 52k",
        "from 18k to 57k",
    ),
    (
        "citsci",
        "experiences[0].bullets[1]",
        "number",
        "end",
        "46 projects so far",
        "64 projects so far",
    ),
    (
        "citsci",
        "experiences[0].bullets[2]",
        "metric",
        "start",
        "Raised label accuracy to 96%",
        "Raised label accuracy to 96% and halved review time",
    ),
    (
        "citsci",
        "experiences[0].bullets[3]",
        "tool",
        "end",
        "Turned quarterly volunteer surveys into roadmap input",
        "Turned quarterly volunteer surveys, run in Qualtrics, into roadmap input",
    ),
    (
        "citsci",
        "experiences[1].description",
        "tool",
        "start",
        "I developed the herbarium transcription site",
        "I developed in Vue.js the herbarium transcription site",
    ),
    (
        "citsci",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "transcribed by volunteers over three years",
        "transcribed by volunteers over three years, winning a Swedish Museums Association award",
    ),
    (
        "citsci",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Recruited 2,000 volunteers through partnerships with Swedish schools",
    ),
    (
        "citsci",
        "experiences[0].bullets[+]",
        "team size",
        "middle",
        None,
        "Managed a cross-functional team of 9 designers and engineers",
    ),
]

AMB += [
    (
        "citsci",
        "experiences[0].bullets[0]",
        "Monthly active volunteers up from 18k to 52k",
        "Monthly active volunteers nearly tripled, from 18k to 52k",
        "18,000 to 52,000 is 2.9 times; a rounded multiplier restates the CV's figures without writing a new one",
    ),
]

# 10. School admissions systems: French BTS glossed, third person turned into bullets.
CVS["admit"] = _case(
    cv(
        "School Admissions Systems Analyst",
        "Karim Benali",
        "Business analyst and developer for school admissions and place allocation systems used by local "
        "authorities. Knows the equal-preference allocation rules, sibling and catchment criteria, and the "
        "national offer-day timetable. BTS Services informatiques aux organisations (SIO), Lycée Jean Jaurès, "
        "Montpellier; BSc Computing, Open University.",
        [
            (
                "Admissions Systems Analyst, Northfield Borough Council, 2020 – present",
                "Owns the admissions system for primary and secondary school places across the borough, about "
                "9,400 applications a year.",
                [
                    "Configured the equal-preference allocation run in Capita One Admissions for 72 schools",
                    "Built a Power BI dashboard showing oversubscription by school and criterion",
                    "Cut the offer-day error rate from 1.8% to 0.3% through pre-run data checks in SQL",
                    "Trained 15 school admissions officers on the online application portal",
                ],
                ["Capita One Admissions", "SQL Server", "Power BI", "SSRS"],
            ),
            (
                "Junior Developer, EduPlace Software Ltd, 2016 – 2020",
                "Development of an in-year admissions and waiting-list module sold to English local authorities.",
                [
                    "Wrote the waiting-list ranking engine in C#",
                    "Added a catchment check using Ordnance Survey AddressBase data",
                    "Supported rollout at 6 local authorities",
                ],
                ["C#", "ASP.NET MVC", "SQL Server", "AddressBase"],
            ),
        ],
        skills=["Admissions rules", "Place allocation", "Data quality", "Requirements analysis", "Reporting"],
        languages=["C#", "SQL", "DAX"],
        tools=["Capita One Admissions", "Power BI", "SSRS", "Visual Studio"],
        certifications=["BCS Foundation Certificate in Business Analysis"],
        academic_background=[
            "BSc (Hons) Computing, The Open University, 2019",
            "BTS Services informatiques aux organisations (SIO), Lycée Jean Jaurès, Montpellier, 2014",
        ],
        spoken_languages=["French (native)", "English (fluent)", "Arabic (conversational)"],
        industries=["Education", "Local government"],
    ),
    "Job posting: Admissions Systems Lead for a large county council. Run coordinated admissions for primary "
    "and secondary places, configure the allocation software, assure data quality before national offer day, "
    "report on oversubscription and support schools.",
    "Karim is a business analyst and developer who works on school admissions and place-allocation systems "
    "for local authorities. He knows equal-preference allocation, sibling and catchment criteria and the "
    "national offer-day timetable. His qualifications are a BSc in Computing from the Open University and a "
    "French BTS (a two-year higher national diploma) in IT services for organisations.",
    [
        (
            "Responsible for the borough's primary and secondary school admissions system – roughly 9.4k "
            "applications each year.",
            [
                "Set up the equal-preference allocation in Capita One Admissions for seventy-two schools",
                "Oversubscription dashboard in Power BI, broken down by school and criterion",
                "Offer-day errors down from 1.8% to 0.3% thanks to pre-run SQL data checks",
                "Trained fifteen school admissions officers to use the online application portal",
            ],
        ),
        (
            "Developed an in-year admissions and waiting-list module that EduPlace sold to local authorities in "
            "England.",
            [
                "C# waiting-list ranking engine",
                "Catchment check built on Ordnance Survey AddressBase data",
                "Supported rollout in six local authorities",
            ],
        ),
    ],
)

FAB += [
    (
        "admit",
        "overview",
        "customer",
        "end",
        "in IT services for organisations.",
        "in IT services for organisations, and has advised Kent County Council.",
    ),
    (
        "admit",
        "overview",
        "degree",
        "middle",
        "a BSc in Computing from the Open University",
        "a BSc in Computing and an MSc in Data Analytics from the Open University",
    ),
    (
        "admit",
        "experiences[0].description",
        "number",
        "end",
        "roughly 9.4k applications each year.",
        "roughly 12.4k applications each year.",
    ),
    (
        "admit",
        "experiences[0].bullets[0]",
        "version",
        "end",
        "in Capita One Admissions for seventy-two schools",
        "in Capita One Admissions v4.3 for seventy-two schools",
    ),
    (
        "admit",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "broken down by school and criterion",
        "broken down by school and criterion, used by 300 heads",
    ),
    (
        "admit",
        "experiences[0].bullets[3]",
        "number",
        "start",
        "Trained fifteen school admissions officers",
        "Trained twenty-five school admissions officers",
    ),
    (
        "admit",
        "experiences[1].description",
        "date",
        "end",
        "sold to local authorities in England.",
        "sold to local authorities in England since 2012.",
    ),
    (
        "admit",
        "experiences[1].bullets[0]",
        "tool",
        "start",
        "C# waiting-list ranking engine",
        "C# and F# waiting-list ranking engine",
    ),
    (
        "admit",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Built a Power BI oversubscription dashboard by school and criterion",
    ),
    (
        "admit",
        "experiences[0].bullets[2]",
        "recognition",
        "start",
        "Offer-day errors down",
        "Shortlisted for the LGC Awards after offer-day errors went down",
    ),
    (
        "admit",
        "experiences[1].bullets[2]",
        "certified",
        "end",
        "Supported rollout in six local authorities",
        "Supported rollout in six local authorities as a certified PRINCE2 Practitioner",
    ),
]

AMB += [
    (
        "admit",
        "overview",
        "a French BTS (a two-year higher national diploma)",
        "a French BTS (roughly an HND)",
        "HND is the usual UK comparison for a BTS, but it names a British qualification the CV does not hold",
    ),
]

# 11. Heritage building surveying: British and American spelling, description condensed.
CVS["heritage"] = _case(
    cv(
        "Heritage Building Surveyor",
        "Eleanor Whitcombe",
        "Chartered building surveyor specialising in listed and historic buildings: condition surveys, "
        "defect diagnosis, conservation repair specifications and faculty and listed building consent "
        "applications. 15 years in practice, RICS Certified Historic Building Professional.",
        [
            (
                "Associate Director, Stonewright Conservation LLP, 2016 – present",
                "Leads the historic buildings surveying team on quinquennial inspections and repair programmes "
                "for churches, country houses and colleges.",
                [
                    "Carries out around 40 quinquennial inspections a year for Church of England parishes",
                    "Specified lime mortar and stone repairs for the £3.2m restoration of Hartwell Hall",
                    "Uses drone photogrammetry and Revit to record facades of Grade I buildings",
                    "Manages 5 surveyors and 2 CAD technicians",
                ],
                ["Revit", "Agisoft Metashape", "DJI Mavic 3", "AutoCAD"],
            ),
            (
                "Building Surveyor, Harrow & Fenwick Chartered Surveyors, 2009 – 2016",
                "General building surveying with a growing historic buildings caseload.",
                [
                    "Produced condition surveys for 60 listed properties",
                    "Diagnosed damp and timber decay in traditional solid-wall buildings",
                    "Prepared listed building consent applications for repair works",
                ],
                ["AutoCAD", "Protimeter moisture meters"],
            ),
        ],
        skills=[
            "Condition surveys",
            "Defect diagnosis",
            "Conservation repair",
            "Listed building consent",
            "Quinquennial inspections",
        ],
        tools=["Revit", "AutoCAD", "Agisoft Metashape"],
        certifications=["MRICS", "RICS Certified Historic Building Professional", "CSCS card"],
        academic_background=[
            "BSc (Hons) Building Surveying, Oxford Brookes University, 2008",
            "PgDip Building Conservation, University of Bath, 2013",
        ],
        spoken_languages=["English (native)"],
        industries=["Heritage", "Built environment"],
    ),
    "Client brief (US, written in American English): a preservation foundation seeks a historic building "
    "surveyor to assess the condition of its landmark properties, diagnose defects, specify preservation "
    "repairs and document facades digitally. Write the CV in American English.",
    "Chartered building surveyor specializing in listed and historic buildings – condition surveys, "
    "diagnosis of defects, preservation repair specifications, and faculty and listed building consent "
    "applications. Fifteen years in practice; RICS Certified Historic Building Professional.",
    [
        (
            "Heads the historic buildings surveying team, running five-yearly (quinquennial) inspections and "
            "repair programs for churches, country houses and colleges.",
            [
                "About forty quinquennial inspections each year for Church of England parishes",
                "Lime mortar and stone repair specifications for Hartwell Hall's £3.2 million restoration",
                "Documents Grade I facades with drone photogrammetry and Revit",
                "Manages five surveyors and two CAD technicians",
            ],
        ),
        (
            "General building surveying, with a historic buildings caseload that grew over the period.",
            [
                "Condition surveys of 60 listed properties",
                "Diagnosed dampness and timber decay in traditional solid-wall construction",
                "Listed building consent applications for repair work",
            ],
        ),
    ],
)

FAB += [
    (
        "heritage",
        "overview",
        "years",
        "middle",
        "Fifteen years in practice",
        "Eighteen years in practice",
    ),
    (
        "heritage",
        "overview",
        "certification",
        "end",
        "RICS Certified Historic Building Professional.",
        "RICS Certified Historic Building Professional and IHBC member.",
    ),
    (
        "heritage",
        "overview",
        "recognition",
        "start",
        "Chartered building surveyor specializing",
        "RICS Award-winning chartered building surveyor specializing",
    ),
    (
        "heritage",
        "experiences[0].description",
        "customer",
        "end",
        "for churches, country houses and colleges.",
        "for churches, country houses and colleges, including the National Trust.",
    ),
    (
        "heritage",
        "experiences[0].bullets[1]",
        "number",
        "end",
        "Hartwell Hall's £3.2 million restoration",
        "Hartwell Hall's £4.2 million restoration",
    ),
    (
        "heritage",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "with drone photogrammetry and Revit",
        "with drone photogrammetry, Revit and a Leica laser scanner",
    ),
    (
        "heritage",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "Manages five surveyors",
        "Manages eight surveyors",
    ),
    (
        "heritage",
        "experiences[1].description",
        "duration",
        "end",
        "that grew over the period.",
        "that grew over a four-year stretch.",
    ),
    (
        "heritage",
        "experiences[1].bullets[0]",
        "number",
        "end",
        "Condition surveys of 60 listed properties",
        "Condition surveys of 80 listed properties",
    ),
    (
        "heritage",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Advised Historic England on the repair grants for 12 parish churches",
    ),
]

AMB += [
    (
        "heritage",
        "overview",
        "specializing in listed and historic buildings",
        "specializing in landmark and historic buildings",
        "'landmark' is the US brief's word for a protected building; it says what 'listed' says, but a guard may read it as a new claim",
    ),
    (
        "heritage",
        "experiences[0].bullets[0]",
        "About forty quinquennial inspections",
        "About forty quinquennial (five-year) church inspections",
        "quinquennial means five-yearly, and the inspections are for parishes, but 'church' narrows what the CV says",
    ),
]

# 12. Bicycle-sharing operations: terse notes in the source turned into prose and back.
CVS["bikes"] = _case(
    cv(
        "Bike-Share Operations Manager",
        "Tomasz Zielinski",
        "Operations manager for dockless and station-based bike-sharing schemes. Rebalancing, fleet "
        "maintenance, e-bike battery logistics and city contract KPIs. 6 yrs in shared micromobility.",
        [
            (
                "Operations Manager, Veturilo (Nextbike Polska), 2021 – present",
                "Warsaw public bike-share: 5,700 bikes, 390 stations; ops for the city contract with ZTM.",
                [
                    "Rebalancing: 9 vans, night + day shifts; empty/full station time down from 14% to 6%",
                    "Workshop: 22 mechanics, preventive maintenance every 30 days per bike",
                    "E-bike battery swaps: 1,200 per day at peak season",
                    "Monthly KPI reports to ZTM; zero contract penalties 2023",
                ],
                ["Nextbike back office", "Optimoroute", "Tableau", "Google Sheets"],
            ),
            (
                "Fleet Supervisor, Lime, 2019 – 2021",
                "E-scooter and e-bike fleet ops in Kraków.",
                [
                    "Ran juicer network of ~150 freelance chargers",
                    "Set up warehouse for 1,800 vehicles",
                    "Damage rate cut by a third via repair triage",
                ],
                ["Lime ops app", "Looker"],
            ),
            (
                "Logistics Planner, InPost, 2018 – 2019",
                "Route planning for parcel locker replenishment in Poznań.",
                [
                    "Planned daily routes for 35 couriers",
                    "Moved route plans from Excel to a VRP solver",
                    "Locker fill-rate reports for the regional manager",
                ],
                ["Excel", "OR-Tools", "Python"],
            ),
        ],
        skills=["Rebalancing", "Fleet maintenance", "Battery logistics", "KPI reporting", "Shift planning"],
        tools=["Tableau", "Looker", "Optimoroute", "Google Sheets"],
        certifications=["Category C1 driving licence"],
        academic_background=["Inżynier (BEng) Logistics, Poznań University of Technology, 2018"],
        spoken_languages=["Polish (native)", "English (C1)", "Ukrainian (B1)"],
        industries=["Micromobility", "Urban transport"],
    ),
    "Job posting: Head of Operations for a bike-share scheme launching in a large European city. Build the "
    "rebalancing and maintenance operation, plan shifts, manage e-bike charging and hit the city's "
    "service-level KPIs. Write it in full sentences, not notes.",
    "Tomasz has managed operations for both dockless and station-based bike-sharing schemes over six years in "
    "shared micromobility. His work covers rebalancing, fleet maintenance, battery logistics for e-bikes and "
    "the KPIs of city contracts. He holds an engineering degree (Inżynier, equivalent to a BEng) in logistics.",
    [
        (
            "Runs operations for Veturilo, Warsaw's public bike-share operated by Nextbike Polska: 5.7 thousand "
            "bikes at 390 stations, delivered under the city contract with ZTM.",
            [
                "Runs rebalancing with nine vans on night and day shifts, which brought the share of time stations "
                "sit empty or full down from 14% to 6%",
                "Leads a workshop of 22 mechanics, with each bike getting preventive maintenance every thirty days",
                "Organises up to 1,200 e-bike battery swaps a day in the peak season",
                "Reports KPIs monthly to ZTM, with no contract penalties in 2023",
            ],
        ),
        (
            "Supervised Lime's e-scooter and e-bike fleet operations in Kraków.",
            [
                "Managed a network of about 150 freelance chargers (juicers)",
                "Set up the warehouse for a fleet of 1,800 vehicles",
                "Introduced repair triage, which reduced the damage rate by one third",
            ],
        ),
        (
            "Planned parcel locker replenishment routes for InPost in Poznań.",
            [
                "Daily route plans for a team of 35 couriers",
                "Replaced Excel route planning with a VRP solver",
                "Reported locker fill rates to the regional manager",
            ],
        ),
    ],
)

FAB += [
    (
        "bikes",
        "overview",
        "years",
        "middle",
        "over six years in shared micromobility",
        "over eight years in shared micromobility",
    ),
    (
        "bikes",
        "overview",
        "degree",
        "end",
        "equivalent to a BEng) in logistics.",
        "equivalent to a BEng) in logistics and an MBA from Kozminski University.",
    ),
    (
        "bikes",
        "experiences[0].description",
        "number",
        "middle",
        "5.7 thousand bikes at 390 stations",
        "5.7 thousand bikes at 450 stations",
    ),
    (
        "bikes",
        "experiences[0].description",
        "customer",
        "start",
        "Runs operations for Veturilo,",
        "Runs operations for Veturilo and MEVO,",
    ),
    (
        "bikes",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "Runs rebalancing with nine vans",
        "Runs rebalancing with fourteen vans",
    ),
    (
        "bikes",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "a day in the peak season",
        "a day in the peak season, keeping 98% of e-bikes rideable",
    ),
    (
        "bikes",
        "experiences[0].bullets[3]",
        "date",
        "end",
        "with no contract penalties in 2023",
        "with no contract penalties in 2022 or 2023",
    ),
    (
        "bikes",
        "experiences[0].bullets[1]",
        "certification",
        "start",
        "Leads a workshop of 22 mechanics",
        "Holds a Bosch eBike service certification and leads a workshop of 22 mechanics",
    ),
    (
        "bikes",
        "experiences[1].bullets[0]",
        "team size",
        "start",
        "Managed a network of about 150",
        "Managed 12 field staff and a network of about 150",
    ),
    (
        "bikes",
        "experiences[1].bullets[1]",
        "tool",
        "end",
        "for a fleet of 1,800 vehicles",
        "for a fleet of 1,800 vehicles, tracked in SAP EWM",
    ),
    (
        "bikes",
        "experiences[1].description",
        "duration",
        "end",
        "fleet operations in Kraków.",
        "fleet operations in Kraków for three years.",
    ),
    (
        "bikes",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Rebalanced stations with nine vans across night and day shifts",
    ),
]

AMB += [
    (
        "bikes",
        "experiences[1].bullets[2]",
        "reduced the damage rate by one third",
        "reduced the damage rate by roughly 33%",
        "'a third' is 33.3%, so a rounded percentage is a figure the CV never writes, though it says the same thing",
    ),
]

FAB += [
    ("organ", "experiences[2].bullets[0]", "version", "middle", "in Oracle PL/SQL", "in Oracle 11g PL/SQL"),
    (
        "ebus",
        "experiences[2].description",
        "customer",
        "end",
        "North East depots.",
        "North East depots, seconded to Go North East.",
    ),
    ("citsci", "experiences[2].bullets[2]", "tool", "middle", "dataset in R for", "dataset in R and SAS for"),
    (
        "slots",
        "experiences[2].bullets[1]",
        "certified",
        "end",
        "to IATA AHM 730",
        "to IATA AHM 730 as an IATA-certified load controller",
    ),
    ("bikes", "experiences[2].bullets[0]", "team size", "end", "a team of 35 couriers", "a team of 45 couriers"),
    (
        "bikes",
        "experiences[2].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Shortened the average route by 18% once the solver was live",
    ),
]

AMB += [
    (
        "citsci",
        "experiences[2].bullets[0]",
        "walked over two summers",
        "walked in the summers of 2016 and 2017",
        "the role ran 2016 – 2017 and covered two summer seasons, but the CV never ties the seasons to those years",
    ),
    (
        "organ",
        "experiences[2].description",
        "At the IBTS I maintained",
        "At the IBTS (now part of the HSE) I maintained",
        "general knowledge about the employer that the CV does not state",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, FAB)
AMBIGUOUS = build(CVS, AMB, with_reason=True)
GUARD_FLOOR = {"caught": 133, "touched": 8}  # 132 caught, 10 touched at 552c29d, when the set landed
CATCH_NOT_MET = "set ZG, a tuning set (session 12): 133/134 claims caught (99.3%; 132 at 552c29d)"
TOUCH_NOT_MET = "set ZG, a tuning set (session 12): 8/140 honest texts touched (5.7%; 10 at 552c29d, 9 at 2d9f1bd)"
