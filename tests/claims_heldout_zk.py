"""Blind set ZK for the free-text claims guard (issue 20): twelve hand-written consultant CVs from seaweed
farming and processing, mushroom growing climate control, rice milling plants, tea estate management, bell
foundry and metal casting, oyster hatchery systems, kennel and cattery booking software, sleep laboratory
diagnostics (polysomnography), passport issuance systems, parking enforcement and permits, household waste bin
collection routing, and prosthetics and orthotics clinic software, each with a job posting or customer brief,
one honest tailoring (one of them aimed at another industry through transferable skills) and single claims
injected into it; written blind, without reading the guard's rules, its documentation or the other sets."""

from claims_blind_set import build, cv, honest_texts, tailor

GUARD_FLOOR = {"caught": 143, "touched": 2}  # 143 caught, 3 touched at 2d9f1bd, when the set landed
CATCH_NOT_MET = "set ZK, a tuning set (session 13): 143/145 claims caught (98.6%)"
TOUCH_NOT_MET = "set ZK, a tuning set (session 13): 2/138 honest texts touched (1.4%; 3 at 2d9f1bd)"

CVS = {}

# --- seaweed farming and processing ---------------------------------------------------------------------------
_seaweed = cv(
    "Aquaculture Operations Engineer",
    "Ingrid Solheim",
    "Aquaculture engineer with 11 years in kelp and dulse cultivation and processing. Has designed longline "
    "farm layouts, hatchery seeding systems and drying lines for food and alginate customers in Norway and "
    "Scotland.",
    [
        (
            "Farm Systems Lead, Hav Tare AS, 03/2019 – present",
            "Engagement for Hav Tare AS covering the expansion of a 40-hectare sugar kelp farm off Frøya and its "
            "shore processing plant.",
            [
                "Designed longline layouts for 120 km of seeded rope across 4 sites.",
                "Commissioned a belt dryer line processing 18 tonnes of wet kelp per day.",
                "Introduced a traceability system in SQL Server linking harvest batches to buoy GPS positions.",
                "Cut seeding-string losses from 30% to 12% through nursery temperature control.",
            ],
            ["SQL Server", "QGIS", "Siemens S7-1200", "Power BI"],
        ),
        (
            "Process Engineer, Oban Seaweed Ltd, 2015 – 2019",
            "Process engineering for a seaweed processor in Argyll producing dried dulse and kelp flakes for food "
            "retail.",
            [
                "Redesigned the blanching and salting line, raising yield by 8%.",
                "Wrote HACCP plans and led the plant through BRCGS audits.",
                "Built a Python tool that forecasts harvest volume from sea temperature data.",
            ],
            ["Python", "pandas", "Excel", "HACCP"],
        ),
        (
            "Research Assistant, SINTEF Ocean, 2013 – 2015",
            "Research on hatchery seeding of Saccharina latissima for the MACROSEA project.",
            [
                "Ran gametophyte culture trials in 200-litre tanks.",
                "Co-authored 3 papers on seeding density and growth.",
            ],
            ["R", "MATLAB"],
        ),
    ],
    skills=["Longline farm design", "Hatchery seeding", "Drying and blanching lines", "Food safety (HACCP)"],
    tools=["QGIS", "Power BI", "SQL Server"],
    languages=["Python", "R"],
    certifications=["HACCP Level 3", "NEBOSH General Certificate"],
    academic_background=["MSc Marine Biology, NTNU"],
    spoken_languages=["Norwegian", "English"],
    industries=["Aquaculture", "Food processing"],
)
CVS["seaweed"] = {
    "source": _seaweed,
    "prompt": "Job posting: Seaweed Farm Operations Manager at a kelp producer in the Faroe Islands. We need "
    "longline farm design, hatchery experience, commissioning of processing lines, food safety (HACCP) and "
    "data-driven harvest planning.",
    "honest": tailor(
        _seaweed,
        "Eleven years of aquaculture engineering across kelp and dulse, from hatchery seeding and longline farm "
        "layout to drying lines for food and alginate buyers in Norway and Scotland; HACCP Level 3 holder with an "
        "MSc in Marine Biology from NTNU.",
        [
            (
                "For Hav Tare AS: expanding a 40 ha sugar kelp farm off Frøya together with its shore-side "
                "processing plant.",
                [
                    "Commissioned a belt-dryer line handling 18 t of wet kelp a day.",
                    "Laid out longlines for 120 km of seeded rope over four sites.",
                    "Reduced seeding-string losses from 30 per cent to 12 per cent by controlling nursery temperature.",
                    "Built batch traceability in SQL Server, tying each harvest to buoy GPS positions.",
                ],
            ),
            (
                "Process engineering at an Argyll seaweed processor making dried dulse and kelp flakes for retail "
                "food.",
                [
                    "Reworked the blanching and salting line for an 8% yield gain.",
                    "Authored HACCP plans and took the plant through its BRCGS audits.",
                    "Developed a Python harvest-volume forecast driven by sea temperature data.",
                ],
            ),
            (
                "Research into hatchery seeding of Saccharina latissima for MACROSEA.",
                [
                    "Ran gametophyte culture trials in 200 L tanks.",
                    "Co-wrote three papers on seeding density and growth.",
                ],
            ),
        ],
    ),
}

# --- mushroom growing climate control -------------------------------------------------------------------------
_mushroom = cv(
    "Controls Engineer – Mushroom Growing Climate",
    "Pieter van Daalen",
    "Controls engineer specialising in climate control for commercial mushroom growing rooms. 11 years building "
    "PLC and SCADA systems that manage CO2, humidity and compost temperature for button and oyster mushroom "
    "growers in the Netherlands, Poland and Ireland.",
    [
        (
            "Senior Controls Engineer, MycoClimate BV, 2020 – 2024",
            "Product engineering for a supplier of climate computers to mushroom farms.",
            [
                "Developed the control logic for a climate computer now installed in 340 growing rooms.",
                "Tuned CO2 and humidity loops so set-points hold within ±0.5 °C and ±2% RH during pinning.",
                "Added an MQTT gateway that streams room data to the grower's dashboard.",
                "Supported commissioning at 14 farms in Poland and Ireland.",
            ],
            ["Siemens TIA Portal", "WinCC", "MQTT", "Grafana", "InfluxDB"],
        ),
        (
            "Automation Engineer, Venlo Agritech, 2015 – 2020",
            "Automation of compost tunnels (phase II and III) and growing rooms for a Dutch grower group.",
            [
                "Programmed Siemens S7-1500 PLCs for 22 compost tunnels.",
                "Replaced manual watering with a dosing system, saving 15% water.",
                "Wrote the alarm handling and SMS call-out for night shifts.",
            ],
            ["Siemens S7-1500", "TIA Portal", "Python"],
        ),
        (
            "Service Technician, Limburg Klimaattechniek, 2013 – 2015",
            "Field service on climate and ventilation units in mushroom farms in Limburg and North Brabant.",
            [
                "Serviced air handling units and humidifiers at 30 farms.",
                "Replaced faulty CO2 sensors and recalibrated room probes.",
            ],
            ["Priva", "Fancom"],
        ),
    ],
    skills=["Climate control", "PID tuning", "Compost tunnel automation", "SCADA"],
    tools=["TIA Portal", "WinCC", "Grafana", "Priva", "Fancom"],
    languages=["Structured Text", "Python"],
    certifications=["Siemens Certified Programmer (TIA Portal)"],
    academic_background=["BEng Electrical Engineering, Fontys Hogeschool"],
    spoken_languages=["Dutch", "English", "German"],
    industries=["Horticulture", "Mushroom growing"],
)
CVS["mushroom"] = {
    "source": _mushroom,
    "prompt": "Job: Climate Control Specialist for a mushroom producer opening six new growing rooms in Ireland. "
    "Must know PLCs, CO2/RH control, compost tunnels and remote monitoring; Dutch a plus.",
    "honest": tailor(
        _mushroom,
        "I'm a controls engineer with eleven years' experience of climate control for commercial mushroom growing "
        "rooms: PLC and SCADA systems regulating CO2, relative humidity and compost temperature for button and "
        "oyster mushroom growers across the Netherlands, Poland and Ireland. I hold the Siemens Certified "
        "Programmer (TIA Portal) credential.",
        [
            (
                "I engineered products for a company that supplies climate computers to mushroom farms.",
                [
                    "I wrote the control logic behind a climate computer that now runs 340 growing rooms.",
                    "I tuned the CO2 and humidity loops to hold set-points within ±0.5 °C and ±2% relative humidity "
                    "through pinning.",
                    "I supported on-site commissioning at fourteen farms in Poland and Ireland.",
                    "I added an MQTT gateway streaming room data to growers' dashboards.",
                ],
            ),
            (
                "I automated phase II and III compost tunnels and growing rooms for a Dutch growers' group.",
                [
                    "I programmed the Siemens S7-1500 PLCs on 22 compost tunnels.",
                    "I swapped manual watering for a dosing system, cutting water use by 15 percent.",
                    "I built the alarm handling and the night-shift SMS call-out.",
                ],
            ),
            (
                "I serviced climate and ventilation units on mushroom farms across Limburg and North Brabant.",
                [
                    "I maintained air handling units and humidifiers at thirty farms.",
                    "I swapped out faulty CO2 sensors and re-calibrated the room probes.",
                ],
            ),
        ],
    ),
}

# --- rice milling plants (tailored for a sugar refinery: transferable skills) -----------------------------------
_rice = cv(
    "Process Engineer – Rice Milling",
    "Arjun Raghavan",
    "Process engineer with 12 years designing and upgrading rice mills in India and West Africa. Specialises in "
    "paddy parboiling, husking, whitening and colour sorting lines of 4 to 20 tonnes per hour, and in energy use "
    "of husk-fired boilers.",
    [
        (
            "Lead Process Engineer, Agrimill Projects Pvt Ltd, 2018 – present",
            "Turnkey rice mill projects for private millers in Andhra Pradesh, Nigeria and Ghana.",
            [
                "Designed 9 complete mills with capacities from 4 to 20 t/h.",
                "Specified Satake and Bühler husking, whitening and colour sorting equipment.",
                "Reduced broken rice from 18% to 11% at a 12 t/h mill in Kano by re-sequencing whitening passes.",
                "Produced plant layouts in AutoCAD Plant 3D and mass balances in Excel.",
            ],
            ["AutoCAD Plant 3D", "Excel", "SAP PM"],
        ),
        (
            "Process Engineer, Kakinada Rice Industries, 2012 – 2018",
            "In-house engineering for a parboiled rice exporter running three mills.",
            [
                "Converted parboiling from batch soaking to a continuous hot-soak system.",
                "Cut boiler husk consumption by a fifth through condensate recovery.",
                "Ran the mills' preventive maintenance in SAP PM.",
                "Trained 25 operators on the new dryer controls.",
            ],
            ["SAP PM", "Excel", "Husk-fired boilers"],
        ),
    ],
    skills=["Paddy parboiling", "Husking and whitening", "Colour sorting", "Mass and energy balances"],
    tools=["AutoCAD Plant 3D", "SAP PM", "Excel"],
    certifications=["Certified Energy Auditor (BEE, India)"],
    academic_background=["B.Tech Agricultural Engineering, Tamil Nadu Agricultural University"],
    spoken_languages=["English", "Hindi", "Telugu", "Tamil"],
    industries=["Food processing", "Agri-processing"],
)
CVS["rice"] = {
    "source": _rice,
    "prompt": "Customer brief: a sugar refinery in western Kenya wants a process engineer to raise yield and cut "
    "boiler fuel use across its crushing, clarification and drying lines, and to train operators.",
    "honest": tailor(
        _rice,
        "Arjun is a process engineer with twelve years' experience cutting breakage and fuel use in continuous "
        "food-processing plants — rice mills of 4–20 t/h in India and West Africa — including the energy "
        "performance of husk-fired boilers. He is a Certified Energy Auditor (BEE, India).",
        [
            (
                "He delivered turnkey rice milling plants for private millers in Andhra Pradesh, Nigeria and Ghana.",
                [
                    "He designed nine complete mills ranging from 4 to 20 tonnes per hour.",
                    "He lowered the broken-grain rate from 18% to 11% at a 12 t/h Kano mill by re-sequencing the "
                    "whitening passes.",
                    "He specified husking, whitening and colour sorting equipment from Satake and Bühler.",
                    "He drew plant layouts in AutoCAD Plant 3D and built mass balances in Excel.",
                ],
            ),
            (
                "In-house engineering at a parboiled rice exporter with three mills.",
                [
                    "He moved parboiling from batch soaking to continuous hot soaking.",
                    "He reduced boiler husk use by 20% through condensate recovery.",
                    "He ran preventive maintenance for the mills in SAP PM and trained 25 operators on new dryer "
                    "controls.",
                ],
            ),
        ],
    ),
}

# --- tea estate management --------------------------------------------------------------------------------------
_tea = cv(
    "Estate Operations & Systems Manager",
    "Nimali Perera",
    "Tea estate manager with 15 years on high-grown estates in Sri Lanka's Nuwara Eliya district. Runs plucking, "
    "factory and labour operations across 1,100 hectares and introduced digital crop recording and Rainforest "
    "Alliance compliance.",
    [
        (
            "Group Estate Manager, Highland Leaf Plantations PLC, 2017 – present",
            "Management of four estates (1,100 ha) and two CTC and orthodox factories producing 2.4 million kg of "
            "made tea a year.",
            [
                "Rolled out tablet-based plucking records for 2,300 pluckers, replacing paper check rolls.",
                "Brought all four estates to Rainforest Alliance certification in 2019.",
                "Raised green leaf yield from 1,850 to 2,100 kg per hectare through infilling and replanting.",
                "Negotiated auction strategy with Colombo brokers, lifting average price by 6%.",
            ],
            ["Odoo", "Android tablets", "Power BI", "Excel"],
        ),
        (
            "Estate Superintendent, Pedro Valley Estates, 2009 – 2017",
            "Superintendent of a 420-hectare estate and orthodox factory at 1,900 m.",
            [
                "Managed 650 workers and resident staff.",
                "Introduced a withering trough monitoring system that cut fuelwood use by 12%.",
                "Kept the factory ISO 22000 certified through three surveillance cycles.",
            ],
            ["Excel", "ISO 22000"],
        ),
    ],
    skills=[
        "Estate management",
        "Tea manufacture (CTC and orthodox)",
        "Labour relations",
        "Sustainability certification",
    ],
    tools=["Odoo", "Power BI"],
    certifications=["Rainforest Alliance Internal Auditor", "Working towards CIMA Certificate in Business Accounting"],
    academic_background=[
        "BSc Agriculture, University of Peradeniya",
        "Diploma in Tea Technology, Tea Research Institute of Sri Lanka",
    ],
    spoken_languages=["Sinhala", "Tamil", "English"],
    industries=["Plantations", "Agriculture"],
)
CVS["tea"] = {
    "source": _tea,
    "prompt": "Posting: General Manager for a tea estate group in Assam with three estates and a CTC factory. "
    "Wants digital crop records, sustainability certification, labour management and auction sales experience.",
    "honest": tailor(
        _tea,
        "Fifteen years managing high-grown tea estates in Nuwara Eliya, Sri Lanka, across plucking, factory and "
        "labour operations on 1,100 ha; led the move to digital crop recording and Rainforest Alliance compliance. "
        "BSc Agriculture (Peradeniya), Diploma in Tea Technology, Rainforest Alliance Internal Auditor, working "
        "towards the CIMA Certificate in Business Accounting.",
        [
            (
                "Runs four estates totalling 1,100 hectares and two factories (CTC and orthodox) making 2.4m kg of "
                "made tea annually.",
                [
                    "Replaced paper check rolls with tablet plucking records for 2,300 pluckers.",
                    "Lifted green leaf yield from 1,850 to 2,100 kg/ha via infilling and replanting.",
                    "Led all four estates to Rainforest Alliance certification in 2019.",
                    "Shaped auction strategy with Colombo brokers for a 6% higher average price.",
                ],
            ),
            (
                "Superintendent of an orthodox factory and 420 ha estate at 1,900 metres.",
                [
                    "Led 650 workers and resident staff.",
                    "Cut fuelwood use by 12% with a withering-trough monitoring system.",
                    "Maintained the factory's ISO 22000 certification across three surveillance cycles.",
                ],
            ),
        ],
    ),
}

# --- bell foundry and metal casting -----------------------------------------------------------------------------
_bell = cv(
    "Foundry Engineer",
    "Thomas Whitcombe",
    "Foundry engineer with 18 years in bronze bell founding and ferrous and non-ferrous sand casting. Combines "
    "traditional loam moulding and bell tuning with casting simulation, melt control and ISO 9001 quality systems.",
    [
        (
            "Foundry Manager, Loughborough Bell Works Ltd, 2014 – 2024",
            "Running the casting floor of a bell foundry producing church, carillon and handbells for the UK and "
            "export.",
            [
                "Cast over 600 bells from 2 kg handbells to a 4.2-tonne tenor.",
                "Introduced MAGMASOFT simulation for bell profiles, cutting porosity rejects by 40%.",
                "Managed a team of 11 moulders, tuners and fettlers.",
                "Rebuilt the 5-tonne gas-fired bronze furnace with new burner controls.",
                "Tuned bells on a vertical tuning lathe to within 2 cents of target partials.",
            ],
            ["MAGMASOFT", "SolidWorks", "Spectro spectrometer", "Sage 200"],
        ),
        (
            "Casting Engineer, Midland Precision Castings, 2006 – 2014",
            "Sand and investment casting of aluminium and ductile iron parts for pump and valve makers.",
            [
                "Designed gating and risering for 150 new part numbers.",
                "Ran melt chemistry control with spark spectrometry.",
                "Led the plant's move to ISO 9001:2008 certification.",
            ],
            ["SolidWorks", "Excel", "ISO 9001"],
        ),
    ],
    skills=["Bell founding", "Loam and sand moulding", "Casting simulation", "Bell tuning", "Melt control"],
    tools=["MAGMASOFT", "SolidWorks"],
    certifications=["ICME Foundry Technology Diploma", "Member of the Institute of Cast Metals Engineers"],
    academic_background=["BEng Materials Engineering, University of Birmingham"],
    spoken_languages=["English"],
    industries=["Foundry", "Heritage and church furnishings"],
)
CVS["bell"] = {
    "source": _bell,
    "prompt": "Posting: Casting Process Lead at an art and architectural bronze foundry in Pennsylvania. Needs sand "
    "molding, bronze melting, casting simulation (MAGMA or similar), ISO 9001 and leadership of a shop-floor team.",
    "honest": tailor(
        _bell,
        "Foundry engineer with eighteen years in bronze bell founding and in sand casting of ferrous and "
        "non-ferrous metals, combining traditional loam molding and bell tuning with casting simulation, melt "
        "control and ISO 9001 quality systems. Holds the ICME Foundry Technology Diploma and is a member of the "
        "Institute of Cast Metals Engineers.",
        [
            (
                "Ran the casting floor at a bell foundry making church, carillon and handbells for UK and export "
                "customers.",
                [
                    "Led an 11-person team of molders, tuners and fettlers.",
                    "Cast more than 600 bells, from 2 kg handbells up to a 4.2 t tenor.",
                    "Brought in MAGMASOFT simulation of bell profiles and cut porosity rejects by 40 percent.",
                    "Rebuilt the 5 t gas-fired bronze furnace and fitted new burner controls.",
                    "Tuned bells on a vertical lathe to within 2 cents of their target partials.",
                ],
            ),
            (
                "Sand and investment castings in aluminum and ductile iron for pump and valve manufacturers.",
                [
                    "Designed gating and risering systems for 150 new part numbers.",
                    "Controlled melt chemistry using spark spectrometry.",
                    "Took the plant to ISO 9001:2008 certification.",
                ],
            ),
        ],
    ),
}

# --- oyster hatchery systems ------------------------------------------------------------------------------------
_oyster = cv(
    "Hatchery Systems Engineer",
    "Aoife Brennan",
    "Engineer and shellfish biologist with 8 years building and running oyster hatchery systems: algae culture, "
    "larval rearing tanks, downwellers and upwellers, and seawater treatment. Worked with Pacific and native flat "
    "oyster producers in Ireland and France.",
    [
        (
            "Hatchery Systems Engineer, Atlantic Spat Ltd, 2019 – 2024",
            "Design and operation of a Pacific oyster (Crassostrea gigas) hatchery in Connemara producing triploid "
            "seed.",
            [
                "Designed a recirculating larval rearing system with 16 tanks of 3,000 litres.",
                "Automated continuous algae culture in 40 photobioreactors with Arduino-based controllers.",
                "Raised survival to settlement from 22% to 35% through UV and cartridge filtration upgrades.",
                "Produced 90 million spat a season for growers in Ireland and Normandy.",
            ],
            ["Arduino", "Python", "Raspberry Pi", "Aquatronica"],
        ),
        (
            "Research Technician, Ifremer La Tremblade, 2016 – 2019",
            "Technician on native flat oyster (Ostrea edulis) restoration trials.",
            [
                "Ran broodstock conditioning and spawning for 120 flat oyster families.",
                "Logged water quality and larval growth in R for weekly reports.",
                "Built a small-scale downweller nursery from recycled tanks.",
            ],
            ["R", "Excel"],
        ),
    ],
    skills=["Larval rearing", "Microalgae culture", "Recirculating aquaculture systems", "Water treatment"],
    tools=["Arduino", "Raspberry Pi", "Aquatronica"],
    languages=["Python", "R"],
    certifications=["Certificate in Shellfish Hygiene (BIM)"],
    academic_background=[
        "MSc Aquaculture, Université de Bretagne Occidentale",
        "BSc Marine Science, University of Galway",
    ],
    spoken_languages=["English", "French", "Irish"],
    industries=["Aquaculture", "Shellfish"],
)
CVS["oyster"] = {
    "source": _oyster,
    "prompt": "Posting: Hatchery Manager for a new oyster hatchery in Tasmania. Larval rearing, algae production, "
    "recirculating aquaculture systems (RAS), water quality, staff supervision and biosecurity.",
    "honest": tailor(
        _oyster,
        "Shellfish biologist and engineer with eight years designing and operating oyster hatchery systems — "
        "microalgae culture, larval rearing, up- and downwellers, seawater treatment — for Pacific and native flat "
        "oyster producers in Ireland and France. MSc Aquaculture (Université de Bretagne Occidentale).",
        [
            (
                "Designed and ran a Connemara hatchery for Pacific oysters (Crassostrea gigas) producing triploid "
                "seed.",
                [
                    "Built a 16-tank recirculating larval rearing system, 3,000 L per tank.",
                    "Automated continuous algae production in forty photobioreactors using Arduino controllers.",
                    "Upgraded UV and cartridge filtration, lifting survival to settlement from 22% to 35%.",
                    "Delivered 90m spat per season to growers in Ireland and Normandy.",
                ],
            ),
            (
                "Restoration trials on the native flat oyster, Ostrea edulis, as a research technician.",
                [
                    "Conditioned and spawned broodstock for 120 families of flat oysters.",
                    "Recorded water quality and larval growth in R for the weekly reports.",
                    "Put together a small downweller nursery from recycled tanks.",
                ],
            ),
        ],
    ),
}

# --- kennel and cattery booking software ------------------------------------------------------------------------
_kennel = cv(
    "Full-Stack Developer",
    "Rebecca Ashdown",
    "Full-stack developer with 7 years building booking and management software for kennels, catteries and "
    "pet-sitting businesses. Works in TypeScript, React and Django, with payments via Stripe and GoCardless.",
    [
        (
            "Lead Developer, PawStay Software Ltd, 2020 – 2024",
            "SaaS booking platform used by independent kennels and catteries in the UK and Ireland.",
            [
                "Built the online booking flow with vaccination certificate upload and pen allocation.",
                "Scaled the platform from 80 to 410 kennel and cattery sites.",
                "Integrated Stripe and GoCardless for deposits and recurring daycare plans.",
                "Cut page load time on the calendar view from 4.1 s to 1.2 s.",
                "Mentored 3 junior developers.",
            ],
            ["TypeScript", "React", "Django", "PostgreSQL", "AWS", "Stripe"],
        ),
        (
            "Web Developer, Fetch & Follow Digital, 2017 – 2020",
            "Agency work on websites and apps for pet-care businesses.",
            [
                "Delivered 25 booking websites for dog walkers and groomers.",
                "Wrote an SMS reminder service in Python with Twilio.",
                "Maintained a legacy PHP appointment system for a grooming chain.",
            ],
            ["PHP", "Python", "Twilio", "MySQL", "WordPress"],
        ),
    ],
    skills=["Booking systems", "Payments integration", "Responsive web design", "Agile delivery"],
    languages=["TypeScript", "Python", "PHP"],
    tools=["React", "Django", "PostgreSQL", "MySQL", "AWS", "Stripe", "GoCardless", "Twilio"],
    certifications=["AWS Certified Developer – Associate"],
    academic_background=["BSc Computer Science, University of Kent"],
    spoken_languages=["English"],
    industries=["Pet care", "SaaS"],
)
CVS["kennel"] = {
    "source": _kennel,
    "prompt": "Posting: Senior Software Engineer at a pet boarding marketplace. React/TypeScript front end, Python "
    "back end, payments, performance work and mentoring of juniors.",
    "honest": tailor(
        _kennel,
        "I build booking and management software for kennels, catteries and pet sitters, and have done for seven "
        "years, working in TypeScript, React and Django and taking payments through Stripe and GoCardless. I'm an "
        "AWS Certified Developer – Associate with a BSc in Computer Science from the University of Kent.",
        [
            (
                "Lead developer on a SaaS booking platform for independent kennels and catteries across the UK and "
                "Ireland.",
                [
                    "Built online booking with pen allocation and upload of vaccination certificates.",
                    "Took the platform from 80 to 410 kennel and cattery sites.",
                    "Wired in Stripe and GoCardless for deposits and recurring day-care plans.",
                    "Brought calendar-view page loads down from 4.1 to 1.2 seconds.",
                    "Mentored three junior developers.",
                ],
            ),
            (
                "Agency projects: websites and apps for pet-care businesses.",
                [
                    "Shipped 25 booking sites for dog walkers and groomers.",
                    "Developed a Twilio-based SMS reminder service in Python.",
                    "Kept a grooming chain's legacy PHP appointment system running.",
                ],
            ),
        ],
    ),
}

# --- sleep laboratory diagnostics (polysomnography) -------------------------------------------------------------
_sleep = cv(
    "Clinical Physiologist – Sleep Diagnostics",
    "Hannah Okafor",
    "Clinical physiologist with 10 years in sleep diagnostics. Performs and scores polysomnography (PSG), home "
    "sleep apnoea testing and MSLT, and set up the scoring workflow and data systems for a 6-bed sleep laboratory.",
    [
        (
            "Senior Clinical Physiologist, St Aidan's Hospital Sleep Centre, 2018 – present",
            "Lead physiologist in an NHS sleep centre performing around 1,400 studies a year.",
            [
                "Scored PSGs to AASM Manual v2.6 rules and audited inter-scorer agreement (kappa 0.82).",
                "Moved home sleep apnoea testing from paper diaries to an online booking and results portal.",
                "Cut the wait for diagnostic PSG from 26 to 11 weeks by adding a second night shift.",
                "Trained 9 physiologists and 4 respiratory nurses in scoring.",
            ],
            ["Compumedics ProFusion", "Nox T3", "Epic", "Excel"],
        ),
        (
            "Clinical Physiologist, Northfield University Hospital, 2014 – 2018",
            "Neurophysiology and sleep studies in an adult and paediatric service.",
            [
                "Performed overnight PSG, MSLT and MWT studies.",
                "Built Excel dashboards for CPAP compliance follow-up.",
                "Helped set up the paediatric sleep service in 2016.",
            ],
            ["Compumedics ProFusion", "Excel", "ResMed AirView"],
        ),
        (
            "Trainee Healthcare Scientist, Leeds Teaching Hospitals, 2011 – 2014",
            "Trainee physiologist on the NHS Practitioner Training Programme in neurophysiology.",
            [
                "Completed clinical placements in EEG, EMG and sleep.",
                "Recorded routine EEGs for outpatient clinics.",
            ],
            ["Natus NeuroWorks"],
        ),
    ],
    skills=["Polysomnography", "Sleep scoring (AASM)", "Home sleep apnoea testing", "CPAP titration"],
    tools=["Compumedics ProFusion", "Nox T3", "ResMed AirView", "Epic"],
    certifications=["Registered Polysomnographic Technologist (RPSGT)", "HCPC registered clinical physiologist"],
    academic_background=["BSc Healthcare Science (Neurophysiology), University of Leeds"],
    spoken_languages=["English", "Yoruba"],
    industries=["Healthcare", "NHS"],
)
CVS["sleep"] = {
    "source": _sleep,
    "prompt": "Posting: Sleep Lab Lead for a private sleep diagnostics company in Texas. PSG scoring to AASM, HSAT "
    "program, scheduling and EHR integration, staff training; RPSGT required.",
    "honest": tailor(
        _sleep,
        "Hannah is a clinical physiologist with a decade in sleep diagnostics, performing and scoring "
        "polysomnography, home sleep apnea testing (HSAT) and multiple sleep latency tests, and she set up the "
        "scoring workflow and data systems for a six-bed sleep lab. She is a Registered Polysomnographic "
        "Technologist (RPSGT) and HCPC registered.",
        [
            (
                "She leads the physiologists at an NHS sleep center running about 1,400 studies per year.",
                [
                    "She scores PSGs to AASM Manual v2.6, with inter-scorer agreement audited at kappa 0.82.",
                    "She shortened the wait for diagnostic PSG from 26 weeks to 11 by adding a second night shift.",
                    "She moved home sleep apnea testing off paper diaries onto an online booking and results portal.",
                    "She has trained nine physiologists and four respiratory nurses in scoring.",
                ],
            ),
            (
                "Sleep and neurophysiology studies for adult and pediatric patients.",
                [
                    "Ran overnight PSG plus MSLT and MWT studies.",
                    "Helped launch the pediatric sleep service in 2016.",
                    "Created Excel dashboards to follow up CPAP compliance.",
                ],
            ),
            (
                "She trained in neurophysiology on the NHS Practitioner Training Programme.",
                [
                    "Completed clinical placements covering EEG, EMG and sleep.",
                    "Recorded routine outpatient EEGs.",
                ],
            ),
        ],
    ),
}

# --- passport issuance systems ----------------------------------------------------------------------------------
_passport = cv(
    "Solution Architect – Identity Documents",
    "Mikael Lindqvist",
    "Solution architect with 16 years on government systems, 14 of them on passport and ID card issuance. Designed "
    "enrolment, personalisation and PKI components for ICAO 9303 ePassports, and led integration with central "
    "printing and border control systems.",
    [
        (
            "Lead Solution Architect, Nordic ID Systems AB, 2016 – 2024",
            "Architecture for the passport issuance platform of a Nordic police authority, replacing a 15-year-old "
            "system.",
            [
                "Designed the enrolment flow capturing face, fingerprints and signature at 210 police offices.",
                "Built the Country Signing CA and Document Signer hierarchy on Thales Luna HSMs.",
                "Integrated the central personalisation site, issuing up to 9,000 ePassports a day.",
                "Cut average issuance time from 10 working days to 4.",
            ],
            ["Java", "Spring Boot", "Oracle Database", "Thales Luna HSM", "Kafka", "OpenShift"],
        ),
        (
            "Senior Developer, Gemalto, 2010 – 2016",
            "Development of personalisation software for ePassport and national ID card programmes in Africa and "
            "the Middle East.",
            [
                "Wrote the chip personalisation module for BAC and EAC protocols.",
                "Delivered issuance systems in 5 countries.",
                "Ran factory acceptance tests with government customers.",
            ],
            ["Java", "C++", "Oracle Database", "JavaCard"],
        ),
        (
            "Developer, Tieto, 2008 – 2010",
            "Java development for a Swedish tax agency's population register.",
            [
                "Built batch interfaces that supply address data to other agencies.",
                "Wrote integration tests for the register's SOAP services.",
            ],
            ["Java", "Oracle Database", "SOAP"],
        ),
    ],
    skills=["ePassport issuance", "PKI", "Biometric enrolment", "ICAO 9303"],
    languages=["Java", "C++"],
    tools=["Spring Boot", "Kafka", "OpenShift", "Oracle Database", "Thales Luna HSM"],
    certifications=["TOGAF 9 Certified", "CISSP"],
    academic_background=["MSc Computer Science, KTH Royal Institute of Technology"],
    spoken_languages=["Swedish", "English", "Finnish"],
    industries=["Government", "Identity and security"],
)
CVS["passport"] = {
    "source": _passport,
    "prompt": "Tender brief: a national passport office seeks an architect for its next-generation passport "
    "issuance system: enrolment, PKI and HSMs, ICAO 9303 compliance, integration with personalisation and border "
    "systems.",
    "honest": tailor(
        _passport,
        "Sixteen years on government systems, fourteen of them on passport and ID card issuance: "
        "enrolment, personalisation and public key infrastructure for ICAO 9303 ePassports, plus integration with "
        "central printing and border control. TOGAF 9 certified and a CISSP, with an MSc in Computer Science from "
        "KTH.",
        [
            (
                "Architected a Nordic police authority's new passport issuance platform, which replaced a system in "
                "service for 15 years.",
                [
                    "Designed biometric enrolment (face, fingerprints, signature) across 210 police offices.",
                    "Set up the CSCA and Document Signer hierarchy on Thales Luna HSMs.",
                    "Reduced average issuance from ten working days to four.",
                    "Integrated the central personalisation site, which issues as many as 9,000 ePassports daily.",
                ],
            ),
            (
                "Personalisation software for ePassport and national ID card programmes across Africa and the "
                "Middle East.",
                [
                    "Developed the chip personalisation module supporting Basic and Extended Access Control (BAC/EAC).",
                    "Delivered issuance systems in five countries and ran factory acceptance testing with government "
                    "customers.",
                ],
            ),
            (
                "Java developer on the population register of a Swedish tax agency.",
                [
                    "Developed batch interfaces feeding address data to other agencies.",
                    "Wrote integration tests for the register's SOAP web services.",
                ],
            ),
        ],
    ),
}

# --- parking enforcement and permits ----------------------------------------------------------------------------
_parking = cv(
    "Product Owner – Parking Services",
    "Daniel Okonkwo-Reid",
    "Product owner with 9 years delivering parking enforcement and permit systems for UK local authorities. Has "
    "led handheld enforcement apps, virtual permits linked to number plates, and PCN processing and appeals "
    "workflows.",
    [
        (
            "Product Owner, CivicPark Solutions, 2019 – 2024",
            "Owned the virtual permit and enforcement product line used by 23 councils.",
            [
                "Replaced paper resident permits with virtual permits checked by ANPR, across 180,000 permit holders.",
                "Shipped an Android handheld app for civil enforcement officers with offline PCN issue.",
                "Reduced permit application processing time from 5 days to same-day for 85% of applications.",
                "Ran a Scrum team of 7 developers and 2 testers.",
            ],
            ["Jira", "Confluence", "Azure", "Kotlin", "C#", "SQL Server"],
        ),
        (
            "Business Analyst, Borough of Eastleigh Parking Services, 2015 – 2019",
            "Business analysis for the council's parking services during a move from outsourced to in-house "
            "enforcement.",
            [
                "Mapped the PCN lifecycle from issue to Traffic Penalty Tribunal appeal.",
                "Wrote requirements for a cashless pay-by-phone parking tender.",
                "Built monthly enforcement dashboards in Power BI.",
            ],
            ["Visio", "Power BI", "Excel"],
        ),
        (
            "Civil Enforcement Officer, Southampton City Council, 2013 – 2015",
            "Street enforcement of on-street and car park restrictions.",
            [
                "Issued PCNs using handheld devices across the city centre beat.",
                "Fed back device and app defects to the IT team.",
            ],
            ["Handheld PCN terminals"],
        ),
    ],
    skills=["Product ownership", "Parking enforcement (TMA 2004)", "Permit schemes", "Requirements analysis"],
    tools=["Jira", "Confluence", "Power BI", "Visio"],
    certifications=[
        "Professional Scrum Product Owner I (PSPO I)",
        "BCS Foundation Certificate in Business Analysis",
    ],
    academic_background=["BA Geography, University of Southampton"],
    spoken_languages=["English"],
    industries=["Local government", "Transport"],
)
CVS["parking"] = {
    "source": _parking,
    "prompt": "Posting: Parking Product Manager for a US city parking authority (Seattle): permit digitization, "
    "license-plate recognition enforcement, citation processing and appeals, agile delivery with a small team.",
    "honest": tailor(
        _parking,
        "Product owner with nine years delivering parking enforcement and permit systems for UK local "
        "authorities: handheld enforcement apps, virtual permits tied to license plates, and penalty charge notice "
        "(PCN) processing and appeals. Professional Scrum Product Owner (PSPO I).",
        [
            (
                "Product owner for a virtual permit and enforcement product line in use at 23 councils.",
                [
                    "Moved 180k permit holders from paper resident permits to virtual permits verified by "
                    "automatic number plate recognition (ANPR).",
                    "Launched an Android handheld app letting civil enforcement officers issue PCNs offline.",
                    "Made 85% of permit applications same-day, down from five days.",
                    "Led a Scrum team of seven developers and two testers.",
                ],
            ),
            (
                "Business analysis for a council's parking services as enforcement moved in-house from an "
                "outsourced contractor.",
                [
                    "Mapped how a PCN moves from issue through to appeal at the Traffic Penalty Tribunal.",
                    "Wrote the requirements for a cashless pay-by-phone parking tender.",
                    "Created monthly enforcement dashboards in Power BI.",
                ],
            ),
            (
                "Enforced restrictions on-street and in car parks.",
                [
                    "Issued penalty charge notices on handheld devices on the city-centre beat.",
                    "Reported handheld device and app defects to IT.",
                ],
            ),
        ],
    ),
}

# --- household waste bin collection routing ---------------------------------------------------------------------
_waste = cv(
    "Route Optimisation Analyst",
    "Sofia Marchetti",
    "Operations research analyst with 6 years optimising household waste and recycling collection rounds for "
    "councils and contractors. Builds vehicle routing models, in-cab data pipelines and bin-level service "
    "analytics.",
    [
        (
            "Senior Analyst, RoundWise Ltd, 2021 – 2024",
            "Route optimisation consultancy for municipal waste collection in England and Wales.",
            [
                "Re-planned collection rounds for 14 councils covering 1.3 million households.",
                "Removed 11 refuse vehicles from fleets through round balancing, saving about 9% of fuel.",
                "Built a Python pipeline that ingests in-cab missed-bin and contamination reports.",
                "Modelled the switch to three-weekly residual collections for two councils.",
            ],
            ["Python", "OR-Tools", "PostGIS", "QGIS", "Airflow"],
        ),
        (
            "Data Analyst, Greater Valley Waste Partnership, 2018 – 2021",
            "Analytics for a waste partnership of four district councils.",
            [
                "Created a weekly dashboard of missed bins by round and crew.",
                "Mapped garden waste subscriptions to target leaflet drops.",
                "Cleaned the property gazetteer, matching 96% of bins to UPRNs.",
            ],
            ["SQL Server", "Power BI", "QGIS"],
        ),
    ],
    skills=["Vehicle routing", "Geospatial analysis", "Data pipelines", "Service analytics"],
    languages=["Python", "SQL"],
    tools=["OR-Tools", "PostGIS", "QGIS", "Power BI", "Airflow"],
    certifications=["Working towards CIWM Chartered Membership"],
    academic_background=["MSc Operational Research, Lancaster University"],
    spoken_languages=["English", "Italian"],
    industries=["Waste management", "Local government"],
)
CVS["waste"] = {
    "source": _waste,
    "prompt": "Posting: Route Planning Lead at a national waste contractor. Vehicle routing, in-cab technology, "
    "fleet reduction, data pipelines and stakeholder work with councils.",
    "honest": tailor(
        _waste,
        "I'm an operations research analyst who has spent six years optimising household waste and recycling "
        "rounds for councils and contractors, building vehicle routing models, in-cab data pipelines and bin-level "
        "service analytics. I hold an MSc in Operational Research from Lancaster and am working towards chartered "
        "membership of CIWM.",
        [
            (
                "I optimised municipal waste collection routes for clients in England and Wales.",
                [
                    "I re-planned rounds for fourteen councils serving 1.3m households.",
                    "My round balancing took eleven refuse vehicles off the road and saved roughly 9% of fuel.",
                    "I modelled three-weekly residual collections for two councils and built a Python pipeline for "
                    "in-cab missed-bin and contamination reports.",
                ],
            ),
            (
                "I ran analytics for a four-council waste partnership.",
                [
                    "I built a weekly missed-bins dashboard broken down by round and crew.",
                    "I matched 96 per cent of bins to UPRNs by cleaning the property gazetteer.",
                    "I mapped garden waste subscriptions so leaflet drops could be targeted.",
                ],
            ),
        ],
    ),
}

# --- prosthetics and orthotics clinic software ------------------------------------------------------------------
_prosthetics = cv(
    "Clinical Software Engineer",
    "Lena Hoffmann",
    "Software engineer with 8 years building clinical systems for prosthetics and orthotics (P&O) clinics. "
    "Develops patient records, 3D scan-to-fabrication workflows and outcome measure tracking, and has worked "
    "under ISO 13485 and IEC 62304.",
    [
        (
            "Software Engineer, OrthoLink GmbH, 2019 – 2024",
            "Development of a clinic management system used by 60 P&O clinics in Germany and Austria.",
            [
                "Built the scan-to-fabrication workflow sending 3D limb scans to CAD and the carving mill.",
                "Implemented PLUS-M and Socket Comfort Score outcome tracking.",
                "Integrated billing with German statutory health insurers via the §302 SGB V data exchange.",
                "Wrote IEC 62304 software documentation for a class I medical device.",
            ],
            ["C#", ".NET 6", "Angular", "PostgreSQL", "Azure DevOps"],
        ),
        (
            "Junior Developer, MediTech Werkstatt, 2016 – 2019",
            "Development of an appointment and workshop tracking app for orthopaedic workshops.",
            [
                "Built job tracking for orthoses and prosthetic sockets through the workshop.",
                "Migrated the app from Access to SQL Server.",
                "Supported 12 workshop sites by phone and on site.",
            ],
            ["C#", "WinForms", "SQL Server", "Microsoft Access"],
        ),
        (
            "Working Student, Universitätsklinikum Heidelberg, 2014 – 2016",
            "Student developer in the orthopaedic technology department.",
            [
                "Wrote a gait lab data export tool in Python.",
                "Digitised paper fitting records for 1,500 patients.",
            ],
            ["Python", "MySQL"],
        ),
    ],
    skills=[
        "Clinical software",
        "Medical device software (IEC 62304)",
        "Quality management (ISO 13485)",
        "3D scanning workflows",
    ],
    languages=["C#", "TypeScript", "SQL", "Python"],
    tools=[".NET", "Angular", "PostgreSQL", "SQL Server", "Azure DevOps"],
    certifications=["ISTQB Certified Tester Foundation Level"],
    academic_background=["BSc Medical Informatics, Hochschule Heilbronn"],
    spoken_languages=["German", "English"],
    industries=["Healthcare", "Medical devices"],
)
CVS["prosthetics"] = {
    "source": _prosthetics,
    "prompt": "Posting: Senior Developer at a UK orthotics and prosthetics clinic chain building its own patient "
    "management and digital fabrication platform. C#/.NET, Angular, medical device regulation, outcome measures.",
    "honest": tailor(
        _prosthetics,
        "Eight years' experience building clinical software for prosthetic and orthotic clinics — patient records, "
        "workflows from 3D scan to fabrication, and tracking of outcome measures — working to ISO 13485 and "
        "IEC 62304. ISTQB Certified Tester (Foundation Level) with a BSc in Medical Informatics.",
        [
            (
                "Developed a clinic management system for 60 P&O clinics across Germany and Austria.",
                [
                    "Created the scan-to-fabrication workflow that passes 3D limb scans to CAD and on to the carving "
                    "mill.",
                    "Implemented outcome tracking with PLUS-M and the Socket Comfort Score.",
                    "Connected billing to German statutory health insurers through the §302 SGB V data exchange.",
                    "Authored the IEC 62304 documentation for a class I medical device.",
                ],
            ),
            (
                "Built an appointment and job-tracking app for orthopaedic workshops.",
                [
                    "Tracked orthoses and prosthetic sockets as jobs through the workshop.",
                    "Moved the application from Microsoft Access to SQL Server.",
                    "Supported twelve workshop sites, by phone and in person.",
                ],
            ),
            (
                "Working student developing software for the orthopaedic technology department.",
                [
                    "Developed a Python tool that exports gait lab data.",
                    "Digitised the paper fitting records of 1,500 patients.",
                ],
            ),
        ],
    ),
}

HONEST = honest_texts(CVS)

_FABRICATIONS = [
    # seaweed
    ("seaweed", "overview", "years", "start", "Eleven years", "Fourteen years"),
    ("seaweed", "overview", "certification", "end", "HACCP Level 3 holder", "HACCP Level 3 and BRCGS Lead Auditor"),
    (
        "seaweed",
        "experiences[0].description",
        "team size",
        "start",
        "For Hav Tare AS:",
        "For Hav Tare AS, heading a crew of nine:",
    ),
    ("seaweed", "experiences[0].bullets[0]", "number", "middle", "18 t", "22 t"),
    (
        "seaweed",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "over four sites.",
        "over four sites, lifting output per hectare by a quarter.",
    ),
    ("seaweed", "experiences[0].bullets[3]", "tool", "middle", "in SQL Server,", "in SQL Server and PostgreSQL,"),
    (
        "seaweed",
        "experiences[1].description",
        "customer",
        "end",
        "for retail food.",
        "for retail food, chiefly for Waitrose.",
    ),
    (
        "seaweed",
        "experiences[1].bullets[2]",
        "version",
        "end",
        "sea temperature data.",
        "sea temperature data, written in Python 3.11.",
    ),
    (
        "seaweed",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Secured NOK 2 million of Research Council funding for a follow-up seeding study.",
    ),
    (
        "seaweed",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Ran gametophyte culture trials in 200 L tanks.",
    ),
    (
        "seaweed",
        "experiences[2].bullets[1]",
        "recognition",
        "end",
        "seeding density and growth.",
        "seeding density and growth, one of them named best student paper at Aquaculture Europe.",
    ),
    # mushroom
    ("mushroom", "overview", "years", "middle", "eleven years'", "fourteen years'"),
    ("mushroom", "overview", "version", "end", "(TIA Portal) credential.", "(TIA Portal V18) credential."),
    (
        "mushroom",
        "overview",
        "degree",
        "end",
        "(TIA Portal) credential.",
        "(TIA Portal) credential and an MSc in Control Engineering from TU Delft.",
    ),
    (
        "mushroom",
        "experiences[0].description",
        "customer",
        "end",
        "to mushroom farms.",
        "to mushroom farms such as Monaghan Mushrooms.",
    ),
    ("mushroom", "experiences[0].bullets[0]", "number", "middle", "runs 340 growing", "runs 430 growing"),
    (
        "mushroom",
        "experiences[0].bullets[2]",
        "duration",
        "start",
        "I supported on-site commissioning",
        "Over 18 months I supported on-site commissioning",
    ),
    (
        "mushroom",
        "experiences[0].bullets[3]",
        "tool",
        "end",
        "to growers' dashboards.",
        "to growers' dashboards through Node-RED.",
    ),
    ("mushroom", "experiences[1].description", "date", "start", "I automated phase", "From 2012 I automated phase"),
    (
        "mushroom",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "by 15 percent.",
        "by 15 percent and energy costs by 10 percent.",
    ),
    (
        "mushroom",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "I trained 30 growers to use the new climate screens.",
    ),
    ("mushroom", "experiences[2].bullets[0]", "number", "end", "at thirty farms.", "at forty farms."),
    # rice
    ("rice", "overview", "certification", "end", "(BEE, India).", "(BEE, India) and a Chartered Engineer (IMechE)."),
    (
        "rice",
        "overview",
        "recognition",
        "end",
        "(BEE, India).",
        "(BEE, India), and was named Rice Mill Engineer of the Year by the SEA of India in 2019.",
    ),
    ("rice", "overview", "tool", "middle", "husk-fired boilers", "husk-fired boilers modelled in Aspen Plus"),
    (
        "rice",
        "experiences[0].description",
        "customer",
        "end",
        "Nigeria and Ghana.",
        "Nigeria and Ghana, Olam among them.",
    ),
    ("rice", "experiences[0].bullets[0]", "number", "middle", "nine complete mills", "eleven complete mills"),
    ("rice", "experiences[0].bullets[1]", "date", "middle", "at a 12 t/h Kano mill", "at a 12 t/h Kano mill in 2016"),
    (
        "rice",
        "experiences[0].bullets[3]",
        "version",
        "end",
        "in Excel.",
        "in Excel, with layouts in AutoCAD Plant 3D 2023.",
    ),
    (
        "rice",
        "experiences[1].description",
        "duration",
        "start",
        "In-house engineering",
        "Eight years of in-house engineering",
    ),
    (
        "rice",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "through condensate recovery.",
        "through condensate recovery, saving ₹40 lakh a year.",
    ),
    (
        "rice",
        "experiences[1].bullets[2]",
        "team size",
        "middle",
        "in SAP PM and",
        "in SAP PM with a six-person crew and",
    ),
    (
        "rice",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "He specified husking, whitening and colour sorting equipment from Satake and Bühler.",
    ),
    # tea
    ("tea", "overview", "certified", "end", "working towards the CIMA", "holder of the CIMA"),
    (
        "tea",
        "overview",
        "degree",
        "middle",
        "BSc Agriculture (Peradeniya)",
        "MSc Plantation Management and BSc Agriculture (Peradeniya)",
    ),
    ("tea", "overview", "years", "start", "Fifteen years managing", "Twenty years managing"),
    (
        "tea",
        "experiences[0].description",
        "customer",
        "end",
        "made tea annually.",
        "made tea annually, sold largely to Dilmah.",
    ),
    ("tea", "experiences[0].bullets[0]", "number", "middle", "for 2,300 pluckers", "for 2,800 pluckers"),
    ("tea", "experiences[0].bullets[0]", "version", "end", "for 2,300 pluckers.", "for 2,300 pluckers on Odoo 17."),
    (
        "tea",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "via infilling and replanting.",
        "via infilling and replanting, adding LKR 45 million in revenue.",
    ),
    ("tea", "experiences[0].bullets[2]", "date", "end", "certification in 2019.", "certification in 2018."),
    (
        "tea",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Cut factory electricity costs by 18% by installing a 500 kW rooftop solar array.",
    ),
    (
        "tea",
        "experiences[1].description",
        "date",
        "start",
        "Superintendent of an orthodox",
        "From 2006, superintendent of an orthodox",
    ),
    ("tea", "experiences[1].bullets[0]", "team size", "middle", "Led 650 workers", "Led 850 workers"),
    (
        "tea",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "monitoring system.",
        "monitoring system that won the Planters' Association Innovation Award.",
    ),
    # bell
    (
        "bell",
        "overview",
        "years",
        "start",
        "Foundry engineer with eighteen years",
        "Foundry engineer with twenty-two years",
    ),
    ("bell", "overview", "certified", "end", "is a member of the", "is a Fellow of the"),
    (
        "bell",
        "overview",
        "degree",
        "middle",
        "Holds the ICME Foundry Technology Diploma",
        "Holds an MEng in Metallurgy and the ICME Foundry Technology Diploma",
    ),
    (
        "bell",
        "experiences[0].description",
        "customer",
        "end",
        "for UK and export customers.",
        "for UK and export customers including Washington National Cathedral.",
    ),
    ("bell", "experiences[0].bullets[0]", "team size", "middle", "an 11-person team", "a 15-person team"),
    ("bell", "experiences[0].bullets[1]", "number", "end", "4.2 t tenor.", "6.5 t tenor."),
    ("bell", "experiences[0].bullets[2]", "tool", "middle", "MAGMASOFT simulation", "MAGMASOFT and ProCAST simulation"),
    ("bell", "experiences[0].bullets[2]", "version", "start", "Brought in MAGMASOFT", "Brought in MAGMASOFT 6.0"),
    (
        "bell",
        "experiences[1].description",
        "recognition",
        "end",
        "pump and valve manufacturers.",
        "pump and valve manufacturers, winning the CMF Casting of the Year award in 2011.",
    ),
    (
        "bell",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "using spark spectrometry.",
        "using spark spectrometry, bringing scrap below 2%.",
    ),
    (
        "bell",
        "experiences[1].bullets[2]",
        "certification",
        "middle",
        "ISO 9001:2008 certification",
        "ISO 9001:2008 and IATF 16949 certification",
    ),
    (
        "bell",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Tuned bells on a vertical lathe to within 2 cents of their target partials.",
    ),
    # oyster
    (
        "oyster",
        "overview",
        "certified",
        "start",
        "Shellfish biologist and engineer",
        "HACCP-certified shellfish biologist and engineer",
    ),
    ("oyster", "overview", "years", "middle", "with eight years", "with ten years"),
    (
        "oyster",
        "overview",
        "degree",
        "end",
        "(Université de Bretagne Occidentale).",
        "(Université de Bretagne Occidentale) and a PhD in shellfish genetics.",
    ),
    (
        "oyster",
        "experiences[0].description",
        "team size",
        "end",
        "producing triploid seed.",
        "producing triploid seed, with a staff of eight.",
    ),
    ("oyster", "experiences[0].bullets[0]", "number", "middle", "3,000 L per tank", "5,000 L per tank"),
    (
        "oyster",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "using Arduino controllers.",
        "using Arduino and Siemens LOGO! controllers.",
    ),
    (
        "oyster",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "from 22% to 35%.",
        "from 22% to 35% and halving bacterial outbreaks.",
    ),
    (
        "oyster",
        "experiences[0].bullets[3]",
        "customer",
        "end",
        "in Ireland and Normandy.",
        "in Ireland and Normandy, including Gillardeau.",
    ),
    (
        "oyster",
        "experiences[1].description",
        "date",
        "end",
        "as a research technician.",
        "as a research technician from 2014.",
    ),
    ("oyster", "experiences[1].bullets[1]", "version", "middle", "growth in R for", "growth in R 4.2 for"),
    (
        "oyster",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Co-authored a paper on Bonamia resistance in flat oyster families.",
    ),
    # kennel
    ("kennel", "overview", "years", "middle", "for seven years", "for ten years"),
    ("kennel", "overview", "tool", "middle", "through Stripe and GoCardless", "through Stripe, GoCardless and PayPal"),
    (
        "kennel",
        "overview",
        "certification",
        "middle",
        "AWS Certified Developer – Associate",
        "AWS Certified Solutions Architect – Professional",
    ),
    (
        "kennel",
        "experiences[0].description",
        "customer",
        "end",
        "across the UK and Ireland.",
        "across the UK and Ireland, including Pets at Home.",
    ),
    (
        "kennel",
        "experiences[0].bullets[0]",
        "tool",
        "middle",
        "Built online booking with",
        "Built online booking in Next.js with",
    ),
    (
        "kennel",
        "experiences[0].bullets[0]",
        "recognition",
        "end",
        "of vaccination certificates.",
        "of vaccination certificates, shortlisted at the Pet Industry Awards.",
    ),
    (
        "kennel",
        "experiences[0].bullets[1]",
        "number",
        "end",
        "410 kennel and cattery sites.",
        "520 kennel and cattery sites.",
    ),
    (
        "kennel",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "to 1.2 seconds.",
        "to 1.2 seconds, lifting conversion by 18%.",
    ),
    (
        "kennel",
        "experiences[0].bullets[4]",
        "team size",
        "start",
        "Mentored three",
        "Led a team of five and mentored three",
    ),
    ("kennel", "experiences[1].description", "date", "start", "Agency projects:", "Agency projects since 2015:"),
    ("kennel", "experiences[1].bullets[1]", "version", "end", "service in Python.", "service in Python 3.8."),
    ("kennel", "experiences[1].bullets[+]", "moved bullet", "end", None, "Mentored three junior developers."),
    # sleep
    ("sleep", "overview", "years", "middle", "with a decade in", "with fifteen years in"),
    (
        "sleep",
        "overview",
        "certification",
        "end",
        "and HCPC registered.",
        "and HCPC registered, and holds the CCSH credential.",
    ),
    (
        "sleep",
        "overview",
        "degree",
        "start",
        "She is a Registered",
        "She holds an MSc in Sleep Medicine and is a Registered",
    ),
    (
        "sleep",
        "experiences[0].description",
        "number",
        "end",
        "about 1,400 studies per year.",
        "about 2,100 studies per year.",
    ),
    ("sleep", "experiences[0].bullets[0]", "version", "middle", "AASM Manual v2.6", "AASM Manual v3"),
    ("sleep", "experiences[0].bullets[1]", "number", "middle", "from 26 weeks to 11", "from 26 weeks to 8"),
    (
        "sleep",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "results portal.",
        "results portal built on Salesforce Health Cloud.",
    ),
    (
        "sleep",
        "experiences[0].bullets[3]",
        "team size",
        "start",
        "She has trained",
        "Heading a team of 12, she has trained",
    ),
    (
        "sleep",
        "experiences[1].description",
        "customer",
        "end",
        "pediatric patients.",
        "pediatric patients, including referrals from Great Ormond Street.",
    ),
    ("sleep", "experiences[1].bullets[1]", "date", "end", "service in 2016.", "service in 2013."),
    (
        "sleep",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "follow up CPAP compliance.",
        "follow up CPAP compliance, raising adherence to 78%.",
    ),
    (
        "sleep",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Cut the wait for diagnostic PSG from 26 weeks to 11 by adding a second night shift.",
    ),
    (
        "sleep",
        "experiences[2].bullets[1]",
        "number",
        "middle",
        "Recorded routine outpatient",
        "Recorded more than 500 routine outpatient",
    ),
    # passport
    (
        "passport",
        "overview",
        "tool",
        "middle",
        "public key infrastructure",
        "public key infrastructure on Entrust nShield",
    ),
    (
        "passport",
        "overview",
        "certification",
        "start",
        "TOGAF 9 certified and a CISSP",
        "TOGAF 9 certified, a CISSP and a CISM",
    ),
    ("passport", "overview", "years", "start", "Sixteen years on government", "Nineteen years on government"),
    (
        "passport",
        "experiences[0].description",
        "duration",
        "end",
        "in service for 15 years.",
        "in service for 20 years.",
    ),
    (
        "passport",
        "experiences[0].description",
        "recognition",
        "middle",
        "issuance platform, which",
        "issuance platform, winner of the 2022 ID&T Award, which",
    ),
    (
        "passport",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "across 210 police offices.",
        "across 260 police offices.",
    ),
    ("passport", "experiences[0].bullets[1]", "version", "end", "Thales Luna HSMs.", "Thales Luna 7 HSMs."),
    ("passport", "experiences[0].bullets[2]", "metric", "end", "to four.", "to four, saving €3m a year."),
    ("passport", "experiences[0].bullets[3]", "number", "middle", "as many as 9,000", "as many as 12,000"),
    (
        "passport",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Chaired the ICAO working group subgroup on digital travel credentials.",
    ),
    (
        "passport",
        "experiences[1].description",
        "customer",
        "end",
        "and the Middle East.",
        "and the Middle East, including the Nigeria Immigration Service.",
    ),
    (
        "passport",
        "experiences[1].bullets[1]",
        "duration",
        "start",
        "Delivered issuance systems",
        "Over eight years, delivered issuance systems",
    ),
    (
        "passport",
        "experiences[2].description",
        "customer",
        "middle",
        "of a Swedish tax agency",
        "of Skatteverket, the Swedish tax agency",
    ),
    # parking
    ("parking", "overview", "years", "middle", "with nine years", "with eleven years"),
    ("parking", "overview", "certified", "end", "(PSPO I).", "(PSPO II)."),
    ("parking", "overview", "degree", "end", "(PSPO I).", "(PSPO I) with an MSc in Transport Planning."),
    ("parking", "experiences[0].description", "number", "end", "in use at 23 councils.", "in use at 31 councils."),
    ("parking", "experiences[0].bullets[0]", "number", "start", "Moved 180k", "Moved 240,000"),
    (
        "parking",
        "experiences[0].bullets[1]",
        "version",
        "middle",
        "an Android handheld app",
        "an Android 12 handheld app",
    ),
    (
        "parking",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "issue PCNs offline.",
        "issue PCNs offline, built in Flutter.",
    ),
    (
        "parking",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "down from five days.",
        "down from five days, and cut complaints by 30%.",
    ),
    ("parking", "experiences[0].bullets[3]", "team size", "middle", "seven developers", "nine developers"),
    (
        "parking",
        "experiences[1].description",
        "customer",
        "middle",
        "for a council's parking services",
        "for Eastleigh and Winchester councils' parking services",
    ),
    ("parking", "experiences[1].bullets[1]", "date", "end", "parking tender.", "parking tender awarded in 2014."),
    ("parking", "experiences[1].bullets[2]", "tool", "end", "in Power BI.", "in Power BI and Tableau."),
    (
        "parking",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Saved the council £400,000 a year by renegotiating the cash collection contract.",
    ),
    (
        "parking",
        "experiences[2].description",
        "duration",
        "end",
        "in car parks.",
        "in car parks for three years.",
    ),
    # waste
    ("waste", "overview", "years", "middle", "spent six years", "spent eight years"),
    (
        "waste",
        "overview",
        "certified",
        "end",
        "am working towards chartered membership of CIWM.",
        "am a chartered member of CIWM.",
    ),
    (
        "waste",
        "overview",
        "degree",
        "middle",
        "an MSc in Operational Research",
        "a BSc in Mathematics and an MSc in Operational Research",
    ),
    (
        "waste",
        "experiences[0].description",
        "customer",
        "end",
        "in England and Wales.",
        "in England and Wales, including Biffa and Veolia.",
    ),
    ("waste", "experiences[0].bullets[0]", "number", "end", "1.3m households.", "1.8m households."),
    (
        "waste",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "roughly 9% of fuel.",
        "roughly 9% of fuel and £1.2m a year.",
    ),
    (
        "waste",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "built a Python pipeline",
        "built a Python and Apache Spark pipeline",
    ),
    ("waste", "experiences[0].bullets[2]", "version", "middle", "a Python pipeline", "a Python 3.12 pipeline"),
    (
        "waste",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "I introduced electric refuse collection vehicles on six rounds.",
    ),
    ("waste", "experiences[1].description", "duration", "start", "I ran analytics", "For five years I ran analytics"),
    (
        "waste",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "the property gazetteer.",
        "the property gazetteer, earning a GeoPlace Exemplar Award.",
    ),
    (
        "waste",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "I re-planned rounds for fourteen councils serving 1.3m households.",
    ),
    # prosthetics
    ("prosthetics", "overview", "years", "start", "Eight years' experience", "Ten years' experience"),
    ("prosthetics", "overview", "certified", "start", "(Foundation Level)", "(Advanced Level)"),
    (
        "prosthetics",
        "overview",
        "certification",
        "end",
        "ISO 13485 and IEC 62304.",
        "ISO 13485 and IEC 62304 as a certified ISO 13485 Lead Auditor.",
    ),
    (
        "prosthetics",
        "overview",
        "degree",
        "end",
        "in Medical Informatics.",
        "in Medical Informatics and an MSc in Biomedical Engineering.",
    ),
    ("prosthetics", "experiences[0].description", "number", "middle", "for 60 P&O clinics", "for 85 P&O clinics"),
    (
        "prosthetics",
        "experiences[0].description",
        "customer",
        "end",
        "across Germany and Austria.",
        "across Germany and Austria, Ottobock among them.",
    ),
    ("prosthetics", "experiences[0].bullets[0]", "tool", "end", "the carving mill.", "the carving mill via Rodin4D."),
    (
        "prosthetics",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "the Socket Comfort Score.",
        "the Socket Comfort Score, raising form completion to 90%.",
    ),
    (
        "prosthetics",
        "experiences[1].description",
        "date",
        "start",
        "Built an appointment",
        "From 2014, built an appointment",
    ),
    ("prosthetics", "experiences[1].bullets[1]", "version", "end", "to SQL Server.", "to SQL Server 2019."),
    (
        "prosthetics",
        "experiences[1].bullets[2]",
        "team size",
        "end",
        "by phone and in person.",
        "by phone and in person with a support team of four.",
    ),
    (
        "prosthetics",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Connected billing to German statutory health insurers through the §302 SGB V data exchange.",
    ),
    ("prosthetics", "experiences[2].bullets[0]", "tool", "middle", "a Python tool", "a Python and MATLAB tool"),
]

_AMBIGUOUS = [
    (
        "seaweed",
        "experiences[2].description",
        "Saccharina latissima",
        "sugar kelp (Saccharina latissima)",
        "the common name is the standard one for the species and the CV says sugar kelp in another experience, but "
        "never in this one",
    ),
    (
        "mushroom",
        "overview",
        "for button and oyster mushroom growers across the Netherlands, Poland and Ireland",
        "for mushroom growers across Europe",
        "Europe is not named, though the three countries the CV names are all in it",
    ),
    (
        "rice",
        "overview",
        "cutting breakage and fuel use",
        "raising yield and cutting fuel use",
        "the CV reports a lower broken-rice rate, which is a yield gain, but never uses the word yield",
    ),
    (
        "tea",
        "overview",
        "Fifteen years managing high-grown tea estates",
        "Fifteen years managing high-grown tea estates, the last seven as group estate manager",
        "the group role runs 2017 – present, so seven years depends on today's date",
    ),
    (
        "bell",
        "experiences[0].bullets[1]",
        "Cast more than 600 bells",
        "Cast some 600 bells",
        "the figure stays but 'over 600' becomes 'some 600'",
    ),
    (
        "oyster",
        "overview",
        "seawater treatment —",
        "seawater treatment and biosecurity —",
        "UV and filtration upgrades are biosecurity in practice, but the CV never uses the word",
    ),
    (
        "kennel",
        "experiences[0].bullets[3]",
        "from 4.1 to 1.2 seconds.",
        "from 4.1 to 1.2 seconds, a 70% cut.",
        "70% is derived from the CV's own figures (4.1 s to 1.2 s is a 71% cut) but is not stated",
    ),
    (
        "sleep",
        "experiences[0].bullets[3]",
        "nine physiologists and four respiratory nurses",
        "thirteen staff",
        "13 is the sum of the CV's 9 and 4, a figure the CV never states",
    ),
    (
        "sleep",
        "experiences[0].description",
        "sleep center",
        "sleep center and its HSAT program",
        "the CV runs home sleep apnoea testing from this centre; 'program' is the posting's word",
    ),
    (
        "passport",
        "experiences[1].bullets[0]",
        "Developed the chip personalisation module",
        "Developed the JavaCard chip personalisation module",
        "JavaCard is in this experience's environment but the CV never ties it to the module",
    ),
    (
        "parking",
        "experiences[0].bullets[1]",
        "Launched an Android handheld app",
        "Launched an Android handheld citation app",
        "'citation' is the US word for a PCN, taken from the posting: same thing, new vocabulary",
    ),
    (
        "waste",
        "experiences[0].bullets[1]",
        "eleven refuse vehicles",
        "eleven refuse collection vehicles (RCVs)",
        "RCV is the trade abbreviation for a refuse collection vehicle, but the CV never uses it",
    ),
    (
        "prosthetics",
        "overview",
        "prosthetic and orthotic clinics",
        "orthotic and prosthetic (O&P) clinics",
        "the posting's O&P is the CV's P&O reordered",
    ),
    (
        "passport",
        "overview",
        "TOGAF 9 certified",
        "TOGAF certified",
        "dropping the version broadens the claim to whatever TOGAF version is current",
    ),
]

FABRICATED = build(CVS, _FABRICATIONS)
AMBIGUOUS = build(CVS, _AMBIGUOUS, with_reason=True)
