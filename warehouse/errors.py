"""The warehouse's exceptions: each says what went wrong and what to do about it."""


class WarehouseError(Exception):
    """Base class of warehouse errors."""


class DatabaseUnavailableError(WarehouseError):
    """The database could not be reached after the configured retries."""


class RunNotFoundError(WarehouseError):
    """A forecast run id that does not exist."""
