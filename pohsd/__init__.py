"""pohsd: the desktop workplace of the POH sociaal domein (Qt-free core)."""

__version__ = "0.1.0"
