"""Blind set W for the free-text claims guard (issue 20), written blind (without reading the guard, its
docs, its tests or any other set): twelve CVs in esports broadcast production, music streaming
recommendation systems, fashion PLM (Centric PLM), restaurant point-of-sale and delivery integrations,
fitness app back ends, tour-operator reservation systems, print and packaging MIS, newsroom content
management (Arc XP, WordPress VIP), podcast advertising technology, wine and spirits supply chain,
sports-betting trading platforms and high-demand event ticketing, each with a posting, one honest
tailoring in its own style, single injected claims and edits the author was unsure of."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}

# --- esports broadcast production: marketing tone, results first -------------------------------------
_src = cv(
    "Broadcast Systems Engineer",
    "Jonas Ekberg",
    "Broadcast systems engineer with nine years in live production, the last three in esports. Builds "
    "remote production workflows on vMix, NDI and SRT, and keeps multi-camera tournament broadcasts on air "
    "for audiences of up to 1,200,000 concurrent viewers.",
    [
        (
            "Lead Broadcast Engineer, Northlight Esports (03/2021 – 06/2024)",
            "In-house broadcast team for a league of 10 teams running two live shows a week on Twitch and YouTube.",
            [
                "Designed a remote production (REMI) workflow over SRT that let casters work from home, cutting "
                "travel costs by 40%.",
                "Ran the live switching for the league finals, peaking at 1,200,000 concurrent viewers on Twitch.",
                "Built an NDI-based observer pipeline feeding 12 in-game camera feeds into vMix.",
                "Wrote Python scripts that push live match statistics from the game API into the graphics "
                "templates in Singular.live.",
            ],
            ["vMix", "NDI", "SRT", "OBS Studio", "Singular.live", "Python", "Twitch", "YouTube"],
        ),
        (
            "Broadcast Engineer, Arena Media Group (08/2018 – 02/2021)",
            "Outside-broadcast crew producing regional football and handball coverage.",
            [
                "Operated Ross Carbonite vision mixers on 80 live matches per season.",
                "Maintained the fibre links and intercom (Riedel Artist) between the truck and the stadium.",
                "Trained 4 junior operators on replay and graphics.",
            ],
            ["Ross Carbonite", "Riedel Artist", "EVS XT3", "Blackmagic ATEM"],
        ),
        (
            "Junior Technician, Kanal Nord TV (06/2015 – 07/2018)",
            "Regional TV station news and sports studio.",
            [
                "Ran the studio camera control units for the evening news.",
                "Edited sports highlights packages in Avid Media Composer.",
            ],
            ["Sony HDC cameras", "Avid Media Composer", "Ross Carbonite"],
        ),
    ],
    skills=["Live production", "Remote production (REMI)", "Signal flow", "Stream encoding"],
    tools=["vMix", "OBS Studio", "Singular.live", "EVS XT3", "Ross Carbonite"],
    languages=["Python", "Bash"],
    certifications=["Certified Technology Specialist (CTS), AVIXA"],
    industries=["Esports", "Broadcast"],
    spoken_languages=["Swedish", "English"],
    academic_background=["BSc Media Technology, KTH Royal Institute of Technology"],
)
CVS["esports"] = {
    "source": _src,
    "prompt": "Senior Broadcast Engineer at an esports tournament organiser: remote production, cloud "
    "workflows, high-concurrency live streams, mentoring junior crew.",
    "honest": tailor(
        _src,
        "Live production engineer who keeps esports broadcasts on air at scale — up to 1.2 million concurrent "
        "viewers — with nine years in live production, more than three of them in esports. Specialises in "
        "remote production built on vMix, NDI and SRT.",
        [
            (
                "Led engineering for the in-house broadcast team of a 10-team league, delivering two live shows "
                "weekly on Twitch and YouTube.",
                [
                    "Cut travel costs by 40% by designing a remote production (REMI) workflow over SRT so casters "
                    "could work from home.",
                    "Switched the league finals live, with viewership peaking at 1.2 million concurrent on Twitch.",
                    "Fed 12 in-game camera feeds into vMix through a self-built NDI observer pipeline.",
                    "Automated live match statistics from the game API into Singular.live graphics templates "
                    "with Python scripts.",
                ],
            ),
            (
                "Outside-broadcast crew covering regional football and handball live.",
                [
                    "Vision-mixed 80 live matches a season on Ross Carbonite.",
                    "Kept truck-to-stadium fibre links and Riedel Artist intercom running.",
                    "Coached 4 junior operators in replay and graphics.",
                ],
            ),
            (
                "News and sports studio at a regional TV station.",
                [
                    "Operated camera control units for the evening news studio.",
                    "Cut sports highlights packages on Avid Media Composer.",
                ],
            ),
        ],
    ),
}

# --- music streaming recommendations: figures restated in exact equivalent forms ---------------------
_src = cv(
    "Machine Learning Engineer",
    "Priya Raman",
    "Machine learning engineer building recommendation systems for music streaming since 2017. Works across "
    "candidate generation, ranking and evaluation, with production models in TensorFlow and PyTorch serving "
    "30,000,000 monthly listeners.",
    [
        (
            "Senior ML Engineer, Personalisation – Cadenza Music (01/2020 – 12/2024)",
            "Personalisation squad owning the home-feed and daily-mix recommendations.",
            [
                "Rebuilt candidate generation with a two-tower model in TensorFlow, raising the share of streams "
                "from recommendations from 25% to 50%.",
                "Introduced a contextual bandit for playlist ordering, giving a 2x increase in saved tracks per "
                "session.",
                "Cut ranking latency from 120 ms to 40 ms by moving feature lookups to Redis.",
                "Set up offline evaluation with NDCG and recall@50 on a 0.3 holdout of listening logs.",
            ],
            ["TensorFlow", "TensorFlow Recommenders", "Redis", "Kafka", "BigQuery", "Kubernetes", "Python"],
        ),
        (
            "Data Scientist – Soundwave Radio (03/2017 – 12/2019)",
            "Internet radio service with 4,500,000 registered users; recommendations team of three.",
            [
                "Built a matrix factorisation recommender in PyTorch that replaced editor-curated stations for "
                "new users.",
                "Ran 35 A/B tests on station seeding and reported results to the product board.",
                "Designed audio embeddings from mel spectrograms to cold-start 200,000 untagged tracks.",
            ],
            ["PyTorch", "Spark", "Airflow", "PostgreSQL", "Python"],
        ),
        (
            "Research Intern – Sonic Labs, University of Edinburgh (06/2016 – 02/2017)",
            "Music information retrieval research group.",
            [
                "Trained genre classifiers on 10,000 audio clips.",
                "Co-authored a workshop paper at ISMIR 2016.",
            ],
            ["Python", "scikit-learn", "librosa"],
        ),
    ],
    skills=["Recommender systems", "Ranking", "A/B testing", "Feature engineering"],
    languages=["Python", "SQL", "Scala"],
    tools=["TensorFlow", "PyTorch", "Spark", "Airflow", "Redis", "BigQuery"],
    certifications=["Google Cloud Professional Machine Learning Engineer"],
    industries=["Music streaming"],
    spoken_languages=["English", "Tamil"],
    academic_background=["MSc Computer Science, University of Edinburgh"],
)
CVS["music"] = {
    "source": _src,
    "prompt": "Staff Recommendation Engineer at an audio streaming platform: two-tower retrieval, real-time "
    "ranking, experimentation culture, cold start for new content.",
    "honest": tailor(
        _src,
        "Recommendation-systems engineer in music streaming since 2017, covering retrieval, ranking and "
        "evaluation; production models in TensorFlow and PyTorch reach 30 million monthly listeners.",
        [
            (
                "Owned home-feed and daily-mix recommendations within the personalisation squad.",
                [
                    "Doubled the share of streams coming from recommendations, from a quarter to half, by "
                    "rebuilding retrieval as a two-tower TensorFlow model.",
                    "Doubled saved tracks per session with a contextual bandit that orders playlists.",
                    "Brought ranking latency down from 120 ms to 40 ms, a third of what it was, by serving "
                    "feature lookups from Redis.",
                    "Established offline evaluation (NDCG, recall@50) on a 30% holdout of listening logs.",
                ],
            ),
            (
                "Recommendations team of three at an internet radio service with 4.5 million registered users.",
                [
                    "Replaced editor-curated stations for new users with a PyTorch matrix-factorisation recommender.",
                    "Cold-started 200k untagged tracks using audio embeddings built from mel spectrograms.",
                    "Reported 35 A/B tests on station seeding to the product board.",
                ],
            ),
            (
                "Research group working on music information retrieval.",
                [
                    "Co-wrote an ISMIR 2016 workshop paper.",
                    "Trained genre classifiers on 10k audio clips.",
                ],
            ),
        ],
    ),
}

# --- fashion PLM: short product names where the CV uses both ----------------------------------------
_src = cv(
    "PLM Consultant (Centric PLM)",
    "Chiara Bellini",
    "PLM consultant specialising in Centric Software's Centric PLM for fashion and footwear brands. Seven "
    "implementations since 2016, from tech-pack design through costing and supplier collaboration, including "
    "integrations with SAP S/4HANA and Adobe Illustrator.",
    [
        (
            "Senior Consultant, Loomwise Consulting (02/2019 – 11/2024)",
            "Implementation partner for Centric PLM; engagements for apparel, footwear and accessories brands in "
            "Italy and France.",
            [
                "Led the Centric PLM rollout for a footwear brand with 350 users across design, sourcing and quality.",
                "Configured Centric PLM costing and BOM workflows, reducing sample rounds from four to two.",
                "Built the Centric PLM to SAP S/4HANA material master integration with SAP PI/PO.",
                "Ran fit-to-standard workshops and wrote the functional specifications for 5 releases.",
            ],
            ["Centric PLM 7.x", "SAP S/4HANA", "SAP PI/PO", "Adobe Illustrator", "Centric Visual Boards", "Jira"],
        ),
        (
            "PLM Analyst, Moda Brera S.p.A. (09/2016 – 01/2019)",
            "In-house PLM team at a luxury ready-to-wear house.",
            [
                "Migrated 12,000 legacy style records from spreadsheets into Centric PLM.",
                "Trained 60 designers and product developers on tech packs and the Adobe Illustrator plug-in.",
                "Maintained the colour and material libraries for four seasons a year.",
            ],
            ["Centric PLM 6.x", "Adobe Illustrator", "Excel", "SQL Server"],
        ),
    ],
    skills=["PLM implementation", "Tech packs", "Costing and BOM", "Supplier collaboration", "Fit-to-standard"],
    tools=["Centric PLM", "SAP S/4HANA", "Adobe Illustrator", "Jira"],
    certifications=["Centric PLM Certified Consultant"],
    industries=["Fashion", "Footwear", "Luxury"],
    spoken_languages=["Italian", "French", "English"],
    academic_background=["Laurea in Textile Engineering, Politecnico di Milano"],
)
CVS["fashion"] = {
    "source": _src,
    "prompt": "Centric PLM Solution Architect for a sportswear brand: lead the implementation, SAP integration, "
    "costing, supplier portal.",
    "honest": tailor(
        _src,
        "Centric PLM specialist for fashion and footwear with seven implementations since 2016, covering tech "
        "packs, costing and supplier collaboration end to end, plus integrations with SAP S/4HANA and "
        "Illustrator.",
        [
            (
                "Centric implementation partner serving apparel, footwear and accessories brands in Italy and France.",
                [
                    "Led a footwear brand's Centric rollout to 350 users in design, sourcing and quality.",
                    "Halved sample rounds, from four to two, by configuring Centric costing and BOM workflows.",
                    "Integrated Centric with the SAP S/4HANA material master through SAP PI/PO.",
                    "Wrote functional specifications for five releases after running fit-to-standard workshops.",
                ],
            ),
            (
                "Part of the in-house PLM team of a luxury ready-to-wear house.",
                [
                    "Moved 12,000 legacy style records out of spreadsheets and into Centric.",
                    "Trained 60 designers and product developers in tech packs and the Illustrator plug-in.",
                    "Kept colour and material libraries current across four seasons a year.",
                ],
            ),
        ],
    ),
}

# --- restaurant POS and delivery: very short bullets ------------------------------------------------
_src = cv(
    "Integration Engineer, Restaurant Technology",
    "Marcus Delaney",
    "Back-end engineer integrating restaurant point-of-sale systems with delivery marketplaces. Eight years of "
    "Java and Node.js, with integrations for Toast, Square, Oracle MICROS Simphony, Uber Eats, Deliveroo and "
    "DoorDash.",
    [
        (
            "Staff Engineer, Integrations – TableLink (04/2020 – 10/2024)",
            "Middleware start-up connecting 2,400 restaurants' POS systems to third-party delivery platforms.",
            [
                "Designed the order-injection service that posts Uber Eats, Deliveroo and DoorDash orders straight "
                "into the POS, replacing tablet re-keying.",
                "Built menu synchronisation from Toast and Square to the marketplaces, with price and availability "
                "updates in under 60 seconds.",
                "Cut failed order injections from 3% to 0.5% with idempotent retries and a dead-letter queue on "
                "AWS SQS.",
                "On-call lead for a team of 6 engineers during weekend peaks.",
            ],
            [
                "Node.js",
                "TypeScript",
                "AWS Lambda",
                "AWS SQS",
                "DynamoDB",
                "Toast API",
                "Square API",
                "DoorDash Drive API",
            ],
        ),
        (
            "Software Engineer – Savour Hospitality Group (06/2016 – 03/2020)",
            "Restaurant group with 45 sites running Oracle MICROS Simphony.",
            [
                "Wrote Java services exporting Simphony sales to the finance data warehouse nightly.",
                "Integrated the loyalty programme with Simphony check-level discounts.",
                "Rolled out kitchen display screens to all 45 sites.",
            ],
            ["Java", "Spring Boot", "Oracle MICROS Simphony", "Oracle Database", "Jenkins"],
        ),
    ],
    skills=["API integration", "Event-driven design", "Menu management", "Order routing"],
    languages=["Java", "TypeScript", "JavaScript", "SQL"],
    tools=["AWS", "Docker", "Jenkins", "Postman"],
    certifications=["AWS Certified Developer – Associate"],
    industries=["Hospitality", "Food delivery"],
    spoken_languages=["English"],
    academic_background=["BSc Software Engineering, University of Leeds"],
)
CVS["restaurant"] = {
    "source": _src,
    "prompt": "Senior Integrations Engineer at an online ordering company: POS integrations, delivery "
    "marketplaces, reliability, on-call ownership.",
    "honest": tailor(
        _src,
        "Integration engineer linking restaurant POS systems to delivery marketplaces: eight years of Java and "
        "Node.js; Toast, Square, Simphony, Uber Eats, Deliveroo, DoorDash.",
        [
            (
                "Middleware linking 2,400 restaurants' POS to delivery platforms.",
                [
                    "Marketplace orders injected straight into POS.",
                    "Toast and Square menus synced within 60 seconds.",
                    "Failed injections cut from 3% to 0.5%.",
                    "On-call lead, six engineers, weekend peaks.",
                ],
            ),
            (
                "45-site restaurant group on Oracle MICROS Simphony.",
                [
                    "Nightly Simphony sales exports in Java.",
                    "Loyalty tied to Simphony check discounts.",
                    "Kitchen display screens at all 45 sites.",
                ],
            ),
        ],
    ),
}

# --- fitness app back ends: verbose, every bullet a two-clause sentence ----------------------------
_src = cv(
    "Senior Back-End Engineer",
    "Aiko Tanaka-Reed",
    "Back-end engineer for consumer fitness apps, with Go and Kotlin services on Google Cloud. Six years "
    "building workout tracking, subscriptions and wearable sync for apps with up to 2,000,000 monthly active "
    "users.",
    [
        (
            "Senior Back-End Engineer – PulseFit (05/2021 – 09/2024)",
            "Fitness app with guided workouts and wearable integrations; back-end team of 8.",
            [
                "Built the wearable sync service for Garmin, Fitbit and Apple HealthKit data in Go.",
                "Moved subscriptions to RevenueCat and server-side receipt validation, cutting billing support "
                "tickets by 60%.",
                "Designed the workout history API on Cloud Spanner, serving p99 reads under 80 ms.",
                "Introduced feature flags with LaunchDarkly for staged releases.",
            ],
            ["Go", "gRPC", "Cloud Spanner", "Pub/Sub", "GKE", "RevenueCat", "LaunchDarkly"],
        ),
        (
            "Back-End Developer – StrideLabs (02/2018 – 04/2021)",
            "Running-coach app start-up.",
            [
                "Wrote Kotlin services generating adaptive training plans from race goals.",
                "Processed GPS tracks from 150,000 runs a week on Cloud Dataflow.",
                "Set up CI/CD with GitHub Actions and Terraform.",
            ],
            ["Kotlin", "Ktor", "PostgreSQL", "Cloud Dataflow", "Terraform", "GitHub Actions"],
        ),
    ],
    skills=["API design", "Distributed systems", "Subscription billing", "Health data privacy"],
    languages=["Go", "Kotlin", "SQL"],
    tools=["Google Cloud", "Terraform", "Docker", "Grafana"],
    certifications=["Google Cloud Professional Cloud Developer"],
    industries=["Health and fitness"],
    spoken_languages=["English", "Japanese"],
    academic_background=["BEng Computer Systems, University of Bristol"],
)
CVS["fitness"] = {
    "source": _src,
    "prompt": "Back-end Engineer (Go) at a connected fitness company: wearables data, subscriptions, scale, GCP.",
    "honest": tailor(
        _src,
        "Has spent six years building the back ends of consumer fitness apps, where the work spans workout "
        "tracking, subscriptions and wearable sync for apps reaching as many as 2 million monthly active users; "
        "writes Go and Kotlin services and runs them on Google Cloud.",
        [
            (
                "PulseFit is a fitness app offering guided workouts and wearable integrations, and its back-end "
                "team had eight members.",
                [
                    "Built the wearable sync service in Go, and it brings in data from Garmin, Fitbit and Apple "
                    "HealthKit.",
                    "Moved subscriptions to RevenueCat with server-side receipt validation, and as a result billing "
                    "support tickets fell by 60%.",
                    "Designed the workout history API on Cloud Spanner, which keeps p99 reads below 80 ms.",
                    "Introduced LaunchDarkly feature flags, so that releases could be rolled out in stages.",
                ],
            ),
            (
                "StrideLabs was a start-up behind a running-coach app, and the role covered its back-end services.",
                [
                    "Wrote Kotlin services that generate adaptive training plans, and each plan is derived from a "
                    "race goal.",
                    "Processed GPS tracks on Cloud Dataflow, and the pipeline handled 150,000 runs every week.",
                    "Set up the CI/CD pipeline, and it was built with GitHub Actions and Terraform.",
                ],
            ),
        ],
    ),
}

# --- tour-operator reservations: tailored to a product-owner role, emphasis moved ------------------
_src = cv(
    "Reservation Systems Developer",
    "Elena Vasquez",
    "Developer of reservation and inventory systems for tour operators, with C# and SQL Server. Ten years on "
    "package-holiday booking engines, allotment management and GDS connectivity through Amadeus and Sabre.",
    [
        (
            "Lead Developer – Sunward Holidays (01/2019 – 12/2023)",
            "UK tour operator selling 300,000 package holidays a year across 20 destinations.",
            [
                "Rebuilt the dynamic packaging engine that combines flights from Amadeus with hotel allotments, "
                "raising search-to-book conversion from 2.1% to 2.8%.",
                "Designed the allotment release rules that hand back unsold hotel rooms 21 days before arrival.",
                "Led 5 developers and worked with the commercial team on pricing rules each season.",
                "Produced weekly booking-curve reports in Power BI for the yield managers.",
            ],
            ["C#", ".NET 6", "SQL Server", "Amadeus Web Services", "Azure Service Bus", "Power BI"],
        ),
        (
            "Software Developer – Atlas Tours & Travel (03/2014 – 12/2018)",
            "Coach and escorted-tour operator.",
            [
                "Maintained the reservation system for 1,200 departures a year.",
                "Added Sabre GDS connectivity so travel agents could book tours directly.",
                "Wrote SQL Server stored procedures for the manifest and rooming lists.",
            ],
            ["C#", "ASP.NET", "SQL Server", "Sabre", "Crystal Reports"],
        ),
    ],
    skills=["Reservation systems", "Dynamic packaging", "Inventory and allotments", "Stakeholder management"],
    languages=["C#", "SQL", "T-SQL"],
    tools=["Visual Studio", "Power BI", "Azure DevOps", "Jira"],
    certifications=["Microsoft Certified: Azure Developer Associate"],
    industries=["Travel", "Tourism"],
    spoken_languages=["English", "Spanish"],
    academic_background=["BSc Computing, University of Brighton"],
)
CVS["tour"] = {
    "source": _src,
    "prompt": "Product Owner, Travel Booking Experience: own the booking funnel roadmap, work with commercial "
    "and yield teams, make data-driven decisions, lead a squad.",
    "honest": tailor(
        _src,
        "Ten years shaping tour-operator booking, from package-holiday engines to allotment management and GDS "
        "connectivity via Amadeus and Sabre, working closely with commercial teams. Technical background in C# "
        "and SQL Server.",
        [
            (
                "Package-holiday operator in the UK, selling 300,000 holidays a year in 20 destinations.",
                [
                    "Lifted search-to-book conversion from 2.1% to 2.8% by rebuilding the dynamic packaging engine "
                    "that pairs Amadeus flights with hotel allotments.",
                    "Worked with the commercial team on each season's pricing rules while leading 5 developers.",
                    "Gave yield managers weekly booking-curve reports in Power BI.",
                    "Defined allotment release rules returning unsold hotel rooms 21 days before arrival.",
                ],
            ),
            (
                "Operator of coach and escorted tours.",
                [
                    "Opened direct tour booking to travel agents by adding Sabre GDS connectivity.",
                    "Looked after the reservation system behind 1,200 departures a year.",
                    "Produced manifests and rooming lists through SQL Server stored procedures.",
                ],
            ),
        ],
    ),
}

# --- print and packaging MIS: clauses reordered, durations from the CV's own dates -----------------
_src = cv(
    "MIS Implementation Specialist",
    "Dieter Hofmann",
    "MIS and ERP specialist for print and packaging manufacturers. Implements EFI Pace, Tharstern and CERM, "
    "links them to prepress workflows (Esko Automation Engine, Kodak Prinergy) and shop-floor data collection.",
    [
        (
            "MIS Consultant – PrintFlow Systems GmbH (01/2020 – 12/2023)",
            "Reseller and integrator of print MIS software for folding-carton and label converters in the DACH region.",
            [
                "Implemented CERM at 9 label converters, including estimating, scheduling and invoicing.",
                "Connected CERM job tickets to Esko Automation Engine via JDF/JMF, so prepress starts without "
                "re-keying.",
                "Set up shop-floor data collection on 40 presses, giving real-time OEE dashboards.",
                "Wrote the data migration scripts in Python for customer masters and price lists.",
            ],
            ["CERM", "Esko Automation Engine", "JDF/JMF", "Python", "Microsoft SQL Server"],
        ),
        (
            "Production Systems Analyst – Rheinpack AG (07/2016 – 12/2019)",
            "Folding-carton manufacturer with two plants.",
            [
                "Ran the EFI Pace upgrade and estimating template redesign.",
                "Linked EFI Pace to Kodak Prinergy for automatic job creation.",
                "Reduced estimating time per quote from 45 minutes to 15 minutes.",
            ],
            ["EFI Pace", "Kodak Prinergy", "Crystal Reports", "Oracle Database"],
        ),
    ],
    skills=["Print MIS", "Estimating", "Production scheduling", "JDF/JMF integration", "OEE"],
    tools=["EFI Pace", "Tharstern", "CERM", "Esko Automation Engine", "Kodak Prinergy"],
    languages=["Python", "SQL"],
    certifications=["EFI Pace Certified Administrator"],
    industries=["Packaging", "Labels", "Commercial print"],
    spoken_languages=["German", "English"],
    academic_background=["Dipl.-Ing. Print and Media Technology, Hochschule der Medien Stuttgart"],
)
CVS["print"] = {
    "source": _src,
    "prompt": "Senior MIS Consultant for a packaging group: lead an MIS rollout across plants, prepress "
    "integration, shop-floor data, estimating.",
    "honest": tailor(
        _src,
        "For print and packaging manufacturers, implements EFI Pace, Tharstern and CERM as an MIS and ERP "
        "specialist, connecting them to shop-floor data collection and to prepress workflows in Esko Automation "
        "Engine and Kodak Prinergy.",
        [
            (
                "Four years with a DACH reseller and integrator of print MIS software, serving folding-carton and "
                "label converters.",
                [
                    "Across 9 label converters, implemented CERM covering estimating, scheduling and invoicing.",
                    "So that prepress starts without re-keying, connected CERM job tickets to Esko Automation "
                    "Engine over JDF/JMF.",
                    "Real-time OEE dashboards came from shop-floor data collection set up on 40 presses.",
                    "Migrated customer masters and price lists with self-written Python scripts.",
                ],
            ),
            (
                "Three and a half years at a two-plant folding-carton manufacturer.",
                [
                    "Redesigned estimating templates and ran the EFI Pace upgrade.",
                    "Automatic job creation by linking EFI Pace to Kodak Prinergy.",
                    "Cut the estimating time per quote to a third, from 45 to 15 minutes.",
                ],
            ),
        ],
    ),
}

# --- newsroom CMS: abbreviations and expansions ----------------------------------------------------
_src = cv(
    "Newsroom Platform Engineer",
    "Fatima Okafor",
    "Engineer for newsroom content management systems at national publishers. Builds on Arc XP and WordPress "
    "VIP, with headless front ends in React and Next.js and a focus on breaking-news performance.",
    [
        (
            "Principal Engineer, Publishing Platforms – The Daily Meridian (06/2020 – 05/2024)",
            "National news publisher with 40,000,000 monthly page views; migration from a legacy in-house CMS to "
            "Arc XP.",
            [
                "Led the migration of 2,500,000 articles and 600,000 images to Arc XP Content API.",
                "Built Arc XP PageBuilder feature packs for live blogs and election results.",
                "Cut Largest Contentful Paint on article pages from 4.1 s to 1.9 s.",
                "Set up an editorial workflow with 3 approval stages for legal-sensitive stories.",
                "Mentored 4 front-end engineers.",
            ],
            ["Arc XP", "PageBuilder", "React", "Node.js", "Fastly", "AWS"],
        ),
        (
            "Senior Developer – Harbour Media Group (09/2016 – 05/2020)",
            "Regional newspaper group running 12 titles on WordPress VIP.",
            [
                "Built a headless Next.js front end over the WordPress VIP REST API.",
                "Wrote a custom Gutenberg block library used by 150 journalists.",
                "Integrated AP and Reuters wire feeds into the WordPress editorial queue.",
            ],
            ["WordPress VIP", "PHP", "Gutenberg", "Next.js", "React", "Elasticsearch"],
        ),
        (
            "Web Developer – The Coastal Courier (01/2014 – 08/2016)",
            "Local daily newspaper.",
            [
                "Maintained the Drupal 7 news site.",
                "Built the newsletter sign-up flow with Mailchimp.",
            ],
            ["Drupal 7", "PHP", "MySQL", "Mailchimp"],
        ),
    ],
    skills=["Content management systems", "Headless architecture", "Web performance", "Editorial workflow"],
    languages=["JavaScript", "TypeScript", "PHP"],
    tools=["Arc XP", "WordPress VIP", "Fastly", "Elasticsearch"],
    certifications=["Arc XP Developer Certification"],
    industries=["News media", "Publishing"],
    spoken_languages=["English", "Yoruba"],
    academic_background=["BA Journalism, City, University of London"],
)
CVS["news"] = {
    "source": _src,
    "prompt": "Lead CMS Engineer at a digital news organisation: Arc XP, headless front end, Core Web Vitals, "
    "newsroom tooling.",
    "honest": tailor(
        _src,
        "Newsroom CMS (content management system) engineer for national publishers, building on Arc XP and "
        "WordPress VIP with headless React and Next.js front ends, with breaking-news performance a constant "
        "focus.",
        [
            (
                "Moved a national news publisher with 40 million monthly page views off its legacy in-house CMS "
                "onto Arc XP.",
                [
                    "Migrated 2.5 million articles and 600k images into the Arc XP Content API.",
                    "Delivered PageBuilder feature packs for live blogs and election results.",
                    "Brought article-page LCP down from 4.1 s to 1.9 s.",
                    "Mentored four front-end engineers.",
                    "Introduced a three-stage approval workflow for legally sensitive stories.",
                ],
            ),
            (
                "Regional newspaper group whose 12 titles ran on WordPress VIP.",
                [
                    "Delivered a headless Next.js front end on the WordPress VIP REST API.",
                    "Created a custom Gutenberg block library for 150 journalists.",
                    "Fed Associated Press and Reuters wire stories into the WordPress editorial queue.",
                ],
            ),
            (
                "Daily local newspaper.",
                [
                    "Kept the Drupal 7 news site running.",
                    "Created a Mailchimp newsletter sign-up flow.",
                ],
            ),
        ],
    ),
}

# --- podcast ad tech: American spelling, 1.2m style figures ----------------------------------------
_src = cv(
    "Ad Tech Engineer, Audio",
    "Tomás Herrera",
    "Ad tech engineer for podcast advertising: dynamic ad insertion, IAB Podcast Measurement compliant "
    "analytics and programmatic audio. Scala and Go on AWS, for networks delivering 1,200,000 ad impressions "
    "a day.",
    [
        (
            "Senior Engineer, Ad Platform – Echo Audio Network (02/2021 – 11/2024)",
            "Podcast network monetising 180 shows with host-read and dynamically inserted ads.",
            [
                "Built the dynamic ad insertion (DAI) service that stitches ads into MP3 streams at download time, "
                "optimising fill rate to 92%.",
                "Got the download analytics certified against the IAB Podcast Measurement Technical Guidelines v2.1.",
                "Integrated programmatic demand from Spotify Audience Network and AdsWizz via OpenRTB 2.5.",
                "Cut ad-decision latency from 250 ms to 90 ms with a Go rewrite of the decision engine.",
            ],
            ["Scala", "Go", "Akka", "Kafka", "AWS CloudFront", "Amazon Athena", "OpenRTB 2.5"],
        ),
        (
            "Software Engineer – Adwave Labs (06/2018 – 01/2021)",
            "Audio advertising start-up.",
            [
                "Wrote the campaign pacing service in Scala.",
                "Built listener-geolocation targeting from IP data for 40 markets.",
                "Created Looker dashboards for advertisers' delivery reports.",
            ],
            ["Scala", "Play Framework", "PostgreSQL", "Looker", "AWS"],
        ),
    ],
    skills=["Dynamic ad insertion", "Programmatic advertising", "Audience measurement", "Real-time bidding"],
    languages=["Scala", "Go", "SQL"],
    tools=["Kafka", "AWS", "Looker", "Akka"],
    certifications=["AWS Certified Solutions Architect – Associate"],
    industries=["Podcasting", "Digital advertising"],
    spoken_languages=["Spanish", "English"],
    academic_background=["MEng Electronic Engineering, Universidad Politécnica de Madrid"],
)
CVS["podcast"] = {
    "source": _src,
    "prompt": "Staff Engineer, Podcast Monetization (US company): DAI, programmatic demand, IAB certified "
    "measurement, low-latency ad decisioning.",
    "honest": tailor(
        _src,
        "Podcast ad tech engineer covering dynamic ad insertion, programmatic audio and IAB Podcast "
        "Measurement-compliant analytics, writing Scala and Go on AWS for networks that deliver 1.2m ad "
        "impressions daily.",
        [
            (
                "Monetized 180 shows for a podcast network through host-read and dynamically inserted ads.",
                [
                    "Optimized fill rate to 92% with a DAI service that stitches ads into MP3 streams at download "
                    "time.",
                    "Brought download analytics to IAB Podcast Measurement Technical Guidelines v2.1 certification.",
                    "Connected programmatic demand from Spotify Audience Network and AdsWizz over OpenRTB 2.5.",
                    "Rewrote the ad-decision engine in Go, dropping latency from 250 ms to 90 ms.",
                ],
            ),
            (
                "Start-up in audio advertising.",
                [
                    "Developed a Scala campaign pacing service.",
                    "Delivered IP-based listener geolocation targeting in 40 markets.",
                    "Built Looker dashboards reporting delivery to advertisers.",
                ],
            ),
        ],
    ),
}

# --- wine and spirits supply chain: 'a dozen', 'half', million forms --------------------------------
_src = cv(
    "Supply Chain Systems Lead",
    "Isabelle Fournier",
    "Supply chain systems lead for wine and spirits distributors. Twelve years across demand planning, bonded "
    "warehousing and excise compliance, with SAP IBP and Manhattan WMS.",
    [
        (
            "Supply Chain Systems Manager – Vintrade Distribution (03/2018 – 08/2024)",
            "Importer and distributor of wine and spirits supplying 12 markets from a bonded warehouse in Rotterdam.",
            [
                "Implemented SAP IBP demand planning for 6,000 SKUs, raising forecast accuracy from 60% to 78%.",
                "Replaced paper excise documents with EMCS (e-AD) integration, halving dispatch delays.",
                "Rolled out Manhattan WMS with lot and vintage tracking across the bonded warehouse.",
                "Managed a team of 5 analysts and a budget of €1,500,000.",
            ],
            ["SAP IBP", "SAP S/4HANA", "Manhattan WMS", "EMCS", "Power BI"],
        ),
        (
            "Planning Analyst – Maison Delorme Spirits (01/2012 – 02/2018)",
            "Cognac house exporting to 50 countries.",
            [
                "Built the cask inventory model tracking 20,000 casks by age and blend.",
                "Planned bottling runs on the 3 bottling lines against export orders.",
                "Reduced finished-goods stock by 50% without missed shipments.",
            ],
            ["SAP ECC", "SAP APO", "Excel VBA", "Tableau"],
        ),
    ],
    skills=["Demand planning", "Excise and duty suspension", "Warehouse management", "S&OP"],
    tools=["SAP IBP", "SAP APO", "Manhattan WMS", "Power BI", "Tableau"],
    languages=["SQL", "VBA"],
    certifications=["APICS CPIM"],
    industries=["Wine and spirits", "Beverage distribution"],
    spoken_languages=["French", "English", "Dutch"],
    academic_background=["Master in Supply Chain Management, KEDGE Business School"],
)
CVS["wine"] = {
    "source": _src,
    "prompt": "Head of Supply Chain Planning at a premium spirits group: IBP, S&OP, bonded stock, excise, team "
    "leadership.",
    "honest": tailor(
        _src,
        "Leads supply chain systems for wine and spirits distributors, with a dozen years in demand planning, "
        "bonded warehousing and excise compliance on SAP IBP and Manhattan WMS.",
        [
            (
                "Wine and spirits importer-distributor serving a dozen markets out of a bonded Rotterdam warehouse.",
                [
                    "Lifted forecast accuracy from 60% to 78% by implementing SAP IBP demand planning across "
                    "6,000 SKUs.",
                    "Halved dispatch delays by swapping paper excise documents for EMCS (e-AD) integration.",
                    "Introduced lot and vintage tracking throughout the bonded warehouse with Manhattan WMS.",
                    "Led five analysts and managed a €1.5 million budget.",
                ],
            ),
            (
                "Cognac house with exports to 50 countries; six years in planning.",
                [
                    "Modelled cask inventory for 20,000 casks by age and blend.",
                    "Scheduled bottling runs across three lines against export orders.",
                    "Cut finished-goods stock in half with no missed shipments.",
                ],
            ),
        ],
    ),
}

# --- sports-betting trading: posting vocabulary, 24/7 as round-the-clock ----------------------------
_src = cv(
    "Trading Platform Engineer",
    "Liam O'Connor",
    "Low-latency engineer on sports-betting trading platforms. Builds pricing and risk services in C++ and "
    "Kotlin that run 24/7 on in-play markets, for books handling up to 8,000 bets per second.",
    [
        (
            "Senior Engineer, Trading – Oddsline (07/2019 – 06/2024)",
            "Sportsbook B2B supplier; the trading squad owns in-play pricing for football, tennis and basketball.",
            [
                "Rewrote the in-play pricing engine in C++ so price updates reach customers in under 150 ms.",
                "Built the liability service that aggregates exposure per selection in real time and triggers "
                "auto-suspension.",
                "Moved market data feeds from RabbitMQ to Kafka, handling peaks of 8,000 bets per second.",
                "Joined the 24/7 on-call rota for trading-critical services.",
            ],
            ["C++17", "Kotlin", "Kafka", "Aerospike", "Kubernetes", "Grafana"],
        ),
        (
            "Software Engineer – Greenline Bet (09/2016 – 06/2019)",
            "Online sportsbook for the Irish and UK markets.",
            [
                "Built the trader UI for manual price overrides in Angular.",
                "Integrated the Betradar and Genius Sports data feeds.",
                "Added bet-delay rules for in-play markets to stop courtsiding.",
            ],
            ["Java", "Angular", "RabbitMQ", "Oracle Database", "Betradar", "Genius Sports"],
        ),
        (
            "Graduate Developer – Fexco (09/2014 – 08/2016)",
            "Payments and foreign-exchange services company.",
            [
                "Built currency rate publishing services in Java.",
                "Wrote regression tests for the card settlement batch.",
            ],
            ["Java", "Oracle Database", "JUnit"],
        ),
    ],
    skills=["Low-latency systems", "Risk management", "Event streaming", "In-play trading"],
    languages=["C++", "Kotlin", "Java", "TypeScript"],
    tools=["Kafka", "Kubernetes", "Grafana", "Aerospike"],
    certifications=["CKAD: Certified Kubernetes Application Developer"],
    industries=["Sports betting", "iGaming"],
    spoken_languages=["English", "Irish"],
    academic_background=["BSc Mathematics and Computer Science, University College Dublin"],
)
CVS["betting"] = {
    "source": _src,
    "prompt": "Senior Software Engineer, Trading Technology at a sportsbook operator: real-time pricing, risk "
    "and liability management, event-driven architecture, round-the-clock reliability.",
    "honest": tailor(
        _src,
        "Sportsbook trading technology engineer specialising in low-latency, real-time pricing and risk services "
        "in C++ and Kotlin, running round-the-clock on in-play markets for books taking as many as 8,000 bets "
        "per second.",
        [
            (
                "B2B sportsbook supplier, in the trading squad responsible for in-play pricing across football, "
                "tennis and basketball.",
                [
                    "Delivered sub-150 ms price updates to customers by rewriting the in-play pricing engine in C++.",
                    "Created real-time liability management that aggregates exposure per selection and "
                    "auto-suspends markets.",
                    "Migrated market data feeds from RabbitMQ to a Kafka backbone, sustaining peaks of 8,000 bets "
                    "per second.",
                    "Shared round-the-clock on-call for trading-critical services.",
                ],
            ),
            (
                "Online sportsbook serving the UK and Irish markets.",
                [
                    "Developed an Angular trader UI for manual price overrides.",
                    "Integrated Genius Sports and Betradar data feeds.",
                    "Introduced in-play bet-delay rules to prevent courtsiding.",
                ],
            ),
            (
                "Company providing payments and foreign-exchange services.",
                [
                    "Developed Java services that publish currency rates.",
                    "Created regression tests for card settlement batches.",
                ],
            ),
        ],
    ),
}

# --- high-demand ticketing: bullets merged and split within one experience --------------------------
_src = cv(
    "Principal Engineer, Ticketing",
    "Hannah Whitfield",
    "Principal engineer for high-demand event ticketing. Designs virtual queues, seat reservation and anti-bot "
    "defences for on-sales of up to 500,000 tickets in an hour, on AWS with Java and Redis.",
    [
        (
            "Principal Engineer – Gatefold Ticketing (10/2020 – 09/2024)",
            "Primary ticketing platform for stadium concerts and festivals in Europe.",
            [
                "Designed the virtual waiting room that admitted 2,000,000 fans during a stadium tour on-sale "
                "without downtime.",
                "Built seat-hold reservations on Redis with 10-minute expiry to stop double selling.",
                "Introduced anti-bot controls with device fingerprinting and Cloudflare Bot Management, blocking "
                "35% of traffic as automated.",
                "Ran load tests at 5x expected peak with k6 before every major on-sale.",
            ],
            ["Java 17", "Spring Boot", "Redis", "AWS", "Cloudflare", "k6", "DynamoDB"],
        ),
        (
            "Senior Engineer – Boxline (04/2017 – 09/2020)",
            "Ticketing SaaS for theatres and mid-size venues.",
            [
                "Built the seat-map renderer for venues up to 20,000 seats.",
                "Integrated Stripe and Adyen payments with 3-D Secure.",
                "Cut checkout abandonment from 28% to 19% by simplifying the basket.",
            ],
            ["Java", "React", "PostgreSQL", "Stripe", "Adyen"],
        ),
        (
            "Software Engineer – Fanbase Media (09/2014 – 03/2017)",
            "Fan-club membership platform for music artists.",
            [
                "Built presale code distribution for fan-club members.",
                "Wrote the membership billing jobs in Java.",
            ],
            ["Java", "MySQL", "RabbitMQ"],
        ),
    ],
    skills=["High-concurrency systems", "Queueing", "Bot mitigation", "Payments"],
    languages=["Java", "Kotlin", "TypeScript"],
    tools=["AWS", "Redis", "Cloudflare", "k6", "Terraform"],
    certifications=["AWS Certified Solutions Architect – Professional"],
    industries=["Live entertainment", "Ticketing"],
    spoken_languages=["English", "German"],
    academic_background=["MSc Distributed Systems, University of Manchester"],
)
CVS["ticketing"] = {
    "source": _src,
    "prompt": "Engineering Lead, On-sale Platform at a live-entertainment ticketing company: virtual queue, "
    "inventory holds, bot defence, peak readiness.",
    "honest": tailor(
        _src,
        "Principal engineer behind high-demand ticketing on-sales (virtual queues, seat reservation, anti-bot "
        "defences) at volumes up to 500,000 tickets an hour, built on AWS with Java and Redis.",
        [
            (
                "Primary ticketing for stadium concerts and festivals across Europe.",
                [
                    "Designed the virtual waiting room for a stadium tour on-sale.",
                    "Admitted 2 million fans with no downtime.",
                    "Stopped double selling with Redis seat holds that expire after ten minutes.",
                    "Blocked 35% of traffic as automated using device fingerprinting and Cloudflare Bot Management, "
                    "and load-tested at five times expected peak with k6 before each major on-sale.",
                ],
            ),
            (
                "SaaS ticketing for theatres and mid-size venues.",
                [
                    "Rendered seat maps for venues of up to 20,000 seats and integrated Stripe and Adyen payments "
                    "with 3-D Secure.",
                    "Reduced checkout abandonment from 28% to 19% with a simpler basket.",
                ],
            ),
            (
                "Membership platform for music artists' fan clubs.",
                [
                    "Distributed presale codes to fan-club members.",
                    "Developed Java jobs for membership billing.",
                ],
            ),
        ],
    ),
}

# (cv, field, kind, position, old, new): one claim the CV does not make, written into the honest text.
_FABRICATED = [
    # esports
    ("esports", "overview", "years", "middle", "nine years in live production", "eleven years in live production"),
    (
        "esports",
        "overview",
        "certification",
        "end",
        "built on vMix, NDI and SRT.",
        "built on vMix, NDI and SRT, and holds the NDI Certified Expert credential.",
    ),
    (
        "esports",
        "experiences[0].description",
        "customer",
        "end",
        "on Twitch and YouTube.",
        "on Twitch and YouTube for Riot Games.",
    ),
    (
        "esports",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "could work from home.",
        "could work from home, and shaved two seconds off stream latency.",
    ),
    ("esports", "experiences[0].bullets[1]", "tool", "end", "concurrent on Twitch.", "concurrent on Twitch and Kick."),
    ("esports", "experiences[0].bullets[2]", "number", "start", "Fed 12 in-game", "Fed 16 in-game"),
    (
        "esports",
        "experiences[1].description",
        "duration",
        "start",
        "Outside-broadcast crew",
        "For four seasons, an outside-broadcast crew",
    ),
    ("esports", "experiences[1].bullets[2]", "team size", "middle", "Coached 4 junior", "Coached 6 junior"),
    (
        "esports",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Migrated the truck's replay system to EVS XT-VIA, halving set-up time before kick-off.",
    ),
    (
        "esports",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Trained junior operators on replay and graphics.",
    ),
    # music
    (
        "music",
        "overview",
        "certified",
        "start",
        "Recommendation-systems engineer",
        "AWS-certified recommendation-systems engineer",
    ),
    ("music", "overview", "date", "middle", "in music streaming since 2017", "in music streaming since 2015"),
    (
        "music",
        "overview",
        "number",
        "end",
        "reach 30 million monthly listeners.",
        "reach 45 million monthly listeners.",
    ),
    (
        "music",
        "experiences[0].description",
        "team size",
        "middle",
        "within the personalisation squad",
        "within the eight-person personalisation squad",
    ),
    (
        "music",
        "experiences[0].bullets[0]",
        "version",
        "end",
        "two-tower TensorFlow model.",
        "two-tower TensorFlow 2.12 model.",
    ),
    (
        "music",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "feature lookups from Redis.",
        "feature lookups from Redis and Aerospike.",
    ),
    (
        "music",
        "experiences[1].description",
        "number",
        "end",
        "4.5 million registered users.",
        "4.5 million registered users in 14 markets.",
    ),
    ("music", "experiences[1].bullets[1]", "number", "start", "Cold-started 200k", "Cold-started 250k"),
    (
        "music",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "to the product board.",
        "to the product board, earning the company's Innovation Award.",
    ),
    (
        "music",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Moved ranking feature lookups to Redis, cutting latency to 40 ms.",
    ),
    (
        "music",
        "experiences[2].bullets[0]",
        "recognition",
        "end",
        "workshop paper.",
        "workshop paper, which won the best student paper prize.",
    ),
    # fashion
    ("fashion", "overview", "tool", "start", "Centric PLM specialist", "Centric PLM and PTC FlexPLM specialist"),
    ("fashion", "overview", "number", "middle", "with seven implementations", "with nine implementations"),
    (
        "fashion",
        "overview",
        "customer",
        "end",
        "SAP S/4HANA and Illustrator.",
        "SAP S/4HANA and Illustrator for brands such as Moncler.",
    ),
    (
        "fashion",
        "experiences[0].description",
        "date",
        "start",
        "Centric implementation partner serving",
        "Since 2017, a Centric implementation partner serving",
    ),
    (
        "fashion",
        "experiences[0].bullets[0]",
        "duration",
        "end",
        "in design, sourcing and quality.",
        "in design, sourcing and quality, delivered in six months.",
    ),
    (
        "fashion",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "costing and BOM workflows.",
        "costing and BOM workflows, saving €200,000 a year.",
    ),
    (
        "fashion",
        "experiences[0].bullets[2]",
        "version",
        "middle",
        "the SAP S/4HANA material master",
        "the SAP S/4HANA 2023 material master",
    ),
    (
        "fashion",
        "experiences[1].description",
        "team size",
        "middle",
        "the in-house PLM team",
        "the 15-strong in-house PLM team",
    ),
    (
        "fashion",
        "experiences[1].bullets[1]",
        "certified",
        "start",
        "Trained 60 designers",
        "As a certified trainer, trained 60 designers",
    ),
    (
        "fashion",
        "experiences[1].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Introduced 3D sampling with CLO3D, cutting physical prototypes by a third.",
    ),
    # restaurant
    ("restaurant", "overview", "years", "middle", "eight years of Java", "ten years of Java"),
    (
        "restaurant",
        "overview",
        "certification",
        "end",
        "Deliveroo, DoorDash.",
        "Deliveroo, DoorDash; Oracle Certified Professional, Java SE.",
    ),
    (
        "restaurant",
        "experiences[0].description",
        "customer",
        "end",
        "to delivery platforms.",
        "to delivery platforms for clients like Nando's.",
    ),
    ("restaurant", "experiences[0].bullets[0]", "tool", "middle", "injected straight", "injected via Kafka straight"),
    (
        "restaurant",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "within 60 seconds.",
        "within 60 seconds, lifting online sales 15%.",
    ),
    ("restaurant", "experiences[0].bullets[2]", "number", "end", "from 3% to 0.5%.", "from 3% to 0.2%."),
    ("restaurant", "experiences[0].bullets[3]", "team size", "middle", "six engineers", "nine engineers"),
    (
        "restaurant",
        "experiences[1].description",
        "number",
        "start",
        "45-site restaurant group",
        "52-site restaurant group",
    ),
    ("restaurant", "experiences[1].bullets[0]", "version", "end", "exports in Java.", "exports in Java 17."),
    ("restaurant", "experiences[1].bullets[+]", "new bullet", "end", None, "PCI DSS tokenisation for card payments."),
    (
        "restaurant",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Idempotent retries with SQS dead-letter queue.",
    ),
    # fitness
    ("fitness", "overview", "years", "start", "Has spent six years", "Has spent eight years"),
    (
        "fitness",
        "overview",
        "degree",
        "end",
        "writes Go and Kotlin services and runs them on Google Cloud.",
        "writes Go and Kotlin services and runs them on Google Cloud, backed by an MSc in Computer Science.",
    ),
    ("fitness", "overview", "tool", "end", "runs them on Google Cloud.", "runs them on Google Cloud and AWS."),
    (
        "fitness",
        "experiences[0].description",
        "customer",
        "middle",
        "PulseFit is a fitness app offering",
        "PulseFit is a fitness app, later acquired by Peloton, offering",
    ),
    (
        "fitness",
        "experiences[0].bullets[0]",
        "tool",
        "middle",
        "Garmin, Fitbit and Apple",
        "Garmin, Fitbit, Whoop and Apple",
    ),
    ("fitness", "experiences[0].bullets[1]", "number", "end", "fell by 60%.", "fell by 75%."),
    (
        "fitness",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "below 80 ms.",
        "below 80 ms while handling 40,000 requests per second.",
    ),
    (
        "fitness",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "rolled out in stages.",
        "rolled out in stages, which won the team an internal engineering excellence award.",
    ),
    (
        "fitness",
        "experiences[1].description",
        "date",
        "start",
        "StrideLabs was a start-up",
        "StrideLabs was a start-up founded in 2015",
    ),
    (
        "fitness",
        "experiences[1].bullets[1]",
        "duration",
        "start",
        "Processed GPS tracks",
        "For 18 months, processed GPS tracks",
    ),
    (
        "fitness",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Cut cloud costs by 35% by rightsizing the Kubernetes node pools, and the savings funded a new analytics "
        "project.",
    ),
    # tour
    ("tour", "overview", "years", "start", "Ten years shaping", "Twelve years shaping"),
    ("tour", "overview", "tool", "middle", "via Amadeus and Sabre", "via Amadeus, Sabre and Travelport"),
    (
        "tour",
        "overview",
        "certification",
        "end",
        "Technical background in C# and SQL Server.",
        "Technical background in C# and SQL Server; Certified Scrum Product Owner.",
    ),
    ("tour", "experiences[0].description", "number", "middle", "selling 300,000 holidays", "selling 350,000 holidays"),
    (
        "tour",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "with hotel allotments.",
        "with hotel allotments, adding £4m in annual revenue.",
    ),
    (
        "tour",
        "experiences[0].bullets[1]",
        "team size",
        "end",
        "while leading 5 developers.",
        "while leading 7 developers.",
    ),
    ("tour", "experiences[0].bullets[3]", "number", "middle", "21 days before arrival", "28 days before arrival"),
    (
        "tour",
        "experiences[0].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Ran discovery interviews with 30 travel agents to shape the booking funnel roadmap.",
    ),
    (
        "tour",
        "experiences[1].description",
        "date",
        "end",
        "coach and escorted tours.",
        "coach and escorted tours, bought by Sunward in 2019.",
    ),
    (
        "tour",
        "experiences[1].bullets[0]",
        "recognition",
        "end",
        "Sabre GDS connectivity.",
        "Sabre GDS connectivity, shortlisted for a Travolution Award.",
    ),
    (
        "tour",
        "experiences[1].bullets[1]",
        "duration",
        "start",
        "Looked after the reservation system",
        "For six years looked after the reservation system",
    ),
    # print
    (
        "print",
        "overview",
        "customer",
        "start",
        "For print and packaging manufacturers,",
        "For print and packaging manufacturers such as Amcor and Mondi,",
    ),
    ("print", "overview", "tool", "middle", "EFI Pace, Tharstern and CERM", "EFI Pace, Tharstern, Hiflex and CERM"),
    (
        "print",
        "overview",
        "degree",
        "end",
        "Engine and Kodak Prinergy.",
        "Engine and Kodak Prinergy, backed by an MBA from the University of Mannheim.",
    ),
    ("print", "experiences[0].description", "duration", "start", "Four years with", "Five years with"),
    (
        "print",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "Across 9 label converters",
        "Across 11 label converters",
    ),
    ("print", "experiences[0].bullets[1]", "version", "end", "over JDF/JMF.", "over JDF/JMF 1.6."),
    (
        "print",
        "experiences[0].bullets[2]",
        "metric",
        "middle",
        "Real-time OEE dashboards came",
        "Real-time OEE dashboards, which raised press uptime by 9%, came",
    ),
    (
        "print",
        "experiences[1].description",
        "number",
        "end",
        "folding-carton manufacturer.",
        "folding-carton manufacturer with 600 employees.",
    ),
    (
        "print",
        "experiences[1].bullets[0]",
        "version",
        "end",
        "ran the EFI Pace upgrade.",
        "ran the EFI Pace upgrade to version 33.",
    ),
    (
        "print",
        "experiences[1].bullets[2]",
        "date",
        "start",
        "Cut the estimating time",
        "In 2015, cut the estimating time",
    ),
    (
        "print",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Set up shop-floor data collection on 40 presses.",
    ),
    # news
    ("news", "overview", "years", "start", "Newsroom CMS (content", "Twelve-year newsroom CMS (content"),
    (
        "news",
        "overview",
        "recognition",
        "end",
        "a constant focus.",
        "a constant focus, recognised with a Digital Publishing Award.",
    ),
    ("news", "overview", "tool", "middle", "on Arc XP and WordPress VIP", "on Arc XP, Brightspot and WordPress VIP"),
    (
        "news",
        "experiences[0].description",
        "number",
        "middle",
        "40 million monthly page views off",
        "40 million monthly page views and 400,000 subscribers off",
    ),
    (
        "news",
        "experiences[0].bullets[0]",
        "duration",
        "end",
        "into the Arc XP Content API.",
        "into the Arc XP Content API in eight weeks.",
    ),
    ("news", "experiences[0].bullets[2]", "number", "middle", "from 4.1 s to 1.9 s", "from 4.1 s to 1.2 s"),
    ("news", "experiences[0].bullets[3]", "team size", "start", "Mentored four", "Mentored six"),
    (
        "news",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Launched a Piano paywall that converted 3% of registered readers.",
    ),
    (
        "news",
        "experiences[1].description",
        "customer",
        "end",
        "ran on WordPress VIP.",
        "ran on WordPress VIP, including the Manchester Evening Post.",
    ),
    (
        "news",
        "experiences[1].bullets[0]",
        "certified",
        "start",
        "Delivered a headless",
        "As a certified Next.js developer, delivered a headless",
    ),
    (
        "news",
        "experiences[1].bullets[1]",
        "version",
        "middle",
        "block library for 150",
        "block library in PHP 8.1 for 150",
    ),
    (
        "news",
        "experiences[2].description",
        "date",
        "start",
        "Daily local newspaper.",
        "Daily local newspaper founded in 1872.",
    ),
    # podcast
    (
        "podcast",
        "overview",
        "years",
        "start",
        "Podcast ad tech engineer covering",
        "Podcast ad tech engineer of nine years covering",
    ),
    ("podcast", "overview", "tool", "middle", "writing Scala and Go on AWS", "writing Scala, Rust and Go on AWS"),
    ("podcast", "overview", "number", "end", "deliver 1.2m ad", "deliver 1.5m ad"),
    ("podcast", "experiences[0].description", "number", "start", "Monetized 180 shows", "Monetized 220 shows"),
    (
        "podcast",
        "experiences[0].description",
        "metric",
        "end",
        "dynamically inserted ads.",
        "dynamically inserted ads, generating $14m in annual revenue.",
    ),
    ("podcast", "experiences[0].bullets[1]", "version", "end", "v2.1 certification.", "v2.2 certification."),
    (
        "podcast",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "from Spotify Audience Network and AdsWizz",
        "from Spotify Audience Network, Triton Digital and AdsWizz",
    ),
    (
        "podcast",
        "experiences[0].bullets[3]",
        "duration",
        "start",
        "Rewrote the ad-decision engine",
        "In three months, rewrote the ad-decision engine",
    ),
    (
        "podcast",
        "experiences[1].description",
        "team size",
        "middle",
        "Start-up in audio",
        "Start-up of 25 people in audio",
    ),
    (
        "podcast",
        "experiences[1].bullets[0]",
        "certified",
        "end",
        "campaign pacing service.",
        "campaign pacing service as a Lightbend-certified Scala developer.",
    ),
    (
        "podcast",
        "experiences[1].bullets[2]",
        "customer",
        "end",
        "delivery to advertisers.",
        "delivery to advertisers including Audible and HelloFresh.",
    ),
    (
        "podcast",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Built the DAI service stitching ads into MP3 streams.",
    ),
    # wine
    (
        "wine",
        "overview",
        "team size",
        "start",
        "Leads supply chain systems for",
        "Leads a 20-person supply chain systems group for",
    ),
    ("wine", "overview", "years", "middle", "with a dozen years in", "with fifteen years in"),
    ("wine", "overview", "tool", "end", "SAP IBP and Manhattan WMS.", "SAP IBP, Kinaxis and Manhattan WMS."),
    (
        "wine",
        "experiences[0].description",
        "customer",
        "end",
        "bonded Rotterdam warehouse.",
        "bonded Rotterdam warehouse for Pernod Ricard brands.",
    ),
    ("wine", "experiences[0].bullets[0]", "number", "middle", "from 60% to 78%", "from 60% to 85%"),
    (
        "wine",
        "experiences[0].bullets[1]",
        "certification",
        "end",
        "(e-AD) integration.",
        "(e-AD) integration, drawing on an ASCM CSCP certification.",
    ),
    (
        "wine",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "€1.5 million budget.",
        "€1.5 million budget while lowering freight spend by 8%.",
    ),
    (
        "wine",
        "experiences[1].description",
        "date",
        "middle",
        "Cognac house with exports",
        "Cognac house, founded in 1795, with exports",
    ),
    (
        "wine",
        "experiences[1].description",
        "degree",
        "end",
        "six years in planning.",
        "six years in planning after an MSc in Oenology.",
    ),
    (
        "wine",
        "experiences[1].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Negotiated glass supply contracts with Verallia, saving 6% on bottle costs.",
    ),
    (
        "wine",
        "experiences[1].bullets[2]",
        "duration",
        "end",
        "with no missed shipments.",
        "with no missed shipments within a year.",
    ),
    # betting
    (
        "betting",
        "overview",
        "years",
        "start",
        "Sportsbook trading technology engineer specialising",
        "Sportsbook trading technology engineer with a decade in betting, specialising",
    ),
    ("betting", "overview", "tool", "middle", "in C++ and Kotlin", "in C++, Rust and Kotlin"),
    (
        "betting",
        "experiences[0].description",
        "customer",
        "start",
        "B2B sportsbook supplier,",
        "B2B sportsbook supplier to Paddy Power,",
    ),
    (
        "betting",
        "experiences[0].description",
        "team size",
        "end",
        "football, tennis and basketball.",
        "football, tennis and basketball, in a squad of 12.",
    ),
    ("betting", "experiences[0].bullets[0]", "number", "start", "Delivered sub-150 ms", "Delivered sub-50 ms"),
    (
        "betting",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "auto-suspends markets.",
        "auto-suspends markets, reducing trading losses by 18%.",
    ),
    ("betting", "experiences[0].bullets[2]", "version", "middle", "to a Kafka backbone", "to a Kafka 3.6 backbone"),
    (
        "betting",
        "experiences[0].bullets[3]",
        "certified",
        "end",
        "trading-critical services.",
        "trading-critical services as an AWS-certified SysOps administrator.",
    ),
    (
        "betting",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Built a liability service aggregating exposure per selection.",
    ),
    (
        "betting",
        "experiences[1].bullets[0]",
        "date",
        "start",
        "Developed an Angular trader UI",
        "In 2015, developed an Angular trader UI",
    ),
    (
        "betting",
        "experiences[1].description",
        "recognition",
        "end",
        "UK and Irish markets.",
        "UK and Irish markets, named EGR Operator of the Year.",
    ),
    (
        "betting",
        "experiences[1].bullets[2]",
        "degree",
        "end",
        "to prevent courtsiding.",
        "to prevent courtsiding, drawing on a PhD in statistics.",
    ),
    # ticketing
    (
        "ticketing",
        "overview",
        "years",
        "start",
        "Principal engineer behind",
        "For 15 years, principal engineer behind",
    ),
    ("ticketing", "overview", "number", "middle", "up to 500,000 tickets an hour", "up to 750,000 tickets an hour"),
    ("ticketing", "overview", "tool", "end", "with Java and Redis.", "with Java, Go and Redis."),
    (
        "ticketing",
        "experiences[0].description",
        "customer",
        "start",
        "Primary ticketing for",
        "Ticketmaster-partnered primary ticketing for",
    ),
    (
        "ticketing",
        "experiences[0].bullets[1]",
        "duration",
        "end",
        "with no downtime.",
        "with no downtime over 90 minutes.",
    ),
    ("ticketing", "experiences[0].bullets[2]", "version", "middle", "with Redis seat holds", "with Redis 7 seat holds"),
    (
        "ticketing",
        "experiences[0].bullets[3]",
        "date",
        "end",
        "before each major on-sale.",
        "before each major on-sale since 2018.",
    ),
    (
        "ticketing",
        "experiences[1].description",
        "certified",
        "middle",
        "SaaS ticketing for theatres",
        "SaaS ticketing, ISO 27001 certified, for theatres",
    ),
    (
        "ticketing",
        "experiences[1].description",
        "recognition",
        "end",
        "mid-size venues.",
        "mid-size venues, winner of a 2019 Stage Tech Award.",
    ),
    (
        "ticketing",
        "experiences[1].bullets[1]",
        "duration",
        "start",
        "Reduced checkout abandonment",
        "Within six months, reduced checkout abandonment",
    ),
    (
        "ticketing",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led a team of 9 engineers building the box-office app.",
    ),
    (
        "ticketing",
        "experiences[2].bullets[1]",
        "version",
        "end",
        "jobs for membership billing.",
        "jobs for membership billing on Java 8.",
    ),
]

# (cv, field, old, new, reason): edits the author could not call honest or invented with confidence.
_AMBIGUOUS = [
    (
        "esports",
        "overview",
        "Live production engineer",
        "Senior live production engineer",
        "'Senior' is not in the CV, though nine years and a Lead title make it a fair reading",
    ),
    (
        "music",
        "experiences[0].bullets[0]",
        "rebuilding retrieval",
        "rebuilding real-time retrieval",
        "the CV never says the candidate generation runs in real time; the posting does",
    ),
    (
        "fashion",
        "experiences[0].description",
        "Centric implementation partner",
        "Official Centric implementation partner",
        "'implementation partner for Centric PLM' may or may not mean an official partnership",
    ),
    (
        "restaurant",
        "experiences[0].bullets[3]",
        "On-call lead, six engineers",
        "Led six engineers on call",
        "the CV says on-call lead for a team of 6, not that the person led the team otherwise",
    ),
    (
        "fitness",
        "experiences[1].description",
        "and the role covered its back-end services",
        "and the role covered all of its back-end services",
        "'all' widens the scope the CV states",
    ),
    (
        "tour",
        "overview",
        "working closely with commercial teams",
        "partnering with commercial and yield teams",
        "the CV sends reports to yield managers; 'partnering' with them is a reading, not a statement",
    ),
    (
        "print",
        "experiences[0].bullets[2]",
        "set up on 40 presses",
        "set up on 40 presses across the DACH region",
        "the presses are at DACH customers by implication, not by statement",
    ),
    (
        "news",
        "experiences[0].bullets[4]",
        "legally sensitive stories",
        "legally sensitive stories reviewed by the legal desk",
        "'legal-sensitive' suggests legal review, but the CV does not say who approved",
    ),
    (
        "podcast",
        "experiences[0].bullets[1]",
        "Brought download analytics",
        "Led download analytics",
        "the CV says the analytics were got certified; leading the effort is not stated",
    ),
    (
        "wine",
        "experiences[0].bullets[3]",
        "Led five analysts",
        "Led five supply chain analysts",
        "'supply chain' analysts is the natural reading of the role, but the CV just says analysts",
    ),
    (
        "betting",
        "experiences[0].bullets[2]",
        "to a Kafka backbone",
        "to an event-driven Kafka backbone",
        "posting vocabulary: Kafka feeds are event streams, but 'event-driven' is the posting's word",
    ),
    (
        "ticketing",
        "experiences[0].description",
        "Primary ticketing for",
        "Europe's leading primary ticketing for",
        "'primary' in the CV means first-sale ticketing, not market leader",
    ),
    (
        "ticketing",
        "experiences[0].bullets[1]",
        "Admitted 2 million fans",
        "Admitted 2 million fans in one on-sale",
        "the CV ties the 2,000,000 to one stadium tour on-sale, which may span several dates",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _FABRICATED)
AMBIGUOUS = build(CVS, _AMBIGUOUS, with_reason=True)
# Written blind: measured with the guard of 593194c (session 10's start) 133/134 caught and 9/135 touched, and
# with the session's final guard (never shown this set) the same (the final blind figure); then one miss
# mended by a general rule (a "team of 8." ending a sentence counts people, not years): the figures below.
# Then (session 11) names, units and abbreviations, and figures worked out from the CV's own figures and dates:
# 0/135 touched, the touch target met.
# With the catch side merged: 1/135 (0.7%), still within the target.
GUARD_FLOOR = {"caught": 134, "touched": 1}
