# cvextract batch workflow: CVs (DOCX) -> structured JSON -> adjusted JSON -> new DOCX (-> PDF), per CV.
#
#   snakemake --cores 10 --configfile config/config.yaml
#
# The outputs mirror the input tree below `source` (see config/README.md). profiles/default is
# picked up automatically and sets the scheduler, retries and threaded jobs; profiles/slurm and
# profiles/cluster-generic submit to a cluster.
from snakemake.utils import min_version

# The oldest Snakemake tested (make smoke-oldest), as in pyproject.toml.
min_version("9.13.0")


include: "rules/common.smk"
include: "rules/research.smk"
include: "rules/extract.smk"
include: "rules/adjust.smk"
include: "rules/apply.smk"
include: "rules/pdf.smk"
include: "rules/export.smk"
include: "rules/report.smk"
include: "rules/rank.smk"


rule all:
    default_target: True
    input:
        SNAKEMAKE.settled(BATCH.targets),
        BATCH.report_path,
        BATCH.shortlist_targets,
