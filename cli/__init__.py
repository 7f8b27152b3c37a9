"""The ``computecast`` command line: one module per command group.

``cli.main`` holds the Typer app and the console-script entry point; heavy modules (polars,
scikit-learn, SQLAlchemy, Prefect) are imported inside the commands, so ``computecast --help``
starts quickly.
"""
