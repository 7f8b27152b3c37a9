"""The warehouse's exceptions: each says what went wrong and what to do about it."""


class WarehouseError(Exception):
    """Base class of warehouse errors."""


class DatabaseUnavailableError(WarehouseError):
    """The database could not be reached after the configured retries."""


class RunNotFoundError(WarehouseError):
    """A forecast run id that does not exist."""


class RowRefusedError(WarehouseError):
    """A value the database would refuse or store differently per backend (too long, NUL, not text)."""
