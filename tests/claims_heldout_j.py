"""Blind set J for the free-text claims guard (issue 20), written blind: without reading the guard's rules,
its documentation, its benchmarks or any other set. Twelve hand-written CVs in domains no earlier set used: PLC and
industrial automation (TIA Portal, Rockwell), PLM (Teamcenter, Windchill), semiconductor yield engineering,
food-safety QA (HACCP, BRCGS), mining fleet management, water utility SCADA and asset management, port terminal
operating systems (Navis N4), additive manufacturing, computer system validation in biotech, AUTOSAR embedded
software, HVAC building management systems and railway rolling-stock maintenance; each with a job posting or
customer brief, one honest tailoring in its own rewording style, single injected claims and ambiguous edits."""

from claims_blind_set import build, cv, honest_texts, tailor


def _case(source, prompt, overview, experiences):
    return {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


CVS = {}

# --- PLC and industrial automation: posting vocabulary, outcome-first bullets, digits to words -------------------
_PLC = cv(
    "Senior Automation Engineer",
    "Tobias Reinhardt",
    "Automation engineer with 14 years of experience in PLC programming, HMI design and commissioning for discrete "
    "and process manufacturing. Works in Siemens TIA Portal (S7-1500) and Rockwell Studio 5000 (ControlLogix), "
    "writes structured text to IEC 61131-3 and has commissioned lines at sites in Germany, Poland and Mexico.",
    [
        (
            "03/2019 – present | Kessler Anlagenbau GmbH, Stuttgart",
            "Lead controls engineer for packaging and palletising lines built for food and beverage customers, "
            "including a 9-line retrofit for Brauerei Falkenfels.",
            [
                "Migrated 42 S7-300 controllers to S7-1500 using TIA Portal V17, keeping each line's downtime under "
                "36 hours.",
                "Introduced a PLCopen-based library of function blocks that cut new-project engineering hours by 30%.",
                "Designed WinCC Unified HMI screens following ISA-101 guidelines for 9 lines.",
                "Commissioned palletiser safety systems with F-CPUs and PROFIsafe, validated against EN ISO 13849-1 "
                "PL d.",
                "Mentored 4 junior engineers in structured text and version control with Git.",
            ],
            ["Siemens TIA Portal V17", "S7-1500", "WinCC Unified", "PROFINET", "PROFIsafe", "Git"],
        ),
        (
            "09/2013 – 02/2019 | Nordtec Automation Systems",
            "Controls engineer on automotive body-shop projects for a tier-1 supplier, programming Rockwell "
            "ControlLogix PLCs and commissioning robot cells on site in Mexico and Poland.",
            [
                "Programmed ControlLogix L8 controllers in Studio 5000 for 26 robot welding cells.",
                "Integrated FANUC robots over EtherNet/IP and wrote the cell sequence logic in ladder and structured "
                "text.",
                "Reduced average cycle time on the main framing line from 58 s to 52 s.",
                "Spent 18 months on site in Monterrey leading commissioning and operator training.",
            ],
            ["Rockwell Studio 5000", "ControlLogix", "FactoryTalk View SE", "EtherNet/IP", "FANUC"],
        ),
    ],
    skills=["PLC programming", "HMI design", "Functional safety", "Commissioning", "IEC 61131-3"],
    languages=["Structured Text", "Ladder Logic", "Python"],
    tools=["TIA Portal", "Studio 5000", "WinCC", "FactoryTalk View", "Git"],
    certifications=["Siemens Certified Programmer TIA Portal", "TÜV Functional Safety Engineer (Machinery)"],
    industries=["Food and beverage", "Automotive"],
    spoken_languages=["German (native)", "English (fluent)", "Spanish (good)"],
    academic_background=["Dipl.-Ing. (FH) Electrical Engineering, Hochschule Esslingen, 2013"],
)
CVS["plc"] = _case(
    _PLC,
    "Job posting: Senior PLC Engineer (m/f/d) for a packaging machinery maker. Must have: Siemens S7-1500 and TIA "
    "Portal, safety PLCs (PROFIsafe, ISO 13849), HMI development, brownfield migrations from S7-300. Nice to have: "
    "Rockwell experience, commissioning abroad, mentoring juniors.",
    "Senior automation engineer with 14 years in PLC programming, HMI development and commissioning. Deep in Siemens "
    "TIA Portal and S7-1500, with Rockwell Studio 5000/ControlLogix as a second platform; writes IEC 61131-3 "
    "structured text and has commissioned lines in Germany, Poland and Mexico.",
    [
        (
            "For food and beverage customers: lead controls engineer on packaging and palletizing lines, including a "
            "nine-line retrofit for Brauerei Falkenfels.",
            [
                "Kept each line's downtime below 36 h while migrating 42 S7-300 PLCs to S7-1500 in TIA Portal V17.",
                "Cut engineering hours on new projects by 30% with a PLCopen-based function-block library.",
                "Validated palletizer safety (F-CPUs, PROFIsafe) against EN ISO 13849-1 PL d.",
                "Designed WinCC Unified HMI screens to ISA-101 guidelines for nine lines.",
                "Mentored four junior engineers in structured text and Git.",
            ],
        ),
        (
            "Automotive body shop for a tier-1 supplier: programmed Rockwell ControlLogix PLCs and commissioned robot "
            "cells on site in Mexico and Poland.",
            [
                "Programmed ControlLogix L8 controllers in Studio 5000 for 26 robotic welding cells.",
                "Brought main framing-line cycle time down from 58 seconds to 52 seconds.",
                "Integrated FANUC robots via EtherNet/IP; wrote cell sequences in ladder and ST.",
                "Led commissioning and operator training during 18 months on site in Monterrey.",
            ],
        ),
    ],
)

# --- PLM: condensed 'At X:' descriptions, abbreviations (1.8m, T4S), American spelling ------------------------------
_PLM = cv(
    "PLM Solution Architect",
    "Ingrid Solberg",
    "PLM consultant and solution architect with 11 years on Siemens Teamcenter and PTC Windchill implementations in "
    "aerospace and industrial equipment. Specialises in BOM management, change processes (CMII), CAD integrations and "
    "data migration, and has led two full legacy-to-Teamcenter migrations.",
    [
        (
            "01/2020 – present | Valkyr Consulting AS, customer Aeroline Systems",
            "Solution architect for the Teamcenter 13 rollout at Aeroline Systems, replacing a 20-year-old in-house "
            "PDM across three engineering sites.",
            [
                "Designed the EBOM-to-MBOM process with Teamcenter Manufacturing, adopted by 650 engineers and "
                "planners.",
                "Led migration of 1.8 million items and 4.2 million datasets from the legacy PDM with zero data loss at "
                "go-live.",
                "Configured CMII-compliant change workflows that shortened average change-order lead time from 21 to 9 "
                "days.",
                "Set up NX integration and the SAP S/4HANA interface through Teamcenter Gateway for SAP (T4S).",
            ],
            ["Teamcenter 13", "Active Workspace", "NX", "Teamcenter Gateway for SAP (T4S)", "SAP S/4HANA", "Oracle"],
        ),
        (
            "06/2014 – 12/2019 | Mecora Industrietechnik AG",
            "PLM lead for a maker of industrial compressors, running the company's PTC Windchill platform and its "
            "integration with Creo.",
            [
                "Upgraded Windchill from 10.2 to 11.1 with a team of 5, on schedule over a 3-day cutover.",
                "Built Info*Engine and Java customisations for part numbering and document release.",
                "Trained 120 users in Windchill PDMLink and wrote the internal admin handbook.",
                "Cut the number of duplicate parts by 18% with a classification clean-up project.",
            ],
            ["PTC Windchill 11.1", "Creo Parametric", "Info*Engine", "Java", "Microsoft SQL Server"],
        ),
    ],
    skills=["PLM architecture", "BOM management", "Configuration management (CMII)", "Data migration", "Workshops"],
    languages=["Java", "SQL", "Python"],
    tools=["Siemens Teamcenter", "PTC Windchill", "NX", "Creo", "CATIA V5", "Jira"],
    certifications=["CMII Certified (CMIIB)", "Siemens Teamcenter Certified Associate"],
    industries=["Aerospace", "Industrial equipment"],
    spoken_languages=["Norwegian (native)", "English (fluent)", "German (working)"],
    academic_background=["M.Sc. Mechanical Engineering, NTNU Trondheim, 2013"],
)
CVS["plm"] = _case(
    _PLM,
    "Customer brief: an aerospace OEM is consolidating two PDM systems into Teamcenter and needs an architect for "
    "BOM (EBOM/MBOM) design, CMII change management, SAP integration and large-scale data migration. Windchill "
    "knowledge helps because one of the legacy systems is Windchill.",
    "Teamcenter and Windchill solution architect with 11 years of PLM delivery in aerospace and industrial equipment. "
    "Focus areas: BOM management, CMII change processes, CAD and SAP integrations, and data migration, including two "
    "complete legacy-to-Teamcenter migrations.",
    [
        (
            "At Aeroline Systems: architect of the Teamcenter 13 rollout that replaced a 20-year-old in-house PDM at "
            "three engineering sites.",
            [
                "Migrated 1.8m items and 4.2m datasets out of the legacy PDM, with no data lost at go-live.",
                "Reduced average change-order lead time from 21 days to 9 with CMII-compliant change workflows.",
                "Designed the EBOM-to-MBOM process in Teamcenter Manufacturing, adopted by 650 engineers and planners.",
                "Set up NX integration and the SAP S/4HANA interface via T4S (Teamcenter Gateway for SAP).",
            ],
        ),
        (
            "Compressor manufacturer: led PLM, running PTC Windchill and its Creo integration.",
            [
                "Upgraded Windchill 10.2 to 11.1 with a five-person team, on schedule within a three-day cutover.",
                "Customized part numbering and document release with Info*Engine and Java.",
                "Trained 120 Windchill PDMLink users and authored the internal admin handbook.",
                "Reduced duplicate parts by 18% through classification clean-up.",
            ],
        ),
    ],
)

# --- Semiconductor yield: job vocabulary ('yield enhancement'), k-abbreviations, words for digits ---------------------
_YIELD = cv(
    "Senior Yield Engineer",
    "Priya Raghunathan",
    "Yield engineer with 9 years in 300 mm logic and 200 mm power-device fabs. Drives defect reduction through inline "
    "inspection data, wafer-level spatial signature analysis and cross-module 8D investigations, and builds yield "
    "analytics in Python and JMP.",
    [
        (
            "04/2019 – present | Halvor Semiconductor, Dresden",
            "Module yield owner for the 28 nm back-end-of-line (BEOL) copper interconnect module in a 300 mm logic "
            "fab.",
            [
                "Raised BEOL line yield from 91.5% to 96.2% over 18 months by eliminating two systematic via-open "
                "signatures.",
                "Built a Python pipeline joining KLA inline defect data with e-test and sort results for 40,000 wafers "
                "a month.",
                "Led 8D investigations with etch, CMP and litho teams; closed 23 excursions in 2023.",
                "Cut defect review turnaround from 3 days to 8 hours by automating SEM review sampling.",
            ],
            ["KLA Klarity", "Python", "pandas", "JMP", "Spotfire", "Oracle"],
        ),
        (
            "08/2015 – 03/2019 | Corvane Power Devices, Villach",
            "Process and yield engineer for 200 mm silicon power MOSFET production, responsible for the trench etch "
            "and gate oxide steps.",
            [
                "Reduced gate-oxide breakdown failures by 40% through a furnace recipe and pre-clean change.",
                "Introduced SPC with Western Electric rules on 65 critical parameters.",
                "Supported the qualification of a new trench etch chamber, released to production in 11 weeks.",
            ],
            ["JMP", "SPC", "Lam Research etch", "Camstar MES", "Minitab"],
        ),
        (
            "09/2013 – 07/2015 | TU Delft, Else Kooi Laboratory",
            "Part-time graduate researcher in the university cleanroom during the M.Sc., working on thin-film defect "
            "characterisation.",
            [
                "Characterised particle defects on 150 mm wafers with optical inspection and SEM.",
                "Wrote the thesis on ALD alumina pinhole density, published as one conference paper.",
                "Maintained cleanroom process logs and trained 10 new students on wet-bench safety.",
            ],
            ["SEM", "ALD", "MATLAB"],
        ),
    ],
    skills=["Yield analysis", "Defect reduction", "Statistical process control", "8D problem solving", "DOE"],
    languages=["Python", "SQL", "R"],
    tools=["JMP", "KLA Klarity Defect", "Spotfire", "Minitab", "Camstar MES"],
    certifications=["Six Sigma Black Belt (ASQ)"],
    industries=["Semiconductors"],
    spoken_languages=["English (fluent)", "German (B2)", "Tamil (native)"],
    academic_background=["M.Sc. Microelectronics, TU Delft, 2015", "B.Tech Electrical Engineering, IIT Madras, 2013"],
)
CVS["yield"] = _case(
    _YIELD,
    "Job posting: Yield Enhancement Engineer, 300 mm fab. You will own yield improvement for a process module, analyse "
    "inline defect and electrical test data, lead excursion investigations with process teams and automate analytics "
    "in Python. Six Sigma and SPC experience valued.",
    "Yield enhancement engineer with nine years across 300 mm logic and 200 mm power-device fabs. Reduces defects by "
    "combining inline inspection data, wafer-level spatial signature analysis and cross-module 8D investigations; "
    "automates yield analytics in Python and JMP. ASQ Six Sigma Black Belt.",
    [
        (
            "Yield owner for the 28 nm BEOL copper interconnect module of a 300 mm logic fab.",
            [
                "Improved BEOL line yield from 91.5% to 96.2% in 18 months by removing two systematic via-open "
                "signatures.",
                "Automated SEM review sampling, taking defect review turnaround from three days to eight hours.",
                "Closed 23 excursions in 2023 as 8D lead with the etch, CMP and lithography teams.",
                "Wrote a Python pipeline that links KLA inline defect data to e-test and sort results, 40k wafers per "
                "month.",
            ],
        ),
        (
            "200 mm silicon power MOSFETs: process and yield engineer owning trench etch and gate oxide.",
            [
                "Cut gate-oxide breakdown failures by 40% with a furnace recipe and pre-clean change.",
                "Put 65 critical parameters under SPC with Western Electric rules.",
                "Helped qualify a new trench etch chamber, released to production within 11 weeks.",
            ],
        ),
        (
            "Graduate researcher in the university cleanroom alongside the M.Sc.: thin-film defect characterization.",
            [
                "Characterized particle defects on 150-mm wafers using optical inspection and SEM.",
                "Thesis on pinhole density in ALD alumina, published as a conference paper.",
                "Kept cleanroom process logs; trained ten new students in wet-bench safety.",
            ],
        ),
    ],
)

# --- Food-safety QA: American spelling for a US owner, 'program', merged clauses, numbers moved to the front -------
_FOOD = cv(
    "Food Safety and Quality Manager",
    "Siobhan Gallagher",
    "Food safety and quality manager with 12 years in chilled ready meals and bakery manufacturing. Leads HACCP teams, "
    "prepares sites for BRCGS and customer audits, and runs supplier approval and allergen management programmes.",
    [
        (
            "02/2018 – present | Brannock Foods Ltd, Newry",
            "Site technical manager for a chilled ready-meals plant (420 staff) supplying UK retailers, reporting to "
            "the operations director.",
            [
                "Led the site from BRCGS grade B to grade AA (unannounced) within two audit cycles.",
                "Rebuilt the HACCP plan for 14 product families and chaired the multidisciplinary HACCP team.",
                "Reduced customer complaints per million units from 6.1 to 2.4.",
                "Introduced an environmental monitoring programme for Listeria with 120 swab sites.",
                "Manages a technical team of 9 (QA supervisors, technologists and hygiene lead).",
            ],
            ["BRCGS Food Safety Issue 9", "HACCP", "SAP QM", "Tableau", "Listeria EMP"],
        ),
        (
            "06/2012 – 01/2018 | Harrow Hill Bakeries, Leeds",
            "QA technologist, later QA manager, at an industrial bakery producing bread and morning goods for retail "
            "and food service.",
            [
                "Ran the supplier approval programme for 85 raw material suppliers, including risk-based audits.",
                "Implemented an allergen management system after a sesame recall, with zero allergen recalls in the "
                "following 4 years.",
                "Cut metal detector false rejects by 35% through validation and test-piece routines.",
            ],
            ["HACCP", "SALSA", "Excel", "Loma metal detection"],
        ),
    ],
    skills=["HACCP", "BRCGS audits", "Allergen management", "Supplier approval", "Root cause analysis"],
    tools=["SAP QM", "Tableau", "Excel"],
    certifications=[
        "Level 4 Award in HACCP (Highfield)",
        "BRCGS Lead Auditor course (2019)",
        "IRCA Food Safety Management Systems Auditor",
    ],
    industries=["Chilled food", "Bakery"],
    spoken_languages=["English (native)", "Irish (conversational)"],
    academic_background=["B.Sc. (Hons) Food Science, Ulster University, 2011"],
)
CVS["foodqa"] = _case(
    _FOOD,
    "Job posting: Technical Manager, US-owned food manufacturer (chilled and frozen). Own the site's HACCP and food "
    "safety program, achieve and keep BRCGS AA, manage supplier approval, allergen control and environmental "
    "monitoring, lead a QA team. Experience with retailer audits and Listeria control required.",
    "Technical manager with 12 years in food safety and quality across chilled ready meals and bakery. Heads HACCP "
    "teams, prepares plants for BRCGS and customer audits, and runs supplier approval and allergen management "
    "programs.",
    [
        (
            "Site technical manager at a 420-employee chilled ready-meals plant supplying UK retailers; reports to the "
            "operations director.",
            [
                "Took the site from BRCGS grade B to AA (unannounced) in two audit cycles.",
                "Chaired the multidisciplinary HACCP team and rebuilt the plan for 14 product families.",
                "Lowered customer complaints from 6.1 to 2.4 per million units.",
                "Launched a Listeria environmental monitoring program covering 120 swab sites.",
                "Leads a nine-person technical team: QA supervisors, technologists and a hygiene lead.",
            ],
        ),
        (
            "Industrial bakery (bread and morning goods for retail and food service): QA technologist, promoted to QA "
            "manager.",
            [
                "Managed approval of 85 raw-material suppliers with risk-based audits.",
                "Zero allergen recalls in the four years after an allergen management system was put in place "
                "following a sesame recall.",
                "Lowered metal detector false rejects by 35% through validation and test-piece routines.",
            ],
        ),
    ],
)

# --- Mining fleet management: abbreviations expanded and introduced (FMS, FIFO), '24/7' as 'round-the-clock' --------
_MINING = cv(
    "Mine Technology Lead, Fleet Management Systems",
    "Callum Ferreira",
    "Mining technology specialist with 10 years implementing and running fleet management systems at open-pit copper "
    "and iron ore operations in Chile and Western Australia. Experienced with Modular Mining DISPATCH, Caterpillar "
    "MineStar and Wenco, high-precision GNSS, and the mine networks they run on.",
    [
        (
            "07/2019 – present | Cordillera Copper, Los Andes operation",
            "Fleet management system lead for an open-pit copper mine moving 120 Mt of material a year with 64 haul "
            "trucks, 9 shovels and 20 ancillary units.",
            [
                "Led the replacement of Wenco with Caterpillar MineStar Fleet across the mine, cutover completed in 6 "
                "weeks.",
                "Raised truck payload compliance to 94% by tuning payload monitoring and shovel loading feedback.",
                "Reduced average truck queue time at shovels by 2.5 minutes per cycle using dynamic assignment.",
                "Supervises 6 FMS dispatch controllers and 2 system administrators on 24/7 rosters.",
            ],
            ["Cat MineStar Fleet", "Cat Terrain", "Wenco", "Trimble GNSS", "SQL Server", "Power BI"],
        ),
        (
            "01/2014 – 06/2019 | Pilbara Iron Services, Perth",
            "FMS engineer supporting Modular Mining DISPATCH at two iron ore mines, on an 8-days-on/6-days-off fly-in "
            "fly-out roster.",
            [
                "Maintained DISPATCH across 110 haul trucks and the mesh radio network at both mines.",
                "Built production reporting in SQL and SSRS used for daily shift handovers.",
                "Configured high-precision GNSS guidance for 14 drills and dozers.",
                "Cut unplanned FMS downtime from 3.1% to 0.9% of operating hours.",
            ],
            ["Modular Mining DISPATCH", "MineCare", "SQL Server", "SSRS", "Rajant mesh radio"],
        ),
    ],
    skills=["Fleet management systems", "Dispatch optimisation", "High-precision GNSS", "Mine networks", "Reporting"],
    languages=["SQL", "Python"],
    tools=["Cat MineStar", "Modular DISPATCH", "Wenco", "Power BI", "SSRS"],
    certifications=["Cat MineStar Fleet Administrator", "Working at Heights"],
    industries=["Mining (copper, iron ore)"],
    spoken_languages=["English (native)", "Spanish (fluent)", "Portuguese (basic)"],
    academic_background=["B.Eng. Mining Engineering, Curtin University (WA School of Mines), 2013"],
)
CVS["mining"] = _case(
    _MINING,
    "Job posting: Superintendent, Mine Technology (FMS) for a large open-pit gold and copper operation. Lead the "
    "fleet management system, dispatch team and integrations; drive payload, queue-time and utilisation improvements; "
    "experience with MineStar or DISPATCH and a FIFO roster required; Spanish a plus.",
    "Mine technology lead with a decade of fleet management system (FMS) work at open-pit copper and iron ore mines in "
    "Chile and Western Australia. Hands-on with Cat MineStar, Modular Mining DISPATCH and Wenco, high-precision GNSS "
    "and the underlying mine networks; fluent Spanish.",
    [
        (
            "FMS lead at an open-pit copper mine: 120 million tonnes a year, 64 haul trucks, nine shovels and 20 "
            "ancillary units.",
            [
                "Replaced Wenco with Cat MineStar Fleet site-wide; cutover done in six weeks.",
                "Cut shovel queue time by 2.5 min per truck cycle through dynamic assignment.",
                "Lifted payload compliance to 94% by tuning payload monitoring and shovel loading feedback.",
                "Supervises six dispatch controllers and two system admins on round-the-clock rosters.",
            ],
        ),
        (
            "Supported Modular Mining DISPATCH at two iron ore mines as FMS engineer, working a FIFO 8/6 roster.",
            [
                "Brought unplanned FMS downtime down from 3.1% to 0.9% of operating hours.",
                "Kept DISPATCH and the mesh radio network running for 110 haul trucks at both sites.",
                "Configured high-precision GNSS guidance on 14 drills and dozers.",
                "Created SQL/SSRS production reports for daily shift handovers.",
            ],
        ),
    ],
)

# --- Water utility SCADA and asset management: US brief, 'treatment plants', '1.2m', 'megaliters' -------------------
_WATER = cv(
    "SCADA and Asset Management Engineer",
    "Mareike Osei",
    "Engineer with 8 years in water and wastewater utilities, covering SCADA, telemetry and asset management. Has "
    "designed telemetry for pumping stations and reservoirs, run ISO 55001 asset management programmes and built "
    "risk-based renewal plans for networks serving 1.2 million people.",
    [
        (
            "05/2020 – present | Rhein-Lahn Wasser, Koblenz",
            "SCADA lead for a regional water utility operating 3 treatment works, 140 pumping stations and 2,300 km of "
            "mains for 1.2 million people.",
            [
                "Migrated the utility's SCADA from Wonderware InTouch to AVEVA System Platform 2020 R2 across 160 "
                "outstations.",
                "Replaced legacy 4–20 mA telemetry with DNP3 over 4G at 95 remote sites.",
                "Cut mean time to detect pump station failures from 40 minutes to under 5 minutes through alarm "
                "rationalisation.",
                "Aligned SCADA hardening with IEC 62443 and the requirements of the German IT Security Act (KRITIS).",
            ],
            ["AVEVA System Platform 2020 R2", "Wonderware InTouch", "DNP3", "Modbus TCP", "S7-1200", "OSIsoft PI"],
        ),
        (
            "09/2016 – 04/2020 | Avonmere Engineering, Bristol",
            "Asset management engineer on AMP6 programmes for two UK water and sewerage companies.",
            [
                "Built a risk-based renewal model for 5,800 km of sewers, prioritising £48m of capital works.",
                "Supported the client's ISO 55001 certification, writing the asset management plan and SAMP.",
                "Set up condition grading of 1,100 assets in Maximo, with mobile inspections on tablets.",
            ],
            ["IBM Maximo", "ArcGIS", "InfoAsset Planner", "Excel", "ISO 55001"],
        ),
        (
            "07/2014 – 06/2015 | Severn Vale Water (industrial placement)",
            "Year-long industrial placement in the utility's telemetry team during the M.Eng.",
            [
                "Surveyed 60 outstations and updated their telemetry point schedules.",
                "Drafted pump station alarm response procedures for the control room.",
                "Helped commission a new 12 Ml/d borehole treatment site.",
            ],
            ["Serck telemetry", "ClearSCADA", "AutoCAD"],
        ),
    ],
    skills=["SCADA design", "Telemetry", "Asset management", "Risk-based planning", "Alarm management", "OT security"],
    languages=["Python", "SQL"],
    tools=["AVEVA System Platform", "Wonderware InTouch", "OSIsoft PI", "IBM Maximo", "ArcGIS"],
    certifications=[
        "IAM Certificate (Institute of Asset Management)",
        "ISA/IEC 62443 Cybersecurity Fundamentals Specialist",
    ],
    industries=["Water and wastewater utilities"],
    spoken_languages=["English (native)", "German (fluent)"],
    academic_background=["M.Eng. Civil and Environmental Engineering, University of Bristol, 2016"],
)
CVS["water"] = _case(
    _WATER,
    "Customer brief: a municipal water utility in the US Midwest is modernizing its SCADA and telemetry and starting "
    "an ISO 55001-aligned asset management program. They want an engineer who has migrated SCADA platforms, knows "
    "DNP3 telemetry and OT security, and can build risk-based renewal plans.",
    "Water and wastewater engineer with eight years of utility SCADA, telemetry and asset management. Designed "
    "telemetry for pumping stations and reservoirs, ran ISO 55001 asset management programs, and built risk-based "
    "renewal plans for networks that serve 1.2 million people.",
    [
        (
            "SCADA lead at a regional water utility: 3 treatment plants, 140 pumping stations, 2,300 km of water mains, "
            "1.2m people served.",
            [
                "Moved SCADA from Wonderware InTouch to AVEVA System Platform 2020 R2 at 160 outstations.",
                "Cut mean time to detect pump-station failures from 40 min to under 5 min through alarm "
                "rationalization.",
                "Switched 95 remote sites from legacy 4–20 mA telemetry to DNP3 over 4G.",
                "Hardened SCADA in line with IEC 62443 and KRITIS (German IT Security Act) requirements.",
            ],
        ),
        (
            "For two UK water and sewerage companies: asset management engineer on AMP6 programs.",
            [
                "Prioritized £48 million of capital works with a risk-based renewal model covering 5,800 km of sewers.",
                "Wrote the asset management plan and SAMP for the client's ISO 55001 certification.",
                "Set up Maximo condition grading for 1,100 assets, with inspections done on tablets.",
            ],
        ),
        (
            "Telemetry team, one-year industrial placement during the M.Eng.",
            [
                "Surveyed 60 outstations and refreshed their telemetry point schedules.",
                "Drafted control-room alarm response procedures for pumping stations.",
                "Assisted commissioning of a new borehole treatment site rated at 12 megaliters per day.",
            ],
        ),
    ],
)

# --- Port terminal operating systems: terse dash style, 'h' and 'min', job vocabulary (TOS, cutover) ---------------
_PORT = cv(
    "Terminal Operating Systems Consultant",
    "Joost van Leeuwen",
    "TOS consultant with 13 years in container terminals, specialising in Navis N4 implementations, upgrades and yard "
    "optimisation. Has taken part in 6 N4 go-lives in Europe, the Middle East and West Africa, bridging terminal "
    "operations and IT.",
    [
        (
            "03/2018 – present | Havenlogic BV, Rotterdam",
            "Lead N4 consultant on greenfield and brownfield go-lives, most recently a 1.5 million TEU terminal in "
            "Tema, Ghana.",
            [
                "Configured N4 yard and berth planning for Tema, including 42 RTG blocks and EDI with 11 shipping "
                "lines.",
                "Ran the Tema cutover weekend; the terminal resumed full vessel operations within 36 hours.",
                "Upgraded two terminals from N4 2.6 to N4 3.8 without a loss of crane productivity.",
                "Wrote Groovy extensions for gate appointment and reefer monitoring workflows.",
            ],
            ["Navis N4 3.8", "Groovy", "EDIFACT (BAPLIE, COPRAR, CODECO)", "Oracle", "Expert Decking"],
        ),
        (
            "10/2011 – 02/2018 | Northsea Container Terminal, Antwerp",
            "Started as a yard planner and moved into the terminal's TOS team, supporting Navis SPARCS N4 and the gate "
            "automation project.",
            [
                "Planned yard and vessel operations for a 2.2 million TEU terminal for 3 years before joining IT.",
                "Implemented OCR gates with the TOS, lowering average truck turnaround from 58 to 34 minutes.",
                "Tuned RTG dispatch rules, raising gross crane rate from 27 to 31 moves per hour.",
            ],
            ["Navis SPARCS N4", "Camco OCR gate", "EDIFACT", "SQL Server"],
        ),
        (
            "07/2010 – 09/2011 | Rotterdam Shortsea Terminals",
            "Operations trainee on a graduate programme covering quay, yard and gate operations at a multipurpose "
            "terminal.",
            [
                "Rotated through quay, yard and gate shifts over 14 months.",
                "Built an Excel model of yard occupancy used in weekly planning meetings.",
                "Coordinated reefer plug-in checks for up to 300 reefers per week.",
            ],
            ["Excel", "CTCS (in-house TOS)"],
        ),
    ],
    skills=["TOS implementation", "Yard planning", "Berth planning", "EDI", "Gate automation", "Cutover management"],
    languages=["Groovy", "SQL", "Java"],
    tools=["Navis N4", "Expert Decking", "Jira", "Oracle SQL Developer"],
    certifications=["Navis N4 Certified Consultant", "PRINCE2 Foundation"],
    industries=["Ports and container terminals"],
    spoken_languages=["Dutch (native)", "English (fluent)", "French (good)"],
    academic_background=["B.Sc. Maritime Logistics, STC University of Applied Sciences Rotterdam, 2010"],
)
CVS["port"] = _case(
    _PORT,
    "Job posting: Senior TOS Consultant (Navis N4) to lead implementations for a global terminal operator's new "
    "terminals in Africa and Latin America. Must have hands-on N4 configuration, EDI, cutover leadership and an "
    "operations background; Groovy a plus; French valued for West African sites.",
    "Navis N4 consultant with 13 years in container terminals, focused on implementations, upgrades and yard "
    "optimization. Six N4 go-lives across Europe, the Middle East and West Africa; connects terminal operations with "
    "IT and speaks French.",
    [
        (
            "Lead N4 consultant on greenfield and brownfield go-lives; latest: a 1.5m TEU terminal in Tema, Ghana.",
            [
                "Led the Tema cutover weekend; full vessel operations resumed within 36 h.",
                "Set up N4 yard and berth planning in Tema: 42 RTG blocks and EDI with 11 shipping lines.",
                "Upgraded two terminals from N4 2.6 to 3.8 with no loss of crane productivity.",
                "Built Groovy extensions for gate appointments and reefer monitoring.",
            ],
        ),
        (
            "From yard planner to the terminal's TOS team, supporting Navis SPARCS N4 and gate automation.",
            [
                "Three years of yard and vessel planning at a 2.2m TEU terminal before moving into IT.",
                "Cut average truck turnaround from 58 to 34 min by integrating OCR gates with the TOS.",
                "Raised gross crane rate from 27 to 31 moves/hour by tuning RTG dispatch rules.",
            ],
        ),
        (
            "Graduate-program operations trainee at a multipurpose terminal (quay, yard and gate operations).",
            [
                "14 months rotating through quay, yard and gate shifts.",
                "Created an Excel yard-occupancy model for the weekly planning meetings.",
                "Ran reefer plug-in checks, up to 300 reefers a week.",
            ],
        ),
    ],
)

# --- Additive manufacturing: expansions (LPBF, DfAM), 'micron' for µm, 'IN718', results placed first ---------------
_AM = cv(
    "Additive Manufacturing Engineer",
    "Lucía Montenegro",
    "Additive manufacturing engineer with 7 years in metal laser powder bed fusion (LPBF) for aerospace and medical "
    "parts. Covers design for AM, build preparation, parameter development, post-processing and qualification, with "
    "hands-on experience on EOS M 290 and SLM 280 machines.",
    [
        (
            "01/2021 – present | Aerotitan Components, Bremen",
            "AM process engineer in a serial production cell of 6 LPBF machines producing Ti-6Al-4V and Inconel 718 "
            "parts for aircraft engines and cabin systems.",
            [
                "Developed Inconel 718 parameters for 60 µm layers, raising build rate by 28% at ≥99.9% density.",
                "Cut support-removal time per build plate from 11 to 4 hours through topology-aware support design in "
                "Materialise Magics.",
                "Qualified 14 flight parts under the customer's process specification, with first article inspections "
                "per AS9102.",
                "Introduced in-situ melt-pool monitoring (EOSTATE) on all machines.",
            ],
            ["EOS M 290", "SLM 280", "Materialise Magics", "EOSTATE", "nTopology", "CT scanning"],
        ),
        (
            "09/2017 – 12/2020 | MediPrint Orthopaedics, Zaragoza",
            "Design-for-AM engineer for porous titanium orthopaedic implants, working with R&D and regulatory affairs.",
            [
                "Designed lattice structures for acetabular cups in nTopology, reaching 65% porosity with 600 µm pores.",
                "Ran the process validation (IQ/OQ/PQ) for two EOS M 290 machines under ISO 13485.",
                "Reduced powder consumption per implant by 22% through nesting and recycled-powder rules.",
            ],
            ["EOS M 290", "nTopology", "Materialise Magics", "ISO 13485", "Minitab"],
        ),
        (
            "02/2016 – 08/2017 | AITIIP Technology Centre, Zaragoza",
            "Research assistant on binder-jetting and LPBF trials while completing the master's thesis.",
            [
                "Ran 45 LPBF test builds on 316L stainless steel to map porosity against scan speed.",
                "Measured density by the Archimedes method and optical micrography.",
                "Co-authored a paper on 316L process windows in a Spanish materials journal.",
            ],
            ["Renishaw AM250", "316L", "ImageJ"],
        ),
    ],
    skills=["Laser powder bed fusion", "Design for additive manufacturing", "Parameter development", "Qualification"],
    languages=["Python"],
    tools=["Materialise Magics", "nTopology", "Siemens NX", "Minitab", "EOSPRINT"],
    certifications=["ASTM International Additive Manufacturing Certificate", "Internal Auditor ISO 13485"],
    industries=["Aerospace", "Medical devices"],
    spoken_languages=["Spanish (native)", "English (fluent)", "German (B1)"],
    academic_background=["M.Sc. Materials Engineering, Universidad de Zaragoza, 2017"],
)
CVS["am"] = _case(
    _AM,
    "Job posting: Senior AM Process Engineer for a space propulsion start-up. Own LPBF parameter development in nickel "
    "superalloys, build preparation, in-situ monitoring and part qualification; aerospace QMS (AS9100) experience "
    "required; lattice design a plus.",
    "AM engineer with seven years in metal LPBF for aerospace and medical parts: DfAM, build prep, parameter "
    "development, post-processing and qualification. Hands-on on EOS M 290 and SLM 280 systems.",
    [
        (
            "Serial production cell of six laser powder bed fusion machines making Ti-6Al-4V and Inconel 718 "
            "aero-engine and cabin-system parts; AM process engineer.",
            [
                "Boosted build rate 28% with new 60-micron-layer IN718 parameters while holding density at or above "
                "99.9%.",
                "Introduced EOSTATE in-situ melt-pool monitoring on every machine.",
                "Qualified 14 flight parts to the customer's process spec, including AS9102 first article inspections.",
                "Support removal down from 11 to 4 hours per build plate, using topology-aware supports in Magics.",
            ],
        ),
        (
            "Porous titanium orthopedic implants: design-for-AM engineer alongside R&D and regulatory affairs.",
            [
                "Designed nTopology lattices for acetabular cups with 65% porosity and 600-micron pores.",
                "Used nesting and recycled-powder rules to cut powder use per implant by 22%.",
                "Validated two EOS M 290 machines (IQ/OQ/PQ) under ISO 13485.",
            ],
        ),
        (
            "Research assistant (binder jetting and LPBF trials) during the master's thesis.",
            [
                "Mapped porosity against scan speed in 45 LPBF test builds in 316L stainless.",
                "Measured density using the Archimedes method and optical micrography.",
                "Co-wrote a paper on 316L process windows, published in a Spanish materials journal.",
            ],
        ),
    ],
)

# --- Computer system validation: expansions (CSV, CDS), US spelling for a US employer, colon-led bullets ----------
_CSV = cv(
    "Computer System Validation Lead",
    "Hannah Whitcombe",
    "CSV lead with 10 years validating GxP computerised systems in biotech and pharma manufacturing and QC labs. "
    "Writes and reviews validation plans, URS, risk assessments and IQ/OQ/PQ protocols to GAMP 5, 21 CFR Part 11 and "
    "EU Annex 11, and has supported 3 FDA and 4 EMA inspections.",
    [
        (
            "06/2019 – present | Helixa Biologics, Cambridge (UK)",
            "Validation lead for manufacturing and laboratory systems at a monoclonal antibody plant with two 2,000 L "
            "single-use bioreactor suites.",
            [
                "Led validation of the DeltaV DCS and Syncade MES, 38 protocols executed with zero critical deviations.",
                "Moved the site's CSV approach to GAMP 5 Second Edition critical thinking and CSA principles, reducing "
                "test scripts by 45%.",
                "Validated LIMS (LabWare 8) and Empower 3 CDS for the QC laboratory.",
                "Supported an FDA pre-licence inspection in 2022 with no 483 observations on computerised systems.",
            ],
            ["Emerson DeltaV", "Syncade MES", "LabWare LIMS 8", "Waters Empower 3", "Kneat Gx", "Veeva Vault QMS"],
        ),
        (
            "03/2014 – 05/2019 | Pharmavalid Consulting Ltd, Dublin",
            "Validation consultant delivering CSV projects for pharma clients in the UK and Ireland.",
            [
                "Authored validation plans, URS and risk assessments for 20+ systems, from spreadsheets to ERP.",
                "Ran a data integrity remediation programme for a sterile injectables client after an MHRA inspection.",
                "Trained 60 client staff in GAMP 5 and ALCOA+ principles.",
                "Validated SAP ECC batch management and QM modules for a tablet manufacturer.",
            ],
            ["SAP ECC", "TrackWise", "Excel", "HP ALM"],
        ),
    ],
    skills=["Computer system validation", "GAMP 5", "21 CFR Part 11", "EU Annex 11", "Data integrity", "CSA"],
    languages=["SQL"],
    tools=["Kneat Gx", "HP ALM", "Veeva Vault", "TrackWise", "Jira"],
    certifications=["ISPE GAMP 5 training certificate", "ASQ Certified Quality Auditor (CQA)"],
    industries=["Biotech", "Pharmaceuticals"],
    spoken_languages=["English (native)", "French (intermediate)"],
    academic_background=["B.Sc. Biochemistry, University of Leeds, 2013"],
)
CVS["csv"] = _case(
    _CSV,
    "Job posting: Associate Director, CSV & Data Integrity, US cell and gene therapy company. Lead validation of MES, "
    "LIMS and automation systems; implement CSA; own inspection readiness for computerized systems (FDA, EMA); GAMP 5 "
    "and Part 11 expertise required.",
    "Computer system validation (CSV) lead with ten years of GxP computerized-system validation in biotech and pharma "
    "manufacturing and QC labs. Authors and reviews validation plans, URS, risk assessments and IQ/OQ/PQ protocols to "
    "GAMP 5, 21 CFR Part 11 and EU Annex 11; has supported three FDA and four EMA inspections.",
    [
        (
            "At a monoclonal antibody plant with two 2000-liter single-use bioreactor suites: validation lead for "
            "manufacturing and lab systems.",
            [
                "Supported the 2022 FDA pre-license inspection: no 483 observations on computerized systems.",
                "Shifted site CSV to GAMP 5 Second Edition critical thinking and CSA, cutting test scripts 45%.",
                "Led DeltaV DCS and Syncade MES validation: 38 protocols, zero critical deviations.",
                "Validated LabWare 8 LIMS and the Empower 3 chromatography data system for QC.",
            ],
        ),
        (
            "Validation consultant on CSV projects for UK and Irish pharma clients.",
            [
                "Wrote validation plans, URS and risk assessments for more than 20 systems, spreadsheets through ERP.",
                "Data integrity remediation program for a sterile injectables client following an MHRA inspection.",
                "Trained 60 client employees on GAMP 5 and ALCOA+.",
                "Validated SAP ECC batch management and QM for a tablet maker.",
            ],
        ),
    ],
)

# --- AUTOSAR embedded software: short noun-phrase descriptions, 'ms' spelled out, NvM/SWC abbreviations ------------
_AUTOSAR = cv(
    "Embedded Software Engineer, AUTOSAR",
    "Kenji Hartmann",
    "Embedded software engineer with 9 years in automotive ECUs, working on AUTOSAR Classic basic software "
    "configuration, communication stacks and functional safety. Uses Vector DaVinci, EB tresos and MICROSAR, and has "
    "delivered software to ASIL-B and ASIL-D for body and chassis ECUs.",
    [
        (
            "04/2020 – present | Velotech Automotive Electronics, Munich",
            "BSW integrator for a brake control ECU (ASIL-D) built on an Infineon AURIX TC397 and AUTOSAR Classic R4.4.",
            [
                "Configured the CAN FD, FlexRay and Ethernet communication stacks in DaVinci Configurator Pro for 3 "
                "vehicle platforms.",
                "Cut ECU start-up time from 190 ms to 120 ms by reordering BSW initialisation and memory stack start.",
                "Integrated the safety OS partitioning and E2E protection, closing 30 safety requirements from the ISO "
                "26262 safety case.",
                "Set up a Jenkins pipeline with static analysis (Polyspace, QAC) running on every merge request.",
            ],
            [
                "AUTOSAR Classic R4.4",
                "Vector MICROSAR",
                "DaVinci Configurator Pro",
                "Infineon AURIX TC397",
                "Jenkins",
                "Polyspace",
                "CANoe",
            ],
        ),
        (
            "07/2015 – 03/2020 | Lindqvist Body Systems, Gothenburg",
            "Software engineer for body control modules (door, seat and lighting) running AUTOSAR 4.2 on NXP MPC5748G "
            "microcontrollers.",
            [
                "Configured the EB tresos BSW modules for diagnostics (UDS over DoCAN) and NVM.",
                "Wrote MISRA C:2012-compliant application SWCs for the seat memory function.",
                "Automated HIL regression tests in CANoe and Python, cutting manual test effort by 60%.",
                "Supported the ASIL-B assessment of the lighting ECU.",
            ],
            ["EB tresos", "AUTOSAR 4.2", "NXP MPC5748G", "CANoe", "Python", "MISRA C:2012"],
        ),
    ],
    skills=["AUTOSAR Classic", "BSW configuration", "Communication stacks", "Diagnostics (UDS)", "ISO 26262"],
    languages=["C", "Python", "CAPL"],
    tools=["Vector DaVinci", "EB tresos", "CANoe", "Jenkins", "Polyspace", "Git"],
    certifications=["ISO 26262 Automotive Functional Safety Professional (TÜV SÜD)"],
    industries=["Automotive"],
    spoken_languages=["German (native)", "English (fluent)", "Japanese (conversational)"],
    academic_background=["M.Sc. Electrical Engineering and Information Technology, TU München, 2015"],
)
CVS["autosar"] = _case(
    _AUTOSAR,
    "Job posting: AUTOSAR Basic Software Engineer (m/f/d), chassis domain. Configure and integrate AUTOSAR Classic BSW "
    "(MICROSAR), communication stacks (CAN FD, Ethernet), diagnostics; ASIL-D experience and ISO 26262 knowledge "
    "required; CI and static analysis a plus.",
    "Embedded engineer with nine years on automotive ECUs: AUTOSAR Classic BSW configuration, communication stacks and "
    "functional safety. Works with Vector DaVinci/MICROSAR and EB tresos; has delivered ASIL-B and ASIL-D software "
    "for body and chassis ECUs.",
    [
        (
            "Basic software integrator, brake control ECU (ASIL-D) on Infineon AURIX TC397 with AUTOSAR Classic R4.4.",
            [
                "Reduced ECU start-up from 190 to 120 milliseconds by reordering BSW initialization and memory stack "
                "start.",
                "Configured CAN FD, FlexRay and Ethernet stacks in DaVinci Configurator Pro across three vehicle "
                "platforms.",
                "Integrated safety OS partitioning and E2E protection; closed 30 requirements from the ISO 26262 safety "
                "case.",
                "Built a Jenkins pipeline running Polyspace and QAC static analysis on every merge request.",
            ],
        ),
        (
            "Body control modules (door, seat, lighting) on AUTOSAR 4.2 and NXP MPC5748G: software engineer.",
            [
                "Set up EB tresos BSW modules for UDS-over-DoCAN diagnostics and NvM.",
                "Developed MISRA C:2012-compliant application software components for seat memory.",
                "Cut manual test effort by 60% by automating HIL regression in CANoe and Python.",
                "Supported the lighting ECU's ASIL-B assessment.",
            ],
        ),
    ],
)

# --- HVAC building management: US spelling ('fume hood', 'optimizes'), MWh/yr, AHU abbreviation, numbers up front --
_BMS = cv(
    "Building Management Systems Engineer",
    "Darnell Okafor",
    "BMS engineer with 11 years designing, programming and commissioning HVAC controls for hospitals, laboratories and "
    "commercial offices. Works with Siemens Desigo CC, Tridium Niagara 4 and Trend IQ4 controllers over BACnet and "
    "Modbus, and runs energy optimisation on existing buildings.",
    [
        (
            "02/2019 – present | Carrow Controls Ltd, Manchester",
            "Senior BMS engineer leading controls packages for healthcare and laboratory projects in the North West of "
            "England.",
            [
                "Delivered the BMS for a 480-bed hospital extension: 3,200 points on Desigo CC with 14 air handling "
                "units.",
                "Commissioned laboratory fume cupboard and room pressure control, keeping rooms at -15 Pa to corridor.",
                "Cut a 1980s office building's heating and cooling energy by 23% (about 410 MWh a year) through "
                "optimum start, night setback and chiller sequencing.",
                "Integrated 6 chillers and 2 CHP units over BACnet/IP and Modbus RTU.",
                "Leads 3 controls technicians on site.",
            ],
            ["Siemens Desigo CC", "Niagara 4", "BACnet/IP", "Modbus RTU", "Trend IQ4", "Excel"],
        ),
        (
            "08/2013 – 01/2019 | Northfield Building Services, Leeds",
            "BMS engineer, then commissioning lead, on commercial office and university projects using Trend and "
            "Tridium systems.",
            [
                "Programmed Trend IQ4 controllers and Niagara AX supervisors for 22 buildings.",
                "Wrote the graphics standard adopted for all the company's Niagara front-ends.",
                "Commissioned variable air volume systems with 650 VAV boxes at a university research building.",
            ],
            ["Trend IQ4", "Tridium Niagara AX", "BACnet MS/TP", "LonWorks"],
        ),
    ],
    skills=["BMS programming", "HVAC controls", "Commissioning", "Energy optimisation", "BACnet", "Modbus"],
    languages=["Python"],
    tools=["Desigo CC", "Niagara 4", "Trend 963", "Trend SET", "AutoCAD"],
    certifications=["Tridium Niagara 4 Certified Technology Professional", "CIBSE Low Carbon Energy Assessor"],
    industries=["Healthcare", "Laboratories", "Commercial real estate"],
    spoken_languages=["English (native)", "Yoruba (fluent)"],
    academic_background=["HND Building Services Engineering, Leeds Beckett University, 2013"],
)
CVS["bms"] = _case(
    _BMS,
    "Job posting: Lead BMS Engineer for a US data center and healthcare contractor. Program and commission BMS "
    "(Niagara 4, Desigo CC) for critical environments, integrate chillers and generators over BACnet and Modbus, lead "
    "technicians, deliver energy savings on retrofit projects.",
    "BMS engineer with 11 years of HVAC controls design, programming and commissioning for hospitals, labs and "
    "commercial offices. Uses Siemens Desigo CC, Tridium Niagara 4 and Trend IQ4 over BACnet and Modbus, and optimizes "
    "energy in existing buildings.",
    [
        (
            "For healthcare and laboratory projects in North West England: senior BMS engineer leading controls "
            "packages.",
            [
                "Reduced heating and cooling energy at a 1980s office building 23% (around 410 MWh/yr) with optimum "
                "start, night setback and chiller sequencing.",
                "Hospital extension, 480 beds: delivered a 3,200-point Desigo CC BMS with 14 AHUs.",
                "Commissioned lab fume hood and room pressure control, holding rooms at −15 Pa relative to the "
                "corridor.",
                "Tied six chillers and two CHP units into the BMS via BACnet/IP and Modbus RTU.",
                "Leads three controls technicians on site.",
            ],
        ),
        (
            "Commercial office and university projects on Trend and Tridium: BMS engineer, later commissioning lead.",
            [
                "Programmed Trend IQ4 controllers and Niagara AX supervisors across 22 buildings.",
                "Authored the graphics standard used on all company Niagara front ends.",
                "Commissioned 650 VAV boxes in a university research building's variable air volume system.",
            ],
        ),
    ],
)

# --- Railway rolling stock: British spelling kept for a UK operator, MDBF expanded, '18k'/'1.2m km', passive bullets -
_RAIL = cv(
    "Rolling Stock Maintenance Engineer",
    "Grzegorz Nowicki",
    "Rolling stock engineer with 15 years in fleet maintenance for electric multiple units and locomotives. "
    "Specialises in reliability-centred maintenance, maintenance plan optimisation, depot performance and ECM "
    "compliance, using SAP PM and Maximo.",
    [
        (
            "11/2017 – present | TransRegio Fleet Services, Leipzig",
            "Fleet engineering manager for 86 regional EMUs (Stadler FLIRT and Alstom Coradia) maintained at two "
            "depots.",
            [
                "Raised fleet MDBF from 18,000 km to 31,000 km over four years through RCM-based plan changes.",
                "Extended bogie overhaul intervals from 1.2 to 1.6 million km, approved under the ECM system.",
                "Implemented condition-based maintenance for pantographs and doors using onboard diagnostics data.",
                "Leads a team of 12 fleet engineers and technical planners.",
            ],
            ["SAP PM", "Stadler FLIRT", "Alstom Coradia Continental", "Power BI", "ECM (EU 2019/779)"],
        ),
        (
            "09/2009 – 10/2017 | Silesia Rail Maintenance, Wrocław",
            "Maintenance engineer, then depot engineering lead, at a heavy maintenance depot for freight locomotives.",
            [
                "Planned heavy overhauls for a fleet of 140 electric locomotives (EU07 and Traxx).",
                "Cut wheelset reprofiling frequency by 30% with a wheel-rail interface study and lubrication changes.",
                "Introduced Maximo for work orders and spare parts, replacing paper job cards.",
                "Reduced average locomotive downtime per overhaul from 21 to 16 days.",
            ],
            ["IBM Maximo", "Excel", "Bombardier Traxx", "EU07"],
        ),
    ],
    skills=["Reliability-centred maintenance", "Maintenance planning", "Fleet reliability (MDBF)", "ECM compliance"],
    languages=["SQL", "VBA"],
    tools=["SAP PM", "IBM Maximo", "Power BI", "Excel"],
    certifications=["IMechE Chartered Engineer (CEng)", "ECM auditor training (ERA)"],
    industries=["Rail (passenger and freight)"],
    spoken_languages=["Polish (native)", "German (fluent)", "English (fluent)"],
    academic_background=["M.Sc. Eng. Rail Vehicles, Wrocław University of Science and Technology, 2009"],
)
CVS["rail"] = _case(
    _RAIL,
    "Job posting: Head of Fleet Engineering for a UK train operator (EMUs). Drive fleet reliability (MTIN/MDBF), "
    "maintenance regime optimisation with RCM, ECM compliance, and lead a fleet engineering team; SAP PM and "
    "condition-based maintenance experience preferred; chartered engineer status desirable.",
    "Chartered rolling stock engineer (CEng, IMechE) with 15 years of EMU and locomotive fleet maintenance. "
    "Strengths: RCM, maintenance regime optimisation, depot performance and ECM compliance in SAP PM and Maximo.",
    [
        (
            "Fleet engineering manager: 86 regional electric multiple units (Stadler FLIRT, Alstom Coradia) across two "
            "depots.",
            [
                "Lifted fleet mean distance between failures from 18k to 31k km in four years via RCM-led plan changes.",
                "Leads 12 fleet engineers and technical planners.",
                "Condition-based maintenance for pantographs and doors, driven by onboard diagnostics data.",
                "Bogie overhaul interval extended from 1.2m to 1.6m km with ECM approval.",
            ],
        ),
        (
            "Freight locomotive heavy maintenance depot: maintenance engineer, later depot engineering lead.",
            [
                "Overhaul downtime per locomotive cut from 21 to 16 days on average.",
                "Planned heavy overhauls for 140 electric locomotives (EU07, Traxx).",
                "Replaced paper job cards with Maximo work orders and spares management.",
                "Wheel-rail interface study and lubrication changes reduced wheelset reprofiling by 30%.",
            ],
        ),
    ],
)

HONEST = honest_texts(CVS)

_E0, _E1, _E2 = "experiences[0]", "experiences[1]", "experiences[2]"

FABRICATED = build(
    CVS,
    [
        # plc
        ("plc", "overview", "years", "start", "automation engineer with 14 years", "automation engineer with 16 years"),
        (
            "plc",
            "overview",
            "tool",
            "middle",
            "with Rockwell Studio 5000/ControlLogix as a second platform",
            "with Rockwell Studio 5000/ControlLogix and Beckhoff TwinCAT as further platforms",
        ),
        (
            "plc",
            "overview",
            "degree",
            "end",
            "in Germany, Poland and Mexico.",
            "in Germany, Poland and Mexico, and holds an M.Sc. in Mechatronics.",
        ),
        (
            "plc",
            f"{_E0}.description",
            "customer",
            "end",
            "for Brauerei Falkenfels.",
            "for Brauerei Falkenfels and a bottling line for Coca-Cola HBC.",
        ),
        ("plc", f"{_E0}.bullets[0]", "version", "end", "in TIA Portal V17.", "in TIA Portal V18."),
        (
            "plc",
            f"{_E0}.bullets[1]",
            "metric",
            "end",
            "function-block library.",
            "function-block library, saving about EUR 200k a year.",
        ),
        (
            "plc",
            f"{_E0}.bullets[2]",
            "certified",
            "start",
            "Validated palletizer safety",
            "As a TÜV-certified CMSE, validated palletizer safety",
        ),
        (
            "plc",
            f"{_E1}.bullets[1]",
            "recognition",
            "end",
            "to 52 seconds.",
            "to 52 seconds, earning the supplier's Kaizen award.",
        ),
        ("plc", f"{_E1}.bullets[3]", "duration", "middle", "during 18 months", "during 24 months"),
        (
            "plc",
            f"{_E1}.bullets[+]",
            "new bullet",
            "end",
            None,
            "Wrote the plant-wide alarm management standard adopted at all five of the supplier's European plants.",
        ),
        (
            "plc",
            f"{_E1}.bullets[+]",
            "moved bullet",
            "start",
            None,
            "Coached four junior engineers in structured text and Git version control.",
        ),
        # plm
        ("plm", "overview", "certified", "start", "Teamcenter and Windchill", "PMP-certified Teamcenter and Windchill"),
        ("plm", "overview", "years", "middle", "with 11 years of PLM", "with 15 years of PLM"),
        (
            "plm",
            "overview",
            "customer",
            "end",
            "legacy-to-Teamcenter migrations.",
            "legacy-to-Teamcenter migrations, one of them for Airbus.",
        ),
        ("plm", f"{_E0}.description", "version", "middle", "Teamcenter 13 rollout", "Teamcenter 14 rollout"),
        ("plm", f"{_E0}.bullets[0]", "number", "start", "Migrated 1.8m items", "Migrated 2.8m items"),
        (
            "plm",
            f"{_E0}.bullets[1]",
            "metric",
            "end",
            "change workflows.",
            "change workflows, saving an estimated 3,000 engineering hours a year.",
        ),
        (
            "plm",
            f"{_E0}.bullets[3]",
            "tool",
            "end",
            "(Teamcenter Gateway for SAP).",
            "(Teamcenter Gateway for SAP) and MuleSoft.",
        ),
        (
            "plm",
            f"{_E1}.description",
            "date",
            "start",
            "Compressor manufacturer: led PLM",
            "Compressor manufacturer (since 2012): led PLM",
        ),
        ("plm", f"{_E1}.bullets[0]", "team size", "middle", "a five-person team", "an eight-person team"),
        (
            "plm",
            f"{_E1}.bullets[3]",
            "recognition",
            "end",
            "through classification clean-up.",
            "through classification clean-up, recognised with Mecora's innovation prize.",
        ),
        (
            "plm",
            f"{_E1}.bullets[+]",
            "new bullet",
            "end",
            None,
            "Introduced ThingWorx Navigate apps giving 300 shop-floor users read-only access to released drawings.",
        ),
        # yield
        (
            "yield",
            "overview",
            "degree",
            "start",
            "Yield enhancement engineer with",
            "Yield enhancement engineer (PhD, TU Delft) with",
        ),
        ("yield", "overview", "years", "middle", "with nine years across", "with twelve years across"),
        (
            "yield",
            "overview",
            "certification",
            "end",
            "ASQ Six Sigma Black Belt.",
            "ASQ Six Sigma Black Belt and Certified Reliability Engineer (CRE).",
        ),
        (
            "yield",
            f"{_E0}.bullets[0]",
            "recognition",
            "start",
            "Improved BEOL line yield",
            "In work that won the site's Excellence Award, improved BEOL line yield",
        ),
        (
            "yield",
            f"{_E0}.bullets[0]",
            "metric",
            "end",
            "via-open signatures.",
            "via-open signatures, worth $14M in annual revenue.",
        ),
        ("yield", f"{_E0}.bullets[1]", "number", "end", "to eight hours.", "to six hours."),
        ("yield", f"{_E0}.bullets[2]", "date", "start", "Closed 23 excursions in 2023", "Closed 23 excursions in 2022"),
        (
            "yield",
            f"{_E0}.bullets[3]",
            "team size",
            "start",
            "Wrote a Python pipeline",
            "With two data engineers, wrote a Python pipeline",
        ),
        (
            "yield",
            f"{_E1}.bullets[1]",
            "tool",
            "end",
            "Western Electric rules.",
            "Western Electric rules in InfinityQS.",
        ),
        ("yield", f"{_E1}.bullets[2]", "duration", "end", "within 11 weeks.", "within 8 weeks."),
        (
            "yield",
            f"{_E1}.bullets[+]",
            "new bullet",
            "end",
            None,
            "Ran a three-factor DOE that lifted trench depth uniformity to a Cpk of 1.67.",
        ),
        (
            "yield",
            f"{_E1}.bullets[+]",
            "moved bullet",
            "middle",
            None,
            "Led 8D investigations with the etch, CMP and litho teams.",
        ),
        # foodqa
        (
            "foodqa",
            "overview",
            "degree",
            "start",
            "Technical manager with",
            "Food-science graduate (M.Sc.) and technical manager with",
        ),
        ("foodqa", "overview", "years", "middle", "with 12 years in food safety", "with 15 years in food safety"),
        (
            "foodqa",
            "overview",
            "certified",
            "end",
            "allergen management programs.",
            "allergen management programs as a BRCGS-approved auditor.",
        ),
        ("foodqa", f"{_E0}.description", "number", "start", "at a 420-employee", "at a 520-employee"),
        (
            "foodqa",
            f"{_E0}.description",
            "customer",
            "end",
            "operations director.",
            "operations director; main accounts Tesco and Marks & Spencer.",
        ),
        ("foodqa", f"{_E0}.bullets[0]", "version", "middle", "from BRCGS grade B", "from BRCGS Issue 8 grade B"),
        (
            "foodqa",
            f"{_E0}.bullets[2]",
            "metric",
            "end",
            "per million units.",
            "per million units, saving £250k a year in retailer credits.",
        ),
        (
            "foodqa",
            f"{_E1}.description",
            "certification",
            "end",
            "promoted to QA manager.",
            "promoted to QA manager after qualifying as an FSSC 22000 lead auditor.",
        ),
        ("foodqa", f"{_E1}.bullets[1]", "duration", "middle", "in the four years after", "in the six years after"),
        (
            "foodqa",
            f"{_E1}.bullets[2]",
            "recognition",
            "start",
            "Lowered metal detector false rejects",
            "Won the group quality award for lowering metal detector false rejects",
        ),
        (
            "foodqa",
            f"{_E1}.bullets[+]",
            "moved bullet",
            "end",
            None,
            "Introduced a Listeria environmental monitoring programme with 120 swab sites.",
        ),
        # mining
        (
            "mining",
            "overview",
            "customer",
            "middle",
            "at open-pit copper and iron ore mines in Chile",
            "at open-pit copper and iron ore mines for BHP and Codelco in Chile",
        ),
        ("mining", f"{_E0}.description", "number", "middle", "64 haul trucks", "74 haul trucks"),
        (
            "mining",
            f"{_E0}.bullets[0]",
            "version",
            "middle",
            "Cat MineStar Fleet site-wide",
            "Cat MineStar Fleet 5.0 site-wide",
        ),
        ("mining", f"{_E0}.bullets[0]", "duration", "end", "done in six weeks.", "done in four weeks."),
        (
            "mining",
            f"{_E0}.bullets[1]",
            "metric",
            "end",
            "through dynamic assignment.",
            "through dynamic assignment, adding 4% to annual material moved.",
        ),
        ("mining", f"{_E0}.bullets[3]", "team size", "start", "Supervises six dispatch", "Supervises eight dispatch"),
        (
            "mining",
            f"{_E1}.description",
            "date",
            "start",
            "Supported Modular Mining DISPATCH",
            "From 2012, supported Modular Mining DISPATCH",
        ),
        (
            "mining",
            f"{_E1}.description",
            "certification",
            "end",
            "working a FIFO 8/6 roster.",
            "working a FIFO 8/6 roster and holding a WA Quarry Manager's certificate.",
        ),
        (
            "mining",
            f"{_E1}.bullets[3]",
            "tool",
            "end",
            "for daily shift handovers.",
            "for daily shift handovers and Tableau dashboards.",
        ),
        (
            "mining",
            f"{_E1}.bullets[+]",
            "new bullet",
            "end",
            None,
            "Rolled out MineCare health monitoring on the 110-truck fleet, cutting tyre-related stoppages by 15%.",
        ),
        # water
        (
            "water",
            "overview",
            "certified",
            "start",
            "Water and wastewater engineer",
            "Chartered (CEng) water and wastewater engineer",
        ),
        ("water", "overview", "years", "middle", "with eight years of utility", "with ten years of utility"),
        ("water", "overview", "number", "end", "serve 1.2 million people.", "serve 2.1 million people."),
        ("water", f"{_E0}.bullets[0]", "duration", "start", "Moved SCADA", "Over 14 months, moved SCADA"),
        ("water", f"{_E0}.bullets[0]", "version", "middle", "System Platform 2020 R2", "System Platform 2023 R2"),
        (
            "water",
            f"{_E0}.bullets[1]",
            "metric",
            "end",
            "through alarm rationalization.",
            "through alarm rationalization, reducing standing alarms by 70%.",
        ),
        (
            "water",
            f"{_E0}.bullets[2]",
            "recognition",
            "start",
            "Switched 95 remote sites",
            "In an award-winning project, switched 95 remote sites",
        ),
        ("water", f"{_E0}.bullets[2]", "tool", "end", "to DNP3 over 4G.", "to DNP3 over 4G and LoRaWAN."),
        (
            "water",
            f"{_E0}.bullets[3]",
            "certification",
            "end",
            "requirements.",
            "requirements, taking the utility through ISO 27001 certification.",
        ),
        (
            "water",
            f"{_E1}.description",
            "customer",
            "start",
            "For two UK water and sewerage companies",
            "For Wessex Water and another UK water and sewerage company",
        ),
        ("water", f"{_E1}.bullets[0]", "number", "start", "Prioritized £48 million", "Prioritized £84 million"),
        ("water", f"{_E1}.bullets[1]", "date", "end", "ISO 55001 certification.", "ISO 55001 certification in 2018."),
        (
            "water",
            f"{_E1}.bullets[+]",
            "new bullet",
            "end",
            None,
            "Led a team of four analysts building the company's first whole-life cost model in ArcGIS.",
        ),
        (
            "water",
            f"{_E1}.bullets[+]",
            "moved bullet",
            "end",
            None,
            "Replaced legacy 4–20 mA telemetry with DNP3 over 4G at 95 remote sites.",
        ),
        ("water", f"{_E2}.bullets[2]", "number", "end", "12 megaliters per day.", "20 megaliters per day."),
        # port
        (
            "port",
            "overview",
            "years",
            "start",
            "Navis N4 consultant with 13 years",
            "Navis N4 consultant with 15 years",
        ),
        ("port", "overview", "number", "start", "Six N4 go-lives", "Eight N4 go-lives"),
        (
            "port",
            "overview",
            "customer",
            "end",
            "and speaks French.",
            "and speaks French; clients include APM Terminals and DP World.",
        ),
        ("port", f"{_E0}.description", "number", "end", "a 1.5m TEU terminal", "a 1.8m TEU terminal"),
        ("port", f"{_E0}.bullets[0]", "duration", "end", "within 36 h.", "within 24 h."),
        ("port", f"{_E0}.bullets[2]", "version", "middle", "from N4 2.6 to 3.8", "from N4 2.6 to 3.9"),
        (
            "port",
            f"{_E1}.description",
            "degree",
            "start",
            "From yard planner",
            "After an MBA in port management, went from yard planner",
        ),
        (
            "port",
            f"{_E1}.description",
            "certification",
            "end",
            "and gate automation.",
            "and gate automation as a Lean Six Sigma Green Belt.",
        ),
        (
            "port",
            f"{_E1}.bullets[0]",
            "team size",
            "start",
            "Three years of yard and vessel planning",
            "Three years leading a 10-strong yard and vessel planning team",
        ),
        ("port", f"{_E1}.bullets[1]", "metric", "end", "with the TOS.", "with the TOS, which doubled gate capacity."),
        (
            "port",
            f"{_E1}.bullets[2]",
            "recognition",
            "start",
            "Raised gross crane rate",
            "Named employee of the year after raising gross crane rate",
        ),
        (
            "port",
            f"{_E1}.bullets[+]",
            "new bullet",
            "end",
            None,
            "Introduced automated stacking crane dispatch in N4, lifting yard productivity by 12%.",
        ),
        (
            "port",
            f"{_E0}.bullets[+]",
            "moved bullet",
            "end",
            None,
            "Tuned RTG dispatch rules to raise gross crane rate from 27 to 31 moves per hour.",
        ),
        # am
        (
            "am",
            "overview",
            "degree",
            "middle",
            "for aerospace and medical parts:",
            "for aerospace and medical parts, backed by a doctorate in powder metallurgy:",
        ),
        (
            "am",
            "overview",
            "tool",
            "end",
            "on EOS M 290 and SLM 280 systems.",
            "on EOS M 290, SLM 280 and Renishaw AM400 systems.",
        ),
        (
            "am",
            f"{_E0}.description",
            "customer",
            "middle",
            "cabin-system parts; AM",
            "cabin-system parts for Rolls-Royce; AM",
        ),
        (
            "am",
            f"{_E0}.description",
            "team size",
            "end",
            "; AM process engineer.",
            "; AM process engineer leading three technicians.",
        ),
        (
            "am",
            f"{_E0}.bullets[0]",
            "metric",
            "end",
            "at or above 99.9%.",
            "at or above 99.9% and cutting cost per part by 35%.",
        ),
        (
            "am",
            f"{_E0}.bullets[2]",
            "certified",
            "start",
            "Qualified 14 flight parts",
            "As a Nadcap-accredited process owner, qualified 14 flight parts",
        ),
        ("am", f"{_E0}.bullets[3]", "version", "end", "supports in Magics.", "supports in Magics 26."),
        (
            "am",
            f"{_E1}.description",
            "date",
            "end",
            "regulatory affairs.",
            "regulatory affairs for the 2019 product launch.",
        ),
        ("am", f"{_E1}.bullets[0]", "number", "end", "600-micron pores.", "500-micron pores."),
        (
            "am",
            f"{_E1}.bullets[1]",
            "recognition",
            "end",
            "by 22%.",
            "by 22%, a result that earned a company innovation award.",
        ),
        ("am", f"{_E1}.bullets[2]", "duration", "end", "under ISO 13485.", "under ISO 13485 in just 10 weeks."),
        (
            "am",
            f"{_E1}.bullets[+]",
            "new bullet",
            "end",
            None,
            "Presented lattice fatigue results at the RAPID + TCT 2019 conference.",
        ),
        (
            "am",
            f"{_E0}.bullets[+]",
            "moved bullet",
            "end",
            None,
            "Designed lattice structures for acetabular cups in nTopology.",
        ),
        # csv
        (
            "csv",
            "overview",
            "certified",
            "start",
            "Computer system validation (CSV) lead",
            "ASQ Certified Software Quality Engineer and computer system validation (CSV) lead",
        ),
        ("csv", "overview", "years", "middle", "with ten years of GxP", "with twelve years of GxP"),
        (
            "csv",
            "overview",
            "degree",
            "end",
            "and QC labs.",
            "and QC labs, building on an M.Sc. in Bioprocessing.",
        ),
        ("csv", "overview", "number", "end", "four EMA inspections.", "five EMA inspections."),
        ("csv", f"{_E0}.bullets[0]", "date", "middle", "the 2022 FDA", "the 2023 FDA"),
        (
            "csv",
            f"{_E0}.bullets[1]",
            "metric",
            "end",
            "cutting test scripts 45%.",
            "cutting test scripts 45% and validation cost by $1.2M.",
        ),
        (
            "csv",
            f"{_E0}.bullets[2]",
            "tool",
            "middle",
            "Led DeltaV DCS and Syncade MES validation",
            "Led DeltaV DCS, Syncade MES and OSIsoft PI validation",
        ),
        ("csv", f"{_E0}.bullets[3]", "version", "start", "Validated LabWare 8 LIMS", "Validated LabWare 8.1 LIMS"),
        (
            "csv",
            f"{_E1}.bullets[2]",
            "duration",
            "end",
            "on GAMP 5 and ALCOA+.",
            "on GAMP 5 and ALCOA+ over a two-year program.",
        ),
        (
            "csv",
            f"{_E1}.bullets[+]",
            "new bullet",
            "end",
            None,
            "Validated a Veeva Vault QMS rollout across four sites in nine months.",
        ),
        (
            "csv",
            f"{_E0}.bullets[+]",
            "moved bullet",
            "end",
            None,
            "Trained 60 staff in GAMP 5 and ALCOA+ principles.",
        ),
        # autosar
        ("autosar", "overview", "years", "middle", "with nine years on", "with eleven years on"),
        (
            "autosar",
            "overview",
            "tool",
            "middle",
            "Vector DaVinci/MICROSAR and EB tresos",
            "Vector DaVinci/MICROSAR, EB tresos and ETAS ISOLAR",
        ),
        (
            "autosar",
            "overview",
            "degree",
            "end",
            "for body and chassis ECUs.",
            "for body and chassis ECUs, and holds a doctorate in embedded systems.",
        ),
        (
            "autosar",
            f"{_E0}.description",
            "customer",
            "start",
            "Basic software integrator, brake control ECU",
            "Basic software integrator, BMW brake control ECU",
        ),
        ("autosar", f"{_E0}.description", "version", "end", "AUTOSAR Classic R4.4.", "AUTOSAR Classic R20-11."),
        (
            "autosar",
            f"{_E0}.bullets[0]",
            "number",
            "middle",
            "from 190 to 120 milliseconds",
            "from 190 to 110 milliseconds",
        ),
        (
            "autosar",
            f"{_E0}.bullets[2]",
            "certified",
            "start",
            "Integrated safety OS partitioning",
            "As an intacs-certified Automotive SPICE assessor, integrated safety OS partitioning",
        ),
        (
            "autosar",
            f"{_E0}.bullets[3]",
            "tool",
            "end",
            "on every merge request.",
            "on every merge request, plus nightly VectorCAST unit tests.",
        ),
        ("autosar", f"{_E1}.description", "duration", "end", "software engineer.", "software engineer for six years."),
        ("autosar", f"{_E1}.bullets[0]", "date", "start", "Set up EB tresos", "In 2014, set up EB tresos"),
        (
            "autosar",
            f"{_E1}.bullets[1]",
            "team size",
            "start",
            "Developed MISRA",
            "With a team of three, developed MISRA",
        ),
        (
            "autosar",
            f"{_E1}.bullets[+]",
            "new bullet",
            "end",
            None,
            "Ported the door module BSW to AUTOSAR Adaptive on a Linux-based zonal controller.",
        ),
        (
            "autosar",
            f"{_E1}.bullets[+]",
            "moved bullet",
            "end",
            None,
            "Configured the CAN FD, FlexRay and Ethernet communication stacks in DaVinci Configurator Pro.",
        ),
        # bms
        ("bms", "overview", "years", "start", "BMS engineer with 11 years", "BMS engineer with 14 years"),
        (
            "bms",
            "overview",
            "tool",
            "middle",
            "Tridium Niagara 4 and Trend IQ4",
            "Tridium Niagara 4, Johnson Controls Metasys and Trend IQ4",
        ),
        (
            "bms",
            "overview",
            "certification",
            "end",
            "in existing buildings.",
            "in existing buildings; LEED AP O+M credentialed.",
        ),
        (
            "bms",
            f"{_E0}.description",
            "customer",
            "end",
            "leading controls packages.",
            "leading controls packages for Manchester University NHS Foundation Trust.",
        ),
        ("bms", f"{_E0}.bullets[1]", "number", "start", "Hospital extension, 480 beds", "Hospital extension, 520 beds"),
        (
            "bms",
            f"{_E0}.bullets[2]",
            "metric",
            "end",
            "relative to the corridor.",
            "relative to the corridor, with 99.8% uptime.",
        ),
        ("bms", f"{_E0}.bullets[4]", "team size", "start", "Leads three controls", "Leads five controls"),
        (
            "bms",
            f"{_E1}.description",
            "certified",
            "middle",
            "Tridium: BMS engineer, later",
            "Tridium: Trend-certified BMS engineer, later",
        ),
        (
            "bms",
            f"{_E1}.description",
            "date",
            "end",
            "later commissioning lead.",
            "later commissioning lead from 2016.",
        ),
        ("bms", f"{_E1}.bullets[0]", "version", "middle", "Niagara AX supervisors", "Niagara 4.10 supervisors"),
        (
            "bms",
            f"{_E1}.bullets[1]",
            "recognition",
            "end",
            "Niagara front ends.",
            "Niagara front ends, shortlisted for a CIBSE Building Performance Award.",
        ),
        (
            "bms",
            f"{_E1}.bullets[2]",
            "duration",
            "end",
            "variable air volume system.",
            "variable air volume system over eight months.",
        ),
        (
            "bms",
            f"{_E1}.bullets[+]",
            "moved bullet",
            "end",
            None,
            "Integrated six chillers and two CHP units over BACnet/IP and Modbus RTU.",
        ),
        # rail
        ("rail", "overview", "degree", "start", "(CEng, IMechE)", "(CEng, IMechE; PhD)"),
        ("rail", "overview", "years", "middle", "with 15 years of EMU", "with 20 years of EMU"),
        ("rail", "overview", "tool", "end", "in SAP PM and Maximo.", "in SAP PM, Maximo and Ellipse."),
        ("rail", f"{_E0}.description", "customer", "end", "across two depots.", "across two depots for DB Regio."),
        (
            "rail",
            f"{_E0}.bullets[0]",
            "metric",
            "end",
            "via RCM-led plan changes.",
            "via RCM-led plan changes, saving €3m a year.",
        ),
        ("rail", f"{_E0}.bullets[1]", "team size", "start", "Leads 12 fleet", "Leads 15 fleet"),
        ("rail", f"{_E0}.bullets[3]", "number", "middle", "to 1.6m km", "to 1.8m km"),
        (
            "rail",
            f"{_E0}.bullets[3]",
            "certified",
            "end",
            "with ECM approval.",
            "with ECM approval, signed off as a certified ECM auditor.",
        ),
        (
            "rail",
            f"{_E1}.description",
            "date",
            "end",
            "later depot engineering lead.",
            "later depot engineering lead from 2013.",
        ),
        (
            "rail",
            f"{_E1}.bullets[0]",
            "recognition",
            "start",
            "Overhaul downtime per locomotive",
            "Award-winning result: overhaul downtime per locomotive",
        ),
        ("rail", f"{_E1}.bullets[1]", "version", "end", "(EU07, Traxx).", "(EU07, Traxx 3)."),
        (
            "rail",
            f"{_E1}.bullets[+]",
            "new bullet",
            "end",
            None,
            "Set up an ISO 9001-certified quality system for the depot in 2014.",
        ),
        (
            "rail",
            f"{_E1}.bullets[+]",
            "moved bullet",
            "end",
            None,
            "Implemented condition-based maintenance for pantographs and doors using onboard diagnostics data.",
        ),
    ],
)

AMBIGUOUS = build(
    CVS,
    [
        (
            "plc",
            f"{_E0}.bullets[3]",
            "Designed WinCC Unified HMI screens to ISA-101 guidelines",
            "Designed ISA-101-compliant WinCC Unified HMI screens",
            "'compliant' is a stronger claim than the CV's 'following ISA-101 guidelines'",
        ),
        (
            "plm",
            "overview",
            "Teamcenter and Windchill solution architect",
            "Senior Teamcenter and Windchill solution architect",
            "the CV's title is 'PLM Solution Architect' without 'Senior'; seniority is only inferred from 11 years",
        ),
        (
            "yield",
            f"{_E0}.description",
            "Yield owner for",
            "Yield manager for",
            "owning a module's yield is a responsibility, not necessarily a management title",
        ),
        (
            "foodqa",
            f"{_E0}.bullets[0]",
            "to AA (unannounced)",
            "to AA+",
            "BRCGS grades an unannounced AA as AA+, but the CV never writes 'AA+'",
        ),
        (
            "foodqa",
            "overview",
            "Heads HACCP teams",
            "Heads HACCP teams as a Level 4 HACCP-qualified manager",
            "the sidebar holds the Level 4 Award in HACCP; 'qualified manager' rephrases it",
        ),
        (
            "mining",
            "overview",
            "fluent Spanish.",
            "bilingual in English and Spanish.",
            "English native and Spanish fluent per the sidebar; 'bilingual' is a slightly stronger reading",
        ),
        (
            "water",
            f"{_E0}.description",
            "2,300 km of water mains",
            "about 1,430 miles of water mains",
            "a correct unit conversion for a US reader, but a figure the CV does not state",
        ),
        (
            "water",
            "overview",
            "ran ISO 55001 asset management programs",
            "ran ISO 55001 certification programs",
            "the CV says she supported one client's certification; plural 'certification programs' may overstate",
        ),
        (
            "port",
            f"{_E0}.description",
            "a 1.5m TEU terminal",
            "a 1.5m TEU-per-year terminal",
            "terminal TEU capacity is conventionally annual, but the CV does not say per year",
        ),
        (
            "am",
            f"{_E0}.description",
            "Ti-6Al-4V",
            "Ti64",
            "common trade shorthand for Ti-6Al-4V, not the CV's own spelling",
        ),
        (
            "csv",
            f"{_E0}.bullets[0]",
            "no 483 observations on computerized systems",
            "no 483 observations",
            "drops the scope, so it reads as a clean inspection overall, which the CV does not claim",
        ),
        (
            "autosar",
            f"{_E0}.bullets[1]",
            "across three vehicle platforms",
            "across multiple vehicle platforms",
            "vaguer than the CV's 'three'; no new figure, but 'multiple' can be read as more",
        ),
        (
            "bms",
            f"{_E0}.bullets[0]",
            "(around 410 MWh/yr)",
            "(roughly 0.4 GWh a year)",
            "a rounded unit conversion of the CV's 410 MWh a year",
        ),
        (
            "rail",
            f"{_E0}.bullets[0]",
            "from 18k to 31k km",
            "by over 70% (18k to 31k km)",
            "a derived percentage (31,000 / 18,000 is +72%) that the CV does not state",
        ),
    ],
    with_reason=True,
)

# Blind: 138/146 caught, 8/145 touched. Then tuned on (by class): 146/146 caught, 0/145 touched.
GUARD_FLOOR = {"caught": 146, "touched": 0}
