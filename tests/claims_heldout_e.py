"""Blind set E for the free-text claims guard (issue 20): twelve hand-written CVs in domains no
earlier set uses (oil and gas SCADA/OT, Guidewire insurance core systems, HPC bioinformatics
pipelines, GA4/BigQuery marketing analytics, ISO 27001/SOC 2 governance, Cisco/Juniper networking,
ServiceNow ITSM, Temenos T24 core banking, agile coaching and PMO, ETCS/CBTC rail signalling, UX
research, Power BI/Microsoft Fabric), each with a job prompt and one honest tailoring written in the
styles real models use (terse, verbose, results-first, job-keyword-heavy; bullets merged, figures and
acronyms in other forms), and single claims injected into that tailoring the way a model slips.

Written blind: without reading the guard's code, its rules, its docs, its benchmarks or any other
set; only ``tests/claims_blind_set.py``, ``tests/test_claims_blind_sets.py`` and the CV contract were
read. The shape is described in ``tests/claims_blind_set.py``."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}
_F = []  # (cv, field, kind, position, old, new): one invented claim each
_A = []  # (cv, field, old, new, reason): edits a careful reviewer could argue either way

# --- Oil and gas SCADA / OT (results-first, job keywords) ---------------------------------------

_SCADA = cv(
    "Senior OT/SCADA Engineer",
    "Ingrid Solberg",
    "OT and SCADA engineer with 14 years in upstream oil and gas, covering control-system migrations, "
    "IEC 62443 security zoning and alarm management for offshore platforms and onshore pipelines. Led the OT "
    "side of two platform modernisations and works comfortably between operations, vendors and IT security.",
    [
        (
            "2020 – present: Lead OT Engineer, Nordhavet Energy (offshore production)",
            "Responsible for the control and safety systems of three offshore production platforms in the North "
            "Sea, reporting to the asset's technical authority.",
            [
                "Migrated the SCADA layer of two platforms from ABB 800xA 5.1 to 800xA 6.1 with no unplanned "
                "shutdown during 11 cut-over windows.",
                "Introduced IEC 62443 zones and conduits across 340 OT assets and moved remote vendor access "
                "behind a jump host with session recording.",
                "Rationalised the alarm database following EEMUA 191, reducing standing alarms from 1,450 to 310.",
                "Coordinated a team of 6 instrument and automation engineers across two rotations.",
            ],
            ["ABB 800xA", "Siemens S7-1500", "OSIsoft PI", "Claroty", "Windows Server 2019", "Cisco IE switches"],
        ),
        (
            "2015 – 2020: SCADA Engineer, Petrolinea Pipelines",
            "Operated and extended the SCADA system for a 1,200 km crude and products pipeline network with 38 "
            "remote terminal units.",
            [
                "Replaced legacy RTUs at 22 pump and valve stations with Schneider SCADAPack units over a 14-month "
                "programme.",
                "Built leak detection displays and historian tags in OSIsoft PI for the control room.",
                "Wrote the DNP3 and Modbus TCP communication specifications used in the station tenders.",
            ],
            ["Schneider ClearSCADA", "SCADAPack", "DNP3", "Modbus TCP", "OSIsoft PI", "VSAT"],
        ),
        (
            "2012 – 2015: Automation Engineer, Kvalberg Instruments",
            "Commissioning engineer for PLC and HMI packages delivered to refineries and gas processing plants.",
            [
                "Commissioned Siemens S7-400 and WinCC packages at four gas processing plants.",
                "Wrote factory acceptance test procedures and ran FATs with customer witnesses.",
            ],
            ["Siemens S7-400", "WinCC", "Profibus", "HART"],
        ),
    ],
    skills=["SCADA", "DCS migration", "IEC 62443", "Alarm management", "OT network segmentation", "FAT/SAT"],
    languages=["Structured Text", "Python"],
    tools=["ABB 800xA", "OSIsoft PI", "Claroty", "ClearSCADA", "WinCC"],
    certifications=["ISA/IEC 62443 Cybersecurity Fundamentals Specialist", "GICSP"],
    industries=["Oil & gas", "Pipelines"],
    spoken_languages=["Norwegian", "English"],
    academic_background=["MSc Engineering Cybernetics, NTNU"],
)
CVS["scada"] = {
    "source": _SCADA,
    "prompt": "Offshore operator seeks an OT security lead: IEC 62443 programme, remote-access hardening, DCS "
    "lifecycle and alarm management. Experience with Nozomi Networks or Dragos and a CISSP are a plus.",
    "honest": tailor(
        _SCADA,
        "OT security and SCADA lead with fourteen years in upstream oil and gas: IEC 62443 zoning, control-system "
        "migrations and alarm management on offshore platforms and onshore pipelines. Has led the OT workstream of "
        "two platform modernisations and bridges operations, vendors and IT security.",
        [
            (
                "Owns the control and safety systems of three North Sea production platforms, reporting to the "
                "asset technical authority.",
                [
                    "Upgraded the SCADA layer on two platforms from 800xA 5.1 to 6.1 across 11 cut-over windows, "
                    "with zero unplanned shutdowns.",
                    "Rolled out IEC 62443 zones and conduits over 340 OT assets; remote vendor access now runs "
                    "through a recorded jump host.",
                    "Cut standing alarms from 1,450 to 310 by rationalising the alarm database against EEMUA 191.",
                    "Coordinated six instrument and automation engineers over two rotations.",
                ],
            ),
            (
                "Ran and extended SCADA for 1.2 thousand kilometres of crude and products pipeline with 38 RTUs.",
                [
                    "Swapped legacy RTUs for Schneider SCADAPack units at 22 pump and valve stations in a "
                    "14-month programme.",
                    "Built control-room leak detection displays and PI historian tags.",
                    "Authored the DNP3 and Modbus TCP communication specs for the station tenders.",
                ],
            ),
            (
                "Commissioned PLC and HMI packages for refineries and gas processing plants.",
                [
                    "Commissioned S7-400 and WinCC packages at four gas plants, writing the FAT procedures and "
                    "running the tests with customer witnesses.",
                ],
            ),
        ],
    ),
}
_F += [
    ("scada", "overview", "degree", "start", "OT security and SCADA lead", "PhD-qualified OT security and SCADA lead"),
    ("scada", "overview", "years", "middle", "fourteen years", "sixteen years"),
    (
        "scada",
        "overview",
        "customer",
        "middle",
        "on offshore platforms and onshore pipelines",
        "on Equinor's offshore platforms and onshore pipelines",
    ),
    (
        "scada",
        "overview",
        "certification",
        "end",
        "bridges operations, vendors and IT security.",
        "bridges operations, vendors and IT security, and holds the CISSP.",
    ),
    (
        "scada",
        "experiences[0].description",
        "tool",
        "end",
        "reporting to the asset technical authority.",
        "reporting to the asset technical authority and running Nozomi Networks for OT monitoring.",
    ),
    (
        "scada",
        "experiences[0].description",
        "certified",
        "start",
        "Owns the control",
        "A TÜV-certified functional safety engineer, owns the control",
    ),
    ("scada", "experiences[0].bullets[0]", "version", "middle", "from 800xA 5.1 to 6.1", "from 800xA 5.1 to 6.2"),
    ("scada", "experiences[0].bullets[1]", "number", "middle", "over 340 OT assets", "over 430 OT assets"),
    (
        "scada",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "through a recorded jump host.",
        "through a recorded jump host, closing 95% of the audit findings.",
    ),
    (
        "scada",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "against EEMUA 191.",
        "against EEMUA 191, work recognised with the company's HSE excellence award.",
    ),
    ("scada", "experiences[0].bullets[3]", "team size", "start", "Coordinated six", "Coordinated nine"),
    ("scada", "experiences[1].description", "number", "end", "with 38 RTUs", "with 48 RTUs"),
    ("scada", "experiences[1].bullets[0]", "duration", "end", "in a 14-month programme", "in a 9-month programme"),
    (
        "scada",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "leak detection displays and",
        "leak detection displays in Ignition and",
    ),
    (
        "scada",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Led the move of the pipeline control centre to a redundant hot-standby site in Stavanger.",
    ),
    ("scada", "experiences[2].description", "date", "start", "Commissioned PLC", "From 2010, commissioned PLC"),
    (
        "scada",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Built leak detection displays and PI historian tags for the control room.",
    ),
]
_A += [
    (
        "scada",
        "experiences[0].bullets[2]",
        "from 1,450 to 310",
        "from nearly 1,500 to 310",
        "a rounded form of a figure the CV states: no new fact, but a number the CV does not write",
    ),
    (
        "scada",
        "experiences[0].bullets[3]",
        "Coordinated six",
        "Managed six",
        "coordinating engineers across rotations is not clearly line management; a stronger but related claim",
    ),
]

# --- Insurance core systems, Guidewire (verbose, third person) ----------------------------------

_GW = cv(
    "Guidewire Technical Lead",
    "Marcus Oyelaran",
    "Guidewire technical lead with 11 years on insurance core systems, mostly PolicyCenter and ClaimCenter "
    "implementations for property and casualty carriers. Comfortable owning integration design, Gosu code quality "
    "and the release train from build to production.",
    [
        (
            "2019 – present: Guidewire Technical Lead, Meridian Mutual Insurance",
            "Technical lead for the replacement of a mainframe policy administration system with Guidewire "
            "PolicyCenter 10 for personal lines.",
            [
                "Led 9 Gosu developers and 3 integration engineers through 14 releases.",
                "Designed the rating integration with the actuarial pricing engine via REST and Kafka, handling "
                "60,000 quotes a day.",
                "Cut the full regression suite from 3 days to 7 hours by moving it to GUnit and Jenkins pipelines.",
                "Migrated 1.8 million policies from the mainframe in three waves.",
            ],
            ["Guidewire PolicyCenter 10", "Gosu", "Kafka", "Jenkins", "Oracle 19c", "AWS"],
        ),
        (
            "2016 – 2019: Senior Guidewire Developer, Halcyon Consulting",
            "Developer on ClaimCenter 8 and BillingCenter implementations for two regional P&C insurers.",
            [
                "Built first notice of loss integrations for web and call-centre channels.",
                "Wrote batch processes for reserve recalculation that replaced a nightly manual spreadsheet step.",
                "Upgraded a ClaimCenter 8 instance to version 9 with 240 customisations carried over.",
            ],
            ["ClaimCenter 8", "BillingCenter", "Gosu", "SOAP", "SQL Server"],
        ),
        (
            "2013 – 2016: Java Developer, Atlas Assurance",
            "Java developer on the in-house claims system of a motor insurer.",
            [
                "Maintained the claims workflow engine written in Java EE.",
                "Automated nightly broker statements, saving the finance team two days a month.",
            ],
            ["Java EE", "JBoss", "Oracle"],
        ),
    ],
    skills=["Guidewire configuration", "Integration design", "Data migration", "Release management"],
    languages=["Gosu", "Java", "SQL"],
    tools=["Guidewire Studio", "Jenkins", "Kafka", "Git"],
    certifications=["Guidewire Certified Specialist – PolicyCenter Configuration"],
    industries=["Insurance (P&C)"],
    spoken_languages=["English", "Yoruba"],
    academic_background=["BSc Computer Science, University of Leeds"],
)
CVS["guidewire"] = {
    "source": _GW,
    "prompt": "P&C carrier hiring a Guidewire Cloud lead: PolicyCenter and ClaimCenter on Guidewire Cloud Platform, "
    "Jutro digital portals, integration with Duck Creek rating. Guidewire ACE certification required.",
    "honest": tailor(
        _GW,
        "An insurance core-systems specialist who has spent eleven years on insurance platforms, chiefly delivering "
        "PolicyCenter and ClaimCenter for property and casualty carriers. Marcus takes ownership of integration "
        "design, the quality of Gosu code and the release train all the way from build to production.",
        [
            (
                "Here he was the technical lead replacing a mainframe policy administration platform with Guidewire "
                "PolicyCenter 10 for the personal lines business.",
                [
                    "Led a team of nine Gosu developers and three integration engineers across fourteen releases.",
                    "Designed the REST and Kafka rating integration with the actuarial pricing engine, which handles "
                    "60k quotes per day.",
                    "Reduced the full regression run from three days to seven hours by moving it onto GUnit with "
                    "Jenkins pipelines.",
                    "Moved 1.8M policies off the mainframe in three waves.",
                ],
            ),
            (
                "Developed on ClaimCenter 8 and BillingCenter implementations for a pair of regional property and "
                "casualty insurers.",
                [
                    "Built the first notice of loss (FNOL) integrations for the web and call-centre channels.",
                    "Replaced a manual nightly spreadsheet step with batch processes that recalculate reserves.",
                    "Took a ClaimCenter 8 instance to version 9, with its 240 customisations carried across.",
                ],
            ),
            (
                "Worked on a motor insurer's in-house claims system as a Java developer.",
                [
                    "Maintained the Java EE claims workflow engine.",
                    "Automated the nightly broker statements, giving the finance team back two days every month.",
                ],
            ),
        ],
    ),
}
_F += [
    ("guidewire", "overview", "years", "middle", "eleven years", "fifteen years"),
    (
        "guidewire",
        "overview",
        "customer",
        "end",
        "for property and casualty carriers.",
        "for property and casualty carriers such as Allianz and Zurich.",
    ),
    (
        "guidewire",
        "overview",
        "certified",
        "start",
        "Marcus takes ownership",
        "An ACE-certified architect, Marcus takes ownership",
    ),
    ("guidewire", "experiences[0].description", "version", "middle", "PolicyCenter 10", "PolicyCenter 11"),
    (
        "guidewire",
        "experiences[0].description",
        "tool",
        "end",
        "for the personal lines business.",
        "on Guidewire Cloud Platform for the personal lines business.",
    ),
    ("guidewire", "experiences[0].bullets[0]", "team size", "middle", "nine Gosu developers", "twelve Gosu developers"),
    (
        "guidewire",
        "experiences[0].bullets[0]",
        "recognition",
        "end",
        "across fourteen releases.",
        "across fourteen releases, earning a Guidewire Innovation Award.",
    ),
    ("guidewire", "experiences[0].bullets[1]", "number", "end", "60k quotes per day", "80k quotes per day"),
    (
        "guidewire",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "with Jenkins pipelines.",
        "with Jenkins pipelines, lifting release frequency by 40%.",
    ),
    ("guidewire", "experiences[0].bullets[3]", "number", "start", "Moved 1.8M policies", "Moved 2.8M policies"),
    ("guidewire", "experiences[0].bullets[3]", "date", "end", "in three waves.", "in three waves during 2018."),
    (
        "guidewire",
        "experiences[1].description",
        "customer",
        "end",
        "casualty insurers.",
        "casualty insurers, including Aviva.",
    ),
    (
        "guidewire",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "with batch processes that",
        "with batch processes, scheduled in control-m, that",
    ),
    ("guidewire", "experiences[1].bullets[2]", "version", "end", "to version 9,", "to version 10,"),
    (
        "guidewire",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Built a Jutro-based customer portal for policy self-service.",
    ),
    (
        "guidewire",
        "experiences[2].description",
        "degree",
        "start",
        "Worked on a motor insurer's",
        "Fresh from an MSc in Computer Science, worked on a motor insurer's",
    ),
    ("guidewire", "experiences[2].bullets[1]", "duration", "end", "two days every month", "two days every week"),
    (
        "guidewire",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Built first notice of loss integrations for the web and call-centre channels.",
    ),
]
_A += [
    (
        "guidewire",
        "experiences[0].description",
        "with Guidewire PolicyCenter 10",
        "with Guidewire InsuranceSuite (PolicyCenter 10)",
        "InsuranceSuite is the product family PolicyCenter belongs to; the CV names only the modules",
    ),
]

# --- HPC and bioinformatics pipelines (terse, fragments) ----------------------------------------

_HPC = cv(
    "Bioinformatics Pipeline Engineer",
    "Priya Raghunathan",
    "Bioinformatics engineer with 8 years building genomics pipelines on HPC clusters and in the cloud. "
    "Specialises in Nextflow and Snakemake workflows, Slurm scheduling and making variant-calling pipelines "
    "reproducible with containers.",
    [
        (
            "2021 – present: Senior Pipeline Engineer, Helix Genomics Institute",
            "Runs the production genomics pipelines of a sequencing core that processes whole genomes for clinical "
            "research cohorts.",
            [
                "Ported the germline variant-calling pipeline from Bash scripts to Nextflow DSL2, cutting per-genome "
                "wall time from 30 to 11 hours.",
                "Containerised 45 tools with Singularity and Docker and pinned them in a shared registry.",
                "Tuned Slurm partitions and fair-share on a 2,400-core cluster, raising average utilisation from 58% "
                "to 81%.",
                "Set up nf-core style CI tests on GitHub Actions for every pipeline.",
            ],
            ["Nextflow", "Slurm", "Singularity", "Docker", "GATK 4", "GitHub Actions", "Lustre"],
        ),
        (
            "2018 – 2021: Bioinformatician, Norrland University Hospital",
            "Bioinformatician in a clinical genetics lab, supporting exome diagnostics for rare diseases.",
            [
                "Built a Snakemake exome pipeline used for about 3,000 diagnostic samples a year.",
                "Wrote a Python annotation step that merged ClinVar and gnomAD data into the lab's report.",
                "Validated the pipeline for ISO 15189 accreditation together with the lab's quality manager.",
            ],
            ["Snakemake", "Python", "BWA", "GATK", "VEP", "CentOS"],
        ),
        (
            "2016 – 2018: Research Assistant, Lindqvist Lab",
            "Research assistant working on RNA-seq analysis for a plant biology group.",
            [
                "Analysed RNA-seq data from 120 samples with STAR and DESeq2.",
                "Taught two R workshops for PhD students.",
            ],
            ["R", "DESeq2", "STAR", "SGE"],
        ),
    ],
    skills=["Workflow engineering", "Variant calling", "HPC scheduling", "Reproducible research"],
    languages=["Python", "R", "Bash", "Groovy"],
    tools=["Nextflow", "Snakemake", "Slurm", "Singularity", "Docker", "Git"],
    certifications=["Carpentries Instructor"],
    industries=["Life sciences", "Healthcare"],
    spoken_languages=["English", "Swedish", "Tamil"],
    academic_background=["MSc Bioinformatics, Uppsala University", "BSc Biotechnology, Anna University"],
)
CVS["hpc"] = {
    "source": _HPC,
    "prompt": "Pharma R&D seeks an HPC bioinformatics engineer: Nextflow on AWS Batch, Slurm, GPU-accelerated "
    "genomics (NVIDIA Parabricks), CWL. Experience with 10x Genomics single-cell data is welcome.",
    "honest": tailor(
        _HPC,
        "Bioinformatics engineer, eight years of genomics pipelines on HPC clusters and cloud. Nextflow and "
        "Snakemake workflows, Slurm scheduling, reproducible variant calling with containers.",
        [
            (
                "Production genomics pipelines for a sequencing core running whole genomes for clinical research "
                "cohorts.",
                [
                    "Moved germline variant calling from Bash to Nextflow DSL2; per-genome wall time down from 30 h "
                    "to 11 h.",
                    "Containerised 45 tools (Singularity, Docker), pinned in a shared registry.",
                    "Slurm partition and fair-share tuning on a 2.4k-core cluster: average utilisation up from 58 to "
                    "81 percent.",
                    "nf-core style CI tests on GitHub Actions for every pipeline.",
                ],
            ),
            (
                "Clinical genetics lab; exome diagnostics for rare diseases.",
                [
                    "Snakemake exome pipeline, roughly 3,000 diagnostic samples per year.",
                    "Python annotation step merging ClinVar and gnomAD into the lab report.",
                    "Validated the pipeline for ISO 15189 accreditation with the quality manager.",
                ],
            ),
            (
                "RNA-seq analysis for a plant biology group.",
                ["RNA-seq on 120 samples using STAR and DESeq2; taught two R workshops for PhD students."],
            ),
        ],
    ),
}
_F += [
    ("hpc", "overview", "degree", "start", "Bioinformatics engineer,", "Bioinformatics engineer (PhD),"),
    ("hpc", "overview", "years", "start", "eight years", "ten years"),
    (
        "hpc",
        "overview",
        "tool",
        "end",
        "reproducible variant calling with containers.",
        "reproducible variant calling with containers and CWL.",
    ),
    (
        "hpc",
        "experiences[0].description",
        "customer",
        "end",
        "for clinical research cohorts.",
        "for clinical research cohorts, including UK Biobank.",
    ),
    ("hpc", "experiences[0].bullets[0]", "number", "end", "to 11 h.", "to 8 h."),
    ("hpc", "experiences[0].bullets[1]", "number", "start", "Containerised 45 tools", "Containerised 54 tools"),
    ("hpc", "experiences[0].bullets[2]", "tool", "start", "Slurm partition", "Slurm and PBS Pro partition"),
    (
        "hpc",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "from 58 to 81 percent.",
        "from 58 to 81 percent, saving EUR 200k a year in cloud bursting.",
    ),
    (
        "hpc",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Added GPU-accelerated alignment with NVIDIA Parabricks, halving turnaround for urgent samples.",
    ),
    (
        "hpc",
        "experiences[1].description",
        "certified",
        "start",
        "Clinical genetics lab;",
        "Certified clinical bioinformatician in a clinical genetics lab;",
    ),
    ("hpc", "experiences[1].bullets[0]", "version", "start", "Snakemake exome pipeline", "Snakemake 8 exome pipeline"),
    (
        "hpc",
        "experiences[1].bullets[0]",
        "team size",
        "middle",
        "exome pipeline, roughly",
        "exome pipeline built with a team of four, roughly",
    ),
    ("hpc", "experiences[1].bullets[1]", "tool", "middle", "and gnomAD into", "and gnomAD via pandas into"),
    (
        "hpc",
        "experiences[1].bullets[2]",
        "date",
        "end",
        "with the quality manager.",
        "with the quality manager in 2017.",
    ),
    (
        "hpc",
        "experiences[2].description",
        "duration",
        "end",
        "for a plant biology group.",
        "for a plant biology group over a four-year project.",
    ),
    (
        "hpc",
        "experiences[2].bullets[0]",
        "recognition",
        "middle",
        "taught two R workshops",
        "taught two award-winning R workshops",
    ),
    (
        "hpc",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Validated a pipeline for ISO 15189 accreditation with the lab's quality manager.",
    ),
]
_A += [
    (
        "hpc",
        "experiences[1].bullets[0]",
        "roughly 3,000 diagnostic samples per year",
        "thousands of diagnostic samples per year",
        "a vaguer wording of a stated figure; no number to check, but 'thousands' can read as more than 3,000",
    ),
]

# --- Marketing analytics, GA4 and BigQuery (job-keyword-heavy) ----------------------------------

_MKT = cv(
    "Marketing Analytics Lead",
    "Chloé Marchetti",
    "Marketing analytics lead with 9 years in e-commerce and retail, turning web and CRM data into attribution, "
    "budget and experimentation decisions. Moved two companies from Universal Analytics to GA4 with a BigQuery "
    "export as the single source of truth.",
    [
        (
            "2021 – present: Head of Marketing Analytics, Vellora Home (online furniture retailer)",
            "Leads marketing measurement for a retailer with €180M online revenue across six European markets.",
            [
                "Migrated tracking from Universal Analytics to GA4 and server-side Google Tag Manager before the "
                "2023 sunset.",
                "Built the BigQuery marketing data model in dbt, joining GA4 events, ad spend and CRM orders.",
                "Introduced a media mix model that moved 15% of paid search budget into paid social, lifting "
                "blended ROAS from 3.1 to 3.6.",
                "Manages 4 analysts and one analytics engineer.",
            ],
            ["GA4", "BigQuery", "dbt", "Google Tag Manager", "Looker Studio", "Python"],
        ),
        (
            "2017 – 2021: Senior Digital Analyst, Brightcart",
            "Web analyst for a grocery delivery start-up, owning tracking, dashboards and A/B testing.",
            [
                "Ran over 60 A/B tests in Optimizely, with a shared significance calculator for the product team.",
                "Built weekly acquisition dashboards in Looker Studio used by the marketing and finance teams.",
                "Cut untracked checkout sessions from 12% to 2% by fixing the data layer.",
            ],
            ["Universal Analytics", "Optimizely", "Looker Studio", "SQL"],
        ),
        (
            "2015 – 2017: Marketing Analyst, Ostra Media",
            "Agency analyst producing campaign reports for retail clients.",
            [
                "Produced monthly campaign reports for 12 retail clients.",
                "Automated the reporting pipeline in Google Sheets and Apps Script, saving a day of work per week.",
            ],
            ["Google Sheets", "Apps Script", "Google Ads"],
        ),
    ],
    skills=["Marketing attribution", "Media mix modelling", "Experimentation", "Tracking design"],
    languages=["SQL", "Python"],
    tools=["GA4", "BigQuery", "dbt", "Google Tag Manager", "Looker Studio", "Optimizely"],
    certifications=["Google Analytics Certification"],
    industries=["E-commerce", "Retail", "Media"],
    spoken_languages=["Italian", "French", "English"],
    academic_background=["MSc Statistics, Università di Bologna"],
)
CVS["marketing"] = {
    "source": _MKT,
    "prompt": "Fashion e-commerce brand seeks a marketing analytics manager: GA4, BigQuery, Adobe Analytics a plus, "
    "marketing mix modelling with Meridian or Robyn, Amplitude for product analytics, consent mode v2.",
    "honest": tailor(
        _MKT,
        "Marketing analytics leader with nine years in retail and e-commerce who turns web and CRM data into "
        "attribution, budget allocation and experimentation decisions. Has led two GA4 migrations off Universal "
        "Analytics, each with the BigQuery export as the single source of truth.",
        [
            (
                "Heads marketing measurement for an online retailer with EUR 180 million in online revenue across "
                "six European markets.",
                [
                    "Moved tracking from Universal Analytics to GA4 and server-side GTM ahead of the 2023 sunset.",
                    "Modelled marketing data in BigQuery with dbt, combining GA4 events, ad spend and CRM orders.",
                    "Launched marketing mix modelling that shifted 15 percent of paid search budget to paid social "
                    "and lifted blended return on ad spend from 3.1 to 3.6.",
                    "Manages a team of four analysts plus an analytics engineer.",
                ],
            ),
            (
                "Owned tracking, dashboards and A/B testing as web analyst at a grocery delivery start-up.",
                [
                    "Ran more than 60 Optimizely A/B tests and shared a significance calculator with the product team.",
                    "Delivered weekly Looker Studio acquisition dashboards for marketing and finance.",
                    "Fixed the data layer, bringing untracked checkout sessions down from 12 to 2 percent.",
                ],
            ),
            (
                "Agency role reporting on campaigns for retail clients.",
                [
                    "Monthly campaign reporting for twelve retail clients, automated in Google Sheets and Apps Script "
                    "to save a day each week.",
                ],
            ),
        ],
    ),
}
_F += [
    (
        "marketing",
        "overview",
        "degree",
        "start",
        "Marketing analytics leader",
        "Statistics PhD and marketing analytics leader",
    ),
    (
        "marketing",
        "overview",
        "customer",
        "middle",
        "in retail and e-commerce who",
        "in retail and e-commerce at brands such as Zalando who",
    ),
    ("marketing", "overview", "number", "middle", "Has led two GA4 migrations", "Has led three GA4 migrations"),
    (
        "marketing",
        "overview",
        "tool",
        "end",
        "as the single source of truth.",
        "as the single source of truth and Amplitude for product analytics.",
    ),
    ("marketing", "experiences[0].description", "number", "middle", "EUR 180 million", "EUR 280 million"),
    ("marketing", "experiences[0].description", "number", "end", "six European markets", "eight European markets"),
    ("marketing", "experiences[0].bullets[0]", "date", "end", "the 2023 sunset", "the 2022 sunset"),
    (
        "marketing",
        "experiences[0].bullets[0]",
        "version",
        "middle",
        "and server-side GTM",
        "and server-side GTM with consent mode v2",
    ),
    (
        "marketing",
        "experiences[0].bullets[1]",
        "recognition",
        "end",
        "and CRM orders.",
        "and CRM orders; the model was shortlisted for a Drum Digital Award.",
    ),
    (
        "marketing",
        "experiences[0].bullets[2]",
        "tool",
        "start",
        "Launched marketing mix modelling",
        "Launched Robyn-based marketing mix modelling",
    ),
    ("marketing", "experiences[0].bullets[2]", "metric", "end", "from 3.1 to 3.6.", "from 3.1 to 4.6."),
    (
        "marketing",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "a team of four analysts",
        "a team of seven analysts",
    ),
    (
        "marketing",
        "experiences[1].description",
        "duration",
        "middle",
        "as web analyst at",
        "as web analyst for six years at",
    ),
    ("marketing", "experiences[1].bullets[0]", "number", "start", "Ran more than 60", "Ran more than 160"),
    (
        "marketing",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "from 12 to 2 percent.",
        "from 12 to 2 percent, adding 8% to reported conversion revenue.",
    ),
    (
        "marketing",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Rolled out a Segment customer data platform to unify app and web profiles.",
    ),
    (
        "marketing",
        "experiences[2].description",
        "certification",
        "end",
        "for retail clients.",
        "for retail clients, holding the Google Ads Search Certification.",
    ),
    (
        "marketing",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Built weekly acquisition dashboards in Looker Studio for marketing and finance.",
    ),
]
_A += [
    (
        "marketing",
        "experiences[0].bullets[2]",
        "and lifted blended return on ad spend from 3.1 to 3.6.",
        "and lifted blended return on ad spend by 16%.",
        "a percentage derived from the CV's own figures (3.1 to 3.6); right arithmetic, but a number the CV "
        "never states",
    ),
]

# --- Security governance, ISO 27001 and SOC 2 (results-first) -----------------------------------

_GRC = cv(
    "Information Security Governance Manager",
    "Tobias Brandt",
    "Security governance manager with 12 years across fintech and SaaS, running ISO 27001 and SOC 2 programmes "
    "from gap analysis to certification. Writes policies people actually read and turns audit findings into "
    "engineering backlog items.",
    [
        (
            "2020 – present: Head of Security Governance, Kleo Payments",
            "Owns the information security management system of a payments processor regulated as an e-money "
            "institution.",
            [
                "Took the company through its first ISO 27001:2013 certification and the transition to ISO 27001:2022.",
                "Ran the SOC 2 Type II programme across 93 controls, closing the first audit with two exceptions.",
                "Replaced spreadsheet evidence collection with Vanta, reducing audit preparation from 10 weeks to 3.",
                "Chairs the monthly risk committee and maintains a register of 140 risks.",
            ],
            ["Vanta", "Jira", "Confluence", "AWS", "Okta"],
        ),
        (
            "2016 – 2020: Security Compliance Lead, Norvik Software",
            "Led compliance for a B2B SaaS vendor selling HR software to mid-size companies.",
            [
                "Answered around 250 customer security questionnaires a year and built a reusable answer library.",
                "Wrote the incident response plan and ran two tabletop exercises a year with engineering.",
                "Set up a vendor risk process covering 70 suppliers.",
            ],
            ["OneTrust", "Jira", "Google Workspace"],
        ),
        (
            "2013 – 2016: IT Auditor, Halden & Partners",
            "IT auditor in a mid-size audit firm, testing IT general controls for financial statement audits.",
            [
                "Tested IT general controls at 25 clients in banking and manufacturing.",
                "Drafted management letters on access control and change management findings.",
            ],
            ["ACL", "Excel"],
        ),
    ],
    skills=["ISMS", "Risk management", "Audit readiness", "Policy writing", "Vendor risk"],
    tools=["Vanta", "OneTrust", "Jira", "Confluence"],
    certifications=["CISA", "ISO 27001 Lead Implementer"],
    industries=["Fintech", "SaaS", "Audit"],
    spoken_languages=["German", "English"],
    academic_background=["MSc Information Systems, University of Mannheim"],
)
CVS["grc"] = {
    "source": _GRC,
    "prompt": "Scale-up seeks a GRC lead: ISO 27001, SOC 2, DORA and NIS2 readiness, PCI DSS experience, tooling "
    "such as Drata. CISSP or CISM preferred.",
    "honest": tailor(
        _GRC,
        "Twelve years in security governance across fintech and SaaS, running ISO 27001 and SOC 2 programmes end "
        "to end, from gap analysis through certification. Writes readable policies and converts audit findings "
        "into engineering backlog items.",
        [
            (
                "Owner of the ISMS at a payments processor regulated as an e-money institution.",
                [
                    "First ISO 27001:2013 certification achieved, then the move to ISO 27001:2022.",
                    "SOC 2 Type II: 93 controls, first audit closed with only two exceptions.",
                    "Audit preparation down from ten weeks to three after replacing spreadsheet evidence collection "
                    "with Vanta.",
                    "Chairs the monthly risk committee; keeps a 140-risk register.",
                ],
            ),
            (
                "Compliance lead at a B2B SaaS vendor of HR software for mid-sized companies.",
                [
                    "Roughly 250 customer security questionnaires answered yearly, backed by a reusable answer "
                    "library.",
                    "Authored the incident response plan and held two tabletop exercises with engineering every year.",
                    "Vendor risk process stood up for 70 suppliers.",
                ],
            ),
            (
                "Tested IT general controls for financial statement audits at a mid-size audit firm.",
                [
                    "IT general controls tested at 25 banking and manufacturing clients.",
                    "Management letters drafted on access control and change management findings.",
                ],
            ),
        ],
    ),
}
_F += [
    ("grc", "overview", "years", "start", "Twelve years", "Fifteen years"),
    (
        "grc",
        "overview",
        "customer",
        "middle",
        "across fintech and SaaS,",
        "across fintech and SaaS at firms like Adyen,",
    ),
    (
        "grc",
        "overview",
        "certification",
        "end",
        "into engineering backlog items.",
        "into engineering backlog items, and holds the CISSP.",
    ),
    (
        "grc",
        "experiences[0].description",
        "certification",
        "end",
        "regulated as an e-money institution.",
        "regulated as an e-money institution and certified PCI DSS Level 1.",
    ),
    ("grc", "experiences[0].bullets[0]", "version", "start", "First ISO 27001:2013", "First ISO 27001:2005"),
    (
        "grc",
        "experiences[0].bullets[0]",
        "certification",
        "end",
        "the move to ISO 27001:2022.",
        "the move to ISO 27001:2022 and ISO 27701.",
    ),
    ("grc", "experiences[0].bullets[1]", "number", "middle", "93 controls", "113 controls"),
    ("grc", "experiences[0].bullets[1]", "number", "end", "with only two exceptions.", "with zero exceptions."),
    ("grc", "experiences[0].bullets[2]", "duration", "middle", "from ten weeks to three", "from ten weeks to two"),
    ("grc", "experiences[0].bullets[2]", "tool", "end", "with Vanta.", "with Drata."),
    ("grc", "experiences[0].bullets[3]", "number", "end", "140-risk register", "240-risk register"),
    (
        "grc",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Led DORA readiness, mapping 42 ICT risk requirements to existing controls.",
    ),
    ("grc", "experiences[1].description", "date", "start", "Compliance lead at", "Since 2014, compliance lead at"),
    (
        "grc",
        "experiences[1].description",
        "certified",
        "middle",
        "Compliance lead at a B2B",
        "Compliance lead, CISM-certified, at a B2B",
    ),
    (
        "grc",
        "experiences[1].bullets[0]",
        "metric",
        "end",
        "reusable answer library.",
        "reusable answer library, cutting response time by 60%.",
    ),
    (
        "grc",
        "experiences[1].bullets[1]",
        "team size",
        "middle",
        "with engineering every year",
        "with a 30-person engineering group every year",
    ),
    (
        "grc",
        "experiences[2].description",
        "degree",
        "start",
        "Tested IT general",
        "With a fresh MBA, tested IT general",
    ),
    (
        "grc",
        "experiences[2].bullets[0]",
        "recognition",
        "end",
        "manufacturing clients.",
        "manufacturing clients, earning the firm's Auditor of the Year award.",
    ),
    (
        "grc",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Set up a vendor risk process covering 70 suppliers.",
    ),
]
_A += [
    (
        "grc",
        "experiences[0].description",
        "at a payments processor",
        "at a PSD2-regulated payments processor",
        "an EU e-money institution falls under PSD2/EMD2, an inference from outside knowledge the CV does not state",
    ),
]

# --- Enterprise networking, Cisco and Juniper (verbose, third person) ---------------------------

_NET = cv(
    "Senior Network Engineer",
    "Kenji Watanabe",
    "Network engineer with 13 years designing and running enterprise campus, WAN and data centre networks on "
    "Cisco and Juniper. Led an SD-WAN rollout to 180 branches and the move of two data centres to an EVPN-VXLAN "
    "fabric.",
    [
        (
            "2019 – present: Lead Network Engineer, Castellan Retail Group",
            "Leads the network team for a retailer with 180 branches, two data centres and a head office campus.",
            [
                "Rolled out Cisco SD-WAN (Viptela) to 180 branches over 18 months, retiring MPLS at 150 of them.",
                "Rebuilt both data centres on a Juniper QFX EVPN-VXLAN fabric with 48 leaf switches.",
                "Automated switch configuration with Ansible and NetBox, taking new-branch provisioning from 3 days "
                "to 4 hours.",
                "Leads a team of five network engineers and runs the third-line 24/7 on-call rota.",
            ],
            ["Cisco SD-WAN", "Cisco Catalyst 9300", "Juniper QFX5120", "Junos", "Ansible", "NetBox", "Palo Alto"],
        ),
        (
            "2014 – 2019: Network Engineer, Eastmoor University",
            "Campus network engineer for a university with 30,000 students and 40 buildings.",
            [
                "Replaced the campus core with a pair of Cisco Nexus 7000 switches and vPC.",
                "Deployed 2,600 Aruba access points and 802.1X authentication with ClearPass.",
                "Moved BGP peering with the research network to IPv6 dual stack.",
            ],
            ["Cisco Nexus 7000", "Aruba", "ClearPass", "BGP", "OSPF"],
        ),
        (
            "2011 – 2014: NOC Engineer, Telvaro",
            "First- and second-line engineer in a service provider network operations centre.",
            [
                "Handled incidents for around 400 business customers on an MPLS network.",
                "Wrote runbooks for the most common BGP and OSPF faults.",
            ],
            ["Cisco IOS XR", "MPLS", "SolarWinds"],
        ),
    ],
    skills=["Campus networking", "Data centre fabrics", "SD-WAN", "Network automation", "Routing"],
    languages=["Python"],
    tools=["Ansible", "NetBox", "Wireshark", "SolarWinds"],
    certifications=["CCNP Enterprise", "JNCIP-DC"],
    industries=["Retail", "Higher education", "Telecommunications"],
    spoken_languages=["Japanese", "English"],
    academic_background=["BEng Electronic Engineering, University of Sheffield"],
)
CVS["network"] = {
    "source": _NET,
    "prompt": "Bank seeks a network architect: Cisco ACI, Juniper Apstra, Arista EOS, SD-WAN and Zscaler SASE. "
    "CCIE preferred.",
    "honest": tailor(
        _NET,
        "Kenji is a network engineer who has spent thirteen years designing and operating enterprise campus, WAN "
        "and data-centre networks built on Cisco and Juniper equipment. He led the SD-WAN rollout to 180 branches "
        "and the migration of two data centres onto an EVPN-VXLAN fabric.",
        [
            (
                "In this role he heads the network team of a retail group operating 180 branches, two data centres "
                "and a head-office campus.",
                [
                    "Deployed Cisco SD-WAN (Viptela) to all 180 branches in 18 months, decommissioning MPLS at 150 "
                    "sites.",
                    "Rebuilt the two data centres on a Juniper QFX EVPN-VXLAN fabric of 48 leaf switches.",
                    "Automated switch configuration using Ansible and NetBox, so that provisioning a new branch now "
                    "takes four hours instead of three days.",
                    "Manages five network engineers and organises the third-line rota for on-call cover around "
                    "the clock.",
                ],
            ),
            (
                "Campus network engineer at a university of 30k students spread over 40 buildings.",
                [
                    "Replaced the campus core with two Cisco Nexus 7000 switches running vPC.",
                    "Deployed 2,600 Aruba access points together with 802.1X authentication through ClearPass.",
                    "Migrated BGP peering with the research network to IPv6 dual-stack.",
                ],
            ),
            (
                "Worked first- and second-line in a service provider's network operations centre.",
                [
                    "Handled incidents for about 400 business customers on an MPLS network and wrote runbooks for "
                    "the most frequent BGP and OSPF faults.",
                ],
            ),
        ],
    ),
}
_F += [
    ("network", "overview", "years", "middle", "thirteen years", "eighteen years"),
    ("network", "overview", "tool", "middle", "built on Cisco and Juniper", "built on Cisco, Juniper and Arista"),
    ("network", "overview", "number", "middle", "rollout to 180 branches", "rollout to 280 branches"),
    (
        "network",
        "overview",
        "certification",
        "end",
        "onto an EVPN-VXLAN fabric.",
        "onto an EVPN-VXLAN fabric, and holds the CCIE Enterprise Infrastructure.",
    ),
    (
        "network",
        "experiences[0].description",
        "customer",
        "end",
        "and a head-office campus.",
        "and a head-office campus, alongside managed services for Tesco.",
    ),
    ("network", "experiences[0].bullets[0]", "duration", "middle", "in 18 months", "in 12 months"),
    ("network", "experiences[0].bullets[0]", "number", "end", "at 150 sites.", "at 170 sites."),
    (
        "network",
        "experiences[0].bullets[1]",
        "certified",
        "start",
        "Rebuilt the two",
        "As a JNCIE-certified expert, rebuilt the two",
    ),
    ("network", "experiences[0].bullets[1]", "version", "middle", "Juniper QFX EVPN", "Juniper QFX10000 EVPN"),
    ("network", "experiences[0].bullets[1]", "number", "end", "of 48 leaf switches.", "of 64 leaf switches."),
    (
        "network",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "using Ansible and NetBox,",
        "using Ansible, NetBox and nornir,",
    ),
    (
        "network",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "instead of three days.",
        "instead of three days, with configuration errors down 70%.",
    ),
    ("network", "experiences[0].bullets[3]", "team size", "start", "Manages five", "Manages eight"),
    (
        "network",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Introduced Zscaler SASE for branch internet breakout, replacing the local firewalls.",
    ),
    ("network", "experiences[1].description", "number", "middle", "of 30k students", "of 45k students"),
    ("network", "experiences[1].bullets[0]", "version", "middle", "Cisco Nexus 7000", "Cisco Nexus 9000"),
    (
        "network",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "through ClearPass.",
        "through ClearPass, a project that won the university's innovation prize.",
    ),
    (
        "network",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Automated switch configuration with Ansible and NetBox, cutting provisioning from three days to four hours.",
    ),
    ("network", "experiences[2].description", "date", "start", "Worked first-", "From 2009, worked first-"),
    (
        "network",
        "experiences[2].description",
        "degree",
        "end",
        "network operations centre.",
        "network operations centre while completing an MSc in Telecommunications.",
    ),
    (
        "network",
        "experiences[2].bullets[0]",
        "customer",
        "middle",
        "400 business customers on",
        "400 business customers, Vodafone among them, on",
    ),
]
_A += [
    (
        "network",
        "experiences[0].bullets[0]",
        "Deployed Cisco SD-WAN (Viptela)",
        "Deployed Cisco Catalyst SD-WAN (Viptela)",
        "Cisco renamed its SD-WAN to Catalyst SD-WAN; 'Catalyst' is in the CV, but only for 9300 switches",
    ),
]

# --- ServiceNow ITSM (concise, results-first) ---------------------------------------------------

_SNOW = cv(
    "ServiceNow ITSM Consultant",
    "Aoife Gallagher",
    "ServiceNow consultant with 7 years implementing ITSM for enterprises in logistics, public sector and "
    "manufacturing. Configures incident, problem, change and CMDB processes, and builds Service Portal and Flow "
    "Designer automation that support teams actually use.",
    [
        (
            "2021 – present: Senior ServiceNow Consultant, Brightwater Digital",
            "Implementation lead on ServiceNow ITSM projects for three enterprise customers of a ServiceNow partner.",
            [
                "Led the ITSM go-live for a logistics company with 6,500 users on the Tokyo release.",
                "Rebuilt a CMDB with Discovery and Service Mapping, raising CI completeness from 45% to 88%.",
                "Replaced 120 legacy workflows with Flow Designer flows and subflows.",
                "Introduced change risk scoring that let 70% of standard changes skip the CAB.",
            ],
            ["ServiceNow ITSM", "Discovery", "Service Mapping", "Flow Designer", "IntegrationHub", "JavaScript"],
        ),
        (
            "2018 – 2021: ServiceNow Developer, Kestrel County Council",
            "In-house developer for the council's ServiceNow instance covering IT and facilities requests.",
            [
                "Built a Service Portal catalogue of 85 request items for IT and facilities.",
                "Integrated ServiceNow with Active Directory and the HR system through REST APIs.",
                "Cut average incident resolution time from 3.2 days to 1.9 days by redesigning assignment rules.",
            ],
            ["ServiceNow", "Service Portal", "REST", "Active Directory"],
        ),
        (
            "2016 – 2018: IT Service Desk Analyst, Kestrel County Council",
            "Service desk analyst handling first-line IT support for council staff.",
            [
                "Resolved around 40 tickets a day by phone and email.",
                "Wrote 60 knowledge articles for common issues.",
            ],
            ["BMC Remedy", "Windows 10"],
        ),
    ],
    skills=["ITSM", "ITIL processes", "CMDB design", "Workflow automation"],
    languages=["JavaScript"],
    tools=["ServiceNow", "Flow Designer", "IntegrationHub", "Discovery"],
    certifications=[
        "ServiceNow Certified System Administrator",
        "ServiceNow Certified Implementation Specialist – ITSM",
        "ITIL 4 Foundation",
    ],
    industries=["Logistics", "Public sector", "Manufacturing"],
    spoken_languages=["English", "Irish"],
    academic_background=["BSc Business Information Systems, University College Cork"],
)
CVS["servicenow"] = {
    "source": _SNOW,
    "prompt": "Global pharma company needs a ServiceNow ITSM/ITOM consultant: Vancouver and Washington DC releases, "
    "Event Management, HR Service Delivery, Now Assist. CTA certification a plus.",
    "honest": tailor(
        _SNOW,
        "ServiceNow ITSM consultant, seven years of enterprise implementations in logistics, the public sector and "
        "manufacturing. Configures incident, problem, change and CMDB processes and builds Service Portal and Flow "
        "Designer automation that support teams really adopt.",
        [
            (
                "Led ServiceNow ITSM implementations for three enterprise clients of a ServiceNow partner.",
                [
                    "Took a 6,500-user logistics company live on ITSM with the Tokyo release.",
                    "CI completeness up from 45% to 88% after rebuilding the CMDB with Discovery and Service Mapping.",
                    "Swapped 120 legacy workflows for Flow Designer flows and subflows.",
                    "Change risk scoring now lets 70 percent of standard changes bypass the CAB.",
                ],
            ),
            (
                "Developed the council's in-house ServiceNow instance for IT and facilities requests.",
                [
                    "Built an 85-item Service Portal catalogue for IT and facilities.",
                    "Connected ServiceNow to Active Directory and the HR system via REST APIs.",
                    "Brought mean incident resolution down from 3.2 to 1.9 days by redesigning assignment rules.",
                ],
            ),
            (
                "First-line IT support for council staff on the service desk.",
                [
                    "Closed about 40 tickets daily over phone and email.",
                    "Authored 60 knowledge articles covering common issues.",
                ],
            ),
        ],
    ),
}
_F += [
    (
        "servicenow",
        "overview",
        "certification",
        "start",
        "ServiceNow ITSM consultant,",
        "Certified Technical Architect (CTA) and ServiceNow ITSM consultant,",
    ),
    ("servicenow", "overview", "years", "middle", "seven years", "nine years"),
    ("servicenow", "overview", "customer", "middle", "in logistics, the public", "in logistics (DHL), the public"),
    (
        "servicenow",
        "overview",
        "tool",
        "middle",
        "builds Service Portal and Flow Designer automation",
        "builds Service Portal, Flow Designer and Event Management automation",
    ),
    ("servicenow", "experiences[0].description", "number", "middle", "for three enterprise", "for five enterprise"),
    ("servicenow", "experiences[0].bullets[0]", "number", "start", "Took a 6,500-user", "Took a 16,500-user"),
    ("servicenow", "experiences[0].bullets[0]", "version", "end", "the Tokyo release.", "the Vancouver release."),
    ("servicenow", "experiences[0].bullets[1]", "metric", "start", "from 45% to 88%", "from 45% to 98%"),
    ("servicenow", "experiences[0].bullets[2]", "number", "start", "Swapped 120 legacy", "Swapped 210 legacy"),
    (
        "servicenow",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "bypass the CAB.",
        "bypass the CAB, cutting change lead time by five days.",
    ),
    (
        "servicenow",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Implemented HR Service Delivery for 12,000 employees, including onboarding journeys.",
    ),
    (
        "servicenow",
        "experiences[1].description",
        "date",
        "start",
        "Developed the council's",
        "Since 2016, developed the council's",
    ),
    ("servicenow", "experiences[1].bullets[1]", "tool", "end", "via REST APIs.", "via REST APIs and MuleSoft."),
    ("servicenow", "experiences[1].bullets[2]", "number", "end", "to 1.9 days", "to 1.2 days"),
    (
        "servicenow",
        "experiences[2].description",
        "duration",
        "end",
        "on the service desk.",
        "on the service desk for four years.",
    ),
    (
        "servicenow",
        "experiences[2].bullets[0]",
        "recognition",
        "end",
        "over phone and email.",
        "over phone and email, earning Service Desk Analyst of the Year.",
    ),
    ("servicenow", "experiences[2].bullets[1]", "number", "middle", "Authored 60 knowledge", "Authored 160 knowledge"),
    (
        "servicenow",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Built an 85-item Service Portal catalogue for IT and facilities requests.",
    ),
]
_A += [
    (
        "servicenow",
        "experiences[1].bullets[1]",
        "via REST APIs.",
        "via REST APIs and IntegrationHub.",
        "IntegrationHub is in the sidebar and the later experience, not the council one; the sidebar may back a bullet",
    ),
]

# --- Core banking, Temenos T24 / Transact (job-keyword-heavy) -----------------------------------

_T24 = cv(
    "Core Banking Solution Architect",
    "Samir Haddad",
    "Core banking architect with 15 years on Temenos T24 / Transact, from local developer to solution architect "
    "on migrations for retail and corporate banks in the Middle East and Africa. Strong on data migration, "
    "interfaces and product configuration for lending and deposits.",
    [
        (
            "2018 – present: Solution Architect, Meridian Banking Services",
            "Solution architect on Temenos Transact implementations for mid-size banks, delivered by a Temenos "
            "partner.",
            [
                "Designed the target architecture for a bank moving from T24 R13 to Transact R21 with 2.3 million "
                "customer accounts.",
                "Led data migration design across 14 mock runs, reaching a 99.7% reconciliation rate before go-live.",
                "Defined interfaces between Transact and the card, SWIFT and AML systems through Temenos Integration "
                "Framework.",
                "Worked with 4 business analysts to configure 30 lending and deposit products in the Arrangement "
                "Architecture.",
            ],
            ["Temenos Transact R21", "TAFJ", "Temenos Integration Framework", "Oracle", "IBM MQ", "SWIFT"],
        ),
        (
            "2013 – 2018: Senior T24 Consultant, Gulfline Technology",
            "T24 consultant on implementations and upgrades for banks in the Gulf region.",
            [
                "Implemented T24 lending modules for a corporate bank in Bahrain.",
                "Upgraded a retail bank from T24 R10 to R13 over 9 months.",
                "Trained 25 bank staff as T24 super users.",
            ],
            ["T24 R13", "jBASE", "TAFC", "Oracle"],
        ),
        (
            "2011 – 2013: T24 Developer, Bank of Levant",
            "Developer in the bank's in-house T24 team.",
            [
                "Wrote local developments in jBASE Basic for regulatory reports.",
                "Supported end-of-day batch runs and fixed COB failures.",
            ],
            ["T24 R08", "jBASE Basic"],
        ),
    ],
    skills=["Core banking architecture", "Data migration", "Product configuration", "Integration design"],
    languages=["jBASE Basic", "Java", "SQL"],
    tools=["Temenos Transact", "TAFJ", "Design Studio", "IBM MQ"],
    certifications=["Temenos Certified Transact Professional"],
    industries=["Banking"],
    spoken_languages=["Arabic", "English", "French"],
    academic_background=["BSc Computer Engineering, American University of Beirut"],
)
CVS["t24"] = {
    "source": _T24,
    "prompt": "Tier-1 bank launching a digital bank on Temenos Transact SaaS: Temenos Infinity digital banking, "
    "Kafka event streaming, microservices on Azure. TOGAF certification preferred.",
    "honest": tailor(
        _T24,
        "Core banking solution architect with fifteen years on Temenos T24 and Transact, who grew from local "
        "developer to solution architect on migrations for retail and corporate banks across the Middle East and "
        "Africa. Brings depth in data migration, interfaces and lending and deposit product configuration.",
        [
            (
                "Architect on Temenos Transact implementations at mid-size banks, delivered through a Temenos partner.",
                [
                    "Shaped the target architecture for a T24 R13 to Transact R21 migration covering 2.3M customer "
                    "accounts.",
                    "Owned data migration design over 14 mock runs, hitting 99.7% reconciliation ahead of go-live.",
                    "Specified Transact's interfaces to the card, SWIFT and AML systems using the Temenos Integration "
                    "Framework.",
                    "Configured 30 lending and deposit products in Arrangement Architecture alongside four business "
                    "analysts.",
                ],
            ),
            (
                "Consultant on T24 implementations and upgrades at Gulf banks.",
                [
                    "Delivered T24 lending modules for a Bahraini corporate bank.",
                    "Took a retail bank from T24 R10 to R13 in nine months.",
                    "Trained twenty-five bank staff to be T24 super users.",
                ],
            ),
            (
                "Member of the bank's in-house T24 development team.",
                [
                    "Built jBASE Basic local developments for regulatory reporting.",
                    "Supported end-of-day batches and resolved COB failures.",
                ],
            ),
        ],
    ),
}
_F += [
    (
        "t24",
        "overview",
        "certified",
        "start",
        "Core banking solution architect",
        "TOGAF-certified core banking solution architect",
    ),
    ("t24", "overview", "years", "middle", "fifteen years", "twenty years"),
    (
        "t24",
        "overview",
        "customer",
        "middle",
        "retail and corporate banks across",
        "retail and corporate banks such as Emirates NBD across",
    ),
    (
        "t24",
        "overview",
        "tool",
        "end",
        "lending and deposit product configuration.",
        "lending and deposit product configuration, plus Temenos Infinity digital banking.",
    ),
    (
        "t24",
        "experiences[0].description",
        "team size",
        "start",
        "Architect on Temenos",
        "Architect leading 20 consultants on Temenos",
    ),
    ("t24", "experiences[0].bullets[0]", "version", "middle", "Transact R21 migration", "Transact R23 migration"),
    ("t24", "experiences[0].bullets[0]", "number", "end", "2.3M customer accounts", "3.2M customer accounts"),
    ("t24", "experiences[0].bullets[1]", "number", "middle", "over 14 mock runs", "over 25 mock runs"),
    ("t24", "experiences[0].bullets[1]", "metric", "middle", "99.7% reconciliation", "99.97% reconciliation"),
    (
        "t24",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "Temenos Integration Framework.",
        "Temenos Integration Framework and Kafka.",
    ),
    (
        "t24",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Designed an Azure-hosted microservices layer exposing Transact APIs to the mobile app.",
    ),
    ("t24", "experiences[1].description", "date", "start", "Consultant on T24", "From 2011, consultant on T24"),
    (
        "t24",
        "experiences[1].bullets[0]",
        "customer",
        "end",
        "for a Bahraini corporate bank.",
        "for Ahli United Bank in Bahrain.",
    ),
    ("t24", "experiences[1].bullets[1]", "duration", "end", "in nine months.", "in six months."),
    ("t24", "experiences[1].bullets[2]", "number", "start", "Trained twenty-five", "Trained thirty-five"),
    (
        "t24",
        "experiences[2].description",
        "degree",
        "end",
        "in-house T24 development team.",
        "in-house T24 development team after an MSc in Software Engineering.",
    ),
    (
        "t24",
        "experiences[2].bullets[1]",
        "recognition",
        "end",
        "resolved COB failures.",
        "resolved COB failures, receiving the bank's Employee of the Year award.",
    ),
    (
        "t24",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Trained 25 bank staff as T24 super users.",
    ),
]

# --- Agile coaching and PMO (narrative, third person) -------------------------------------------

_AGILE = cv(
    "Agile Coach and PMO Lead",
    "Helena Kowalczyk",
    "Agile coach and PMO lead with 12 years helping telecom and public-sector organisations move from stage-gate "
    "delivery to scaled agile. Has set up two PMOs, coached 14 teams and run PI planning for release trains of up "
    "to 120 people.",
    [
        (
            "2020 – present: Enterprise Agile Coach, Polaris Telecom",
            "Enterprise coach for the digital division of a national telecom operator, reporting to the CIO.",
            [
                "Launched two SAFe Agile Release Trains with 11 teams and facilitated 12 PI plannings.",
                "Replaced the quarterly steering pack with a flow metrics dashboard in Jira Align.",
                "Coached 8 Scrum Masters and 6 Product Owners through a one-year development path.",
                "Cut average feature lead time from 140 to 85 days.",
            ],
            ["Jira Align", "Jira", "Confluence", "Miro"],
        ),
        (
            "2016 – 2020: PMO Lead, Ministry of Digital Services",
            "Set up and ran the portfolio office for a ministry's digital transformation programme of 25 projects.",
            [
                "Built the portfolio governance process and the monthly portfolio board.",
                "Introduced a benefits register tracking €40M of planned savings.",
                "Moved 9 projects from waterfall to Scrum with a coaching team of 3.",
            ],
            ["MS Project", "Power BI", "SharePoint"],
        ),
        (
            "2014 – 2016: Project Manager, Orbis Networks",
            "Project manager for network rollout projects at a telecom equipment vendor.",
            [
                "Managed rollout projects worth up to €6M for mobile operators.",
                "Ran the first Scrum pilot in the delivery unit.",
            ],
            ["MS Project", "Excel"],
        ),
    ],
    skills=["Agile coaching", "SAFe", "Portfolio management", "PMO setup", "Facilitation", "Flow metrics"],
    tools=["Jira Align", "Jira", "Miro", "MS Project"],
    certifications=["SAFe Program Consultant (SPC)", "PMP", "Professional Scrum Master I"],
    industries=["Telecommunications", "Public sector"],
    spoken_languages=["Polish", "English", "German"],
    academic_background=["MA Management, Warsaw School of Economics"],
)
CVS["agile"] = {
    "source": _AGILE,
    "prompt": "Energy utility seeks an agile transformation lead: SAFe 6.0, Lean Portfolio Management, OKRs, Azure "
    "DevOps. ICAgile Enterprise Coaching certification preferred.",
    "honest": tailor(
        _AGILE,
        "An agile coach and PMO lead who has spent twelve years guiding telecom and public-sector organisations "
        "from stage-gate delivery to scaled agile. She has stood up two PMOs, coached fourteen teams and "
        "facilitated PI planning for release trains of as many as 120 people.",
        [
            (
                "Reporting to the CIO, she coaches the digital division of a national telecom operator at enterprise "
                "level.",
                [
                    "Launched two SAFe release trains of 11 teams in total and facilitated twelve PI planning events.",
                    "Swapped the quarterly steering pack for a Jira Align flow metrics dashboard.",
                    "Guided 8 Scrum Masters and 6 Product Owners through a development path lasting a year.",
                    "Reduced average feature lead time from 140 days to 85.",
                ],
            ),
            (
                "Established and ran the portfolio office of a ministry's 25-project digital transformation programme.",
                [
                    "Created the portfolio governance process along with a monthly portfolio board.",
                    "Set up a benefits register covering 40 million euros of planned savings.",
                    "With a three-person coaching team, moved nine projects from waterfall to Scrum.",
                ],
            ),
            (
                "Managed network rollout projects at a telecom equipment vendor.",
                [
                    "Ran mobile-operator rollouts worth as much as EUR 6M and led the delivery unit's first Scrum "
                    "pilot.",
                ],
            ),
        ],
    ),
}
_F += [
    ("agile", "overview", "years", "middle", "twelve years", "fifteen years"),
    (
        "agile",
        "overview",
        "certification",
        "start",
        "She has stood up",
        "An ICAgile Certified Enterprise Coach, she has stood up",
    ),
    ("agile", "overview", "number", "middle", "coached fourteen teams", "coached twenty-four teams"),
    ("agile", "overview", "team size", "end", "as many as 120 people.", "as many as 150 people."),
    (
        "agile",
        "experiences[0].description",
        "customer",
        "end",
        "national telecom operator at enterprise level.",
        "national telecom operator, Orange Polska, at enterprise level.",
    ),
    (
        "agile",
        "experiences[0].bullets[0]",
        "version",
        "middle",
        "two SAFe release trains",
        "two SAFe 6.0 release trains",
    ),
    (
        "agile",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "twelve PI planning events.",
        "sixteen PI planning events.",
    ),
    (
        "agile",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "Jira Align flow metrics dashboard.",
        "Jira Align and Azure DevOps flow metrics dashboard.",
    ),
    ("agile", "experiences[0].bullets[2]", "duration", "end", "lasting a year.", "lasting eighteen months."),
    (
        "agile",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "from 140 days to 85.",
        "from 140 days to 85, raising release predictability to 90%.",
    ),
    (
        "agile",
        "experiences[1].description",
        "degree",
        "start",
        "Established and ran",
        "Fresh from an MBA, established and ran",
    ),
    ("agile", "experiences[1].description", "number", "middle", "25-project", "35-project"),
    ("agile", "experiences[1].bullets[1]", "number", "middle", "40 million euros", "60 million euros"),
    (
        "agile",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "from waterfall to Scrum.",
        "from waterfall to Scrum, winning the ministry's Digital Excellence award.",
    ),
    (
        "agile",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Introduced OKRs across the portfolio, linking every project to one of five ministry objectives.",
    ),
    (
        "agile",
        "experiences[2].description",
        "date",
        "end",
        "at a telecom equipment vendor.",
        "at a telecom equipment vendor between 2012 and 2016.",
    ),
    (
        "agile",
        "experiences[2].bullets[0]",
        "certified",
        "start",
        "Ran mobile-operator rollouts",
        "As a PRINCE2-certified manager, ran mobile-operator rollouts",
    ),
    (
        "agile",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Built the portfolio governance process and a monthly portfolio board.",
    ),
]
_A += [
    (
        "agile",
        "experiences[0].bullets[3]",
        "Reduced average feature lead time from 140 days to 85.",
        "Reduced average feature lead time by almost 40%.",
        "a percentage computed from the CV's figures (140 to 85 days is 39%); true, but the CV never states it",
    ),
]

# --- Rail signalling, ETCS and CBTC (technical, terse) ------------------------------------------

_RAIL = cv(
    "Signalling Systems Engineer",
    "Luca Ferraresi",
    "Railway signalling engineer with 11 years on ETCS Level 2 mainline and CBTC metro projects, covering system "
    "design, interlocking data and testing. Experienced in CENELEC EN 50126/50128/50129 safety processes up to "
    "SIL 4 and in working alongside infrastructure managers and independent safety assessors.",
    [
        (
            "2019 – present: Lead Signalling Engineer, Ardena Rail Systems",
            "Lead engineer for ETCS Level 2 trackside on a 140 km mainline upgrade.",
            [
                "Led the trackside design team of 7 engineers, covering RBC engineering, balise layouts and route "
                "data.",
                "Produced the ETCS system requirements and hazard log and closed 320 hazards with the safety assessor.",
                "Ran 6 weeks of dynamic testing with a test train before the 2023 commercial entry into service.",
                "Cut data preparation errors by half by introducing automated checks of the route data.",
            ],
            ["ETCS Baseline 3", "RBC", "Eurobalise", "DOORS", "Python"],
        ),
        (
            "2015 – 2019: CBTC Systems Engineer, Metrolink Signalling",
            "Systems engineer on a CBTC resignalling of a 22-station metro line.",
            [
                "Wrote the interface specifications between CBTC and the platform screen doors.",
                "Ran factory integration tests for the zone controllers on a hardware-in-the-loop rig.",
                "Supported the night-time migration from fixed block to CBTC over 40 possessions.",
                "Handled SIL 2 software verification for the maintenance diagnostics tool.",
            ],
            ["CBTC", "Zone controller", "DOORS", "Polarion"],
        ),
        (
            "2013 – 2015: Graduate Signalling Engineer, Ferrovie Tecnica",
            "Graduate engineer on relay and computer-based interlocking projects.",
            [
                "Prepared interlocking control tables for three stations.",
                "Assisted site testing of computer-based interlockings.",
            ],
            ["Relay interlocking", "Computer-based interlocking", "AutoCAD"],
        ),
    ],
    skills=["ETCS", "CBTC", "Interlocking", "RAMS", "System integration", "V&V"],
    languages=["Python"],
    tools=["IBM DOORS", "Polarion", "AutoCAD"],
    certifications=["IRSE Licence – Signalling Design"],
    industries=["Rail", "Metro"],
    spoken_languages=["Italian", "English", "Spanish"],
    academic_background=["MSc Electrical Engineering, Politecnico di Milano"],
)
CVS["rail"] = {
    "source": _RAIL,
    "prompt": "Infrastructure manager seeks an ETCS system lead: ETCS Level 2 and Level 3 hybrid, ATO over ETCS, "
    "FRMCS, Siemens Trainguard. IRSE membership and EN 50128 experience expected.",
    "honest": tailor(
        _RAIL,
        "Signalling engineer, eleven years across ETCS Level 2 mainline and CBTC metro schemes: system design, "
        "interlocking data, testing. Works to the CENELEC EN 50126, 50128 and 50129 safety processes up to SIL 4, "
        "alongside infrastructure managers and independent safety assessors.",
        [
            (
                "Leads ETCS Level 2 trackside on the upgrade of a 140-kilometre main line.",
                [
                    "Heads a seven-strong trackside design team covering RBC engineering, balise layouts and route "
                    "data.",
                    "Authored the ETCS system requirements and hazard log; closed 320 hazards together with the "
                    "safety assessor.",
                    "Six weeks of dynamic testing with a test train ahead of commercial entry into service in 2023.",
                    "Halved data preparation errors with automated route-data checks.",
                ],
            ),
            (
                "CBTC resignalling of a metro line with 22 stations, as systems engineer.",
                [
                    "Specified the interfaces between CBTC and the platform screen doors.",
                    "Factory integration testing of the zone controllers on a hardware-in-the-loop rig.",
                    "Supported the overnight cut-over from fixed block to CBTC across 40 possessions.",
                    "Verified the SIL 2 software of the maintenance diagnostics tool.",
                ],
            ),
            (
                "Graduate role on relay and computer-based interlocking projects.",
                [
                    "Drew up interlocking control tables for three stations and assisted site testing of "
                    "computer-based interlockings.",
                ],
            ),
        ],
    ),
}
_F += [
    ("rail", "overview", "years", "middle", "eleven years", "fourteen years"),
    ("rail", "overview", "version", "middle", "across ETCS Level 2 mainline", "across ETCS Level 3 mainline"),
    (
        "rail",
        "overview",
        "customer",
        "middle",
        "alongside infrastructure managers and",
        "alongside infrastructure managers such as RFI and Network Rail and",
    ),
    (
        "rail",
        "overview",
        "certification",
        "end",
        "independent safety assessors.",
        "independent safety assessors, as a Chartered Engineer (CEng).",
    ),
    ("rail", "experiences[0].description", "number", "middle", "140-kilometre", "180-kilometre"),
    ("rail", "experiences[0].bullets[0]", "team size", "start", "Heads a seven-strong", "Heads a twelve-strong"),
    ("rail", "experiences[0].bullets[1]", "number", "end", "closed 320 hazards", "closed 420 hazards"),
    ("rail", "experiences[0].bullets[2]", "duration", "start", "Six weeks of dynamic", "Ten weeks of dynamic"),
    ("rail", "experiences[0].bullets[2]", "date", "end", "into service in 2023.", "into service in 2022."),
    (
        "rail",
        "experiences[0].bullets[3]",
        "metric",
        "start",
        "Halved data preparation errors",
        "Cut data preparation errors by 80%",
    ),
    ("rail", "experiences[0].bullets[3]", "tool", "end", "route-data checks.", "route-data checks in MATLAB."),
    (
        "rail",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Integrated ATO over ETCS (GoA2) on the pilot section with the rolling stock supplier.",
    ),
    (
        "rail",
        "experiences[1].description",
        "customer",
        "end",
        "as systems engineer.",
        "as systems engineer for Alstom.",
    ),
    (
        "rail",
        "experiences[1].bullets[0]",
        "recognition",
        "end",
        "the platform screen doors.",
        "the platform screen doors, work cited in an IRSE Innovation Award.",
    ),
    (
        "rail",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "on a hardware-in-the-loop rig",
        "on a dSPACE hardware-in-the-loop rig",
    ),
    ("rail", "experiences[1].bullets[3]", "version", "middle", "the SIL 2 software", "the SIL 4 software"),
    (
        "rail",
        "experiences[2].description",
        "degree",
        "middle",
        "Graduate role on relay",
        "Graduate role, after a PhD in railway automation, on relay",
    ),
    (
        "rail",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Supported the overnight migration from fixed block to CBTC over 40 possessions.",
    ),
]
_A += [
    (
        "rail",
        "experiences[0].bullets[0]",
        "Heads a seven-strong trackside design team",
        "Heads a seven-strong trackside design team as engineering manager",
        "leading a design team is stated, a manager title is not; a title may read as promotion",
    ),
]

# --- UX research and design (plain, results-first) ----------------------------------------------

_UX = cv(
    "Senior UX Researcher and Designer",
    "Maya Okonkwo-Berg",
    "UX researcher and designer with 9 years in B2B software and public services, from discovery interviews and "
    "usability testing to Figma prototypes and design systems. Brings research into roadmap decisions and has set "
    "up two research operations practices.",
    [
        (
            "2021 – present: Lead UX Researcher, Tessera Software (HR and payroll SaaS)",
            "Leads research for a payroll product used by 4,000 companies, working with four product squads.",
            [
                "Ran 60 discovery interviews with payroll administrators and turned them into a jobs-to-be-done map "
                "used for roadmap planning.",
                "Set up a research repository in Dovetail and a participant panel of 900 customers.",
                "Redesigned the pay-run flow, cutting support tickets about pay runs by 35%.",
                "Mentors two junior researchers.",
            ],
            ["Dovetail", "Figma", "Maze", "Lookback"],
        ),
        (
            "2017 – 2021: UX Designer, City of Aarvik Digital Services",
            "Designer in a municipal digital team building online services for residents.",
            [
                "Designed the online parking permit service, which moved 70% of applications off paper.",
                "Ran usability tests with 48 residents, including screen-reader users, and fixed 30 accessibility "
                "issues to meet WCAG 2.1 AA.",
                "Contributed components to the city's design system in Figma.",
            ],
            ["Figma", "Sketch", "Optimal Workshop"],
        ),
        (
            "2015 – 2017: Junior Interaction Designer, Fjordlight Studio",
            "Interaction designer at a small agency working on websites and apps.",
            [
                "Produced wireframes and clickable prototypes for 10 client projects.",
                "Ran guerrilla usability tests in cafés for a travel app.",
            ],
            ["Sketch", "InVision", "Axure"],
        ),
    ],
    skills=[
        "User research",
        "Usability testing",
        "Interaction design",
        "Service design",
        "Accessibility",
        "ResearchOps",
    ],
    tools=["Figma", "Dovetail", "Maze", "Sketch", "Miro"],
    certifications=["NN/g UX Certification"],
    industries=["SaaS", "Public sector"],
    spoken_languages=["English", "Norwegian", "Igbo"],
    academic_background=["MA Interaction Design, Umeå Institute of Design", "BA Psychology, University of Oslo"],
)
CVS["ux"] = {
    "source": _UX,
    "prompt": "Fintech app seeks a senior product designer and researcher: Figma, design systems, quantitative "
    "research with Amplitude and Hotjar, accessibility to WCAG 2.2, experience with banking customers.",
    "honest": tailor(
        _UX,
        "Nine years of UX research and design across B2B software and public services, spanning discovery "
        "interviews, usability testing, Figma prototyping and design systems. Feeds research into roadmap "
        "decisions and has built two ResearchOps practices.",
        [
            (
                "Heads research on a payroll product serving 4,000 companies, alongside four product squads.",
                [
                    "60 discovery interviews with payroll administrators, distilled into a jobs-to-be-done map that "
                    "drives roadmap planning.",
                    "Set up a Dovetail research repository and a panel of 900 customer participants.",
                    "Pay-run support tickets down 35% after a redesign of the pay-run flow.",
                    "Mentors a pair of junior researchers.",
                ],
            ),
            (
                "Part of a municipal digital team designing online services for residents.",
                [
                    "Online parking permit service: 70 percent of applications now digital rather than on paper.",
                    "Usability-tested with 48 residents, screen-reader users among them, and resolved 30 "
                    "accessibility issues to reach WCAG 2.1 AA.",
                    "Added components to the city's Figma design system.",
                ],
            ),
            (
                "Small-agency interaction designer on websites and apps.",
                [
                    "Wireframes and clickable prototypes for ten client projects.",
                    "Guerrilla usability testing in cafés for a travel app.",
                ],
            ),
        ],
    ),
}
_F += [
    ("ux", "overview", "years", "start", "Nine years", "Twelve years"),
    (
        "ux",
        "overview",
        "customer",
        "middle",
        "B2B software and public services,",
        "B2B software, public services and banking clients such as DNB,",
    ),
    (
        "ux",
        "overview",
        "tool",
        "middle",
        "Figma prototyping and design",
        "Figma prototyping, Hotjar analytics and design",
    ),
    ("ux", "overview", "number", "end", "two ResearchOps practices.", "three ResearchOps practices."),
    ("ux", "experiences[0].description", "number", "middle", "4,000 companies", "40,000 companies"),
    ("ux", "experiences[0].description", "team size", "end", "four product squads.", "six product squads."),
    ("ux", "experiences[0].bullets[0]", "number", "start", "60 discovery interviews", "80 discovery interviews"),
    ("ux", "experiences[0].bullets[1]", "number", "middle", "a panel of 900 customer", "a panel of 1,900 customer"),
    ("ux", "experiences[0].bullets[2]", "metric", "middle", "tickets down 35%", "tickets down 53%"),
    (
        "ux",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "of the pay-run flow.",
        "of the pay-run flow, lifting NPS by 12 points.",
    ),
    (
        "ux",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "a pair of junior researchers.",
        "a team of five junior researchers.",
    ),
    (
        "ux",
        "experiences[1].description",
        "certified",
        "start",
        "Part of a municipal",
        "An IAAP-certified accessibility specialist in a municipal",
    ),
    (
        "ux",
        "experiences[1].bullets[0]",
        "recognition",
        "end",
        "rather than on paper.",
        "rather than on paper; the service won a national GovTech award.",
    ),
    ("ux", "experiences[1].bullets[1]", "version", "end", "WCAG 2.1 AA.", "WCAG 2.2 AA."),
    (
        "ux",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Introduced quantitative tracking in Amplitude to measure service completion rates.",
    ),
    (
        "ux",
        "experiences[2].description",
        "degree",
        "end",
        "on websites and apps.",
        "on websites and apps, straight out of a PhD in HCI.",
    ),
    ("ux", "experiences[2].bullets[1]", "date", "end", "for a travel app.", "for a travel app in 2014."),
    (
        "ux",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Ran usability tests with 48 residents, including screen-reader users.",
    ),
]
_A += [
    (
        "ux",
        "experiences[1].bullets[1]",
        "Usability-tested with 48 residents",
        "Usability-tested with about 50 residents",
        "a rounded form of a stated figure: no new fact, but a number the CV does not write",
    ),
]

# --- Power BI and Microsoft Fabric (job-keyword-heavy, compact) ---------------------------------

_PBI = cv(
    "Power BI and Fabric Analytics Consultant",
    "Rafael Mendes",
    "BI consultant with 10 years on the Microsoft data stack, building Power BI models and reports for finance and "
    "operations teams, and since 2023 lakehouses on Microsoft Fabric. Known for DAX performance tuning and for "
    "taking self-service BI from chaos to a governed estate.",
    [
        (
            "2022 – present: Senior BI Consultant, Lumen Analytics Partners",
            "Consultant at a Microsoft partner delivering Power BI and Fabric projects for mid-market companies.",
            [
                "Built a Fabric lakehouse with Dataflows Gen2 and notebooks for a wholesaler, replacing an "
                "on-premises SQL Server data warehouse.",
                "Tuned DAX measures and the model of a sales report, cutting page load time from 25 seconds to 4.",
                "Set up deployment pipelines and workspace governance for a client with 350 report authors.",
                "Ran Power BI training for 120 business users.",
            ],
            ["Microsoft Fabric", "Power BI", "DAX", "Dataflows Gen2", "PySpark", "Azure DevOps"],
        ),
        (
            "2018 – 2022: BI Developer, Castro & Filhos Logistics",
            "In-house BI developer for a logistics group with operations in Portugal and Spain.",
            [
                "Moved 40 SSRS reports to Power BI and retired the report server.",
                "Built the fleet utilisation model in Power BI on top of an SQL Server warehouse fed by SSIS.",
                "Introduced row-level security for 15 depots.",
            ],
            ["Power BI", "SQL Server 2016", "SSIS", "SSRS"],
        ),
        (
            "2016 – 2018: Financial Analyst, Iberia Foods",
            "Financial analyst preparing management reporting for a food manufacturer.",
            [
                "Built the monthly management accounts pack in Excel and Power Pivot.",
                "Automated budget consolidation for 8 plants with Power Query, making the monthly close 3x faster.",
            ],
            ["Excel", "Power Pivot", "Power Query"],
        ),
    ],
    skills=["Data modelling", "DAX", "Power Query", "Lakehouse design", "BI governance"],
    languages=["DAX", "SQL", "Python", "M"],
    tools=["Power BI", "Microsoft Fabric", "Tabular Editor", "DAX Studio", "Azure DevOps"],
    certifications=[
        "Microsoft Certified: Power BI Data Analyst Associate",
        "Microsoft Certified: Fabric Analytics Engineer Associate",
    ],
    industries=["Logistics", "Wholesale", "Manufacturing"],
    spoken_languages=["Portuguese", "Spanish", "English"],
    academic_background=["BSc Management, Universidade do Porto"],
)
CVS["powerbi"] = {
    "source": _PBI,
    "prompt": "Manufacturer seeks a Fabric analytics lead: Microsoft Fabric (lakehouse, warehouse, Real-Time "
    "Intelligence), Power BI Premium, Purview governance, some Databricks. DP-600 certification.",
    "honest": tailor(
        _PBI,
        "Microsoft data stack BI consultant with ten years of Power BI models and reports for finance and "
        "operations, and Microsoft Fabric lakehouses since 2023. Recognised for DAX performance tuning and for "
        "turning chaotic self-service BI into a governed estate.",
        [
            (
                "Delivers Power BI and Fabric projects for mid-market clients at a Microsoft partner.",
                [
                    "Replaced a wholesaler's on-premises SQL Server data warehouse with a Fabric lakehouse built on "
                    "Dataflows Gen2 and notebooks.",
                    "Brought a sales report's page load time down from 25 s to 4 s by tuning its DAX measures and "
                    "model.",
                    "Established deployment pipelines and workspace governance for a client with 350 report authors.",
                    "Trained 120 business users in Power BI.",
                ],
            ),
            (
                "In-house BI developer at a logistics group operating in Portugal and Spain.",
                [
                    "Migrated forty SSRS reports to Power BI, then retired the report server.",
                    "Created the Power BI fleet utilisation model over a SQL Server warehouse loaded by SSIS.",
                    "Added row-level security covering 15 depots.",
                ],
            ),
            (
                "Produced management reporting as a financial analyst at a food manufacturer.",
                [
                    "Monthly management accounts pack in Excel and Power Pivot; budget consolidation for eight "
                    "plants automated with Power Query, which made the monthly close three times faster.",
                ],
            ),
        ],
    ),
}
_F += [
    ("powerbi", "overview", "years", "middle", "with ten years", "with twelve years"),
    ("powerbi", "overview", "date", "end", "lakehouses since 2023.", "lakehouses since 2021."),
    ("powerbi", "overview", "recognition", "start", "Recognised for DAX", "A Microsoft MVP recognised for DAX"),
    (
        "powerbi",
        "experiences[0].description",
        "tool",
        "middle",
        "Delivers Power BI and Fabric projects",
        "Delivers Power BI, Fabric and Databricks projects",
    ),
    (
        "powerbi",
        "experiences[0].description",
        "customer",
        "end",
        "at a Microsoft partner.",
        "at a Microsoft partner, for clients including Sonae.",
    ),
    (
        "powerbi",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "Dataflows Gen2 and notebooks.",
        "Dataflows Gen2, notebooks and Purview.",
    ),
    ("powerbi", "experiences[0].bullets[1]", "number", "middle", "to 4 s by", "to 2 s by"),
    ("powerbi", "experiences[0].bullets[2]", "number", "end", "350 report authors.", "530 report authors."),
    (
        "powerbi",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "with 350 report authors.",
        "with 350 report authors, cutting duplicate datasets by 60%.",
    ),
    ("powerbi", "experiences[0].bullets[3]", "number", "start", "Trained 120 business", "Trained 1,200 business"),
    (
        "powerbi",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Built a Real-Time Intelligence eventstream for shop-floor sensor data.",
    ),
    (
        "powerbi",
        "experiences[1].description",
        "certified",
        "start",
        "In-house BI developer",
        "Certified Azure Data Engineer and in-house BI developer",
    ),
    ("powerbi", "experiences[1].bullets[0]", "number", "middle", "Migrated forty SSRS", "Migrated sixty SSRS"),
    (
        "powerbi",
        "experiences[1].bullets[1]",
        "version",
        "middle",
        "over a SQL Server warehouse",
        "over a SQL Server 2019 warehouse",
    ),
    ("powerbi", "experiences[1].bullets[2]", "number", "end", "covering 15 depots.", "covering 25 depots."),
    (
        "powerbi",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Trained 120 business users in Power BI.",
    ),
    (
        "powerbi",
        "experiences[2].description",
        "duration",
        "end",
        "at a food manufacturer.",
        "at a food manufacturer for five years.",
    ),
    (
        "powerbi",
        "experiences[2].description",
        "degree",
        "middle",
        "as a financial analyst",
        "as an MBA-qualified financial analyst",
    ),
]
_A += [
    (
        "powerbi",
        "overview",
        "Microsoft Fabric lakehouses since 2023.",
        "Microsoft Fabric lakehouses since 2023 (DP-600).",
        "DP-600 is the exam code of the Fabric Analytics Engineer Associate certification the CV lists; backed only "
        "through outside knowledge",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _F)
AMBIGUOUS = build(CVS, _A, with_reason=True)

# Measured blind on the guard of 0db9792 (scripts/bench_claims_blind.py --set e): 212 caught, 4 touched.
# The floor is the guard's figure after the fixes from sets C and D.
GUARD_FLOOR = {"caught": 218, "touched": 0}
