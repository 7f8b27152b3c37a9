"""The warehouse's exceptions: each says what went wrong and what to do about it."""


class WarehouseError(Exception):
    """Base class of warehouse errors."""


class DatabaseUnavailableError(WarehouseError):
    """The database could not be reached after the configured retries."""


class NotFoundError(WarehouseError):
    """Something asked for by name or id is not in the warehouse (exit code 4 on the command line)."""


class RunNotFoundError(NotFoundError):
    """A forecast run id that does not exist."""


class RowRefusedError(WarehouseError):
    """A value the database would refuse or store differently per backend (too long, NUL, not text)."""
