"""Blind set K for the free-text claims guard (issue 20): twelve hand-written CVs in Kafka event
streaming, Databricks lakehouse engineering, Go microservices, Kubernetes platform engineering, data
governance (Collibra, Alation), search relevance (Elasticsearch/OpenSearch), iOS apps, game backend
services, LLM application engineering (RAG, vector databases), embedded Linux (Yocto), observability
(Datadog, Prometheus/Grafana) and identity federation for SaaS, each with a posting or customer brief,
one honest tailoring in its own style, single injected claims of every kind and a few edits we are
honestly unsure about; written blind, without reading the guard, its docs, its tests or any other set."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}

# --- Kafka event streaming: recruiter-style, posting vocabulary, "1.4M", "p99" ---------------------
_kafka = cv(
    "Senior Event Streaming Engineer",
    "Ingrid Solvang",
    "Event streaming engineer with 9 years of experience building data platforms on Apache Kafka, Kafka "
    "Streams and Confluent Platform. Designed streaming backbones for payments and logistics, moving up to "
    "1.4 million events per second with exactly-once processing. Confluent Certified Developer for Apache "
    "Kafka; comfortable in Java and Scala.",
    [
        (
            "Lead Streaming Engineer, Nordlys Payments (2021 – 2024)",
            "Rebuilt the card-authorisation event pipeline of a Nordic payment processor on Confluent Platform "
            "7.4, replacing a nightly batch feed.",
            [
                "Designed 42 Kafka topics with Avro schemas in Schema Registry and compatibility rules enforced in CI.",
                "Cut end-to-end authorisation event latency from 4 seconds to 180 ms at the 99th percentile.",
                "Introduced Kafka Streams applications for fraud scoring, processing 1.4 million events per second "
                "at peak.",
                "Ran a tiered storage migration that reduced broker disk costs by 38%.",
                "Mentored a squad of 5 engineers on stream processing patterns.",
            ],
            [
                "Confluent Platform 7.4",
                "Apache Kafka",
                "Kafka Streams",
                "Schema Registry",
                "Avro",
                "Java 17",
                "Terraform",
            ],
        ),
        (
            "Streaming Engineer, Fjordline Logistics (2018 – 2021)",
            "Built shipment-tracking event streams connecting warehouse scanners and the customer portal.",
            [
                "Set up Kafka Connect with Debezium to capture changes from 14 PostgreSQL databases.",
                "Wrote ksqlDB queries that joined scanner events with order data in near real time.",
                "Brought consumer lag alerts into Prometheus, halving incident response time.",
                "Migrated 3 clusters from ZooKeeper-based Kafka 2.8 to a managed MSK setup on AWS.",
            ],
            ["Apache Kafka 2.8", "Kafka Connect", "Debezium", "ksqlDB", "PostgreSQL", "Amazon MSK", "Prometheus"],
        ),
    ],
    skills=["Event-driven architecture", "Stream processing", "Exactly-once semantics", "Schema evolution"],
    languages=["Java", "Scala", "Python"],
    tools=["Apache Kafka", "Confluent Platform", "Kafka Streams", "ksqlDB", "Debezium", "Terraform"],
    certifications=["Confluent Certified Developer for Apache Kafka"],
    industries=["Payments", "Logistics"],
    spoken_languages=["Norwegian", "English"],
    academic_background=["MSc Computer Science, NTNU Trondheim (2015)"],
)
CVS["kafka"] = {
    "source": _kafka,
    "prompt": "Job posting: Kafka Platform Engineer (fintech). Own our Confluent Kafka platform end to end: topic "
    "design and schema governance, Kafka Streams services, CDC with Debezium, latency tuning and cost control. "
    "Confluent certification preferred.",
    "honest": tailor(
        _kafka,
        "Kafka platform engineer with nine years of experience on Apache Kafka, Kafka Streams and Confluent "
        "Platform, building streaming backbones for payments and logistics at up to 1.4M events per second with "
        "exactly-once processing. Confluent Certified Developer for Apache Kafka, working in Java and Scala.",
        [
            (
                "Rebuilt a Nordic payment processor's card-authorisation event pipeline on Confluent Platform 7.4, "
                "retiring the nightly batch feed.",
                [
                    "Owned topic design and schema governance: 42 Kafka topics with Avro schemas in Schema Registry, "
                    "compatibility rules enforced in CI.",
                    "Tuned latency: p99 authorisation event latency down from 4 s to 180 ms end to end.",
                    "Delivered Kafka Streams fraud-scoring services handling 1.4 million events/sec at peak.",
                    "Controlled cost with a tiered storage migration, cutting broker disk spend by 38 percent.",
                    "Mentored five engineers on stream processing patterns.",
                ],
            ),
            (
                "Built shipment-tracking event streams linking warehouse scanners to the customer portal.",
                [
                    "Implemented CDC with Kafka Connect and Debezium across 14 PostgreSQL databases.",
                    "Joined scanner events with order data in near real time using ksqlDB.",
                    "Added consumer lag alerting in Prometheus, cutting incident response time by half.",
                    "Moved three ZooKeeper-based Kafka 2.8 clusters to managed Amazon MSK on AWS.",
                ],
            ),
        ],
    ),
}

# --- Databricks lakehouse: consultant prose, merged bullets, "90 minutes" as "1.5 h" ----------------
_databricks = cv(
    "Lakehouse Data Engineer",
    "Tomás Ferreira",
    "Data engineer specialised in the Databricks Lakehouse Platform, with 7 years in data engineering and 4 "
    "on Databricks. Builds Delta Lake medallion architectures, Unity Catalog governance and Structured "
    "Streaming pipelines in PySpark and SQL for retail and insurance clients. Databricks Certified Data "
    "Engineer Professional.",
    [
        (
            "Senior Data Engineer, Brightcart Retail (2022 – 2024)",
            "Moved the retailer's on-premises Hadoop warehouse to a Databricks lakehouse on Azure.",
            [
                "Migrated 310 Hive tables to Delta Lake in bronze, silver and gold layers.",
                "Rolled out Unity Catalog across 6 workspaces, with row filters for store-level data.",
                "Replaced overnight batch jobs with Structured Streaming, so sales dashboards refresh every 5 minutes.",
                "Reduced monthly compute spend by 27% by moving jobs to job clusters with autoscaling and Photon.",
            ],
            [
                "Azure Databricks",
                "Delta Lake",
                "Unity Catalog",
                "PySpark",
                "Databricks SQL",
                "Azure Data Lake Storage Gen2",
                "Photon",
            ],
        ),
        (
            "Data Engineer, Meridian Insurance (2019 – 2022)",
            "Built the claims data platform feeding actuarial models and regulatory reports.",
            [
                "Wrote PySpark pipelines loading 2 TB of claims data per day into Delta tables.",
                "Orchestrated 85 jobs with Apache Airflow and Databricks Workflows.",
                "Introduced data quality checks with Great Expectations, catching schema drift before reports ran.",
            ],
            [
                "Databricks on AWS",
                "Apache Spark 3.1",
                "Delta Lake",
                "Apache Airflow",
                "Great Expectations",
                "Amazon S3",
            ],
        ),
        (
            "Junior Data Engineer, Lusodata (2017 – 2019)",
            "Consulting projects on SQL Server data warehouses for public-sector clients.",
            [
                "Built SSIS packages for 3 municipal data warehouses.",
                "Tuned T-SQL stored procedures, cutting a nightly load from 6 hours to 90 minutes.",
            ],
            ["SQL Server 2016", "SSIS", "T-SQL"],
        ),
    ],
    skills=["Lakehouse architecture", "Medallion architecture", "Data modelling", "Streaming ETL"],
    languages=["Python", "SQL", "Scala"],
    tools=["Databricks", "Delta Lake", "Unity Catalog", "Apache Airflow", "dbt"],
    certifications=[
        "Databricks Certified Data Engineer Professional",
        "Microsoft Certified: Azure Data Engineer Associate",
    ],
    industries=["Retail", "Insurance", "Public sector"],
    spoken_languages=["Portuguese", "English", "Spanish"],
    academic_background=["BSc Informatics Engineering, University of Porto (2017)"],
)
CVS["databricks"] = {
    "source": _databricks,
    "prompt": "Customer brief: lakehouse modernisation for a European grocery chain. We are looking for a Databricks "
    "engineer to migrate legacy Hive/Hadoop data to Delta Lake, set up Unity Catalog governance, deliver "
    "near-real-time sales reporting with Structured Streaming and keep Azure costs under control.",
    "honest": tailor(
        _databricks,
        "Databricks engineer with seven years in data engineering, four of them on the Databricks Lakehouse "
        "Platform. Migrates legacy estates into Delta Lake medallion architectures, sets up Unity Catalog "
        "governance and delivers Structured Streaming pipelines in PySpark and SQL, for retail and insurance "
        "clients. Holds the Databricks Certified Data Engineer Professional and Azure Data Engineer Associate "
        "certifications.",
        [
            (
                "Migration of a retailer's on-prem Hadoop warehouse to an Azure Databricks lakehouse.",
                [
                    "Moved 310 Hive tables into Delta Lake across bronze, silver and gold layers.",
                    "Set up Unity Catalog governance over six workspaces, including row filters for store-level data.",
                    "Delivered near-real-time sales reporting: Structured Streaming replaced overnight batch, "
                    "refreshing dashboards every five minutes.",
                    "Kept Azure costs under control, lowering monthly compute spend 27% with autoscaling job "
                    "clusters and Photon.",
                ],
            ),
            (
                "Claims data platform feeding actuarial models and regulatory reporting.",
                [
                    "Loaded 2 TB/day of claims data into Delta tables with PySpark pipelines.",
                    "Orchestrated 85 jobs across Apache Airflow and Databricks Workflows, with Great Expectations "
                    "data quality checks catching schema drift before reports ran.",
                ],
            ),
            (
                "SQL Server data warehousing for public-sector clients.",
                [
                    "Delivered SSIS packages for three municipal data warehouses.",
                    "Cut a nightly load from 6 h to 1.5 h by tuning T-SQL stored procedures.",
                ],
            ),
        ],
    ),
}

# --- Go microservices: terse engineering voice, "3.5k", "99th-percentile ... milliseconds" --------
_go = cv(
    "Backend Engineer (Go)",
    "Priya Raman",
    "Backend engineer writing Go microservices since 2016. Designs gRPC and REST APIs, event-driven services "
    "on NATS, and PostgreSQL-backed domains for marketplaces and mobility companies. Cares about "
    "observability, load testing and clean service boundaries.",
    [
        (
            "Staff Backend Engineer, Rideloop (2020 – 2024)",
            "Split a Ruby on Rails monolith for a ride-hailing platform into Go services.",
            [
                "Extracted 11 services from the monolith behind gRPC interfaces defined in Protocol Buffers.",
                "Built the dispatch service handling 3,500 requests per second with p99 latency under 40 ms.",
                "Introduced OpenTelemetry tracing across all Go services.",
                "Led the on-call rotation of 7 engineers and wrote the runbooks.",
            ],
            ["Go 1.21", "gRPC", "Protocol Buffers", "PostgreSQL 15", "NATS JetStream", "Kubernetes", "OpenTelemetry"],
        ),
        (
            "Backend Engineer, Stallplatz Marketplace (2016 – 2020)",
            "Payments and listings backend for an online marketplace for second-hand furniture.",
            [
                "Wrote the payouts service in Go, settling around €2 million per month to sellers.",
                "Replaced a cron-based search indexer with an event-driven pipeline on NATS.",
                "Raised unit test coverage of the listings service from 35% to 80%.",
            ],
            ["Go 1.12", "PostgreSQL", "NATS", "Docker", "Stripe API"],
        ),
        (
            "Software Developer, Kanta Web Agency (2014 – 2016)",
            "PHP and Python web projects for small-business clients.",
            [
                "Built 20 client websites on Django and Laravel.",
                "Set up the agency's first CI server with Jenkins.",
            ],
            ["Python", "Django", "PHP", "Laravel", "Jenkins", "MySQL"],
        ),
    ],
    skills=["Microservice architecture", "API design", "Domain-driven design", "Load testing"],
    languages=["Go", "Python", "Ruby", "PHP", "SQL"],
    tools=["gRPC", "NATS", "PostgreSQL", "Docker", "k6", "OpenTelemetry"],
    certifications=["Certified Kubernetes Application Developer (CKAD)"],
    industries=["Mobility", "E-commerce"],
    spoken_languages=["English", "Tamil", "German (B1)"],
    academic_background=["B.Tech Computer Science, Anna University (2014)"],
)
CVS["go"] = {
    "source": _go,
    "prompt": "Job posting: Senior Go Engineer at a logistics scale-up. You will design gRPC APIs, break a legacy "
    "monolith into Go microservices, own latency and reliability and improve observability with OpenTelemetry. "
    "Kubernetes experience is a plus.",
    "honest": tailor(
        _go,
        "Senior Go engineer building microservices since 2016: gRPC and REST API design, event-driven services on "
        "NATS and PostgreSQL-backed domains, for mobility and marketplace businesses. Strong on observability, "
        "load testing and clean service boundaries; CKAD certified.",
        [
            (
                "Broke up a ride-hailing platform's Ruby on Rails monolith into Go microservices.",
                [
                    "Carved 11 services out of the monolith, each behind gRPC interfaces defined in Protobuf.",
                    "Owned the dispatch service: 3.5k requests/second at a 99th-percentile latency below 40 "
                    "milliseconds.",
                    "Rolled out OpenTelemetry tracing across every Go service.",
                    "Ran the seven-engineer on-call rotation and authored its runbooks.",
                ],
            ),
            (
                "Built payments and listings backend services for a second-hand furniture marketplace.",
                [
                    "Developed the Go payouts service, settling roughly €2M a month to sellers.",
                    "Swapped a cron-based search indexer for an event-driven NATS pipeline.",
                    "Lifted listings service unit test coverage from 35 to 80 percent.",
                ],
            ),
            (
                "Web projects in PHP and Python for small-business clients.",
                [
                    "Delivered twenty client sites with Django and Laravel.",
                    "Introduced the agency's first Jenkins CI server.",
                ],
            ),
        ],
    ),
}

# --- Kubernetes platform engineering: "K8s", GKE expanded, em dashes, merged bullets ---------------
_k8s = cv(
    "Platform Engineer (Kubernetes)",
    "Lukas Brandt",
    "Platform engineer who has run production Kubernetes since 2017. Builds internal developer platforms on "
    "EKS and GKE with Argo CD, Crossplane and Terraform, and runs multi-tenant clusters for banks and media "
    "companies. CKA and CKS certified.",
    [
        (
            "Lead Platform Engineer, Hansebank Digital (2021 – 2024)",
            "Internal developer platform for a German retail bank's 60 product teams.",
            [
                "Built a golden-path template that takes a new service from repository to production in under a day.",
                "Ran 14 EKS clusters with Argo CD GitOps and Kyverno admission policies.",
                "Introduced Crossplane compositions so teams order databases and queues through pull requests.",
                "Brought cluster upgrade time from 3 weeks to 2 days with blue-green node groups.",
                "Cut EC2 spend by 31% with Karpenter and spot instances.",
            ],
            [
                "Amazon EKS",
                "Kubernetes 1.28",
                "Argo CD",
                "Crossplane",
                "Kyverno",
                "Karpenter",
                "Terraform",
                "Helm",
            ],
        ),
        (
            "DevOps Engineer, Elbmedia (2017 – 2021)",
            "Moved the streaming site of a Hamburg broadcaster from VMs to GKE.",
            [
                "Containerised 40 services and wrote their Helm charts.",
                "Set up cluster autoscaling for live events with traffic peaks of 8 times normal load.",
                "Replaced Jenkins pipelines with GitLab CI.",
            ],
            ["GKE", "Kubernetes 1.11", "Helm 2", "GitLab CI", "Prometheus", "Google Cloud"],
        ),
        (
            "Linux Administrator, Nordkabel (2012 – 2017)",
            "Ran Linux servers for a regional cable operator.",
            [
                "Automated the configuration of 300 servers with Ansible.",
                "Ran the Nagios monitoring and the on-call rota for the hosting team.",
            ],
            ["Red Hat Enterprise Linux", "Ansible", "Nagios", "VMware vSphere"],
        ),
    ],
    skills=["Platform engineering", "GitOps", "Multi-tenancy", "Policy as code", "Cost optimisation"],
    languages=["Go", "Bash", "Python", "HCL"],
    tools=["Kubernetes", "Argo CD", "Crossplane", "Terraform", "Helm", "Kyverno", "Ansible"],
    certifications=["Certified Kubernetes Administrator (CKA)", "Certified Kubernetes Security Specialist (CKS)"],
    industries=["Banking", "Media", "Telecommunications"],
    spoken_languages=["German", "English"],
    academic_background=["Diplom-Informatiker, Universität Hamburg (2012)"],
)
CVS["k8s"] = {
    "source": _k8s,
    "prompt": "Job posting: Senior Platform Engineer at an insurer. Build and run our internal developer platform "
    "on Kubernetes (EKS): GitOps with Argo CD, infrastructure through Terraform and Crossplane, policy as code, "
    "FinOps. CKA required.",
    "honest": tailor(
        _k8s,
        "Kubernetes platform engineer running production K8s since 2017. Builds internal developer platforms on "
        "EKS and GKE — GitOps with Argo CD, infrastructure through Crossplane and Terraform — and operates "
        "multi-tenant clusters for banking and media. Certified CKA and CKS.",
        [
            (
                "Built the internal developer platform serving 60 product teams at a German retail bank.",
                [
                    "Created a golden-path template that gets a new service from repo to production in less than a day.",
                    "Operated 14 EKS clusters using GitOps with Argo CD and policy as code through Kyverno admission "
                    "policies.",
                    "Let teams order databases and queues via pull requests using Crossplane compositions.",
                    "Shortened cluster upgrades from three weeks to two days with blue/green node groups, and cut EC2 "
                    "spend 31% with Karpenter and spot instances.",
                ],
            ),
            (
                "Migrated a Hamburg broadcaster's streaming site from virtual machines to Google Kubernetes Engine.",
                [
                    "Containerised forty services and authored their Helm charts.",
                    "Configured cluster autoscaling for live events peaking at 8x normal traffic.",
                    "Moved CI from Jenkins pipelines to GitLab CI.",
                ],
            ),
            (
                "Linux server operations for a regional cable provider.",
                [
                    "Automated configuration management for 300 servers using Ansible.",
                    "Owned Nagios monitoring and the hosting team's on-call rota.",
                ],
            ),
        ],
    ),
}

# --- Data governance: verbose consultant prose, British spelling, "a decade" ----------------------
_governance = cv(
    "Data Governance Consultant",
    "Amara Okafor",
    "Data governance consultant with 10 years in data management. Implements Collibra and Alation catalogs, "
    "business glossaries and data ownership models for pharma and public-sector organisations, and links "
    "governance to GDPR and GxP compliance. DAMA-certified data management professional (CDMP Practitioner).",
    [
        (
            "Senior Consultant, Clearwater Data Advisory (2020 – 2024)",
            "Collibra rollout for a global pharmaceutical company's R&D and manufacturing data.",
            [
                "Modelled the Collibra operating model with 9 data domains and 120 named data stewards.",
                "Built a business glossary of 1,800 terms, approved through Collibra workflows.",
                "Connected Collibra lineage to Snowflake and Informatica, covering 70% of critical reports.",
                "Trained 250 business users in 12 workshops.",
            ],
            [
                "Collibra Data Intelligence Cloud",
                "Collibra Workflow Designer",
                "Snowflake",
                "Informatica PowerCenter",
                "Tableau",
            ],
        ),
        (
            "Data Governance Lead, Leeds City Council (2016 – 2020)",
            "Introduced data governance to a local authority ahead of GDPR.",
            [
                "Deployed Alation as the council's data catalog, indexing 4,000 tables.",
                "Wrote the data ownership policy adopted by 14 service areas.",
                "Ran the GDPR record of processing activities programme, completed 2 months before May 2018.",
            ],
            ["Alation", "SQL Server", "Power BI", "SharePoint"],
        ),
        (
            "Data Analyst, Northgate Health Analytics (2014 – 2016)",
            "Reporting and data quality work for NHS trusts.",
            [
                "Built data quality scorecards for 5 NHS trusts.",
                "Automated monthly reports in SQL and SSRS, saving 3 analyst days per month.",
            ],
            ["SQL Server", "SSRS", "Excel"],
        ),
    ],
    skills=["Data governance", "Metadata management", "Data stewardship", "Data quality", "GDPR compliance"],
    languages=["SQL", "Python"],
    tools=["Collibra", "Alation", "Informatica", "Power BI", "Snowflake"],
    certifications=["CDMP Practitioner (DAMA International)", "Collibra Ranger"],
    industries=["Pharmaceuticals", "Public sector", "Healthcare"],
    spoken_languages=["English", "Yoruba"],
    academic_background=["MSc Information Management, University of Sheffield (2014)"],
)
CVS["governance"] = {
    "source": _governance,
    "prompt": "Customer brief: data catalogue and governance programme for a biotech. We need a consultant to set "
    "up Collibra (or Alation), define data domains and stewardship, build the business glossary, connect lineage "
    "to Snowflake and train business users. GxP awareness required.",
    "honest": tailor(
        _governance,
        "Data governance consultant with a decade in data management, implementing Collibra and Alation catalogues, "
        "business glossaries and data ownership and stewardship models for pharma and public-sector clients, with "
        "governance tied to GDPR and GxP compliance. CDMP Practitioner (DAMA) and Collibra Ranger.",
        [
            (
                "Rolled out Collibra for a global pharma company, covering R&D and manufacturing data.",
                [
                    "Defined data domains and stewardship: a Collibra operating model with nine domains and 120 "
                    "named stewards.",
                    "Built the business glossary — 1,800 terms approved via Collibra workflows.",
                    "Connected lineage to Snowflake and Informatica for 70% of critical reports.",
                    "Trained 250 business users across twelve workshops.",
                ],
            ),
            (
                "Brought data governance to a local authority in the run-up to GDPR.",
                [
                    "Rolled out Alation as the data catalogue, indexing 4,000 tables, and wrote the data ownership "
                    "policy adopted by 14 service areas.",
                    "Completed the GDPR record of processing activities programme two months before May 2018.",
                ],
            ),
            (
                "Data quality and reporting for NHS trusts.",
                [
                    "Created data quality scorecards for five NHS trusts.",
                    "Saved three analyst days a month by automating monthly reports in SQL and SSRS.",
                ],
            ),
        ],
    ),
}

# --- Search relevance: keyword stuffing (LTR, judgement lists), "5k", "900 QPS" -------------------
_search = cv(
    "Search Relevance Engineer",
    "Camille Girard",
    "Search engineer with 8 years on Elasticsearch and OpenSearch, focused on relevance tuning, learning to "
    "rank and query understanding for e-commerce and job marketplaces. Measures relevance with offline "
    "judgements and A/B tests, and writes Python and Java.",
    [
        (
            "Senior Search Engineer, Maisonbleu (2021 – 2024)",
            "Product search for a French home-goods e-commerce site with 600,000 products.",
            [
                "Migrated search from Elasticsearch 7.10 to OpenSearch 2.x on AWS.",
                "Introduced learning to rank with XGBoost models through the OpenSearch LTR plugin.",
                "Raised search conversion by 11% over 4 A/B tests.",
                "Built a judgement list of 5,000 query-product pairs rated by merchandisers.",
            ],
            ["OpenSearch 2.x", "Elasticsearch 7.10", "OpenSearch LTR plugin", "XGBoost", "Python", "AWS"],
        ),
        (
            "Search Engineer, TalentRoute (2016 – 2021)",
            "Job search and candidate matching for a European job board.",
            [
                "Designed synonym and skill-normalisation analyzers for 9 languages.",
                "Cut zero-result searches from 14% to 6% with query relaxation.",
                "Kept p95 search latency under 120 ms at 900 queries per second.",
            ],
            ["Elasticsearch 5.6", "Elasticsearch 6.8", "Java 8", "Kibana", "Logstash"],
        ),
        (
            "Search Intern, Indexa Labs (2015 – 2016)",
            "Internship on web-crawl indexing.",
            [
                "Wrote a Python tool to deduplicate 30 million crawled pages with MinHash.",
                "Benchmarked Solr against Elasticsearch for the indexing team.",
            ],
            ["Python", "Apache Solr", "Elasticsearch 2.x", "Hadoop"],
        ),
    ],
    skills=["Relevance tuning", "Learning to rank", "Query understanding", "A/B testing", "Information retrieval"],
    languages=["Python", "Java"],
    tools=["Elasticsearch", "OpenSearch", "Kibana", "Quepid", "XGBoost"],
    certifications=["Elastic Certified Engineer"],
    industries=["E-commerce", "Recruitment"],
    spoken_languages=["French", "English", "Italian"],
    academic_background=["Diplôme d'ingénieur, Télécom Paris (2016)"],
)
CVS["search"] = {
    "source": _search,
    "prompt": "Job posting: Relevance Engineer at a fashion marketplace. Own search relevance on "
    "Elasticsearch/OpenSearch: learning to rank (LTR), synonyms and analyzers, offline evaluation with judgement "
    "lists, A/B testing and latency at scale.",
    "honest": tailor(
        _search,
        "Relevance engineer with eight years on Elasticsearch/OpenSearch: relevance tuning, learning to rank (LTR) "
        "and query understanding for e-commerce and job marketplaces. Evaluates relevance offline with judgement "
        "lists and online with A/B tests; writes Python and Java. Elastic Certified Engineer.",
        [
            (
                "Owned product search for a French home-goods online shop with a 600k-product catalogue.",
                [
                    "Moved search from Elasticsearch 7.10 to OpenSearch 2.x on Amazon Web Services.",
                    "Brought in LTR using XGBoost models via the OpenSearch Learning to Rank plugin.",
                    "Lifted search conversion 11% across four A/B tests.",
                    "Created a judgement list of 5k query–product pairs rated by merchandisers.",
                ],
            ),
            (
                "Built job search and candidate matching for a European job board.",
                [
                    "Designed synonym and skill-normalization analyzers in nine languages.",
                    "Reduced zero-result searches from 14% to 6% through query relaxation.",
                    "Held 95th-percentile latency below 120 milliseconds at 900 QPS.",
                ],
            ),
            (
                "Web-crawl indexing internship.",
                [
                    "Built a Python MinHash deduplication tool for 30M crawled pages.",
                    "Compared Solr with Elasticsearch in benchmarks for the indexing team.",
                ],
            ),
        ],
    ),
}

# --- iOS apps: punchy recruiter summary, SPM, "1.1M", colon-led bullets -----------------------------
_ios = cv(
    "Senior iOS Developer",
    "Hana Kobayashi",
    "iOS developer with 9 years of Swift and Objective-C experience, shipping consumer apps in banking, fitness "
    "and travel. Builds SwiftUI and UIKit interfaces, modular architectures with Swift Package Manager, and "
    "offline-first data layers with Core Data. Has released 14 apps to the App Store.",
    [
        (
            "Lead iOS Developer, Finora Bank (2021 – 2024)",
            "Rebuilt the retail banking app for 1.1 million customers in SwiftUI.",
            [
                "Moved the app from UIKit to SwiftUI screen by screen over 18 months without a feature freeze.",
                "Split the codebase into 23 Swift packages, cutting clean build time from 11 to 4 minutes.",
                "Raised the crash-free session rate from 98.2% to 99.8%.",
                "Led a team of 6 iOS developers.",
            ],
            ["Swift 5.9", "SwiftUI", "UIKit", "Combine", "Swift Package Manager", "Xcode 15", "Firebase Crashlytics"],
        ),
        (
            "iOS Developer, Stride Fitness (2017 – 2021)",
            "Workout tracking app with an Apple Watch companion.",
            [
                "Built the watchOS companion app using HealthKit and Core Motion.",
                "Added offline sync with Core Data and CloudKit.",
                "Grew the App Store rating from 3.9 to 4.7 stars.",
            ],
            ["Swift 4", "Objective-C", "watchOS", "HealthKit", "Core Data", "CloudKit"],
        ),
        (
            "Junior iOS Developer, Wayfare Travel (2015 – 2017)",
            "Booking app for a travel agency.",
            [
                "Wrote Objective-C screens for hotel search and booking.",
                "Integrated Apple Pay into the checkout.",
            ],
            ["Objective-C", "UIKit", "Apple Pay"],
        ),
    ],
    skills=["Mobile architecture", "Accessibility", "Offline-first design", "App Store release management"],
    languages=["Swift", "Objective-C", "Kotlin"],
    tools=["Xcode", "SwiftUI", "Fastlane", "Firebase", "TestFlight"],
    industries=["Banking", "Fitness", "Travel"],
    spoken_languages=["Japanese", "English"],
    academic_background=["BEng Software Engineering, Keio University (2015)"],
)
CVS["ios"] = {
    "source": _ios,
    "prompt": "Job posting: Senior iOS Engineer at a health-tech start-up. SwiftUI, modular architecture with Swift "
    "Package Manager, HealthKit and Apple Watch, offline-first with Core Data, app quality (crash-free rate, "
    "ratings). You will lead a small team.",
    "honest": tailor(
        _ios,
        "Senior iOS engineer with nine years in Swift and Objective-C, shipping consumer apps for banking, fitness "
        "and travel. SwiftUI and UIKit interfaces, modular architecture with Swift Package Manager (SPM), "
        "offline-first data layers in Core Data — and 14 apps released on the App Store to show for it.",
        [
            (
                "SwiftUI rebuild of a retail banking app serving 1.1M customers.",
                [
                    "Migrated UIKit to SwiftUI screen by screen across 18 months, with no feature freeze.",
                    "Modularised the codebase into 23 Swift packages; clean builds dropped from 11 min to 4 min.",
                    "Improved app quality: crash-free sessions up from 98.2% to 99.8%.",
                    "Led six iOS developers.",
                ],
            ),
            (
                "Built a workout-tracking app and its Apple Watch companion.",
                [
                    "Delivered the watchOS companion using HealthKit and Core Motion.",
                    "Implemented offline-first sync with Core Data and CloudKit.",
                    "Took the App Store rating from 3.9 to 4.7.",
                ],
            ),
            (
                "Travel agency booking app.",
                [
                    "Wrote the hotel search and booking screens in Objective-C and integrated Apple Pay at checkout.",
                ],
            ),
        ],
    ),
}

# --- Game backend services: live-ops vocabulary, "250k", "five AWS regions" -----------------------
_game = cv(
    "Game Backend Engineer",
    "Oskar Lindqvist",
    "Backend engineer for online games since 2015. Builds matchmaking, player progression and live-ops services "
    "in C# and Go on AWS, running on dedicated game servers with Agones. Shipped backends for 3 multiplayer "
    "titles with peaks of 250,000 concurrent players.",
    [
        (
            "Senior Backend Engineer, Frostpeak Games (2020 – 2024)",
            "Online services for a cross-platform multiplayer shooter.",
            [
                "Designed the matchmaking service, pairing players in under 15 seconds at the median.",
                "Ran dedicated game servers on Kubernetes with Agones across 5 AWS regions.",
                "Built the live-ops event system that lets designers schedule in-game events without a client patch.",
                "Handled a launch-day peak of 250,000 concurrent players without downtime.",
            ],
            ["C#", ".NET 8", "Go", "Agones", "Amazon EKS", "DynamoDB", "Redis"],
        ),
        (
            "Backend Developer, Pixelgrove Studio (2015 – 2020)",
            "Player accounts, progression and store backend for two mobile games.",
            [
                "Wrote the progression service storing 40 million player profiles in DynamoDB.",
                "Built the in-game store API with receipt validation for Apple and Google purchases.",
                "Moved leaderboards to Redis sorted sets, dropping read latency from 80 ms to 6 ms.",
            ],
            [".NET Core 2.1", "C#", "DynamoDB", "Redis", "AWS Lambda", "Unity"],
        ),
    ],
    skills=["Matchmaking", "Live operations", "Game server orchestration", "Scalability"],
    languages=["C#", "Go", "C++", "Lua"],
    tools=["Agones", "Kubernetes", "Redis", "DynamoDB", "Unity", "PlayFab"],
    certifications=["AWS Certified Solutions Architect – Associate"],
    industries=["Video games"],
    spoken_languages=["Swedish", "English"],
    academic_background=["BSc Game Development, Blekinge Institute of Technology (2015)"],
)
CVS["game"] = {
    "source": _game,
    "prompt": "Job posting: Online Services Engineer at a AAA studio. Build and scale matchmaking, player data and "
    "live-ops services; dedicated servers with Agones on Kubernetes; AWS; C# or Go; launch-day readiness.",
    "honest": tailor(
        _game,
        "Game backend engineer building online services since 2015 — matchmaking, player progression and live ops "
        "— in C# and Go on AWS, with dedicated game servers orchestrated by Agones. Shipped backends for three "
        "multiplayer titles, peaking at 250k concurrent players. AWS Certified Solutions Architect – Associate.",
        [
            (
                "Built online services for a cross-platform multiplayer shooter.",
                [
                    "Designed matchmaking that pairs players in under 15 s at the median.",
                    "Operated dedicated game servers with Agones on Kubernetes across five AWS regions.",
                    "Shipped a live-ops event system so designers schedule in-game events with no client patch.",
                    "Launch-day readiness: held a 250,000 concurrent-player peak without downtime.",
                ],
            ),
            (
                "Player accounts, progression and in-game store backend for a pair of mobile games.",
                [
                    "Built the progression service holding 40M player profiles in DynamoDB.",
                    "Delivered the in-game store API, validating Apple and Google purchase receipts.",
                    "Cut leaderboard read latency from 80 ms to 6 ms by moving to Redis sorted sets.",
                ],
            ),
        ],
    ),
}

# --- LLM application engineering: RAG jargon, "Q&A", "2M", "PostgreSQL + pgvector" ----------------
_llm = cv(
    "LLM Application Engineer",
    "Daniel Weiss",
    "Software engineer building LLM applications since 2023, after 6 years of Python backend work. Designs "
    "retrieval-augmented generation (RAG) systems with vector databases such as pgvector and Qdrant, evaluation "
    "pipelines and guardrails for legal and customer-support use cases. Works with OpenAI and Azure OpenAI "
    "models through LangChain and plain SDKs.",
    [
        (
            "Lead AI Engineer, Paragraph Legal Tech (2023 – 2024)",
            "RAG assistant that answers lawyers' questions over a firm's 2 million contract clauses.",
            [
                "Built the retrieval pipeline on PostgreSQL with pgvector, using hybrid BM25 and embedding search.",
                "Set up an evaluation suite of 600 question-answer pairs reviewed by lawyers, run on every prompt "
                "change.",
                "Raised answer faithfulness from 71% to 93% on that suite with reranking and citation checks.",
                "Kept cost per query under 2 cents by routing simple questions to GPT-4o mini.",
            ],
            [
                "Python 3.11",
                "FastAPI",
                "PostgreSQL 16",
                "pgvector",
                "Azure OpenAI",
                "GPT-4o",
                "LangChain",
                "Cohere Rerank",
            ],
        ),
        (
            "Senior Python Engineer, Helpwave (2017 – 2023)",
            "Backend of a customer-support SaaS platform.",
            [
                "Built the ticket-routing API in Django serving 400 customer companies.",
                "Prototyped a support-answer bot in 2023 on Qdrant and OpenAI embeddings, deflecting 18% of "
                "tickets in the pilot.",
                "Migrated background jobs from Celery to Temporal.",
            ],
            ["Python 3.8", "Django", "Celery", "Temporal", "Qdrant", "OpenAI API", "PostgreSQL"],
        ),
    ],
    skills=["Retrieval-augmented generation", "LLM evaluation", "Prompt engineering", "Guardrails", "API design"],
    languages=["Python", "TypeScript", "SQL"],
    tools=["LangChain", "pgvector", "Qdrant", "FastAPI", "Django", "Ragas"],
    certifications=["Microsoft Certified: Azure AI Engineer Associate"],
    industries=["Legal", "SaaS", "Customer support"],
    spoken_languages=["German", "English", "Hebrew"],
    academic_background=["MSc Computer Science, TU Berlin (2017)"],
)
CVS["llm"] = {
    "source": _llm,
    "prompt": "Job posting: Senior LLM Engineer at an insurer. Build RAG applications on vector databases with "
    "evaluation and guardrails, on Azure OpenAI, with tight cost control. Python and FastAPI.",
    "honest": tailor(
        _llm,
        "LLM application engineer since 2023, with six years of Python backend work before that. Builds RAG "
        "systems on vector databases (pgvector, Qdrant), with evaluation pipelines and guardrails, for legal and "
        "customer-support use cases; works with OpenAI and Azure OpenAI models via LangChain or the plain SDKs. "
        "Azure AI Engineer Associate.",
        [
            (
                "Built a retrieval-augmented assistant answering lawyers' questions across 2M contract clauses held "
                "by a law firm.",
                [
                    "Retrieval on PostgreSQL + pgvector, combining BM25 and embedding search (hybrid).",
                    "Created a lawyer-reviewed evaluation suite of 600 Q&A pairs, run on each prompt change, and "
                    "lifted answer faithfulness on it from 71% to 93% through reranking and citation checks.",
                    "Held cost per query below two cents by routing simple questions to GPT-4o mini.",
                ],
            ),
            (
                "Customer-support SaaS backend.",
                [
                    "Wrote the Django ticket-routing API used by 400 customer companies.",
                    "Prototyped a support bot in 2023 with Qdrant and OpenAI embeddings; the pilot deflected 18% of "
                    "tickets.",
                    "Moved background jobs off Celery onto Temporal.",
                ],
            ),
        ],
    ),
}

# --- Embedded Linux (Yocto): compact engineer's voice, "30k", "22 s to 7 s", merged bullet --------
_yocto = cv(
    "Embedded Linux Engineer",
    "Radu Ionescu",
    "Embedded Linux engineer with 11 years of experience on ARM-based devices. Builds custom distributions with "
    "Yocto Project and OpenEmbedded, writes device drivers and board support packages, and sets up secure boot "
    "and over-the-air updates for industrial and medical devices. Works in C, C++ and Python.",
    [
        (
            "Senior Embedded Linux Engineer, Voltaris Industrial (2019 – 2024)",
            "Linux platform for a family of industrial gateways built on NXP i.MX 8M processors.",
            [
                "Maintained the Yocto Kirkstone BSP layer for 4 hardware variants.",
                "Wrote the kernel driver for a custom CAN-FD interface.",
                "Introduced RAUC-based A/B over-the-air updates for 30,000 deployed gateways.",
                "Cut boot time from 22 seconds to 7 seconds.",
                "Enabled secure boot with NXP HAB and signed FIT images.",
            ],
            [
                "Yocto Project 4.0 (Kirkstone)",
                "Linux kernel 5.15",
                "U-Boot",
                "RAUC",
                "NXP i.MX 8M",
                "C",
                "BitBake",
            ],
        ),
        (
            "Embedded Software Engineer, Medisonic Devices (2013 – 2019)",
            "Firmware and Linux software for ultrasound scanners.",
            [
                "Moved the product from a Buildroot image to Yocto Project (Morty), then upgraded to Sumo.",
                "Developed the Qt 5 user interface layer on the touch panel.",
                "Prepared software documentation for IEC 62304 class B certification of the scanner.",
            ],
            ["Yocto Project 2.2 (Morty)", "Yocto Project 2.5 (Sumo)", "Buildroot", "Qt 5", "C++", "TI AM335x"],
        ),
    ],
    skills=["Board support packages", "Linux device drivers", "Secure boot", "OTA updates", "Boot time optimisation"],
    languages=["C", "C++", "Python", "Shell"],
    tools=["Yocto Project", "BitBake", "U-Boot", "Buildroot", "RAUC", "Git"],
    industries=["Industrial automation", "Medical devices"],
    spoken_languages=["Romanian", "English", "German"],
    academic_background=["MSc Embedded Systems, Politehnica University of Bucharest (2013)"],
)
CVS["yocto"] = {
    "source": _yocto,
    "prompt": "Job posting: Embedded Linux Engineer at an EV charging company. Yocto/BitBake, BSP work for NXP "
    "i.MX, kernel drivers, secure boot, OTA updates (RAUC or Mender), boot time optimisation.",
    "honest": tailor(
        _yocto,
        "Embedded Linux engineer, eleven years on ARM-based devices. Builds custom Yocto Project/OpenEmbedded "
        "distributions, writes device drivers and BSPs, and sets up secure boot and OTA updates for industrial and "
        "medical hardware, in C, C++ and Python.",
        [
            (
                "Built the Linux platform of an industrial gateway family on NXP i.MX 8M.",
                [
                    "Kept the Kirkstone BSP layer up to date across four hardware variants.",
                    "Developed a kernel driver for a custom CAN FD interface.",
                    "Rolled out A/B OTA updates with RAUC to 30k gateways in the field.",
                    "Reduced boot time from 22 s to 7 s, and enabled secure boot using NXP HAB with signed FIT images.",
                ],
            ),
            (
                "Built firmware and Linux software for ultrasound scanners.",
                [
                    "Migrated from Buildroot to Yocto Project (Morty) and later upgraded to Sumo.",
                    "Developed the touch panel's Qt 5 UI layer.",
                    "Wrote the software documentation for the scanner's IEC 62304 class B certification.",
                ],
            ),
        ],
    ),
}

# --- Observability: posting headings as bullet leads, "round-the-clock", "eight years'" -----------
_observability = cv(
    "Observability Engineer",
    "Sofia Marchetti",
    "Site reliability and observability engineer with 8 years of experience. Designs monitoring with "
    "Prometheus, Grafana and Datadog, defines SLOs with product teams, and tunes alerting to cut noise for "
    "fintech and travel platforms. Datadog Certified: Fundamentals; Prometheus Certified Associate.",
    [
        (
            "Observability Lead, Trippa Travel (2021 – 2024)",
            "Consolidated monitoring for a travel booking platform onto Datadog.",
            [
                "Migrated 220 services from New Relic and Nagios to Datadog APM and infrastructure monitoring.",
                "Defined SLOs for 35 customer-facing services with their product teams.",
                "Reduced pages per on-call week from 60 to 12 by removing noisy alerts.",
                "Brought Datadog spend down by 24% with log indexing filters and metric cardinality limits.",
            ],
            ["Datadog APM", "Datadog Log Management", "Terraform", "Kubernetes", "AWS", "PagerDuty"],
        ),
        (
            "Site Reliability Engineer, Pagoro Payments (2016 – 2021)",
            "Reliability for a payment gateway processing card transactions for online merchants.",
            [
                "Ran a Prometheus and Grafana stack with Thanos for 13 months of metric retention.",
                "Wrote the incident review process, used for every sev-1 and sev-2 incident.",
                "Built Grafana dashboards for the 4 payment flows watched by the 24/7 operations desk.",
                "Kept gateway availability at 99.95% for 3 consecutive years.",
            ],
            ["Prometheus", "Grafana", "Thanos", "Alertmanager", "Loki", "Go", "Kubernetes"],
        ),
    ],
    skills=["Observability", "SLOs and error budgets", "Incident management", "Alert tuning", "Capacity planning"],
    languages=["Go", "Python", "PromQL"],
    tools=["Datadog", "Prometheus", "Grafana", "Thanos", "Loki", "PagerDuty", "OpenTelemetry"],
    certifications=["Datadog Certified: Fundamentals", "Prometheus Certified Associate (PCA)"],
    industries=["Travel", "Payments"],
    spoken_languages=["Italian", "English", "French"],
    academic_background=["Laurea Magistrale in Computer Engineering, Politecnico di Milano (2016)"],
)
CVS["observability"] = {
    "source": _observability,
    "prompt": "Job posting: Senior Observability Engineer, e-commerce. Datadog and Prometheus/Grafana, SLOs and "
    "error budgets, alert noise reduction, incident process, observability cost control. 24/7 environment.",
    "honest": tailor(
        _observability,
        "Observability engineer (SRE background) with eight years' experience. Builds monitoring on "
        "Prometheus/Grafana and Datadog, sets SLOs together with product teams, and tunes alerting to reduce noise "
        "— for fintech and travel platforms. Holds Datadog Certified: Fundamentals and the Prometheus Certified "
        "Associate (PCA).",
        [
            (
                "Brought a travel booking platform's monitoring together on Datadog.",
                [
                    "Moved 220 services off New Relic and Nagios onto Datadog APM and infra monitoring.",
                    "Agreed SLOs for 35 customer-facing services with product teams.",
                    "Alert noise reduction: on-call pages fell from 60 to 12 a week after noisy alerts were removed.",
                    "Observability cost control — Datadog spend down 24% via log indexing filters and limits on "
                    "metric cardinality.",
                ],
            ),
            (
                "Reliability of a card-payment gateway for online merchants.",
                [
                    "Operated Prometheus/Grafana with Thanos, retaining metrics for 13 months.",
                    "Created the incident review process applied to all sev-1 and sev-2 incidents.",
                    "Designed Grafana dashboards covering four payment flows for the round-the-clock operations desk.",
                    "Held gateway availability at 99.95% three years running.",
                ],
            ),
        ],
    ),
}

# --- Identity federation for SaaS: acronyms (OIDC, IAM), "1.3k", American spelling ----------------
_identity = cv(
    "Identity Federation Engineer",
    "Nadia Haddad",
    "Identity engineer with 9 years in identity and access management for SaaS products. Implements SAML 2.0 and "
    "OpenID Connect federation, SCIM provisioning and multi-tenant SSO with Okta, Microsoft Entra ID and "
    "Keycloak. Certified Information Systems Security Professional (CISSP).",
    [
        (
            "Principal Identity Engineer, Ledgerly (2020 – 2024)",
            "Enterprise SSO and provisioning for a B2B accounting SaaS.",
            [
                "Built multi-tenant SAML and OIDC federation supporting 1,300 customer identity providers.",
                "Implemented SCIM 2.0 provisioning, cutting onboarding time for enterprise customers from 2 weeks "
                "to 1 day.",
                "Introduced passkeys (WebAuthn) for direct logins.",
                "Passed 2 SOC 2 Type II audits with no identity findings.",
            ],
            [
                "Keycloak 22",
                "Okta",
                "Microsoft Entra ID",
                "SAML 2.0",
                "OpenID Connect",
                "SCIM 2.0",
                "Java 17",
                "Kotlin",
            ],
        ),
        (
            "IAM Engineer, Cloudbridge HR (2015 – 2020)",
            "Identity platform for an HR software company.",
            [
                "Moved customer logins from a homegrown system to Okta Customer Identity.",
                "Set up Azure AD B2B federation for 200 enterprise tenants.",
                "Wrote the OAuth 2.0 API authorisation layer used by 60 partner integrations.",
            ],
            ["Okta", "Azure AD", "OAuth 2.0", "SAML 2.0", "Java 8", "Spring Security"],
        ),
    ],
    skills=["Identity federation", "Single sign-on", "User provisioning", "Zero trust", "Multi-tenancy"],
    languages=["Java", "Kotlin", "TypeScript"],
    tools=["Okta", "Microsoft Entra ID", "Keycloak", "Auth0", "Spring Security"],
    certifications=["CISSP", "Okta Certified Professional"],
    industries=["SaaS", "Fintech", "HR tech"],
    spoken_languages=["French", "Arabic", "English"],
    academic_background=["Master's in Information Security, Université de Lyon (2015)"],
)
CVS["identity"] = {
    "source": _identity,
    "prompt": "Customer brief: identity federation for a SaaS vendor moving upmarket. Enterprise SSO (SAML/OIDC), "
    "SCIM provisioning, Okta and Entra ID integrations, passkeys and SOC 2 readiness.",
    "honest": tailor(
        _identity,
        "IAM engineer with nine years in identity and access management for SaaS: SAML 2.0 and OIDC federation, "
        "SCIM provisioning and multi-tenant single sign-on on Okta, Microsoft Entra ID and Keycloak. CISSP and "
        "Okta Certified Professional.",
        [
            (
                "Delivered enterprise SSO and user provisioning for a B2B accounting SaaS product.",
                [
                    "Built multi-tenant SAML/OIDC federation for 1.3k customer identity providers.",
                    "Shipped SCIM 2.0 provisioning; enterprise onboarding dropped from two weeks to one day.",
                    "Rolled out passkeys (WebAuthn) for direct sign-in, and came through two SOC 2 Type II audits "
                    "without identity findings.",
                ],
            ),
            (
                "Identity platform engineering for an HR software vendor.",
                [
                    "Migrated customer logins off a homegrown system onto Okta Customer Identity.",
                    "Configured Azure AD B2B federation across 200 enterprise tenants.",
                    "Authored the OAuth 2.0 authorization layer for the API, used by 60 partner integrations.",
                ],
            ),
        ],
    ),
}

_O, _D0, _D1, _D2 = "overview", "experiences[0].description", "experiences[1].description", "experiences[2].description"


def _b(experience, bullet):
    return f"experiences[{experience}].bullets[{bullet}]"


def _new(experience):
    return f"experiences[{experience}].bullets[+]"


FABRICATIONS = [
    # kafka
    (
        "kafka",
        _O,
        "recognition",
        "start",
        "Kafka platform engineer",
        "Kafka Summit speaker and Kafka platform engineer",
    ),
    ("kafka", _O, "years", "middle", "nine years", "twelve years"),
    (
        "kafka",
        _O,
        "degree",
        "end",
        "working in Java and Scala.",
        "working in Java and Scala, with a PhD in distributed systems.",
    ),
    (
        "kafka",
        _O,
        "certification",
        "end",
        "Confluent Certified Developer for",
        "Confluent Certified Developer and Administrator for",
    ),
    ("kafka", _D0, "customer", "start", "a Nordic payment processor's", "Vipps'"),
    ("kafka", _b(0, 1), "metric", "end", "180 ms end to end.", "180 ms end to end, lifting approval rates by 2%."),
    ("kafka", _b(0, 2), "number", "middle", "1.4 million", "1.9 million"),
    ("kafka", _b(0, 4), "team size", "middle", "five engineers", "eight engineers"),
    (
        "kafka",
        _new(0),
        "new bullet",
        "end",
        None,
        "Led the PCI DSS audit of the streaming platform, passing with zero findings.",
    ),
    ("kafka", _D1, "duration", "end", "to the customer portal.", "to the customer portal over an 18-month programme."),
    ("kafka", _b(1, 0), "tool", "end", "14 PostgreSQL databases.", "14 PostgreSQL and MySQL databases."),
    ("kafka", _b(1, 3), "version", "middle", "Kafka 2.8", "Kafka 3.0"),
    ("kafka", _new(1), "moved bullet", "end", None, "Cut broker disk costs by 38% through a tiered storage migration."),
    # databricks
    ("databricks", _O, "years", "start", "Databricks engineer with seven years", "Databricks engineer with ten years"),
    ("databricks", _O, "number", "middle", "four of them", "six of them"),
    (
        "databricks",
        _O,
        "certification",
        "end",
        "and Azure Data Engineer Associate certifications.",
        ", Azure Data Engineer Associate and Databricks Machine Learning Professional certifications.",
    ),
    ("databricks", _D0, "tool", "middle", "on-prem Hadoop warehouse", "on-prem Cloudera Hadoop warehouse"),
    ("databricks", _D0, "date", "end", "Databricks lakehouse.", "Databricks lakehouse, completed in March 2023."),
    ("databricks", _b(0, 0), "number", "start", "Moved 310 Hive tables", "Moved 420 Hive tables"),
    ("databricks", _b(0, 1), "number", "middle", "six workspaces", "nine workspaces"),
    (
        "databricks",
        _b(0, 3),
        "metric",
        "end",
        "clusters and Photon.",
        "clusters and Photon, while making queries three times faster.",
    ),
    ("databricks", _D1, "customer", "start", "Claims data platform", "Allianz claims data platform"),
    ("databricks", _b(1, 0), "tool", "end", "with PySpark pipelines.", "with PySpark and Apache Flink pipelines."),
    ("databricks", _new(1), "new bullet", "end", None, "Built a Power BI semantic model used by 40 actuaries."),
    ("databricks", _D2, "version", "start", "SQL Server data warehousing", "SQL Server 2019 data warehousing"),
    ("databricks", _b(2, 1), "duration", "middle", "from 6 h to 1.5 h", "from 9 h to 1.5 h"),
    # go
    ("go", _O, "date", "start", "microservices since 2016", "microservices since 2013"),
    ("go", _O, "certified", "end", "; CKAD certified.", "; CKAD and CKA certified."),
    ("go", _O, "tool", "middle", "event-driven services on NATS", "event-driven services on NATS or Kafka"),
    ("go", _D0, "tool", "end", "into Go microservices.", "into Go microservices running on Istio."),
    ("go", _b(0, 1), "number", "middle", "3.5k requests/second", "5k requests/second"),
    ("go", _b(0, 2), "version", "end", "every Go service.", "every Go 1.22 service."),
    ("go", _b(0, 3), "team size", "start", "Ran the seven-engineer", "Ran the twelve-engineer"),
    ("go", _D1, "customer", "middle", "for a second-hand furniture", "for IKEA's second-hand furniture"),
    ("go", _b(1, 0), "metric", "end", "a month to sellers.", "a month to sellers with zero payout errors."),
    ("go", _b(1, 2), "number", "end", "35 to 80 percent.", "35 to 90 percent."),
    ("go", _new(1), "moved bullet", "end", None, "Added OpenTelemetry tracing to every Go service."),
    (
        "go",
        _new(0),
        "new bullet",
        "end",
        None,
        "Designed a surge-pricing engine that raised driver utilisation by 15%.",
    ),
    # k8s
    ("k8s", _O, "date", "end", "production K8s since 2017.", "production K8s since 2015."),
    ("k8s", _O, "tool", "middle", "through Crossplane and Terraform", "through Crossplane, Pulumi and Terraform"),
    ("k8s", _O, "certification", "end", "Certified CKA and CKS.", "Certified CKA, CKS and CKAD."),
    ("k8s", _D0, "number", "middle", "serving 60 product teams", "serving 80 product teams"),
    ("k8s", _D0, "customer", "end", "at a German retail bank.", "at Commerzbank."),
    ("k8s", _b(0, 1), "number", "start", "Operated 14 EKS clusters", "Operated 19 EKS clusters"),
    ("k8s", _b(0, 3), "metric", "end", "spot instances.", "spot instances, saving €1.2M a year."),
    ("k8s", _b(0, 3), "duration", "middle", "to two days", "to two hours"),
    ("k8s", _new(0), "new bullet", "end", None, "Achieved 99.99% platform availability across all clusters in 2023."),
    ("k8s", _new(0), "moved bullet", "end", None, "Containerised 40 services and wrote Helm charts for them."),
    (
        "k8s",
        _D1,
        "recognition",
        "end",
        "Google Kubernetes Engine.",
        "Google Kubernetes Engine, a project shortlisted for the CNCF End User Award.",
    ),
    ("k8s", _b(1, 0), "version", "end", "their Helm charts.", "their Helm 3 charts."),
    ("k8s", _b(1, 2), "tool", "end", "to GitLab CI.", "to GitLab CI and Tekton."),
    # governance
    ("governance", _O, "years", "middle", "with a decade in", "with fifteen years in"),
    ("governance", _O, "customer", "middle", "public-sector clients,", "public-sector clients such as Novartis,"),
    (
        "governance",
        _O,
        "certification",
        "end",
        " and Collibra Ranger.",
        ", Collibra Ranger and Alation Certified Data Steward.",
    ),
    ("governance", _D0, "duration", "end", "manufacturing data.", "manufacturing data over two years."),
    ("governance", _b(0, 0), "number", "end", "120 named stewards.", "150 named stewards."),
    ("governance", _b(0, 2), "tool", "middle", "to Snowflake and Informatica", "to Snowflake, dbt and Informatica"),
    ("governance", _b(0, 3), "number", "start", "Trained 250 business users", "Trained 400 business users"),
    ("governance", _D1, "recognition", "middle", "Brought data governance", "Brought award-winning data governance"),
    (
        "governance",
        _b(1, 0),
        "metric",
        "end",
        "adopted by 14 service areas.",
        "adopted by 14 service areas, raising data quality scores by 25%.",
    ),
    ("governance", _b(1, 1), "date", "end", "before May 2018.", "before May 2017."),
    (
        "governance",
        _new(2),
        "new bullet",
        "end",
        None,
        "Designed a master patient index covering 2 million patients across the trusts.",
    ),
    ("governance", _D2, "customer", "end", "for NHS trusts.", "for NHS trusts including Guy's and St Thomas'."),
    ("governance", _new(2), "moved bullet", "end", None, "Trained 250 business users in twelve workshops."),
    # search
    (
        "search",
        _O,
        "degree",
        "start",
        "Relevance engineer with eight",
        "Relevance engineer with an MSc in information retrieval and eight",
    ),
    ("search", _O, "years", "middle", "with eight years", "with eleven years"),
    ("search", _O, "tool", "end", "writes Python and Java.", "writes Python, Java and Rust."),
    (
        "search",
        _O,
        "certification",
        "end",
        "Elastic Certified Engineer.",
        "Elastic Certified Engineer and Elastic Certified Analyst.",
    ),
    ("search", _D0, "number", "end", "600k-product catalogue.", "900k-product catalogue."),
    ("search", _b(0, 0), "version", "end", "OpenSearch 2.x on", "OpenSearch 2.11 on"),
    (
        "search",
        _b(0, 2),
        "metric",
        "middle",
        "conversion 11% across",
        "conversion 11% and average order value 4% across",
    ),
    ("search", _b(0, 3), "number", "middle", "judgement list of 5k", "judgement list of 8k"),
    ("search", _D1, "customer", "end", "for a European job board.", "for StepStone, a European job board."),
    ("search", _b(1, 2), "number", "end", "at 900 QPS.", "at 1,500 QPS."),
    ("search", _new(1), "moved bullet", "end", None, "Introduced learning to rank using XGBoost models."),
    ("search", _D2, "duration", "start", "Web-crawl indexing internship.", "Six-month web-crawl indexing internship."),
    (
        "search",
        _b(2, 1),
        "tool",
        "middle",
        "Compared Solr with Elasticsearch",
        "Compared Solr and Vespa with Elasticsearch",
    ),
    # ios
    ("ios", _O, "recognition", "start", "Senior iOS engineer with", "Award-winning senior iOS engineer with"),
    ("ios", _O, "certified", "start", "Senior iOS engineer", "Apple-certified senior iOS engineer"),
    ("ios", _O, "number", "end", "and 14 apps released", "and 19 apps released"),
    ("ios", _D0, "number", "end", "serving 1.1M customers.", "serving 1.6M customers."),
    (
        "ios",
        _b(0, 0),
        "version",
        "middle",
        "Migrated UIKit to SwiftUI screen",
        "Migrated UIKit to SwiftUI on iOS 17 screen",
    ),
    ("ios", _b(0, 0), "duration", "middle", "across 18 months", "across 12 months"),
    ("ios", _b(0, 3), "team size", "middle", "Led six iOS", "Led nine iOS"),
    ("ios", _D1, "date", "end", "Apple Watch companion.", "Apple Watch companion, launched in 2019."),
    ("ios", _b(1, 0), "tool", "end", "HealthKit and Core Motion.", "HealthKit, Core Motion and Core ML."),
    ("ios", _b(1, 2), "metric", "end", "from 3.9 to 4.7.", "from 3.9 to 4.7 and doubled monthly active users."),
    ("ios", _new(2), "new bullet", "end", None, "Built the Android version of the booking app in Kotlin."),
    (
        "ios",
        _b(2, 0),
        "certification",
        "end",
        "Apple Pay at checkout.",
        "Apple Pay at checkout, passing PCI DSS certification.",
    ),
    # game
    ("game", _O, "date", "middle", "online services since 2015", "online services since 2011"),
    ("game", _O, "number", "end", "peaking at 250k concurrent", "peaking at 400k concurrent"),
    ("game", _D0, "team size", "start", "Built online services", "With a team of 8, built online services"),
    (
        "game",
        _D0,
        "customer",
        "end",
        "for a cross-platform multiplayer shooter.",
        "for Ubisoft's cross-platform multiplayer shooter.",
    ),
    ("game", _b(0, 1), "tool", "middle", "with Agones on Kubernetes", "with Agones and GameLift on Kubernetes"),
    ("game", _b(0, 1), "number", "end", "across five AWS regions.", "across seven AWS regions."),
    ("game", _b(0, 3), "metric", "end", "without downtime.", "without downtime and with 99.95% uptime all season."),
    (
        "game",
        _new(0),
        "new bullet",
        "end",
        None,
        "Designed an anti-cheat telemetry pipeline that banned 30,000 cheaters in its first month.",
    ),
    (
        "game",
        _D1,
        "recognition",
        "end",
        "for a pair of mobile games.",
        "for a pair of mobile games, one of them an Apple Design Award finalist.",
    ),
    ("game", _b(1, 0), "number", "middle", "holding 40M player", "holding 60M player"),
    ("game", _b(1, 2), "version", "end", "to Redis sorted sets.", "to Redis 7 sorted sets."),
    ("game", _new(1), "moved bullet", "end", None, "Ran dedicated game servers on Kubernetes with Agones."),
    # llm
    ("llm", _O, "date", "start", "LLM application engineer since 2023", "LLM application engineer since 2021"),
    ("llm", _O, "years", "middle", "with six years of Python", "with ten years of Python"),
    ("llm", _O, "tool", "middle", "(pgvector, Qdrant)", "(pgvector, Qdrant, Pinecone)"),
    (
        "llm",
        _O,
        "degree",
        "end",
        "backend work before that.",
        "backend work and a PhD in machine learning before that.",
    ),
    (
        "llm",
        _O,
        "certified",
        "end",
        "Azure AI Engineer Associate.",
        "Azure AI Engineer Associate and certified Scrum Master.",
    ),
    ("llm", _D0, "number", "end", "across 2M contract", "across 3M contract"),
    ("llm", _b(0, 0), "tool", "middle", "combining BM25 and embedding", "combining BM25, SPLADE and embedding"),
    ("llm", _b(0, 1), "number", "end", "from 71% to 93%", "from 71% to 96%"),
    ("llm", _b(0, 2), "version", "end", "to GPT-4o mini.", "to GPT-4.1 mini."),
    (
        "llm",
        _new(0),
        "new bullet",
        "end",
        None,
        "Added guardrails that blocked 99.7% of prompt-injection attempts in red-team tests.",
    ),
    ("llm", _D1, "customer", "end", "SaaS backend.", "SaaS backend serving Deutsche Telekom among others."),
    (
        "llm",
        _b(1, 1),
        "metric",
        "end",
        "deflected 18% of tickets.",
        "deflected 18% of tickets and cut first-response time by 40%.",
    ),
    # yocto
    ("yocto", _O, "years", "start", "Embedded Linux engineer, eleven years", "Embedded Linux engineer, fourteen years"),
    (
        "yocto",
        _O,
        "tool",
        "middle",
        "sets up secure boot and OTA",
        "sets up secure boot, TPM 2.0 measured boot and OTA",
    ),
    ("yocto", _O, "tool", "end", "in C, C++ and Python.", "in C, C++, Rust and Python."),
    ("yocto", _D0, "version", "end", "on NXP i.MX 8M.", "on NXP i.MX 8M Plus."),
    ("yocto", _b(0, 0), "version", "middle", "Kept the Kirkstone BSP", "Kept the Scarthgap BSP"),
    ("yocto", _b(0, 2), "number", "end", "to 30k gateways", "to 45k gateways"),
    ("yocto", _b(0, 3), "number", "middle", "from 22 s to 7 s", "from 22 s to 4 s"),
    (
        "yocto",
        _new(0),
        "new bullet",
        "end",
        None,
        "Ported the platform to Zephyr RTOS for the low-power sensor variant.",
    ),
    ("yocto", _D1, "duration", "start", "Built firmware and Linux", "Over eight years, built firmware and Linux"),
    ("yocto", _D1, "customer", "end", "for ultrasound scanners.", "for Siemens Healthineers ultrasound scanners."),
    (
        "yocto",
        _b(1, 1),
        "team size",
        "start",
        "Developed the touch panel's",
        "Led a three-person team developing the touch panel's",
    ),
    (
        "yocto",
        _b(1, 2),
        "certified",
        "start",
        "Wrote the software documentation",
        "As a certified ISO 13485 lead auditor, wrote the software documentation",
    ),
    ("yocto", _new(1), "moved bullet", "end", None, "Wrote a kernel driver for a custom CAN FD interface."),
    # observability
    ("observability", _O, "years", "middle", "with eight years'", "with ten years'"),
    (
        "observability",
        _O,
        "tool",
        "middle",
        "on Prometheus/Grafana and Datadog",
        "on Prometheus/Grafana, Dynatrace and Datadog",
    ),
    (
        "observability",
        _O,
        "certification",
        "end",
        " and the Prometheus Certified Associate (PCA).",
        ", the Prometheus Certified Associate (PCA) and the Certified Kubernetes Administrator.",
    ),
    (
        "observability",
        _D0,
        "recognition",
        "start",
        "Brought a travel booking",
        "Won the engineering excellence award for bringing a travel booking",
    ),
    ("observability", _D0, "duration", "end", "together on Datadog.", "together on Datadog within six months."),
    ("observability", _b(0, 0), "number", "start", "Moved 220 services", "Moved 280 services"),
    ("observability", _b(0, 2), "number", "end", "from 60 to 12 a week", "from 60 to 8 a week"),
    ("observability", _b(0, 3), "metric", "end", "metric cardinality.", "metric cardinality, saving $400k a year."),
    ("observability", _D1, "customer", "end", "for online merchants.", "for online merchants including Zalando."),
    ("observability", _b(1, 1), "tool", "end", "sev-2 incidents.", "sev-2 incidents, run in incident.io."),
    ("observability", _b(1, 3), "duration", "end", "three years running.", "four years running."),
    ("observability", _new(1), "moved bullet", "end", None, "Defined SLOs for 35 customer-facing services."),
    # identity
    ("identity", _O, "years", "start", "IAM engineer with nine years", "IAM engineer with twelve years"),
    (
        "identity",
        _O,
        "tool",
        "end",
        "Microsoft Entra ID and Keycloak.",
        "Microsoft Entra ID, Ping Identity and Keycloak.",
    ),
    ("identity", _O, "certification", "middle", "CISSP and Okta", "CISSP, CCSP and Okta"),
    ("identity", _D0, "customer", "end", "accounting SaaS product.", "accounting SaaS product used by KPMG."),
    ("identity", _b(0, 0), "number", "end", "for 1.3k customer", "for 1.8k customer"),
    ("identity", _b(0, 1), "duration", "middle", "from two weeks to one day", "from three weeks to one day"),
    ("identity", _b(0, 2), "date", "middle", "for direct sign-in,", "for direct sign-in in 2022,"),
    (
        "identity",
        _b(0, 2),
        "certification",
        "end",
        "without identity findings.",
        "without identity findings, plus an ISO 27001 certification.",
    ),
    (
        "identity",
        _D1,
        "team size",
        "start",
        "Identity platform engineering",
        "Led a four-person team on identity platform engineering",
    ),
    ("identity", _b(1, 2), "version", "middle", "the OAuth 2.0 authorization", "the OAuth 2.1 authorization"),
    ("identity", _new(1), "new bullet", "end", None, "Introduced FIDO2 hardware keys for all 900 employees."),
]

AMBIGUOUS_EDITS = [
    ("kafka", _b(0, 0), "42 Kafka topics", "40+ Kafka topics", "'40+' is true of 42 but is not the CV's figure"),
    (
        "kafka",
        _O,
        "Confluent Certified Developer for Apache Kafka, working",
        "A Confluent-certified Kafka developer, working",
        "a certification restated as an adjective; same credential, looser name",
    ),
    (
        "databricks",
        _b(0, 3),
        "spend 27%",
        "spend by more than a quarter",
        "27% is more than a quarter, but the CV's figure is gone",
    ),
    ("databricks", _b(1, 0), "2 TB/day", "roughly 60 TB a month", "derived by arithmetic, not stated by the CV"),
    (
        "go",
        _O,
        "microservices since 2016",
        "microservices for eight years",
        "years counted from the dates (2016–2024), not stated",
    ),
    (
        "k8s",
        _D1,
        "a Hamburg broadcaster's",
        "a German broadcaster's",
        "inferred from Hamburg; true, but the CV does not say German",
    ),
    (
        "governance",
        _b(1, 1),
        "two months before May 2018.",
        "two months ahead of the May 2018 GDPR deadline.",
        "the deadline is world knowledge the CV only implies",
    ),
    (
        "search",
        _b(0, 0),
        "on Amazon Web Services.",
        "on Amazon OpenSearch Service.",
        "the CV says OpenSearch on AWS, not necessarily the managed service",
    ),
    (
        "ios",
        _O,
        "14 apps released on the App Store",
        "14 App Store releases",
        "'releases' may read as versions, not apps",
    ),
    (
        "game",
        _b(0, 3),
        "250,000 concurrent-player peak",
        "250k CCU peak",
        "CCU (concurrent users) is standard game jargon, but the CV never makes the link",
    ),
    ("llm", _b(0, 2), "below two cents", "below $0.02", "the CV does not name the currency"),
    (
        "llm",
        _O,
        "LLM application engineer since 2023",
        "LLM application engineer for two years",
        "duration derived from 2023–2024",
    ),
    (
        "yocto",
        _D0,
        "on NXP i.MX 8M.",
        "on NXP i.MX 8M (Arm Cortex-A53).",
        "a true fact about the chip that the CV does not state",
    ),
    (
        "observability",
        _b(1, 3),
        "at 99.95%",
        "at three and a half nines",
        "SRE jargon for 99.95%; the figure is the same but written as words",
    ),
    (
        "identity",
        _b(1, 1),
        "Azure AD B2B",
        "Microsoft Entra ID (formerly Azure AD) B2B",
        "the rename is public knowledge; the CV lists both names but never links them",
    ),
]

# Measured blind: at 7f4db54 (the guard of the morning) 147/149 caught, 7/136 touched; at beceae2 (after the
# day's fixes, tuned on other sets) 148/149 and 5/136. Never tuned on.
# Then a tuning set: after session 9 every claim caught (149/149) by general rules (an abbreviation the CV gives
# a credential, a degree named as "a ... graduate", a release after "revision"/"v" or in words, recognition by someone).
GUARD_FLOOR = {"caught": 149, "touched": 0}

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, FABRICATIONS)
AMBIGUOUS = build(CVS, AMBIGUOUS_EDITS, with_reason=True)
