"""evidence-checker: check a document bundle against China Customs' certified-enterprise standards."""

__version__ = "0.1.0"
