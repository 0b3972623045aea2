"""Blind set M for the free-text claims guard (issue 20): twelve hand-written CVs from clinical trials
data management (Medidata Rave, Veeva Vault), laboratory informatics (LIMS, ELN), medical-device
regulatory affairs (EU MDR, FDA 510(k)), genomics pipelines, hospital ERP and supply chain, radiology
PACS/RIS, university student information systems (Ellucian Banner), sports performance analytics,
broadcast playout and media asset management, legal practice management, real-estate property
management (Yardi) and precision agriculture, each with a job posting, one honest tailoring and single
injected claims; written blind, without reading the guard, its tests, its documentation or the other
sets."""

from claims_blind_set import build, cv, honest_texts, tailor


def _case(source, prompt, overview, experiences):
    return {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


CVS = {}

CVS["clinical"] = _case(
    cv(
        "Senior Clinical Data Manager",
        "Ingrid Solheim",
        "Clinical data manager with 13 years in phase I–IV trials for sponsors and CROs. Builds EDC studies in "
        "Medidata Rave EDC and manages trial master files in Veeva Vault eTMF. Led database locks for 23 studies, "
        "including two pivotal oncology trials, and trains study teams on CDISC standards.",
        [
            (
                "Lead Clinical Data Manager, Norvista CRO — 04/2019 – present",
                "Data management lead for oncology and rare-disease studies run by Norvista for mid-size biotech "
                "sponsors.",
                [
                    "Built and validated eCRFs and edit checks in Medidata Rave EDC for 9 studies, with a median "
                    "build time of 7 weeks.",
                    "Led database lock for a 1,400-patient phase III oncology trial three weeks ahead of plan.",
                    "Mapped study data to CDISC SDTM and reviewed define.xml packages before submission to the FDA.",
                    "Coached a team of 6 data managers in Lyon and Oslo on query management and reconciliation.",
                ],
                ["Medidata Rave EDC", "Rave RTSM", "SAS 9.4", "CDISC SDTM", "JReview"],
            ),
            (
                "Clinical Data Manager, Heliant Pharma — 09/2015 – 03/2019",
                "In-house data management for Heliant's cardiovascular portfolio, working with external CROs.",
                [
                    "Moved the trial master file for 14 studies from paper binders to Veeva Vault eTMF.",
                    "Reconciled serious adverse events between the safety database and the EDC each month, cutting "
                    "open discrepancies by 60%.",
                    "Wrote the data management plans and CRF completion guidelines for 5 phase II studies.",
                ],
                ["Veeva Vault eTMF", "Oracle InForm", "Argus Safety", "SAS 9.4"],
            ),
            (
                "Clinical Data Coordinator, Oslo University Hospital — 01/2013 – 08/2015",
                "Data coordination for investigator-initiated trials at the hospital's clinical research unit.",
                [
                    "Entered and cleaned data for 4 investigator-initiated trials in OpenClinica.",
                    "Prepared monitoring visit reports and query listings for study monitors.",
                ],
                ["OpenClinica", "Excel", "SPSS"],
            ),
        ],
        skills=[
            "Clinical data management",
            "EDC study build",
            "SAE reconciliation",
            "Database lock",
            "CDISC SDTM/CDASH",
        ],
        tools=["Medidata Rave EDC", "Veeva Vault eTMF", "Oracle InForm", "OpenClinica", "JReview"],
        languages=["SAS", "SQL"],
        certifications=["SCDM Certified Clinical Data Manager (CCDM)"],
        industries=["Pharmaceuticals", "Contract research"],
        spoken_languages=["Norwegian", "English", "French"],
        academic_background=["MSc Pharmacy, University of Oslo"],
    ),
    "Senior Clinical Data Manager for an oncology sponsor. You will own EDC builds in Medidata Rave, lead database "
    "locks, oversee CRO data management, ensure CDISC compliance and keep an inspection-ready eTMF in Veeva Vault. "
    "Experience with SAE reconciliation and mentoring data managers is a plus.",
    "Senior clinical data manager with thirteen years across phase I–IV trials for sponsors and CROs. Owns EDC "
    "builds in Rave and maintains trial master files in Veeva Vault eTMF. Has led database locks for 23 studies, two "
    "of them pivotal oncology trials, and trains study teams on CDISC standards.",
    [
        (
            "Leads data management for Norvista's oncology and rare-disease studies on behalf of mid-size biotech "
            "sponsors.",
            [
                "Led the lock of a 1,400-patient phase III oncology database three weeks early.",
                "Owned EDC builds in Rave for nine studies, designing and validating eCRFs and edit checks with a "
                "median build of seven weeks.",
                "Ensured CDISC compliance by mapping study data to SDTM and reviewing define.xml packages ahead of "
                "FDA submission.",
                "Mentored six data managers across Lyon and Oslo in query management and reconciliation.",
            ],
        ),
        (
            "Managed data in-house for Heliant's cardiovascular portfolio, working alongside external CROs.",
            [
                "Migrated 14 studies' trial master files from paper binders into Veeva Vault eTMF.",
                "Ran monthly SAE reconciliation between the safety database and the EDC, reducing open discrepancies "
                "by 60 per cent.",
                "Authored data management plans and CRF completion guidelines for five phase II studies.",
            ],
        ),
        (
            "Coordinated data for the clinical research unit's investigator-initiated trials.",
            [
                "Captured and cleaned data for four investigator-initiated studies in OpenClinica.",
                "Produced monitoring visit reports and query listings for the study monitors.",
            ],
        ),
    ],
)

CVS["lims"] = _case(
    cv(
        "LIMS Implementation Consultant",
        "Tobias Wernicke",
        "Laboratory informatics consultant with nine years implementing LIMS and ELN platforms for QC and R&D labs. "
        "Configured LabWare LIMS and STARLIMS for GMP testing labs and rolled out IDBS E-WorkBook to 400 scientists. "
        "Writes validation packages under GAMP 5 and 21 CFR Part 11.",
        [
            (
                "Senior LIMS Consultant, Kestrel Lab Systems — 02/2020 – present",
                "Implementation projects for pharmaceutical QC laboratories, mostly LabWare LIMS 7 rollouts for "
                "manufacturers in Germany and Switzerland.",
                [
                    "Configured sample login, stability studies and specifications in LabWare LIMS 7 for 3 QC sites.",
                    "Interfaced 120 instruments, including Empower chromatography data systems, through LabWare's "
                    "instrument interface.",
                    "Wrote IQ/OQ/PQ protocols and traceability matrices following GAMP 5.",
                    "Cut the time from sample receipt to certificate of analysis from 9 days to 5.",
                ],
                ["LabWare LIMS 7", "LIMS Basic", "Empower 3", "Oracle Database 19c", "Crystal Reports"],
            ),
            (
                "Laboratory Informatics Specialist, Brenner Biologics — 06/2016 – 01/2020",
                "Owner of the ELN and LIMS landscape for Brenner's biologics research and QC groups.",
                [
                    "Rolled out IDBS E-WorkBook to 400 scientists across 4 research sites over 14 months.",
                    "Built STARLIMS workflows for environmental monitoring and water testing.",
                    "Ran the periodic review of 21 CFR Part 11 controls for both systems.",
                ],
                ["IDBS E-WorkBook", "STARLIMS 11", "SQL Server", "JavaScript"],
            ),
            (
                "QC Chemist, Rheintal Analytik GmbH — 09/2014 – 05/2016",
                "Contract QC laboratory testing for generic drug manufacturers.",
                [
                    "Ran HPLC and dissolution testing under GMP.",
                    "Acted as key user during the lab's first LIMS rollout.",
                ],
                ["HPLC", "Empower 2", "SampleManager LIMS"],
            ),
        ],
        skills=["LIMS implementation", "ELN rollout", "Computer system validation", "Instrument integration"],
        tools=["LabWare LIMS", "STARLIMS", "IDBS E-WorkBook", "Empower 3"],
        languages=["LIMS Basic", "SQL", "JavaScript"],
        certifications=["LabWare Certified Administrator"],
        industries=["Pharmaceuticals", "Biotechnology"],
        spoken_languages=["German", "English"],
        academic_background=["Diplom in Chemistry, TU Darmstadt"],
    ),
    "LIMS consultant for a biologics CDMO. Must have: LabWare LIMS configuration, instrument integration (CDS, "
    "Empower), computer system validation under GAMP 5 and 21 CFR Part 11. Nice to have: ELN (IDBS, Benchling) and "
    "STARLIMS.",
    "LIMS and ELN consultant, nine years in QC and R&D labs: LabWare and STARLIMS configuration for GMP labs, an "
    "E-WorkBook rollout to 400 scientists, and CSV packages under GAMP 5 and Part 11.",
    [
        (
            "LabWare LIMS 7 rollouts for pharma QC labs in Germany and Switzerland.",
            [
                "Configured LabWare 7 sample login, stability and specifications for three QC sites.",
                "Integrated 120 instruments, Empower CDS included, via LabWare's instrument interface.",
                "Authored GAMP 5 IQ/OQ/PQ protocols and traceability matrices.",
                "Shortened sample receipt to CoA from nine days to five.",
            ],
        ),
        (
            "Owned ELN and LIMS for Brenner's biologics research and QC teams.",
            [
                "Deployed IDBS E-WorkBook to 400 scientists at four research sites in 14 months.",
                "Built STARLIMS environmental monitoring and water-testing workflows.",
                "Led periodic Part 11 control reviews for both systems.",
            ],
        ),
        (
            "GMP testing at a contract QC lab working for generics manufacturers.",
            [
                "Performed HPLC and dissolution testing to GMP.",
                "Served as key user in the lab's first LIMS implementation.",
            ],
        ),
    ],
)

CVS["medreg"] = _case(
    cv(
        "Regulatory Affairs Manager, Medical Devices",
        "Chiara Benedetti",
        "Regulatory affairs manager for class II and III medical devices with 10 years of submissions in Europe and "
        "the US. Took 6 product families through EU MDR transition with a notified body and cleared 8 devices through "
        "FDA 510(k). Writes technical documentation, clinical evaluation reports and post-market surveillance plans.",
        [
            (
                "Regulatory Affairs Manager, Orthovance Medical — 05/2019 – present",
                "Leads EU and US regulatory strategy for Orthovance's orthopaedic implants and surgical instruments.",
                [
                    "Moved 6 product families from MDD certificates to EU MDR certification with TÜV SÜD as notified "
                    "body.",
                    "Filed 5 traditional 510(k)s for knee and hip instruments; all were cleared.",
                    "Wrote the technical documentation to MDR Annex II and III, and the clinical evaluation reports "
                    "under MEDDEV 2.7/1 rev 4.",
                    "Set up the post-market surveillance plans and PSURs for the class III implants.",
                ],
                ["EU MDR 2017/745", "21 CFR 807", "ISO 13485:2016", "ISO 14971:2019", "Greenlight Guru"],
            ),
            (
                "Regulatory Affairs Specialist, Cardiolink Devices — 03/2016 – 04/2019",
                "Regulatory support for a portfolio of cardiac monitoring devices sold in the EU, US and Canada.",
                [
                    "Prepared 3 special 510(k)s for software changes to the Holter monitor range.",
                    "Maintained the risk management files to ISO 14971 for 11 devices.",
                    "Answered notified body findings after the 2018 ISO 13485 audit, closing all 7 non-conformities "
                    "within 60 days.",
                ],
                ["ISO 13485:2016", "ISO 14971", "IEC 62304", "MasterControl"],
            ),
        ],
        skills=[
            "EU MDR technical documentation",
            "FDA 510(k) submissions",
            "Clinical evaluation",
            "Post-market surveillance",
            "Risk management",
        ],
        tools=["Greenlight Guru", "MasterControl", "eCopy"],
        certifications=["RAPS RAC-Devices"],
        industries=["Medical devices"],
        spoken_languages=["Italian", "English", "German"],
        academic_background=["MSc Biomedical Engineering, Politecnico di Milano"],
    ),
    "Senior Regulatory Affairs Manager for a Class III cardiovascular implant maker. Lead EU MDR technical files and "
    "notified body interactions, author 510(k) and PMA submissions, manage CERs and PMS/PSUR. RAC preferred.",
    "Regulatory affairs manager with a decade of European and US submissions for Class II and III medical devices. "
    "She has led six product families through the EU MDR transition alongside a notified body and secured FDA "
    "510(k) clearance for eight devices. Her work spans technical files, clinical evaluation reports (CERs) and "
    "post-market surveillance plans, and she holds the RAC-Devices credential.",
    [
        (
            "At Orthovance she leads the EU and US regulatory strategy for orthopedic implants and surgical "
            "instruments.",
            [
                "Transitioned six product families from MDD certificates to EU MDR certification, with TÜV SÜD acting "
                "as notified body.",
                "Authored five traditional 510(k) submissions for knee and hip instruments, every one of which "
                "received clearance.",
                "Compiled technical documentation to Annexes II and III of the MDR and authored CERs in line with "
                "MEDDEV 2.7/1 revision 4.",
                "Established PMS plans and PSURs for the Class III implant line.",
            ],
        ),
        (
            "Supported regulatory work for a cardiac monitoring portfolio marketed across the EU, the US and Canada.",
            [
                "Prepared three Special 510(k) submissions covering software changes to the Holter monitor line.",
                "Kept ISO 14971 risk management files current for 11 devices.",
                "Responded to notified body findings from the 2018 ISO 13485 audit and closed all seven "
                "nonconformities within 60 days.",
            ],
        ),
    ],
)

CVS["genomics"] = _case(
    cv(
        "Bioinformatics Engineer",
        "Samuel Okafor",
        "Bioinformatics engineer who builds production genomics pipelines for sequencing labs. Eight years with "
        "Nextflow, Snakemake and GATK on whole-genome and exome data, running on AWS Batch and Slurm clusters. Cut "
        "the compute cost of a 30x whole genome from $41 to $17.",
        [
            (
                "Senior Bioinformatics Engineer, Helixa Genomics — 07/2021 – present",
                "Clinical genomics lab sequencing about 2,000 genomes a month for hospital rare-disease programmes.",
                [
                    "Rewrote the germline pipeline in Nextflow DSL2, bringing turnaround from 5 days to 36 hours.",
                    "Moved alignment to GPU with NVIDIA Parabricks, cutting compute cost per genome from $41 to $17.",
                    "Added nf-core style testing and CI so that every pipeline release is validated against the GIAB "
                    "reference samples.",
                    "Run the pipeline on AWS Batch with spot instances, processing up to 400 samples per day.",
                ],
                ["Nextflow DSL2", "NVIDIA Parabricks", "GATK 4", "AWS Batch", "Docker", "GitHub Actions"],
            ),
            (
                "Bioinformatician, Leeds Institute of Medical Research — 01/2018 – 06/2021",
                "Analysis of exome data for a 12,000-participant population cohort.",
                [
                    "Built Snakemake workflows for exome alignment, joint genotyping with GATK and annotation with VEP.",
                    "Ran the workflows on the university's Slurm cluster, about 3 million core hours a year.",
                    "Wrote QC reports in R Markdown for the cohort's steering group each quarter.",
                ],
                ["Snakemake", "GATK 4", "VEP", "Slurm", "R", "Python"],
            ),
            (
                "Research Technician, Lagos Genomics Core — 10/2015 – 12/2017",
                "Sequencing core facility serving university research groups.",
                [
                    "Prepared Illumina libraries and ran the MiSeq and NextSeq instruments.",
                    "Wrote Bash and Python scripts for demultiplexing and FastQC reports.",
                ],
                ["Illumina MiSeq", "Illumina NextSeq 500", "bcl2fastq", "FastQC", "Bash"],
            ),
        ],
        skills=["Genomics pipelines", "Variant calling", "Workflow engineering", "Cloud HPC"],
        languages=["Python", "R", "Groovy", "Bash"],
        tools=["Nextflow", "Snakemake", "GATK", "Parabricks", "Docker", "Singularity"],
        certifications=["AWS Certified Solutions Architect – Associate"],
        industries=["Clinical genomics", "Academic research"],
        spoken_languages=["English", "Yoruba"],
        academic_background=["PhD Genetics, University of Leeds", "BSc Biochemistry, University of Lagos"],
    ),
    "Genomics pipeline engineer. Build and maintain Nextflow pipelines for germline WGS on AWS; GPU acceleration "
    "experience (Parabricks) welcome; strong on testing and reproducibility; Slurm HPC a plus.",
    "Genomics pipeline engineer with eight years of Nextflow, Snakemake and GATK across whole-genome and exome data, "
    "on both AWS Batch and Slurm HPC. Brought the compute cost of a 30x genome down from $41 to $17 — less than "
    "half.",
    [
        (
            "Builds and maintains the germline WGS pipelines of a clinical lab sequencing roughly 2,000 genomes "
            "monthly for hospital rare-disease programs.",
            [
                "Re-engineered the germline pipeline in Nextflow DSL2, reducing turnaround from five days to 36 "
                "hours, and moved alignment onto GPUs with Parabricks to take per-genome compute from $41 to $17.",
                "Operates the pipeline on AWS Batch spot capacity at up to 400 samples a day.",
                "Introduced nf-core-style tests and CI that validate each release against the GIAB reference samples.",
            ],
        ),
        (
            "Analysed exome data for a population cohort of 12,000 participants.",
            [
                "Developed Snakemake workflows covering exome alignment, GATK joint genotyping and VEP annotation.",
                "Executed them on the university Slurm cluster — around three million core hours per year.",
                "Produced quarterly R Markdown QC reports for the cohort steering group.",
            ],
        ),
        (
            "Worked in a sequencing core serving the university's research groups.",
            [
                "Prepared Illumina libraries and operated the MiSeq and NextSeq.",
                "Scripted demultiplexing and FastQC reporting in Bash and Python.",
            ],
        ),
    ],
)

CVS["hospital"] = _case(
    cv(
        "Healthcare ERP Supply Chain Lead",
        "Margaret Ellison",
        "Supply chain and ERP lead for hospital groups, with 14 years across procurement, inventory and materials "
        "management. Implemented Oracle Cloud SCM for a 9-hospital NHS group and Infor CloudSuite for a private "
        "hospital chain. Runs point-of-use inventory programmes that have cut expired-stock write-offs by up to 45%.",
        [
            (
                "ERP Programme Lead, Meridian Health Partners — 10/2020 – present",
                "Consultancy engagement for a group of 9 NHS hospitals consolidating supply chain onto one ERP.",
                [
                    "Led the Oracle Cloud SCM rollout for procurement, inventory and requisitioning across 9 "
                    "hospitals and 2 distribution centres.",
                    "Moved 38,000 catalogue items onto a single GS1-coded item master.",
                    "Introduced point-of-use cabinets in 22 theatres, cutting expired-stock write-offs by 45%.",
                    "Ran a 70-person programme team of clinicians, buyers and Oracle partners.",
                ],
                ["Oracle Cloud SCM", "Oracle Integration Cloud", "GS1 standards", "Omnicell", "Power BI"],
            ),
            (
                "Materials Management Manager, Larchmont Private Hospitals — 02/2014 – 09/2020",
                "Ran materials management for a chain of 6 private hospitals.",
                [
                    "Implemented Infor CloudSuite Healthcare supply chain modules, replacing 3 legacy systems.",
                    "Negotiated group contracts for orthopaedic implants, saving £2.1m a year.",
                    "Set up weekly stock counts and par levels for wards, raising inventory accuracy from 82% to 97%.",
                ],
                ["Infor CloudSuite Healthcare", "Infor Lawson", "Excel", "SQL Server Reporting Services"],
            ),
            (
                "Procurement Analyst, St Columba's Hospital — 09/2012 – 01/2014",
                "Procurement analysis for a 600-bed teaching hospital.",
                [
                    "Built spend reports from the purchasing system to find off-contract buying.",
                    "Supported the tender for a new pharmacy wholesaler.",
                ],
                ["SAP MM", "Excel"],
            ),
        ],
        skills=[
            "ERP implementation",
            "Healthcare supply chain",
            "Inventory management",
            "Procurement",
            "Programme management",
        ],
        tools=["Oracle Cloud SCM", "Infor CloudSuite Healthcare", "SAP MM", "Omnicell", "Power BI"],
        languages=["SQL"],
        certifications=["CIPS Level 6", "PRINCE2 Practitioner"],
        industries=["Healthcare", "Public sector"],
        spoken_languages=["English"],
        academic_background=["BA Economics, University of Glasgow"],
    ),
    "Hospital ERP Supply Chain Lead (Oracle Fusion / Cloud SCM) for an integrated care system. Lead the "
    "procure-to-pay and inventory workstreams, item master data cleansing, point-of-use inventory and clinical "
    "engagement. CIPS qualification desired.",
    "Hospital supply chain and ERP lead, 14 years in procurement, inventory and materials management. Delivered "
    "Oracle Cloud SCM across a nine-hospital NHS group and Infor CloudSuite for a private chain; point-of-use "
    "programmes have cut expired-stock write-offs by as much as 45 per cent. CIPS Level 6 and PRINCE2 Practitioner.",
    [
        (
            "Nine NHS hospitals consolidating their supply chain onto a single ERP.",
            [
                "Led the Oracle Cloud SCM rollout — procurement, inventory, requisitioning — for nine hospitals and "
                "two DCs.",
                "Consolidated 38,000 catalogue items into one GS1-coded item master.",
                "Brought point-of-use cabinets into 22 theatres; expired-stock write-offs fell 45%.",
                "Directed a 70-strong programme team of clinicians, buyers and Oracle partners.",
            ],
        ),
        (
            "Headed materials management across six private hospitals.",
            [
                "Replaced three legacy systems with Infor CloudSuite Healthcare's supply chain modules.",
                "Negotiated group orthopaedic implant contracts, saving £2.1 million a year.",
                "Introduced weekly ward stock counts and par levels, lifting inventory accuracy from 82% to 97%.",
            ],
        ),
        (
            "Analysed procurement for a 600-bed teaching hospital.",
            [
                "Produced spend reports from the purchasing system to expose off-contract buying.",
                "Assisted the tender for a new pharmacy wholesaler.",
            ],
        ),
    ],
)

CVS["pacs"] = _case(
    cv(
        "PACS/RIS Systems Manager",
        "Daniel Kowalczyk",
        "PACS and RIS administrator with 12 years in hospital radiology IT. Migrated 180 TB of imaging archives "
        "between vendors, integrated RIS with the EPR over HL7, and keeps imaging systems at 99.95% availability. "
        "Works closely with radiologists and modality engineers.",
        [
            (
                "PACS Manager, Riverside University Hospitals — 03/2018 – present",
                "Runs the enterprise imaging service for a 4-site hospital trust performing 650,000 examinations a "
                "year.",
                [
                    "Led the migration from Agfa IMPAX to Sectra PACS, moving 180 TB of studies with no unplanned "
                    "downtime.",
                    "Built HL7 v2 interfaces between the RIS and the Epic EPR through Rhapsody.",
                    "Set up a vendor-neutral archive and DICOM routing rules for 60 modalities.",
                    "Keeps the PACS at 99.95% availability with a 24/7 on-call rota of 5 administrators.",
                ],
                ["Sectra PACS", "Agfa IMPAX 6", "Rhapsody Integration Engine", "HL7 v2", "DICOM", "Epic"],
            ),
            (
                "RIS Analyst, Northgate Imaging Network — 06/2014 – 02/2018",
                "Support and configuration of the radiology information system for a regional imaging network.",
                [
                    "Configured exam codes, protocols and scheduling templates in CRIS for 9 imaging centres.",
                    "Wrote SQL reports on reporting turnaround times for the clinical director every month.",
                    "Trained 120 radiographers and booking clerks on the new scheduling workflow.",
                ],
                ["CRIS", "SQL Server", "Crystal Reports", "DICOM"],
            ),
        ],
        skills=["PACS administration", "RIS configuration", "HL7 integration", "DICOM routing", "Image migration"],
        tools=["Sectra PACS", "Agfa IMPAX", "CRIS", "Rhapsody", "DICOM Modality Worklist"],
        languages=["SQL"],
        certifications=["PARCA Certified PACS System Administrator (CPSA)", "ITIL 4 Foundation"],
        industries=["Healthcare"],
        spoken_languages=["English", "Polish"],
        academic_background=["BSc Medical Physics, University of Leicester"],
    ),
    "Enterprise Imaging / PACS Manager. Own PACS, RIS and VNA for a multi-site trust; manage HL7 and DICOM "
    "integrations with the EPR; lead image migrations; run the 24x7 support rota. PARCA certification desirable.",
    "Enterprise imaging manager who has spent twelve years in hospital radiology IT, owning PACS and RIS. He has "
    "migrated 180 TB of imaging archives between vendors, integrated the RIS with the EPR over HL7, and sustains "
    "99.95% availability for imaging systems, working hand in hand with radiologists and modality engineers. "
    "PARCA-certified PACS administrator (CPSA).",
    [
        (
            "Owns the enterprise imaging service for a four-site trust performing 650,000 exams annually.",
            [
                "Led the image migration from Agfa IMPAX to Sectra — 180 TB of studies moved without any unplanned "
                "downtime.",
                "Integrated the RIS with the Epic EPR using HL7 v2 interfaces built in Rhapsody.",
                "Stood up a vendor-neutral archive (VNA) and DICOM routing rules covering 60 modalities.",
                "Runs the 24x7 support rota of five administrators, holding PACS availability at 99.95%.",
            ],
        ),
        (
            "Supported and configured the regional imaging network's radiology information system.",
            [
                "Set up CRIS exam codes, protocols and scheduling templates across nine imaging centers.",
                "Produced monthly SQL reports on report turnaround times for the clinical director.",
                "Coached 120 radiographers and booking staff through the new scheduling workflow.",
            ],
        ),
    ],
)

CVS["banner"] = _case(
    cv(
        "Student Information Systems Consultant",
        "Rosa Delgado-Whitman",
        "Student information systems consultant with 10 years on Ellucian Banner Student for universities in the US "
        "and Canada. Led 4 Banner 9 upgrades and built degree audit in DegreeWorks for 30,000 students. Bridges "
        "registrars, financial aid offices and IT.",
        [
            (
                "Senior Banner Consultant, Campus Nexus Advisory — 08/2019 – present",
                "Banner implementation and upgrade projects for public universities.",
                [
                    "Led 4 Banner 8 to Banner 9 upgrades, moving each campus to the Banner 9 self-service pages.",
                    "Configured DegreeWorks scribe blocks for 140 degree programmes at a 30,000-student university.",
                    "Rebuilt registration rules and prerequisite checks, cutting registration-day support tickets by "
                    "a third.",
                    "Wrote Ethos API integrations between Banner and Slate admissions.",
                ],
                ["Ellucian Banner 9", "DegreeWorks", "Ellucian Ethos", "Oracle Database 19c", "Slate"],
            ),
            (
                "Registrar Systems Analyst, Lakehurst State University — 01/2016 – 07/2019",
                "Systems analyst in the registrar's office, supporting Banner Student and Financial Aid.",
                [
                    "Automated term roll and academic standing jobs with PL/SQL and Banner job submission.",
                    "Built Argos reports for enrolment census and IPEDS submissions.",
                    "Supported financial aid packaging for 18,000 students each year.",
                ],
                ["Ellucian Banner 8", "Argos", "PL/SQL", "Oracle Database 12c"],
            ),
        ],
        skills=["Banner Student", "Degree audit", "Registration", "Financial aid processing", "Upgrade planning"],
        tools=["Ellucian Banner", "DegreeWorks", "Argos", "Ellucian Ethos", "Slate"],
        languages=["PL/SQL", "SQL", "Python"],
        certifications=["Ellucian Certified Banner Student Consultant"],
        industries=["Higher education"],
        spoken_languages=["English", "Spanish"],
        academic_background=[
            "MEd Higher Education Administration, University of Arizona",
            "BA Spanish, University of New Mexico",
        ],
    ),
    "Ellucian Banner Student functional consultant for a university moving to Banner 9 and Ethos. Lead registration "
    "and degree audit (DegreeWorks) configuration, reporting (Argos) and integrations with the CRM (Slate).",
    "Banner Student functional consultant with a decade at universities in the US and Canada: four Banner 9 "
    "upgrades led, DegreeWorks degree audit built for 30,000 students, and a steady bridge between registrars, "
    "financial aid and IT.",
    [
        (
            "Leads Banner implementations and upgrades for public universities.",
            [
                "Took four campuses from Banner 8 to Banner 9, including the move to Banner 9 self-service.",
                "Built degree audit in DegreeWorks, configuring scribe blocks for 140 programs at a university of "
                "30,000 students.",
                "Reworked registration rules and prerequisite checks; registration-day tickets fell by one third.",
                "Integrated Banner with Slate admissions through Ethos APIs.",
            ],
        ),
        (
            "Supported Banner Student and Financial Aid from the registrar's office.",
            [
                "Automated term roll and academic standing processing using PL/SQL and Banner job submission.",
                "Delivered Argos reporting for enrollment census and IPEDS.",
                "Handled annual financial aid packaging support for 18,000 students.",
            ],
        ),
    ],
)

CVS["sports"] = _case(
    cv(
        "Sports Performance Data Scientist",
        "Liam O'Connell",
        "Performance data scientist in professional football and rugby union for 7 years. Builds GPS and "
        "tracking-data models that guide training load and injury risk, using Catapult, STATSports, Python and R.",
        [
            (
                "Lead Performance Analyst, Harbourside Rovers FC — 07/2021 – present",
                "First-team performance department of a Championship football club.",
                [
                    "Built an acute:chronic workload model from Catapult GPS data for 28 first-team players.",
                    "Cut soft-tissue injuries by 30% over two seasons after changing training load plans with the "
                    "medical staff.",
                    "Automated match reports from Opta event data and Second Spectrum tracking data in Python.",
                    "Presented weekly load dashboards in Tableau to the head coach and physios.",
                ],
                ["Catapult OpenField", "Python", "pandas", "Opta", "Second Spectrum", "Tableau"],
            ),
            (
                "Sports Scientist (Data), Celtic Shield Rugby Union — 08/2019 – 06/2021",
                "National rugby union's high-performance unit, supporting the men's senior squad.",
                [
                    "Modelled collision and high-speed running loads for 45 squad players across club and country.",
                    "Built an R Shiny app that let coaches compare players' GPS data against positional benchmarks.",
                    "Ran the wellness questionnaire programme and linked it to readiness flags.",
                ],
                ["STATSports Apex", "R", "Shiny", "PostgreSQL"],
            ),
            (
                "Research Analyst, UCD Sport Science Lab — 09/2017 – 07/2019",
                "University research lab testing athletes for county GAA teams.",
                [
                    "Ran force-plate and sprint testing for 3 county squads.",
                    "Analysed countermovement jump data in R to flag fatigue.",
                ],
                ["Hawkin Dynamics force plates", "R", "Excel"],
            ),
        ],
        skills=["Load monitoring", "Injury risk modelling", "Tracking data", "Data visualisation"],
        languages=["Python", "R", "SQL"],
        tools=["Catapult OpenField", "STATSports Apex", "Tableau", "Shiny", "Opta"],
        certifications=["UEFA C Licence", "BASES Accredited Sport and Exercise Scientist"],
        industries=["Professional sport"],
        spoken_languages=["English", "Irish"],
        academic_background=[
            "MSc Sports Science, Loughborough University",
            "BSc Mathematics, University College Dublin",
        ],
    ),
    "Performance Data Scientist, Premier League academy. Lead GPS and tracking data analysis (Catapult), build "
    "training-load and injury-risk models, automate match and training reports, and communicate insight to coaches "
    "and medical staff. Python or R essential.",
    "For seven years Liam has worked as a performance data scientist in professional football and rugby union, "
    "building models on GPS and tracking data that steer training-load and injury-risk decisions. He works in "
    "Python and R with Catapult and STATSports data.",
    [
        (
            "Heads data analysis in the first-team performance department of a Championship football club.",
            [
                "Developed an acute:chronic workload model on Catapult GPS data covering the 28-player first-team "
                "squad.",
                "Reworked training load plans with the medical staff, and soft-tissue injuries fell by 30 per cent "
                "across two seasons.",
                "Automated match reporting in Python, combining Opta event data with Second Spectrum tracking.",
                "Communicates weekly load insight to the head coach and physios through Tableau dashboards.",
            ],
        ),
        (
            "Worked in the national union's high-performance unit with the men's senior squad.",
            [
                "Modelled collision and high-speed running load for the 45-player squad across club and "
                "international duty.",
                "Created an R Shiny app so coaches could benchmark each player's GPS data by position.",
                "Ran the wellness questionnaires and tied them to readiness flags.",
            ],
        ),
        (
            "Tested athletes from county GAA teams in a university research lab.",
            [
                "Delivered force-plate and sprint testing for three county squads.",
                "Flagged fatigue from countermovement jump data analysed in R.",
            ],
        ),
    ],
)

CVS["broadcast"] = _case(
    cv(
        "Broadcast Systems Engineer",
        "Hélène Marchetti",
        "Broadcast systems engineer with 15 years in playout and media asset management. Moved a 12-channel playout "
        "centre from SDI to IP on SMPTE ST 2110, and ran the Dalet Galaxy MAM for a news broadcaster. Comfortable "
        "across automation, ingest, QC and archive.",
        [
            (
                "Head of Playout Engineering, Lumen Broadcast Services — 01/2019 – present",
                "Playout service provider running channels for European entertainment and sports broadcasters.",
                [
                    "Led the migration of 12 channels from SDI to an ST 2110 IP plant, finished in 2022.",
                    "Replaced hardware playout with Imagine Versio, cutting rack space by 70%.",
                    "Built a disaster-recovery site that takes over any channel in under 90 seconds.",
                    "Manage a team of 9 engineers covering 24/7 master control.",
                ],
                ["SMPTE ST 2110", "Imagine Versio", "Grass Valley iTX", "Evertz Magnum", "Telestream Vantage"],
            ),
            (
                "MAM Systems Engineer, Canal Atlantique News — 04/2013 – 12/2018",
                "Media asset management for a 24-hour news channel.",
                [
                    "Administered Dalet Galaxy for 300 journalists and editors across 3 newsrooms.",
                    "Automated ingest and transcoding workflows with Telestream Vantage, handling 1,500 clips a day.",
                    "Moved the archive from LTO-5 tape to LTO-7 in a robotic library, 2 PB in all.",
                ],
                ["Dalet Galaxy", "Telestream Vantage", "Avid Media Composer", "LTO-7"],
            ),
            (
                "Broadcast Engineer, Studio Riviera — 09/2011 – 03/2013",
                "Studio and outside-broadcast engineering for a regional production company.",
                [
                    "Maintained vision mixers, routers and graphics systems in 2 studios.",
                    "Rigged and ran outside-broadcast trucks for live regional sports.",
                ],
                ["Sony MVS", "Grass Valley routers", "Vizrt"],
            ),
        ],
        skills=[
            "Playout automation",
            "IP broadcast (ST 2110)",
            "Media asset management",
            "Disaster recovery",
            "Master control",
        ],
        tools=["Imagine Versio", "Dalet Galaxy", "Telestream Vantage", "Evertz Magnum", "Grass Valley iTX"],
        languages=["Python"],
        certifications=["AWS Certified Cloud Practitioner"],
        industries=["Broadcasting", "Media"],
        spoken_languages=["French", "English", "Italian"],
        academic_background=["Diplôme d'ingénieur, Télécom Paris"],
    ),
    "Playout & MAM Technical Lead for a broadcaster moving to IP and cloud playout. Lead ST 2110 infrastructure, "
    "playout automation, MAM workflows (Dalet or Avid), disaster recovery and a 24x7 MCR engineering team.",
    "Playout and MAM technical lead, 15 years: moved a 12-channel playout center from SDI to ST 2110 IP and ran "
    "Dalet Galaxy for a news broadcaster, across automation, ingest, QC and archive.",
    [
        (
            "Runs playout engineering at a service provider operating channels for European entertainment and sports "
            "broadcasters.",
            [
                "Led the 12-channel SDI-to-ST 2110 migration, completed in 2022.",
                "Swapped hardware playout for Imagine Versio and freed 70% of rack space.",
                "Delivered a DR site able to take over any channel in less than 90 seconds.",
                "Leads nine engineers staffing round-the-clock master control.",
            ],
        ),
        (
            "Ran media asset management for a 24-hour news channel.",
            [
                "Administered Dalet Galaxy for 300 journalists and editors in three newsrooms.",
                "Automated ingest and transcoding in Telestream Vantage: 1,500 clips daily.",
                "Migrated the 2 PB archive from LTO-5 tape to LTO-7 in a robotic library.",
            ],
        ),
        (
            "Studio and OB engineering for a regional production company.",
            [
                "Kept vision mixers, routers and graphics running across two studios.",
                "Rigged and operated OB trucks for live regional sport.",
            ],
        ),
    ],
)

CVS["legal"] = _case(
    cv(
        "Legal Technology Consultant",
        "Priya Raman",
        "Legal technology consultant who implements practice management and document management systems for law "
        "firms. Eleven years with Aderant Expert, Intapp Open and iManage Work, for firms of 80 to 1,200 lawyers. "
        "Specialises in time capture, conflicts checking and matter intake.",
        [
            (
                "Principal Consultant, Brightline Legal Tech — 03/2020 – present",
                "Practice management rollouts for UK and Irish law firms.",
                [
                    "Led the move from Elite Enterprise to Aderant Expert at a 450-lawyer firm, going live in 11 "
                    "months.",
                    "Configured Intapp Open conflicts checking and new business intake, bringing intake time from 4 "
                    "days to 1.",
                    "Rolled out Intapp Time to 1,200 lawyers, raising recorded hours by 8% in the first quarter.",
                    "Integrated iManage Work with Aderant matter data so workspaces are created automatically.",
                ],
                ["Aderant Expert", "Intapp Open", "Intapp Time", "iManage Work 10", "SQL Server", "Azure"],
            ),
            (
                "Practice Systems Manager, Holloway Pryce LLP — 06/2015 – 02/2020",
                "In-house systems manager for an 80-lawyer commercial firm.",
                [
                    "Ran Elite 3E billing and time recording for 80 lawyers and 60 staff.",
                    "Migrated 2.3 million documents from a file share into iManage Work.",
                    "Wrote SQL reports on work in progress and lock-up for the finance partner.",
                ],
                ["Elite 3E", "iManage Work 9", "SQL Server", "SSRS"],
            ),
        ],
        skills=[
            "Practice management implementation",
            "Conflicts and intake",
            "Time capture",
            "Document management",
            "Data migration",
        ],
        tools=["Aderant Expert", "Intapp Open", "Intapp Time", "iManage Work", "Elite 3E"],
        languages=["SQL"],
        certifications=["iManage Certified Professional", "Intapp Certified Consultant"],
        industries=["Legal services"],
        spoken_languages=["English", "Tamil"],
        academic_background=["LLB Law, King's College London"],
    ),
    "Legal Practice Management Consultant. Lead Aderant or Elite 3E implementations, Intapp Open intake and "
    "conflicts and Intapp Time rollouts, and integrate them with iManage. Knowledge of law-firm finance (WIP, "
    "lock-up) valued.",
    "Legal practice management consultant with eleven years implementing Aderant Expert, Intapp Open and iManage "
    "Work for law firms ranging from 80 to 1,200 lawyers. She specialises in intake and conflicts, time capture and "
    "document management integration, and has reported on work in progress and lock-up for a finance partner.",
    [
        (
            "Leads practice management implementations for law firms in the UK and Ireland.",
            [
                "Took a 450-lawyer firm from Elite Enterprise to Aderant Expert, live within 11 months.",
                "Delivered Intapp Open intake and conflicts, reducing new-business intake from four days to one.",
                "Rolled Intapp Time out to 1,200 lawyers; recorded hours rose 8% in the first quarter.",
                "Linked iManage Work to Aderant matter data so that workspaces are created automatically.",
            ],
        ),
        (
            "Managed practice systems in-house at an 80-lawyer commercial law firm.",
            [
                "Owned Elite 3E billing and time recording for the firm's 80 lawyers and 60 support staff.",
                "Moved 2.3m documents off a file share and into iManage Work.",
                "Produced SQL reporting on WIP and lock-up for the finance partner.",
            ],
        ),
    ],
)

CVS["yardi"] = _case(
    cv(
        "Property Management Systems Lead",
        "Marcus Abernathy",
        "Property systems lead with 9 years running Yardi Voyager for residential and commercial portfolios. "
        "Implemented Voyager 7S across 14,000 units, set up RENTCafé resident portals, and automated CAM "
        "reconciliations for 60 commercial properties. Bridges property managers, accounting and IT.",
        [
            (
                "Director of Property Systems, Crestline Residential REIT — 05/2020 – present",
                "Multifamily REIT with 14,000 units in 5 US states.",
                [
                    "Moved the portfolio from MRI to Yardi Voyager 7S in 3 waves over 10 months.",
                    "Launched RENTCafé resident portals, raising online rent payments from 55% to 88%.",
                    "Built Yardi Orion dashboards for occupancy, delinquency and lease expirations.",
                    "Lead a team of 4 Yardi analysts and 1 report developer.",
                ],
                ["Yardi Voyager 7S", "RENTCafé", "Yardi Orion", "SQL Server", "Power BI"],
            ),
            (
                "Yardi Systems Analyst, Haverford Commercial Properties — 02/2017 – 04/2020",
                "Commercial landlord with 60 shopping centres and office buildings.",
                [
                    "Automated CAM and tax recovery reconciliations in Yardi Commercial, cutting year-end close from 6 "
                    "weeks to 3.",
                    "Wrote YSR reports and SQL scripts for lease abstracts and rent rolls.",
                    "Trained 45 property managers and accountants on Voyager Commercial.",
                ],
                ["Yardi Voyager Commercial", "YSR", "SQL", "Excel"],
            ),
            (
                "Property Accountant, Peachtree Realty Group — 06/2014 – 01/2017",
                "Property accounting for a portfolio of 30 apartment communities.",
                [
                    "Closed monthly books and bank reconciliations for 30 properties.",
                    "Was the accounting key user when the company moved to Yardi Voyager.",
                ],
                ["Yardi Voyager 6", "Excel"],
            ),
        ],
        skills=["Yardi Voyager administration", "Property accounting", "CAM reconciliation", "Data migration"],
        tools=["Yardi Voyager", "RENTCafé", "Yardi Orion", "YSR", "Power BI"],
        languages=["SQL"],
        certifications=["Certified Property Manager (CPM), IREM"],
        industries=["Real estate", "Property management"],
        spoken_languages=["English"],
        academic_background=["BBA Real Estate, Georgia State University"],
    ),
    "Property Management Systems Manager for a multifamily and mixed-use owner. Own Yardi Voyager 7S, RENTCafé and "
    "reporting; lead migrations and integrations; support the accounting close and CAM reconciliations; manage a "
    "small systems team.",
    "Property management systems leader with nine years owning Yardi Voyager for residential and commercial "
    "portfolios. Delivered Voyager 7S across 14,000 units, launched RENTCafé resident portals and automated CAM "
    "reconciliation for 60 commercial properties, acting as the link between property managers, accounting and IT.",
    [
        (
            "Owns property systems for a multifamily REIT of 14,000 units spread over five US states.",
            [
                "Migrated the portfolio off MRI onto Yardi Voyager 7S in three waves across ten months.",
                "Rolled out RENTCafé resident portals; online rent payments climbed from 55% to 88%.",
                "Created Yardi Orion dashboards tracking occupancy, delinquency and lease expirations.",
                "Manages a small systems team: four Yardi analysts and one report developer.",
            ],
        ),
        (
            "Supported Yardi at a commercial landlord owning 60 shopping centers and office buildings.",
            [
                "Halved year-end close, from six weeks to three, by automating CAM and tax recovery reconciliations "
                "in Yardi Commercial.",
                "Developed YSR reports and SQL scripts for rent rolls and lease abstracts.",
                "Trained 45 property managers and accountants in Voyager Commercial.",
            ],
        ),
        (
            "Handled property accounting across 30 apartment communities.",
            [
                "Closed the monthly books and bank reconciliations for all 30 properties.",
                "Served as accounting key user for the company's move onto Yardi Voyager.",
            ],
        ),
    ],
)

CVS["agri"] = _case(
    cv(
        "Precision Agriculture Data Engineer",
        "Anneke Visser",
        "Agronomist turned data engineer with 8 years in precision agriculture. Builds variable-rate prescription "
        "maps from satellite, drone and yield data for arable farms, using John Deere Operations Center, QGIS and "
        "Python. Work covers about 65,000 hectares of wheat, potatoes and sugar beet.",
        [
            (
                "Lead Data Engineer, AgroSense Analytics — 09/2021 – present",
                "Farm analytics start-up serving arable growers in the Netherlands and Belgium.",
                [
                    "Built a Sentinel-2 NDVI pipeline on Google Earth Engine that refreshes field zones every 5 days.",
                    "Generated variable-rate nitrogen prescriptions for 420 farms, cutting nitrogen use by 12% at "
                    "equal yield.",
                    "Connected to John Deere Operations Center and CNH AFS Connect through their APIs to push "
                    "prescriptions to machines.",
                    "Run the PostGIS field database holding 18,000 field boundaries.",
                ],
                ["Google Earth Engine", "Python", "PostGIS", "John Deere Operations Center API", "FastAPI", "Docker"],
            ),
            (
                "Precision Farming Advisor, Coöperatie Akkerland — 03/2018 – 08/2021",
                "Advisory team of an arable cooperative.",
                [
                    "Flew DJI multispectral drones over potato fields to map late blight risk.",
                    "Cleaned yield-monitor data and made management zones in QGIS for 90 member farms.",
                    "Ran on-farm strip trials of variable-rate seeding with 15 growers.",
                ],
                ["QGIS", "DJI P4 Multispectral", "Pix4Dfields", "Excel"],
            ),
        ],
        skills=["Variable-rate prescriptions", "Remote sensing", "Geospatial data engineering", "Agronomy"],
        languages=["Python", "SQL"],
        tools=["QGIS", "Google Earth Engine", "PostGIS", "John Deere Operations Center", "Pix4Dfields"],
        certifications=["EU drone pilot A2 CofC"],
        industries=["Agriculture"],
        spoken_languages=["Dutch", "English", "German"],
        academic_background=["MSc Plant Sciences, Wageningen University"],
    ),
    "Precision Ag Data Engineer for an agritech company. Build geospatial pipelines (satellite and drone imagery), "
    "generate variable-rate prescriptions, integrate with machinery platforms (John Deere Operations Center, CNH) "
    "and maintain PostGIS. An agronomy background is a plus.",
    "Data engineer with an agronomy background and eight years in precision agriculture, generating variable-rate "
    "prescription maps for arable farms from satellite, drone and yield data. Works in Python, QGIS and John Deere "
    "Operations Center across roughly 65,000 ha of wheat, potatoes and sugar beet.",
    [
        (
            "Leads data engineering at a farm analytics start-up working with Dutch and Belgian arable growers.",
            [
                "Built a Google Earth Engine pipeline for Sentinel-2 NDVI that refreshes field zones every five days.",
                "Produced variable-rate nitrogen prescriptions for 420 farms and pushed them to machines via the John "
                "Deere Operations Center and CNH AFS Connect APIs, reducing nitrogen use by 12% at equal yield.",
                "Maintains the PostGIS field database of 18,000 field boundaries.",
            ],
        ),
        (
            "Advised arable growers as part of a cooperative's advisory team.",
            [
                "Mapped late blight risk in potato fields with DJI multispectral drone flights.",
                "Cleaned yield-monitor data and built QGIS management zones for 90 member farms.",
                "Ran variable-rate seeding strip trials on-farm with 15 growers.",
            ],
        ),
    ],
)

HONEST = honest_texts(CVS)

_O = "overview"


def _d(i):
    return f"experiences[{i}].description"


def _b(i, j="+"):
    return f"experiences[{i}].bullets[{j}]"


FABRICATED = build(
    CVS,
    [
        # clinical trials data
        ("clinical", _O, "years", "start", "with thirteen years", "with fifteen years"),
        (
            "clinical",
            _O,
            "degree",
            "middle",
            "Owns EDC builds in Rave",
            "A biostatistics graduate, owns EDC builds in Rave",
        ),
        (
            "clinical",
            _d(0),
            "recognition",
            "end",
            "mid-size biotech sponsors.",
            "mid-size biotech sponsors; named Norvista's Employee of the Year in 2022.",
        ),
        (
            "clinical",
            _b(0, 0),
            "metric",
            "end",
            "three weeks early.",
            "three weeks early, saving roughly $400,000 in site costs.",
        ),
        ("clinical", _b(0, 1), "number", "middle", "in Rave for nine studies", "in Rave for eleven studies"),
        (
            "clinical",
            _b(0, 2),
            "version",
            "middle",
            "mapping study data to SDTM and",
            "mapping study data to SDTM IG 3.4 and",
        ),
        ("clinical", _b(0, 3), "team size", "start", "Mentored six data managers", "Mentored eight data managers"),
        (
            "clinical",
            _d(1),
            "tool",
            "end",
            "working alongside external CROs.",
            "working alongside external CROs, with studies built in Castor EDC.",
        ),
        (
            "clinical",
            _b(1, 2),
            "date",
            "end",
            "for five phase II studies.",
            "for five phase II studies between 2016 and 2018.",
        ),
        (
            "clinical",
            _d(2),
            "certified",
            "start",
            "Coordinated data for",
            "As a GCP-certified coordinator, handled data for",
        ),
        (
            "clinical",
            _b(2),
            "new bullet",
            "end",
            None,
            "Built a REDCap registry for the cardiology department's heart-failure cohort.",
        ),
        (
            "clinical",
            _b(1),
            "moved bullet",
            "end",
            None,
            "Ensured CDISC compliance by mapping study data to SDTM and reviewing define.xml packages ahead of FDA "
            "submission.",
        ),
        # laboratory informatics
        ("lims", _O, "years", "start", "LIMS and ELN consultant, nine years", "LIMS and ELN consultant, twelve years"),
        (
            "lims",
            _O,
            "tool",
            "middle",
            "LabWare and STARLIMS configuration",
            "LabWare, STARLIMS and Benchling configuration",
        ),
        (
            "lims",
            _d(0),
            "customer",
            "end",
            "in Germany and Switzerland.",
            "in Germany and Switzerland, including Lonza and Boehringer Ingelheim.",
        ),
        (
            "lims",
            _b(0, 0),
            "version",
            "middle",
            "Configured LabWare 7 sample login",
            "Configured LabWare 8 sample login",
        ),
        ("lims", _b(0, 1), "number", "start", "Integrated 120 instruments", "Integrated 160 instruments"),
        (
            "lims",
            _b(0, 3),
            "metric",
            "end",
            "from nine days to five.",
            "from nine days to five, lifting on-time batch release to 98%.",
        ),
        (
            "lims",
            _d(1),
            "certified",
            "start",
            "Owned ELN and LIMS",
            "As a certified STARLIMS administrator, owned ELN and LIMS",
        ),
        ("lims", _b(1, 0), "duration", "end", "in 14 months.", "in 10 months."),
        (
            "lims",
            _b(1, 2),
            "team size",
            "start",
            "Led periodic Part 11",
            "Led a six-person team running periodic Part 11",
        ),
        (
            "lims",
            _b(1),
            "new bullet",
            "end",
            None,
            "Introduced Benchling notebooks for the antibody discovery group's molecular biology work.",
        ),
        ("lims", _b(0), "moved bullet", "end", None, "Served as key user in the lab's first LIMS implementation."),
        # medical-device regulatory affairs
        (
            "medreg",
            _O,
            "degree",
            "start",
            "Regulatory affairs manager with a decade",
            "MBA-qualified regulatory affairs manager with a decade",
        ),
        ("medreg", _O, "number", "middle", "clearance for eight devices", "clearance for nine devices"),
        (
            "medreg",
            _O,
            "certification",
            "end",
            "she holds the RAC-Devices credential.",
            "she holds the RAC-Devices and ASQ CQA credentials.",
        ),
        ("medreg", _O, "years", "start", "with a decade of European", "with fourteen years of European"),
        (
            "medreg",
            _d(0),
            "customer",
            "end",
            "orthopedic implants and surgical instruments.",
            "orthopedic implants and surgical instruments, including products distributed by Stryker.",
        ),
        (
            "medreg",
            _d(0),
            "certified",
            "middle",
            "At Orthovance she leads",
            "At Orthovance she, a certified ISO 13485 lead auditor, leads",
        ),
        (
            "medreg",
            _b(0, 0),
            "team size",
            "middle",
            "Transitioned six product families",
            "Transitioned, with a team of two specialists, six product families",
        ),
        ("medreg", _b(0, 2), "version", "end", "MEDDEV 2.7/1 revision 4.", "MEDDEV 2.7/1 revision 5."),
        ("medreg", _b(0, 3), "date", "start", "Established PMS plans", "In 2020, established PMS plans"),
        (
            "medreg",
            _d(1),
            "recognition",
            "start",
            "Supported regulatory work",
            "Recognised with Cardiolink's quality award, supported regulatory work",
        ),
        ("medreg", _b(1, 2), "duration", "end", "within 60 days.", "within 45 days."),
        (
            "medreg",
            _b(1),
            "new bullet",
            "end",
            None,
            "Secured Health Canada medical device licences for the Holter range.",
        ),
        # genomics pipelines
        (
            "genomics",
            _O,
            "degree",
            "start",
            "Genomics pipeline engineer with eight years",
            "Genomics pipeline engineer with an MSc in Bioinformatics and eight years",
        ),
        ("genomics", _O, "tool", "middle", "Nextflow, Snakemake and GATK", "Nextflow, Snakemake, Cromwell and GATK"),
        (
            "genomics",
            _d(0),
            "customer",
            "end",
            "for hospital rare-disease programs.",
            "for hospital rare-disease programs such as Genomics England's.",
        ),
        (
            "genomics",
            _d(0),
            "certification",
            "start",
            "Builds and maintains",
            "A Google Cloud Professional Data Engineer, builds and maintains",
        ),
        ("genomics", _b(0, 0), "number", "middle", "from five days to 36 hours", "from five days to 32 hours"),
        (
            "genomics",
            _b(0, 0),
            "recognition",
            "start",
            "Re-engineered the germline pipeline",
            "In an award-winning project, re-engineered the germline pipeline",
        ),
        (
            "genomics",
            _b(0, 1),
            "metric",
            "end",
            "at up to 400 samples a day.",
            "at up to 400 samples a day with 99.9% pipeline success.",
        ),
        (
            "genomics",
            _b(0, 2),
            "team size",
            "start",
            "Introduced nf-core-style tests",
            "With two junior engineers, introduced nf-core-style tests",
        ),
        ("genomics", _b(1, 0), "version", "middle", "GATK joint genotyping", "GATK 4.5 joint genotyping"),
        ("genomics", _d(1), "date", "end", "of 12,000 participants.", "of 12,000 participants recruited since 2009."),
        (
            "genomics",
            _b(1),
            "new bullet",
            "end",
            None,
            "Published the cohort's variant frequencies to the European Variation Archive.",
        ),
        (
            "genomics",
            _b(1),
            "moved bullet",
            "end",
            None,
            "Introduced nf-core-style tests and CI that validate each release against the GIAB reference samples.",
        ),
        # hospital ERP and supply chain
        ("hospital", _O, "years", "start", "ERP lead, 14 years", "ERP lead, 16 years"),
        (
            "hospital",
            _O,
            "tool",
            "middle",
            "Infor CloudSuite for a private chain",
            "Infor CloudSuite and SAP Ariba for a private chain",
        ),
        (
            "hospital",
            _O,
            "certification",
            "end",
            "CIPS Level 6 and PRINCE2 Practitioner.",
            "CIPS Level 6, PRINCE2 Practitioner and Lean Six Sigma Green Belt.",
        ),
        ("hospital", _d(0), "customer", "start", "Nine NHS hospitals", "NHS Lothian: nine hospitals"),
        (
            "hospital",
            _b(0, 0),
            "recognition",
            "end",
            "for nine hospitals and two DCs.",
            "for nine hospitals and two DCs, later shortlisted for an HSJ Partnership Award.",
        ),
        ("hospital", _b(0, 1), "number", "middle", "Consolidated 38,000 catalogue", "Consolidated 48,000 catalogue"),
        ("hospital", _b(0, 3), "team size", "middle", "a 70-strong programme team", "a 90-strong programme team"),
        (
            "hospital",
            _d(1),
            "certified",
            "start",
            "Headed materials management",
            "Certified in healthcare materials management (CMRP), headed materials management",
        ),
        (
            "hospital",
            _b(1, 0),
            "date",
            "start",
            "Replaced three legacy systems",
            "In 2016, replaced three legacy systems",
        ),
        (
            "hospital",
            _b(2, 0),
            "version",
            "middle",
            "from the purchasing system",
            "from the SAP ECC 6.0 purchasing system",
        ),
        (
            "hospital",
            _d(2),
            "degree",
            "end",
            "a 600-bed teaching hospital.",
            "a 600-bed teaching hospital while completing an MBA.",
        ),
        (
            "hospital",
            _b(2),
            "new bullet",
            "end",
            None,
            "Redesigned the pharmacy ordering process, cutting emergency orders in half.",
        ),
        (
            "hospital",
            _b(2),
            "moved bullet",
            "end",
            None,
            "Negotiated group orthopaedic implant contracts, saving £2.1 million a year.",
        ),
        # radiology PACS/RIS
        ("pacs", _O, "years", "start", "has spent twelve years", "has spent fifteen years"),
        (
            "pacs",
            _O,
            "tool",
            "middle",
            "integrated the RIS with the EPR over HL7,",
            "integrated the RIS with the EPR over HL7 and FHIR,",
        ),
        (
            "pacs",
            _O,
            "certification",
            "end",
            "PARCA-certified PACS administrator (CPSA).",
            "PARCA-certified PACS administrator (CPSA), also holding the CIIP.",
        ),
        ("pacs", _d(0), "number", "end", "650,000 exams annually.", "720,000 exams annually."),
        (
            "pacs",
            _b(0, 0),
            "version",
            "middle",
            "from Agfa IMPAX to Sectra —",
            "from Agfa IMPAX to Sectra PACS 24.2 —",
        ),
        (
            "pacs",
            _b(0, 1),
            "customer",
            "end",
            "HL7 v2 interfaces built in Rhapsody.",
            "HL7 v2 interfaces built in Rhapsody, later reused by Leeds Teaching Hospitals.",
        ),
        (
            "pacs",
            _b(0, 2),
            "duration",
            "middle",
            "Stood up a vendor-neutral archive",
            "Stood up, in eight weeks, a vendor-neutral archive",
        ),
        ("pacs", _b(0, 3), "team size", "middle", "rota of five administrators", "rota of seven administrators"),
        ("pacs", _d(1), "date", "start", "Supported and configured", "From 2012, supported and configured"),
        (
            "pacs",
            _d(1),
            "degree",
            "end",
            "radiology information system.",
            "radiology information system alongside an MSc in Health Informatics.",
        ),
        (
            "pacs",
            _b(1),
            "moved bullet",
            "end",
            None,
            "Stood up a vendor-neutral archive (VNA) and DICOM routing rules covering 60 modalities.",
        ),
        # university student information systems
        ("banner", _O, "years", "start", "consultant with a decade", "consultant with fifteen years"),
        ("banner", _O, "number", "middle", "four Banner 9 upgrades led", "six Banner 9 upgrades led"),
        (
            "banner",
            _O,
            "tool",
            "end",
            "financial aid and IT.",
            "financial aid and IT, including Workday Student pilots.",
        ),
        (
            "banner",
            _d(0),
            "customer",
            "end",
            "for public universities.",
            "for public universities such as Arizona State.",
        ),
        (
            "banner",
            _b(0, 1),
            "version",
            "start",
            "Built degree audit in DegreeWorks,",
            "Built degree audit in DegreeWorks 5.1,",
        ),
        (
            "banner",
            _b(0, 1),
            "recognition",
            "end",
            "at a university of 30,000 students.",
            "at a university of 30,000 students, a project that won an Ellucian Impact Award.",
        ),
        (
            "banner",
            _d(1),
            "team size",
            "start",
            "Supported Banner Student",
            "With a team of three analysts, supported Banner Student",
        ),
        (
            "banner",
            _d(1),
            "degree",
            "end",
            "from the registrar's office.",
            "from the registrar's office while finishing an MBA.",
        ),
        (
            "banner",
            _b(1, 0),
            "certified",
            "start",
            "Automated term roll",
            "Ellucian-certified in Banner Financial Aid, automated term roll",
        ),
        ("banner", _b(1), "moved bullet", "end", None, "Integrated Banner with Slate admissions through Ethos APIs."),
        # sports performance analytics
        ("sports", _O, "years", "start", "For seven years Liam", "For ten years Liam"),
        (
            "sports",
            _O,
            "customer",
            "middle",
            "in professional football and rugby union,",
            "in professional football and rugby union (Leinster and Munster),",
        ),
        (
            "sports",
            _d(0),
            "certification",
            "start",
            "Heads data analysis",
            "UEFA B Licence holder heading data analysis",
        ),
        (
            "sports",
            _d(0),
            "recognition",
            "end",
            "of a Championship football club.",
            "of a Championship football club, shortlisted at the 2023 Sports Technology Awards.",
        ),
        ("sports", _b(0, 0), "number", "end", "the 28-player first-team squad.", "the 32-player first-team squad."),
        (
            "sports",
            _b(0, 2),
            "metric",
            "end",
            "with Second Spectrum tracking.",
            "with Second Spectrum tracking, saving analysts 12 hours a week.",
        ),
        (
            "sports",
            _b(0, 3),
            "team size",
            "start",
            "Communicates weekly load insight",
            "Leading a four-person analytics team, communicates weekly load insight",
        ),
        (
            "sports",
            _d(1),
            "date",
            "start",
            "Worked in the national union's",
            "Worked from 2018 in the national union's",
        ),
        (
            "sports",
            _d(1),
            "degree",
            "end",
            "with the men's senior squad.",
            "with the men's senior squad after a PhD in biomechanics.",
        ),
        ("sports", _b(1, 1), "version", "middle", "Created an R Shiny app", "Created an R 4.3 Shiny app"),
        (
            "sports",
            _b(1, 2),
            "certified",
            "start",
            "Ran the wellness questionnaires",
            "As a certified strength and conditioning specialist, ran the wellness questionnaires",
        ),
        (
            "sports",
            _b(0),
            "new bullet",
            "end",
            None,
            "Built an expected-goals model used by the recruitment team to shortlist signings.",
        ),
        (
            "sports",
            _b(0),
            "moved bullet",
            "end",
            None,
            "Created an R Shiny app so coaches could benchmark each player's GPS data by position.",
        ),
        # broadcast playout and media asset management
        ("broadcast", _O, "years", "start", "technical lead, 15 years", "technical lead, 18 years"),
        (
            "broadcast",
            _O,
            "tool",
            "middle",
            "ran Dalet Galaxy for a news broadcaster",
            "ran Dalet Galaxy and Avid Interplay for a news broadcaster",
        ),
        (
            "broadcast",
            _d(0),
            "number",
            "middle",
            "operating channels for European",
            "operating 40 channels for European",
        ),
        ("broadcast", _b(0, 0), "date", "end", "completed in 2022.", "completed in 2021."),
        (
            "broadcast",
            _b(0, 1),
            "metric",
            "end",
            "freed 70% of rack space.",
            "freed 70% of rack space and cut power draw by 40%.",
        ),
        ("broadcast", _b(0, 2), "duration", "end", "in less than 90 seconds.", "in less than 30 seconds."),
        ("broadcast", _b(0, 3), "team size", "start", "Leads nine engineers", "Leads fourteen engineers"),
        (
            "broadcast",
            _d(1),
            "certified",
            "start",
            "Ran media asset management",
            "As a Dalet-certified administrator, ran media asset management",
        ),
        (
            "broadcast",
            _b(1, 0),
            "version",
            "middle",
            "Administered Dalet Galaxy for",
            "Administered Dalet Galaxy five for",
        ),
        (
            "broadcast",
            _d(2),
            "degree",
            "end",
            "for a regional production company.",
            "for a regional production company, fresh from an MSc in audio engineering.",
        ),
        (
            "broadcast",
            _b(2, 1),
            "recognition",
            "end",
            "for live regional sport.",
            "for live regional sport, winning an RTS award for technical innovation.",
        ),
        (
            "broadcast",
            _b(1),
            "new bullet",
            "end",
            None,
            "Introduced automatic speech-to-text subtitling for the news archive.",
        ),
        (
            "broadcast",
            _b(0),
            "moved bullet",
            "end",
            None,
            "Automated ingest and transcoding in Telestream Vantage: 1,500 clips daily.",
        ),
        # legal practice management
        (
            "legal",
            _O,
            "recognition",
            "start",
            "Legal practice management consultant with",
            "Award-winning legal practice management consultant with",
        ),
        ("legal", _O, "years", "start", "with eleven years implementing", "with fourteen years implementing"),
        ("legal", _O, "number", "middle", "from 80 to 1,200 lawyers", "from 80 to 1,500 lawyers"),
        (
            "legal",
            _d(0),
            "customer",
            "end",
            "in the UK and Ireland.",
            "in the UK and Ireland, among them Addleshaw Goddard.",
        ),
        ("legal", _b(0, 0), "duration", "end", "live within 11 months.", "live within 8 months."),
        (
            "legal",
            _b(0, 1),
            "tool",
            "middle",
            "Delivered Intapp Open intake and conflicts",
            "Delivered Intapp Open intake and Intapp Walls conflicts",
        ),
        (
            "legal",
            _b(0, 2),
            "metric",
            "end",
            "recorded hours rose 8% in the first quarter.",
            "recorded hours rose 8% in the first quarter and billing realisation 5%.",
        ),
        ("legal", _b(0, 3), "version", "start", "Linked iManage Work to Aderant", "Linked iManage Work 11 to Aderant"),
        (
            "legal",
            _d(1),
            "team size",
            "start",
            "Managed practice systems in-house",
            "Managed a three-person practice systems team in-house",
        ),
        (
            "legal",
            _d(1),
            "degree",
            "end",
            "commercial law firm.",
            "commercial law firm while studying for an LLM.",
        ),
        (
            "legal",
            _b(1, 0),
            "certified",
            "start",
            "Owned Elite 3E billing",
            "As a certified Elite 3E administrator, owned billing",
        ),
        (
            "legal",
            _b(1),
            "new bullet",
            "end",
            None,
            "Introduced LEDES e-billing for the firm's insurance clients.",
        ),
        (
            "legal",
            _b(1),
            "moved bullet",
            "end",
            None,
            "Linked iManage Work to Aderant matter data so that workspaces are created automatically.",
        ),
        # real-estate property management
        ("yardi", _O, "years", "start", "leader with nine years", "leader with twelve years"),
        ("yardi", _O, "number", "middle", "Voyager 7S across 14,000 units", "Voyager 7S across 16,000 units"),
        (
            "yardi",
            _O,
            "tool",
            "end",
            "property managers, accounting and IT.",
            "property managers, accounting and IT through Entrata integrations.",
        ),
        (
            "yardi",
            _d(0),
            "degree",
            "start",
            "Owns property systems",
            "With an MBA in real estate finance, owns property systems",
        ),
        (
            "yardi",
            _d(0),
            "customer",
            "end",
            "over five US states.",
            "over five US states, including assets managed for Greystar.",
        ),
        (
            "yardi",
            _b(0, 0),
            "duration",
            "end",
            "in three waves across ten months.",
            "in three waves across eight months.",
        ),
        (
            "yardi",
            _b(0, 1),
            "metric",
            "end",
            "climbed from 55% to 88%.",
            "climbed from 55% to 88%, and delinquency fell 15%.",
        ),
        ("yardi", _b(0, 3), "team size", "middle", "four Yardi analysts and", "eight Yardi analysts and"),
        ("yardi", _d(1), "date", "start", "Supported Yardi at", "Since 2015, supported Yardi at"),
        (
            "yardi",
            _d(1),
            "certification",
            "middle",
            "Supported Yardi at a commercial landlord",
            "Supported Yardi, as a CCIM designee, at a commercial landlord",
        ),
        (
            "yardi",
            _b(1, 0),
            "recognition",
            "end",
            "reconciliations in Yardi Commercial.",
            "reconciliations in Yardi Commercial, earning a Yardi Client Excellence Award.",
        ),
        (
            "yardi",
            _b(1, 1),
            "certified",
            "start",
            "Developed YSR reports",
            "A Yardi-certified report developer, produced YSR reports",
        ),
        (
            "yardi",
            _b(1),
            "new bullet",
            "end",
            None,
            "Integrated Yardi with the AvidXchange invoice workflow for 300 vendors.",
        ),
        (
            "yardi",
            _b(1),
            "moved bullet",
            "end",
            None,
            "Created Yardi Orion dashboards tracking occupancy, delinquency and lease expirations.",
        ),
        # precision agriculture
        (
            "agri",
            _O,
            "degree",
            "start",
            "Data engineer with an agronomy background",
            "Data engineer with a PhD in agronomy",
        ),
        ("agri", _O, "years", "start", "background and eight years", "background and ten years"),
        (
            "agri",
            _O,
            "tool",
            "middle",
            "Works in Python, QGIS and John Deere",
            "Works in Python, QGIS, ArcGIS Pro and John Deere",
        ),
        ("agri", _O, "number", "end", "roughly 65,000 ha", "roughly 85,000 ha"),
        (
            "agri",
            _d(0),
            "customer",
            "end",
            "Dutch and Belgian arable growers.",
            "Dutch and Belgian arable growers, including Royal Cosun.",
        ),
        ("agri", _b(0, 0), "duration", "end", "every five days.", "every three days."),
        (
            "agri",
            _b(0, 1),
            "tool",
            "middle",
            "Operations Center and CNH AFS Connect APIs",
            "Operations Center, CNH AFS Connect and Trimble Ag APIs",
        ),
        (
            "agri",
            _b(0, 2),
            "team size",
            "start",
            "Maintains the PostGIS field database",
            "With three engineers, maintains the PostGIS field database",
        ),
        ("agri", _b(0, 2), "version", "middle", "the PostGIS field database", "the PostGIS 3.4 field database"),
        ("agri", _d(1), "date", "start", "Advised arable growers", "From 2016, advised arable growers"),
        (
            "agri",
            _b(1, 0),
            "certified",
            "start",
            "Mapped late blight risk",
            "As a certified BVLOS drone pilot, mapped late blight risk",
        ),
        (
            "agri",
            _b(1, 1),
            "certification",
            "end",
            "for 90 member farms.",
            "for 90 member farms, after earning the Esri ArcGIS Professional certificate.",
        ),
        (
            "agri",
            _b(0),
            "new bullet",
            "end",
            None,
            "Trained a random-forest yield prediction model on ten years of harvest records.",
        ),
        ("agri", _b(0), "moved bullet", "end", None, "Ran variable-rate seeding strip trials on-farm with 15 growers."),
    ],
)

AMBIGUOUS = build(
    CVS,
    [
        (
            "clinical",
            _O,
            "maintains trial master files",
            "maintains inspection-ready trial master files",
            "the posting's 'inspection-ready' is a quality claim the CV never makes, though it names no thing or "
            "figure",
        ),
        (
            "clinical",
            _d(1),
            "Managed data in-house",
            "Oversaw CRO data management in-house",
            "the posting's 'oversee CRO data management': the CV says it worked with external CROs, not that it "
            "oversaw them",
        ),
        (
            "clinical",
            _b(1, 1),
            "reducing open discrepancies by 60 per cent",
            "more than halving open discrepancies",
            "60% is more than half, but the CV's figure is replaced by a vaguer one",
        ),
        (
            "lims",
            _b(0, 1),
            "Empower CDS included",
            "Empower and other CDS platforms included",
            "the CV names only Empower; 'other CDS platforms' widens the claim without naming a product",
        ),
        (
            "medreg",
            _b(1, 1),
            "Kept ISO 14971 risk",
            "Kept ISO 14971:2019 risk",
            "the 2019 edition is in the other experience's environment, not this one's",
        ),
        (
            "medreg",
            _b(0, 1),
            "every one of which received clearance",
            "all cleared on the first submission",
            "the CV says all were cleared, not that none needed a resubmission",
        ),
        (
            "genomics",
            _O,
            "— less than half.",
            "— a 59% saving.",
            "59% is computed from $41 and $17 (58.5%, rounded); the CV never states a percentage",
        ),
        (
            "hospital",
            _b(0, 1),
            "Consolidated 38,000",
            "Cleansed and consolidated 38,000",
            "the posting's 'cleansing' is not what the CV says (items moved onto one item master), though it is "
            "implied",
        ),
        (
            "pacs",
            _d(0),
            "Owns the enterprise imaging service",
            "Owns PACS, RIS and VNA",
            "the posting's triple: the CV runs the imaging service and built a VNA and RIS interfaces, but never says "
            "it owns the RIS",
        ),
        (
            "banner",
            _b(1, 0),
            "using PL/SQL",
            "using PL/SQL on Oracle 19c",
            "Oracle 19c is in the other experience's environment; this one had Oracle 12c",
        ),
        (
            "sports",
            _b(0, 1),
            "fell by 30 per cent",
            "fell by almost a third",
            "30% re-expressed as 'almost a third' (33%) shifts the figure slightly",
        ),
        (
            "broadcast",
            _b(0, 3),
            "round-the-clock master control",
            "the 24x7 MCR",
            "MCR is the standard abbreviation for master control room, taken from the posting",
        ),
        (
            "legal",
            _O,
            "has reported on work in progress and lock-up for a finance partner",
            "is fluent in law-firm finance such as WIP and lock-up",
            "the CV shows WIP and lock-up reporting; 'fluent in law-firm finance' generalises it",
        ),
        (
            "yardi",
            _d(0),
            "Owns property systems",
            "Owns Yardi Voyager 7S, RENTCafé and reporting",
            "the posting's wording; every product is in this experience, but ownership of reporting is inferred",
        ),
        (
            "agri",
            _d(0),
            "at a farm analytics start-up",
            "at an agritech company",
            "the posting's 'agritech company' generalises 'farm analytics start-up'",
        ),
    ],
    with_reason=True,
)

# Measured blind: at 7f4db54 (the guard of the morning) 143/148 caught, 9/139 touched; at beceae2 (after the
# day's fixes, tuned on other sets) 145/148 and 7/139. Never tuned on.
# Then a tuning set: after session 9 every claim caught (148/148) by general rules (an abbreviation the CV gives
# a credential, a degree named as "a ... graduate", a release after "revision"/"v" or in words, recognition by someone).
GUARD_FLOOR = {"caught": 148, "touched": 1}
