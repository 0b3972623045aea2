"""Blind set zd for the free-text claims guard (issue 20), written blind: without reading the guard, its
rules, its documentation or any other set. Twelve CVs in domains no earlier set used (injection moulding
process engineering, probation service case management, fire and rescue incident reporting systems,
dredging project engineering, subsea power cable installation, brewery production planning, sawmill
optimisation, funeral services software, fleet telematics on Samsara, public library systems on Koha,
motorsport data engineering on MoTeC and card payments fraud detection on Featurespace), each with a job
posting or customer brief and one honest tailoring written in a style of its own (career told in order,
first person, short forms for employers and customers, time told relative to the CV's dates, and one
consultant returning after a career break), single claims injected into the tailoring's texts, and edits
whose honesty is open to argument, each with its reason."""

from claims_blind_set import build, cv, honest_texts, tailor


def case(source, prompt, overview, experiences):
    return {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


CVS = {}

# --- Injection moulding process engineering: career told in order, third person, long sentences. ---
CVS["moulding"] = case(
    cv(
        "Senior Injection Moulding Process Engineer",
        "Rhiannon Pryce",
        "Process engineer with 14 years in injection moulding for automotive and medical device parts. "
        "Runs scientific moulding trials, DOE studies and tool qualifications (IQ/OQ/PQ) on Engel and Arburg "
        "presses from 80 to 650 tonnes. Cut scrap and cycle times at two Tier 1 suppliers and led the transfer "
        "of 38 tools between plants.",
        [
            (
                "Process Engineering Lead, Halden Plastics (Telford), 2019–present",
                "Process lead for a 42-press automotive moulding plant supplying interior trim and under-bonnet "
                "parts to Tier 1 customers.",
                [
                    "Introduced decoupled (scientific) moulding across the plant and trained 9 process technicians in it.",
                    "Reduced scrap on the PA66 glass-filled range from 4.1% to 1.7% within 18 months.",
                    "Ran DOE studies in Minitab to set process windows for 60 new tools.",
                    "Cut average cycle time by 11% on the door trim family by rebalancing cooling circuits.",
                ],
                ["Engel victory", "Arburg Allrounder", "Minitab", "RJG eDART", "Autodesk Moldflow", "SAP PP"],
            ),
            (
                "Senior Process Engineer, Corvane Medical (Galway), 2014–2019",
                "Process engineer in an ISO Class 7 cleanroom moulding site making syringe components and inhaler "
                "parts for pharmaceutical customers.",
                [
                    "Wrote and executed IQ/OQ/PQ protocols for 25 multi-cavity tools under ISO 13485.",
                    "Led the transfer of 38 tools from the Galway site to a new plant in Kraków over 14 months.",
                    "Brought a 32-cavity syringe barrel tool to a Cpk above 1.67 on all critical dimensions.",
                ],
                ["Arburg Allrounder", "RJG eDART", "Minitab", "Sepro robots"],
            ),
            (
                "Process Technician, Brackley Mouldings, 2011–2014",
                "Setter and process technician on a 20-press site moulding consumer goods housings.",
                [
                    "Set up and optimised tools on Engel presses from 80 to 650 tonnes.",
                    "Cut changeover times from 90 to 40 minutes with SMED.",
                ],
                ["Engel presses", "SMED"],
            ),
        ],
        skills=["Scientific moulding", "Design of experiments", "Tool qualification (IQ/OQ/PQ)", "SMED", "8D"],
        tools=["Minitab", "Autodesk Moldflow", "RJG eDART", "SAP PP"],
        certifications=["RJG Master Molder", "Lean Six Sigma Green Belt"],
        industries=["Automotive", "Medical devices"],
        spoken_languages=["English", "Welsh"],
        academic_background=["BEng (Hons) Polymer Engineering, University of Wolverhampton"],
    ),
    "Job posting: Process Engineering Manager, medical device moulding (Limerick). We need an experienced "
    "injection moulding process engineer to lead scientific moulding, validation (IQ/OQ/PQ) under ISO 13485 "
    "and tool transfers for a growing cleanroom site. Experience with multi-cavity tools, Cpk studies, DOE and "
    "coaching technicians is essential; Arburg and Engel presses preferred.",
    "Rhiannon Pryce is an injection moulding process engineer whose fourteen years span automotive and medical "
    "device parts. Having started as a setter and process technician at Brackley Mouldings, she went on to "
    "qualify multi-cavity tools in an ISO Class 7 cleanroom at Corvane Medical, where she also led the transfer "
    "of 38 tools to a new plant in Kraków. Since 2019 she has led process engineering at Halden Plastics, a "
    "42-press automotive plant, bringing scientific moulding to the whole site. Across these roles she has run "
    "DOE trials and tool qualifications (IQ/OQ/PQ) on Engel and Arburg presses from 80 to 650 tonnes, and cut "
    "both scrap and cycle times.",
    [
        (
            "At Halden Plastics she leads process engineering for a 42-press plant in Telford that moulds interior "
            "trim and under-bonnet parts for Tier 1 automotive customers.",
            [
                "Introduced decoupled (scientific) moulding across the 42-press plant and trained nine process "
                "technicians to run it.",
                "Within 18 months, brought scrap on the glass-filled PA66 range down from 4.1% to 1.7%.",
                "Set process windows for 60 new tools through DOE studies run in Minitab.",
                "Rebalanced the cooling circuits on the door trim family, cutting its average cycle time by 11%.",
            ],
        ),
        (
            "At Corvane Medical in Galway she worked as a process engineer in an ISO Class 7 cleanroom, moulding "
            "syringe components and inhaler parts for pharmaceutical customers.",
            [
                "Wrote and ran IQ/OQ/PQ protocols under ISO 13485 for 25 multi-cavity tools.",
                "Led a 14-month transfer of 38 tools from Galway to a new plant in Kraków.",
                "Took a 32-cavity syringe barrel tool to a Cpk above 1.67 on every critical dimension.",
            ],
        ),
        (
            "Her first role, at Brackley Mouldings, was as setter and process technician on a 20-press site making "
            "housings for consumer goods.",
            [
                "Set up and optimised tools on Engel presses ranging from 80 to 650 tonnes.",
                "Applied SMED to bring changeovers down from 90 minutes to 40.",
            ],
        ),
    ],
)

# --- Probation service case management: first person, plain. ---
CVS["probation"] = case(
    cv(
        "Lead Business Analyst – Justice Case Management",
        "Oluwaseun Adebayo",
        "Business analyst with nine years in criminal justice IT, most of it on probation case management. "
        "Worked on the replacement of a regional probation service's case management system, writing "
        "requirements for risk assessment, sentence planning and enforcement workflows. Comfortable working "
        "with probation practitioners, data protection officers and suppliers.",
        [
            (
                "Lead Business Analyst, Northgate Justice Partners — Regional Probation Service, 2021–2025",
                "Lead BA on the replacement of the regional probation service's case management system, used by "
                "2,300 practitioners across 31 offices.",
                [
                    "Ran 40 discovery workshops with probation officers, managers and administrators.",
                    "Wrote 320 user stories for risk assessment, sentence planning and breach/enforcement "
                    "workflows in Jira.",
                    "Mapped the data migration of 185,000 case records from the legacy system.",
                    "Completed a DPIA with the service's data protection officer before go-live.",
                ],
                ["Jira", "Confluence", "Microsoft Dynamics 365", "Azure DevOps", "Visio"],
            ),
            (
                "Business Analyst, Calder Consulting — Youth Justice Board, 2016–2021",
                "Business analyst on case management and reporting tools for youth offending teams.",
                [
                    "Designed the national return that 150 youth offending teams submit each quarter.",
                    "Specified a caseload dashboard in Power BI used by team managers.",
                    "Wrote acceptance tests and led user acceptance testing with 12 pilot teams.",
                ],
                ["Power BI", "SQL Server", "Jira", "Visio"],
            ),
        ],
        skills=[
            "Requirements analysis",
            "Process mapping (BPMN)",
            "User research",
            "Data protection impact assessment (DPIA)",
        ],
        tools=["Jira", "Confluence", "Visio", "Power BI"],
        certifications=["BCS International Diploma in Business Analysis"],
        industries=["Criminal justice", "Public sector"],
        spoken_languages=["English", "Yoruba"],
        academic_background=["BA Criminology, University of Leicester"],
    ),
    "Customer brief: a probation service is replacing its case management system on Microsoft Dynamics 365 and "
    "needs a lead business analyst who knows probation practice: risk assessment, sentence planning, breach and "
    "enforcement. The analyst will run user research with practitioners, own the backlog in Jira, plan the "
    "data migration and take the DPIA through with the data protection officer.",
    "I am a business analyst who has spent the last nine years in criminal justice IT, most of them on probation "
    "case management. On the replacement of a regional probation service's case management system I wrote the "
    "requirements for risk assessment, sentence planning and enforcement, working closely with practitioners, "
    "the service's data protection officer and suppliers. Before that I spent five years analysing case "
    "management and reporting tools for youth offending teams.",
    [
        (
            "As lead BA I worked on replacing the regional probation service's case management system, which 2,300 "
            "practitioners use across 31 offices.",
            [
                "I ran 40 discovery workshops with probation officers, managers and admin staff.",
                "I wrote 320 Jira user stories covering risk assessment, sentence planning and breach and enforcement.",
                "I mapped the migration of 185,000 case records out of the legacy system.",
                "Before go-live I completed the DPIA with the service's data protection officer.",
            ],
        ),
        (
            "At Calder Consulting I analysed case management and reporting tools for youth offending teams, working "
            "for the Youth Justice Board.",
            [
                "I designed the quarterly national return submitted by 150 youth offending teams.",
                "I specified a Power BI caseload dashboard for team managers.",
                "I wrote the acceptance tests and led UAT with a dozen pilot teams.",
            ],
        ),
    ],
)

# --- Fire and rescue incident reporting systems: terse, abbreviations used both ways. ---
CVS["fire"] = case(
    cv(
        "Solutions Architect — Emergency Services Systems",
        "Callum Ferguson",
        "Solutions architect with 12 years building systems for fire and rescue services: incident recording, "
        "mobilising data feeds and station-level reporting. Led the move of a fire service's Incident Recording "
        "System (IRS) returns to an automated feed. Works in C#, .NET and SQL Server, with recent work on Azure.",
        [
            (
                "Solutions Architect, Blue Light Digital — Mid-Shires Fire and Rescue Service, 2020–2025",
                "Architect for the service's incident reporting platform, which records around 9,000 incidents a "
                "year from 24 stations.",
                [
                    "Designed an automated feed from the mobilising system to the Home Office Incident Recording "
                    "System (IRS), replacing manual re-keying by control room staff.",
                    "Moved the reporting platform from on-premises SQL Server 2012 to Azure SQL Database.",
                    "Built station-level dashboards in Power BI for response times and home fire safety visits.",
                    "Cut the time to close an incident report from 5 days to 2.",
                ],
                ["C#", ".NET 6", "Azure SQL Database", "Azure Functions", "Power BI", "SQL Server 2012"],
            ),
            (
                "Senior Developer, Firecrest Systems, 2013–2020",
                "Developer and later technical lead on a commercial incident reporting product sold to UK fire and "
                "rescue services.",
                [
                    "Wrote the product's IRS export module, used by 11 fire services.",
                    "Added offline data capture for crews filling in reports on tablets at incidents.",
                    "Led a team of 5 developers from 2017.",
                ],
                ["C#", ".NET Framework 4.5", "SQL Server", "Xamarin", "WCF"],
            ),
        ],
        skills=["Solution architecture", "Data integration", "Reporting"],
        languages=["C#", "SQL", "TypeScript"],
        tools=["Visual Studio", "Azure DevOps", "Power BI"],
        certifications=["Microsoft Certified: Azure Solutions Architect Expert"],
        industries=["Fire and rescue", "Public safety"],
        spoken_languages=["English"],
        academic_background=["BSc Computer Science, University of Stirling"],
    ),
    "Job posting: Solutions Architect, fire and rescue data platform. A fire and rescue service is looking for "
    "an architect to modernise incident recording on Azure: automated IRS returns, integration with the "
    "mobilising system, Power BI reporting for station managers. C#/.NET and SQL Server essential.",
    "Solutions architect with twelve years in fire and rescue service systems, covering incident recording, data "
    "feeds from mobilising and reporting at station level. He led the switch of one service's IRS returns to an "
    "automated feed, and works in C#, .NET and SQL Server, lately on Azure.",
    [
        (
            "Architect of Mid-Shires Fire and Rescue Service's incident reporting platform: roughly 9,000 incidents "
            "a year from 24 stations.",
            [
                "Designed an automated feed from mobilising into the Home Office IRS, so control room staff no "
                "longer re-key incidents.",
                "Migrated reporting from on-premises SQL Server 2012 to Azure SQL Database.",
                "Built Power BI dashboards per station for response times and home fire safety visits.",
                "Reduced the time to close an incident report from five days to two.",
            ],
        ),
        (
            "At Firecrest Systems, developer and then technical lead on a commercial incident reporting product for "
            "UK fire and rescue services.",
            [
                "Wrote the Incident Recording System export module that eleven fire services used.",
                "Added offline capture so crews could complete reports on tablets at incidents.",
                "From 2017, led a team of five developers.",
            ],
        ),
    ],
)

# --- Dredging project engineering: posting vocabulary, standard abbreviations, "the contractor". ---
CVS["dredging"] = case(
    cv(
        "Dredging Project Engineer",
        "Marit Hoekstra",
        "Civil engineer with 10 years on dredging and land reclamation projects in Europe and the Middle East. "
        "Plans production for trailing suction hopper dredgers and cutter suction dredgers, prepares method "
        "statements and runs hydrographic survey reviews. Worked on port deepening, beach nourishment and a "
        "140-hectare reclamation.",
        [
            (
                "Project Engineer, Noordzee Baggerwerken — Port of Sahel channel deepening (Oman), 2021–2024",
                "Project engineer on the deepening of a 14 km approach channel from 14 m to 17.5 m, removing "
                "22 million m³ of sand and rock.",
                [
                    "Planned weekly production for two trailing suction hopper dredgers and one cutter suction dredger.",
                    "Wrote method statements for rock pre-treatment by cutter and for disposal at an offshore site.",
                    "Reviewed multibeam surveys each week with the client's hydrographer in Qinsy and compared them "
                    "with design levels.",
                    "Kept the claims register and supported two variation claims worth €6.2m.",
                ],
                ["Qinsy", "AutoCAD Civil 3D", "Primavera P6", "Excel VBA"],
            ),
            (
                "Site Engineer, Noordzee Baggerwerken — Dutch coastal projects, 2015–2021",
                "Site engineer on beach nourishment along the Dutch coast and a 140-hectare land reclamation in "
                "Rotterdam.",
                [
                    "Supervised the placement of 3.5 million m³ of sand for beach nourishment at four locations.",
                    "Monitored settlement and pore pressures on the reclamation with the geotechnical consultant.",
                    "Produced daily production reports from dredger logs.",
                ],
                ["AutoCAD Civil 3D", "Excel", "Hypack"],
            ),
        ],
        skills=[
            "Dredging production planning",
            "Method statements",
            "Hydrographic survey review",
            "Contract claims (FIDIC)",
        ],
        tools=["Qinsy", "Hypack", "Primavera P6", "AutoCAD Civil 3D"],
        certifications=["OPITO BOSIET", "VCA Basic Safety"],
        industries=["Marine construction", "Ports"],
        spoken_languages=["Dutch", "English", "German"],
        academic_background=[
            "MSc Hydraulic Engineering, TU Delft",
            "BSc Civil Engineering, Hanze University Groningen",
        ],
    ),
    "Job posting: Project Engineer, capital dredging. A marine contractor needs a project engineer for a port "
    "deepening and reclamation project: production planning for TSHD and CSD spreads, method statements, survey "
    "review against design, and support with variation claims under FIDIC.",
    "Civil engineer with a decade on dredging and land reclamation work in Europe and the Middle East, covering "
    "port deepening, beach nourishment and a 140-hectare reclamation. She plans production for trailing suction "
    "hopper dredgers (TSHDs) and cutter suction dredgers (CSDs), prepares method statements and reviews "
    "hydrographic surveys.",
    [
        (
            "Project engineer on deepening the port's 14 km approach channel from 14 m to 17.5 m, removing "
            "22 million m³ of sand and rock.",
            [
                "Planned the weekly production of a three-vessel spread: two TSHDs and one CSD.",
                "Prepared method statements for cutter pre-treatment of rock and for offshore disposal.",
                "Checked weekly multibeam surveys against design levels in Qinsy, together with the client's "
                "hydrographer.",
                "Maintained the claims register and supported two variation claims totalling €6.2 million.",
            ],
        ),
        (
            "Site engineer for the contractor on Dutch coastal work: beach nourishment along the coast and a 140 ha "
            "land reclamation in Rotterdam.",
            [
                "Supervised placement of 3.5m m³ of nourishment sand at four locations.",
                "Tracked settlement and pore pressure on the reclamation alongside the geotechnical consultant.",
                "Compiled daily production reports from the dredgers' logs.",
            ],
        ),
    ],
)

# --- Subsea power cable installation: narrative, career in order, time relative to the CV's dates. ---
CVS["subsea"] = case(
    cv(
        "Lead Subsea Cable Installation Engineer",
        "Eirik Solberg",
        "Installation engineer with 11 years offshore, the last seven on subsea power cables for offshore wind "
        "farms and interconnectors. Writes installation procedures, runs cable lay and burial analysis, and works "
        "offshore as client representative or contractor's engineer. Worked on three wind farm export cable "
        "campaigns and one HVDC interconnector.",
        [
            (
                "Lead Installation Engineer, Nordkabel Marine — HVDC interconnector, 2022–2025",
                "Lead installation engineer for the contractor on a 720 km, 525 kV HVDC interconnector between "
                "Norway and the UK, with cables laid in bundled pairs.",
                [
                    "Wrote the lay and burial procedures and the contingency plans for cable repair.",
                    "Ran lay analyses in OrcaFlex for water depths up to 550 m.",
                    "Led the offshore team on the cable lay vessel for 4 campaigns of 6 weeks each.",
                    "Brought burial shortfall below 2% of route length with the trencher operator.",
                ],
                ["OrcaFlex", "AutoCAD", "ArcGIS", "Primavera P6"],
            ),
            (
                "Installation Engineer, Seaway Offshore Services — offshore wind export cables, 2018–2022",
                "Installation engineer on export cable campaigns for three offshore wind farms in the North Sea "
                "(220 kV HVAC).",
                [
                    "Prepared cable pull-in procedures for offshore substations and landfall horizontal directional "
                    "drills (HDD).",
                    "Supervised cable pull-in at landfall as the contractor's engineer.",
                    "Wrote the cable handling procedure for turntable loading at the factory quay.",
                ],
                ["OrcaFlex", "AutoCAD", "Excel"],
            ),
            (
                "Field Engineer, Havfront Subsea, 2014–2018",
                "Field engineer on pipeline and umbilical installation in the Norwegian sector.",
                [
                    "Supported ROV survey and as-laid reporting on umbilical installation campaigns.",
                    "Prepared sea-fastening calculations for spool transport.",
                ],
                ["AutoCAD", "Excel"],
            ),
        ],
        skills=["Cable lay analysis", "Installation procedures", "Offshore supervision", "Burial assessment"],
        tools=["OrcaFlex", "AutoCAD", "ArcGIS"],
        certifications=["GWO Basic Safety Training", "OPITO BOSIET"],
        industries=["Offshore wind", "Power transmission", "Oil and gas"],
        spoken_languages=["Norwegian", "English"],
        academic_background=["MSc Marine Technology, NTNU"],
    ),
    "Job posting: Lead Cable Installation Engineer, offshore wind. Our client is installing export and array "
    "cables for a North Sea wind farm and needs a lead engineer to own installation procedures, lay and burial "
    "analysis (OrcaFlex) and offshore supervision of pull-ins and trenching. HVDC experience is a plus; GWO "
    "training required.",
    "Eirik Solberg is an installation engineer who has worked offshore for eleven years. He began in 2014 as a "
    "field engineer at Havfront Subsea on pipeline and umbilical installation in the Norwegian sector, moved to "
    "Seaway Offshore Services in 2018 to work on export cables for three North Sea wind farms, and has since 2022 "
    "been lead installation engineer for Nordkabel Marine on a 525 kV HVDC interconnector between Norway and the "
    "UK. For the last seven years his work has been on subsea power cables, where he writes installation "
    "procedures, runs cable lay and burial analyses, and serves offshore as the client's representative or the "
    "contractor's engineer.",
    [
        (
            "On this 720 km, 525 kV HVDC interconnector between Norway and the UK, laid in bundled pairs, he is the "
            "contractor's lead installation engineer.",
            [
                "Wrote the lay and burial procedures together with the contingency plans for repairing the cable.",
                "Carried out lay analysis in OrcaFlex for depths down to 550 m.",
                "Led the offshore team aboard the cable lay vessel over four six-week campaigns.",
                "Worked with the trencher operator to bring burial shortfall under 2% of the route length.",
            ],
        ),
        (
            "At Seaway Offshore Services he was installation engineer on the 220 kV HVAC export cable campaigns of "
            "three offshore wind farms in the North Sea.",
            [
                "Wrote pull-in procedures for the offshore substations and for the landfall HDDs.",
                "Was the contractor's engineer supervising cable pull-in at landfall.",
                "Wrote the procedure for loading cable onto the turntable at the factory quay.",
            ],
        ),
        (
            "His first offshore role, at Havfront Subsea, was as field engineer on pipeline and umbilical "
            "installation in the Norwegian sector.",
            [
                "Supported ROV surveys and as-laid reporting during umbilical installation.",
                "Did the sea-fastening calculations for transporting spools.",
            ],
        ),
    ],
)

# --- Brewery production planning: brisk, present tense for the current role, S&OP spelt out once. ---
CVS["brewery"] = case(
    cv(
        "Production Planning Manager (Brewing)",
        "Siobhán Walsh",
        "Supply planner with 8 years in brewing, planning brewhouse, fermentation and packaging for a 1.2 million "
        "hectolitre brewery. Runs S&OP, sets weekly packaging schedules and keeps tank occupancy and beer stocks "
        "in balance. Led the planning side of an SAP S/4HANA rollout.",
        [
            (
                "Production Planning Manager, Harbourside Brewing Co., 2020–2025",
                "Planning lead at a 1.2 million hl brewery producing lagers, ales and alcohol-free beers across 4 "
                "packaging lines (can, bottle, keg, PET).",
                [
                    "Ran the monthly S&OP cycle with sales, brewing and logistics.",
                    "Set the weekly schedules for the 4 packaging lines and cut changeovers by 15%.",
                    "Planned tank occupancy across 48 fermentation and maturation vessels.",
                    "Led the planning workstream of the SAP S/4HANA rollout, including PP/DS.",
                    "Reduced finished goods stock from 21 to 14 days of cover.",
                ],
                ["SAP S/4HANA", "SAP PP/DS", "Excel", "Power BI"],
            ),
            (
                "Supply Planner, Dunmore Brewery, 2017–2020",
                "Supply planner at a regional brewery supplying pubs and supermarkets.",
                [
                    "Built the weekly brewing plan from the demand forecast and yeast availability.",
                    "Planned packaging materials with 12 suppliers.",
                    "Introduced a rolling 13-week capacity plan in Excel.",
                ],
                ["SAP ECC", "Excel"],
            ),
        ],
        skills=["Sales and operations planning (S&OP)", "Capacity planning", "Inventory management", "Scheduling"],
        tools=["SAP S/4HANA", "SAP PP/DS", "Excel", "Power BI"],
        certifications=["APICS CPIM"],
        industries=["Brewing", "FMCG"],
        spoken_languages=["English", "Irish"],
        academic_background=["BSc Brewing and Distilling, Heriot-Watt University"],
    ),
    "Job posting: Production Planning Manager, craft and mainstream brewery. Own S&OP, brewhouse and packaging "
    "schedules, tank planning and finished goods stock for a multi-line brewery. SAP S/4HANA (PP/DS) experience "
    "and a track record of cutting changeovers and stock cover wanted.",
    "Supply planner with eight years in brewing who plans brewhouse, fermentation and packaging for a 1.2m hl "
    "brewery. Owns sales and operations planning (S&OP), builds the weekly packaging schedule and balances tank "
    "occupancy against beer stocks. Led planning in an SAP S/4HANA rollout.",
    [
        (
            "Heads planning at a 1.2 million hectolitre brewery making lager, ale and alcohol-free beer on four "
            "packaging lines: can, bottle, keg and PET.",
            [
                "Runs monthly S&OP across sales, brewing and logistics.",
                "Schedules the four packaging lines each week; changeovers down 15%.",
                "Plans occupancy of 48 fermentation and maturation tanks.",
                "Led the planning workstream in the S/4HANA rollout, PP/DS included.",
                "Cut finished-goods cover from 21 days to 14.",
            ],
        ),
        (
            "At Dunmore, a regional brewery, planned supply for pubs and supermarkets.",
            [
                "Built the weekly brewing plan from forecast demand and yeast availability.",
                "Planned packaging materials with a dozen suppliers.",
                "Brought in a rolling 13-week capacity plan, kept in Excel.",
            ],
        ),
    ],
)

# --- Sawmill optimisation: first person, career in order, time relative to the CV's dates. ---
CVS["sawmill"] = case(
    cv(
        "Sawmill Optimisation Engineer",
        "Jukka Lehtonen",
        "Wood technology engineer with 13 years in sawmill optimisation: log scanning, sawing pattern optimisation "
        "and grading. Tunes optimisers on primary and secondary breakdown lines, analyses yield and value "
        "recovery, and commissions scanners. Has worked at three softwood mills in Finland and Sweden.",
        [
            (
                "Optimisation Engineer, Pohjanmaa Timber (Kokkola mill), 2019–2025",
                "Optimisation engineer at a softwood mill sawing 650,000 m³ of pine and spruce logs a year.",
                [
                    "Tuned the log optimiser on the primary breakdown line using 3D X-ray scanning data.",
                    "Raised value recovery by 3.8% over two years through sawing pattern changes.",
                    "Commissioned a new board grading scanner on the trimmer line in 2022.",
                    "Built yield reports in Python and SQL Server for the mill manager.",
                ],
                ["Microtec CT Log", "Microtec Goldeneye", "Python", "SQL Server", "Power BI"],
            ),
            (
                "Process Engineer, Norrskog Sågverk, 2015–2019",
                "Process engineer at a Swedish sawmill with a 380,000 m³ annual intake.",
                [
                    "Ran test sawings to set edging and trimming optimiser parameters.",
                    "Reduced kiln drying defects by revising schedules with the kiln supplier.",
                    "Trained 14 operators on the new edger optimiser.",
                ],
                ["USNR edger optimiser", "Excel", "Valutec kiln control"],
            ),
            (
                "Production Engineer, Savonlinna Sahat, 2012–2015",
                "Junior production engineer at a small spruce mill.",
                [
                    "Logged line stoppages and produced weekly downtime analyses.",
                    "Helped install a log sorting scanner.",
                ],
                ["Excel", "Microsoft Access"],
            ),
        ],
        skills=["Sawing optimisation", "Log and board scanning", "Yield and value recovery analysis", "Kiln drying"],
        languages=["Python", "SQL"],
        tools=["Microtec CT Log", "Microtec Goldeneye", "Power BI"],
        certifications=["Finnish occupational safety card"],
        industries=["Sawmilling", "Forest products"],
        spoken_languages=["Finnish", "Swedish", "English"],
        academic_background=["MSc (Tech) Wood Technology, Aalto University"],
    ),
    "Job posting: Optimisation Engineer, softwood sawmill. Tune log and board optimisers, own yield and value "
    "recovery reporting, and commission new scanning equipment (CT log scanning, board grading). Python or SQL "
    "for analysis; Swedish or Finnish an advantage.",
    "I am a wood technology engineer and have spent thirteen years optimising sawmills, working on log scanning, "
    "sawing patterns and grading at three softwood mills in Finland and Sweden. After starting as a junior "
    "production engineer at Savonlinna Sahat, I moved to Norrskog Sågverk in Sweden as a process engineer, and "
    "since 2019 I have been the optimisation engineer at Pohjanmaa Timber's Kokkola mill. My work is tuning "
    "optimisers on primary and secondary breakdown, analysing yield and value recovery, and commissioning "
    "scanners.",
    [
        (
            "I optimise a softwood mill that saws 650,000 cubic metres of pine and spruce logs each year.",
            [
                "I tune the primary breakdown log optimiser with data from 3D X-ray scanning.",
                "Over two years I changed sawing patterns to lift value recovery by 3.8%.",
                "In 2022 I commissioned a new board grading scanner on the trimmer line.",
                "I build yield reports for the mill manager in Python and SQL Server.",
            ],
        ),
        (
            "In Sweden I worked as process engineer at Norrskog Sågverk, a mill taking in 380,000 m³ of logs a year.",
            [
                "I ran test sawings to set the parameters of the edging and trimming optimisers.",
                "Working with the kiln supplier, I revised drying schedules and cut kiln defects.",
                "I trained 14 operators when the new edger optimiser came in.",
            ],
        ),
        (
            "My first job was as a junior production engineer at Savonlinna Sahat, a small spruce mill.",
            [
                "I recorded line stoppages and wrote weekly downtime analyses.",
                "I helped install a scanner for log sorting.",
            ],
        ),
    ],
)

# --- Funeral services software: product vocabulary, short forms ("the product"). ---
CVS["funeral"] = case(
    cv(
        "Senior Full-Stack Engineer — Funeral Services Software",
        "Priya Raman",
        "Full-stack developer with 7 years building software for funeral directors: arrangement and case "
        "management, crematorium booking, and online memorial pages. Works in TypeScript, React and Node.js on "
        "AWS, with PostgreSQL. Has delivered integrations with crematoria booking systems and accounting packages.",
        [
            (
                "Senior Software Engineer, Restwell Software, 2021–2025",
                "Senior engineer on a SaaS arrangement and case management product used by 600 independent funeral "
                "homes in the UK and Ireland.",
                [
                    "Rebuilt the arrangement conference flow in React, cutting the time to record an arrangement "
                    "from 50 to 30 minutes.",
                    "Built a booking integration with crematoria through their scheduling APIs.",
                    "Added Xero and Sage exports for invoices and disbursements.",
                    "Mentored 3 junior developers.",
                ],
                ["TypeScript", "React", "Node.js", "PostgreSQL 14", "AWS Lambda", "Terraform"],
            ),
            (
                "Software Developer, Evermore Digital, 2018–2021",
                "Developer on online memorial and tribute pages for funeral directors' websites.",
                [
                    "Built tribute pages with donation collection through Stripe.",
                    "Added live streaming links for services, used widely during 2020.",
                    "Moved hosting from a single VPS to AWS Elastic Beanstalk.",
                ],
                ["JavaScript", "Node.js", "Express", "MySQL", "Stripe", "AWS Elastic Beanstalk"],
            ),
        ],
        skills=["Full-stack development", "API integration", "Product discovery"],
        languages=["TypeScript", "JavaScript", "SQL"],
        tools=["React", "Node.js", "PostgreSQL", "AWS", "Terraform", "Stripe"],
        certifications=["AWS Certified Developer – Associate"],
        industries=["Funeral services", "SaaS"],
        spoken_languages=["English", "Tamil"],
        academic_background=["BSc Software Engineering, Coventry University"],
    ),
    "Job posting: Senior Full-Stack Engineer (TypeScript) for a funeral management SaaS. You will build "
    "arrangement, case and booking features used by funeral directors every day, integrate with crematoria and "
    "accounting systems, and mentor juniors. Stack: React, Node.js, PostgreSQL, AWS.",
    "Full-stack engineer who has spent seven years on software for funeral directors, from arrangement and case "
    "management to crematorium bookings and online memorial pages. Builds with TypeScript, React and Node.js on "
    "AWS and PostgreSQL, and has delivered integrations with crematoria booking systems and accounting packages "
    "such as Xero and Sage.",
    [
        (
            "Senior engineer on Restwell's SaaS product for arrangements and case management, in use at 600 "
            "independent funeral homes across the UK and Ireland.",
            [
                "Redesigned the arrangement conference flow in React: recording an arrangement now takes 30 minutes "
                "instead of 50.",
                "Integrated crematoria booking via their scheduling APIs.",
                "Built invoice and disbursement exports to Xero and Sage.",
                "Mentored three junior developers.",
            ],
        ),
        (
            "At Evermore Digital, built online memorial and tribute pages for funeral directors' sites.",
            [
                "Built tribute pages that collect donations via Stripe.",
                "Added links to live-streamed services, widely used in 2020.",
                "Migrated hosting from one VPS to AWS Elastic Beanstalk.",
            ],
        ),
    ],
)

# --- Fleet telematics (Samsara): posting vocabulary, "the haulier". ---
CVS["telematics"] = case(
    cv(
        "Telematics Solutions Consultant",
        "Dmitri Volkov",
        "Telematics consultant with 6 years rolling out fleet tracking and driver safety systems, mostly on "
        "Samsara. Configures vehicle gateways, dash cams and tachograph reporting, and integrates telematics data "
        "with transport management and payroll systems through the Samsara API. Has deployed to fleets of up to "
        "1,400 vehicles.",
        [
            (
                "Telematics Consultant, Routewise Solutions — Harlow Haulage, 2022–2025",
                "Lead consultant on the Samsara rollout for a UK haulier with 1,400 HGVs and vans across 19 depots.",
                [
                    "Planned the installation of vehicle gateways and AI dash cams on all 1,400 vehicles over 9 months.",
                    "Built a Python service that feeds Samsara trip data into the haulier's transport management "
                    "system.",
                    "Set up tachograph remote download and infringement reports for the compliance team.",
                    "Reduced harsh braking events by 35% in the first 6 months with coaching workflows.",
                ],
                ["Samsara", "Samsara API", "Python", "AWS Lambda", "Mandata TMS"],
            ),
            (
                "Implementation Specialist, Routewise Solutions, 2019–2022",
                "Implementation specialist for mid-size fleets (50–400 vehicles) in construction and waste collection.",
                [
                    "Ran 22 telematics implementations from kickoff to handover.",
                    "Wrote training material for fleet managers and drivers.",
                    "Built payroll exports of driver hours to Sage Payroll.",
                ],
                ["Samsara", "Webfleet", "Excel", "Sage Payroll"],
            ),
        ],
        skills=["Telematics rollout", "API integration", "Driver safety programmes", "Tachograph compliance"],
        languages=["Python", "SQL"],
        tools=["Samsara", "Webfleet", "AWS Lambda", "Postman"],
        certifications=["Samsara Certified Administrator"],
        industries=["Road haulage", "Construction", "Waste management"],
        spoken_languages=["English", "Russian"],
        academic_background=["BSc Logistics, Aston University"],
    ),
    "Job posting: Telematics Implementation Lead (Samsara). A logistics group is moving its mixed HGV and van "
    "fleet to Samsara and needs someone to plan the install, integrate trip and driver data with the TMS and "
    "payroll via the API, and set up driver safety coaching and tachograph compliance reporting.",
    "Telematics consultant who has spent six years rolling out fleet tracking and driver safety systems, largely "
    "on Samsara. Sets up vehicle gateways, dash cams and tachograph reporting, and connects telematics data to "
    "transport management and payroll systems via the Samsara API, on fleets of up to 1,400 vehicles.",
    [
        (
            "Led the haulier's Samsara rollout across 1,400 HGVs and vans at 19 depots in the UK.",
            [
                "Planned a nine-month installation of gateways and AI dash cams across the whole fleet of 1,400 "
                "vehicles.",
                "Wrote a Python service feeding Samsara trip data into the haulier's TMS.",
                "Configured remote tachograph downloads and infringement reporting for compliance.",
                "Cut harsh braking events by 35% within six months using coaching workflows.",
            ],
        ),
        (
            "Implemented telematics for mid-sized construction and waste collection fleets of 50 to 400 vehicles.",
            [
                "Took 22 implementations from kickoff through to handover.",
                "Produced training material for drivers and fleet managers.",
                "Exported driver hours to Sage Payroll for payroll runs.",
            ],
        ),
    ],
)

# --- Public library systems (Koha): a consultant returning after a career break, told openly. ---
CVS["library"] = case(
    cv(
        "Library Systems Consultant (Koha)",
        "Helen Marsh",
        "Library systems consultant with 9 years in library systems, six of them implementing and supporting the "
        "Koha ILS for public library services. Returning in 2025 after a four-year career break to care for "
        "family. Migrated catalogues from a legacy LMS, configured circulation rules and SIP2 self-service, and "
        "built reports in SQL.",
        [
            (
                "Career break, 2021–2025",
                "Career break to care for a family member. Kept up with Koha through the community mailing list and "
                "completed a refresher course on Koha 24.05 in 2025.",
                [
                    "Completed a Koha 24.05 administration refresher course in 2025.",
                    "Volunteered weekly at the local library's digital help sessions.",
                ],
                ["Koha 24.05"],
            ),
            (
                "Library Systems Consultant, Catalyst Library Services — public library consortium, 2015–2021",
                "Consultant on Koha for a consortium of 7 public library services in the North West of England, "
                "with 85 branches.",
                [
                    "Migrated 2.1 million bibliographic and item records from a legacy LMS to Koha.",
                    "Configured circulation rules, fines and reservations for all 7 services.",
                    "Set up SIP2 self-service kiosks at 40 branches.",
                    "Wrote SQL reports on loans, reservations and stock for service managers.",
                    "Ran Koha upgrades from 3.22 to 20.05.",
                ],
                ["Koha", "MariaDB", "Debian", "SQL", "SIP2", "Perl"],
            ),
            (
                "Systems Librarian, Wyreside Libraries, 2012–2015",
                "Systems librarian for a county library service.",
                [
                    "Administered the Spydus library management system.",
                    "Trained 60 staff on circulation and cataloguing.",
                    "Managed MARC21 record imports from suppliers.",
                ],
                ["Spydus", "MARC21", "Excel"],
            ),
        ],
        skills=["Koha administration", "Data migration", "Circulation configuration", "SQL reporting", "MARC21"],
        languages=["SQL", "Perl (basic)"],
        tools=["Koha", "MariaDB", "Spydus"],
        certifications=["CILIP Chartered Member (MCLIP)"],
        industries=["Public libraries", "Local government"],
        spoken_languages=["English", "Welsh"],
        academic_background=["MA Library and Information Studies, UCL", "BA English, Lancaster University"],
    ),
    "Customer brief: a group of public library services is moving to Koha and needs a systems consultant to "
    "migrate catalogue and borrower data, configure circulation and reservations, set up SIP2 self-service and "
    "write SQL reports for managers. Returners welcome; recent Koha versions a plus.",
    "Helen Marsh is a library systems consultant with nine years in library systems, six of them implementing "
    "and supporting the Koha ILS for public library services. She began as systems librarian at Wyreside "
    "Libraries, running Spydus, before joining Catalyst Library Services, where she migrated catalogues from a "
    "legacy LMS, configured circulation and SIP2 self-service and wrote SQL reports for a consortium of seven "
    "services. She is returning in 2025 after a four-year career break caring for family, during which she kept "
    "up with Koha and took a refresher course on Koha 24.05.",
    [
        (
            "A four-year break to care for a family member, during which she followed Koha through the community "
            "mailing list and, in 2025, took a refresher course on Koha 24.05.",
            [
                "In 2025, completed a refresher course in Koha 24.05 administration.",
                "Helped out every week at the local library's digital help sessions as a volunteer.",
            ],
        ),
        (
            "At Catalyst, she was the Koha consultant for a consortium of seven public library services with 85 "
            "branches across North West England.",
            [
                "Moved 2.1m bibliographic and item records into Koha from the previous LMS.",
                "Set up circulation rules, fines and reservations for each of the seven services.",
                "Rolled out SIP2 self-service kiosks in 40 branches.",
                "Wrote SQL reports for service managers covering loans, reservations and stock.",
                "Upgraded Koha from version 3.22 through to 20.05.",
            ],
        ),
        (
            "Her first systems role was at Wyreside Libraries, a county service, as systems librarian.",
            [
                "Ran the service's Spydus library management system.",
                "Trained 60 staff in circulation and cataloguing.",
                "Handled imports of MARC21 records from suppliers.",
            ],
        ),
    ],
)

# --- Motorsport data engineering (MoTeC): first person, short and technical. ---
CVS["motorsport"] = case(
    cv(
        "Motorsport Data Engineer",
        "Luca Bertolini",
        "Data engineer with 8 years in motorsport, from GT racing to single-seaters. Sets up MoTeC loggers and "
        "ECUs, builds i2 Pro workbooks and maths channels, and runs trackside data analysis with drivers and race "
        "engineers. Also writes Python tools for post-session analysis and tyre data.",
        [
            (
                "Data Engineer, Apex Velocity Racing — FIA Formula 3, 2021–2025",
                "Trackside data engineer for a three-car single-seater team in the FIA Formula 3 Championship.",
                [
                    "Configured MoTeC loggers and the team's sensor set for each event.",
                    "Built i2 Pro workbooks and maths channels for brake, tyre and aero analysis.",
                    "Wrote a Python tool that merges tyre pressure and temperature data with lap data, cutting "
                    "post-session reporting from 90 to 25 minutes.",
                    "Worked with 6 drivers over four seasons on driving style comparisons.",
                ],
                ["MoTeC i2 Pro", "MoTeC M1 Tune", "Python", "pandas", "MATLAB"],
            ),
            (
                "Data and Electronics Engineer, Brackenridge Motorsport — British GT, 2017–2021",
                "Data and electronics engineer on two GT3 cars in the British GT Championship.",
                [
                    "Installed and maintained MoTeC M150 ECUs and C125 dash loggers.",
                    "Set up pit-to-car telemetry and live timing feeds.",
                    "Produced post-session data reports for the race engineer.",
                ],
                ["MoTeC M150", "MoTeC C125", "MoTeC i2 Pro", "Excel"],
            ),
        ],
        skills=["Data acquisition", "Trackside analysis", "Vehicle electronics", "Maths channels"],
        languages=["Python", "MATLAB"],
        tools=["MoTeC i2 Pro", "MoTeC M1 Tune", "pandas"],
        certifications=["MoTeC M1 Build training"],
        industries=["Motorsport"],
        spoken_languages=["Italian", "English"],
        academic_background=["BEng Motorsport Engineering, Oxford Brookes University"],
    ),
    "Job posting: Performance Data Engineer, single-seater team. Run MoTeC systems trackside, build i2 "
    "workbooks and maths channels, support drivers and race engineers with data, and automate post-session "
    "analysis in Python. GT or junior formula experience welcome.",
    "I'm a motorsport data engineer with eight years trackside, in GT racing and then single-seaters. I set up "
    "MoTeC loggers and ECUs, build i2 Pro workbooks and maths channels, and analyse data at the track with "
    "drivers and race engineers. I also write Python tools for post-session and tyre data analysis.",
    [
        (
            "I'm the trackside data engineer for a three-car team in FIA Formula 3.",
            [
                "I configure the MoTeC loggers and our sensor set before every event.",
                "I build i2 Pro workbooks and maths channels for brakes, tyres and aero.",
                "My Python tool merges tyre pressures and temperatures with lap data and has cut post-session "
                "reporting from 90 minutes to 25.",
                "Across four seasons I've compared driving styles with six drivers.",
            ],
        ),
        (
            "In British GT I was data and electronics engineer on two GT3 cars.",
            [
                "I installed and looked after MoTeC M150 ECUs and C125 dash loggers.",
                "I set up the pit-to-car telemetry and live timing feeds.",
                "After each session I wrote the data report for the race engineer.",
            ],
        ),
    ],
)

# --- Card payments fraud detection (Featurespace): "the bank", hedged time, posting vocabulary. ---
CVS["fraud"] = case(
    cv(
        "Senior Fraud Strategy Analyst – Card Payments",
        "Adaeze Okafor",
        "Fraud analyst with 9 years in card payments fraud at UK banks, the last five running Featurespace ARIC "
        "for card and Faster Payments. Writes and tunes fraud rules, analyses model performance and false "
        "positives, and works with data science teams on model retraining. Skilled in SQL and Python.",
        [
            (
                "Senior Fraud Strategy Analyst, Thamesgate Bank, 2020–2025",
                "Fraud strategy lead for debit and credit card transactions at a retail bank with 6 million "
                "cardholders, using Featurespace ARIC Risk Hub.",
                [
                    "Wrote and tuned 140 ARIC rules for card-not-present and contactless fraud.",
                    "Cut the false positive ratio from 12:1 to 7:1 while keeping fraud detection value steady.",
                    "Ran monthly model performance reviews with Featurespace's data scientists.",
                    "Built SQL and Python dashboards for losses, alert volumes and analyst workload.",
                ],
                ["Featurespace ARIC Risk Hub", "SQL", "Python", "Tableau", "Snowflake"],
            ),
            (
                "Fraud Analyst, Northmere Building Society, 2016–2020",
                "Fraud analyst in the card fraud team of a building society.",
                [
                    "Reviewed alerts and contacted customers to confirm suspicious transactions.",
                    "Analysed fraud trends and proposed new rules for the legacy rules engine.",
                    "Supported the move of card fraud monitoring from the legacy engine to ARIC in 2020.",
                ],
                ["SAS", "SQL", "Excel"],
            ),
        ],
        skills=["Fraud rule writing", "Model performance analysis", "Card schemes (Visa, Mastercard)", "Alert triage"],
        languages=["SQL", "Python"],
        tools=["Featurespace ARIC", "Tableau", "Snowflake", "SAS"],
        certifications=["Certified Fraud Examiner (CFE)"],
        industries=["Banking", "Payments"],
        spoken_languages=["English", "Igbo"],
        academic_background=["BSc Mathematics, University of Nottingham"],
    ),
    "Job posting: Fraud Strategy Manager, card payments. A challenger bank running Featurespace ARIC needs a "
    "fraud strategist to own card fraud rules, cut false positives, review model performance with the vendor "
    "and report losses and alert volumes. SQL and Python required; CFE welcome.",
    "Fraud analyst who has spent nine years fighting card payments fraud at UK banks, and the last five of them "
    "running Featurespace ARIC for card and Faster Payments. She writes and tunes fraud rules, analyses model "
    "performance and false positives, and works with data scientists on retraining models. Strong in SQL and "
    "Python.",
    [
        (
            "Leads fraud strategy for debit and credit card transactions at Thamesgate, a retail bank with 6m "
            "cardholders, on Featurespace's ARIC Risk Hub.",
            [
                "Writes and tunes ARIC rules, 140 in all, against card-not-present and contactless fraud.",
                "Brought the false positive ratio down from 12:1 to 7:1 without losing fraud detection value.",
                "Reviews model performance every month with Featurespace's data scientists.",
                "Built dashboards in SQL and Python tracking losses, alert volumes and analyst workload.",
            ],
        ),
        (
            "Analyst in the building society's card fraud team.",
            [
                "Worked alerts and called customers to confirm suspicious transactions.",
                "Analysed fraud trends and proposed rules for the legacy engine.",
                "In 2020, supported the move of card fraud monitoring onto ARIC.",
            ],
        ),
    ],
)

OV, D0, D1, D2 = "overview", "experiences[0].description", "experiences[1].description", "experiences[2].description"


def B(experience, index):
    """The field of one bullet; ``index`` "+" is a bullet added to that experience."""
    return f"experiences[{experience}].bullets[{index}]"


FABRICATED_ENTRIES = [
    # moulding
    ("moulding", OV, "certification", "start", "Rhiannon Pryce is an", "Rhiannon Pryce, a Chartered Engineer, is an"),
    ("moulding", OV, "years", "start", "whose fourteen years span", "whose sixteen years span"),
    (
        "moulding",
        OV,
        "customer",
        "end",
        "cut both scrap and cycle times.",
        "cut both scrap and cycle times for customers such as Valeo and Forvia.",
    ),
    (
        "moulding",
        D0,
        "team size",
        "middle",
        "she leads process engineering for a 42-press plant",
        "she leads a six-strong process engineering team at a 42-press plant",
    ),
    (
        "moulding",
        B(0, 3),
        "metric",
        "end",
        "cutting its average cycle time by 11%.",
        "cutting its average cycle time by 11% and energy use per part by 6%.",
    ),
    ("moulding", B(0, 2), "tool", "end", "DOE studies run in Minitab.", "DOE studies run in Minitab and JMP."),
    ("moulding", B(1, 0), "version", "middle", "under ISO 13485 for", "under ISO 13485:2016 for"),
    ("moulding", B(1, 1), "duration", "start", "Led a 14-month transfer", "Led a 20-month transfer"),
    (
        "moulding",
        D2,
        "date",
        "start",
        "Her first role, at Brackley Mouldings,",
        "Her first role, at Brackley Mouldings from 2009,",
    ),
    (
        "moulding",
        B(0, "+"),
        "new bullet",
        "end",
        None,
        "Set up an in-house moulding academy that has trained 30 operators in process fundamentals.",
    ),
    (
        "moulding",
        B(2, "+"),
        "moved bullet",
        "end",
        None,
        "Qualified multi-cavity tools for pharmaceutical customers with IQ/OQ/PQ protocols.",
    ),
    # probation
    (
        "probation",
        OV,
        "certified",
        "start",
        "I am a business analyst who",
        "I am a CBAP-certified business analyst who",
    ),
    (
        "probation",
        OV,
        "tool",
        "middle",
        "I wrote the requirements for risk assessment",
        "I wrote the requirements in IBM DOORS for risk assessment",
    ),
    ("probation", OV, "years", "end", "Before that I spent five years", "Before that I spent seven years"),
    ("probation", D0, "number", "middle", "which 2,300 practitioners", "which 2,800 practitioners"),
    (
        "probation",
        B(0, 0),
        "team size",
        "end",
        "managers and admin staff.",
        "managers and admin staff, leading a team of four analysts.",
    ),
    ("probation", B(0, 3), "date", "start", "Before go-live I completed", "Before the March 2024 go-live I completed"),
    (
        "probation",
        B(0, 1),
        "recognition",
        "end",
        "breach and enforcement.",
        "breach and enforcement, work the service recognised with its Digital Team of the Year award.",
    ),
    (
        "probation",
        D1,
        "customer",
        "end",
        "working for the Youth Justice Board.",
        "working for the Youth Justice Board and HM Prison and Probation Service.",
    ),
    (
        "probation",
        B(1, 1),
        "tool",
        "middle",
        "a Power BI caseload dashboard",
        "a Power BI and Tableau caseload dashboard",
    ),
    (
        "probation",
        B(1, "+"),
        "new bullet",
        "end",
        None,
        "I introduced a requirements traceability matrix that cut defects found in UAT by 30%.",
    ),
    (
        "probation",
        B(1, "+"),
        "moved bullet",
        "end",
        None,
        "I ran discovery workshops with probation officers and their managers.",
    ),
    # fire
    ("fire", OV, "years", "start", "with twelve years in fire", "with fifteen years in fire"),
    (
        "fire",
        OV,
        "customer",
        "middle",
        "the switch of one service's IRS returns",
        "the switch of London Fire Brigade's IRS returns",
    ),
    ("fire", OV, "tool", "end", "lately on Azure.", "lately on Azure and AWS."),
    ("fire", D0, "number", "end", "from 24 stations.", "from 28 stations."),
    ("fire", B(0, 1), "version", "middle", "on-premises SQL Server 2012", "on-premises SQL Server 2016"),
    ("fire", B(0, 3), "metric", "end", "from five days to two.", "from five days to two, and data errors by 40%."),
    (
        "fire",
        B(0, 0),
        "recognition",
        "end",
        "no longer re-key incidents.",
        "no longer re-key incidents, which won the service's innovation award.",
    ),
    (
        "fire",
        D1,
        "certified",
        "middle",
        "developer and then technical lead",
        "developer and then PRINCE2-certified technical lead",
    ),
    ("fire", D1, "date", "start", "At Firecrest Systems,", "At Firecrest Systems from 2011,"),
    ("fire", B(1, 2), "team size", "end", "led a team of five developers.", "led a team of eight developers."),
    ("fire", B(0, "+"), "new bullet", "end", None, "Introduced automated testing that raised code coverage to 85%."),
    (
        "fire",
        B(0, "+"),
        "moved bullet",
        "end",
        None,
        "Added offline data capture for crews using tablets at incidents.",
    ),
    # dredging
    (
        "dredging",
        OV,
        "degree",
        "start",
        "Civil engineer with a decade",
        "Civil engineer with a PhD in coastal engineering and a decade",
    ),
    ("dredging", OV, "number", "middle", "a 140-hectare reclamation", "a 160-hectare reclamation"),
    (
        "dredging",
        OV,
        "tool",
        "end",
        "reviews hydrographic surveys.",
        "reviews hydrographic surveys in Qinsy and EIVA NaviSuite.",
    ),
    (
        "dredging",
        D0,
        "customer",
        "start",
        "Project engineer on deepening",
        "Project engineer for Oman's Ministry of Transport on deepening",
    ),
    ("dredging", D0, "number", "end", "22 million m³ of sand and rock.", "25 million m³ of sand and rock."),
    (
        "dredging",
        B(0, 0),
        "team size",
        "start",
        "Planned the weekly production",
        "With a team of three planners, planned the weekly production",
    ),
    (
        "dredging",
        B(0, 1),
        "certification",
        "start",
        "Prepared method statements",
        "As a NEBOSH-qualified engineer, prepared method statements",
    ),
    (
        "dredging",
        B(0, 2),
        "duration",
        "start",
        "Checked weekly multibeam surveys",
        "Over 30 months, checked weekly multibeam surveys",
    ),
    (
        "dredging",
        B(0, 3),
        "metric",
        "end",
        "totalling €6.2 million.",
        "totalling €6.2 million, recovering 95% of the amounts claimed.",
    ),
    (
        "dredging",
        D1,
        "date",
        "middle",
        "Site engineer for the contractor on Dutch",
        "Site engineer for the contractor from 2013 on Dutch",
    ),
    (
        "dredging",
        B(1, "+"),
        "new bullet",
        "end",
        None,
        "Managed a €1.8m subcontractor budget for pipelines and booster stations.",
    ),
    (
        "dredging",
        B(1, "+"),
        "moved bullet",
        "end",
        None,
        "Planned weekly production for hopper and cutter suction dredgers.",
    ),
    # subsea
    ("subsea", OV, "date", "start", "He began in 2014", "He began in 2012"),
    (
        "subsea",
        OV,
        "customer",
        "middle",
        "three North Sea wind farms, and",
        "three North Sea wind farms, Ørsted's Hornsea Two among them, and",
    ),
    (
        "subsea",
        OV,
        "certification",
        "end",
        "or the contractor's engineer.",
        "or the contractor's engineer, holding the IMCA offshore representative certificate.",
    ),
    ("subsea", D0, "number", "start", "On this 720 km,", "On this 760 km,"),
    ("subsea", B(0, 1), "version", "middle", "in OrcaFlex for", "in OrcaFlex 11.3 for"),
    ("subsea", B(0, 2), "duration", "end", "four six-week campaigns.", "four eight-week campaigns."),
    (
        "subsea",
        B(0, 3),
        "metric",
        "end",
        "2% of the route length.",
        "2% of the route length, saving 12 days of remedial trenching.",
    ),
    (
        "subsea",
        D1,
        "years",
        "start",
        "At Seaway Offshore Services he was",
        "At Seaway Offshore Services, with nine years offshore behind him, he was",
    ),
    (
        "subsea",
        B(1, 0),
        "tool",
        "middle",
        "Wrote pull-in procedures for",
        "Wrote pull-in procedures, backed by Flexcom analyses, for",
    ),
    (
        "subsea",
        B(2, 0),
        "team size",
        "end",
        "during umbilical installation.",
        "during umbilical installation, with a survey team of six.",
    ),
    (
        "subsea",
        B(1, "+"),
        "new bullet",
        "end",
        None,
        "Cut cable loading time at the quay by a fifth with a revised turntable sequence.",
    ),
    ("subsea", B(2, "+"), "moved bullet", "end", None, "Ran lay analysis in OrcaFlex for deep-water cable routes."),
    # brewery
    ("brewery", OV, "years", "start", "with eight years in brewing", "with twelve years in brewing"),
    ("brewery", OV, "number", "middle", "a 1.2m hl", "a 1.5m hl"),
    ("brewery", OV, "tool", "end", "in an SAP S/4HANA rollout.", "in an SAP S/4HANA and SAP IBP rollout."),
    ("brewery", D0, "customer", "end", "keg and PET.", "keg and PET, for Tesco and Sainsbury's."),
    ("brewery", B(0, 1), "metric", "end", "changeovers down 15%.", "changeovers down 15%, line efficiency up 8%."),
    ("brewery", B(0, 2), "number", "middle", "occupancy of 48 fermentation", "occupancy of 52 fermentation"),
    ("brewery", B(0, 3), "version", "middle", "the S/4HANA rollout", "the S/4HANA 2022 rollout"),
    (
        "brewery",
        B(0, 4),
        "recognition",
        "end",
        "from 21 days to 14.",
        "from 21 days to 14, earning a group supply chain award.",
    ),
    ("brewery", D1, "date", "start", "At Dunmore,", "From 2015 at Dunmore,"),
    (
        "brewery",
        B(1, 2),
        "certified",
        "start",
        "Brought in a rolling",
        "As a certified Six Sigma Green Belt, brought in a rolling",
    ),
    (
        "brewery",
        B(0, "+"),
        "new bullet",
        "end",
        None,
        "Introduced demand-driven MRP, cutting raw material stock by £400k.",
    ),
    (
        "brewery",
        B(0, "+"),
        "moved bullet",
        "end",
        None,
        "Builds the weekly brewing plan from the demand forecast and yeast availability.",
    ),
    # sawmill
    ("sawmill", OV, "years", "start", "spent thirteen years", "spent fifteen years"),
    ("sawmill", OV, "number", "middle", "at three softwood mills", "at four softwood mills"),
    (
        "sawmill",
        OV,
        "certified",
        "end",
        "and commissioning scanners.",
        "and commissioning scanners as a Microtec-certified engineer.",
    ),
    ("sawmill", D0, "customer", "start", "I optimise a softwood mill", "For Stora Enso I optimise a softwood mill"),
    ("sawmill", D0, "number", "middle", "saws 650,000 cubic metres", "saws 750,000 cubic metres"),
    ("sawmill", B(0, 2), "date", "start", "In 2022 I commissioned", "In 2021 I commissioned"),
    ("sawmill", B(0, 3), "tool", "end", "in Python and SQL Server.", "in Python, SQL Server and Tableau."),
    (
        "sawmill",
        D1,
        "team size",
        "middle",
        "I worked as process engineer at",
        "I led a three-person process engineering team at",
    ),
    ("sawmill", B(1, 1), "metric", "end", "and cut kiln defects.", "and cut kiln defects by 25%."),
    (
        "sawmill",
        D2,
        "degree",
        "end",
        "a small spruce mill.",
        "a small spruce mill, straight after my BSc in Forest Products at the University of Helsinki.",
    ),
    ("sawmill", B(2, "+"), "new bullet", "end", None, "I cut unplanned downtime on the saw line by 12% within a year."),
    ("sawmill", B(2, "+"), "moved bullet", "end", None, "I ran test sawings to set edger optimiser parameters."),
    # funeral
    ("funeral", OV, "years", "start", "spent seven years", "spent ten years"),
    ("funeral", OV, "tool", "middle", "TypeScript, React and Node.js", "TypeScript, React, Next.js and Node.js"),
    (
        "funeral",
        OV,
        "customer",
        "end",
        "such as Xero and Sage.",
        "such as Xero and Sage, for clients including Co-op Funeralcare.",
    ),
    ("funeral", D0, "number", "middle", "in use at 600 independent", "in use at 650 independent"),
    (
        "funeral",
        B(0, 0),
        "metric",
        "end",
        "instead of 50.",
        "instead of 50, and customer satisfaction rose to 4.8 out of 5.",
    ),
    (
        "funeral",
        B(0, 1),
        "duration",
        "start",
        "Integrated crematoria booking",
        "In a six-week project, integrated crematoria booking",
    ),
    (
        "funeral",
        B(0, 3),
        "team size",
        "start",
        "Mentored three junior developers.",
        "Led a team of six and mentored three junior developers.",
    ),
    ("funeral", D1, "date", "start", "At Evermore Digital,", "At Evermore Digital (2016–2021),"),
    (
        "funeral",
        B(1, 0),
        "certified",
        "end",
        "donations via Stripe.",
        "donations via Stripe, as a Stripe-certified developer.",
    ),
    (
        "funeral",
        B(1, 1),
        "recognition",
        "end",
        "widely used in 2020.",
        "widely used in 2020 and shortlisted for a National Funeral Awards innovation prize.",
    ),
    ("funeral", B(1, 2), "version", "end", "to AWS Elastic Beanstalk.", "to AWS Elastic Beanstalk on Node.js 18."),
    ("funeral", B(1, "+"), "new bullet", "end", None, "Cut tribute page load times by 60% with server-side rendering."),
    ("funeral", B(1, "+"), "moved bullet", "end", None, "Mentored three junior developers on the team."),
    # telematics
    ("telematics", OV, "years", "start", "spent six years", "spent eight years"),
    ("telematics", OV, "tool", "middle", "largely on Samsara.", "largely on Samsara and Geotab."),
    ("telematics", OV, "number", "end", "up to 1,400 vehicles.", "up to 2,400 vehicles."),
    ("telematics", D0, "customer", "start", "Led the haulier's Samsara rollout", "Led Eddie Stobart's Samsara rollout"),
    ("telematics", D0, "number", "end", "at 19 depots in the UK.", "at 21 depots in the UK."),
    (
        "telematics",
        B(0, 0),
        "duration",
        "start",
        "Planned a nine-month installation",
        "Planned a twelve-month installation",
    ),
    ("telematics", B(0, 1), "version", "middle", "Wrote a Python service", "Wrote a Python 3.12 service"),
    (
        "telematics",
        B(0, 3),
        "metric",
        "end",
        "using coaching workflows.",
        "using coaching workflows, and fuel use by 7%.",
    ),
    (
        "telematics",
        D1,
        "team size",
        "start",
        "Implemented telematics for",
        "With a team of four, implemented telematics for",
    ),
    (
        "telematics",
        B(1, 0),
        "certification",
        "end",
        "through to handover.",
        "through to handover, and earned PRINCE2 Practitioner.",
    ),
    ("telematics", B(1, 1), "date", "start", "Produced training material", "In 2018, produced training material"),
    (
        "telematics",
        B(1, "+"),
        "new bullet",
        "end",
        None,
        "Negotiated a fleet-wide airtime tariff that saved 18% on data costs.",
    ),
    (
        "telematics",
        B(1, "+"),
        "moved bullet",
        "end",
        None,
        "Set up tachograph remote download for the compliance team.",
    ),
    # library
    ("library", OV, "years", "start", "with nine years in library systems", "with twelve years in library systems"),
    ("library", OV, "number", "middle", "a consortium of seven services", "a consortium of nine services"),
    ("library", OV, "tool", "end", "refresher course on Koha 24.05.", "refresher course on Koha 24.05 and Evergreen."),
    (
        "library",
        D0,
        "certification",
        "end",
        "refresher course on Koha 24.05.",
        "refresher course on Koha 24.05, earning ByWater Solutions' Koha certification.",
    ),
    ("library", B(0, 1), "duration", "start", "Helped out every week", "For three years, helped out every week"),
    (
        "library",
        D1,
        "customer",
        "middle",
        "seven public library services with",
        "seven public library services, Manchester Libraries among them, with",
    ),
    ("library", B(1, 0), "number", "start", "Moved 2.1m bibliographic", "Moved 2.4m bibliographic"),
    (
        "library",
        B(1, 3),
        "tool",
        "middle",
        "Wrote SQL reports for service managers",
        "Wrote SQL reports in Metabase for service managers",
    ),
    ("library", B(1, 4), "version", "end", "through to 20.05.", "through to 21.11."),
    ("library", D2, "date", "start", "Her first systems role was at", "Her first systems role, from 2010, was at"),
    (
        "library",
        D2,
        "degree",
        "end",
        "as systems librarian.",
        "as systems librarian, fresh from a PhD in information science.",
    ),
    ("library", B(2, 1), "team size", "start", "Trained 60 staff", "Led a team of four and trained 60 staff"),
    ("library", B(1, "+"), "new bullet", "end", None, "Cut overdue loans by 20% with automated SMS reminders."),
    ("library", B(2, "+"), "moved bullet", "end", None, "Set up circulation rules and reservations in Koha."),
    # motorsport
    ("motorsport", OV, "years", "start", "with eight years trackside", "with ten years trackside"),
    ("motorsport", OV, "tool", "middle", "I set up MoTeC loggers", "I set up MoTeC and Bosch loggers"),
    (
        "motorsport",
        OV,
        "degree",
        "end",
        "post-session and tyre data analysis.",
        "post-session and tyre data analysis, drawing on my MSc in Advanced Motorsport Engineering from Cranfield.",
    ),
    ("motorsport", D0, "number", "middle", "a three-car team", "a four-car team"),
    (
        "motorsport",
        D0,
        "customer",
        "end",
        "in FIA Formula 3.",
        "in FIA Formula 3, running drivers from the Red Bull Junior Team.",
    ),
    ("motorsport", B(0, 1), "version", "middle", "I build i2 Pro workbooks", "I build i2 Pro 1.1.5 workbooks"),
    ("motorsport", B(0, 2), "number", "end", "from 90 minutes to 25.", "from 90 minutes to 15."),
    ("motorsport", B(0, 3), "duration", "start", "Across four seasons", "Across five seasons"),
    ("motorsport", D1, "date", "start", "In British GT I was", "From 2016 in British GT I was"),
    ("motorsport", D1, "recognition", "end", "on two GT3 cars.", "on two GT3 cars, winning the 2019 teams' title."),
    (
        "motorsport",
        B(1, 0),
        "certified",
        "start",
        "I installed and looked after",
        "As a Bosch Motorsport-certified technician, I installed and looked after",
    ),
    (
        "motorsport",
        B(1, 2),
        "team size",
        "end",
        "for the race engineer.",
        "for the race engineer and the two junior data engineers I supervised.",
    ),
    ("motorsport", B(1, "+"), "new bullet", "end", None, "I cut ECU calibration time by 40% with a new base map."),
    (
        "motorsport",
        B(1, "+"),
        "moved bullet",
        "end",
        None,
        "I built i2 Pro maths channels for brake and aero analysis.",
    ),
    # fraud
    ("fraud", OV, "years", "start", "spent nine years", "spent eleven years"),
    ("fraud", OV, "duration", "middle", "the last five of them", "the last six of them"),
    ("fraud", OV, "tool", "end", "Strong in SQL and Python.", "Strong in SQL, Python and R."),
    ("fraud", D0, "team size", "start", "Leads fraud strategy", "Leads a team of eight on fraud strategy"),
    ("fraud", D0, "number", "middle", "with 6m cardholders", "with 8m cardholders"),
    (
        "fraud",
        B(0, 1),
        "metric",
        "end",
        "without losing fraud detection value.",
        "without losing fraud detection value, saving £3m a year in losses.",
    ),
    (
        "fraud",
        B(0, 2),
        "recognition",
        "end",
        "with Featurespace's data scientists.",
        "with Featurespace's data scientists; the bank won a Card Fraud Prevention award in 2023.",
    ),
    ("fraud", B(0, 3), "tool", "middle", "in SQL and Python tracking", "in SQL, Python and Power BI tracking"),
    ("fraud", D1, "customer", "end", "card fraud team.", "card fraud team, working on Nationwide's card portfolio."),
    (
        "fraud",
        B(1, 1),
        "certification",
        "end",
        "for the legacy engine.",
        "for the legacy engine, after qualifying as an ACAMS CAMS specialist.",
    ),
    ("fraud", B(1, 2), "date", "start", "In 2020, supported", "In 2019, supported"),
    ("fraud", B(1, 2), "version", "end", "onto ARIC.", "onto ARIC 5."),
    (
        "fraud",
        B(0, "+"),
        "new bullet",
        "end",
        None,
        "Introduced real-time scoring for Faster Payments, cutting APP scam losses by 25%.",
    ),
    (
        "fraud",
        B(0, "+"),
        "moved bullet",
        "end",
        None,
        "Reviewed alerts and called customers to confirm suspicious transactions.",
    ),
]

AMBIGUOUS_ENTRIES = [
    (
        "moulding",
        OV,
        "bringing scientific moulding to the whole site",
        "bringing scientific moulding to all 42 presses",
        "the CV says the method was introduced across the plant, which may or may not mean every one of its 42 presses",
    ),
    (
        "probation",
        B(0, 3),
        "Before go-live I completed the DPIA",
        "I completed the DPIA, signed off before go-live,",
        "the CV says the DPIA was completed before go-live; sign-off by the officer is a reading, not a statement",
    ),
    (
        "fire",
        B(0, 3),
        "Reduced the time to close an incident report from five days to two.",
        "Reduced the time to close an incident report by 60%, from five days to two.",
        "60% is arithmetic on the CV's own figures (5 to 2 days) but the CV never states a percentage",
    ),
    (
        "dredging",
        B(0, 3),
        "supported two variation claims",
        "won two variation claims",
        "the CV says the claims were supported, not that they were won",
    ),
    (
        "subsea",
        B(1, 1),
        "cable pull-in at landfall.",
        "cable pull-in at each of the three landfalls.",
        "three wind farms are stated, but not that each had its own landfall or that all were supervised",
    ),
    (
        "brewery",
        D0,
        "at a 1.2 million hectolitre brewery",
        "at a brewery producing 1.2 million hectolitres a year",
        "the CV gives the brewery's size without saying it is annual output, the usual but unstated reading",
    ),
    (
        "sawmill",
        B(0, 0),
        "data from 3D X-ray scanning",
        "data from the Microtec CT Log scanner",
        "the environment names Microtec CT Log and the bullet says 3D X-ray scanning; the CV does not tie the two",
    ),
    (
        "funeral",
        B(1, 1),
        "widely used in 2020",
        "widely used during the pandemic",
        "the CV says 2020, not the pandemic; the cause is inferred",
    ),
    (
        "telematics",
        B(0, 0),
        "Planned a nine-month installation",
        "Delivered a nine-month installation",
        "the CV says the installation was planned over 9 months, not that it was delivered in that time",
    ),
    (
        "library",
        B(1, 0),
        "Moved 2.1m bibliographic",
        "Moved more than two million bibliographic",
        "a hedged rounding of 2.1 million, true but no longer the CV's figure",
    ),
    (
        "motorsport",
        D1,
        "In British GT I was",
        "For four seasons of British GT I was",
        "2017–2021 could be four or five seasons; the CV does not count them",
    ),
    (
        "fraud",
        OV,
        "for card and Faster Payments",
        "for card and real-time payments",
        "Faster Payments is a UK real-time scheme; the generic term is wider than the CV's name",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, FABRICATED_ENTRIES)
AMBIGUOUS = build(CVS, AMBIGUOUS_ENTRIES, with_reason=True)
GUARD_FLOOR = {"caught": 149, "touched": 0}  # blind: 147 caught, 5 touched at 552c29d; tuned on since
CATCH_NOT_MET = (
    "set ZD, blind (session 12): 147/150 injected claims caught (98.0%) at the session start (552c29d) and end; "
    "149/150 (99.3%) tuned on (session 13)"
)
# touched: 5/134 (3.7%) blind (session 12) at the session start (552c29d), 4/134 (3.0%) at its end; 0 tuned on (session 13)
