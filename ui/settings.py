"""UI state in QSettings: geometry, recent files, font scale, language. Never workshop data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
FONT_SCALE_MIN, FONT_SCALE_MAX = 0.6, 2.5


class Settings:
    """Typed access to the app's QSettings."""

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings("Startdag", "Startdag")

    def language(self) -> str:
        """'nl', 'en' or '' (follow the system)."""
        return str(self.q.value("language", "") or "")

    def set_language(self, lang: str) -> None:
        """Remember the chosen UI language."""
        self.q.setValue("language", lang)

    def font_scale(self) -> float:
        """The projector's font scale (1.0 is the default size)."""
        try:
            return min(FONT_SCALE_MAX, max(FONT_SCALE_MIN, float(self.q.value("font_scale", 1.0))))
        except (TypeError, ValueError):
            return 1.0

    def set_font_scale(self, scale: float) -> float:
        """Store a clamped font scale and return it."""
        scale = round(min(FONT_SCALE_MAX, max(FONT_SCALE_MIN, scale)), 2)
        self.q.setValue("font_scale", scale)
        return scale

    def theme(self) -> str:
        """'light' or 'dark' for the projector."""
        value = str(self.q.value("theme", "light") or "light")
        return value if value in ("light", "dark") else "light"

    def set_theme(self, theme: str) -> None:
        """Remember the projector theme."""
        self.q.setValue("theme", theme)

    def recent_files(self) -> list[Path]:
        """Recently opened trajectories that still exist, newest first."""
        value = self.q.value("recent_files", []) or []
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in value if Path(v).exists()]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` at the top of the recent files."""
        path = Path(path).resolve()
        files = [p for p in self.recent_files() if p.resolve() != path]
        self.q.setValue("recent_files", [str(p) for p in [path, *files][:MAX_RECENT]])

    def geometry(self, key: str) -> QByteArray | None:
        """A saved window geometry."""
        value = self.q.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        """Save a window geometry."""
        self.q.setValue(f"geometry/{key}", value)

    def phone_port(self, default: int) -> int:
        """The port phone join listened on last time (phones that joined find it again)."""
        try:
            port = int(self.q.value("phones/port", default))
        except (TypeError, ValueError):
            return default
        return port if 1024 <= port <= 65535 else default

    def set_phone_port(self, port: int) -> None:
        """Remember the port phone join listens on."""
        self.q.setValue("phones/port", int(port))

    def backup_retention_days(self) -> int:
        """How many days backups are kept (the newest of each trajectory always stays)."""
        try:
            return max(1, min(3650, int(self.q.value("backups/retention_days", 90))))
        except (TypeError, ValueError):
            return 90

    def set_backup_retention_days(self, days: int) -> None:
        """Remember the retention period."""
        self.q.setValue("backups/retention_days", max(1, min(3650, int(days))))

    def backup_mirror(self) -> Path | None:
        """The optional second place for backups (a USB stick, a synced folder)."""
        value = str(self.q.value("backups/mirror", "") or "")
        return Path(value) if value else None

    def set_backup_mirror(self, folder: Path | None) -> None:
        """Set or clear the second place for backups."""
        self.q.setValue("backups/mirror", str(folder) if folder else "")
