"""claimcheck: check numeric and temporal claims in articles against a sourced reference dataset."""

__version__ = "0.1.0"
