"""Blind set "ze" for the free-text claims guard (issue 20), written blind (without reading the guard, its
rules, its benchmarks or any other set): twelve CVs in hydrographic survey data processing (CARIS, QPS
Qimera), retail workforce scheduling (Reflexis), recruitment systems administration (Greenhouse, Workday
Recruiting), observatory astronomy data pipelines, oceanographic buoy networks, vineyard and winery
management, paper mill process control, aquaculture farm systems, corporate carbon accounting, casino
gaming systems, genealogy records digitisation and auction house platforms, each with a job posting, a
customer brief or a public-sector tender and one honest tailoring (formal third person with the surname,
passive voice and nominalisations, American spelling, semicolon run-on lists, first person, tender
vocabulary, a contractor's short engagements), and single claims injected into those tailorings."""

from claims_blind_set import build, cv, honest_texts, tailor


def _case(source, prompt, overview, experiences):
    return {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


CVS = {}

# 1. Hydrographic survey data processing: formal house style, "Ms Okafor", nominalisations, US spelling.
CVS["hydro"] = _case(
    cv(
        "Hydrographic Data Processor",
        "Adaeze Okafor",
        "Hydrographic surveyor with 9 years of processing multibeam echosounder (MBES) and side-scan sonar data "
        "for port authorities and offshore wind developers. Processes bathymetry in CARIS HIPS and SIPS and QPS "
        "Qimera, and produces charts to IHO S-44 Order 1a.",
        [
            (
                "Senior Data Processor, Fugro Marine Survey (2021–2024)",
                "Processing lead for nearshore and offshore wind cable route surveys in the North Sea.",
                [
                    "Processed multibeam data for 14 cable route surveys totalling 2,300 line kilometres.",
                    "Built a CUBE surface workflow in CARIS HIPS and SIPS that cut cleaning time per block from "
                    "3 days to 1.",
                    "Checked tide and sound velocity corrections against GNSS heights for every survey block.",
                    "Trained 4 junior processors on Qimera's dynamic surface editing.",
                ],
                ["CARIS HIPS and SIPS 11", "QPS Qimera", "QPS Fledermaus", "Kongsberg EM2040", "Python"],
            ),
            (
                "Hydrographic Surveyor, Port of Tyne Authority (2016–2021)",
                "Maintenance and channel surveys for the port's navigation channel and berths.",
                [
                    "Ran monthly channel surveys with a Kongsberg EM2040 multibeam from a 12-metre survey launch.",
                    "Delivered dredge volume calculations to the harbour master within 48 hours of each survey.",
                    "Moved the port's survey archive of 6 years of data into a single CARIS Bathy DataBASE.",
                ],
                ["CARIS HIPS and SIPS", "CARIS Bathy DataBASE", "Kongsberg SIS", "AutoCAD Civil 3D"],
            ),
            (
                "Survey Assistant, Gardline (2015–2016)",
                "Offshore survey assistant on geophysical site surveys.",
                [
                    "Logged side-scan sonar and sub-bottom profiler data on 20-day offshore trips.",
                    "Produced first-pass side-scan contact lists for UXO screening.",
                ],
                ["SonarWiz", "Kongsberg SIS"],
            ),
        ],
        skills=["Multibeam processing", "Side-scan sonar interpretation", "Tidal reduction", "Volume calculations"],
        tools=["CARIS HIPS and SIPS", "QPS Qimera", "QPS Fledermaus", "AutoCAD Civil 3D"],
        languages=["Python"],
        certifications=["IHO Category B Hydrographic Surveyor"],
        academic_background=["MSc Hydrography, University of Plymouth"],
        spoken_languages=["English", "Igbo"],
        industries=["Ports and harbours", "Offshore wind"],
    ),
    "Job posting: Hydrographic Data Processor for an offshore survey contractor. You will process MBES data in "
    "CARIS HIPS and SIPS or QPS Qimera, apply tidal and sound velocity corrections, deliver to IHO standards "
    "and mentor junior staff. IHO Category B certification preferred.",
    "Ms Okafor is an IHO Category B hydrographic surveyor with nine years' experience in the processing of "
    "multibeam echosounder and side-scan sonar data for port authorities and offshore wind developers. Her "
    "processing is carried out in CARIS HIPS and SIPS and QPS Qimera, with Python used alongside; charts are "
    "delivered to IHO S-44 Order 1a.",
    [
        (
            "Responsibility for processing on nearshore and offshore wind cable route surveys in the North Sea, "
            "as processing lead.",
            [
                "Multibeam data processed for 14 cable route surveys, totaling 2,300 km of survey lines.",
                "Design of a CUBE surface workflow in CARIS HIPS and SIPS, reducing cleaning time per block from "
                "three days to one.",
                "Verification of tide and sound velocity corrections against GNSS heights for each survey block.",
                "Training of four junior processors in dynamic surface editing in Qimera.",
            ],
        ),
        (
            "Delivery of maintenance and channel surveys covering the port's navigation channel and berths.",
            [
                "Monthly channel surveys run with a Kongsberg EM2040 multibeam from a 12 m survey launch.",
                "Dredge volume calculations delivered to the harbor master within 48 hours of each survey.",
                "Migration of six years of survey archive into a single CARIS Bathy DataBASE.",
            ],
        ),
        (
            "Survey assistant role offshore, on geophysical site surveys with Gardline.",
            [
                "Side-scan sonar and sub-bottom profiler data logged during 20-day offshore trips.",
                "Preparation of first-pass side-scan contact lists for UXO screening.",
            ],
        ),
    ],
)

# 2. Retail workforce scheduling: semicolon run-on lists, the posting's "go-lives" and "manager admin time".
CVS["retail_wfm"] = _case(
    cv(
        "Workforce Management Consultant",
        "Dominic Ferreira",
        "Workforce management consultant who has spent 8 years configuring Reflexis Workforce Scheduler for "
        "grocery and fashion retailers. Specialises in labour standards, demand forecasting and store rollout, "
        "and writes SQL and Python to validate forecasts.",
        [
            (
                "Reflexis Lead, Tesco Stores (2022–2024)",
                "Customer engagement to replace spreadsheet rotas with Reflexis Workforce Scheduler across 420 stores.",
                [
                    "Defined labour standards for 35 in-store tasks with store operations and finance.",
                    "Tuned the demand forecast using 3 years of till transactions and footfall counts.",
                    "Ran the rollout in 6 waves, each with a two-week parallel run.",
                    "Cut weekly manager scheduling time from 5 hours to 90 minutes per store.",
                ],
                ["Reflexis Workforce Scheduler", "Reflexis Task Manager", "SQL Server", "Power BI"],
            ),
            (
                "WFM Analyst, River Island (2018–2022)",
                "In-house analyst for the fashion retailer's scheduling and time-and-attendance systems.",
                [
                    "Maintained schedule rules for 250 stores and 9,000 colleagues.",
                    "Built Power BI reports comparing scheduled hours with the labour budget.",
                    "Integrated Kronos time clocks with the payroll feed.",
                ],
                ["Reflexis Workforce Scheduler", "Kronos Workforce Central", "Power BI", "SQL Server"],
            ),
            (
                "Store Operations Analyst, Sainsbury's (2016–2018)",
                "Analysis of store labour and opening hours for the operations team.",
                [
                    "Modelled the staffing impact of Sunday trading hours for 120 supermarkets.",
                    "Produced a weekly labour productivity pack for 14 regional managers.",
                ],
                ["Excel", "SQL Server"],
            ),
        ],
        skills=["Labour standards", "Demand forecasting", "Schedule optimisation", "Store rollout"],
        tools=[
            "Reflexis Workforce Scheduler",
            "Reflexis Task Manager",
            "Kronos Workforce Central",
            "Power BI",
            "Excel",
        ],
        languages=["SQL", "Python"],
        certifications=["Reflexis Certified Implementation Consultant"],
        industries=["Grocery retail", "Fashion retail"],
        spoken_languages=["English", "Portuguese"],
        academic_background=["BSc Operational Research, Lancaster University"],
    ),
    "Job posting: Workforce Management Lead at a national retailer. Configure Reflexis (Zebra Workforce Connect), "
    "own labour standards and forecasting, lead store go-lives and reduce manager admin time. SQL a plus.",
    "Workforce management lead with eight years of Reflexis Workforce Scheduler configuration for grocery and "
    "fashion retailers; specialist in labour standards, demand forecasting and store go-lives; validates "
    "forecasts in SQL and Python; Reflexis Certified Implementation Consultant.",
    [
        (
            "Replacement of spreadsheet rotas with Reflexis Workforce Scheduler across 420 Tesco stores.",
            [
                "Labour standards defined for 35 in-store tasks with store operations and finance; demand forecast "
                "tuned on three years of till transactions and footfall counts.",
                "Store go-lives led in six waves, each with a two-week parallel run.",
                "Manager admin time for weekly scheduling reduced from five hours to 90 minutes per store.",
            ],
        ),
        (
            "In-house WFM analyst for River Island's scheduling and time-and-attendance systems.",
            [
                "Schedule rules maintained for 250 stores and 9,000 colleagues; Kronos time clocks integrated with "
                "the payroll feed.",
                "Power BI reporting of scheduled hours against the labour budget.",
            ],
        ),
        (
            "Store labour and opening-hours analysis for Sainsbury's operations team.",
            [
                "Staffing impact of Sunday trading hours modelled for 120 supermarkets.",
                "Weekly labour productivity pack produced for 14 regional managers.",
            ],
        ),
    ],
)

# 3. Recruitment systems administration: a contractor with short engagements; terse, fragment style.
CVS["recruit_ats"] = _case(
    cv(
        "Recruitment Systems Administrator (Contract)",
        "Priya Raman",
        "Contract recruitment systems administrator who has run Greenhouse and Workday Recruiting for scale-ups "
        "and enterprises since 2017. Short, hands-on engagements: migrations, job-board integrations, interview "
        "kits and recruiting dashboards.",
        [
            (
                "Greenhouse Administrator (contract), Monzo (Mar 2024 – Aug 2024)",
                "Six-month contract to clean up the bank's Greenhouse Recruiting instance ahead of a hiring push.",
                [
                    "Consolidated 140 job templates into 22.",
                    "Rebuilt interview kits and scorecards for engineering and customer operations.",
                    "Connected Greenhouse to LinkedIn Recruiter and Slack notifications.",
                    "Wrote a data retention rule that anonymises rejected candidates after 12 months.",
                ],
                ["Greenhouse Recruiting", "Greenhouse Onboarding", "LinkedIn Recruiter", "Slack", "Looker"],
            ),
            (
                "Workday Recruiting Consultant (contract), Unilever (Jul 2023 – Jan 2024)",
                "Seven-month contract on the Workday Recruiting rollout for the Europe region.",
                [
                    "Configured business processes for requisition approval in 11 countries.",
                    "Loaded 3,800 open candidates from Taleo using EIB templates.",
                    "Ran 4 rounds of user acceptance testing with regional talent teams.",
                ],
                ["Workday Recruiting", "Workday EIB", "Oracle Taleo", "Excel"],
            ),
            (
                "ATS Migration Specialist (contract), Deliveroo (Jan 2023 – May 2023)",
                "Four-month contract moving the company from Lever to Greenhouse.",
                [
                    "Mapped 60 custom fields between Lever and Greenhouse.",
                    "Migrated 95,000 candidate records with attachments through the Harvest API using Python.",
                    "Trained 30 recruiters and hiring coordinators in 2 weeks.",
                ],
                ["Greenhouse Recruiting", "Lever", "Greenhouse Harvest API", "Python"],
            ),
        ],
        skills=["ATS configuration", "Data migration", "GDPR data retention", "Recruiting analytics"],
        tools=["Greenhouse Recruiting", "Workday Recruiting", "Lever", "Oracle Taleo", "Looker"],
        languages=["Python", "SQL"],
        certifications=["Workday Pro Recruiting"],
        industries=["Fintech", "Consumer goods", "Food delivery"],
        spoken_languages=["English", "Tamil"],
        academic_background=["BA Psychology, University of Leeds"],
    ),
    "Contract role, 6 months: Recruitment Systems Administrator. Greenhouse admin (job templates, scorecards, "
    "integrations), data migration experience, GDPR retention. Workday Recruiting exposure useful.",
    "Contract ATS administrator: Greenhouse and Workday Recruiting since 2017, for scale-ups and enterprises "
    "alike. Engagements are short and hands-on (migrations, job-board integrations, interview kits and "
    "scorecards, recruiting dashboards in Looker), with Python and SQL for the data work. Workday Pro Recruiting.",
    [
        (
            "Six months at Monzo tidying the bank's Greenhouse Recruiting instance before a hiring push.",
            [
                "Cut 140 job templates down to 22.",
                "Interview kits and scorecards rebuilt for engineering and customer operations.",
                "Greenhouse linked to LinkedIn Recruiter, with Slack notifications.",
                "Data retention rule anonymizing rejected candidates after 12 months.",
            ],
        ),
        (
            "Seven-month Workday Recruiting rollout for Unilever across Europe.",
            [
                "Requisition approval business processes configured for 11 countries.",
                "3,800 open candidates loaded from Taleo with EIB templates.",
                "Four UAT rounds run with the regional talent teams.",
            ],
        ),
        (
            "Lever-to-Greenhouse migration for Deliveroo over four months.",
            [
                "60 custom fields mapped from Lever to Greenhouse; 95,000 candidate records and attachments migrated "
                "via the Harvest API in Python.",
                "30 recruiters and hiring coordinators trained within two weeks.",
            ],
        ),
    ],
)

# 4. Observatory astronomy data pipelines: a public-sector tender, answered in the tender's vocabulary.
CVS["astro_pipeline"] = _case(
    cv(
        "Scientific Software Engineer, Astronomy Data Pipelines",
        "Tomasz Wieczorek",
        "Scientific software engineer who builds data reduction pipelines for optical and radio observatories. "
        "Ten years of Python, with Astropy, Dask and Apache Airflow, running on Slurm clusters and Kubernetes. "
        "PhD in astrophysics.",
        [
            (
                "Pipeline Engineer, Isaac Newton Group of Telescopes (2020–2024)",
                "Data reduction pipeline for the WEAVE multi-object spectrograph on the William Herschel Telescope.",
                [
                    "Rewrote the spectral extraction stage in Python with Numba, cutting reduction of one night's "
                    "data from 9 hours to 2.",
                    "Orchestrated nightly processing with Apache Airflow on a 64-node Slurm cluster.",
                    "Delivered calibrated spectra to the survey archive within 24 hours of observation.",
                    "Wrote regression tests against 300 reference exposures.",
                ],
                ["Python", "Astropy", "Numba", "Apache Airflow", "Slurm", "PostgreSQL"],
            ),
            (
                "Research Software Engineer, Jodrell Bank Centre for Astrophysics (2016–2020)",
                "Software for the e-MERLIN radio interferometer's calibration pipeline.",
                [
                    "Parallelised flagging and calibration with Dask, processing 40 TB per observing run.",
                    "Packaged the pipeline as Docker images run on Kubernetes.",
                    "Supported 25 visiting astronomers using the pipeline each semester.",
                ],
                ["Python", "CASA", "Dask", "Docker", "Kubernetes"],
            ),
            (
                "Postdoctoral Researcher, University of Manchester (2014–2016)",
                "Research on pulsar timing with the Lovell Telescope.",
                [
                    "Automated timing analysis for 80 millisecond pulsars.",
                    "Published 6 peer-reviewed papers.",
                ],
                ["Python", "TEMPO2", "C"],
            ),
        ],
        skills=[
            "Data reduction pipelines",
            "Workflow orchestration",
            "High-performance computing",
            "Radio interferometry",
        ],
        tools=["Astropy", "Dask", "Apache Airflow", "Slurm", "Docker", "Kubernetes", "CASA"],
        languages=["Python", "C", "SQL"],
        academic_background=["PhD Astrophysics, University of Manchester", "MPhys Physics, University of Warwick"],
        spoken_languages=["English", "Polish"],
        industries=["Research and academia"],
    ),
    "Invitation to tender, Science and Technology Facilities Council, Lot 2: provision of a Scientific Software "
    "Engineer to deliver and maintain observatory data processing pipelines. The Supplier's proposed resource "
    "shall demonstrate: design and delivery of data reduction pipelines; workflow orchestration on HPC; "
    "timely data delivery and service continuity; knowledge transfer to the user community.",
    "The proposed resource, Dr Wieczorek, is a scientific software engineer with a PhD in astrophysics who "
    "designs and delivers data reduction pipelines for optical and radio observatories. The resource brings "
    "ten years of Python, with Astropy, Dask and Apache Airflow for workflow orchestration on HPC (Slurm "
    "clusters) and Kubernetes.",
    [
        (
            "Design and delivery of the data reduction pipeline for the WEAVE multi-object spectrograph on the "
            "William Herschel Telescope (Isaac Newton Group).",
            [
                "Spectral extraction stage re-implemented in Python with Numba, reducing processing of one night's "
                "data from nine hours to two.",
                "Nightly workflow orchestration with Apache Airflow on a 64-node Slurm HPC cluster.",
                "Timely data delivery: calibrated spectra provided to the survey archive within 24 hours of "
                "observation.",
                "Regression test suite covering 300 reference exposures.",
            ],
        ),
        (
            "Software delivery for the e-MERLIN radio interferometer's calibration pipeline.",
            [
                "Flagging and calibration parallelized with Dask to process 40 TB per observing run.",
                "Pipeline packaged as Docker images and operated on Kubernetes.",
                "Knowledge transfer: 25 visiting astronomers supported in use of the pipeline each semester.",
            ],
        ),
        (
            "Pulsar timing research with the Lovell Telescope at the University of Manchester.",
            [
                "Timing analysis automated for 80 millisecond pulsars, using TEMPO2.",
                "Six peer-reviewed papers published.",
            ],
        ),
    ],
)

# 5. Oceanographic buoy networks: "Mr Mensah", passive voice throughout.
CVS["ocean_buoys"] = _case(
    cv(
        "Ocean Observing Systems Engineer",
        "Kwame Mensah",
        "Ocean observing engineer with 12 years on moored buoy networks: sensor integration, satellite telemetry "
        "and real-time quality control. Has run data systems for national met services and research institutes, "
        "writing Python and C for data loggers.",
        [
            (
                "Data Systems Lead, National Oceanography Centre (2019–2024)",
                "Real-time data system for a network of 18 moored met-ocean buoys around the UK shelf.",
                [
                    "Moved telemetry from Argos to Iridium Short Burst Data, cutting message latency from 3 hours "
                    "to 10 minutes.",
                    "Implemented QARTOD quality control tests for temperature, salinity and wave height.",
                    "Published data to the GTS through the Met Office within 30 minutes of measurement.",
                    "Kept the network above 92% data return over five winters.",
                ],
                ["Python", "PostgreSQL", "Iridium SBD", "ERDDAP", "Campbell Scientific CR6"],
            ),
            (
                "Instrument Engineer, Plymouth Marine Laboratory (2012–2019)",
                "Sensor integration and servicing for the Western Channel Observatory buoys.",
                [
                    "Integrated Seabird SBE 37 CTDs and Aanderaa oxygen optodes on 2 data buoys.",
                    "Wrote C firmware for the buoys' data loggers.",
                    "Led 14 servicing cruises on RV Plymouth Quest.",
                ],
                ["C", "Campbell Scientific CR1000", "Seabird SBE 37", "Aanderaa 4831"],
            ),
            (
                "Graduate Technician, Ghana Meteorological Agency (2010–2012)",
                "Maintenance of automatic weather stations along the Ghana coast.",
                [
                    "Serviced 9 coastal automatic weather stations.",
                    "Wrote Excel macros to check daily observations before submission to the WMO.",
                ],
                ["Excel", "Vaisala MAWS"],
            ),
        ],
        skills=["Satellite telemetry", "Real-time QC", "Sensor integration", "Mooring design"],
        tools=["ERDDAP", "Campbell Scientific loggers", "Iridium SBD", "PostgreSQL"],
        languages=["Python", "C"],
        certifications=["STCW Basic Safety Training", "Offshore Survival (BOSIET)"],
        academic_background=[
            "MSc Oceanography, University of Southampton",
            "BEng Electronic Engineering, University of Ghana",
        ],
        spoken_languages=["English", "Twi"],
        industries=["Marine science", "Meteorology"],
    ),
    "Job: Lead Engineer, coastal ocean observing network (government agency). Responsible for buoy telemetry, "
    "real-time QC to QARTOD, GTS data delivery and seagoing fieldwork.",
    "Mr Mensah is an ocean observing engineer with twelve years' experience of moored buoy networks, covering "
    "sensor integration, satellite telemetry and real-time QC. Data systems have been run by him for national "
    "met services and research institutes, and data logger code is written in Python and C. He holds STCW Basic "
    "Safety Training and BOSIET.",
    [
        (
            "A real-time data system was led for 18 moored met-ocean buoys across the UK shelf.",
            [
                "Telemetry was migrated from Argos to Iridium SBD, reducing message latency from three hours to "
                "ten minutes.",
                "QARTOD real-time QC tests were implemented for temperature, salinity and wave height.",
                "Data were delivered to the GTS via the Met Office within half an hour of measurement.",
                "Data return was held above 92% across five winters.",
            ],
        ),
        (
            "Sensor integration and servicing were carried out for the Western Channel Observatory buoys.",
            [
                "Seabird SBE 37 CTDs and Aanderaa oxygen optodes were integrated on two data buoys, with data "
                "logger firmware written in C.",
                "Fourteen servicing cruises were led on RV Plymouth Quest.",
            ],
        ),
        (
            "Automatic weather stations along the Ghanaian coast were maintained for the Ghana Meteorological Agency.",
            [
                "Nine coastal automatic weather stations were serviced.",
                "Daily observations were checked with Excel macros prior to WMO submission.",
            ],
        ),
    ],
)

# 6. Vineyard and winery management: concise, tools woven in, American spelling.
CVS["winery"] = _case(
    cv(
        "Vineyard and Winery Operations Manager",
        "Lucía Herrero",
        "Viticulturist and winery operations manager with 11 years in Rioja and the Barossa Valley. Runs vineyard "
        "mapping, harvest logistics and cellar records on vintrace and QGIS, and holds WSET Level 3.",
        [
            (
                "Operations Manager, Bodegas Altanza (2019–2024)",
                "Vineyard and winery operations for a 210-hectare estate producing 1.4 million bottles a year.",
                [
                    "Mapped vine vigour across all blocks with NDVI drone imagery in QGIS.",
                    "Scheduled harvest for 38 blocks by sugar and phenolic ripeness, with crews of up to 60 pickers.",
                    "Moved cellar records from paper to vintrace, tracking 120 tanks and barrel lots.",
                    "Reduced irrigation water use by 18% with soil moisture probes.",
                ],
                ["vintrace", "QGIS", "DJI Phantom 4 Multispectral", "Excel"],
            ),
            (
                "Assistant Winemaker, Yalumba (2013–2019)",
                "Cellar and vineyard liaison at the Barossa Valley winery.",
                [
                    "Ran ferment monitoring for 4 vintages of Shiraz and Grenache.",
                    "Kept lab records for 300 tank analyses per vintage.",
                    "Organised grower deliveries from 25 contract vineyards.",
                ],
                ["Excel", "Winemakers Database"],
            ),
        ],
        skills=["Precision viticulture", "Harvest planning", "Cellar management", "Irrigation management"],
        tools=["vintrace", "QGIS", "DJI drones"],
        certifications=["WSET Level 3 Award in Wines"],
        academic_background=["BSc Viticulture and Oenology, University of Adelaide"],
        spoken_languages=["Spanish", "English"],
        industries=["Wine"],
    ),
    "Job: Estate Operations Manager for a family winery in Ribera del Duero. Lead vineyard and cellar "
    "operations, harvest planning, precision viticulture and winery software. Spanish and English.",
    "Viticulturist and winery operations manager, 11 years across Rioja and the Barossa Valley. Precision "
    "viticulture (NDVI mapping in QGIS), harvest planning and cellar records in vintrace; WSET Level 3; BSc in "
    "Viticulture and Oenology from Adelaide; Spanish and English.",
    [
        (
            "Ran vineyard and winery operations at Bodegas Altanza: 210 hectares, 1.4m bottles per year.",
            [
                "Vine vigor mapped block by block from NDVI drone imagery (DJI Phantom 4 Multispectral) in QGIS.",
                "Harvest scheduled across 38 blocks on sugar and phenolic ripeness; picking crews up to 60.",
                "Cellar records moved from paper to vintrace for 120 tanks and barrel lots.",
                "Irrigation water use down 18% using soil moisture probes.",
            ],
        ),
        (
            "Cellar–vineyard liaison at Yalumba's Barossa Valley winery.",
            [
                "Ferment monitoring for four Shiraz and Grenache vintages; lab records for 300 tank analyses each "
                "vintage.",
                "Grower deliveries organized from 25 contract vineyards.",
            ],
        ),
    ],
)

# 7. Paper mill process control: nominalisations ("leadership of", "commissioning of"), American spelling.
CVS["paper_mill"] = _case(
    cv(
        "Process Control Engineer, Pulp and Paper",
        "Matthias Keller",
        "Process control engineer with 13 years in pulp and paper mills. Specialises in DCS migration, advanced "
        "process control on paper machines and quality control systems, on ABB 800xA and Honeywell Experion. "
        "Chartered Engineer (IMechE).",
        [
            (
                "Lead Process Control Engineer, Smurfit Kappa Townsend Hook Mill (2018–2024)",
                "Control systems for a recycled containerboard mill with 2 paper machines.",
                [
                    "Led the migration of 2,400 I/O from a legacy Bailey DCS to ABB 800xA over three planned "
                    "shutdowns.",
                    "Commissioned model predictive control of basis weight and moisture on PM6, reducing moisture "
                    "variability by 35%.",
                    "Tuned 180 control loops, optimising steam use in the dryer section.",
                    "Wrote the mill's alarm management philosophy to EEMUA 191.",
                ],
                ["ABB 800xA", "ABB QCS", "OSIsoft PI", "MATLAB"],
            ),
            (
                "Process Control Engineer, UPM Shotton (2011–2018)",
                "Automation support for a newsprint mill's TMP and de-inking plants.",
                [
                    "Maintained Honeywell Experion PKS across the thermomechanical pulping line.",
                    "Built PI dashboards for refiner specific energy.",
                    "Cut refiner energy by 6% with a consistency control upgrade.",
                ],
                ["Honeywell Experion PKS", "OSIsoft PI", "Excel"],
            ),
        ],
        skills=["DCS migration", "Advanced process control", "Loop tuning", "Alarm management"],
        tools=["ABB 800xA", "Honeywell Experion PKS", "OSIsoft PI", "MATLAB"],
        languages=["Structured Text"],
        certifications=["Chartered Engineer (CEng), IMechE", "TÜV Functional Safety Engineer (IEC 61511)"],
        academic_background=["MEng Chemical Engineering, University of Manchester"],
        spoken_languages=["English", "German"],
        industries=["Pulp and paper"],
    ),
    "Position: Senior Process Control Engineer at a US paper mill. DCS modernization, APC/MPC on paper "
    "machines, loop tuning, alarm rationalization, PI historian. Functional safety a plus.",
    "Process control engineer with 13 years of experience in pulp and paper mills; specialization in DCS "
    "modernization, advanced process control (APC) on paper machines and quality control systems on ABB 800xA "
    "and Honeywell Experion; Chartered Engineer (IMechE) and TÜV Functional Safety Engineer (IEC 61511).",
    [
        (
            "Responsibility for control systems at Smurfit Kappa's Townsend Hook recycled containerboard mill, home "
            "to two paper machines.",
            [
                "Leadership of the migration of 2,400 I/O from a legacy Bailey DCS to ABB 800xA across three "
                "planned shutdowns.",
                "Commissioning of MPC for basis weight and moisture on PM6, with a 35% reduction in moisture "
                "variability.",
                "Tuning of 180 control loops and optimization of dryer-section steam use.",
                "Authorship of the mill's alarm management philosophy to EEMUA 191.",
            ],
        ),
        (
            "Automation support for the TMP and de-inking plants of UPM's Shotton newsprint mill.",
            [
                "Maintenance of Honeywell Experion PKS across the thermomechanical pulping (TMP) line.",
                "Development of OSIsoft PI dashboards for refiner specific energy.",
                "Upgrade of consistency control, with a 6% reduction in refiner energy.",
            ],
        ),
    ],
)

# 8. Aquaculture farm systems: first person.
CVS["aquaculture"] = _case(
    cv(
        "Aquaculture Systems Engineer",
        "Sindre Haugen",
        "Aquaculture systems engineer with 9 years on salmon farms and recirculating aquaculture systems (RAS). "
        "Builds feeding control, environmental monitoring and sea lice reporting on AKVA group and ScaleAQ "
        "platforms, with Python and SQL for data work.",
        [
            (
                "Systems Engineer, Mowi Norway (2020–2024)",
                "Farm systems for 16 seawater salmon sites in Mid-Norway.",
                [
                    "Rolled out AKVAconnect feed control to 16 sites, linking 240 feed camera streams.",
                    "Built a sea lice counting report in Power BI for weekly submission to the Norwegian Food "
                    "Safety Authority (Mattilsynet).",
                    "Set oxygen alarms on 96 pens, integrated with the central operations centre.",
                    "Cut feed waste by 9% by tuning feeding curves with the site managers.",
                ],
                ["AKVAconnect", "Fishtalk", "Power BI", "SQL Server", "Python"],
            ),
            (
                "Automation Engineer, Nofima RAS facility (2015–2020)",
                "Control and monitoring for a research recirculating aquaculture facility at Sunndalsøra.",
                [
                    "Programmed Siemens S7-1500 PLCs for water treatment and biofilter control.",
                    "Logged water quality from 30 tanks into an InfluxDB time series database.",
                    "Supported 12 growth trials on Atlantic salmon post-smolts.",
                ],
                ["Siemens S7-1500", "TIA Portal", "InfluxDB", "Grafana"],
            ),
            (
                "Graduate Engineer, AKVA group (2014–2015)",
                "Commissioning of feed barges for customers along the Norwegian coast.",
                [
                    "Commissioned feed systems on 7 barges.",
                    "Wrote commissioning checklists still used by the service team.",
                ],
                ["AKVA CCS", "Siemens S7-300"],
            ),
        ],
        skills=["Feeding control", "Water quality monitoring", "PLC programming", "Regulatory reporting"],
        tools=["AKVAconnect", "ScaleAQ", "Fishtalk", "TIA Portal", "Grafana", "Power BI"],
        languages=["Python", "SQL"],
        certifications=["Fish welfare course (Mattilsynet approved)"],
        academic_background=["MSc Aquaculture, NTNU"],
        spoken_languages=["Norwegian", "English"],
        industries=["Aquaculture"],
    ),
    "Job: Farm Digitalisation Engineer at a salmon farmer. Own feed systems, environmental sensors and lice "
    "reporting to Mattilsynet; automation background; Norwegian required.",
    "I am an aquaculture systems engineer with nine years on salmon farms and RAS. I build feed control, "
    "environmental monitoring and sea lice reporting on AKVA group and ScaleAQ platforms, using Python and SQL "
    "for the data, and I speak Norwegian and English.",
    [
        (
            "At Mowi Norway I ran farm systems for 16 seawater salmon sites in Mid-Norway.",
            [
                "I rolled AKVAconnect feed control out to all 16 sites, linking 240 feed camera streams.",
                "I built the weekly sea lice report to Mattilsynet in Power BI.",
                "I set up oxygen alarms on 96 pens, wired into the central operations center.",
                "Together with the site managers I tuned feeding curves and cut feed waste by 9%.",
            ],
        ),
        (
            "Control and monitoring of Nofima's research RAS facility at Sunndalsøra.",
            [
                "Siemens S7-1500 PLC programming in TIA Portal for water treatment and biofilter control.",
                "Water quality from 30 tanks logged to InfluxDB and shown in Grafana.",
                "Support for 12 growth trials on Atlantic salmon post-smolts.",
            ],
        ),
        (
            "I commissioned feed barges for AKVA group's customers along the Norwegian coast.",
            [
                "Feed systems commissioned on seven barges.",
                "I wrote the commissioning checklists the service team still uses.",
            ],
        ),
    ],
)

# 9. Corporate carbon accounting: semicolon lists, the posting's "carbon footprint" and "assurance readiness".
CVS["carbon"] = _case(
    cv(
        "Carbon Accounting Lead",
        "Hannah Whitcombe",
        "Carbon accountant who has built greenhouse gas inventories for listed companies for 7 years. Works to "
        "the GHG Protocol across Scopes 1, 2 and 3, prepares CDP and TCFD disclosures, and runs the numbers in "
        "Persefoni, Watershed and Excel. ACCA qualified.",
        [
            (
                "Carbon Accounting Lead, Associated British Foods (2021–2024)",
                "Group greenhouse gas inventory covering 45 operating companies in 50 countries.",
                [
                    "Built the Scope 3 screening across all 15 categories, finding purchased goods made up 78% of "
                    "the footprint.",
                    "Moved inventory data collection from spreadsheets to Persefoni.",
                    "Prepared the group's CDP Climate response, which moved from B to A-.",
                    "Had the inventory assured to ISAE 3410 limited assurance by the external auditor.",
                ],
                ["Persefoni", "Excel", "Power BI", "SAP"],
            ),
            (
                "Sustainability Analyst, Ocado Group (2017–2021)",
                "Carbon reporting for an online grocer's warehouses and delivery fleet.",
                [
                    "Calculated fleet emissions from telematics for 3,000 delivery vans.",
                    "Set up market-based Scope 2 reporting with renewable energy certificates.",
                    "Drafted the first TCFD disclosure for the annual report.",
                ],
                ["Watershed", "Excel", "Tableau"],
            ),
            (
                "Audit Associate, KPMG (2014–2017)",
                "External audit of retail and consumer clients, with carbon data assurance work.",
                [
                    "Audited revenue and inventory for 5 retail clients.",
                    "Supported assurance of greenhouse gas data for 2 FTSE 250 annual reports.",
                    "Qualified as ACCA while training.",
                ],
                ["Excel", "eAudIT"],
            ),
        ],
        skills=["GHG Protocol", "Scope 3 screening", "CDP reporting", "TCFD", "Science-based targets"],
        tools=["Persefoni", "Watershed", "Excel", "Power BI", "Tableau"],
        languages=["SQL"],
        certifications=["ACCA", "GHG Management Institute: GHG Accounting Practitioner"],
        academic_background=["BSc Environmental Science, University of East Anglia"],
        spoken_languages=["English"],
        industries=["Food manufacturing", "Retail"],
    ),
    "Role: Head of Carbon Accounting, FTSE 100 consumer business. Own the corporate carbon footprint (Scope "
    "1-3), CDP and TCFD/ISSB disclosures, assurance readiness and the carbon accounting platform.",
    "Carbon accountant with seven years building corporate carbon footprints for listed companies; GHG Protocol "
    "across Scope 1, 2 and 3; CDP and TCFD disclosures; carbon accounting platforms Persefoni and Watershed, "
    "plus Excel; ACCA qualified; GHG Accounting Practitioner.",
    [
        (
            "Group carbon footprint for Associated British Foods, spanning 45 operating companies in 50 countries.",
            [
                "Scope 3 screening across all 15 categories; purchased goods identified as 78% of the footprint.",
                "Data collection moved off spreadsheets onto Persefoni; CDP Climate response prepared, improving the "
                "score from B to A-.",
                "Assurance readiness: inventory taken through ISAE 3410 limited assurance with the external auditor.",
            ],
        ),
        (
            "Carbon reporting for Ocado Group's warehouses and delivery fleet.",
            [
                "Fleet emissions calculated from telematics for 3,000 delivery vans; market-based Scope 2 reporting "
                "set up with renewable energy certificates.",
                "First TCFD disclosure drafted for the annual report.",
            ],
        ),
        (
            "External audit for KPMG's retail and consumer clients, including carbon data assurance.",
            [
                "Revenue and inventory audits for five retail clients; assurance of greenhouse gas data in two FTSE "
                "250 annual reports.",
                "ACCA qualification gained during training.",
            ],
        ),
    ],
)

# 10. Casino gaming systems: passive voice, the posting's "player loyalty".
CVS["casino"] = _case(
    cv(
        "Casino Gaming Systems Manager",
        "Ray Castellano",
        "Gaming systems manager with 15 years in Las Vegas and Macau casinos. Runs slot management and player "
        "tracking systems (IGT Advantage, Aristocrat Oasis 360), ensures compliance with Nevada Gaming Control "
        "Board technical standards, and leads system conversions.",
        [
            (
                "Director of Slot Systems, Wynn Las Vegas (2017–2024)",
                "Slot management, player tracking and cashless systems for 1,800 slot machines.",
                [
                    "Led the conversion of the casino floor from Aristocrat Oasis 360 to IGT Advantage over a "
                    "10-week cutover.",
                    "Introduced cashless wagering with IGT Resort Wallet, approved by the Nevada Gaming Control Board.",
                    "Managed a team of 22 slot technicians and system analysts.",
                    "Reduced meter discrepancies between the floor and the accounting system to under 0.1%.",
                ],
                ["IGT Advantage", "IGT Resort Wallet", "Aristocrat Oasis 360", "SQL Server", "Crystal Reports"],
            ),
            (
                "Slot Systems Analyst, Sands Macao (2009–2017)",
                "Player tracking and slot accounting for a Macau integrated resort.",
                [
                    "Administered Aristocrat Oasis 360 for 1,200 machines.",
                    "Wrote SQL Server reports for the DICJ regulator's monthly returns.",
                    "Configured loyalty point rules for the casino's rewards club.",
                ],
                ["Aristocrat Oasis 360", "SQL Server", "Crystal Reports"],
            ),
            (
                "Slot Technician, Mohegan Sun (2006–2009)",
                "Slot machine maintenance on a Connecticut casino floor.",
                [
                    "Repaired bill validators and printers on 600 machines.",
                    "Completed IGT and Bally manufacturer training courses.",
                ],
                ["IGT S2000", "Bally Alpha"],
            ),
        ],
        skills=["Slot management systems", "Player tracking", "Cashless gaming", "Regulatory compliance"],
        tools=["IGT Advantage", "Aristocrat Oasis 360", "Crystal Reports", "SQL Server"],
        languages=["SQL"],
        certifications=["Nevada Gaming Control Board key employee licence"],
        academic_background=["BS Hotel Administration, University of Nevada, Las Vegas"],
        spoken_languages=["English", "Cantonese"],
        industries=["Gaming", "Hospitality"],
    ),
    "Job: Vice President, Gaming Systems, for a tribal casino operator. Responsible for slot systems, player "
    "loyalty platforms, cashless implementation and regulatory technical compliance. Prior system conversion "
    "experience essential.",
    "Fifteen years of gaming systems management in Las Vegas and Macau casinos. Slot management and player "
    "tracking systems (IGT Advantage, Aristocrat Oasis 360) are run, compliance with Nevada Gaming Control Board "
    "technical standards is ensured, and system conversions are led. Holds a Nevada key employee licence.",
    [
        (
            "Slot management, player tracking and cashless systems were owned for Wynn Las Vegas's 1,800 slot "
            "machines.",
            [
                "The casino floor was converted from Aristocrat Oasis 360 to IGT Advantage in a ten-week cutover.",
                "Cashless wagering was introduced with IGT Resort Wallet and approved by the Nevada Gaming Control "
                "Board.",
                "A team of 22 slot technicians and system analysts was managed.",
                "Meter discrepancies between floor and accounting system were brought below 0.1%.",
            ],
        ),
        (
            "Player tracking and slot accounting were provided for Sands Macao's integrated resort.",
            [
                "Aristocrat Oasis 360 was administered for 1,200 machines, and loyalty point rules were configured "
                "for the rewards club.",
                "Monthly returns to the DICJ regulator were produced from SQL Server reports.",
            ],
        ),
        (
            "Slot machine maintenance was carried out on Mohegan Sun's Connecticut casino floor.",
            [
                "Bill validators and printers were repaired across 600 machines.",
                "IGT and Bally manufacturer training courses were completed.",
            ],
        ),
    ],
)

# 11. Genealogy records digitisation: shortened and merged bullets, British spelling kept.
CVS["genealogy"] = _case(
    cv(
        "Digitisation Project Manager, Family History Records",
        "Eleanor Pryce",
        "Digitisation project manager with 10 years bringing parish registers, census returns and military "
        "records online for family history websites. Manages scanning, transcription and metadata at volume, "
        "using Goobi, ABBYY FineReader and Transkribus for handwriting recognition.",
        [
            (
                "Digitisation Manager, Findmypast (2019–2024)",
                "Publishing programme for historic records on a family history website.",
                [
                    "Delivered 38 million parish register images from 27 county record offices.",
                    "Ran handwritten text recognition in Transkribus on 1921 Census household schedules, alongside "
                    "double-keyed transcription.",
                    "Managed offshore transcription suppliers keying 2 million names a month.",
                    "Wrote the metadata schema for 1,100 record sets.",
                ],
                ["Goobi", "Transkribus", "ABBYY FineReader", "MySQL", "Jira"],
            ),
            (
                "Project Officer, The National Archives (2014–2019)",
                "Digitisation of First World War service records with a commercial partner.",
                [
                    "Prepared 6,500 boxes of fragile records for conservation and scanning.",
                    "Quality-checked image batches against a 99.5% capture accuracy target.",
                    "Coordinated 40 volunteers indexing unit war diaries.",
                ],
                ["Goobi", "Excel", "Preservica"],
            ),
        ],
        skills=[
            "Digitisation workflows",
            "Handwritten text recognition",
            "Metadata standards",
            "Supplier management",
        ],
        tools=["Goobi", "Transkribus", "ABBYY FineReader", "Preservica", "Jira"],
        languages=["SQL"],
        certifications=["PRINCE2 Practitioner"],
        academic_background=["MA Archives and Records Management, UCL", "BA History, University of York"],
        spoken_languages=["English", "Welsh"],
        industries=["Heritage", "Family history"],
    ),
    "Job: Head of Content Production at a genealogy platform. Lead records digitisation from archive partners "
    "to publication: imaging, transcription and HTR, metadata and suppliers. PRINCE2 desirable.",
    "Ten years leading records digitisation for family history websites (parish registers, census returns, "
    "military records) from scanning through transcription and HTR to metadata, at volume; Goobi, ABBYY "
    "FineReader and Transkribus; PRINCE2 Practitioner.",
    [
        (
            "Historic records publishing programme at Findmypast.",
            [
                "38 million parish register images delivered from 27 county record offices.",
                "Transkribus HTR plus double-keyed transcription on the 1921 Census household schedules.",
                "Offshore transcription suppliers managed at 2 million names a month; metadata schema written for "
                "1,100 record sets.",
            ],
        ),
        (
            "First World War service records digitised with a commercial partner, at The National Archives.",
            [
                "6,500 boxes of fragile records readied for conservation and scanning.",
                "Image batches QC'd to a 99.5% capture accuracy target.",
                "40 volunteers coordinated to index unit war diaries.",
            ],
        ),
    ],
)

# 12. Auction house platforms: the consultant's full name, nominalisations mixed with plain active bullets.
CVS["auction"] = _case(
    cv(
        "Auction Platforms Product Lead",
        "Julien Marchetti",
        "Product lead for online and live auction platforms at fine art and collectibles auction houses, 8 years. "
        "Owns bidding, lot cataloguing and payments, working with engineers on React, Node.js and PostgreSQL, and "
        "integrates third-party bidding platforms.",
        [
            (
                "Product Lead, Bonhams (2020–2024)",
                "Online bidding and cataloguing platform for the auction house's 400 sales a year.",
                [
                    "Launched timed online-only auctions, now 55% of sales by number.",
                    "Rebuilt live bidding in React with WebSocket updates under 300 milliseconds.",
                    "Integrated Invaluable and LiveAuctioneers so third-party bids reach the auctioneer's screen.",
                    "Added Adyen payments, cutting time from hammer to payment from 21 days to 6.",
                ],
                ["React", "Node.js", "PostgreSQL", "Adyen", "AWS"],
            ),
            (
                "Product Manager, Christie's (2016–2020)",
                "Lot cataloguing and condition report tools for specialists.",
                [
                    "Replaced a desktop cataloguing system with a web app used by 150 specialists.",
                    "Introduced image-based condition reports for 12 departments.",
                    "Ran discovery with specialists in London, New York and Hong Kong.",
                ],
                ["Angular", "Java", "Oracle", "Jira"],
            ),
            (
                "Digital Producer, Drouot (2014–2016)",
                "Online catalogues for the Paris auction house's member firms.",
                [
                    "Published catalogues for 70 auction firms a month.",
                    "Ran French and English versions of the Drouot Digital site.",
                ],
                ["Drupal", "MySQL"],
            ),
        ],
        skills=["Product management", "Online auctions", "Payments", "Discovery research"],
        tools=["Jira", "Figma", "Amplitude"],
        languages=["SQL"],
        certifications=["Pragmatic Institute PMC-III"],
        academic_background=["MA Art History, Courtauld Institute of Art"],
        spoken_languages=["French", "Italian", "English"],
        industries=["Art market", "Luxury"],
    ),
    "Job: Head of Product, Digital Auctions, at an international auction house. Lead online bidding, "
    "cataloguing and payments; third-party marketplace integrations; stakeholder work with specialists across "
    "salerooms.",
    "Julien Marchetti has led product for online and live auction platforms at fine art and collectibles houses "
    "for eight years, with ownership of bidding, lot cataloguing and payments, close work with engineers on "
    "React, Node.js and PostgreSQL, and integration of third-party marketplaces.",
    [
        (
            "Ownership of Bonhams' online bidding and cataloguing platform, serving 400 sales a year.",
            [
                "Launch of timed online-only auctions, now 55% of sales by number.",
                "Live bidding rebuilt in React, with WebSocket updates in under 300 ms.",
                "Invaluable and LiveAuctioneers integrated, putting third-party bids on the auctioneer's screen.",
                "Adyen payments added, bringing hammer-to-payment time down from 21 days to six.",
            ],
        ),
        (
            "Cataloguing and condition-report tools for Christie's specialists.",
            [
                "A desktop cataloguing system replaced by a web app used by 150 specialists.",
                "Image-based condition reports rolled out to 12 departments; discovery run with specialists in "
                "London, New York and Hong Kong.",
            ],
        ),
        (
            "Online catalogues for member firms of Drouot, the Paris auction house.",
            [
                "Catalogues for 70 auction firms published each month.",
                "French and English versions of the Drouot Digital site run.",
            ],
        ),
    ],
)

_O, _D, _B = "overview", "experiences[{}].description", "experiences[{}].bullets[{}]"


def _d(i):
    return _D.format(i)


def _b(i, j):
    return _B.format(i, j)


def _add(i):
    return f"experiences[{i}].bullets[+]"


_FABRICATIONS = [
    # hydro
    ("hydro", _O, "years", "middle", "nine years'", "twelve years'"),
    ("hydro", _O, "certification", "start", "IHO Category B", "IHO Category A"),
    (
        "hydro",
        _O,
        "tool",
        "end",
        "delivered to IHO S-44 Order 1a.",
        "delivered to IHO S-44 Order 1a, with line planning in Hypack.",
    ),
    ("hydro", _d(0), "customer", "end", "in the North Sea, as", "in the North Sea for Ørsted, as"),
    ("hydro", _d(0), "team size", "end", "as processing lead.", "as processing lead of a nine-strong team."),
    ("hydro", _b(0, 0), "number", "middle", "for 14 cable", "for 18 cable"),
    (
        "hydro",
        _b(0, 1),
        "metric",
        "end",
        "from three days to one.",
        "from three days to one, a 40% gain in throughput.",
    ),
    ("hydro", _b(0, 1), "version", "middle", "in CARIS HIPS and SIPS,", "in CARIS HIPS and SIPS 11.4,"),
    ("hydro", _b(1, 2), "duration", "start", "Migration of six years", "Migration of eight years"),
    (
        "hydro",
        _add(1),
        "new bullet",
        "end",
        None,
        "S-57 electronic navigational chart updates supplied to the UK Hydrographic Office.",
    ),
    (
        "hydro",
        _add(2),
        "moved bullet",
        "end",
        None,
        "Training of four junior processors in dynamic surface editing in Qimera.",
    ),
    # retail_wfm
    ("retail_wfm", _O, "years", "start", "with eight years", "with eleven years"),
    (
        "retail_wfm",
        _O,
        "certification",
        "end",
        "Reflexis Certified Implementation Consultant.",
        "Reflexis Certified Implementation Consultant and Certified Scrum Master.",
    ),
    ("retail_wfm", _O, "tool", "middle", "in SQL and Python;", "in SQL, Python and R;"),
    (
        "retail_wfm",
        _d(0),
        "metric",
        "end",
        "across 420 Tesco stores.",
        "across 420 Tesco stores, lifting schedule compliance to 96%.",
    ),
    ("retail_wfm", _b(0, 0), "number", "start", "Labour standards defined for 35", "Labour standards defined for 45"),
    ("retail_wfm", _b(0, 1), "duration", "end", "a two-week parallel run.", "a four-week parallel run."),
    (
        "retail_wfm",
        _b(1, 0),
        "tool",
        "end",
        "Kronos time clocks integrated with the payroll feed.",
        "Kronos time clocks integrated with the ADP payroll feed.",
    ),
    ("retail_wfm", _d(1), "date", "start", "In-house WFM analyst", "From 2017, in-house WFM analyst"),
    (
        "retail_wfm",
        _add(2),
        "new bullet",
        "end",
        None,
        "Labour budgets agreed with union representatives for three distribution centres.",
    ),
    (
        "retail_wfm",
        _add(1),
        "moved bullet",
        "end",
        None,
        "Store go-lives led in six waves, each with a two-week parallel run.",
    ),
    (
        "retail_wfm",
        _b(2, 1),
        "team size",
        "middle",
        "produced for 14 regional managers",
        "produced, with two analysts reporting to him, for 14 regional managers",
    ),
    # recruit_ats
    ("recruit_ats", _O, "date", "middle", "since 2017", "since 2014"),
    (
        "recruit_ats",
        _O,
        "customer",
        "middle",
        "for scale-ups and enterprises alike",
        "for scale-ups such as Revolut and enterprises alike",
    ),
    (
        "recruit_ats",
        _O,
        "certification",
        "end",
        "Workday Pro Recruiting.",
        "Workday Pro Recruiting; Greenhouse Certified Admin.",
    ),
    ("recruit_ats", _d(0), "duration", "start", "Six months at Monzo", "Nine months at Monzo"),
    ("recruit_ats", _b(0, 0), "number", "end", "down to 22.", "down to 18."),
    (
        "recruit_ats",
        _b(0, 2),
        "tool",
        "end",
        "with Slack notifications.",
        "with Slack and Microsoft Teams notifications.",
    ),
    (
        "recruit_ats",
        _b(1, 2),
        "metric",
        "end",
        "the regional talent teams.",
        "the regional talent teams, closing 97% of defects before go-live.",
    ),
    (
        "recruit_ats",
        _d(1),
        "team size",
        "end",
        "for Unilever across Europe.",
        "for Unilever across Europe, in a team of eight consultants.",
    ),
    (
        "recruit_ats",
        _b(2, 0),
        "version",
        "end",
        "via the Harvest API in Python.",
        "via the Harvest API in Python 3.11.",
    ),
    ("recruit_ats", _add(2), "new bullet", "end", None, "Greenhouse Onboarding set up for 400 new starters."),
    (
        "recruit_ats",
        _b(1, 0),
        "certified",
        "start",
        "Requisition approval business processes configured",
        "As a Workday-certified integrations consultant, requisition approval business processes configured",
    ),
    # astro_pipeline
    (
        "astro_pipeline",
        _O,
        "degree",
        "middle",
        "with a PhD in astrophysics",
        "with a PhD in astrophysics and an MSc in computer science",
    ),
    ("astro_pipeline", _O, "years", "middle", "ten years of Python", "fifteen years of Python"),
    ("astro_pipeline", _O, "tool", "end", "and Kubernetes.", "and Kubernetes, with Prefect for smaller workflows."),
    (
        "astro_pipeline",
        _d(0),
        "recognition",
        "end",
        "(Isaac Newton Group).",
        "(Isaac Newton Group), which earned the group's 2023 innovation award.",
    ),
    ("astro_pipeline", _b(0, 0), "number", "end", "from nine hours to two.", "from nine hours to one."),
    ("astro_pipeline", _b(0, 1), "number", "middle", "on a 64-node", "on a 128-node"),
    ("astro_pipeline", _b(0, 2), "duration", "middle", "within 24 hours", "within 12 hours"),
    (
        "astro_pipeline",
        _b(1, 0),
        "metric",
        "end",
        "per observing run.",
        "per observing run, three times faster than the serial code.",
    ),
    ("astro_pipeline", _b(1, 1), "version", "end", "operated on Kubernetes.", "operated on Kubernetes 1.24."),
    (
        "astro_pipeline",
        _d(1),
        "customer",
        "end",
        "calibration pipeline.",
        "calibration pipeline, also adopted by the SKA Observatory.",
    ),
    ("astro_pipeline", _b(2, 1), "number", "start", "Six peer-reviewed", "Nine peer-reviewed"),
    (
        "astro_pipeline",
        _add(2),
        "new bullet",
        "end",
        None,
        "Observing proposals led that were awarded 200 hours on the Lovell Telescope.",
    ),
    ("astro_pipeline", _add(2), "moved bullet", "end", None, "Regression test suite covering 300 reference exposures."),
    ("astro_pipeline", _d(2), "date", "start", "Pulsar timing research", "From 2012, pulsar timing research"),
    # ocean_buoys
    ("ocean_buoys", _O, "years", "start", "twelve years'", "fifteen years'"),
    (
        "ocean_buoys",
        _O,
        "certified",
        "start",
        "is an ocean observing engineer",
        "is a chartered ocean observing engineer",
    ),
    (
        "ocean_buoys",
        _O,
        "certification",
        "end",
        "Safety Training and BOSIET.",
        "Safety Training, BOSIET and GWO Sea Survival.",
    ),
    (
        "ocean_buoys",
        _O,
        "customer",
        "middle",
        "for national met services and",
        "for national met services such as Met Éireann and",
    ),
    ("ocean_buoys", _d(0), "number", "middle", "led for 18 moored", "led for 24 moored"),
    ("ocean_buoys", _b(0, 0), "number", "end", "to ten minutes.", "to two minutes."),
    ("ocean_buoys", _b(0, 1), "tool", "end", "and wave height.", "and wave height, using the ioos_qc library."),
    ("ocean_buoys", _b(0, 3), "metric", "end", "across five winters.", "across five winters, halving lost records."),
    ("ocean_buoys", _b(1, 0), "version", "middle", "Aanderaa oxygen optodes", "Aanderaa 4835 oxygen optodes"),
    ("ocean_buoys", _b(1, 1), "team size", "middle", "were led on", "were led, with a team of five technicians, on"),
    (
        "ocean_buoys",
        _d(1),
        "date",
        "start",
        "Sensor integration and servicing were",
        "From 2010, sensor integration and servicing were",
    ),
    ("ocean_buoys", _add(1), "new bullet", "end", None, "A new inductive mooring line was designed for the L4 buoy."),
    # winery
    ("winery", _O, "years", "start", "manager, 11 years", "manager, 14 years"),
    ("winery", _O, "certification", "middle", "WSET Level 3;", "WSET Level 4 Diploma;"),
    (
        "winery",
        _O,
        "degree",
        "end",
        "BSc in Viticulture and Oenology from Adelaide;",
        "BSc in Viticulture and Oenology from Adelaide, MSc from Montpellier SupAgro;",
    ),
    ("winery", _d(0), "number", "end", "1.4m bottles", "1.8m bottles"),
    ("winery", _b(0, 0), "version", "end", "(DJI Phantom 4 Multispectral)", "(DJI Phantom 4 RTK Multispectral V2)"),
    ("winery", _b(0, 1), "number", "end", "picking crews up to 60.", "picking crews up to 80."),
    ("winery", _b(0, 2), "tool", "middle", "from paper to vintrace", "from paper to vintrace and InnoVint"),
    (
        "winery",
        _b(0, 3),
        "metric",
        "end",
        "using soil moisture probes.",
        "using soil moisture probes, with yields up 6%.",
    ),
    (
        "winery",
        _d(1),
        "recognition",
        "end",
        "Barossa Valley winery.",
        "Barossa Valley winery, whose 2016 Shiraz won Decanter gold.",
    ),
    ("winery", _b(1, 0), "duration", "start", "Ferment monitoring for four", "Ferment monitoring for six"),
    (
        "winery",
        _b(1, 1),
        "customer",
        "end",
        "from 25 contract vineyards.",
        "from 25 contract vineyards, including Treasury Wine Estates growers.",
    ),
    ("winery", _add(1), "moved bullet", "end", None, "Irrigation water use down 18% using soil moisture probes."),
    (
        "winery",
        _d(0),
        "team size",
        "middle",
        "operations at Bodegas Altanza:",
        "operations at Bodegas Altanza with 14 permanent staff:",
    ),
    # paper_mill
    ("paper_mill", _O, "years", "start", "with 13 years", "with 16 years"),
    (
        "paper_mill",
        _O,
        "certification",
        "end",
        " and TÜV Functional Safety Engineer (IEC 61511).",
        ", TÜV Functional Safety Engineer (IEC 61511) and ISA Certified Automation Professional.",
    ),
    ("paper_mill", _O, "tool", "middle", "on ABB 800xA and Honeywell", "on ABB 800xA, Emerson DeltaV and Honeywell"),
    ("paper_mill", _d(0), "number", "end", "two paper machines.", "three paper machines."),
    ("paper_mill", _b(0, 0), "number", "middle", "of 2,400 I/O", "of 3,400 I/O"),
    ("paper_mill", _b(0, 0), "version", "middle", "to ABB 800xA across", "to ABB 800xA 6.1 across"),
    (
        "paper_mill",
        _b(0, 0),
        "certified",
        "start",
        "Leadership of the migration",
        "Leadership, as an ABB-certified 800xA engineer, of the migration",
    ),
    (
        "paper_mill",
        _b(0, 2),
        "metric",
        "end",
        "dryer-section steam use.",
        "dryer-section steam use, saving 4 t/h of steam.",
    ),
    (
        "paper_mill",
        _b(0, 3),
        "recognition",
        "end",
        "to EEMUA 191.",
        "to EEMUA 191, which won the site's 2021 safety award.",
    ),
    ("paper_mill", _d(1), "date", "start", "Automation support for", "Since 2009, automation support for"),
    (
        "paper_mill",
        _add(1),
        "new bullet",
        "end",
        None,
        "Replacement of 40 obsolete control valves during the 2015 annual outage.",
    ),
    (
        "paper_mill",
        _add(1),
        "moved bullet",
        "end",
        None,
        "Tuning of 180 control loops and optimization of dryer-section steam use.",
    ),
    (
        "paper_mill",
        _b(1, 2),
        "customer",
        "end",
        "reduction in refiner energy.",
        "reduction in refiner energy, replicated at Stora Enso Langerbrugge.",
    ),
    # aquaculture
    ("aquaculture", _O, "years", "start", "with nine years", "with eleven years"),
    (
        "aquaculture",
        _O,
        "degree",
        "start",
        "I am an aquaculture systems engineer with",
        "I am an aquaculture systems engineer with a PhD in fish physiology and",
    ),
    (
        "aquaculture",
        _O,
        "tool",
        "middle",
        "on AKVA group and ScaleAQ platforms",
        "on AKVA group, ScaleAQ and Steinsvik platforms",
    ),
    (
        "aquaculture",
        _O,
        "certification",
        "end",
        "I speak Norwegian and English.",
        "I speak Norwegian and English and hold a fish health biologist licence.",
    ),
    ("aquaculture", _d(0), "customer", "end", "sites in Mid-Norway.", "sites in Mid-Norway and two for SalMar."),
    ("aquaculture", _d(0), "date", "start", "At Mowi Norway I ran", "At Mowi Norway from 2018 I ran"),
    ("aquaculture", _b(0, 0), "number", "end", "240 feed camera streams.", "260 feed camera streams."),
    (
        "aquaculture",
        _b(0, 3),
        "metric",
        "end",
        "cut feed waste by 9%.",
        "cut feed waste by 9% and brought FCR down to 1.1.",
    ),
    ("aquaculture", _b(1, 0), "version", "middle", "in TIA Portal for", "in TIA Portal V17 for"),
    (
        "aquaculture",
        _d(1),
        "team size",
        "middle",
        "Control and monitoring of",
        "Control and monitoring, in a team of four engineers, of",
    ),
    ("aquaculture", _b(1, 2), "number", "middle", "for 12 growth trials", "for 15 growth trials"),
    (
        "aquaculture",
        _add(0),
        "new bullet",
        "end",
        None,
        "I negotiated the AKVA service agreement covering every Mid-Norway site.",
    ),
    # carbon
    ("carbon", _O, "years", "start", "with seven years", "with ten years"),
    ("carbon", _O, "certified", "start", "Carbon accountant with", "IEMA-chartered carbon accountant with"),
    ("carbon", _O, "certification", "end", "ACCA qualified;", "ACCA and CIMA qualified;"),
    ("carbon", _O, "tool", "middle", "Persefoni and Watershed", "Persefoni, Sweep and Watershed"),
    ("carbon", _d(0), "number", "end", "in 50 countries.", "in 53 countries."),
    ("carbon", _b(0, 0), "number", "end", "78% of the footprint.", "82% of the footprint."),
    (
        "carbon",
        _b(0, 1),
        "recognition",
        "end",
        "from B to A-.",
        "from B to A-, with a place on CDP's supplier engagement leaderboard.",
    ),
    (
        "carbon",
        _b(1, 0),
        "metric",
        "end",
        "with renewable energy certificates.",
        "with renewable energy certificates, lowering reported Scope 2 emissions by 60%.",
    ),
    (
        "carbon",
        _d(1),
        "customer",
        "end",
        "and delivery fleet.",
        "and delivery fleet, including the Kroger partnership sites.",
    ),
    ("carbon", _b(1, 1), "date", "middle", "for the annual report.", "for the 2018 annual report."),
    (
        "carbon",
        _add(1),
        "new bullet",
        "end",
        None,
        "Group's first science-based target set and validated by SBTi in 2020.",
    ),
    (
        "carbon",
        _add(2),
        "moved bullet",
        "end",
        None,
        "Scope 3 screening across all 15 categories; purchased goods identified as 78% of the footprint.",
    ),
    (
        "carbon",
        _d(2),
        "degree",
        "start",
        "External audit for",
        "After an MSc in Climate Change Management, external audit for",
    ),
    # casino
    ("casino", _O, "years", "start", "Fifteen years", "Eighteen years"),
    (
        "casino",
        _O,
        "customer",
        "middle",
        "in Las Vegas and Macau casinos.",
        "in Las Vegas and Macau casinos, MGM Grand among them.",
    ),
    (
        "casino",
        _O,
        "certification",
        "end",
        "Holds a Nevada key employee licence.",
        "Holds a Nevada key employee licence and a New Jersey DGE casino key employee license.",
    ),
    ("casino", _O, "degree", "end", "Holds a Nevada", "Holds an MBA and a Nevada"),
    ("casino", _d(0), "number", "end", "1,800 slot machines.", "2,100 slot machines."),
    ("casino", _b(0, 0), "duration", "end", "in a ten-week cutover.", "in a six-week cutover."),
    (
        "casino",
        _b(0, 1),
        "tool",
        "middle",
        "with IGT Resort Wallet and",
        "with IGT Resort Wallet and Sightline Play+, and",
    ),
    ("casino", _b(0, 2), "team size", "start", "A team of 22", "A team of 28"),
    (
        "casino",
        _b(0, 3),
        "metric",
        "end",
        "were brought below 0.1%.",
        "were brought below 0.1%, recovering $1.2m a year in disputed payouts.",
    ),
    (
        "casino",
        _b(1, 0),
        "version",
        "start",
        "Aristocrat Oasis 360 was administered",
        "Aristocrat Oasis 360 version 9 was administered",
    ),
    (
        "casino",
        _b(1, 1),
        "recognition",
        "end",
        "from SQL Server reports.",
        "from SQL Server reports, earning a DICJ commendation.",
    ),
    ("casino", _add(1), "moved bullet", "end", None, "A team of 22 slot technicians and system analysts was managed."),
    ("casino", _d(2), "date", "middle", "was carried out on", "was carried out from 2004 on"),
    (
        "casino",
        _b(2, 1),
        "certified",
        "start",
        "IGT and Bally manufacturer training courses were completed.",
        "IGT and Bally manufacturer certifications were earned.",
    ),
    # genealogy
    ("genealogy", _O, "years", "start", "Ten years", "Twelve years"),
    ("genealogy", _O, "tool", "end", "FineReader and Transkribus;", "FineReader, Transkribus and Kofax;"),
    ("genealogy", _O, "degree", "end", "PRINCE2 Practitioner.", "PRINCE2 Practitioner; PhD in early modern history."),
    (
        "genealogy",
        _d(0),
        "customer",
        "end",
        "at Findmypast.",
        "at Findmypast, for the British Newspaper Archive and FamilySearch.",
    ),
    ("genealogy", _b(0, 0), "number", "start", "38 million", "48 million"),
    ("genealogy", _b(0, 1), "date", "middle", "the 1921 Census", "the 1911 Census"),
    ("genealogy", _b(0, 2), "number", "middle", "at 2 million names", "at 3 million names"),
    (
        "genealogy",
        _d(1),
        "team size",
        "middle",
        "with a commercial partner,",
        "with a commercial partner and a team of 12 conservators,",
    ),
    (
        "genealogy",
        _b(1, 1),
        "metric",
        "end",
        "capture accuracy target.",
        "capture accuracy target, with rework falling to 0.3% of images.",
    ),
    (
        "genealogy",
        _add(1),
        "new bullet",
        "end",
        None,
        "Digitisation business case written and approved by the Heritage Lottery Fund.",
    ),
    (
        "genealogy",
        _b(1, 0),
        "certified",
        "start",
        "6,500 boxes of fragile records readied",
        "As an accredited conservator, 6,500 boxes of fragile records readied",
    ),
    (
        "genealogy",
        _b(1, 2),
        "duration",
        "middle",
        "40 volunteers coordinated to index",
        "40 volunteers coordinated over three years to index",
    ),
    # auction
    ("auction", _O, "years", "end", "for eight years,", "for eleven years,"),
    (
        "auction",
        _O,
        "customer",
        "middle",
        "at fine art and collectibles houses",
        "at fine art and collectibles houses including Sotheby's",
    ),
    (
        "auction",
        _O,
        "certified",
        "start",
        "Julien Marchetti has led",
        "Julien Marchetti, a Certified Scrum Product Owner, has led",
    ),
    ("auction", _O, "tool", "end", "React, Node.js and PostgreSQL,", "React, Node.js, GraphQL and PostgreSQL,"),
    ("auction", _d(0), "number", "end", "serving 400 sales a year.", "serving 450 sales a year."),
    ("auction", _b(0, 0), "metric", "end", "of sales by number.", "of sales by number and 30% of revenue."),
    ("auction", _b(0, 1), "number", "end", "in under 300 ms.", "in under 150 ms."),
    ("auction", _b(0, 1), "version", "middle", "rebuilt in React,", "rebuilt in React 18,"),
    (
        "auction",
        _b(0, 2),
        "tool",
        "start",
        "Invaluable and LiveAuctioneers",
        "Invaluable, the-saleroom and LiveAuctioneers",
    ),
    (
        "auction",
        _b(1, 0),
        "team size",
        "middle",
        "replaced by a web app used",
        "replaced by a web app, built with seven developers, used",
    ),
    (
        "auction",
        _b(1, 1),
        "recognition",
        "end",
        "London, New York and Hong Kong.",
        "London, New York and Hong Kong; shortlisted for a Museums + Heritage award.",
    ),
    ("auction", _d(1), "date", "end", "for Christie's specialists.", "for Christie's specialists, launched in 2015."),
    ("auction", _add(2), "new bullet", "end", None, "Online bidding added to Drouot Digital for 30 member firms."),
    ("auction", _d(2), "duration", "start", "Online catalogues for", "Three years of online catalogues for"),
]

_AMBIGUOUS = [
    (
        "hydro",
        _b(1, 1),
        "within 48 hours",
        "within two days",
        "48 hours restated as two days: the same span, but the unit changes and a day count is not what the CV says",
    ),
    (
        "retail_wfm",
        _O,
        "eight years of Reflexis Workforce Scheduler",
        "eight years of Reflexis (now Zebra Workforce Connect) Workforce Scheduler",
        "the rebrand is true and the posting names it, but the CV never names Zebra",
    ),
    (
        "recruit_ats",
        _b(0, 3),
        "after 12 months.",
        "after 12 months, for GDPR.",
        "GDPR data retention is a sidebar skill, but the CV does not tie this rule to GDPR",
    ),
    (
        "recruit_ats",
        _O,
        "since 2017",
        "for seven years",
        "a duration computed from a start year depends on today's date; the CV states only the year",
    ),
    (
        "auction",
        _b(0, 0),
        "now 55% of sales",
        "now more than half of sales",
        "55% rounded to 'more than half': true but no longer the CV's figure",
    ),
    (
        "auction",
        _b(1, 1),
        "12 departments; discovery run with",
        "12 departments, shaped by discovery with",
        "two facts from one experience joined by a causal link the CV does not state",
    ),
    (
        "astro_pipeline",
        _b(0, 3),
        "300 reference exposures.",
        "300 reference exposures, assuring service continuity.",
        "tender vocabulary attributing a purpose to the tests that the CV does not state",
    ),
    (
        "paper_mill",
        _d(0),
        "home to two paper machines.",
        "home to two paper machines in Kent.",
        "the mill is in Kent in reality, but the CV never says where it is",
    ),
    (
        "carbon",
        _d(0),
        "for Associated British Foods,",
        "for ABF,",
        "a common abbreviation of the employer that the CV never makes",
    ),
    (
        "ocean_buoys",
        _b(0, 0),
        "reducing message latency from three hours to ten minutes.",
        "reducing message latency by over 90%.",
        "a percentage derived from the CV's before and after figures (3 h to 10 min is 94%), not stated",
    ),
    (
        "winery",
        _d(0),
        "1.4m bottles per year.",
        "about 117,000 cases per year.",
        "a conversion at 12 bottles a case: arithmetic on the CV's figure, not a figure it states",
    ),
    (
        "aquaculture",
        _b(1, 2),
        "post-smolts.",
        "post-smolts for Nofima's researchers.",
        "who ran the trials is implied by the facility being Nofima's research facility, but not stated",
    ),
    (
        "genealogy",
        _O,
        "at volume;",
        "at industrial scale, tens of millions of images;",
        "a magnitude inferred from the 38 million images of one experience, stated vaguely",
    ),
    (
        "casino",
        _O,
        "player tracking systems",
        "player loyalty systems",
        "the posting's word for player tracking; the CV's loyalty point rules suggest the same thing, not certain",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _FABRICATIONS)
AMBIGUOUS = build(CVS, _AMBIGUOUS, with_reason=True)
GUARD_FLOOR = {"caught": 150, "touched": 0}  # blind: 146 and 2 at 552c29d and at the session's end; tuned on since
# caught: 146/150 blind (session 12) at its start (552c29d) and end; 150/150 tuned on (session 13)
# touched: 2/138 (1.4%) blind (session 12) at the session start (552c29d) and end; 0 tuned on (session 13)
