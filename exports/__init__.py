"""PDF handouts (reportlab) and tables (CSV/XLSX) of a trajectory. Never imports PySide6."""
