"""Ranking: which CVs fit a job, by how much, with each CV's own words as evidence.

``job_file`` reads the requirement list a job file gives (``model_requirements`` asks the model when
it gives none; ``requirements_file`` keeps the list a batch ranks on), ``aliases`` holds the names
that mean the same (K8s/Kubernetes), ``words`` how text is compared, ``cv_text`` the CV's text with
where each piece stands, ``matching`` scores one CV, ``match_cache`` keeps each CV's match while it is
current, ``semantic`` adds the optional embedding matches, ``ranking_table`` writes the batch's
``ranking.csv`` and ``ranking.json`` and ``report_section`` its part of the batch report. Nothing
here imports the OpenAI SDK until a model is asked.
"""
