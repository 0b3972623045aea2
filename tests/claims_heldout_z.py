"""Blind set Z for the free-text claims guard (issue 20), written blind: without reading the guard's
rules, its documentation, its benchmarks or any other set. Twelve contract CVs in domains no earlier
set uses: hotel revenue management (IDeaS, Duetto), automotive crash simulation (LS-DYNA, ANSA), crop
genomics bioinformatics, public transport smart ticketing (ITSO, account-based ticketing), payroll
systems (ADP, SAP HCM payroll), procurement-card fraud analytics, charity fundraising CRM (Raiser's
Edge), flood and drainage modelling (InfoWorks ICM), port community systems (reframed for an air cargo
posting), metal powder-bed fusion additive manufacturing, cinema scheduling and box-office systems,
and clinical laboratory automation (Roche cobas); each has a job posting or customer brief, one honest
tailoring in its own style, single injected claims of every kind and a few edits judged ambiguous."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}

# --- Hotel revenue management: marketing tone, results first -------------------------------------
_HOTEL = cv(
    "Revenue Management Consultant",
    "Isabel Marchetti",
    "Revenue management consultant with 11 years in hotel pricing and distribution. Implemented IDeaS G3 RMS "
    "and Duetto GameChanger across 40 properties in Europe and the Middle East. Trains revenue teams on "
    "forecasting, overbooking and length-of-stay controls.",
    [
        (
            "Revenue Systems Lead, Meridian Hospitality Group (2019–2024)",
            "Regional hotel group with 28 full-service hotels; owned the move from spreadsheets to an automated "
            "revenue management system.",
            [
                "Rolled out IDeaS G3 RMS to 28 hotels in 14 months, finishing two months ahead of plan.",
                "Raised RevPAR by 6.5% across the portfolio in the first full year after go-live.",
                "Built daily pickup and pace reports in Power BI fed from the Opera PMS.",
                "Cut the time revenue managers spent on manual rate updates from 10 hours to 2 hours a week.",
            ],
            ["IDeaS G3 RMS", "Oracle Opera PMS", "Power BI", "SQL Server", "SynXis CRS"],
        ),
        (
            "Pricing Consultant, Duetto implementation partner – customer: Alpine Resorts Collective (2016–2019)",
            "Implementation of Duetto GameChanger open pricing for a collection of 12 mountain resorts with "
            "strong seasonal demand.",
            [
                "Configured open pricing by room type and channel for 12 resorts.",
                "Modelled group displacement so sales teams could quote groups against forecast transient demand.",
                "Lifted direct booking share from 22% to 31% over two winter seasons.",
            ],
            ["Duetto GameChanger", "Duetto ScoreBoard", "Protel PMS", "Excel", "Python"],
        ),
        (
            "Revenue Analyst, Harbourview Hotels (2013–2016)",
            "Revenue analysis for 5 city-centre hotels in London and Dubai.",
            [
                "Produced weekly forecasts and displacement analyses for the cluster revenue manager.",
                "Set overbooking levels by day of week, reducing walked guests to under 10 a month.",
                "Loaded rates and restrictions across Booking.com and Expedia through the channel manager.",
            ],
            ["Oracle Opera PMS", "SiteMinder", "Excel"],
        ),
    ],
    skills=[
        "Demand forecasting",
        "Overbooking strategy",
        "Length-of-stay controls",
        "Group displacement analysis",
        "Channel mix optimisation",
    ],
    tools=["IDeaS G3 RMS", "Duetto GameChanger", "Oracle Opera PMS", "Power BI"],
    languages=["SQL", "Python"],
    certifications=["Certified Revenue Management Executive (CRME)"],
    academic_background=["MSc International Hospitality Management, École hôtelière de Lausanne"],
    spoken_languages=["English", "Italian", "French"],
    industries=["Hospitality", "Travel"],
)
CVS["hotel_rm"] = {
    "source": _HOTEL,
    "prompt": "Job posting: Senior Revenue Strategy Manager for a 30-hotel lifestyle brand. You will lead our RMS "
    "roll-out, coach property revenue managers, and improve RevPAR and direct booking share. Experience with "
    "IDeaS or Duetto required; Power BI reporting a plus.",
    "honest": tailor(
        _HOTEL,
        "Results-driven revenue strategist who has put IDeaS G3 and Duetto GameChanger live across 40 properties "
        "in Europe and the Middle East, backed by 11 years in hotel pricing and distribution. Coaches revenue "
        "teams in forecasting, overbooking and length-of-stay controls.",
        [
            (
                "Led the move from spreadsheets to an automated RMS for a regional group of 28 full-service hotels.",
                [
                    "Took IDeaS G3 live at all 28 hotels in 14 months, two months earlier than planned.",
                    "Grew portfolio RevPAR 6.5% in the first full year after go-live.",
                    "Freed revenue managers from manual rate updates: down from 10 to 2 hours a week, an 80% "
                    "reduction.",
                    "Delivered daily pickup and pace reporting in Power BI, fed by Opera PMS.",
                ],
            ),
            (
                "Put Duetto's open pricing live for Alpine Resorts Collective, 12 mountain resorts with highly "
                "seasonal demand.",
                [
                    "Increased direct booking share by 9 points, from 22% to 31%, across two winter seasons.",
                    "Set up open pricing by room type and channel at all 12 resorts.",
                    "Gave sales teams group displacement models to quote groups against forecast transient demand.",
                ],
            ),
            (
                "Analysed revenue for five city-centre hotels in London and Dubai.",
                [
                    "Brought walked guests below ten a month with day-of-week overbooking levels.",
                    "Prepared weekly forecasts and displacement analyses for the cluster revenue manager.",
                    "Managed rates and restrictions on Booking.com and Expedia via the channel manager.",
                ],
            ),
        ],
    ),
}

# --- Automotive crash simulation: long two-clause sentences, American spelling --------------------
_CRASH = cv(
    "CAE Crash Safety Engineer",
    "Tomasz Wierzbicki",
    "Crash simulation engineer with 9 years of full-vehicle and component analysis in LS-DYNA. Builds and "
    "debugs models in ANSA and post-processes in META. Has supported Euro NCAP and IIHS load cases for three "
    "vehicle programs.",
    [
        (
            "Senior Crash CAE Engineer, Voltra Automotive (2020–2024)",
            "Full-vehicle crash simulation for a battery-electric SUV platform, from early concept to virtual "
            "sign-off.",
            [
                "Ran frontal offset, side pole and small overlap load cases in LS-DYNA R12 for a 2.4-million-element "
                "full-vehicle model.",
                "Reduced model run time from 30 hours to 18 hours on 256 cores by tuning mass scaling and contact "
                "definitions.",
                "Correlated simulation with 14 physical tests, keeping peak intrusion within 8% of measured values.",
                "Designed battery enclosure crush structures that passed the side pole case at the first physical "
                "test.",
            ],
            ["LS-DYNA R12", "ANSA", "META", "Linux HPC cluster", "Python", "PBS"],
        ),
        (
            "Crash CAE Engineer, Kessler Engineering Services – customer: Norland Motors (2015–2020)",
            "Component and sub-system crash work for a mid-size sedan program delivered as an engineering service.",
            [
                "Meshed body-in-white parts in ANSA to the customer's 5 mm quality criteria.",
                "Built LS-DYNA models of bumper beams and crash boxes for low-speed RCAR tests.",
                "Automated model assembly with ANSA Python scripts, saving about 3 hours per model iteration.",
            ],
            ["LS-DYNA", "ANSA", "HyperView", "Python"],
        ),
        (
            "Graduate Engineer, Durability, Kessler Engineering Services (2013–2015)",
            "Durability and NVH support using Nastran.",
            [
                "Ran fatigue analyses of suspension brackets in nCode DesignLife.",
                "Prepared Nastran normal-modes models for trim body NVH.",
                "Wrote test-correlation reports for the customer's durability team.",
            ],
            ["MSC Nastran", "nCode DesignLife", "HyperMesh"],
        ),
    ],
    skills=["Full-vehicle crash simulation", "Test-simulation correlation", "Material card calibration"],
    tools=["LS-DYNA", "ANSA", "META", "HyperView"],
    languages=["Python", "Bash"],
    certifications=["BETA CAE ANSA Advanced Meshing training certificate"],
    academic_background=["MSc Mechanical Engineering, Warsaw University of Technology"],
    spoken_languages=["Polish", "English", "German"],
    industries=["Automotive"],
)
CVS["crash_cae"] = {
    "source": _CRASH,
    "prompt": "Customer brief: an EV start-up needs a crash CAE contractor for 12 months to own frontal and side "
    "impact simulation of a new battery pack and body structure, correlate with physical tests, and speed up "
    "the simulation loop. LS-DYNA and ANSA required.",
    "honest": tailor(
        _CRASH,
        "Crash CAE engineer with nine years of LS-DYNA analysis at full-vehicle and component level, who builds "
        "and debugs models in ANSA and post-processes results in META. Has supported Euro NCAP and IIHS load "
        "cases across three vehicle programs.",
        [
            (
                "Owned full-vehicle crash simulation of a battery-electric SUV platform, carrying it from early "
                "concept through to virtual sign-off.",
                [
                    "Ran small overlap, frontal offset and side pole load cases in LS-DYNA R12, working on a "
                    "full-vehicle model of 2.4 million elements.",
                    "Brought model run time down by 40%, from 30 to 18 hours on 256 cores, by tuning contact "
                    "definitions and mass scaling.",
                    "Correlated the simulations against 14 physical tests, and kept peak intrusion within 8% of the "
                    "measured values.",
                    "Designed the battery enclosure's crush structures, which passed the side pole case at the "
                    "first physical test.",
                ],
            ),
            (
                "Delivered component and sub-system crash work on a mid-size sedan program for Norland Motors as "
                "an engineering service.",
                [
                    "Meshed body-in-white parts in ANSA so that they met the customer's 5 mm quality criteria.",
                    "Built bumper beam and crash box models in LS-DYNA for the low-speed RCAR tests.",
                    "Automated model assembly through ANSA Python scripts, which saved roughly 3 hours on every "
                    "model iteration.",
                ],
            ),
            (
                "Supported durability and NVH work with Nastran as a graduate engineer.",
                [
                    "Analyzed the fatigue of suspension brackets in nCode DesignLife.",
                    "Built Nastran normal-modes models, which were used for trim-body NVH.",
                    "Wrote the reports correlating results with test for the customer's durability team.",
                ],
            ),
        ],
    ),
}

# --- Crop genomics bioinformatics: very short bullets, British spelling ---------------------------
_CROP = cv(
    "Bioinformatician, Crop Genomics",
    "Anjali Raghunathan",
    "Bioinformatician working on plant genomes for 8 years. Designs variant calling and GWAS pipelines for "
    "wheat, barley and oilseed rape breeding programmes. Writes reproducible workflows in Nextflow and R.",
    [
        (
            "Senior Bioinformatician, GreenHelix Seeds (2021–2024)",
            "Genomic selection and marker discovery for a commercial wheat and barley breeding programme.",
            [
                "Built a Nextflow variant calling pipeline with BWA-MEM and GATK that processes 1,200 wheat lines "
                "per run.",
                "Ran GWAS on 15 yield and disease resistance traits, finding 23 significant marker-trait associations.",
                "Moved the pipeline from an on-site cluster to AWS Batch, cutting cost per sample from £4.00 to £2.50.",
                "Trained 10 breeders to read genomic estimated breeding values in a Shiny app.",
            ],
            ["Nextflow", "BWA-MEM", "GATK", "PLINK", "R", "Shiny", "AWS Batch", "Docker"],
        ),
        (
            "Postdoctoral Research Associate, John Innes Centre (2016–2021)",
            "Research on pan-genome variation in Brassica napus funded by BBSRC.",
            [
                "Assembled 6 oilseed rape genomes from PacBio HiFi reads.",
                "Published 4 peer-reviewed papers, two as first author.",
                "Maintained the group's Snakemake workflows and Conda environments.",
            ],
            ["Snakemake", "Conda", "hifiasm", "minimap2", "Python", "SLURM"],
        ),
    ],
    skills=["Variant calling", "GWAS", "Genomic selection", "Genome assembly", "Reproducible workflows"],
    languages=["R", "Python", "Bash"],
    tools=["Nextflow", "Snakemake", "GATK", "PLINK", "Docker"],
    academic_background=["PhD Plant Genetics, University of East Anglia", "BSc Biotechnology, University of Mumbai"],
    spoken_languages=["English", "Hindi", "Tamil"],
    industries=["Agriculture", "Plant breeding"],
)
CVS["crop_genomics"] = {
    "source": _CROP,
    "prompt": "Job posting: Computational Biologist, vegetable seeds. Build and run genotyping and GWAS pipelines "
    "for our tomato and pepper breeding programs, move workloads to the cloud, and help breeders use genomic "
    "predictions. Nextflow and R essential.",
    "honest": tailor(
        _CROP,
        "Plant bioinformatician with eight years on crop genomes, building variant calling and GWAS pipelines for "
        "wheat, barley and oilseed rape breeding programmes in Nextflow and R.",
        [
            (
                "Genomic selection and marker discovery, commercial wheat and barley breeding.",
                [
                    "Built Nextflow variant calling with BWA-MEM and GATK.",
                    "Processes 1,200 wheat lines per run.",
                    "GWAS on 15 traits: 23 significant associations.",
                    "Moved to AWS Batch; per-sample cost down 37.5%, to £2.50.",
                    "Taught ten breeders to read genomic breeding values in Shiny.",
                ],
            ),
            (
                "BBSRC-funded research on Brassica napus pan-genome variation.",
                [
                    "Assembled six oilseed rape genomes (PacBio HiFi).",
                    "Four peer-reviewed papers, two first-author.",
                    "Kept Snakemake workflows and Conda environments running.",
                ],
            ),
        ],
    ),
}

# --- Smart ticketing: mixed lengths, "since 2012", British spelling -------------------------------
_TICKET = cv(
    "Smart Ticketing Solution Architect",
    "Gareth Pryce",
    "Solution architect for public transport fare collection since 2012. Designed ITSO smartcard schemes and "
    "account-based ticketing (ABT) back offices for bus and light rail operators. Comfortable with EMV "
    "contactless, fare capping and open-loop payments.",
    [
        (
            "Lead Architect, account-based ticketing – customer: West Valley Combined Transport Authority (2020–2024)",
            "Replacement of a card-centric ITSO scheme with an account-based back office that accepts contactless "
            "bank cards and mobile tickets across 9 bus operators and one tram network.",
            [
                "Defined the ABT architecture, with taps processed in the cloud and fares calculated overnight.",
                "Introduced daily and weekly fare capping across all 9 operators.",
                "Grew contactless journeys from 15% to 45% of all journeys within 18 months of launch.",
                "Wrote the tender specification and evaluated 5 supplier bids.",
            ],
            ["AWS", "Kafka", "PostgreSQL", "EMV Level 2 readers", "Java", "OpenAPI"],
        ),
        (
            "Technical Consultant, Farewise Ltd (2012–2020)",
            "Delivered ITSO-certified smartcard schemes for regional bus operators.",
            [
                "Configured ITSO HOPS for 3 regional schemes handling 400,000 cardholders in total.",
                "Integrated ticket machines from two suppliers with the HOPS through ITSO messaging.",
                "Reduced card-reading failures at the gate by a quarter after a reader firmware rollout.",
            ],
            ["ITSO HOPS", "ITSO ISAM", "Oracle Database", "C#", "Windows Server"],
        ),
        (
            "Graduate Engineer, Transit Systems Integration, Wrenfield Rail (2009–2012)",
            "Installation and testing of station gateline equipment.",
            [
                "Commissioned ticket gates at 14 stations.",
                "Wrote factory acceptance test scripts for gateline software.",
                "Diagnosed reader faults with the maintenance contractor.",
            ],
            ["Cubic gatelines", "Windows", "SQL"],
        ),
    ],
    skills=["Account-based ticketing", "ITSO smartcard schemes", "Fare capping", "EMV contactless"],
    tools=["ITSO HOPS", "Kafka", "Enterprise Architect"],
    languages=["Java", "C#", "SQL"],
    certifications=["TOGAF 9 Certified", "ITSO Accredited Professional"],
    academic_background=["BEng Electronic Engineering, Cardiff University"],
    spoken_languages=["English", "Welsh"],
    industries=["Public transport"],
)
CVS["smart_ticketing"] = {
    "source": _TICKET,
    "prompt": "Job posting: Principal Architect, Fare Payments. A European city transport operator is moving from "
    "a closed smartcard to account-based ticketing with open-loop contactless. You will shape the architecture, "
    "write supplier specifications and lead fare capping design.",
    "honest": tailor(
        _TICKET,
        "Fare-collection solution architect since 2012, who has designed ITSO smartcard schemes and account-based "
        "ticketing back offices for bus and light rail operators and works comfortably with EMV contactless, "
        "open-loop payments and fare capping.",
        [
            (
                "For the West Valley Combined Transport Authority: replaced a card-centric ITSO scheme with an ABT "
                "back office taking contactless bank cards and mobile tickets across nine bus operators and a tram "
                "network.",
                [
                    "Shaped the account-based architecture: taps processed in the cloud, fares calculated overnight.",
                    "Designed daily and weekly fare capping for all nine operators.",
                    "Tripled the contactless share of journeys, from 15% to 45%, within 18 months of launch.",
                    "Authored the supplier tender specification and assessed five bids.",
                ],
            ),
            (
                "Delivered ITSO-certified smartcard schemes to regional bus operators, 2012–20.",
                [
                    "Set up ITSO HOPS for three regional schemes with 400,000 cardholders between them.",
                    "Connected two suppliers' ticket machines to the HOPS using ITSO messaging.",
                    "Cut gate card-reading failures by 25% following a reader firmware rollout.",
                ],
            ),
            (
                "Installed and tested station gateline equipment.",
                [
                    "Commissioned gates at 14 stations.",
                    "Scripted factory acceptance tests for the gateline software.",
                    "Worked with the maintenance contractor to diagnose reader faults.",
                ],
            ),
        ],
    ),
}

# --- Payroll systems: results first, American spelling --------------------------------------------
_PAYROLL = cv(
    "Payroll Systems Consultant",
    "Denise Okafor",
    "Payroll systems consultant with 14 years across ADP and SAP HCM payroll. Leads payroll implementations, "
    "parallel runs and year-end processing for multi-state US employers. Strong on tax, garnishments and "
    "benefits deductions.",
    [
        (
            "SAP HCM Payroll Lead – customer: Harborline Logistics (2019–2024)",
            "Migration of US payroll for 18,000 employees from ADP Workforce Now to SAP HCM payroll on premise.",
            [
                "Configured wage types, schemas and personnel calculation rules for 12 union contracts.",
                "Ran 3 parallel payroll cycles with variance below 0.5% before go-live.",
                "Set up BSI TaxFactory for withholding in 38 states.",
                "Cut off-cycle checks from 400 to 100 a month by fixing retro pay rules.",
            ],
            ["SAP HCM", "SAP ECC 6.0", "BSI TaxFactory", "ADP Workforce Now", "ABAP", "Excel"],
        ),
        (
            "Payroll Analyst, Brightwater Health System (2010–2019)",
            "In-house payroll for a hospital network with 9,500 staff on ADP Enterprise.",
            [
                "Processed biweekly payroll of $22 million per cycle.",
                "Automated garnishment processing, removing about 60 manual entries each cycle.",
                "Led year-end W-2 processing for 9 years without a penalty notice.",
            ],
            ["ADP Enterprise", "Kronos Workforce Central", "Excel", "Access"],
        ),
    ],
    skills=["US payroll tax", "Garnishments", "Parallel testing", "Year-end processing", "Benefits deductions"],
    tools=["SAP HCM", "ADP Workforce Now", "ADP Enterprise", "BSI TaxFactory", "Kronos"],
    languages=["ABAP (reading)", "SQL"],
    certifications=["Certified Payroll Professional (CPP), American Payroll Association"],
    academic_background=["BS Accounting, Georgia State University"],
    spoken_languages=["English", "Yoruba"],
    industries=["Logistics", "Healthcare"],
)
CVS["payroll"] = {
    "source": _PAYROLL,
    "prompt": "Job posting: Payroll Transformation Manager. A 20,000-employee retailer is moving from ADP to SAP "
    "payroll. Lead configuration, parallel testing and multi-state tax setup; CPP preferred.",
    "honest": tailor(
        _PAYROLL,
        "Certified Payroll Professional with 14 years on ADP and SAP HCM payroll who leads implementations, "
        "parallel runs and year-end processing for US employers operating across many states, with deep "
        "knowledge of tax, garnishments and benefits deductions.",
        [
            (
                "Moved Harborline Logistics' US payroll for 18,000 employees off ADP Workforce Now and onto "
                "on-premise SAP HCM payroll.",
                [
                    "Reduced off-cycle checks by 75%, from 400 to 100 a month, by correcting retro pay rules.",
                    "Delivered three parallel payroll runs with variances under 0.5% ahead of go-live.",
                    "Configured wage types, schemas and personnel calculation rules for twelve union contracts.",
                    "Implemented BSI TaxFactory withholding for 38 states.",
                ],
            ),
            (
                "Ran in-house payroll on ADP Enterprise for a 9,500-person hospital network.",
                [
                    "Handled $22M in biweekly payroll every cycle.",
                    "Automated garnishments, eliminating roughly 60 manual entries per cycle.",
                    "Led W-2 year-end for nine straight years with no penalty notices.",
                ],
            ),
        ],
    ),
}

# --- Procurement-card fraud analytics: very short bullets, British spelling -----------------------
_PCARD = cv(
    "Fraud Analytics Lead, Purchasing Cards",
    "Fiona Castellanos",
    "Fraud analytics lead specialising in purchasing card (P-card) programmes for public sector and corporate "
    "clients. Builds transaction monitoring rules and anomaly detection models in SAS and Python. Has run 7 "
    "audit-support engagements for internal audit teams.",
    [
        (
            "Senior Manager, Forensic Data Analytics, Calder & Whyte LLP (2018–2024)",
            "Forensic analytics practice serving local authorities and universities with P-card spend.",
            [
                "Designed 45 monitoring rules covering split purchases, weekend spend and blocked merchant category "
                "codes.",
                "Built an isolation forest model that flagged 0.3% of 2.1 million transactions for review.",
                "Recovered £640,000 of misused spend for one county council.",
                "Cut false positives from 1,000 to 250 a month by tuning thresholds with the audit team.",
            ],
            ["SAS Viya", "Python", "scikit-learn", "Tableau", "SQL Server"],
        ),
        (
            "Data Analyst, Internal Audit, Northmere University (2014–2018)",
            "Continuous auditing of card and expense spend for a university with 3,000 cardholders.",
            [
                "Wrote IDEA scripts to test every card transaction each month.",
                "Produced quarterly exception reports for the audit committee.",
                "Trained 40 budget holders on card policy.",
            ],
            ["CaseWare IDEA", "Excel", "Access", "Oracle E-Business Suite"],
        ),
        (
            "Audit Associate, Brannock & Co (2011–2014)",
            "External audit of public sector bodies.",
            [
                "Tested purchase-to-pay controls at 12 councils.",
                "Used ACL to sample expense transactions.",
                "Drafted management letter points on card controls.",
            ],
            ["ACL Analytics", "Excel"],
        ),
    ],
    skills=["Transaction monitoring", "Anomaly detection", "P-card controls", "Forensic data analysis"],
    tools=["SAS Viya", "CaseWare IDEA", "Tableau"],
    languages=["Python", "SQL", "SAS"],
    certifications=["Certified Fraud Examiner (CFE)", "ACCA"],
    academic_background=["MSc Data Science, University of Edinburgh", "BA Economics, University of Glasgow"],
    spoken_languages=["English", "Spanish"],
    industries=["Public sector", "Higher education"],
)
CVS["pcard_fraud"] = {
    "source": _PCARD,
    "prompt": "Customer brief: a central government department wants a contractor to stand up P-card fraud "
    "analytics: rules for split purchases and merchant misuse, an anomaly model, and reporting for internal "
    "audit. SAS or Python; CFE welcome.",
    "honest": tailor(
        _PCARD,
        "Certified Fraud Examiner leading fraud analytics for purchasing card programmes, with public sector and "
        "corporate clients. Builds monitoring rules and anomaly models in SAS and Python, and has supported "
        "internal audit on seven engagements.",
        [
            (
                "Forensic analytics for local authorities and universities using purchasing cards.",
                [
                    "45 rules: split purchases, weekend spend, blocked merchant codes.",
                    "Isolation forest flagged 0.3% of 2.1m transactions.",
                    "£640k misused spend recovered for a county council.",
                    "False positives down to a quarter: 1,000 to 250 monthly.",
                ],
            ),
            (
                "Continuous card and expense auditing, 3,000 cardholders.",
                [
                    "Monthly IDEA tests on every card transaction.",
                    "Quarterly exception reports to the audit committee.",
                    "Card policy training for 40 budget holders.",
                ],
            ),
            (
                "External audit work for public sector bodies.",
                [
                    "Purchase-to-pay control testing across twelve councils.",
                    "Expense sampling in ACL.",
                    "Management letter points on card controls.",
                ],
            ),
        ],
    ),
}

# --- Charity fundraising CRM: marketing tone, British spelling -------------------------------------
_CHARITY = cv(
    "Fundraising CRM Consultant",
    "Rhiannon Doyle-Baptiste",
    "CRM consultant for UK charities with a focus on Blackbaud Raiser's Edge NXT. Has led data migrations, Gift "
    "Aid processes and supporter journey automation for 6 charities. Works closely with fundraising, finance "
    "and data protection teams.",
    [
        (
            "Raiser's Edge NXT Migration Lead – customer: Hartwell Children's Hospice (2021–2024)",
            "Move from Raiser's Edge 7 on premise to Raiser's Edge NXT with a clean-up of 250,000 supporter records.",
            [
                "Deduplicated supporter records, merging 31,000 duplicates before migration.",
                "Rebuilt Gift Aid declarations and claims, raising monthly Gift Aid claimed from £18,000 to £24,000.",
                "Set up direct debit processing with Blackbaud Merchant Services and BACS files.",
                "Trained 35 staff across fundraising and finance.",
            ],
            ["Raiser's Edge NXT", "Raiser's Edge 7", "Blackbaud Merchant Services", "ImportOmatic", "Power BI"],
        ),
        (
            "Database Manager, Riverbank Wildlife Trust (2015–2021)",
            "In-house supporter database and fundraising reporting for a regional wildlife charity.",
            [
                "Automated regular-giving welcome journeys in Dotdigital linked to Raiser's Edge.",
                "Produced GDPR consent reporting ahead of the May 2018 deadline.",
                "Grew membership retention from 78% to 84% with lapsed-member reactivation campaigns.",
            ],
            ["Raiser's Edge 7", "Dotdigital", "Crystal Reports", "Excel"],
        ),
    ],
    skills=["Data migration", "Gift Aid", "Supporter journeys", "GDPR consent management", "Fundraising reporting"],
    tools=["Raiser's Edge NXT", "ImportOmatic", "Dotdigital", "Power BI"],
    certifications=["Blackbaud Certified Raiser's Edge NXT Professional", "IoF Certificate in Fundraising"],
    academic_background=["BA History, University of Leeds"],
    spoken_languages=["English", "Irish"],
    industries=["Charity", "Non-profit"],
)
CVS["charity_crm"] = {
    "source": _CHARITY,
    "prompt": "Job posting: CRM Manager at a national health nonprofit. Lead our upgrade to Raiser's Edge NXT, "
    "improve Gift Aid and regular giving journeys, and train colleagues across fundraising and finance.",
    "honest": tailor(
        _CHARITY,
        "Blackbaud Certified Raiser's Edge NXT Professional who has led data migrations, Gift Aid processes and "
        "supporter journey automation for six UK charities, partnering closely with fundraising, finance and data "
        "protection colleagues.",
        [
            (
                "Took Hartwell Children's Hospice from on-premise Raiser's Edge 7 to Raiser's Edge NXT, cleaning up "
                "250,000 supporter records along the way.",
                [
                    "Lifted monthly Gift Aid claimed by a third, from £18,000 to £24,000, after rebuilding "
                    "declarations and claims.",
                    "Merged 31,000 duplicate supporter records ahead of migration.",
                    "Set up direct debit processing through Blackbaud Merchant Services and BACS files.",
                    "Trained 35 fundraising and finance colleagues.",
                ],
            ),
            (
                "Ran the supporter database and fundraising reporting in-house at a regional wildlife charity.",
                [
                    "Raised membership retention six points, from 78% to 84%, through lapsed-member reactivation "
                    "campaigns.",
                    "Automated welcome journeys for regular givers in Dotdigital, connected to Raiser's Edge.",
                    "Delivered GDPR consent reporting before the May 2018 deadline.",
                ],
            ),
        ],
    ),
}

# --- Flood and drainage modelling: one long overview sentence, American spelling for the posting --
_FLOOD = cv(
    "Flood and Drainage Modeller",
    "Oluwaseun Hartley",
    "Chartered civil engineer and hydraulic modeller with 10 years in urban drainage and flood risk. Builds and "
    "verifies integrated 1D-2D models in InfoWorks ICM for water companies and local authorities. Experienced "
    "in drainage and wastewater management plans (DWMPs) and sewer flooding studies.",
    [
        (
            "Principal Hydraulic Modeller, Aldous Water Engineering (2019–2024)",
            "Drainage area studies and model builds for a water company's AMP7 programme.",
            [
                "Built and verified 8 catchment models in InfoWorks ICM, the largest with 42,000 pipes.",
                "Verified models against a 10-week flow survey with 65 monitors.",
                "Assessed storm overflow spill frequency for 120 overflows to support the DWMP.",
                "Cut 1D-2D simulation times by half by moving runs to ICM Exchange scripts on a cloud cluster.",
            ],
            ["InfoWorks ICM 2023", "ICM Exchange (Ruby)", "ArcGIS Pro", "QGIS", "Azure"],
        ),
        (
            "Hydraulic Modeller – customer: Fenmoor District Council (2014–2019)",
            "Surface water management plans and flood risk assessments for a lowland district.",
            [
                "Produced the surface water management plan covering 3 towns.",
                "Modelled pumped land drainage with Flood Modeller and TUFLOW.",
                "Designed property flood resilience measures for 140 homes.",
            ],
            ["Flood Modeller", "TUFLOW", "InfoWorks ICM", "MapInfo"],
        ),
    ],
    skills=["1D-2D hydraulic modelling", "Model verification", "Storm overflow assessment", "Flood risk assessment"],
    tools=["InfoWorks ICM", "TUFLOW", "Flood Modeller", "ArcGIS Pro"],
    languages=["Ruby", "Python"],
    certifications=["Chartered Engineer (CEng), ICE"],
    academic_background=[
        "MSc Water Engineering, Cranfield University",
        "BEng Civil Engineering, University of Nottingham",
    ],
    spoken_languages=["English", "Yoruba"],
    industries=["Water utilities", "Local government"],
)
CVS["flood_icm"] = {
    "source": _FLOOD,
    "prompt": "Job posting: Lead Network Modeler for a water utility. Build and calibrate ICM models for "
    "stormwater and sewer networks, assess overflows, and automate model runs. CEng or equivalent chartership.",
    "honest": tailor(
        _FLOOD,
        "Chartered civil engineer (CEng) and hydraulic modeler with a decade in urban drainage and flood risk, "
        "building and verifying integrated 1D-2D InfoWorks ICM models for water companies and local authorities, "
        "and experienced in DWMPs and sewer flooding studies.",
        [
            (
                "Led drainage area studies and model builds for a water company's AMP7 program.",
                [
                    "Halved 1D-2D run times by moving simulations to ICM Exchange scripts on a cloud cluster.",
                    "Built and verified eight InfoWorks ICM catchment models; the biggest had 42,000 pipes.",
                    "Verified the models against a ten-week flow survey using 65 monitors.",
                    "Assessed spill frequency at 120 storm overflows in support of the DWMP.",
                ],
            ),
            (
                "For Fenmoor District Council: surface water management plans and flood risk assessments across a "
                "lowland district.",
                [
                    "Wrote the surface water management plan for three towns.",
                    "Modeled pumped land drainage using TUFLOW and Flood Modeller.",
                    "Designed property flood resilience for 140 homes.",
                ],
            ),
        ],
    ),
}

# --- Port community systems, reframed for an air cargo posting by transferable skills -------------
_PORT = cv(
    "Port Community Systems Business Analyst",
    "Henrik Aalberg",
    "Business analyst and product owner for port community systems (PCS) since 2013. Has digitised customs "
    "declarations, vessel call notifications and container release for ports in Northern Europe. Connects "
    "shipping lines, terminals, forwarders and customs authorities through EDIFACT and API messaging.",
    [
        (
            "Product Owner, Port Community System – customer: Port of Vesthavn (2018–2024)",
            "Product ownership of a PCS used by 600 companies, covering vessel calls, cargo declarations and "
            "container release.",
            [
                "Launched electronic container release with PIN codes, replacing paper delivery orders for 4 "
                "container terminals.",
                "Cut average truck turnaround at the gate from 60 to 45 minutes through a truck appointment system.",
                "Integrated the European Maritime Single Window for vessel call notifications.",
                "Ran the backlog of 3 Scrum teams and quarterly planning with port stakeholders.",
            ],
            ["Jira", "Confluence", "EDIFACT (IFTMIN, COPARN, CUSCAR)", "REST APIs", "Azure Service Bus"],
        ),
        (
            "Business Analyst, Nordic Trade Link AS (2013–2018)",
            "Analysis and specification of EDI messaging between shipping lines, terminals and customs.",
            [
                "Specified 25 EDIFACT message mappings for customs import and export declarations.",
                "Moved 90% of forwarder declarations from fax and email to EDI.",
                "Wrote acceptance tests with customs for the national import system release.",
            ],
            ["EDIFACT", "XML", "SQL Server", "BizTalk Server"],
        ),
        (
            "Logistics Analyst, Fjordline Shipping (2010–2013)",
            "Container equipment and booking analysis for a feeder shipping line.",
            [
                "Forecast empty container repositioning for 9 ports.",
                "Cleaned booking data in SQL for the EDI team.",
                "Reported vessel utilisation weekly to the line manager.",
            ],
            ["SQL Server", "Excel", "Navis"],
        ),
    ],
    skills=["Product ownership", "EDI message design", "Customs processes", "Stakeholder management"],
    tools=["Jira", "Confluence", "BizTalk Server"],
    languages=["SQL"],
    certifications=["Professional Scrum Product Owner I (PSPO I)"],
    academic_background=["MSc Logistics, Molde University College"],
    spoken_languages=["Norwegian", "English", "Swedish"],
    industries=["Ports and maritime", "Logistics"],
)
CVS["port_pcs"] = {
    "source": _PORT,
    "prompt": "Job posting: Product Owner, Air Cargo Community Platform. An airport cargo community needs a product "
    "owner to digitize air waybills, customs filings and cargo release between airlines, handlers, forwarders "
    "and customs. Cargo community system or EDI experience required.",
    "honest": tailor(
        _PORT,
        "Product owner and business analyst with cargo community platform experience since 2013, having digitised "
        "customs declarations, container release and vessel call notifications for Northern European ports, and "
        "connected carriers, terminals, forwarders and customs authorities through EDIFACT and API messaging.",
        [
            (
                "Owned the Port of Vesthavn's community platform for 600 companies, spanning cargo declarations, "
                "container release and vessel calls.",
                [
                    "Replaced paper delivery orders with PIN-based electronic cargo release at four container "
                    "terminals.",
                    "Brought average gate turnaround for trucks down by a quarter, from 60 to 45 minutes, with a "
                    "truck appointment system.",
                    "Connected the platform to the European Maritime Single Window for vessel call notifications.",
                    "Managed the backlog for three Scrum teams and ran quarterly planning with stakeholders.",
                ],
            ),
            (
                "Analysed and specified EDI messaging between carriers, terminals and customs.",
                [
                    "Digitised nine in ten forwarder declarations, moving them from fax and email to EDI.",
                    "Specified 25 EDIFACT mappings for customs import and export declarations.",
                    "Wrote customs acceptance tests for the national import system release.",
                ],
            ),
            (
                "Analysed container equipment and bookings for a feeder line.",
                [
                    "Forecast empty-container repositioning across nine ports.",
                    "Prepared clean booking data in SQL for the EDI team.",
                    "Weekly vessel utilization reporting.",
                ],
            ),
        ],
    ),
}

# --- Metal powder-bed fusion: long two-clause sentences, American spelling ------------------------
_AM = cv(
    "Additive Manufacturing Engineer",
    "Marcus Lindqvist",
    "Additive manufacturing engineer with 7 years in metal laser powder-bed fusion (L-PBF). Develops process "
    "parameters, qualifies parts and runs post-processing for aerospace and medical customers. Works on EOS M "
    "400 and Renishaw machines in Ti-6Al-4V, Inconel 718 and 316L.",
    [
        (
            "Senior AM Process Engineer, Stratafab Aerospace (2020–2024)",
            "Process development and part qualification for flight hardware printed in titanium and nickel alloys.",
            [
                "Developed Inconel 718 parameters on the EOS M 400-4 reaching 99.9% density.",
                "Qualified 14 flight parts through first article inspection and CT scanning.",
                "Cut support material by 35% with part reorientation in Materialise Magics.",
                "Raised build plate utilization from 40% to 60% by nesting parts from several programs.",
            ],
            ["EOS M 400-4", "Materialise Magics", "EOSPRINT 2", "Zeiss METROTOM CT", "Minitab"],
        ),
        (
            "AM Engineer, OrthoLayer Medical (2017–2020)",
            "Production of porous titanium orthopedic implants on Renishaw machines.",
            [
                "Designed lattice structures for acetabular cups in nTopology.",
                "Validated powder reuse for Ti-6Al-4V up to 8 reuse cycles.",
                "Wrote process validation (IQ/OQ/PQ) protocols under ISO 13485.",
            ],
            ["Renishaw AM400", "nTopology", "Materialise Magics", "JMP"],
        ),
    ],
    skills=["Parameter development", "Part qualification", "Design for additive manufacturing", "Powder management"],
    tools=["Materialise Magics", "nTopology", "EOSPRINT 2", "Minitab", "JMP"],
    certifications=["ASQ Certified Quality Engineer (CQE)"],
    academic_background=[
        "MS Materials Science and Engineering, Penn State",
        "BS Mechanical Engineering, Purdue University",
    ],
    spoken_languages=["English", "Swedish"],
    industries=["Aerospace", "Medical devices"],
)
CVS["am_pbf"] = {
    "source": _AM,
    "prompt": "Job posting: Lead Metal AM Engineer for a space propulsion company. Own L-PBF parameter development "
    "in nickel alloys, qualify flight parts, and increase machine throughput. EOS experience preferred.",
    "honest": tailor(
        _AM,
        "Metal additive manufacturing engineer with seven years in laser powder-bed fusion, developing process "
        "parameters, qualifying parts and running post-processing for aerospace and medical customers on EOS M 400 "
        "and Renishaw machines in Inconel 718, Ti-6Al-4V and 316L.",
        [
            (
                "Led process development and part qualification for flight hardware printed in nickel and titanium "
                "alloys.",
                [
                    "Reached 99.9% density with Inconel 718 parameters developed on the EOS M 400-4.",
                    "Qualified 14 flight parts, taking each through CT scanning and first article inspection.",
                    "Raised build plate utilization by half, from 40% to 60%, by nesting parts from several programs.",
                    "Reoriented parts in Magics to cut support material by 35%.",
                ],
            ),
            (
                "Produced porous titanium orthopedic implants on Renishaw L-PBF machines.",
                [
                    "Designed acetabular cup lattice structures in nTopology.",
                    "Validated Ti-6Al-4V powder reuse for up to eight cycles.",
                    "Authored IQ/OQ/PQ process validation protocols under ISO 13485.",
                ],
            ),
        ],
    ),
}

# --- Cinema scheduling and box office: marketing tone, ratios worked out, American spelling -------
_CINEMA = cv(
    "Cinema Systems Consultant",
    "Daniela Ferreira",
    "Cinema technology consultant covering film scheduling, box-office and point-of-sale systems. Has rolled out "
    "Vista Cinema and Veezi across 85 screens and integrated them with online ticketing and loyalty platforms. "
    "Works with programming, operations and finance teams.",
    [
        (
            "Head of Cinema Systems, Luma Picturehouses (2019–2024)",
            "Owned ticketing, scheduling and concessions systems for a chain of 11 cinemas with 62 screens.",
            [
                "Replaced a legacy POS with Vista Cinema across all 11 sites in 9 months.",
                "Automated weekly film scheduling from distributor terms and screen capacity, saving programmers 6 "
                "hours a week.",
                "Integrated online ticketing with the Vista loyalty module, growing loyalty members from 40,000 to "
                "100,000.",
                "Kept box-office systems running through 2 major release weekends with no outage.",
            ],
            ["Vista Cinema", "Vista Loyalty", "Movio", "Microsoft SQL Server", "Power BI"],
        ),
        (
            "Systems Consultant – customer: Starlight Independent Cinemas (2016–2019)",
            "Rollout of cloud box-office software to a group of independent cinemas.",
            [
                "Deployed Veezi to 8 independent cinemas with 23 screens.",
                "Built box-office reporting for distributor film rental settlements.",
                "Trained 50 front-of-house staff on ticketing and concessions.",
            ],
            ["Veezi", "Xero", "Excel"],
        ),
        (
            "Box Office Supervisor, Cineplex Aurora (2013–2016)",
            "Front-of-house and box-office supervision at an 8-screen multiplex.",
            [
                "Reconciled daily box-office takings against the POS.",
                "Scheduled 25 part-time staff around release calendars.",
                "Ran the switch to e-tickets scanned at the door.",
            ],
            ["Vista Cinema", "Excel"],
        ),
    ],
    skills=["Film scheduling", "Box-office reporting", "POS rollout", "Loyalty integration", "Distributor settlements"],
    tools=["Vista Cinema", "Veezi", "Movio", "Power BI"],
    languages=["SQL"],
    certifications=["ITIL 4 Foundation"],
    academic_background=["BA Film Studies, University of São Paulo"],
    spoken_languages=["Portuguese", "English", "Spanish"],
    industries=["Cinema exhibition", "Entertainment"],
)
CVS["cinema"] = {
    "source": _CINEMA,
    "prompt": "Job posting: Director of Exhibition Technology for a 40-site multiplex chain. Lead POS and "
    "scheduling upgrades, grow loyalty through online ticketing, and keep systems stable on blockbuster weekends.",
    "honest": tailor(
        _CINEMA,
        "Cinema technology leader who has taken Vista Cinema and Veezi live across 85 screens, connecting them to "
        "online ticketing and loyalty platforms, with hands-on depth in film scheduling, box-office and POS "
        "systems and close partnerships with programming, operations and finance.",
        [
            (
                "Ran ticketing, scheduling and concessions systems for Luma Picturehouses, an 11-cinema, 62-screen "
                "chain.",
                [
                    "Grew loyalty membership 2.5x, to 100,000 from 40,000, by integrating online ticketing with Vista "
                    "Loyalty.",
                    "Saved programmers 6 hours every week with automated film scheduling built on distributor terms "
                    "and screen capacity.",
                    "Swapped a legacy POS for Vista Cinema at all 11 sites within 9 months.",
                    "Zero box-office outages across 2 major release weekends.",
                ],
            ),
            (
                "Rolled out cloud box-office software to Starlight Independent Cinemas' group.",
                [
                    "Took Veezi live at 8 independent cinemas, 23 screens in all.",
                    "Delivered box-office reporting for film rental settlements with distributors.",
                    "Trained 50 front-of-house team members in ticketing and concessions.",
                ],
            ),
            (
                "Supervised box office and front of house at an eight-screen multiplex.",
                [
                    "Balanced daily takings against the POS.",
                    "Rota for 25 part-timers built around release calendars.",
                    "Led the move to e-tickets scanned at the door.",
                ],
            ),
        ],
    ),
}

# --- Clinical laboratory automation: short bullets, "2012–20", British spelling -------------------
_LAB = cv(
    "Clinical Laboratory Automation Specialist",
    "Siobhan Mwangi",
    "Biomedical scientist turned laboratory automation specialist with 12 years in NHS pathology. Designs and "
    "validates Roche cobas analyser lines and track systems for blood sciences. Links analysers, middleware and "
    "the LIMS to cut turnaround times.",
    [
        (
            "Automation Lead, Blood Sciences – customer: Eastshire Pathology Partnership (2020–2024)",
            "Managed service contract introducing cobas 8100 automation and cobas pro analysers at two hub "
            "laboratories processing 9,000 samples a day.",
            [
                "Validated 4 cobas pro analysers against ISO 15189 requirements.",
                "Configured cobas infinity middleware auto-verification rules for 120 tests.",
                "Reduced median urgent turnaround time for troponin from 60 to 45 minutes.",
                "Raised auto-verification rate from 55% to 80% of results.",
            ],
            ["cobas 8100", "cobas pro", "cobas infinity", "WinPath LIMS", "HL7 v2"],
        ),
        (
            "Senior Biomedical Scientist, St Aldric's Hospital (2012–2020)",
            "Clinical chemistry bench and analyser work in a district general hospital laboratory.",
            [
                "Led UKAS ISO 15189 assessment preparation for clinical chemistry.",
                "Ran internal quality control and EQA review for 60 assays.",
                "Wrote 30 standard operating procedures for the cobas 6000 analysers.",
            ],
            ["cobas 6000", "WinPath LIMS", "Bio-Rad Unity"],
        ),
    ],
    skills=["Laboratory automation", "Method validation", "Auto-verification", "Quality management", "ISO 15189"],
    tools=["cobas infinity", "WinPath LIMS", "Bio-Rad Unity"],
    certifications=["HCPC Registered Biomedical Scientist", "IBMS Specialist Portfolio in Clinical Chemistry"],
    academic_background=[
        "MSc Clinical Biochemistry, University of Surrey",
        "BSc Biomedical Science, University of Nottingham",
    ],
    spoken_languages=["English", "Swahili"],
    industries=["Healthcare", "Diagnostics"],
)
CVS["lab_cobas"] = {
    "source": _LAB,
    "prompt": "Job posting: Laboratory Automation Manager for a private diagnostics network. Deliver a Roche "
    "automation line, raise auto-verification, shorten turnaround for urgent samples and keep ISO 15189 "
    "accreditation.",
    "honest": tailor(
        _LAB,
        "Laboratory automation specialist and former biomedical scientist, 12 years in NHS pathology: designs and "
        "validates Roche cobas analyser lines and tracks for blood sciences, connecting analysers, middleware and "
        "LIMS to shorten turnaround.",
        [
            (
                "For Eastshire Pathology Partnership, a managed service bringing cobas 8100 automation and cobas pro "
                "analysers to two hub labs handling 9,000 samples daily.",
                [
                    "Auto-verification up from 55% to 80%.",
                    "Urgent troponin turnaround: 60 to 45 minutes (median).",
                    "cobas infinity auto-verification rules for 120 tests.",
                    "Four cobas pro analysers validated to ISO 15189.",
                ],
            ),
            (
                "Clinical chemistry bench and analyser work, district general hospital, 2012–20.",
                [
                    "Prepared clinical chemistry for UKAS ISO 15189 assessment.",
                    "Internal QC and EQA review, 60 assays.",
                    "30 SOPs written for the cobas 6000 analysers.",
                ],
            ),
        ],
    ),
}

HONEST = honest_texts(CVS)

# (cv, field, kind, position, old, new): one claim the CV does not make, injected into one honest text.
FABRICATIONS = [
    # hotel_rm
    ("hotel_rm", "experiences[0].bullets[0]", "number", "middle", "in 14 months", "in 16 months"),
    ("hotel_rm", "experiences[0].bullets[1]", "metric", "end", "after go-live.", "after go-live, with ADR up 3%."),
    ("hotel_rm", "experiences[0].bullets[3]", "tool", "end", "fed by Opera PMS.", "fed by Opera PMS and Tableau."),
    (
        "hotel_rm",
        "overview",
        "customer",
        "middle",
        "across 40 properties",
        "across 40 properties, Marriott and Hilton franchises among them,",
    ),
    (
        "hotel_rm",
        "overview",
        "certification",
        "end",
        "length-of-stay controls.",
        "length-of-stay controls, and holds the CHIA (Certified Hotel Industry Analytics) credential.",
    ),
    ("hotel_rm", "experiences[1].description", "date", "start", "Put Duetto's", "In 2015, put Duetto's"),
    (
        "hotel_rm",
        "experiences[0].description",
        "team size",
        "end",
        "28 full-service hotels.",
        "28 full-service hotels, managing a team of six analysts.",
    ),
    (
        "hotel_rm",
        "experiences[1].bullets[0]",
        "recognition",
        "end",
        "across two winter seasons.",
        "across two winter seasons, earning Duetto's Customer Impact Award.",
    ),
    ("hotel_rm", "experiences[1].description", "duration", "middle", "live for Alpine", "live in 10 weeks for Alpine"),
    (
        "hotel_rm",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Negotiated wholesale allotments with Hotelbeds for the winter peak.",
    ),
    (
        "hotel_rm",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Built daily pickup and pace reports in Power BI on Opera PMS data.",
    ),
    ("hotel_rm", "experiences[2].bullets[0]", "number", "middle", "below ten a month", "below four a month"),
    # crash_cae
    ("crash_cae", "experiences[0].bullets[0]", "version", "middle", "in LS-DYNA R12,", "in LS-DYNA R13,"),
    ("crash_cae", "experiences[0].bullets[2]", "number", "middle", "against 14 physical", "against 16 physical"),
    (
        "crash_cae",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "at the first physical test.",
        "at the first physical test while saving 12 kg of mass.",
    ),
    ("crash_cae", "experiences[1].bullets[1]", "tool", "middle", "in LS-DYNA for", "in LS-DYNA and Radioss for"),
    ("crash_cae", "overview", "years", "start", "with nine years", "with twelve years"),
    (
        "crash_cae",
        "overview",
        "customer",
        "end",
        "across three vehicle programs.",
        "across three vehicle programs for Volvo Cars.",
    ),
    (
        "crash_cae",
        "overview",
        "degree",
        "end",
        "post-processes results in META.",
        "post-processes results in META, building on a PhD in impact mechanics.",
    ),
    (
        "crash_cae",
        "experiences[0].description",
        "duration",
        "end",
        "through to virtual sign-off.",
        "through to virtual sign-off over 30 months.",
    ),
    (
        "crash_cae",
        "experiences[1].bullets[2]",
        "team size",
        "start",
        "Automated model assembly",
        "With two junior engineers, automated model assembly",
    ),
    (
        "crash_cae",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Correlated simulations with 14 physical tests, holding peak intrusion within 8% of measurement.",
    ),
    (
        "crash_cae",
        "experiences[1].description",
        "date",
        "middle",
        "on a mid-size sedan program",
        "on a mid-size sedan program launched in 2019",
    ),
    (
        "crash_cae",
        "experiences[0].description",
        "recognition",
        "middle",
        "battery-electric SUV platform,",
        "battery-electric SUV platform that went on to earn a five-star Euro NCAP rating,",
    ),
    (
        "crash_cae",
        "experiences[2].bullets[0]",
        "tool",
        "end",
        "in nCode DesignLife.",
        "in nCode DesignLife and FEMFAT.",
    ),
    # crop_genomics
    (
        "crop_genomics",
        "experiences[0].bullets[2]",
        "number",
        "end",
        "23 significant associations.",
        "27 significant associations.",
    ),
    (
        "crop_genomics",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "with BWA-MEM and GATK.",
        "with BWA-MEM, GATK and DeepVariant.",
    ),
    (
        "crop_genomics",
        "overview",
        "degree",
        "end",
        "in Nextflow and R.",
        "in Nextflow and R, backed by an MSc in Statistics.",
    ),
    (
        "crop_genomics",
        "experiences[0].description",
        "customer",
        "end",
        "wheat and barley breeding.",
        "wheat and barley breeding for KWS.",
    ),
    (
        "crop_genomics",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "two first-author.",
        "two first-author; BBSRC Innovator of the Year finalist.",
    ),
    (
        "crop_genomics",
        "experiences[0].bullets[3]",
        "certified",
        "start",
        "Moved to AWS Batch;",
        "AWS-certified; moved to AWS Batch;",
    ),
    (
        "crop_genomics",
        "experiences[1].bullets[0]",
        "date",
        "end",
        "genomes (PacBio HiFi).",
        "genomes (PacBio HiFi) by 2018.",
    ),
    ("crop_genomics", "overview", "years", "middle", "with eight years", "with ten years"),
    (
        "crop_genomics",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed KASP marker panels for rust resistance screening.",
    ),
    (
        "crop_genomics",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "lines per run.",
        "lines per run in under six hours.",
    ),
    (
        "crop_genomics",
        "experiences[1].description",
        "team size",
        "start",
        "BBSRC-funded research",
        "Supervised three PhD students in BBSRC-funded research",
    ),
    # smart_ticketing
    (
        "smart_ticketing",
        "experiences[0].description",
        "number",
        "middle",
        "across nine bus operators",
        "across eleven bus operators",
    ),
    (
        "smart_ticketing",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "assessed five bids.",
        "assessed five bids, saving £2m against budget.",
    ),
    (
        "smart_ticketing",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "fares calculated overnight.",
        "fares calculated overnight in Apache Flink.",
    ),
    (
        "smart_ticketing",
        "overview",
        "certification",
        "end",
        "open-loop payments and fare capping.",
        "open-loop payments and fare capping, and holds the PCI DSS ISA qualification.",
    ),
    (
        "smart_ticketing",
        "overview",
        "certified",
        "start",
        "Fare-collection solution architect",
        "PRINCE2-certified fare-collection solution architect",
    ),
    ("smart_ticketing", "experiences[1].description", "date", "end", "2012–20.", "2011–20."),
    (
        "smart_ticketing",
        "experiences[0].bullets[1]",
        "team size",
        "start",
        "Designed daily",
        "Leading a team of four, designed daily",
    ),
    (
        "smart_ticketing",
        "experiences[1].description",
        "customer",
        "middle",
        "to regional bus operators,",
        "to regional bus operators such as Stagecoach,",
    ),
    (
        "smart_ticketing",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "within 18 months of launch.",
        "within 18 months of launch, winning a UK Bus Award.",
    ),
    (
        "smart_ticketing",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Migrated 120,000 concessionary passes onto ITSO smartcards.",
    ),
    (
        "smart_ticketing",
        "experiences[1].bullets[2]",
        "duration",
        "middle",
        "following a reader firmware rollout",
        "following a six-week reader firmware rollout",
    ),
    (
        "smart_ticketing",
        "experiences[2].bullets[0]",
        "customer",
        "middle",
        "at 14 stations.",
        "at 14 London Underground stations.",
    ),
    # payroll
    ("payroll", "experiences[0].bullets[3]", "number", "end", "for 38 states.", "for 41 states."),
    (
        "payroll",
        "experiences[0].bullets[3]",
        "version",
        "middle",
        "BSI TaxFactory withholding",
        "BSI TaxFactory 11 withholding",
    ),
    (
        "payroll",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "Automated garnishments,",
        "Automated garnishments in UiPath,",
    ),
    (
        "payroll",
        "overview",
        "customer",
        "middle",
        "for US employers operating",
        "for US employers such as Walgreens operating",
    ),
    ("payroll", "overview", "years", "start", "with 14 years", "with 17 years"),
    ("payroll", "experiences[1].bullets[0]", "metric", "end", "every cycle.", "every cycle at 99.8% accuracy."),
    (
        "payroll",
        "experiences[0].description",
        "team size",
        "start",
        "Moved Harborline",
        "Leading eight consultants, moved Harborline",
    ),
    (
        "payroll",
        "overview",
        "certification",
        "end",
        "and benefits deductions.",
        "and benefits deductions, plus SAP Certified Application Associate status in Payroll.",
    ),
    (
        "payroll",
        "experiences[0].bullets[1]",
        "duration",
        "middle",
        "three parallel payroll runs",
        "three parallel payroll runs over ten weeks",
    ),
    (
        "payroll",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Automated garnishment handling, removing about 60 manual entries a cycle.",
    ),
    (
        "payroll",
        "experiences[1].description",
        "date",
        "start",
        "Ran in-house payroll",
        "From 2008, ran in-house payroll",
    ),
    # pcard_fraud
    ("pcard_fraud", "experiences[0].bullets[1]", "number", "middle", "0.3% of 2.1m", "0.3% of 2.6m"),
    (
        "pcard_fraud",
        "experiences[1].bullets[0]",
        "metric",
        "end",
        "every card transaction.",
        "every card transaction, 95% of them cleared automatically.",
    ),
    (
        "pcard_fraud",
        "experiences[0].bullets[2]",
        "customer",
        "end",
        "for a county council.",
        "for Kent County Council.",
    ),
    (
        "pcard_fraud",
        "experiences[0].bullets[1]",
        "tool",
        "start",
        "Isolation forest flagged",
        "XGBoost and isolation forest flagged",
    ),
    (
        "pcard_fraud",
        "overview",
        "degree",
        "end",
        "on seven engagements.",
        "on seven engagements, drawing on a doctorate in statistics.",
    ),
    (
        "pcard_fraud",
        "overview",
        "certification",
        "start",
        "Certified Fraud Examiner leading",
        "Certified Fraud Examiner and Certified Internal Auditor leading",
    ),
    (
        "pcard_fraud",
        "overview",
        "years",
        "middle",
        "for purchasing card programmes,",
        "for purchasing card programmes for 12 years,",
    ),
    (
        "pcard_fraud",
        "experiences[0].bullets[2]",
        "duration",
        "end",
        "for a county council.",
        "for a county council in six weeks.",
    ),
    (
        "pcard_fraud",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Duplicate payments cut 18% via vendor master clean-up.",
    ),
    (
        "pcard_fraud",
        "experiences[0].description",
        "date",
        "end",
        "using purchasing cards.",
        "using purchasing cards, since 2016.",
    ),
    (
        "pcard_fraud",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "to the audit committee.",
        "to the audit committee, praised by the National Audit Office.",
    ),
    ("pcard_fraud", "experiences[2].bullets[1]", "version", "end", "in ACL.", "in ACL 9."),
    (
        "pcard_fraud",
        "experiences[2].bullets[0]",
        "moved bullet",
        "end",
        "Purchase-to-pay control testing across twelve councils.",
        "Card policy training for 40 budget holders.",
    ),
    # charity_crm
    ("charity_crm", "experiences[0].bullets[1]", "number", "start", "Merged 31,000", "Merged 38,000"),
    (
        "charity_crm",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "finance colleagues.",
        "finance colleagues, 95% of whom rated the training good or excellent.",
    ),
    ("charity_crm", "experiences[1].bullets[1]", "tool", "middle", "in Dotdigital,", "in Dotdigital and Mailchimp,"),
    (
        "charity_crm",
        "overview",
        "customer",
        "middle",
        "for six UK charities,",
        "for six UK charities including Macmillan,",
    ),
    (
        "charity_crm",
        "experiences[1].bullets[1]",
        "version",
        "end",
        "connected to Raiser's Edge.",
        "connected to Raiser's Edge 7.96.",
    ),
    (
        "charity_crm",
        "experiences[1].bullets[2]",
        "date",
        "middle",
        "Delivered GDPR consent reporting before",
        "Delivered GDPR consent reporting in early 2017, before",
    ),
    (
        "charity_crm",
        "experiences[0].description",
        "recognition",
        "end",
        "along the way.",
        "along the way, in a project shortlisted for a Blackbaud Impact Award.",
    ),
    (
        "charity_crm",
        "experiences[1].description",
        "team size",
        "start",
        "Ran the supporter database",
        "Managed a team of three running the supporter database",
    ),
    (
        "charity_crm",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Launched a legacy giving programme that secured £1.2m in pledges.",
    ),
    (
        "charity_crm",
        "overview",
        "certification",
        "end",
        "data protection colleagues.",
        "data protection colleagues, and holds the IoF Diploma in Fundraising.",
    ),
    (
        "charity_crm",
        "experiences[0].description",
        "duration",
        "middle",
        "to Raiser's Edge NXT,",
        "to Raiser's Edge NXT in seven months,",
    ),
    # flood_icm
    (
        "flood_icm",
        "experiences[0].bullets[1]",
        "version",
        "middle",
        "eight InfoWorks ICM catchment",
        "eight InfoWorks ICM 2024 catchment",
    ),
    ("flood_icm", "experiences[0].bullets[3]", "number", "middle", "at 120 storm", "at 150 storm"),
    ("flood_icm", "experiences[0].bullets[2]", "duration", "middle", "ten-week flow survey", "twelve-week flow survey"),
    (
        "flood_icm",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "using TUFLOW and Flood Modeller.",
        "using TUFLOW, HEC-RAS and Flood Modeller.",
    ),
    (
        "flood_icm",
        "experiences[0].description",
        "customer",
        "middle",
        "for a water company's AMP7",
        "for Anglian Water's AMP7",
    ),
    (
        "flood_icm",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "for 140 homes.",
        "for 140 homes, reducing expected annual damages by 30%.",
    ),
    (
        "flood_icm",
        "overview",
        "certified",
        "end",
        "and sewer flooding studies.",
        "and sewer flooding studies, and NEC4-certified as a project manager.",
    ),
    (
        "flood_icm",
        "experiences[1].bullets[0]",
        "degree",
        "start",
        "Wrote the surface water",
        "Drawing on an MSc in Hydrology, wrote the surface water",
    ),
    ("flood_icm", "overview", "years", "middle", "with a decade in", "with 15 years in"),
    (
        "flood_icm",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Modeled pumped land drainage in Flood Modeller and TUFLOW.",
    ),
    ("flood_icm", "experiences[0].description", "date", "start", "Led drainage area", "Since 2017, led drainage area"),
    (
        "flood_icm",
        "experiences[1].description",
        "recognition",
        "end",
        "across a lowland district.",
        "across a lowland district, later commended at the CIWEM awards.",
    ),
    # port_pcs
    (
        "port_pcs",
        "overview",
        "customer",
        "middle",
        "for Northern European ports,",
        "for Northern European ports and Oslo Airport,",
    ),
    (
        "port_pcs",
        "overview",
        "years",
        "start",
        "Product owner and business analyst with cargo community platform experience since 2013,",
        "Product owner and business analyst with 14 years of cargo community platform experience,",
    ),
    ("port_pcs", "experiences[0].description", "number", "middle", "for 600 companies", "for 750 companies"),
    (
        "port_pcs",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "Connected the platform to",
        "Connected the platform through MuleSoft to",
    ),
    (
        "port_pcs",
        "experiences[0].bullets[3]",
        "certification",
        "end",
        "planning with stakeholders.",
        "planning with stakeholders as a SAFe Product Owner/Product Manager.",
    ),
    (
        "port_pcs",
        "experiences[0].bullets[0]",
        "recognition",
        "end",
        "at four container terminals.",
        "at four container terminals, winning an IAPH Sustainability Award.",
    ),
    (
        "port_pcs",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "import and export declarations.",
        "import and export declarations, with 99.5% first-time acceptance.",
    ),
    (
        "port_pcs",
        "experiences[1].bullets[2]",
        "date",
        "middle",
        "for the national import system release.",
        "for the 2016 national import system release.",
    ),
    (
        "port_pcs",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "for three Scrum teams",
        "for three Scrum teams of 24 developers",
    ),
    (
        "port_pcs",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Introduced IATA Cargo-XML messages for air freight forwarders.",
    ),
    (
        "port_pcs",
        "experiences[1].description",
        "version",
        "middle",
        "specified EDI messaging",
        "specified EDIFACT D.96A messaging",
    ),
    (
        "port_pcs",
        "experiences[2].bullets[0]",
        "duration",
        "end",
        "across nine ports.",
        "across nine ports on a 12-week horizon.",
    ),
    # am_pbf
    ("am_pbf", "experiences[0].bullets[1]", "number", "start", "Qualified 14 flight", "Qualified 19 flight"),
    ("am_pbf", "experiences[0].bullets[3]", "version", "middle", "parts in Magics to", "parts in Magics 26 to"),
    (
        "am_pbf",
        "experiences[1].bullets[0]",
        "tool",
        "end",
        "lattice structures in nTopology.",
        "lattice structures in nTopology and Autodesk Netfabb.",
    ),
    (
        "am_pbf",
        "experiences[0].bullets[0]",
        "metric",
        "start",
        "Reached 99.9% density",
        "Reached 99.9% density and 1,100 MPa tensile strength",
    ),
    (
        "am_pbf",
        "overview",
        "customer",
        "end",
        "Ti-6Al-4V and 316L.",
        "Ti-6Al-4V and 316L, for customers such as Stryker.",
    ),
    (
        "am_pbf",
        "experiences[1].bullets[2]",
        "certified",
        "start",
        "Authored IQ/OQ/PQ",
        "As a certified ISO 13485 lead auditor, authored IQ/OQ/PQ",
    ),
    (
        "am_pbf",
        "overview",
        "degree",
        "start",
        "Metal additive manufacturing engineer",
        "PhD metal additive manufacturing engineer",
    ),
    (
        "am_pbf",
        "experiences[1].bullets[1]",
        "duration",
        "end",
        "up to eight cycles.",
        "up to eight cycles in a nine-month study.",
    ),
    (
        "am_pbf",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Cut support material 35% by reorienting parts in Magics.",
    ),
    (
        "am_pbf",
        "experiences[0].description",
        "team size",
        "start",
        "Led process development",
        "Led a team of five on process development",
    ),
    (
        "am_pbf",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "from several programs.",
        "from several programs, recognized with the company's Innovation Award.",
    ),
    ("am_pbf", "overview", "years", "middle", "with seven years in", "with nine years in"),
    # cinema
    (
        "cinema",
        "experiences[1].bullets[2]",
        "number",
        "start",
        "Trained 50 front-of-house",
        "Trained 65 front-of-house",
    ),
    ("cinema", "experiences[0].bullets[2]", "duration", "end", "within 9 months.", "within 7 months."),
    (
        "cinema",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "with Vista Loyalty.",
        "with Vista Loyalty and Salesforce Marketing Cloud.",
    ),
    ("cinema", "overview", "customer", "middle", "across 85 screens,", "across 85 screens for chains such as Odeon,"),
    (
        "cinema",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "and screen capacity.",
        "and screen capacity, lifting occupancy 8%.",
    ),
    (
        "cinema",
        "overview",
        "years",
        "start",
        "Cinema technology leader who",
        "Cinema technology leader with 12 years' experience who",
    ),
    (
        "cinema",
        "experiences[0].description",
        "recognition",
        "end",
        "62-screen chain.",
        "62-screen chain later named Independent Cinema of the Year.",
    ),
    (
        "cinema",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Introduced dynamic pricing for off-peak screenings, raising weekday attendance 15%.",
    ),
    (
        "cinema",
        "experiences[1].description",
        "date",
        "start",
        "Rolled out cloud box-office",
        "In early 2015, rolled out cloud box-office",
    ),
    (
        "cinema",
        "experiences[1].bullets[1]",
        "certified",
        "middle",
        "box-office reporting for",
        "Comscore-certified box-office reporting for",
    ),
    ("cinema", "experiences[0].bullets[2]", "version", "middle", "for Vista Cinema at", "for Vista Cinema 5.3 at"),
    (
        "cinema",
        "experiences[2].bullets[1]",
        "team size",
        "middle",
        "Rota for 25 part-timers",
        "Rota for 25 part-timers and 4 duty managers",
    ),
    # lab_cobas
    ("lab_cobas", "experiences[0].description", "number", "end", "9,000 samples daily.", "12,000 samples daily."),
    (
        "lab_cobas",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "from 55% to 80%.",
        "from 55% to 80%, releasing 3 FTE.",
    ),
    (
        "lab_cobas",
        "experiences[0].bullets[2]",
        "version",
        "start",
        "cobas infinity auto-verification",
        "cobas infinity 3.0 auto-verification",
    ),
    (
        "lab_cobas",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "for 120 tests.",
        "for 120 tests, with Data Innovations Instrument Manager.",
    ),
    ("lab_cobas", "overview", "customer", "middle", "in NHS pathology:", "in NHS pathology at Barts Health:"),
    (
        "lab_cobas",
        "overview",
        "certification",
        "end",
        "to shorten turnaround.",
        "to shorten turnaround; holds the IBMS Higher Specialist Diploma.",
    ),
    (
        "lab_cobas",
        "overview",
        "degree",
        "start",
        "Laboratory automation specialist and former biomedical scientist,",
        "Laboratory automation specialist and former biomedical scientist with a PhD in clinical biochemistry,",
    ),
    (
        "lab_cobas",
        "experiences[0].bullets[3]",
        "duration",
        "end",
        "validated to ISO 15189.",
        "validated to ISO 15189 in eight weeks.",
    ),
    (
        "lab_cobas",
        "experiences[1].bullets[1]",
        "team size",
        "start",
        "Internal QC and EQA review",
        "Led 6 scientists on internal QC and EQA review",
    ),
    (
        "lab_cobas",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Auto-verification rules in cobas infinity for 120 tests.",
    ),
    ("lab_cobas", "experiences[1].description", "date", "end", "2012–20.", "2010–20."),
    (
        "lab_cobas",
        "experiences[1].bullets[0]",
        "certified",
        "end",
        "ISO 15189 assessment.",
        "ISO 15189 assessment as a certified UKAS technical assessor.",
    ),
]

# (cv, field, old, new, reason): edits a careful reader could judge either way.
AMBIGUOUS_EDITS = [
    (
        "hotel_rm",
        "overview",
        "in Europe and the Middle East",
        "across EMEA",
        "EMEA also covers Africa, where the CV names no property",
    ),
    (
        "hotel_rm",
        "experiences[1].bullets[0]",
        "by 9 points",
        "by over 40%",
        "22% to 31% is a relative rise of about 41%: true but rounded, and easy to read as points",
    ),
    (
        "crash_cae",
        "experiences[0].bullets[1]",
        "down by 40%",
        "down by nearly half",
        "40% rounded up to 'nearly half' is not an exact restatement",
    ),
    (
        "crop_genomics",
        "experiences[0].bullets[4]",
        "genomic breeding values",
        "GEBVs",
        "a standard abbreviation of genomic estimated breeding values that the CV never writes",
    ),
    (
        "smart_ticketing",
        "experiences[0].bullets[3]",
        "Authored the supplier tender specification and assessed five bids.",
        "Ran the five-bid supplier procurement from specification to evaluation.",
        "'ran the procurement' may overstate writing the specification and evaluating bids",
    ),
    (
        "payroll",
        "experiences[0].bullets[2]",
        "personnel calculation rules",
        "PCRs",
        "SAP's usual abbreviation, but the CV never links it to personnel calculation rules",
    ),
    (
        "pcard_fraud",
        "experiences[0].bullets[0]",
        "blocked merchant codes",
        "blocked MCCs",
        "MCC is the standard abbreviation of merchant category code, not written in the CV",
    ),
    (
        "charity_crm",
        "experiences[0].description",
        "to Raiser's Edge NXT,",
        "to RE NXT,",
        "a short product name users say but the CV does not",
    ),
    (
        "flood_icm",
        "overview",
        "with a decade in",
        "with over a decade in",
        "the CV says 10 years; 'over' may overstate it",
    ),
    (
        "port_pcs",
        "overview",
        "for Northern European ports",
        "for Nordic ports",
        "narrows Northern Europe to the Nordics; the CV's ports look Nordic but are not all named",
    ),
    (
        "am_pbf",
        "experiences[0].description",
        "for flight hardware",
        "for space flight hardware",
        "the CV says aerospace flight hardware; it may or may not include spacecraft",
    ),
    (
        "cinema",
        "experiences[0].bullets[3]",
        "Zero box-office outages",
        "100% box-office uptime",
        "'no outage' may not mean full uptime (degraded service is not an outage)",
    ),
    (
        "lab_cobas",
        "experiences[0].bullets[1]",
        "Urgent troponin turnaround",
        "Urgent troponin TAT",
        "TAT is the usual laboratory abbreviation, not written in the CV",
    ),
    (
        "am_pbf",
        "experiences[0].bullets[2]",
        "by half, from 40% to 60%,",
        "by 20 points, from 40% to 60%,",
        "exact in percentage points, but a reader may take '20' as a new figure",
    ),
]

GUARD_FLOOR = {"caught": 143, "touched": 2}  # blind: 143 caught, 18 touched at session 11's start, 7 at its end
TOUCH_NOT_MET = "set Z, blind: 7/145 honest texts touched (4.8%); tuned: 2/145 (1.4%)"

FABRICATED = build(CVS, FABRICATIONS)
AMBIGUOUS = build(CVS, AMBIGUOUS_EDITS, with_reason=True)
