"""Blind set ZJ for the free-text claims guard (issue 20): twelve hand-written CVs in cheese and dairy
plant automation, ice cream cold-chain distribution, mattress manufacturing MES, piano and musical
instrument retail e-commerce, cable car and ropeway maintenance, yacht brokerage CRM, velodrome and
cycling event timing, equestrian competition scoring, IVF clinic laboratory systems, mountain rescue
callout systems, coastguard vessel tracking and street lighting central management systems, each
with a job posting or customer brief and one honest tailoring (STAR bullets, exact totals,
abbreviations expanded, one UK civil-service plain-English tailoring, one senior career folded into
the overview), single claims injected into those tailorings, and edits whose honesty is unsure;
written blind, without reading the guard, its documentation or any other set."""

from claims_blind_set import build, cv, honest_texts, tailor

GUARD_FLOOR = {"caught": 147, "touched": 4}  # blind: 147 caught, 5 touched at 2d9f1bd (session 13's start)
CATCH_NOT_MET = "set ZJ, blind (session 13): 147/152 claims caught at the session start (2d9f1bd), 147/152 (96.7%) at its end"
TOUCH_NOT_MET = "set ZJ, blind (session 13): 5/134 honest texts touched at the session start (2d9f1bd), 4/134 (3.0%) at its end"

CVS = {}

# --- Cheese and dairy plant automation ---------------------------------------------------------------
_dairy = cv(
    "Senior Automation Engineer - Dairy Processing",
    "Maren Holtkamp",
    "Automation engineer with 11 years in cheese and liquid-milk plants. Specialises in Siemens PCS 7 batch "
    "control, CIP (clean-in-place) sequencing and OEE reporting. Has delivered projects for Arla Foods and "
    "FrieslandCampina across Germany and the Netherlands.",
    [
        (
            "2020-2024 | Lead Automation Engineer, Molkerei Nordheide GmbH",
            "Automation of a new hard-cheese line processing 400,000 litres of milk per day, from vat filling to "
            "brine salting.",
            [
                "Designed ISA-88 batch recipes for 6 cheese vats in Siemens PCS 7 V9.1.",
                "Rebuilt CIP sequences for 14 circuits, cutting cleaning time per circuit from 95 to 70 minutes.",
                "Integrated the whey-separation skid over PROFINET and OPC UA.",
                "Led a team of 3 PLC engineers and 2 commissioning technicians through a 10-week commissioning.",
            ],
            ["Siemens PCS 7 V9.1", "SIMATIC S7-1500", "PROFINET", "OPC UA", "WinCC"],
        ),
        (
            "2016-2020 | Automation Engineer, FrieslandCampina (via Technikon Automation)",
            "Brownfield upgrade of pasteurisation and filling lines at the Leeuwarden liquid-milk site.",
            [
                "Migrated 22 S7-300 PLCs to S7-1500 during planned weekend shutdowns.",
                "Built an OEE dashboard in Ignition that replaced weekly spreadsheet reports with hourly figures.",
                "Wrote HACCP-relevant pasteuriser divert-valve logic and its validation protocol.",
            ],
            ["SIMATIC S7-300", "SIMATIC S7-1500", "TIA Portal V16", "Ignition 8", "SQL Server"],
        ),
        (
            "2013-2016 | Junior Controls Engineer, Arla Foods, Upahl",
            "Maintenance and small changes on mozzarella stretching and packing lines.",
            [
                "Fixed recurring faults on 4 packing machines, raising line uptime to 92%.",
                "Documented 120 I/O points for the site's first electrical drawing audit.",
            ],
            ["SIMATIC S7-300", "Step 7", "Allen-Bradley PanelView"],
        ),
    ],
    skills=["Batch control (ISA-88)", "CIP sequencing", "OEE reporting", "FAT/SAT commissioning"],
    languages=["Structured Text", "SQL", "Python"],
    tools=["TIA Portal", "PCS 7", "Ignition", "WinCC"],
    certifications=["Siemens Certified Programmer TIA Portal", "TÜV Functional Safety Engineer (SIL)"],
    industries=["Dairy", "Food and beverage"],
    spoken_languages=["German (native)", "Dutch (fluent)", "English (fluent)"],
    academic_background=["Dipl.-Ing. Electrical Engineering, Hochschule Hannover, 2013"],
)
CVS["dairy"] = {
    "source": _dairy,
    "prompt": "Job posting: Automation Lead for a cheese plant expansion in Bavaria. Must have: ISA-88 batch "
    "control, Siemens PCS 7, CIP optimisation, leading commissioning teams. Nice to have: OEE reporting and "
    "food safety (HACCP) awareness.",
    "honest": tailor(
        _dairy,
        "Automation lead with eleven years in cheese and liquid-milk plants, focused on ISA-88 batch control in "
        "Siemens PCS 7, clean-in-place (CIP) optimisation and OEE reporting; projects delivered for Arla Foods "
        "and FrieslandCampina in Germany and the Netherlands.",
        [
            (
                "Automated a new hard-cheese line handling 400,000 litres of milk a day, from vat filling through "
                "to brine salting.",
                [
                    "Situation: cleaning time was holding production back. Action: rebuilt the CIP sequences on 14 "
                    "circuits. Result: each circuit's clean fell from 95 to 70 minutes, 25 minutes shorter.",
                    "Designed ISA-88 batch recipes in Siemens PCS 7 V9.1 for six cheese vats.",
                    "Connected the whey-separation skid using PROFINET and OPC UA.",
                    "Led five people (three PLC engineers, two commissioning technicians) through a 10-week "
                    "commissioning.",
                ],
            ),
            (
                "Brownfield upgrade of the pasteurisation and filling lines at FrieslandCampina's Leeuwarden "
                "liquid-milk site.",
                [
                    "Migrated 22 PLCs from S7-300 to S7-1500 in planned weekend shutdowns.",
                    "Replaced weekly spreadsheet reports with hourly figures through an OEE dashboard built in "
                    "Ignition.",
                    "Wrote the pasteuriser divert-valve logic relevant to HACCP (Hazard Analysis and Critical "
                    "Control Points), together with its validation protocol.",
                ],
            ),
            (
                "Maintained mozzarella stretching and packing lines and made small changes to them.",
                [
                    "Raised line uptime to 92% by fixing recurring faults on four packing machines.",
                    "Documented 120 I/O points for the site's first audit of electrical drawings.",
                ],
            ),
        ],
    ),
}

# --- Ice cream cold-chain distribution ------------------------------------------------------------------
_icecream = cv(
    "Cold-Chain Logistics Consultant",
    "Tomasz Wierzbicki",
    "Logistics IT consultant with 8 years in frozen-food distribution. Implements warehouse and transport "
    "systems for temperature-controlled goods at -25 °C, with a focus on temperature telemetry and route "
    "planning. Works with SAP EWM and Blue Yonder.",
    [
        (
            "2021-2024 | Cold-Chain Solution Architect, Froneri Polska (customer), via LogiFrost Consulting",
            "Rollout of temperature telemetry across a fleet of 65 refrigerated trucks delivering ice cream to 3,200 "
            "retail freezers.",
            [
                "Selected and integrated Thermo King TracKing telematics units with SAP EWM.",
                "Set up alerting when load temperature rose above -18 °C for more than 10 minutes.",
                "Cut temperature-related product write-offs by 40% in the first season.",
                "Coordinated 2 distribution centres in Poznań and Łódź during cutover.",
            ],
            ["SAP EWM", "Thermo King TracKing", "Azure IoT Hub", "Power BI"],
        ),
        (
            "2017-2021 | WMS Consultant, Mrozpol Dystrybucja",
            "Warehouse management for a frozen-goods distribution centre with 18,000 pallet places.",
            [
                "Implemented Blue Yonder WMS with FEFO picking for 1,400 ice-cream SKUs.",
                "Designed dock scheduling that kept trailer door-open time under 4 minutes.",
                "Trained 35 warehouse staff on handheld scanners.",
                "Produced monthly HACCP temperature reports for the quality team.",
            ],
            ["Blue Yonder WMS", "Zebra handhelds", "Oracle Database", "Excel VBA"],
        ),
    ],
    skills=["Cold-chain logistics", "Temperature telemetry", "Route planning", "FEFO stock rotation"],
    languages=["SQL", "Python"],
    tools=["SAP EWM", "Blue Yonder", "Power BI", "PTV Route Optimiser"],
    certifications=["APICS CSCP", "SAP Certified Application Associate - EWM"],
    industries=["Frozen food", "Logistics"],
    spoken_languages=["Polish", "English", "German (basic)"],
    academic_background=["MSc Logistics, Poznań University of Economics, 2016"],
)
CVS["icecream"] = {
    "source": _icecream,
    "prompt": "Customer brief: a Scandinavian ice cream maker wants a consultant to design the cold chain for its "
    "new direct-to-retail distribution: telematics integration, temperature alarms, a WMS with FEFO, and "
    "reporting for food-safety audits.",
    "honest": tailor(
        _icecream,
        "Consultant with eight years in frozen-food distribution IT, designing warehouse and transport systems "
        "for goods held at -25 °C. Brings hands-on telematics and temperature-alarm integration, FEFO "
        "(first-expired, first-out) warehouse rollouts in Blue Yonder, SAP EWM (Extended Warehouse Management) "
        "experience, and route planning.",
        [
            (
                "For Froneri Polska: temperature telemetry rolled out across 65 refrigerated trucks serving 3,200 "
                "retail freezers with ice cream.",
                [
                    "Integrated Thermo King TracKing telematics with SAP EWM after selecting the units.",
                    "Configured alarms for any load above -18 °C for over ten minutes.",
                    "Result in the first season: temperature-related write-offs down 40%.",
                    "Coordinated cutover at two distribution centres, Poznań and Łódź.",
                ],
            ),
            (
                "Ran warehouse management at a frozen-goods distribution centre holding 18,000 pallet places.",
                [
                    "Rolled out Blue Yonder WMS with FEFO picking across 1,400 ice cream SKUs.",
                    "Dock scheduling design kept trailer doors open for less than four minutes.",
                    "Trained 35 warehouse staff to use handheld scanners and produced monthly HACCP temperature "
                    "reports for quality.",
                ],
            ),
        ],
    ),
}

# --- Mattress manufacturing MES -------------------------------------------------------------------------
_mattress = cv(
    "MES Consultant - Bedding Manufacturing",
    "Lucía Ferreira",
    "Manufacturing execution systems consultant with 9 years in furniture and bedding plants. Has implemented "
    "MES on spring-unit, foam-cutting and quilting lines, linking the shop floor to SAP S/4HANA. Lean Six Sigma "
    "Green Belt.",
    [
        (
            "2019-2024 | MES Lead, Descanso Flex S.A., Valencia",
            "MES rollout across two mattress plants producing 1,800 mattresses per shift.",
            [
                "Implemented Siemens Opcenter Execution Discrete for pocket-spring, foam-cutting and closing lines.",
                "Connected 48 quilting and tape-edge machines through Kepware.",
                "Reduced foam scrap from 7.5% to 5.1% by nesting cut plans per order.",
                "Introduced made-to-order sequencing that shortened order lead time from 9 to 5 days.",
                "Managed a budget of €1.2m.",
            ],
            ["Siemens Opcenter Execution Discrete", "Kepware KEPServerEX", "SAP S/4HANA", "Microsoft SQL Server"],
        ),
        (
            "2015-2019 | Production IT Analyst, Muebles Ortega, Murcia",
            "Shop-floor data collection for a sofa and bed-frame factory.",
            [
                "Built barcode-based work-order tracking for 12 workstations.",
                "Wrote SQL reports on labour hours per product family.",
                "Supported the ERP upgrade from SAP ECC 6.0 to S/4HANA.",
            ],
            ["SAP ECC 6.0", "SAP S/4HANA", "SQL Server Reporting Services", "Zebra printers"],
        ),
    ],
    skills=["MES design", "OEE", "Lean manufacturing", "Shop-floor integration"],
    languages=["SQL", "C#"],
    tools=["Opcenter", "Kepware", "SAP PP", "Power BI"],
    certifications=["Lean Six Sigma Green Belt"],
    industries=["Furniture", "Bedding"],
    spoken_languages=["Spanish", "Portuguese", "English"],
    academic_background=["BSc Industrial Engineering, Universitat Politècnica de València, 2014"],
)
CVS["mattress"] = {
    "source": _mattress,
    "prompt": "Job posting: MES Project Manager for a European mattress manufacturer (roll-packed and "
    "pocket-spring). Requirements: Siemens Opcenter, SAP integration, scrap reduction, made-to-order "
    "scheduling, Lean.",
    "honest": tailor(
        _mattress,
        "MES (manufacturing execution system) consultant with nine years in bedding and furniture manufacturing. "
        "Has implemented MES on spring-unit, foam-cutting and quilting lines and linked the shop floor to SAP "
        "S/4HANA; Lean Six Sigma Green Belt, with a track record in scrap reduction and made-to-order sequencing.",
        [
            (
                "Led the MES rollout at two mattress plants, 1,800 mattresses produced per shift.",
                [
                    "Implemented Siemens Opcenter Execution Discrete on the pocket-spring, foam-cutting and closing "
                    "lines, with 48 quilting and tape-edge machines connected via Kepware.",
                    "Situation: foam scrap stood at 7.5%. Action: nested cut plans per order. Result: scrap fell "
                    "to 5.1%.",
                    "Shortened order lead time from nine to five days with made-to-order sequencing.",
                    "Held a €1.2 million budget.",
                ],
            ),
            (
                "Collected shop-floor data at a factory making sofas and bed frames.",
                [
                    "Introduced barcode work-order tracking on 12 workstations.",
                    "Reported labour hours by product family in SQL.",
                    "Supported the ERP move from SAP ECC 6.0 to S/4HANA.",
                ],
            ),
        ],
    ),
}

# --- Piano and musical instrument retail e-commerce -------------------------------------------------
_piano = cv(
    "E-commerce Lead - Musical Instrument Retail",
    "Oliver Brandstätter",
    "E-commerce product lead with 10 years in specialist retail, the last 6 in pianos and musical instruments. "
    "Runs Shopify Plus and Magento storefronts, product information management and showroom booking.",
    [
        (
            "2020-2024 | Head of E-commerce, Klavierhaus Lindner, Vienna",
            "Online sales for a piano dealer with 4 showrooms selling new and restored acoustic and digital pianos.",
            [
                "Migrated the shop from Magento 2.3 to Shopify Plus in 5 months.",
                "Launched online showroom appointment booking, used for 2,600 visits in 2023.",
                "Grew online revenue from €3.1m to €5.4m.",
                "Set up Akeneo PIM for 9,000 products including sheet music.",
            ],
            ["Shopify Plus", "Akeneo PIM", "Klaviyo", "Google Analytics 4"],
        ),
        (
            "2014-2020 | E-commerce Manager, Musikhaus Steiner, Graz",
            "Webshop for a guitar, brass and accessories retailer.",
            [
                "Ran the Magento 2 shop with a team of 3 developers.",
                "Introduced a rent-to-own checkout for student instruments.",
                "Integrated the shop with the Navision stock system.",
                "Cut checkout abandonment from 74% to 61%.",
            ],
            ["Magento 2", "Microsoft Dynamics NAV", "PHP", "MySQL"],
        ),
    ],
    skills=["E-commerce strategy", "PIM", "Conversion optimisation", "Marketplace integration"],
    languages=["PHP", "JavaScript", "Liquid"],
    tools=["Shopify Plus", "Magento", "Akeneo", "Klaviyo", "GA4"],
    certifications=["Google Analytics Individual Qualification"],
    industries=["Musical instruments", "Retail"],
    spoken_languages=["German", "English", "Italian"],
    academic_background=["Mag. rer. soc. oec. Business Administration, University of Graz, 2013"],
)
CVS["piano"] = {
    "source": _piano,
    "prompt": "Job posting: Digital Commerce Manager for a piano and keyboard chain. Shopify Plus, PIM, "
    "appointment booking for showrooms, growth in online revenue, CRM email.",
    "honest": tailor(
        _piano,
        "E-commerce product lead with a decade in specialist retail, six of those years in pianos and musical "
        "instruments. Runs Shopify Plus and Magento storefronts, product information management (PIM) and "
        "showroom appointment booking, and has grown online revenue.",
        [
            (
                "Led online sales for a four-showroom piano dealer selling new and restored acoustic and digital "
                "pianos.",
                [
                    "Grew online revenue by €2.3m, from €3.1m to €5.4m.",
                    "Moved the shop off Magento 2.3 onto Shopify Plus within five months.",
                    "Launched showroom appointment booking online; customers used it for 2,600 visits in 2023.",
                    "Set up Akeneo PIM for 9,000 products, sheet music included.",
                ],
            ),
            (
                "Webshop for a retailer of guitars, brass instruments and accessories.",
                [
                    "Ran the Magento 2 shop with three developers.",
                    "Introduced rent-to-own checkout for student instruments and linked the shop to the Navision "
                    "(Microsoft Dynamics NAV) stock system.",
                    "Checkout abandonment fell from 74% to 61%.",
                ],
            ),
        ],
    ),
}

# --- Cable car and ropeway maintenance ----------------------------------------------------------------
_ropeway = cv(
    "Ropeway Maintenance Engineer",
    "Giulia Pedrotti",
    "Mechanical engineer with 12 years on detachable gondolas, aerial tramways and chairlifts in the Alps. "
    "Responsible for rope inspection, grip testing and maintenance planning under EN 12927 and the EU Cableway "
    "Regulation 2016/424.",
    [
        (
            "2018-2024 | Technical Manager, Funivie Val di Fassa S.p.A.",
            "Maintenance of 9 installations including a 3S gondola and two aerial tramways.",
            [
                "Planned annual overhauls for 9 lifts in SAP PM within the 6-week spring closure.",
                "Introduced magnetic-inductive rope testing twice a year on all haul ropes.",
                "Led a maintenance crew of 14 technicians.",
                "Reduced unplanned stops from 31 to 12 per season.",
            ],
            ["SAP PM", "Doppelmayr Connect", "Winspect MRT", "AutoCAD"],
        ),
        (
            "2012-2018 | Service Engineer, Leitner Ropeways, Vipiteno",
            "Commissioning and service of detachable chairlifts in Italy and Austria.",
            [
                "Commissioned 7 detachable chairlifts, including grip and sheave alignment.",
                "Performed non-destructive testing of grips during 5-yearly inspections.",
                "Wrote service reports in German and Italian for operators and authorities.",
            ],
            ["Leitner DirectDrive", "Siemens S7", "MRT rope tester"],
        ),
    ],
    skills=["Rope inspection", "NDT", "Maintenance planning", "Regulatory compliance"],
    tools=["SAP PM", "AutoCAD", "Winspect"],
    certifications=["ISO 9712 MT Level 2 (magnetic particle testing)", "OITAF rope inspector course"],
    industries=["Ropeways", "Tourism infrastructure"],
    spoken_languages=["Italian", "German", "English"],
    academic_background=["Laurea Magistrale in Mechanical Engineering, Università di Trento, 2011"],
)
CVS["ropeway"] = {
    "source": _ropeway,
    "prompt": "Job posting: Head of Maintenance for a ski area with 11 lifts. Must know EN 12927 rope inspection "
    "and SAP PM, lead maintenance teams and reduce downtime.",
    "honest": tailor(
        _ropeway,
        "Mechanical engineer with twelve years maintaining detachable gondolas, aerial tramways and chairlifts in "
        "the Alps. Leads rope inspection, grip testing and maintenance planning to EN 12927 and EU Cableway "
        "Regulation 2016/424, and has led maintenance teams in SAP PM (Plant Maintenance).",
        [
            (
                "Maintained nine installations, among them a 3S gondola and two aerial tramways.",
                [
                    "Led a 14-strong maintenance crew.",
                    "Planned each year's overhaul of the 9 lifts in SAP PM, inside the six-week spring closure.",
                    "Brought in magnetic-inductive testing of all haul ropes twice a year.",
                    "Cut unplanned stops per season from 31 to 12.",
                ],
            ),
            (
                "Commissioned and serviced detachable chairlifts across Italy and Austria.",
                [
                    "Commissioned seven detachable chairlifts, aligning grips and sheaves.",
                    "Carried out NDT (non-destructive testing) on grips at the five-yearly inspections.",
                    "Reported to operators and authorities in German and Italian.",
                ],
            ),
        ],
    ),
}

# --- Yacht brokerage CRM --------------------------------------------------------------------------------
_yacht = cv(
    "CRM Consultant - Yacht Brokerage",
    "Henrik Aalstad",
    "Salesforce consultant with 7 years, 6 of them for yacht brokerage and charter firms. Builds listing, lead "
    "and commission management on Salesforce Sales Cloud and integrates listing feeds such as YachtWorld and "
    "Boats Group.",
    [
        (
            "2021-2024 | Lead Salesforce Consultant, Monaco Marine Brokers (via CloudHarbour)",
            "CRM for a brokerage with 28 brokers selling yachts over 24 metres in Monaco, Antibes and Palma.",
            [
                "Modelled vessels, listings, central agency agreements and commission splits in Sales Cloud.",
                "Integrated the YachtWorld listing feed through MuleSoft.",
                "Built broker dashboards that cut weekly reporting from 6 hours to 1.",
                "Migrated 14,000 contacts from a legacy Access database.",
                "Ran training for 28 brokers in English and French.",
            ],
            ["Salesforce Sales Cloud", "MuleSoft", "Tableau CRM", "Microsoft Access"],
        ),
        (
            "2018-2021 | Salesforce Developer, Nordic Charter Group, Oslo",
            "Charter booking and crew scheduling for a fleet of 60 sailing yachts.",
            [
                "Wrote Apex triggers and Lightning components for charter bookings.",
                "Connected the booking engine to Stripe payments.",
                "Automated crew rostering for 45 skippers and hostesses.",
            ],
            ["Salesforce Service Cloud", "Apex", "Lightning Web Components", "Stripe"],
        ),
        (
            "2017-2018 | Junior CRM Administrator, Bergen Boat Show AS",
            "Exhibitor and visitor CRM for an annual boat show.",
            [
                "Maintained 2,300 exhibitor and visitor records in Salesforce.",
                "Set up email campaigns for the 2017 and 2018 shows.",
            ],
            ["Salesforce Sales Cloud", "Pardot"],
        ),
    ],
    skills=["CRM design", "Data migration", "Integration"],
    languages=["Apex", "JavaScript", "SOQL"],
    tools=["Salesforce", "MuleSoft", "Tableau CRM"],
    certifications=["Salesforce Certified Administrator", "Salesforce Certified Platform Developer I"],
    industries=["Yachting", "Luxury sales"],
    spoken_languages=["Norwegian", "English", "French"],
    academic_background=["BSc Computer Science, University of Oslo, 2016"],
)
CVS["yacht"] = {
    "source": _yacht,
    "prompt": "Customer brief: a yacht brokerage in Palma and Fort Lauderdale needs a Salesforce lead to rebuild "
    "its listings and commission CRM, integrate listing portals, migrate old data and train brokers.",
    "honest": tailor(
        _yacht,
        "Salesforce consultant with seven years' experience, six in yacht brokerage and charter. Designs listing, "
        "lead and commission management on Salesforce Sales Cloud, integrates listing portal feeds (YachtWorld, "
        "Boats Group), migrates legacy data and trains brokers; Salesforce Certified Administrator and Platform "
        "Developer I.",
        [
            (
                "Brokerage CRM for 28 brokers selling yachts above 24 m from Monaco, Antibes and Palma.",
                [
                    "Built the Sales Cloud data model: vessels, listings, central agency (CA) agreements and "
                    "commission splits.",
                    "Brought the YachtWorld listing feed in via MuleSoft.",
                    "Broker dashboards reduced weekly reporting from six hours to one.",
                    "Migrated 14,000 contacts out of a legacy Microsoft Access database and trained all 28 brokers "
                    "in English and French.",
                ],
            ),
            (
                "Charter bookings and crew scheduling across a 60-yacht sailing fleet.",
                [
                    "Developed Apex triggers and Lightning components for charter bookings, with Stripe payments "
                    "connected to the booking engine.",
                    "Automated rostering for 45 crew (skippers and hostesses).",
                ],
            ),
            (
                "CRM for exhibitors and visitors of a yearly boat show.",
                [
                    "Kept 2,300 exhibitor and visitor records in Salesforce up to date.",
                    "Ran email campaigns for the show's 2017 and 2018 editions.",
                ],
            ),
        ],
    ),
}

# --- Velodrome and cycling event timing ---------------------------------------------------------------
_velodrome = cv(
    "Timing and Results Engineer - Track Cycling",
    "Aoife Brennan",
    "Sports timing engineer with 9 years in cycling, mostly track events on indoor velodromes. Runs "
    "photo-finish, transponder timing and live results for UCI-ranked events, and writes results software in "
    "Python.",
    [
        (
            "2019-2024 | Chief Timing Engineer, VeloTime Ltd, Manchester",
            "Timing and results for track cycling events at the National Cycling Centre and touring velodromes.",
            [
                "Ran photo-finish and transponder timing at 40 UCI Class 1 and 2 track events.",
                "Rebuilt the live results feed in Python and WebSockets, cutting publication delay from 20 to 3 "
                "seconds.",
                "Integrated MYLAPS X2 transponder decoders with the scoreboard.",
                "Trained 6 junior timekeepers.",
            ],
            ["MYLAPS X2", "Lynx FinishLynx", "Python", "WebSockets", "PostgreSQL"],
        ),
        (
            "2015-2019 | Timing Technician, Irish Cycling Events, Dublin",
            "Timing for road races and sportives across Ireland.",
            [
                "Set up chip timing mats for sportives of up to 3,000 riders.",
                "Produced results in Excel and later a small Django app.",
                "Handled protests and timing disputes with commissaires.",
            ],
            ["ChampionChip", "Excel", "Django", "MySQL"],
        ),
        (
            "2013-2015 | Volunteer Timekeeper, Sundrive Track League, Dublin",
            "Volunteer timing at club track leagues at the Sundrive velodrome.",
            [
                "Operated manual backup timing at 30 track league nights.",
                "Kept lap charts for points races.",
            ],
            ["Manual stopwatches", "Excel"],
        ),
    ],
    skills=["Photo-finish", "Transponder timing", "Live results", "Event operations"],
    languages=["Python", "SQL", "JavaScript"],
    tools=["FinishLynx", "MYLAPS", "PostgreSQL", "Django"],
    certifications=["British Cycling Commissaire (Regional)"],
    industries=["Sport", "Events"],
    spoken_languages=["English", "Irish"],
    academic_background=["BEng Electronic Engineering, University College Dublin, 2014"],
)
CVS["velodrome"] = {
    "source": _velodrome,
    "prompt": "Job posting: Timing Manager for a new 250 m indoor velodrome hosting national and UCI events. "
    "Photo-finish, MYLAPS transponders, live results and scoreboard integration, training timekeepers.",
    "honest": tailor(
        _velodrome,
        "Sports timing engineer with nine years in cycling, most of it at track events in indoor velodromes. Runs "
        "photo-finish, transponder timing and live results at UCI-ranked (Union Cycliste Internationale) events "
        "and writes the results software in Python.",
        [
            (
                "Delivered timing and results for track events at the National Cycling Centre and at touring "
                "velodromes.",
                [
                    "Situation: live results lagged 20 seconds behind the racing. Action: rebuilt the feed with "
                    "Python and WebSockets. Result: publication delay down to 3 seconds.",
                    "Photo-finish and transponder timing at 40 UCI Class 1 and Class 2 track events.",
                    "Linked MYLAPS X2 transponder decoders to the scoreboard.",
                    "Trained six junior timekeepers.",
                ],
            ),
            (
                "Timed road races and sportives around Ireland.",
                [
                    "Laid chip timing mats for sportives with up to 3,000 riders.",
                    "Produced results first in Excel, then in a small Django app.",
                    "Dealt with protests and timing disputes alongside the commissaires.",
                ],
            ),
            (
                "Volunteered as a timekeeper for club track leagues at the Sundrive velodrome.",
                [
                    "Ran manual backup timing on 30 track league nights.",
                    "Recorded lap charts in points races.",
                ],
            ),
        ],
    ),
}

# --- Equestrian competition scoring ---------------------------------------------------------------------
_equestrian = cv(
    "Software Developer - Equestrian Scoring",
    "Charlotte Dubois-Mercier",
    "Full-stack developer with 6 years building scoring and results systems for show jumping, dressage and "
    "eventing. Works in TypeScript, .NET and SQL Server, and integrates with FEI rider and horse databases.",
    [
        (
            "2021-2024 | Senior Developer, Equiscore SAS, Lyon",
            "Scoring platform used at national and international horse shows in France and Belgium.",
            [
                "Built the dressage judge tablet app in React Native for up to 5 judges per arena.",
                "Implemented FEI show-jumping rules for tables A and C, including jump-offs and time faults.",
                "Cut results publication from 10 minutes to under 30 seconds per round.",
                "Integrated the FEI entry system API for horse and rider registration.",
            ],
            ["TypeScript", "React Native", ".NET 6", "SQL Server", "Azure"],
        ),
        (
            "2018-2021 | Developer, Ordinal Sport, Grenoble",
            "Results and entries software for regional equestrian clubs.",
            [
                "Maintained the entries module for 120 clubs.",
                "Added online payments with Stripe.",
                "Wrote the eventing cross-country penalty calculator.",
            ],
            ["C#", "ASP.NET MVC", "SQL Server", "jQuery"],
        ),
        (
            "2016-2018 | Work-study Developer, Haras Numérique, Grenoble",
            "Website and stud-book lookup for a horse-breeding association.",
            [
                "Built a stud-book search over 40,000 horses in PHP.",
                "Migrated the site from Joomla to Symfony.",
            ],
            ["PHP", "Symfony", "MySQL"],
        ),
    ],
    skills=["Scoring rules", "Real-time results", "Mobile apps", "API integration"],
    languages=["TypeScript", "C#", "SQL", "PHP"],
    tools=["React Native", ".NET", "Azure DevOps"],
    certifications=["Microsoft Certified: Azure Developer Associate"],
    industries=["Equestrian sport"],
    spoken_languages=["French", "English", "Dutch (basic)"],
    academic_background=["Master's in Computer Science, Université Grenoble Alpes, 2018"],
)
CVS["equestrian"] = {
    "source": _equestrian,
    "prompt": "Job posting: Lead developer for an international equestrian results service (FEI 4* and 5* shows). "
    "Show jumping and dressage scoring, judge tablets, the FEI API, real-time results.",
    "honest": tailor(
        _equestrian,
        "Full-stack developer with six years on scoring and results systems for show jumping, dressage and "
        "eventing. Works in TypeScript, .NET and SQL Server and integrates with the FEI (Fédération Équestre "
        "Internationale) rider and horse databases.",
        [
            (
                "Scoring platform for national and international horse shows across France and Belgium.",
                [
                    "Implemented FEI show-jumping rules for tables A and C, jump-offs and time faults included.",
                    "Built a React Native tablet app for dressage judges, supporting five judges per arena.",
                    "Results now publish in under 30 seconds per round instead of 10 minutes.",
                    "Connected horse and rider registration to the FEI entry system API.",
                ],
            ),
            (
                "Built results and entries software for regional riding clubs.",
                [
                    "Maintained the entries module used by 120 clubs and added Stripe online payments.",
                    "Wrote the penalty calculator for eventing cross-country.",
                ],
            ),
            (
                "Horse-breeding association website with a stud-book lookup.",
                [
                    "Wrote a PHP stud-book search covering 40,000 horses.",
                    "Moved the website from Joomla to Symfony.",
                ],
            ),
        ],
    ),
}

# --- IVF clinic laboratory systems ----------------------------------------------------------------------
_ivf = cv(
    "Laboratory Information Systems Specialist - Fertility",
    "Priya Raghunathan",
    "LIMS specialist with 10 years in clinical laboratories, 5 of them in IVF and andrology labs. Implements "
    "electronic witnessing, embryo time-lapse data management and cryostorage inventory in line with HFEA "
    "requirements.",
    [
        (
            "2020-2024 | Lab Systems Lead, Northbridge Fertility Group, Leeds",
            "Laboratory systems for 3 IVF clinics performing about 4,500 treatment cycles a year.",
            [
                "Rolled out RI Witness electronic witnessing across 3 labs.",
                "Integrated EmbryoScope+ time-lapse data with the IDEAS clinic management system.",
                "Built a cryostorage inventory audit that reconciled 11,800 straws and vials.",
                "Prepared evidence for 2 HFEA inspections with no major non-conformities.",
            ],
            ["RI Witness", "EmbryoScope+", "IDEAS", "SQL Server", "HL7"],
        ),
        (
            "2014-2020 | LIMS Analyst, Leeds Teaching Hospitals NHS Trust",
            "LIMS support for the pathology network.",
            [
                "Configured Winpath Enterprise test codes for haematology and biochemistry.",
                "Wrote HL7 v2 interfaces to the electronic patient record.",
                "Validated LIMS upgrades under ISO 15189.",
                "Supported the 24/7 on-call rota for lab system outages.",
            ],
            ["Winpath Enterprise", "HL7 v2", "Rhapsody", "Oracle"],
        ),
    ],
    skills=["LIMS implementation", "Electronic witnessing", "Validation", "Regulatory inspection"],
    languages=["SQL", "Python"],
    tools=["RI Witness", "EmbryoScope", "Rhapsody", "Winpath"],
    certifications=["PRINCE2 Foundation", "ITIL 4 Foundation"],
    industries=["Healthcare", "Fertility"],
    spoken_languages=["English", "Tamil"],
    academic_background=["MSc Clinical Biochemistry, University of Leeds, 2013"],
)
CVS["ivf"] = {
    "source": _ivf,
    "prompt": "Job posting: LIMS Manager for a fertility clinic group. Electronic witnessing, time-lapse embryo "
    "imaging integration, cryostorage traceability, HFEA inspection readiness, ISO 15189.",
    "honest": tailor(
        _ivf,
        "LIMS (laboratory information management system) specialist with ten years in clinical laboratories, half "
        "of them in IVF and andrology. Implements electronic witnessing, time-lapse embryo data management and "
        "cryostorage inventory to Human Fertilisation and Embryology Authority (HFEA) requirements, and has "
        "validated systems under ISO 15189.",
        [
            (
                "Led laboratory systems at three IVF clinics, around 4,500 treatment cycles a year between them.",
                [
                    "RI Witness electronic witnessing rolled out in all three labs.",
                    "Connected EmbryoScope+ time-lapse data to the IDEAS clinic management system.",
                    "Situation: cryostorage records needed auditing. Action: built an inventory audit. Result: "
                    "11,800 straws and vials reconciled.",
                    "Evidence prepared for two HFEA inspections, neither raising a major non-conformity.",
                ],
            ),
            (
                "Supported the pathology network's LIMS.",
                [
                    "Set up Winpath Enterprise test codes for haematology and biochemistry.",
                    "Built HL7 v2 interfaces into the electronic patient record (EPR).",
                    "Validated LIMS upgrades to ISO 15189 and took part in the round-the-clock on-call rota for "
                    "system outages.",
                ],
            ),
        ],
    ),
}

# --- Mountain rescue callout systems --------------------------------------------------------------------
_rescue = cv(
    "Emergency Callout Systems Developer",
    "Ewan MacLeod",
    "Developer with 8 years building callout and incident systems for volunteer mountain rescue teams in "
    "Scotland. Works with SMS and app-based alerting, GPS location sharing and integration with Police "
    "Scotland's command and control.",
    [
        (
            "2020-2024 | Lead Developer, Scottish Mountain Rescue (charity)",
            "National callout platform for 24 volunteer teams with about 1,000 members.",
            [
                "Built an alerting app in Flutter that reaches team members by push notification, with SMS fallback "
                "through Twilio.",
                "Cut median time from police request to team alert from 9 minutes to 2.",
                "Added SARLOC-style location capture from a casualty's phone via a one-tap link.",
                "Set up on-call rotas and availability status for all 24 teams.",
            ],
            ["Flutter", "Firebase", "Twilio", "Node.js", "PostgreSQL with PostGIS"],
        ),
        (
            "2016-2020 | Software Engineer, Cairngorm Digital, Aviemore",
            "Bespoke software for outdoor and tourism organisations.",
            [
                "Built an avalanche-report publishing tool for a forecasting service.",
                "Wrote a GPS track viewer for search managers using Leaflet and OS maps.",
                "Maintained booking systems for 3 ski schools.",
            ],
            ["Python", "Django", "Leaflet", "Ordnance Survey Maps API"],
        ),
    ],
    skills=["Emergency alerting", "Mobile apps", "GIS", "Incident management"],
    languages=["Dart", "JavaScript", "Python"],
    tools=["Flutter", "Twilio", "PostGIS", "QGIS"],
    certifications=["Mountain Rescue Casualty Care Certificate"],
    industries=["Emergency services", "Charity"],
    spoken_languages=["English", "Scottish Gaelic"],
    academic_background=["BSc Computing, University of the Highlands and Islands, 2015"],
)
CVS["rescue"] = {
    "source": _rescue,
    "prompt": "Job posting: Product developer for a UK-wide volunteer search and rescue callout app. Push and SMS "
    "alerting, casualty location, availability rotas, working with police and ambulance control rooms.",
    "honest": tailor(
        _rescue,
        "Developer with eight years building callout and incident systems for Scotland's volunteer mountain "
        "rescue teams: app and SMS alerting, GPS location sharing, availability rotas, and integration with "
        "Police Scotland command and control.",
        [
            (
                "National callout platform for Scottish Mountain Rescue, serving 24 volunteer teams and roughly "
                "1,000 members.",
                [
                    "Built a Flutter alerting app: push notifications, with SMS fallback via Twilio.",
                    "Median time from police request to team alert: down from nine minutes to two.",
                    "Added a one-tap link that captures a casualty's phone location (SARLOC-style).",
                    "Availability status and on-call rotas set up for every one of the 24 teams.",
                ],
            ),
            (
                "Custom software for organisations in outdoor activities and tourism.",
                [
                    "Developed a tool for publishing avalanche reports for a forecasting service.",
                    "Built a GPS track viewer for search managers with Leaflet and Ordnance Survey (OS) maps.",
                    "Kept booking systems running for three ski schools.",
                ],
            ),
        ],
    ),
}

# --- Coastguard vessel tracking (UK civil-service plain English, government framework) ---------------
_coastguard = cv(
    "Maritime Systems Analyst",
    "Fiona Pettigrew",
    "Systems analyst with 10 years in maritime data, most of it in surveillance. Specialises in AIS (Automatic "
    "Identification System) data, vessel traffic monitoring and search-and-rescue coordination tools. Holds SC "
    "security clearance.",
    [
        (
            "2019-2024 | Senior Analyst, HM Coastguard (Maritime and Coastguard Agency), Southampton",
            "Vessel tracking and situational awareness for the National Maritime Operations Centre.",
            [
                "Merged terrestrial AIS, satellite AIS and radar tracks into one operator picture.",
                "Reduced duplicate vessel tracks by 60% through track-association rules.",
                "Wrote requirements for the replacement of the incident management system.",
                "Ran user research with 30 coastguard operators across 10 coordination centres.",
            ],
            ["AIS", "Kongsberg Norcontrol C-Scope", "PostgreSQL", "Python", "Esri ArcGIS"],
        ),
        (
            "2015-2019 | Analyst, Seavision Analytics, Plymouth",
            "Maritime data analytics for port authorities.",
            [
                "Built vessel arrival predictions for 4 UK ports from AIS history.",
                "Produced monthly traffic density maps.",
                "Cleaned and stored 2 billion AIS messages a year in a data lake.",
            ],
            ["Python", "pandas", "AWS S3", "Athena", "QGIS"],
        ),
        (
            "2014-2015 | Graduate Hydrographic Surveyor, UK Hydrographic Office, Taunton",
            "Graduate scheme in survey data processing.",
            [
                "Processed multibeam survey data for Admiralty charts.",
                "Checked 150 chart corrections a month against source surveys.",
            ],
            ["CARIS HIPS", "ArcGIS"],
        ),
    ],
    skills=["Requirements analysis", "User research", "Maritime situational awareness", "Data analysis"],
    languages=["Python", "SQL"],
    tools=["ArcGIS", "QGIS", "C-Scope", "Jira"],
    certifications=["BCS Certificate in Requirements Engineering"],
    industries=["Government", "Maritime"],
    spoken_languages=["English", "Welsh"],
    academic_background=["BSc Ocean Science, University of Plymouth, 2014"],
)
CVS["coastguard"] = {
    "source": _coastguard,
    "prompt": "Government framework (Digital Outcomes and Specialists): business analyst for a maritime "
    "situational awareness discovery. Write in plain English. Must show: AIS and vessel tracking knowledge, "
    "user research with operational staff, writing requirements, SC clearance.",
    "honest": tailor(
        _coastguard,
        "I am a systems analyst with ten years' experience of maritime data, most of it in surveillance. I work "
        "with Automatic Identification System (AIS) data, vessel traffic monitoring and tools that help "
        "coordinate search and rescue. I hold Security Check (SC) clearance.",
        [
            (
                "I worked on vessel tracking and situational awareness for the National Maritime Operations Centre "
                "at HM Coastguard.",
                [
                    "I combined land-based AIS, satellite AIS and radar tracks into one picture for operators.",
                    "I wrote rules to link tracks, which cut duplicate vessel tracks by 60%.",
                    "I wrote the requirements for replacing the incident management system.",
                    "I talked to 30 coastguard operators in 10 coordination centres to understand their needs.",
                ],
            ),
            (
                "I analysed maritime data for port authorities.",
                [
                    "I predicted vessel arrivals for four UK ports using past AIS data.",
                    "I made monthly maps of traffic density.",
                    "I cleaned 2 billion AIS messages a year and stored them in a data lake.",
                ],
            ),
            (
                "I joined the graduate scheme and processed survey data.",
                [
                    "I processed multibeam survey data used in Admiralty charts.",
                    "Each month I checked 150 chart corrections against the source surveys.",
                ],
            ),
        ],
    ),
}

# --- Street lighting central management systems (senior, career folded into the overview) -------------
_streetlight = cv(
    "Principal Consultant - Street Lighting CMS",
    "Bernard Okonkwo-Hale",
    "Principal consultant with 24 years in public lighting, from lantern maintenance to city-wide central "
    "management systems (CMS). Has delivered LED conversion and CMS programmes for over 20 UK councils and "
    "advises on TALQ interoperability and on unmetered supply reconciliation with Elexon.",
    [
        (
            "2017-2024 | Principal Consultant, Lumen Infrastructure Advisory, Birmingham",
            "Advisory on street lighting central management systems for local authorities.",
            [
                "Wrote the CMS procurement specification for a 90,000-column county programme.",
                "Led TALQ-compliant integration between Telensa and Mayflower asset management.",
                "Designed dimming profiles that cut annual energy use by 45%.",
                "Advised 12 councils on unmetered supply charge reconciliation with Elexon.",
                "Managed a team of 8 consultants.",
            ],
            ["Telensa PLANet", "Mayflower", "TALQ", "Power BI", "ArcGIS"],
        ),
        (
            "2008-2017 | Lighting Systems Manager, Midshire County Council",
            "Ran the council's street lighting service, 62,000 columns.",
            [
                "Delivered a £28m LED replacement programme over 4 years.",
                "Introduced the council's first CMS on 20,000 lanterns.",
                "Cut fault repair time from 10 days to 3.",
            ],
            ["Mayflower", "Telensa", "SAP"],
        ),
        (
            "2000-2008 | Lighting Engineer, then Team Leader, Amey plc",
            "Street lighting maintenance contracts in the West Midlands, rising from engineer to team leader.",
            [
                "Led night-scout inspections and maintenance crews of 15 electricians.",
                "Designed lighting schemes to BS 5489.",
                "Produced as-built records for 8,000 new columns.",
            ],
            ["AutoCAD", "Lighting Reality"],
        ),
    ],
    skills=["Central management systems", "LED conversion", "Unmetered supply", "Procurement"],
    tools=["Telensa PLANet", "Mayflower", "Lighting Reality", "ArcGIS"],
    certifications=[
        "ILP Professional Certificate in Lighting",
        "Chartered Engineer (CEng, IET)",
        "PRINCE2 Practitioner",
    ],
    industries=["Local government", "Infrastructure"],
    spoken_languages=["English", "Yoruba"],
    academic_background=["BEng Electrical and Electronic Engineering, University of Birmingham, 1999"],
)
CVS["streetlight"] = {
    "source": _streetlight,
    "prompt": "Job posting: Lead Advisor, Smart Street Lighting, for a combined authority. 20+ years in public "
    "lighting; CMS specification and procurement; TALQ; energy savings through dimming; unmetered supply; "
    "leading consultant teams.",
    "honest": tailor(
        _streetlight,
        "Principal consultant and Chartered Engineer with 24 years in public lighting. He began in 2000 on street "
        "lighting maintenance contracts for Amey plc in the West Midlands, rising from engineer to team leader "
        "and designing schemes to BS 5489; from 2008 he ran Midshire County Council's street lighting service of "
        "62,000 columns, delivering a £28m LED replacement programme and the council's first central management "
        "system (CMS); since 2017 he has advised local authorities at Lumen Infrastructure Advisory on CMS "
        "procurement, TALQ interoperability, dimming and unmetered supply reconciliation with Elexon, having "
        "delivered LED and CMS programmes for more than 20 UK councils.",
        [
            (
                "Advises local authorities on street lighting CMS.",
                [
                    "Wrote the CMS procurement specification for a county programme of 90,000 columns.",
                    "Led the TALQ-compliant integration of Telensa with Mayflower asset management.",
                    "Dimming profiles he designed reduced annual energy use by 45%.",
                    "Advised a dozen councils on reconciling unmetered supply charges with Elexon.",
                    "Managed eight consultants.",
                ],
            ),
            (
                "Ran Midshire's street lighting service (62,000 columns).",
                [
                    "Delivered the £28m LED replacement programme across four years.",
                    "Introduced the first CMS, on 20,000 lanterns, and cut fault repair time from ten days to three.",
                ],
            ),
            ("West Midlands street lighting maintenance contracts, engineer then team leader.", []),
        ],
    ),
}

# (cv, field, kind, position, old, new): one claim the CV does not make, in one honest text.
_FABRICATIONS = [
    # dairy
    ("dairy", "overview", "years", "start", "Automation lead with eleven years", "Automation lead with fifteen years"),
    (
        "dairy",
        "overview",
        "customer",
        "end",
        "Arla Foods and FrieslandCampina",
        "Arla Foods, FrieslandCampina and Müller",
    ),
    ("dairy", "experiences[0].bullets[1]", "version", "middle", "PCS 7 V9.1", "PCS 7 V9.2"),
    ("dairy", "experiences[0].bullets[3]", "duration", "end", "through a 10-week", "through a 14-week"),
    (
        "dairy",
        "experiences[1].description",
        "team size",
        "start",
        "Brownfield upgrade",
        "Four-engineer brownfield upgrade",
    ),
    ("dairy", "experiences[0].bullets[2]", "metric", "end", "OPC UA.", "OPC UA, reducing whey losses by 8%."),
    ("dairy", "experiences[1].bullets[1]", "tool", "end", "built in Ignition.", "built in Ignition and Grafana."),
    (
        "dairy",
        "experiences[2].bullets[0]",
        "certified",
        "start",
        "Raised line uptime",
        "As a certified maintenance technician, raised line uptime",
    ),
    ("dairy", "experiences[1].bullets[0]", "number", "middle", "Migrated 22 PLCs", "Migrated 26 PLCs"),
    (
        "dairy",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Trained 20 plant operators on the new batch HMI screens.",
    ),
    (
        "dairy",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Moved 22 S7-300 PLCs onto S7-1500 during weekend shutdowns.",
    ),
    (
        "dairy",
        "experiences[2].description",
        "date",
        "end",
        "made small changes to them.",
        "made small changes to them until 2017.",
    ),
    # icecream
    ("icecream", "overview", "years", "start", "Consultant with eight years", "Consultant with twelve years"),
    (
        "icecream",
        "overview",
        "tool",
        "middle",
        "warehouse rollouts in Blue Yonder",
        "warehouse rollouts in Blue Yonder and Manhattan SCALE",
    ),
    ("icecream", "experiences[0].description", "number", "middle", "65 refrigerated trucks", "85 refrigerated trucks"),
    (
        "icecream",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "write-offs down 40%.",
        "write-offs down 40% and fuel costs down 12%.",
    ),
    ("icecream", "experiences[0].description", "date", "end", "with ice cream.", "with ice cream, live by March 2022."),
    (
        "icecream",
        "experiences[1].bullets[0]",
        "customer",
        "end",
        "1,400 ice cream SKUs.",
        "1,400 ice cream SKUs for Unilever.",
    ),
    (
        "icecream",
        "experiences[1].bullets[2]",
        "certification",
        "middle",
        "and produced monthly HACCP",
        "and, holding a HACCP Level 3 certificate, produced monthly HACCP",
    ),
    (
        "icecream",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Renegotiated the 3PL haulage contract, saving 250,000 PLN a year.",
    ),
    (
        "icecream",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Trained 35 depot staff on handheld scanners.",
    ),
    (
        "icecream",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "Poznań and Łódź.",
        "Poznań and Łódź, earning the customer's supplier award for 2023.",
    ),
    (
        "icecream",
        "experiences[1].bullets[1]",
        "duration",
        "end",
        "less than four minutes.",
        "less than four minutes across three winters.",
    ),
    # mattress
    (
        "mattress",
        "overview",
        "degree",
        "end",
        "made-to-order sequencing.",
        "made-to-order sequencing, and an MSc in Operations Management.",
    ),
    ("mattress", "overview", "certification", "middle", "Lean Six Sigma Green Belt", "Lean Six Sigma Black Belt"),
    (
        "mattress",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "connected via Kepware.",
        "connected via Kepware and Ignition.",
    ),
    ("mattress", "experiences[0].bullets[1]", "number", "end", "scrap fell to 5.1%.", "scrap fell to 4.1%."),
    (
        "mattress",
        "experiences[0].description",
        "duration",
        "start",
        "Led the MES rollout",
        "Over 18 months, led the MES rollout",
    ),
    (
        "mattress",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "Held a €1.2 million budget.",
        "Held a €1.2 million budget and delivered 8% under it.",
    ),
    (
        "mattress",
        "experiences[1].description",
        "customer",
        "end",
        "sofas and bed frames.",
        "sofas and bed frames for IKEA.",
    ),
    ("mattress", "experiences[1].bullets[2]", "version", "end", "to S/4HANA.", "to S/4HANA 2022."),
    (
        "mattress",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Mentored two junior analysts in SQL reporting.",
    ),
    (
        "mattress",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Cut foam scrap from 7.5% to 5.1% with per-order cut-plan nesting.",
    ),
    ("mattress", "experiences[0].bullets[2]", "number", "middle", "from nine to five days", "from nine to four days"),
    (
        "mattress",
        "experiences[1].bullets[0]",
        "team size",
        "end",
        "on 12 workstations.",
        "on 12 workstations with a team of six.",
    ),
    # piano
    (
        "piano",
        "overview",
        "years",
        "start",
        "E-commerce product lead with a decade",
        "E-commerce product lead with 14 years",
    ),
    (
        "piano",
        "overview",
        "customer",
        "end",
        "and has grown online revenue.",
        "and has grown online revenue for Steinway & Sons.",
    ),
    (
        "piano",
        "experiences[0].description",
        "number",
        "middle",
        "a four-showroom piano dealer",
        "a six-showroom piano dealer",
    ),
    (
        "piano",
        "experiences[0].bullets[0]",
        "recognition",
        "end",
        "from €3.1m to €5.4m.",
        "from €3.1m to €5.4m, winning the 2023 Austrian E-Commerce Award.",
    ),
    ("piano", "experiences[0].bullets[1]", "duration", "middle", "within five months", "within three months"),
    (
        "piano",
        "experiences[0].bullets[3]",
        "tool",
        "end",
        "sheet music included.",
        "sheet music included, syndicated through Salsify.",
    ),
    ("piano", "experiences[1].bullets[0]", "team size", "middle", "with three developers", "with five developers"),
    (
        "piano",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "from 74% to 61%.",
        "from 74% to 61%, lifting conversion by 18%.",
    ),
    ("piano", "experiences[1].bullets[1]", "date", "start", "Introduced rent-to-own", "In 2016 introduced rent-to-own"),
    (
        "piano",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Negotiated delivery terms with two piano movers, cutting delivery cost by 15%.",
    ),
    (
        "piano",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Brought checkout abandonment down from 74% to 61%.",
    ),
    (
        "piano",
        "experiences[0].description",
        "certified",
        "start",
        "Led online sales",
        "As a certified Shopify Plus expert, led online sales",
    ),
    (
        "piano",
        "experiences[0].bullets[2]",
        "version",
        "end",
        "in 2023.",
        "in 2023 through Shopify Checkout Extensibility 2.0.",
    ),
    # ropeway
    ("ropeway", "overview", "version", "middle", "to EN 12927 and", "to EN 12927:2019 and"),
    ("ropeway", "experiences[0].bullets[0]", "team size", "start", "Led a 14-strong", "Led a 20-strong"),
    (
        "ropeway",
        "experiences[0].bullets[1]",
        "duration",
        "end",
        "six-week spring closure.",
        "eight-week spring closure.",
    ),
    (
        "ropeway",
        "experiences[0].description",
        "customer",
        "end",
        "two aerial tramways.",
        "two aerial tramways for the Dolomiti Superski group.",
    ),
    (
        "ropeway",
        "experiences[1].bullets[1]",
        "certification",
        "end",
        "at the five-yearly inspections.",
        "at the five-yearly inspections as an ISO 9712 UT Level 3 inspector.",
    ),
    ("ropeway", "experiences[1].bullets[0]", "number", "middle", "Commissioned seven", "Commissioned eleven"),
    (
        "ropeway",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "from 31 to 12.",
        "from 31 to 12, saving €400,000 in lost ticket revenue.",
    ),
    (
        "ropeway",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Trained 40 lift operators in rope evacuation procedures.",
    ),
    (
        "ropeway",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Introduced twice-yearly magnetic-inductive testing of all haul ropes.",
    ),
    (
        "ropeway",
        "overview",
        "degree",
        "end",
        "in SAP PM (Plant Maintenance).",
        "in SAP PM (Plant Maintenance), backed by a PhD in structural mechanics.",
    ),
    (
        "ropeway",
        "experiences[1].description",
        "date",
        "start",
        "Commissioned and serviced",
        "From 2009, commissioned and serviced",
    ),
    (
        "ropeway",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "magnetic-inductive testing",
        "magnetic-inductive and ultrasonic testing",
    ),
    # yacht
    ("yacht", "overview", "years", "start", "with seven years' experience", "with ten years' experience"),
    (
        "yacht",
        "overview",
        "certification",
        "end",
        "Administrator and Platform Developer I.",
        "Administrator, Platform Developer I and Sales Cloud Consultant.",
    ),
    (
        "yacht",
        "experiences[0].description",
        "number",
        "start",
        "Brokerage CRM for 28 brokers",
        "Brokerage CRM for 35 brokers",
    ),
    ("yacht", "experiences[0].bullets[1]", "tool", "end", "via MuleSoft.", "via MuleSoft and Boomi."),
    (
        "yacht",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "from six hours to one.",
        "from six hours to one and lifted lead conversion by 22%.",
    ),
    (
        "yacht",
        "experiences[0].bullets[3]",
        "customer",
        "middle",
        "legacy Microsoft Access database",
        "legacy Microsoft Access database inherited from Burgess Yachts",
    ),
    ("yacht", "experiences[1].bullets[0]", "version", "middle", "with Stripe payments", "with Stripe API v3 payments"),
    (
        "yacht",
        "experiences[1].description",
        "date",
        "end",
        "60-yacht sailing fleet.",
        "60-yacht sailing fleet, live for the 2019 season.",
    ),
    (
        "yacht",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Set up DocuSign for sale and purchase agreements.",
    ),
    (
        "yacht",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Automated crew rostering for 45 skippers and hostesses.",
    ),
    (
        "yacht",
        "experiences[1].bullets[1]",
        "recognition",
        "start",
        "Automated rostering",
        "Won an internal innovation prize for automating rostering",
    ),
    ("yacht", "experiences[2].bullets[0]", "number", "middle", "Kept 2,300 exhibitor", "Kept 3,200 exhibitor"),
    (
        "yacht",
        "experiences[2].description",
        "duration",
        "end",
        "yearly boat show.",
        "yearly boat show over three seasons.",
    ),
    # velodrome
    (
        "velodrome",
        "overview",
        "tool",
        "end",
        "writes the results software in Python.",
        "writes the results software in Python and Rust.",
    ),
    (
        "velodrome",
        "experiences[0].description",
        "customer",
        "end",
        "at touring velodromes.",
        "at touring velodromes, including the 2022 Commonwealth Games.",
    ),
    ("velodrome", "experiences[0].bullets[0]", "number", "end", "down to 3 seconds.", "down to 1 second."),
    ("velodrome", "experiences[0].bullets[1]", "number", "middle", "at 40 UCI", "at 55 UCI"),
    (
        "velodrome",
        "experiences[0].bullets[2]",
        "version",
        "middle",
        "MYLAPS X2 transponder",
        "MYLAPS X2 v4.1 transponder",
    ),
    (
        "velodrome",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "six junior timekeepers.",
        "six junior timekeepers and led a timing crew of 12.",
    ),
    (
        "velodrome",
        "experiences[1].description",
        "duration",
        "start",
        "Timed road races",
        "Over six seasons, timed road races",
    ),
    (
        "velodrome",
        "experiences[1].bullets[2]",
        "certified",
        "end",
        "alongside the commissaires.",
        "alongside the commissaires as a UCI-certified international commissaire.",
    ),
    (
        "velodrome",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Timed the Rás Tailteann stage race for three editions.",
    ),
    (
        "velodrome",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Laid chip timing mats for sportives of up to 3,000 riders.",
    ),
    ("velodrome", "overview", "years", "middle", "with nine years in cycling", "with thirteen years in cycling"),
    ("velodrome", "experiences[2].bullets[0]", "number", "middle", "on 30 track league", "on 45 track league"),
    (
        "velodrome",
        "experiences[2].description",
        "date",
        "end",
        "at the Sundrive velodrome.",
        "at the Sundrive velodrome from 2011.",
    ),
    # equestrian
    (
        "equestrian",
        "overview",
        "years",
        "start",
        "Full-stack developer with six years",
        "Full-stack developer with nine years",
    ),
    (
        "equestrian",
        "overview",
        "tool",
        "middle",
        "TypeScript, .NET and SQL Server",
        "TypeScript, .NET, Go and SQL Server",
    ),
    (
        "equestrian",
        "experiences[0].description",
        "customer",
        "start",
        "Scoring platform for national",
        "Scoring platform for the Longines Global Champions Tour and national",
    ),
    (
        "equestrian",
        "experiences[0].bullets[1]",
        "number",
        "middle",
        "supporting five judges",
        "supporting seven judges",
    ),
    (
        "equestrian",
        "experiences[0].bullets[1]",
        "version",
        "middle",
        "React Native tablet app",
        "React Native 0.72 tablet app",
    ),
    (
        "equestrian",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "instead of 10 minutes.",
        "instead of 10 minutes, doubling spectator app traffic.",
    ),
    (
        "equestrian",
        "experiences[1].description",
        "date",
        "end",
        "regional riding clubs.",
        "regional riding clubs, launched in 2017.",
    ),
    (
        "equestrian",
        "experiences[1].bullets[1]",
        "certified",
        "start",
        "Wrote the penalty calculator",
        "As an FEI-certified eventing technical delegate, wrote the penalty calculator",
    ),
    (
        "equestrian",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed a horse-welfare incident log adopted by three national federations.",
    ),
    (
        "equestrian",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Built the dressage judges' tablet app in React Native.",
    ),
    (
        "equestrian",
        "experiences[0].bullets[0]",
        "recognition",
        "end",
        "jump-offs and time faults included.",
        "jump-offs and time faults included; the FEI approved it for 5* shows.",
    ),
    ("equestrian", "experiences[2].bullets[0]", "number", "end", "covering 40,000 horses.", "covering 65,000 horses."),
    (
        "equestrian",
        "experiences[2].bullets[1]",
        "version",
        "end",
        "from Joomla to Symfony.",
        "from Joomla 3 to Symfony 6.",
    ),
    # ivf
    (
        "ivf",
        "overview",
        "certified",
        "start",
        "LIMS (laboratory information management system) specialist",
        "HCPC-registered LIMS (laboratory information management system) specialist",
    ),
    ("ivf", "overview", "degree", "end", "under ISO 15189.", "under ISO 15189; PhD in reproductive biology."),
    ("ivf", "overview", "years", "middle", "half of them in IVF", "seven of them in IVF"),
    (
        "ivf",
        "experiences[0].description",
        "number",
        "middle",
        "around 4,500 treatment cycles",
        "around 6,500 treatment cycles",
    ),
    (
        "ivf",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "IDEAS clinic management system.",
        "IDEAS clinic management system and Meditex.",
    ),
    ("ivf", "experiences[0].bullets[3]", "number", "start", "Evidence prepared for two", "Evidence prepared for four"),
    ("ivf", "experiences[1].bullets[1]", "version", "middle", "Built HL7 v2 interfaces", "Built HL7 v2.5 interfaces"),
    (
        "ivf",
        "experiences[1].bullets[2]",
        "duration",
        "end",
        "on-call rota for system outages.",
        "on-call rota for system outages for five years.",
    ),
    (
        "ivf",
        "experiences[1].description",
        "customer",
        "end",
        "the pathology network's LIMS.",
        "the pathology network's LIMS, including its Harrogate and District contract.",
    ),
    (
        "ivf",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Reduced witnessing errors by 90% within the first year.",
    ),
    (
        "ivf",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Wrote HL7 v2 interfaces to the electronic patient record.",
    ),
    (
        "ivf",
        "experiences[0].bullets[0]",
        "recognition",
        "end",
        "in all three labs.",
        "in all three labs, shortlisted for a 2022 HSJ Digital Award.",
    ),
    (
        "ivf",
        "experiences[0].bullets[2]",
        "team size",
        "middle",
        "Action: built an inventory audit.",
        "Action: built an inventory audit with two embryologists.",
    ),
    # rescue
    ("rescue", "overview", "years", "start", "Developer with eight years", "Developer with eleven years"),
    (
        "rescue",
        "overview",
        "customer",
        "end",
        "Police Scotland command and control.",
        "Police Scotland and Scottish Ambulance Service command and control.",
    ),
    (
        "rescue",
        "experiences[0].description",
        "number",
        "middle",
        "serving 24 volunteer teams",
        "serving 27 volunteer teams",
    ),
    ("rescue", "experiences[0].bullets[0]", "tool", "end", "via Twilio.", "via Twilio and Vonage."),
    (
        "rescue",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "down from nine minutes to two.",
        "down from nine minutes to two, with 99.9% of alerts delivered.",
    ),
    (
        "rescue",
        "experiences[1].bullets[0]",
        "customer",
        "end",
        "for a forecasting service.",
        "for the Scottish Avalanche Information Service.",
    ),
    ("rescue", "experiences[1].bullets[2]", "number", "middle", "three ski schools", "five ski schools"),
    ("rescue", "experiences[1].description", "date", "start", "Custom software", "From 2014, custom software"),
    (
        "rescue",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Ran a two-day exercise with six teams to test the platform.",
    ),
    (
        "rescue",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Wrote a GPS track viewer for search managers using Leaflet and OS maps.",
    ),
    (
        "rescue",
        "experiences[0].bullets[2]",
        "certification",
        "start",
        "Added a one-tap link",
        "Holding a Wilderness First Responder certificate, added a one-tap link",
    ),
    (
        "rescue",
        "experiences[0].bullets[3]",
        "version",
        "end",
        "every one of the 24 teams.",
        "every one of the 24 teams on Flutter 3.16.",
    ),
    # coastguard
    ("coastguard", "overview", "years", "middle", "ten years' experience", "twelve years' experience"),
    (
        "coastguard",
        "overview",
        "certification",
        "end",
        "I hold Security Check (SC) clearance.",
        "I hold Developed Vetting (DV) clearance.",
    ),
    ("coastguard", "overview", "certified", "start", "I am a systems analyst", "I am a chartered systems analyst"),
    (
        "coastguard",
        "experiences[0].description",
        "customer",
        "end",
        "at HM Coastguard.",
        "at HM Coastguard and the Royal Navy.",
    ),
    ("coastguard", "experiences[0].bullets[1]", "number", "end", "by 60%.", "by 75%."),
    (
        "coastguard",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "one picture for operators.",
        "one picture for operators using Saab's Maritime Traffic Management.",
    ),
    (
        "coastguard",
        "experiences[0].bullets[3]",
        "team size",
        "start",
        "I talked to 30 coastguard operators",
        "With a team of four, I talked to 30 coastguard operators",
    ),
    ("coastguard", "experiences[1].bullets[0]", "number", "middle", "for four UK ports", "for six UK ports"),
    (
        "coastguard",
        "experiences[1].description",
        "duration",
        "end",
        "for port authorities.",
        "for port authorities for six years.",
    ),
    (
        "coastguard",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "I built a dashboard in Tableau for harbour masters.",
    ),
    ("coastguard", "experiences[0].bullets[+]", "moved bullet", "end", None, "I made monthly maps of traffic density."),
    (
        "coastguard",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "replacing the incident management system.",
        "replacing the incident management system, which won a Civil Service Award.",
    ),
    (
        "coastguard",
        "experiences[2].description",
        "date",
        "start",
        "I joined the graduate scheme",
        "In 2012 I joined the graduate scheme",
    ),
    (
        "coastguard",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "stored them in a data lake.",
        "stored them in a data lake, cutting query costs by 30%.",
    ),
    # streetlight
    (
        "streetlight",
        "overview",
        "years",
        "start",
        "with 24 years in public lighting",
        "with 28 years in public lighting",
    ),
    ("streetlight", "overview", "date", "middle", "He began in 2000", "He began in 1996"),
    ("streetlight", "overview", "number", "middle", "service of 62,000 columns", "service of 68,000 columns"),
    ("streetlight", "overview", "number", "end", "more than 20 UK councils.", "more than 30 UK councils."),
    (
        "streetlight",
        "experiences[0].description",
        "tool",
        "end",
        "on street lighting CMS.",
        "on street lighting CMS, including Signify Interact City.",
    ),
    (
        "streetlight",
        "experiences[0].bullets[4]",
        "team size",
        "middle",
        "Managed eight consultants.",
        "Managed eleven consultants.",
    ),
    (
        "streetlight",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "by 45%.",
        "by 45% and carbon emissions by 5,000 tonnes a year.",
    ),
    ("streetlight", "experiences[0].bullets[1]", "version", "middle", "TALQ-compliant", "TALQ 2.0-compliant"),
    ("streetlight", "experiences[1].bullets[0]", "duration", "end", "across four years.", "across three years."),
    (
        "streetlight",
        "experiences[1].description",
        "recognition",
        "end",
        "(62,000 columns).",
        "(62,000 columns), named ILP Lighting Team of the Year.",
    ),
    (
        "streetlight",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Chaired the national CMS user group for three years.",
    ),
    ("streetlight", "experiences[0].bullets[+]", "moved bullet", "end", None, "Designed lighting schemes to BS 5489."),
    (
        "streetlight",
        "experiences[0].bullets[0]",
        "degree",
        "start",
        "Wrote the CMS procurement specification",
        "Drawing on his MSc in Lighting Design, wrote the CMS procurement specification",
    ),
    (
        "streetlight",
        "experiences[0].bullets[3]",
        "customer",
        "middle",
        "Advised a dozen councils",
        "Advised a dozen councils, Birmingham City Council among them,",
    ),
]

# (cv, field, old, new, reason): edits whose honesty is arguable.
_AMBIGUOUS = [
    (
        "ropeway",
        "experiences[0].bullets[3]",
        "from 31 to 12.",
        "from 31 to 12 by testing haul ropes twice a year.",
        "links two separate facts of the experience as cause and effect, which the CV never does",
    ),
    (
        "rescue",
        "experiences[0].bullets[1]",
        "Median time",
        "Thanks to the new app, median time",
        "credits the faster alerts to the app; the CV states both but not that one caused the other",
    ),
    (
        "dairy",
        "experiences[1].bullets[1]",
        "with hourly figures",
        "with near-real-time figures",
        "hourly figures described as near real time: a stretch of what the CV says",
    ),
    (
        "icecream",
        "experiences[0].bullets[2]",
        "write-offs down 40%.",
        "write-offs down 40% thanks to the new alarms.",
        "attributes the 40% drop to the alarms; the CV gives no cause",
    ),
    (
        "piano",
        "experiences[0].bullets[0]",
        "Grew online revenue by €2.3m",
        "Grew online revenue by 74%",
        "a derived percentage (5.4/3.1 is 1.742), rounded rather than exact",
    ),
    (
        "yacht",
        "experiences[0].bullets[2]",
        "from six hours to one.",
        "from six hours to one, an 83% saving.",
        "a derived percentage (5/6 is 83.3%), rounded",
    ),
    (
        "velodrome",
        "experiences[0].bullets[3]",
        "Trained six",
        "Trained and mentored six",
        "mentoring is not stated, though close to training",
    ),
    (
        "equestrian",
        "overview",
        "Full-stack developer",
        "Lead full-stack developer",
        "the posting's title; the CV says Senior Developer, not lead",
    ),
    (
        "ivf",
        "experiences[0].bullets[3]",
        "Evidence prepared for two HFEA inspections, neither raising a major non-conformity.",
        "Evidence prepared for two clean HFEA inspections.",
        "no major non-conformities is not the same as a clean inspection",
    ),
    (
        "coastguard",
        "experiences[0].bullets[3]",
        "in 10 coordination centres",
        "in all 10 coordination centres",
        "implies the network has exactly 10 centres, which the CV does not say",
    ),
    (
        "streetlight",
        "experiences[0].bullets[0]",
        "90,000 columns",
        "90,000 lighting points",
        "columns and lighting points are not the same count",
    ),
    (
        "mattress",
        "experiences[0].bullets[3]",
        "Held a €1.2 million budget.",
        "Delivered within a €1.2 million budget.",
        "implies the project came in on budget, which the CV does not say",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _FABRICATIONS)
AMBIGUOUS = build(CVS, _AMBIGUOUS, with_reason=True)
