"""Blind claims-guard set zl (issue 20), written blind: without reading the guard's rules, its
documentation, its benchmarks or any other set. Twelve hand-written contract CVs in salt mining
operations, beekeeping and honey traceability, coin minting and numismatic e-commerce, optical lens
grinding (freeform surfacing), railway level crossing monitoring, coastal dredge spoil monitoring,
marina berth management, memorial stonemasonry CAD, rowing club and regatta entries, snowmaking at
indoor ski slopes, chemical tanker vetting (SIRE) and organ transplant logistics, each with a job
posting (one an internal staffing request), one honest tailoring in its own style, single injected
claims of every kind, and edits whose honesty is debatable."""

from claims_blind_set import build, cv, honest_texts, tailor

GUARD_FLOOR = {"caught": 147, "touched": 1}  # 146 caught, 4 touched at 2d9f1bd, when the set landed
CATCH_NOT_MET = "set ZL, a tuning set (session 13): 147/150 claims caught (98.0%; 146 at 2d9f1bd)"
# touched: 4/134 (3.0%) at 2d9f1bd, 1/134 (0.7%) after the session 13 honest-side fixes

CVS = {}

# 1. Salt mining operations: outcomes first, the CV's figures moved to the front of each bullet.
_salt = cv(
    "Mining Operations Systems Engineer",
    "Halvard Ostby",
    "Mining systems engineer with 11 years in underground salt operations, specialising in room-and-pillar "
    "production planning, ventilation monitoring and fleet telemetry. Has delivered SCADA and short-interval "
    "control systems for rock salt and brine producers in Germany and the UK.",
    [
        (
            "Lead Operations Systems Engineer, Nordsalz Bergbau GmbH (2019–2024)",
            "Underground rock salt mine producing 2.4 million tonnes a year for de-icing and industrial customers; "
            "owner of the production monitoring and short-interval control platform.",
            [
                "Introduced short-interval control on 14 continuous miners and loaders, raising shift production by 9%.",
                "Built a ventilation-on-demand controller in Ignition that cut main fan power consumption by 22%.",
                "Integrated Modular Mining telemetry with the SAP PM maintenance backlog, reducing unplanned loader "
                "downtime from 11% to 6%.",
                "Led a team of 5 automation engineers and 2 data analysts.",
            ],
            ["Ignition 8.1", "Siemens S7-1500", "SAP PM", "Modular Mining DISPATCH", "PostgreSQL", "Python"],
        ),
        (
            "Automation Engineer, Cheshire Brine Works (2015–2019)",
            "Solution mining and brine purification site supplying a chlor-alkali plant; responsible for well "
            "field automation.",
            [
                "Automated pressure and flow control across 38 brine wells, replacing manual valve rounds.",
                "Developed cavern sonar survey reports in Python, cutting survey turnaround from 3 weeks to 4 days.",
                "Commissioned a Wonderware historian holding 6 years of well data.",
            ],
            ["Wonderware System Platform", "Allen-Bradley ControlLogix", "Python", "SQL Server"],
        ),
        (
            "Graduate Mining Engineer, K+S Minerals (2013–2015)",
            "Graduate rotation at an underground potash and salt mine.",
            [
                "Surveyed pillar dimensions and produced monthly extraction ratio reports.",
                "Supported the rollout of a tag-based personnel tracking system for 260 underground workers.",
            ],
            ["Deswik", "AutoCAD", "Excel"],
        ),
    ],
    skills=["Short-interval control", "Ventilation on demand", "Room-and-pillar planning", "SCADA"],
    languages=["Python", "SQL"],
    tools=["Ignition", "Deswik", "SAP PM", "Wonderware"],
    certifications=["Inductive Automation Ignition Gold Certification", "NEBOSH International General Certificate"],
    industries=["Mining", "Chemicals"],
    spoken_languages=["Norwegian", "German", "English"],
    academic_background=["MEng Mining Engineering, Camborne School of Mines (2013)"],
)
CVS["salt"] = {
    "source": _salt,
    "prompt": "Mine Digitalisation Lead, European salt producer. You will deliver short-interval control, "
    "ventilation on demand and fleet telemetry underground, connect them to SAP maintenance and lead a small "
    "automation team. Ignition experience is a plus.",
    "honest": tailor(
        _salt,
        "Underground salt operations engineer with 11 years' experience delivering SCADA, short-interval control, "
        "ventilation monitoring and fleet telemetry for rock salt and brine producers in Germany and the UK, "
        "grounded in room-and-pillar production planning.",
        [
            (
                "Owned the production monitoring and short-interval control platform at an underground rock salt "
                "mine producing 2.4 million tonnes annually for de-icing and industrial customers.",
                [
                    "9% higher shift production after introducing short-interval control on 14 continuous miners "
                    "and loaders.",
                    "22% lower main fan power consumption from a ventilation-on-demand controller built in Ignition.",
                    "Unplanned loader downtime down from 11% to 6% by integrating Modular Mining telemetry with the "
                    "SAP PM maintenance backlog.",
                    "Led five automation engineers and two data analysts.",
                ],
            ),
            (
                "Responsible for well field automation at a solution mining and brine purification site that "
                "supplied a chlor-alkali plant.",
                [
                    "Manual valve rounds replaced by automated pressure and flow control across 38 brine wells.",
                    "Survey turnaround cut from 3 weeks to 4 days with cavern sonar survey reports built in Python.",
                    "Commissioned a Wonderware historian for the well field.",
                    "That historian holds six years of well data.",
                ],
            ),
            (
                "Graduate rotation at an underground mine producing potash and salt.",
                [
                    "Monthly extraction ratio reports produced from surveys of pillar dimensions.",
                    "Supported rollout of tag-based tracking for 260 underground personnel.",
                ],
            ),
        ],
    ),
}

# 2. Beekeeping and honey traceability: British source, American spelling in the tailoring.
_bees = cv(
    "Food Traceability Consultant",
    "Morwenna Trelease",
    "Traceability consultant who has spent nine years digitising honey supply chains, from apiary records to "
    "jar labelling. Specialises in colony health monitoring, extraction batch tracking and authenticity "
    "programmes that recognise adulteration risks early. Keeps 40 hives of her own in Cornwall.",
    [
        (
            "Traceability Programme Manager, Hivecraft Cooperative (2020–2025)",
            "Cooperative of 310 beekeepers selling blended and single-origin honey to UK supermarkets; led the "
            "programme that digitised apiary-to-jar traceability.",
            [
                "Rolled out a mobile hive inspection app to 310 members, capturing 48,000 inspections in the "
                "first season.",
                "Linked extraction batches to apiary locations with QR codes on every drum, so a recall can be "
                "traced in under 2 hours.",
                "Organised NMR honey authenticity testing for every blend, in partnership with FERA Science.",
                "Reduced customer labelling complaints by 35% by standardising floral source declarations.",
            ],
            ["Power Apps", "Azure SQL", "Power BI", "Zebra label printers"],
        ),
        (
            "Data Analyst, BeeHealth Monitoring Ltd (2016–2020)",
            "Start-up selling hive weight and temperature sensors to commercial beekeepers.",
            [
                "Built swarm prediction models from hive weight curves in R, flagging 70% of swarms 3 days ahead.",
                "Designed the customer dashboard used by around 1,200 beekeepers.",
                "Analysed overwintering losses for a Defra-funded study across 900 colonies.",
            ],
            ["R", "Shiny", "InfluxDB", "LoRaWAN"],
        ),
    ],
    skills=["Supply chain traceability", "Food authenticity", "Colony health monitoring", "Label compliance"],
    languages=["R", "SQL"],
    tools=["Power Apps", "Power BI", "Shiny", "InfluxDB"],
    certifications=["BRCGS Food Safety Issue 9 Lead Auditor", "BBKA Basic Assessment"],
    industries=["Food and drink", "Agriculture"],
    spoken_languages=["English", "Cornish (basic)"],
    academic_background=["MSc Food Safety and Quality Management, University of Reading"],
)
CVS["bees"] = {
    "source": _bees,
    "prompt": "Traceability Lead (US remote), honey packer. Own our farm-to-jar traceability program: hive data, "
    "extraction lot tracking, recall readiness and honey authenticity testing. Experience with beekeeper "
    "cooperatives and label compliance required.",
    "honest": tailor(
        _bees,
        "Traceability consultant with nine years of experience digitizing honey supply chains, from apiary records "
        "to jar labeling. Focuses on colony health monitoring, extraction lot tracking and authenticity programs "
        "that recognize adulteration risks early, and keeps 40 hives of her own in Cornwall.",
        [
            (
                "Led the program that digitized apiary-to-jar traceability for a cooperative of 310 beekeepers "
                "selling blended and single-origin honey to UK supermarkets.",
                [
                    "Rolled out a mobile hive inspection app to all 310 members, capturing 48,000 inspections in its "
                    "first season.",
                    "Tied extraction lots to apiary locations through QR codes on every drum, making a recall "
                    "traceable in less than two hours.",
                    "Organized NMR honey authenticity testing of every blend in partnership with FERA Science.",
                    "Cut customer labeling complaints 35% by standardizing floral source declarations.",
                ],
            ),
            (
                "Startup selling hive weight and temperature sensors to commercial beekeepers.",
                [
                    "Built swarm prediction models in R from hive weight curves, flagging 70% of swarms three days "
                    "in advance.",
                    "Designed the customer dashboard used by roughly 1,200 beekeepers.",
                    "Analyzed overwintering losses for a Defra-funded study.",
                    "The study covered 900 colonies.",
                ],
            ),
        ],
    ),
}

# 3. Coin minting and numismatic e-commerce: American source, British spelling, numbers in words and back.
_mint = cv(
    "E-commerce Engineering Manager",
    "Desmond Achterberg",
    "Engineering manager with twelve years in precious metals and numismatic retail, including five years "
    "inside a sovereign mint. Has run storefronts that sell proof coins, bullion and graded collectibles, and "
    "has optimized order flows for high-demand limited mintage releases.",
    [
        (
            "Engineering Manager, Numis Direct (2021–2025)",
            "Online dealer of graded coins and bullion with annual revenue of $85 million; managed the "
            "storefront and fulfillment engineering teams.",
            [
                "Rebuilt the checkout on Shopify Plus with a queueing layer that handled 40,000 concurrent "
                "shoppers during limited mintage drops.",
                "Integrated PCGS and NGC certification lookups so each graded coin listing shows its population data.",
                "Introduced live spot-price repricing for 3,500 bullion SKUs, updated every 60 seconds.",
                "Managed 11 engineers across two teams.",
            ],
            ["Shopify Plus", "Node.js", "Redis", "AWS Lambda", "PostgreSQL"],
        ),
        (
            "Senior Software Engineer, Eastern States Mint (2016–2021)",
            "Government mint producing circulating coinage and collector products; worked on the collector "
            "sales platform and the production planning link.",
            [
                "Led the migration of the collector catalog from a mainframe to a Java web application.",
                "Built the enrollment program for subscription proof sets, reaching 62,000 subscribers.",
                "Connected die shop scheduling to sales forecasts, reducing overstruck inventory by a third.",
            ],
            ["Java 11", "Spring Boot", "Oracle Database", "IBM z/OS"],
        ),
        (
            "Software Developer, BullionTrack (2013–2016)",
            "Small vendor of inventory software for coin shops.",
            [
                "Wrote the barcode-based intake module used by about 150 coin shops.",
                "Added melt value calculations for silver and gold holdings.",
            ],
            ["C#", ".NET Framework", "SQL Server"],
        ),
    ],
    skills=["E-commerce architecture", "High-traffic product drops", "Team leadership", "Inventory systems"],
    languages=["JavaScript", "Java", "C#", "SQL"],
    tools=["Shopify Plus", "Redis", "AWS", "Jira"],
    certifications=["AWS Certified Solutions Architect – Associate", "Certified ScrumMaster"],
    industries=["Retail", "Precious metals", "Public sector"],
    spoken_languages=["English", "Dutch"],
    academic_background=["BS Computer Science, Rutgers University"],
)
CVS["mint"] = {
    "source": _mint,
    "prompt": "Head of Digital Engineering, Royal-chartered mint (London). Leads the teams behind our "
    "collector e-commerce, launch-day traffic for limited editions and bullion pricing. British English please.",
    "honest": tailor(
        _mint,
        "Engineering manager with 12 years in precious metals and numismatic retail, five of them inside a "
        "sovereign mint. Has run shops selling proof coins, bullion and graded collectibles and has optimised "
        "order flows for high-demand limited-mintage releases.",
        [
            (
                "Managed the storefront and fulfilment engineering teams of an online dealer in graded coins "
                "and bullion with annual revenue of 85 million dollars.",
                [
                    "Rebuilt the checkout on Shopify Plus with a queueing layer that handled forty thousand "
                    "concurrent shoppers during limited-mintage drops.",
                    "Integrated PCGS and NGC certification look-ups so every graded coin listing shows its "
                    "population data.",
                    "Introduced live spot-price repricing, refreshed each minute, for three and a half thousand "
                    "bullion SKUs.",
                    "Managed eleven engineers in two teams.",
                ],
            ),
            (
                "Worked on the collector sales platform and its link to production planning at a government "
                "mint producing circulating coinage and collector products.",
                [
                    "Led the collector catalogue's migration from a mainframe to a Java web application.",
                    "Built the enrolment programme for subscription proof sets, which reached sixty-two thousand "
                    "subscribers.",
                    "Linked die shop scheduling to sales forecasts, cutting overstruck inventory by one third.",
                ],
            ),
            (
                "A small vendor of inventory software for coin shops.",
                [
                    "Wrote the barcode intake module used by around a hundred and fifty coin shops.",
                    "Added melt value calculations for gold and silver holdings.",
                ],
            ),
        ],
    ),
}

# 4. Optical lens grinding (freeform surfacing): certifications summarised by issuer (the CV holds them all).
_lens = cv(
    "Process Engineer, Ophthalmic Lens Surfacing",
    "Ingrid Vasquez-Lund",
    "Process engineer with 8 years in prescription lens laboratories, focused on freeform surfacing: "
    "generating, polishing, engraving and lens metrology. Has raised first-pass yield at two high-volume labs "
    "and introduced statistical process control on the surfacing line.",
    [
        (
            "Senior Process Engineer, ClearView Optical Labs (2020–2025)",
            "Prescription lens lab surfacing 9,000 freeform jobs a day for optical retail chains; owned the "
            "surfacing process from blocking to engraving.",
            [
                "Raised first-pass yield on freeform surfacing from 88% to 94% by tuning generator cutting parameters.",
                "Introduced SPC on the Satisloh VFT-orbit 2 generators using Minitab control charts.",
                "Cut polishing-related cosmetic rejects by 40% after redesigning pad replacement intervals.",
                "Trained 18 technicians on lens mapping with the Rotlex FreeFormVerifier.",
            ],
            ["Satisloh VFT-orbit 2", "Satisloh Duo-FLEX", "Minitab", "Rotlex FreeFormVerifier", "LDS"],
        ),
        (
            "Process Engineer, Nordic Lens Works (2017–2020)",
            "Mid-size lab producing progressive and single-vision lenses; responsible for generator and coating "
            "process engineering.",
            [
                "Qualified a new alloy-free blocking process, removing the lab's use of low-melting alloy.",
                "Reduced average lens turnaround from 3.5 days to 2 days.",
                "Wrote work instructions for 12 surfacing stations.",
            ],
            ["Schneider HSC Modulo", "Schneider CCP", "Excel"],
        ),
    ],
    skills=["Freeform surfacing", "Statistical process control", "Lens metrology", "Root cause analysis"],
    tools=["Minitab", "Satisloh VFT-orbit 2", "Rotlex FreeFormVerifier"],
    certifications=[
        "ASQ Certified Quality Engineer (CQE)",
        "ASQ Six Sigma Green Belt",
        "Satisloh Freeform Generator Operator Level 2",
        "Satisloh Polishing Systems Technician",
    ],
    industries=["Ophthalmic optics", "Manufacturing"],
    spoken_languages=["Swedish", "Norwegian", "English", "Spanish"],
    academic_background=["BEng Mechanical Engineering, Chalmers University of Technology"],
)
CVS["lens"] = {
    "source": _lens,
    "prompt": "Freeform Process Lead, Rx lab network. Improve yield on freeform generators and polishers, run "
    "SPC, and train technicians across sites. ASQ certification preferred; Satisloh equipment experience a plus.",
    "honest": tailor(
        _lens,
        "ASQ and Satisloh certified process engineer with eight years in prescription lens labs, specialising in "
        "freeform surfacing from generating and polishing to engraving and lens metrology. Has lifted first-pass "
        "yield at two high-volume labs and brought statistical process control to the surfacing line.",
        [
            (
                "Owned the surfacing process, from blocking to engraving, at a prescription lab surfacing 9,000 "
                "freeform jobs daily for optical retail chains.",
                [
                    "Tuned generator cutting parameters, lifting freeform first-pass yield from 88% to 94%.",
                    "Brought statistical process control (SPC) to the Satisloh VFT-orbit 2 generators with Minitab "
                    "control charts.",
                    "Redesigned pad replacement intervals on the polishers.",
                    "Polishing-related cosmetic rejects fell by 40% as a result.",
                    "Trained eighteen technicians to map lenses on the Rotlex FreeFormVerifier.",
                ],
            ),
            (
                "Responsible for generator and coating process engineering at a mid-size lab making progressive "
                "and single-vision lenses.",
                [
                    "Qualified an alloy-free blocking process, ending the lab's use of low-melting alloy.",
                    "Brought average lens turnaround down from 3.5 to 2 days.",
                    "Authored work instructions for twelve surfacing stations.",
                ],
            ),
        ],
    ),
}

# 5. Railway level crossing monitoring: tailored for an internal staffing request, no posting.
_rail = cv(
    "Rail Systems Engineer",
    "Tobias Wren-Okafor",
    "Rail signalling and remote condition monitoring engineer with 10 years on level crossings. Designs "
    "monitoring for barrier mechanisms, obstacle detection and crossing power supplies, and turns alarm data "
    "into maintenance work for asset engineers.",
    [
        (
            "Remote Condition Monitoring Lead, Network Rail – Wessex Route (2019–2025)",
            "Route-wide monitoring of 420 level crossings of all types; led the remote condition monitoring "
            "workstream for crossings.",
            [
                "Deployed barrier motor current monitoring on 160 automatic half barrier crossings.",
                "Tuned alarm thresholds with maintainers, cutting nuisance alarms by 55%.",
                "Introduced MCB-OD obstacle detection health dashboards in Grafana for the route control centre.",
                "Managed a £3.2m monitoring budget across 4 financial years.",
            ],
            ["Siemens Intelligent Infrastructure", "Grafana", "InfluxDB", "Python", "Ellipse"],
        ),
        (
            "Signalling Design Engineer, Atkins (2015–2019)",
            "Signalling design consultancy; designed level crossing renewals for Network Rail.",
            [
                "Produced design packs for 22 level crossing renewals, including 6 MCB-CCTV conversions.",
                "Completed level crossing risk assessments using the ALCRM model.",
                "Checked 40 circuit designs from junior engineers.",
            ],
            ["AutoCAD", "ALCRM", "SSI"],
        ),
    ],
    skills=["Remote condition monitoring", "Level crossing design", "Alarm management", "Asset management"],
    languages=["Python", "SQL"],
    tools=["Grafana", "InfluxDB", "AutoCAD", "Ellipse"],
    certifications=["IRSE Licence: Signalling Design Engineer", "PTS (Personal Track Safety)"],
    industries=["Rail"],
    spoken_languages=["English", "Yoruba"],
    academic_background=[
        "BEng Electrical and Electronic Engineering, University of Southampton",
        "MSc Railway Systems Engineering, University of Birmingham",
    ],
)
CVS["rail"] = {
    "source": _rail,
    "prompt": "From Priya (rail practice), internal staffing: need someone on a level crossing monitoring pilot "
    "for a regional operator - barrier health, obstacle detection alarms, getting alarm data into work orders. "
    "A signalling background would help. Can you tailor Tobias's CV for it?",
    "honest": tailor(
        _rail,
        "Level crossing specialist with ten years in rail signalling and remote condition monitoring. Designs "
        "monitoring of barrier mechanisms, obstacle detection and crossing power supplies, and turns alarm data "
        "into maintenance work for asset engineers.",
        [
            (
                "Led the crossings remote condition monitoring workstream across the Wessex route's 420 level "
                "crossings of every type.",
                [
                    "Put barrier motor current monitoring in place on 160 automatic half barrier crossings.",
                    "Worked with maintainers to tune alarm thresholds, reducing nuisance alarms by 55%.",
                    "Gave the route control centre Grafana dashboards on the health of MCB-OD obstacle detection.",
                    "Managed a £3.2 million monitoring budget over four financial years.",
                ],
            ),
            (
                "Designed level crossing renewals for Network Rail at a signalling design consultancy.",
                [
                    "Delivered design packs for 22 level crossing renewals, six of them MCB-CCTV conversions.",
                    "Carried out level crossing risk assessments with the ALCRM model.",
                    "Checked 40 circuit designs produced by junior engineers.",
                ],
            ),
        ],
    ),
}

# 6. Coastal dredge spoil monitoring: every experience description cut to a single line.
_dredge = cv(
    "Marine Environmental Scientist",
    "Saoirse Quennell",
    "Marine environmental scientist with 9 years monitoring the disposal of dredged material at sea and on the "
    "coast. Runs turbidity and sediment plume monitoring, benthic surveys and licence compliance reporting for "
    "port authorities and dredging contractors.",
    [
        (
            "Principal Scientist, Tidewater Environmental (2020–2025)",
            "Environmental consultancy serving ports and dredging contractors around the Irish Sea. Led "
            "monitoring programmes for maintenance dredging campaigns, covering water quality at disposal sites, "
            "sediment contamination sampling and reporting to the licensing authority under marine licence "
            "conditions.",
            [
                "Designed real-time turbidity monitoring with 8 buoy-mounted sondes around the Port of Larne "
                "disposal site.",
                "Modelled sediment plumes in Delft3D to set trigger levels agreed with the regulator.",
                "Coordinated grab sampling of 120 stations for the benthic baseline survey.",
                "Delivered annual licence compliance reports with no breaches recorded in 5 campaigns.",
            ],
            ["Delft3D", "YSI EXO2 sondes", "ArcGIS Pro", "R"],
        ),
        (
            "Marine Scientist, Coastal Sediments Lab, Bangor University (2016–2020)",
            "University research group studying sediment transport in estuaries and the fate of dredged "
            "material. Worked on field campaigns and data analysis for externally funded projects, including a "
            "beneficial reuse trial in North Wales.",
            [
                "Deployed ADCP and OBS instruments on 14 field campaigns.",
                "Analysed particle size distributions for 600 sediment samples.",
                "Co-authored 3 peer-reviewed papers on dredge plume dispersion.",
            ],
            ["ADCP", "OBS-3+", "MATLAB", "QGIS"],
        ),
    ],
    skills=["Sediment plume monitoring", "Benthic ecology", "Marine licensing", "Water quality"],
    languages=["R", "MATLAB"],
    tools=["Delft3D", "ArcGIS Pro", "QGIS"],
    certifications=["STCW Personal Survival Techniques", "ENG1 Seafarer Medical"],
    industries=["Ports and harbours", "Environmental consulting"],
    spoken_languages=["English", "Irish"],
    academic_background=["PhD Ocean Sciences, Bangor University (2016)", "BSc Marine Biology, University of Galway"],
)
CVS["dredge"] = {
    "source": _dredge,
    "prompt": "Dredging Environmental Manager, port authority. Lead the monitoring of our maintenance dredging "
    "and sea disposal: turbidity triggers, plume modelling, benthic surveys and marine licence reporting.",
    "honest": tailor(
        _dredge,
        "Marine environmental scientist with nine years monitoring coastal and offshore disposal of dredged "
        "material, running turbidity and sediment plume monitoring, benthic surveys and marine licence compliance "
        "reporting for port authorities and dredging contractors.",
        [
            (
                "Led maintenance dredging monitoring programmes for Irish Sea ports and dredging contractors.",
                [
                    "Set up real-time turbidity monitoring around the Port of Larne disposal site using eight "
                    "buoy-mounted sondes.",
                    "Used Delft3D plume modelling to set trigger levels agreed with the regulator.",
                    "Coordinated benthic baseline grab sampling at 120 stations.",
                    "No licence breaches across 5 campaigns, documented in annual compliance reports.",
                ],
            ),
            (
                "Field campaigns and data analysis on estuarine sediment transport and dredged material fate.",
                [
                    "Deployed ADCP and OBS instruments across fourteen field campaigns.",
                    "Analysed the particle size distribution of 600 sediment samples.",
                    "Co-author of three peer-reviewed papers on how dredge plumes disperse.",
                ],
            ),
        ],
    ),
}

# 7. Marina berth management: a third-person overview rewritten in the first person.
_marina = cv(
    "Marina Operations Manager",
    "Caspian Delacroix-Hale",
    "Caspian is a marina operations manager with 13 years across three marinas on the south coast of England "
    "and in Brittany. He has implemented berth booking and billing systems, introduced dynamic pricing for "
    "visitor berths and managed pontoon maintenance programmes. He holds the RYA Yachtmaster Offshore "
    "certificate.",
    [
        (
            "Operations Manager, Solent Quays Marina (2018–2025)",
            "650-berth marina with a boatyard and dry stack; responsible for berth allocation, billing and the "
            "berthing team.",
            [
                "Replaced a paper berth register with Harba, giving berth holders online bookings and payments.",
                "Introduced dynamic pricing for visitor berths, increasing visitor revenue by 18% in the first year.",
                "Cut debtor days on annual berth contracts from 64 to 29.",
                "Managed a berthing team of 9 staff and up to 6 seasonal marina assistants.",
            ],
            ["Harba", "Xero", "Power BI", "VHF"],
        ),
        (
            "Deputy Harbour Master, Port-Haliguen Marina (2014–2018)",
            "Visitor-heavy marina in Brittany handling around 9,000 visiting boats per season.",
            [
                "Organised berth allocation for regattas of up to 300 boats.",
                "Ran the pontoon inspection programme covering 1.4 km of pontoons.",
                "Moved the visitor check-in process onto tablets.",
            ],
            ["Marina Master", "Excel"],
        ),
        (
            "Marina Assistant, Hamble Point Marina (2012–2014)",
            "Seasonal, then permanent, marina assistant.",
            [
                "Berthed visiting yachts and operated the fuel berth.",
                "Handled mooring line and fendering checks on night shifts.",
            ],
            ["VHF", "Marina Master"],
        ),
    ],
    skills=["Berth allocation", "Dynamic pricing", "Marina billing", "Pontoon maintenance"],
    tools=["Harba", "Marina Master", "Xero", "Power BI"],
    certifications=["RYA Yachtmaster Offshore", "RYA Powerboat Level 2", "First Aid at Work"],
    industries=["Leisure marine"],
    spoken_languages=["English", "French"],
    academic_background=["BA Business Management, Southampton Solent University"],
)
CVS["marina"] = {
    "source": _marina,
    "prompt": "Marina Manager, Mediterranean marina group. Run berth operations and the booking system, price "
    "visitor berths and lead the berthing staff. Write the profile in the first person. French an advantage.",
    "honest": tailor(
        _marina,
        "I am a marina operations manager with 13 years at three marinas on England's south coast and in "
        "Brittany. I have implemented berth booking and billing systems, introduced dynamic pricing for visitor "
        "berths and managed pontoon maintenance programmes, and I hold the RYA Yachtmaster Offshore certificate.",
        [
            (
                "Responsible for berth allocation, billing and the berthing team at a marina of 650 berths with "
                "a boatyard and dry stack.",
                [
                    "Moved berth holders from a paper berth register onto Harba for online booking and payment.",
                    "Grew visitor revenue by 18% in year one by introducing dynamic pricing for visitor berths.",
                    "Reduced debtor days on annual berth contracts from 64 to 29.",
                    "Led 9 berthing staff plus as many as six seasonal marina assistants.",
                ],
            ),
            (
                "Brittany marina with a heavy visitor trade, handling about 9,000 visiting boats each season.",
                [
                    "Allocated berths for regattas with up to 300 boats.",
                    "Ran inspections across 1.4 km of pontoons.",
                    "Moved visitor check-in onto tablets.",
                ],
            ),
            (
                "Marina assistant, first seasonal and then permanent.",
                [
                    "Operated the fuel berth and berthed visiting yachts.",
                    "Checked mooring lines on night shifts.",
                    "Also checked fendering during those night shifts.",
                ],
            ),
        ],
    ),
}

# 8. Memorial stonemasonry CAD: abbreviations expanded, the posting's vocabulary where the CV says the same.
_stone = cv(
    "CAD/CAM Lead, Memorial Masonry",
    "Aurelio Brancati",
    "CAD/CAM specialist with 7 years in memorial masonry, producing headstone designs, lettering layouts and "
    "toolpaths for CNC stone routers and waterjets. Bridges the design studio and the workshop, and has "
    "digitised proof approval for bereaved families and funeral directors.",
    [
        (
            "CAD/CAM Lead, Granite & Bronze Memorials (2021–2025)",
            "Memorial mason producing about 2,500 headstones and plaques a year from granite, slate and marble; "
            "led the design office.",
            [
                "Built a library of 400 parametric headstone templates in Rhino and Grasshopper.",
                "Cut design-to-proof time from 5 days to 1 day with an online proof approval portal.",
                "Programmed toolpaths in Alphacam for 3 CNC routers and a waterjet cutter.",
                "Reduced lettering errors reaching the workshop to 0.5% of orders by adding a second proof check.",
            ],
            ["Rhino 7", "Grasshopper", "Alphacam", "Breton Contourbreak", "WordPress"],
        ),
        (
            "Monumental Mason and Letter Cutter, Carrara Memorial Works (2018–2021)",
            "Family workshop; hand and machine letter cutting, fixing memorials in cemeteries.",
            [
                "Hand-cut inscriptions in Welsh slate and Portland stone.",
                "Fixed memorials to NAMM Code of Working Practice standards.",
                "Introduced the workshop's first CAD lettering layouts in AutoCAD.",
            ],
            ["AutoCAD", "Sandblast stencils"],
        ),
    ],
    skills=["CAD/CAM", "Letter design", "Toolpath programming", "Proof approval workflows"],
    tools=["Rhino", "Grasshopper", "Alphacam", "AutoCAD"],
    certifications=["BRAMM Registered Fixer", "NAMM Fixer Accreditation"],
    industries=["Funeral services", "Stone"],
    spoken_languages=["Italian", "English"],
    academic_background=[
        "City & Guilds Level 3 Diploma in Stonemasonry",
        "HND Product Design, Cardiff Metropolitan University",
    ],
)
CVS["stone"] = {
    "source": _stone,
    "prompt": "Design Office Manager, memorial group. Computer-aided design and manufacturing of memorials, "
    "numerical control programming for stone machinery and digital proofing for families. Knowledge of the "
    "NAMM Code an advantage.",
    "honest": tailor(
        _stone,
        "Computer-aided design and manufacturing (CAD/CAM) specialist with seven years in memorial masonry, "
        "creating headstone designs and lettering layouts and programming toolpaths for CNC stone routers and "
        "waterjets. Links the design studio with the workshop and has digitised proofing for bereaved families "
        "and funeral directors.",
        [
            (
                "Led the design office of a memorial mason that produces around 2,500 headstones and plaques "
                "annually in granite, slate and marble.",
                [
                    "Created 400 parametric headstone templates in Rhino and Grasshopper.",
                    "Launched an online proof approval portal, bringing design-to-proof time down from five days "
                    "to one.",
                    "Wrote Alphacam toolpaths for three CNC routers and a waterjet cutter.",
                    "Added a second proof check so that lettering errors reaching the workshop fell to 0.5% of orders.",
                ],
            ),
            (
                "Hand and machine letter cutting and fixing of memorials in cemeteries for a family workshop.",
                [
                    "Cut inscriptions by hand in Portland stone and Welsh slate.",
                    "Fixed memorials to the standards of the NAMM Code of Working Practice.",
                    "Brought in the workshop's first CAD lettering layouts, drawn in AutoCAD.",
                ],
            ),
        ],
    ),
}

# 9. Rowing club and regatta entries: bullets merged and split within one experience.
_rowing = cv(
    "Sports Systems Developer",
    "Philippa Oyelaran-Moss",
    "Developer and volunteer administrator who has built entry, timing and membership systems for rowing clubs "
    "and regattas for 6 years. Has run the online entries for a major regional regatta and served as "
    "membership secretary of a 450-member club.",
    [
        (
            "Lead Developer, RegattaDesk (2021–2025)",
            "Small software company selling regatta entry and results software to 70 rowing events in the UK and "
            "Ireland.",
            [
                "Built the entries platform in Django, handling 11,000 crew entries a season.",
                "Integrated British Rowing membership checks so that entries from unregistered athletes are "
                "rejected automatically.",
                "Added Stripe payments and automatic refunds for scratched crews.",
                "Wrote the draw generator for side-by-side knockout events with up to 128 crews.",
            ],
            ["Django", "PostgreSQL", "Stripe", "Celery", "Heroku"],
        ),
        (
            "Volunteer Membership Secretary and Webmaster, Thames Reach Rowing Club (2019–2023)",
            "Community rowing club with 450 members, 40 boats and a junior squad.",
            [
                "Moved membership and subscriptions onto ClubBuzz.",
                "Set up an online boat booking system that replaced the whiteboard.",
                "Ran online entries for the club's annual head race with 300 crews.",
            ],
            ["ClubBuzz", "WordPress", "Google Workspace"],
        ),
    ],
    skills=["Event entry systems", "Payments integration", "Membership administration", "Draw and results software"],
    languages=["Python", "JavaScript", "SQL"],
    tools=["Django", "Stripe", "Celery", "ClubBuzz"],
    certifications=["British Rowing Level 2 Coach", "Safeguarding and Protecting Children (UK Coaching)"],
    industries=["Sport", "Software"],
    spoken_languages=["English"],
    academic_background=["BSc Computer Science, University of Nottingham"],
)
CVS["rowing"] = {
    "source": _rowing,
    "prompt": "Product Engineer, sports event platform (rowing, canoeing, triathlon). Build entries, payments "
    "and draw/results features and integrate governing body membership APIs.",
    "honest": tailor(
        _rowing,
        "Developer and volunteer administrator with six years building entry, timing and membership systems for "
        "rowing clubs and regattas. Ran online entries for a major regional regatta and was membership secretary "
        "of a club with 450 members.",
        [
            (
                "Software company selling regatta entry and results software to 70 UK and Irish rowing events.",
                [
                    "Built the Django entries platform, which handles 11,000 crew entries each season, with Stripe "
                    "payments and automatic refunds for scratched crews.",
                    "Integrated British Rowing membership checks to reject entries from unregistered athletes "
                    "automatically.",
                    "Wrote the draw generator for side-by-side knockout events of up to 128 crews.",
                ],
            ),
            (
                "Community club of 450 members with 40 boats and a junior squad.",
                [
                    "Moved membership records and subscriptions onto ClubBuzz.",
                    "Replaced the boat booking whiteboard with an online system.",
                    "Ran online entries for the club's annual head race.",
                    "Took 300 crews through online entry for that head race.",
                ],
            ),
        ],
    ),
}

# 10. Snowmaking at indoor ski slopes: "24/7" and "round the clock" swapped, hedges kept where the CV hedges.
_snow = cv(
    "Snowmaking and Refrigeration Engineer",
    "Ketil Abernethy",
    "Refrigeration engineer with roughly 10 years running snowmaking and cooling systems at indoor ski slopes. "
    "Keeps snow quality stable 24/7 on slopes as long as 320 m, and specialises in ammonia refrigeration, snow "
    "guns and energy optimisation.",
    [
        (
            "Technical Manager, SnowDome Arena (2019–2025)",
            "Indoor ski centre with a 320 m main slope and a beginner slope, open 24/7 to clubs and the public; "
            "led the snowmaking and plant team.",
            [
                "Ran snow production with 26 TechnoAlpin snow guns, maintaining a 60 cm base year-round.",
                "Cut refrigeration energy use by about 15% by moving ammonia compressor staging to a Siemens Desigo "
                "controller.",
                "Led a plant team of 7 technicians on a round-the-clock rota.",
                "Managed the replacement of the ammonia chiller, completed in 11 weeks during the summer closure.",
            ],
            ["TechnoAlpin", "Siemens Desigo CC", "Mycom compressors", "Ammonia (R717)"],
        ),
        (
            "Refrigeration Engineer, Polar Slopes Ltd (2015–2019)",
            "Operator of two indoor real-snow slopes in the UK; maintained refrigeration plant and snowmaking.",
            [
                "Maintained ammonia and glycol refrigeration plant across 2 sites.",
                "Reduced snow gun downtime by rebuilding nozzle maintenance procedures.",
                "Trained around 20 slope staff in snow grooming.",
            ],
            ["Ammonia (R717)", "Glycol", "PistenBully 100"],
        ),
    ],
    skills=["Snowmaking", "Industrial refrigeration", "Energy optimisation", "Plant maintenance"],
    tools=["Siemens Desigo CC", "TechnoAlpin ATASSplus"],
    certifications=["F-Gas Category 1", "Institute of Refrigeration Ammonia Safety Certificate"],
    industries=["Leisure", "Refrigeration"],
    spoken_languages=["English", "Norwegian"],
    academic_background=["HNC Refrigeration and Air Conditioning, Grimsby Institute"],
)
CVS["snow"] = {
    "source": _snow,
    "prompt": "Snow Plant Manager, indoor snow centre (Dubai). Own 24/7 snow quality, ammonia refrigeration and "
    "snow guns, drive energy efficiency and lead a shift team of technicians.",
    "honest": tailor(
        _snow,
        "Refrigeration engineer with around a decade of snowmaking and cooling experience at indoor ski slopes, "
        "keeping snow quality steady round the clock on slopes of up to 320 m. Specialist in ammonia "
        "refrigeration, snow guns and energy optimisation.",
        [
            (
                "Led the snowmaking and plant team at an indoor ski centre with a 320 m main slope and a beginner "
                "slope, open round the clock to clubs and the public.",
                [
                    "Maintained a 60 cm base all year with 26 TechnoAlpin snow guns.",
                    "Lowered refrigeration energy use by roughly 15% by moving ammonia compressor staging to a "
                    "Siemens Desigo controller.",
                    "Led seven plant technicians on a 24/7 rota.",
                    "Replaced the ammonia chiller in 11 weeks during the summer closure.",
                ],
            ),
            (
                "Maintained refrigeration plant and snowmaking for an operator of two UK indoor real-snow slopes.",
                [
                    "Kept ammonia and glycol refrigeration plant running at both sites.",
                    "Rebuilt nozzle maintenance procedures to reduce snow gun downtime.",
                    "Trained about twenty slope staff in snow grooming.",
                ],
            ),
        ],
    ),
}

# 11. Chemical tanker vetting (SIRE): standard maritime abbreviations expanded.
_tanker = cv(
    "Marine Vetting Superintendent",
    "Anneliese Korhonen-Baptiste",
    "Former chemical tanker chief officer and marine superintendent with 15 years at sea and ashore. Accredited "
    "OCIMF SIRE inspector who prepares vessels for vetting, analyses observations and leads corrective action "
    "across chemical and product tanker fleets.",
    [
        (
            "Vetting Superintendent, Nordic Chem Tankers (2019–2025)",
            "Operator of 34 stainless steel chemical tankers trading in Europe and the Middle East; responsible "
            "for fleet vetting performance.",
            [
                "Cut the average number of SIRE observations per inspection from 7.2 to 3.1.",
                "Introduced pre-vetting self-assessments against the VIQ7 question set on every vessel.",
                "Managed CDI inspections for the IMO type 2 ships in the fleet.",
                "Maintained the TMSA 3 self-assessment and led the annual review with the DPA.",
            ],
            ["OCIMF SIRE", "CDI", "TMSA 3", "Q88", "ShipPalm"],
        ),
        (
            "Chief Officer, Stolt Tankers (2010–2019)",
            "Parcel tanker operator; chief officer on 25,000–38,000 dwt chemical tankers.",
            [
                "Planned cargo operations for up to 40 segregated grades per voyage.",
                "Prepared vessels for 20 SIRE and CDI inspections as chief officer.",
                "Supervised tank cleaning and wall-wash testing for high-purity cargoes.",
            ],
            ["Cargo Max", "MARPOL Annex II"],
        ),
    ],
    skills=["Tanker vetting", "SIRE and CDI inspection", "Cargo operations", "Root cause analysis"],
    tools=["Q88", "ShipPalm", "Cargo Max"],
    certifications=[
        "OCIMF SIRE Accredited Inspector",
        "STCW II/2 Chief Mate Unlimited",
        "Advanced Chemical Tanker Cargo Operations (STCW V/1-1)",
    ],
    industries=["Shipping", "Chemicals"],
    spoken_languages=["Finnish", "Swedish", "English", "Portuguese"],
    academic_background=["BSc Nautical Science, Satakunta University of Applied Sciences"],
)
CVS["tanker"] = {
    "source": _tanker,
    "prompt": "Vetting Manager, chemical tanker pool. Own SIRE and CDI performance, TMSA and inspection "
    "readiness across the pool. Knowledge of SIRE 2.0 desirable.",
    "honest": tailor(
        _tanker,
        "Marine superintendent and former chemical tanker chief officer with fifteen years at sea and ashore. An "
        "accredited OCIMF Ship Inspection Report Programme (SIRE) inspector who readies vessels for vetting, "
        "analyses observations and drives corrective action across chemical and product tanker fleets.",
        [
            (
                "Responsible for fleet vetting performance at an operator of 34 stainless steel chemical tankers "
                "trading across Europe and the Middle East.",
                [
                    "Brought average SIRE observations per inspection down from 7.2 to 3.1.",
                    "Rolled out pre-vetting self-assessments on every vessel against the VIQ7 (Vessel Inspection "
                    "Questionnaire) question set.",
                    "Managed Chemical Distribution Institute (CDI) inspections for the fleet's IMO type 2 ships.",
                    "Maintained the TMSA 3 self-assessment and led its annual review with the Designated Person "
                    "Ashore.",
                ],
            ),
            (
                "Chief officer on 25,000 to 38,000 dwt chemical tankers for a parcel tanker operator.",
                [
                    "Planned cargo operations with as many as 40 segregated grades on a voyage.",
                    "Prepared vessels for twenty SIRE and CDI inspections.",
                    "Supervised tank cleaning for high-purity cargoes.",
                    "Oversaw the wall-wash tests those cargoes required.",
                ],
            ),
        ],
    ),
}

# 12. Organ transplant logistics: "half" for 50%, "a dozen" for 12, outcomes reordered.
_organ = cv(
    "Clinical Logistics Lead",
    "Rosalind Achebe-Farrow",
    "Clinical logistics lead with 8 years coordinating the transport of donor organs and retrieval teams. Has "
    "built tracking, courier dispatch and cold-chain monitoring for a national organ donation service and cut "
    "the time organs spend in transit.",
    [
        (
            "Logistics Lead, National Organ Retrieval Service (2020–2025)",
            "National service coordinating the retrieval and transport of donor organs between 12 retrieval teams "
            "and 24 transplant centres; led logistics operations.",
            [
                "Introduced GPS tracking on every organ box, giving transplant centres live arrival estimates.",
                "Cut average kidney transport time by 50% by reorganising courier routing by region.",
                "Set up a 24/7 logistics desk staffed by 12 coordinators.",
                "Monitored temperature in transit with Bluetooth loggers, reducing cold-chain excursions to under "
                "1% of journeys.",
            ],
            ["Salesforce Health Cloud", "Onfleet", "Tive trackers", "Power BI"],
        ),
        (
            "Transport Coordinator, Midlands Air Ambulance Charity (2017–2020)",
            "Charity air ambulance; coordinated aircraft and road transfers, including organ retrieval flights.",
            [
                "Coordinated 140 organ retrieval flights with retrieval teams and airports.",
                "Wrote the standard operating procedure for handing organs between air and road crews.",
                "Reduced call-to-dispatch time from 9 to 6 minutes.",
            ],
            ["Terrafix", "Excel", "Airbox"],
        ),
    ],
    skills=["Clinical logistics", "Cold chain", "Courier dispatch", "Incident management"],
    tools=["Salesforce Health Cloud", "Onfleet", "Power BI"],
    certifications=["CILT Level 3 Certificate in Logistics and Transport", "PRINCE2 Foundation"],
    industries=["Healthcare", "Logistics"],
    spoken_languages=["English", "Igbo"],
    academic_background=["BSc Logistics and Supply Chain Management, Aston University"],
)
CVS["organ"] = {
    "source": _organ,
    "prompt": "Head of Organ Transport, transplant network. Run organ and retrieval team transport, cold-chain "
    "monitoring and a 24/7 dispatch desk, and keep improving transit times.",
    "honest": tailor(
        _organ,
        "Clinical logistics lead with eight years coordinating donor organ and retrieval team transport. Built "
        "tracking, courier dispatch and cold-chain monitoring for a national organ donation service and reduced "
        "organ transit times.",
        [
            (
                "Led logistics operations for a national service that coordinates donor organ retrieval and "
                "transport between a dozen retrieval teams and 24 transplant centres.",
                [
                    "Halved average kidney transport time by reorganising courier routing by region.",
                    "Fitted every organ box with GPS tracking so transplant centres see live arrival estimates.",
                    "Established a round-the-clock logistics desk with twelve coordinators.",
                    "Kept cold-chain excursions below 1% of journeys by monitoring in-transit temperature with "
                    "Bluetooth loggers.",
                ],
            ),
            (
                "Coordinated aircraft and road transfers, organ retrieval flights among them, for a charity air "
                "ambulance.",
                [
                    "Coordinated 140 organ retrieval flights with airports and retrieval teams.",
                    "Authored the SOP for handing organs over between air and road crews.",
                    "Brought call-to-dispatch time down from nine minutes to six.",
                ],
            ),
        ],
    ),
}

# (cv, field, kind, position, old, new): one claim the CV does not make, injected into the honest text.
_INJECTED = [
    # salt
    ("salt", "overview", "certified", "start", "Underground salt", "Chartered underground salt"),
    ("salt", "overview", "years", "middle", "with 11 years'", "with 14 years'"),
    (
        "salt",
        "overview",
        "customer",
        "end",
        "production planning.",
        "production planning, with clients including Compass Minerals.",
    ),
    (
        "salt",
        "experiences[0].description",
        "recognition",
        "end",
        "industrial customers.",
        "industrial customers; the platform won the group's innovation award.",
    ),
    ("salt", "experiences[0].bullets[0]", "number", "start", "9% higher", "12% higher"),
    ("salt", "experiences[0].bullets[1]", "tool", "end", "built in Ignition.", "built in Ignition and Siemens WinCC."),
    ("salt", "experiences[0].bullets[1]", "version", "end", "built in Ignition.", "built in Ignition 8.3."),
    (
        "salt",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "five automation engineers",
        "eight automation engineers",
    ),
    (
        "salt",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Automated pressure and flow control across the brine wells, ending manual valve rounds.",
    ),
    (
        "salt",
        "experiences[1].description",
        "certification",
        "start",
        "Responsible for",
        "Holder of a TÜV Functional Safety Engineer certificate, responsible for",
    ),
    (
        "salt",
        "experiences[1].bullets[0]",
        "duration",
        "end",
        "across 38 brine wells.",
        "across 38 brine wells within six months.",
    ),
    (
        "salt",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "built in Python.",
        "built in Python, saving £120k a year in contractor fees.",
    ),
    (
        "salt",
        "experiences[2].description",
        "degree",
        "start",
        "Graduate rotation at",
        "Graduate rotation, after an MSc in geotechnics, at",
    ),
    ("salt", "experiences[2].description", "date", "end", "potash and salt.", "potash and salt, starting in 2011."),
    (
        "salt",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Drafted the mine's first digital ground control management plan.",
    ),
    # bees
    ("bees", "overview", "years", "start", "with nine years of experience", "with twelve years of experience"),
    ("bees", "overview", "customer", "end", "in Cornwall.", "in Cornwall; past clients include Rowse Honey."),
    (
        "bees",
        "experiences[0].description",
        "number",
        "middle",
        "a cooperative of 310 beekeepers",
        "a cooperative of 340 beekeepers",
    ),
    ("bees", "experiences[0].bullets[1]", "duration", "end", "in less than two hours.", "in less than 45 minutes."),
    (
        "bees",
        "experiences[0].bullets[2]",
        "certified",
        "end",
        "with FERA Science.",
        "with FERA Science as a certified ISO 17025 assessor.",
    ),
    (
        "bees",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "floral source declarations.",
        "floral source declarations, lifting repeat orders by 12%.",
    ),
    ("bees", "experiences[1].description", "date", "start", "Startup selling", "Startup, founded in 2014, selling"),
    ("bees", "experiences[1].bullets[0]", "tool", "start", "models in R from", "models in R and Python from"),
    (
        "bees",
        "experiences[1].bullets[1]",
        "recognition",
        "middle",
        "Designed the customer dashboard",
        "Designed the award-winning customer dashboard",
    ),
    (
        "bees",
        "experiences[1].bullets[2]",
        "team size",
        "start",
        "Analyzed overwintering",
        "With a team of three, analyzed overwintering",
    ),
    (
        "bees",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Published a peer-reviewed paper on varroa treatment timing.",
    ),
    # mint
    ("mint", "overview", "years", "start", "Engineering manager with 12 years", "Engineering manager with 15 years"),
    ("mint", "overview", "duration", "middle", "five of them inside", "seven of them inside"),
    ("mint", "overview", "certified", "middle", "Has run shops", "PMP-certified, has run shops"),
    (
        "mint",
        "overview",
        "customer",
        "end",
        "limited-mintage releases.",
        "limited-mintage releases for the Royal Mint and the Perth Mint.",
    ),
    ("mint", "experiences[0].bullets[0]", "tool", "middle", "with a queueing layer", "with a Queue-it queueing layer"),
    (
        "mint",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "bullion SKUs.",
        "bullion SKUs, lifting bullion margin by 4%.",
    ),
    (
        "mint",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "Managed eleven engineers",
        "Managed fifteen engineers",
    ),
    (
        "mint",
        "experiences[1].description",
        "recognition",
        "start",
        "Worked on the collector",
        "Worked on the award-winning collector",
    ),
    (
        "mint",
        "experiences[1].bullets[0]",
        "version",
        "end",
        "to a Java web application.",
        "to a Java 17 web application.",
    ),
    (
        "mint",
        "experiences[1].bullets[1]",
        "date",
        "end",
        "sixty-two thousand subscribers.",
        "sixty-two thousand subscribers by 2019.",
    ),
    (
        "mint",
        "experiences[2].bullets[0]",
        "degree",
        "start",
        "Wrote the barcode",
        "Fresh from an MSc in software engineering, wrote the barcode",
    ),
    (
        "mint",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Introduced live spot-price repricing for bullion SKUs.",
    ),
    # lens
    ("lens", "overview", "certified", "start", "ASQ and Satisloh certified", "ASQ, Satisloh and Schneider certified"),
    ("lens", "overview", "years", "middle", "with eight years in", "with ten years in"),
    ("lens", "experiences[0].description", "number", "end", "9,000 freeform jobs", "12,000 freeform jobs"),
    (
        "lens",
        "experiences[0].description",
        "customer",
        "end",
        "optical retail chains.",
        "optical retail chains including Specsavers.",
    ),
    ("lens", "experiences[0].bullets[1]", "version", "middle", "VFT-orbit 2 generators", "VFT-orbit 3 generators"),
    (
        "lens",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "with Minitab control charts.",
        "with Minitab and JMP control charts.",
    ),
    (
        "lens",
        "experiences[1].description",
        "degree",
        "start",
        "Responsible for generator",
        "With an MSc in optometry, responsible for generator",
    ),
    ("lens", "experiences[1].bullets[1]", "duration", "end", "to 2 days.", "to 2 days within nine months."),
    (
        "lens",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "surfacing stations.",
        "surfacing stations, recognised with the site's quality award.",
    ),
    (
        "lens",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Introduced anti-reflective coating yield tracking on both coating chambers.",
    ),
    # rail
    (
        "rail",
        "overview",
        "customer",
        "middle",
        "crossing power supplies,",
        "crossing power supplies for operators such as Southeastern,",
    ),
    (
        "rail",
        "overview",
        "certified",
        "end",
        "for asset engineers.",
        "for asset engineers, and is a Chartered Engineer (IET).",
    ),
    ("rail", "experiences[0].description", "number", "end", "420 level crossings", "470 level crossings"),
    (
        "rail",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "nuisance alarms by 55%.",
        "nuisance alarms by 55% and crossing failures by 20%.",
    ),
    (
        "rail",
        "experiences[0].bullets[2]",
        "tool",
        "start",
        "centre Grafana dashboards",
        "centre Grafana and Kibana dashboards",
    ),
    (
        "rail",
        "experiences[0].bullets[3]",
        "duration",
        "end",
        "over four financial years.",
        "over five financial years.",
    ),
    (
        "rail",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Wrote the route's alarm response procedures for mobile operations managers.",
    ),
    ("rail", "experiences[1].description", "date", "end", "design consultancy.", "design consultancy from 2014."),
    (
        "rail",
        "experiences[1].bullets[0]",
        "customer",
        "middle",
        "level crossing renewals,",
        "level crossing renewals for Transport for Wales,",
    ),
    (
        "rail",
        "experiences[1].bullets[2]",
        "team size",
        "end",
        "produced by junior engineers.",
        "produced by a team of five junior engineers.",
    ),
    (
        "rail",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Tuned alarm thresholds with maintainers to cut nuisance alarms.",
    ),
    # dredge
    ("dredge", "overview", "tool", "middle", "sediment plume monitoring,", "sediment plume monitoring with MIKE 21,"),
    (
        "dredge",
        "overview",
        "customer",
        "end",
        "and dredging contractors.",
        "and dredging contractors such as Boskalis and Van Oord.",
    ),
    (
        "dredge",
        "experiences[0].description",
        "team size",
        "start",
        "Led maintenance dredging",
        "Led a team of four on maintenance dredging",
    ),
    (
        "dredge",
        "experiences[0].description",
        "customer",
        "middle",
        "for Irish Sea ports and",
        "for Irish Sea ports such as Belfast Harbour and",
    ),
    ("dredge", "experiences[0].bullets[0]", "number", "end", "using eight buoy-mounted", "using ten buoy-mounted"),
    (
        "dredge",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "agreed with the regulator.",
        "agreed with the regulator, reducing stand-down time by 30%.",
    ),
    (
        "dredge",
        "experiences[0].bullets[2]",
        "degree",
        "start",
        "Coordinated benthic",
        "Drawing on an MSc in benthic ecology, coordinated benthic",
    ),
    ("dredge", "experiences[0].bullets[3]", "number", "start", "across 5 campaigns", "across 7 campaigns"),
    (
        "dredge",
        "experiences[1].description",
        "date",
        "end",
        "dredged material fate.",
        "dredged material fate, 2015 to 2020.",
    ),
    (
        "dredge",
        "experiences[1].bullets[0]",
        "certification",
        "end",
        "fourteen field campaigns.",
        "fourteen field campaigns, holding an HSE SCUBA diving certificate.",
    ),
    (
        "dredge",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "how dredge plumes disperse.",
        "how dredge plumes disperse, one of which won the journal's best paper prize.",
    ),
    (
        "dredge",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Ran the sediment laboratory's ISO 17025 accreditation audit.",
    ),
    # marina
    ("marina", "overview", "number", "middle", "three marinas", "four marinas"),
    (
        "marina",
        "overview",
        "certification",
        "end",
        "Yachtmaster Offshore certificate.",
        "Yachtmaster Ocean certificate.",
    ),
    ("marina", "experiences[0].description", "number", "end", "a marina of 650 berths", "a marina of 750 berths"),
    ("marina", "experiences[0].bullets[0]", "tool", "end", "onto Harba for", "onto Harba and Stripe for"),
    ("marina", "experiences[0].bullets[1]", "number", "start", "by 18%", "by 24%"),
    (
        "marina",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "for visitor berths.",
        "for visitor berths, while occupancy rose to 92%.",
    ),
    ("marina", "experiences[0].bullets[3]", "team size", "start", "Led 9 berthing staff", "Led 12 berthing staff"),
    (
        "marina",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Negotiated a fuel supply contract that cut diesel prices for berth holders.",
    ),
    (
        "marina",
        "experiences[1].description",
        "recognition",
        "end",
        "visiting boats each season.",
        "visiting boats each season and holding a Blue Flag award.",
    ),
    (
        "marina",
        "experiences[1].bullets[0]",
        "customer",
        "end",
        "up to 300 boats.",
        "up to 300 boats, including the Tour de Bretagne à la Voile.",
    ),
    (
        "marina",
        "experiences[1].bullets[1]",
        "duration",
        "end",
        "1.4 km of pontoons.",
        "1.4 km of pontoons over four seasons.",
    ),
    (
        "marina",
        "experiences[2].description",
        "date",
        "middle",
        "Marina assistant, first",
        "Marina assistant from 2011, first",
    ),
    (
        "marina",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Ran inspections across the marina's pontoons.",
    ),
    # stone
    ("stone", "overview", "years", "start", "specialist with seven years", "specialist with nine years"),
    ("stone", "overview", "tool", "middle", "programming toolpaths for", "programming toolpaths in Mastercam for"),
    (
        "stone",
        "overview",
        "customer",
        "end",
        "and funeral directors.",
        "and funeral directors including Co-op Funeralcare.",
    ),
    (
        "stone",
        "experiences[0].description",
        "team size",
        "start",
        "Led the design office",
        "Led the four-person design office",
    ),
    ("stone", "experiences[0].description", "number", "middle", "around 2,500 headstones", "around 3,500 headstones"),
    ("stone", "experiences[0].bullets[0]", "number", "start", "Created 400 parametric", "Created 600 parametric"),
    (
        "stone",
        "experiences[0].bullets[0]",
        "version",
        "end",
        "in Rhino and Grasshopper.",
        "in Rhino 8 and Grasshopper.",
    ),
    (
        "stone",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "from five days to one.",
        "from five days to one, lifting customer satisfaction scores by 20%.",
    ),
    (
        "stone",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "0.5% of orders.",
        "0.5% of orders, earning a NAMM quality commendation.",
    ),
    ("stone", "experiences[1].description", "duration", "start", "Hand and machine", "Four years of hand and machine"),
    (
        "stone",
        "experiences[1].bullets[1]",
        "certified",
        "end",
        "Code of Working Practice.",
        "Code of Working Practice as a NAMM-certified master mason.",
    ),
    (
        "stone",
        "experiences[1].bullets[2]",
        "degree",
        "start",
        "Brought in the workshop's",
        "Applying a degree in graphic design, brought in the workshop's",
    ),
    (
        "stone",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Restored Victorian headstones in Portland stone for the local parish.",
    ),
    # rowing
    ("rowing", "overview", "years", "start", "with six years building", "with eight years building"),
    ("rowing", "overview", "customer", "middle", "for a major regional regatta", "for Henley Royal Regatta"),
    ("rowing", "overview", "number", "end", "a club with 450 members.", "a club with 520 members."),
    (
        "rowing",
        "experiences[0].description",
        "recognition",
        "start",
        "Software company selling",
        "Award-winning software company selling",
    ),
    (
        "rowing",
        "experiences[0].bullets[0]",
        "tool",
        "start",
        "Built the Django entries",
        "Built the Django and React entries",
    ),
    ("rowing", "experiences[0].bullets[0]", "number", "middle", "11,000 crew entries", "14,000 crew entries"),
    (
        "rowing",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "for scratched crews.",
        "for scratched crews, cutting admin time by 70%.",
    ),
    (
        "rowing",
        "experiences[0].bullets[2]",
        "version",
        "middle",
        "Wrote the draw generator for",
        "Wrote the draw generator, on Django 5, for",
    ),
    (
        "rowing",
        "experiences[1].bullets[0]",
        "certification",
        "start",
        "Moved membership records",
        "As a British Rowing Level 3 Coach, moved membership records",
    ),
    (
        "rowing",
        "experiences[1].bullets[1]",
        "duration",
        "end",
        "with an online system.",
        "with an online system within a month.",
    ),
    ("rowing", "experiences[1].bullets[3]", "number", "start", "Took 300 crews", "Took 350 crews"),
    (
        "rowing",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Built the draw generator for side-by-side knockout events.",
    ),
    # snow
    ("snow", "overview", "years", "start", "around a decade of snowmaking", "around fifteen years of snowmaking"),
    ("snow", "overview", "number", "middle", "slopes of up to 320 m", "slopes of up to 400 m"),
    (
        "snow",
        "overview",
        "certified",
        "end",
        "and energy optimisation.",
        "and energy optimisation, and a certified CIBSE Low Carbon Consultant.",
    ),
    ("snow", "experiences[0].bullets[0]", "number", "start", "Maintained a 60 cm base", "Maintained an 80 cm base"),
    (
        "snow",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "26 TechnoAlpin snow guns.",
        "26 TechnoAlpin and Demaclenko snow guns.",
    ),
    (
        "snow",
        "experiences[0].bullets[1]",
        "version",
        "end",
        "a Siemens Desigo controller.",
        "a Siemens Desigo CC V6 controller.",
    ),
    ("snow", "experiences[0].bullets[2]", "team size", "start", "Led seven plant", "Led nine plant"),
    ("snow", "experiences[0].bullets[3]", "duration", "middle", "chiller in 11 weeks", "chiller in 8 weeks"),
    (
        "snow",
        "experiences[1].description",
        "date",
        "start",
        "Maintained refrigeration plant",
        "From 2013, maintained refrigeration plant",
    ),
    (
        "snow",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "reduce snow gun downtime.",
        "reduce snow gun downtime by 40%.",
    ),
    (
        "snow",
        "experiences[1].bullets[2]",
        "degree",
        "end",
        "in snow grooming.",
        "in snow grooming, drawing on a BEng in building services.",
    ),
    (
        "snow",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed a heat recovery loop that warmed the centre's changing rooms.",
    ),
    # tanker
    (
        "tanker",
        "overview",
        "certification",
        "start",
        "Marine superintendent and former",
        "Master Mariner, marine superintendent and former",
    ),
    ("tanker", "overview", "years", "middle", "with fifteen years at sea", "with eighteen years at sea"),
    ("tanker", "overview", "version", "middle", "(SIRE) inspector", "(SIRE 2.0) inspector"),
    (
        "tanker",
        "overview",
        "customer",
        "end",
        "product tanker fleets.",
        "product tanker fleets for Odfjell and Team Tankers.",
    ),
    ("tanker", "experiences[0].description", "number", "middle", "34 stainless steel", "38 stainless steel"),
    ("tanker", "experiences[0].description", "date", "end", "and the Middle East.", "and the Middle East since 2017."),
    ("tanker", "experiences[0].bullets[0]", "number", "end", "from 7.2 to 3.1.", "from 7.2 to 2.4."),
    (
        "tanker",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "Questionnaire) question set.",
        "Questionnaire) question set, tracked in Helm CONNECT.",
    ),
    (
        "tanker",
        "experiences[0].bullets[2]",
        "certified",
        "start",
        "Managed Chemical Distribution",
        "As a CDI-accredited inspector, managed Chemical Distribution",
    ),
    (
        "tanker",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "the Designated Person Ashore.",
        "the Designated Person Ashore, reaching TMSA stage 4 on every element.",
    ),
    (
        "tanker",
        "experiences[1].description",
        "team size",
        "start",
        "Chief officer on",
        "Chief officer, leading a deck crew of 14, on",
    ),
    ("tanker", "experiences[1].bullets[0]", "number", "middle", "as many as 40 segregated", "as many as 52 segregated"),
    (
        "tanker",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "SIRE and CDI inspections.",
        "SIRE and CDI inspections, earning the fleet's best vetting record award.",
    ),
    (
        "tanker",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Introduced pre-vetting self-assessments on board against the VIQ question set.",
    ),
    # organ
    ("organ", "overview", "degree", "start", "Clinical logistics lead", "MSc-qualified clinical logistics lead"),
    ("organ", "overview", "years", "start", "with eight years coordinating", "with ten years coordinating"),
    (
        "organ",
        "overview",
        "customer",
        "middle",
        "for a national organ donation service",
        "for NHS Blood and Transplant's national organ donation service",
    ),
    ("organ", "overview", "metric", "end", "reduced organ transit times.", "reduced organ transit times by 35%."),
    (
        "organ",
        "experiences[0].description",
        "recognition",
        "start",
        "Led logistics operations",
        "Led award-winning logistics operations",
    ),
    ("organ", "experiences[0].description", "number", "middle", "a dozen retrieval teams", "fifteen retrieval teams"),
    (
        "organ",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "see live arrival estimates.",
        "see live arrival estimates on a Samsara dashboard.",
    ),
    (
        "organ",
        "experiences[0].bullets[2]",
        "team size",
        "end",
        "with twelve coordinators.",
        "with sixteen coordinators.",
    ),
    ("organ", "experiences[0].bullets[3]", "version", "end", "with Bluetooth loggers.", "with Bluetooth 5.0 loggers."),
    (
        "organ",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Wrote the standard operating procedure for organ handovers between air and road crews.",
    ),
    (
        "organ",
        "experiences[1].description",
        "date",
        "end",
        "for a charity air ambulance.",
        "for a charity air ambulance from 2016.",
    ),
    ("organ", "experiences[1].bullets[0]", "number", "start", "Coordinated 140 organ", "Coordinated 180 organ"),
    (
        "organ",
        "experiences[1].bullets[1]",
        "certified",
        "end",
        "air and road crews.",
        "air and road crews, as a certified IATA dangerous goods handler.",
    ),
    (
        "organ",
        "experiences[1].bullets[2]",
        "certification",
        "end",
        "from nine minutes to six.",
        "from nine minutes to six after gaining the IHCD Emergency Medical Dispatcher certificate.",
    ),
    (
        "organ",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Negotiated a framework agreement with two private jet operators for long-distance retrievals.",
    ),
]

# (cv, field, old, new, reason): edits whose honesty a careful reviewer could argue either way.
_AMBIGUOUS = [
    (
        "salt",
        "overview",
        "with 11 years' experience",
        "with over a decade of experience",
        "rounds 11 years to a hedge the CV does not use",
    ),
    (
        "salt",
        "experiences[1].description",
        "Responsible for well field automation",
        "Led well field automation",
        "'responsible for' becomes 'led': a leadership claim or a synonym",
    ),
    (
        "bees",
        "experiences[1].bullets[1]",
        "roughly 1,200 beekeepers",
        "over a thousand beekeepers",
        "the CV's hedge 'around 1,200' becomes a floor",
    ),
    (
        "mint",
        "experiences[1].bullets[2]",
        "by one third",
        "by 33%",
        "a stated fraction turned into a percentage the CV does not write",
    ),
    (
        "lens",
        "experiences[0].bullets[0]",
        "from 88% to 94%",
        "by six percentage points",
        "a derived figure, arithmetically true but not stated",
    ),
    (
        "rail",
        "experiences[0].bullets[0]",
        "automatic half barrier crossings",
        "automatic half barrier (AHB) crossings",
        "standard rail abbreviation the CV never writes",
    ),
    (
        "rail",
        "experiences[1].description",
        "for Network Rail at",
        "for Network Rail, as an IRSE-licensed engineer, at",
        "the CV holds the licence but does not date it to this role",
    ),
    (
        "dredge",
        "experiences[0].bullets[3]",
        "across 5 campaigns",
        "across every campaign",
        "'every campaign' generalises the CV's five",
    ),
    (
        "marina",
        "experiences[0].bullets[3]",
        "Led 9 berthing staff plus as many as six seasonal marina assistants.",
        "Led a berthing team of up to 15.",
        "sums two stated figures into one the CV does not state",
    ),
    ("snow", "experiences[0].bullets[1]", "by roughly 15%", "by 15%", "drops the CV's hedge on the figure"),
    (
        "tanker",
        "experiences[0].bullets[0]",
        "down from 7.2 to 3.1",
        "down by more than half",
        "a derived proportion (57%) the CV does not state",
    ),
    (
        "organ",
        "experiences[0].bullets[0]",
        "Halved average kidney transport time",
        "Halved average organ transport time",
        "generalises kidney transport to all organs",
    ),
    (
        "organ",
        "experiences[1].bullets[2]",
        "from nine minutes to six",
        "by a third",
        "a derived proportion in place of the CV's figures",
    ),
    (
        "rowing",
        "overview",
        "a major regional regatta",
        "a major UK regatta",
        "the CV does not say which country the regatta is in",
    ),
    (
        "stone",
        "overview",
        "CNC stone routers",
        "computer numerical control (CNC) stone routers",
        "standard expansion the CV never writes",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _INJECTED)
AMBIGUOUS = build(CVS, _AMBIGUOUS, with_reason=True)
