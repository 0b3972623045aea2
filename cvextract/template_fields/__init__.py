"""Templates checked against the CV contract, before any document is written.

Every variable a template reads is resolved against the CV JSON schema (an unknown path is an error
with the nearest known one), the contract fields it never shows are listed (a warning, or an error
with ``apply.require-all-fields``), and Word's traps are named (:mod:`.traps`). The analysis parses
the parts docxtpl prepares (:mod:`cvextract.render.template_parts`) with Jinja's parser; it never
renders anything.
"""

from .check import TemplateFields, analyse_template, problems_error
from .contract import Field, contract_fields

__all__ = ["TemplateFields", "analyse_template", "problems_error", "Field", "contract_fields"]
