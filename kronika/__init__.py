"""kronika: news event data from raw pages, Lithuanian and English coded natively."""

__version__ = "0.1.0"


def open(path: str = "kronika.duckdb", read_only: bool = False):  # noqa: A001 - the API is kronika.open(...)
    """Open a kronika store: ``kronika.open("kronika.duckdb").dyad("JPN", "RUS", by="month")``."""
    from .store import Store

    return Store(path, read_only=read_only)
