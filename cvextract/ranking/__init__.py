"""Ranking: which CVs fit a job, by how much, with each CV's own words as evidence.

``job_file`` reads the requirement list a job file gives (or the one a model extracted),
``aliases`` holds the equivalent names (K8s/Kubernetes), ``cv_text`` the CV's text with where each
piece stands, ``matching`` scores one CV against the requirements, ``ranking_table`` writes the
batch's ``ranking.csv`` and ``ranking.json``. Nothing here imports the OpenAI SDK.
"""
