"""kronika: news event data from raw pages, Lithuanian and English coded natively."""

__version__ = "0.1.0"
