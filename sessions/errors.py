"""Error codes the domain raises; the UI and the CLI turn them into sentences."""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    """Why a store operation failed. The UI translates each code."""

    NOT_FOUND = "not_found"
    NOT_A_FILE = "not_a_file"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    NEWER = "newer"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    EXISTS = "exists"
    UNWRITABLE = "unwritable"
    INVALID = "invalid"


class StartdagError(Exception):
    """Base of every error the domain raises on purpose."""

    def __init__(self, code: Code, **params):
        self.code = code
        self.params = params
        super().__init__(f"{code.value}: {params}" if params else code.value)


class StoreError(StartdagError):
    """A trajectory file could not be opened, created or written."""


class ValidationError(StartdagError):
    """A value given to a service is not acceptable; nothing was changed."""
