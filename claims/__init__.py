"""claims: attributed statements out of the news, a validated claim store with tamper-evident history, reports."""

__version__ = "0.1.0"
