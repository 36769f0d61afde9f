"""The Startdag domain and its storage. Pure Python: never imports PySide6."""
