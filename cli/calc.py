"""``computecast calc``: back-of-envelope calculators for one model, printed as a table (JSON on request)."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Any

import typer

from cli.common import fail

#: How each calculator output is shown: (label, unit for :func:`forecasting.quantity.format_quantity`).
#: A unit of ``None`` prints the value as it is (names, precisions); ``"fraction"`` prints a percentage.
CALC_ROWS: dict[str, tuple[str, str | None]] = {
    "parameters": ("parameters", ""),
    "active_parameters": ("active parameters per token", ""),
    "tokens": ("training tokens", "tokens"),
    "tokens_per_day": ("tokens per day", "tokens/day"),
    "training_flop": ("training compute (6·N·D)", "FLOP"),
    "pf_days": ("training compute", "PF-days"),
    "chip": ("accelerator", None),
    "precision": ("precision", None),
    "peak_flop_per_s": ("peak per accelerator", "FLOPS"),
    "utilization": ("utilisation (MFU)", "fraction"),
    "accelerator_hours": ("accelerator-hours", "accelerator-hours"),
    "accelerators": ("accelerators in the cluster", "accelerators"),
    "wall_days": ("wall-clock", "days"),
    "peak_to_average": ("peak to average load", "×"),
    "flop_per_token": ("compute per token (2·N)", "FLOP"),
    "flop_per_s_average": ("compute, average", "FLOPS"),
    "flop_per_s_peak": ("compute, peak", "FLOPS"),
    "accelerators_needed_average": ("accelerators needed, average", "accelerators"),
    "accelerators_needed_peak": ("accelerators needed, peak", "accelerators"),
}


def chip_names(incomplete: str) -> list[str]:
    """Shell completion of ``--chip``: the catalogue's names that start with what was typed."""
    from forecasting.chips import CHIPS

    return [name for name in CHIPS if name.casefold().startswith(incomplete.casefold())]


class CalcFormat(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[CalcFormat, typer.Option("--format", "-f", help="table for people, json for machines.")]


def calc_cell(key: str, value: Any) -> str:
    """One calculator output for people: ``3.15e23 FLOP``, ``3.65k PF-days``, ``20%``, ``A100``, ``–``."""
    from forecasting.quantity import format_quantity

    if value is None:
        return "–"
    _, unit = CALC_ROWS.get(key, (key, ""))
    if unit is None or not isinstance(value, int | float):
        return str(value)
    if unit == "fraction":
        return format_quantity(100 * float(value), "%")
    if unit == "×":
        return f"{float(value):.3g}×"
    return format_quantity(float(value), unit)


def print_calc(out: dict[str, Any], format: CalcFormat) -> None:
    """The calculator's result as a two-column table, or as JSON (every number at full precision)."""
    if format is CalcFormat.json:
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("quantity", "value", "exact", title_justify="left")
    table.columns[1].justify = "right"
    table.columns[2].justify = "right"
    for key, value in out.items():
        label = CALC_ROWS.get(key, (key.replace("_", " "), ""))[0]
        exact = f"{value:.6g}" if isinstance(value, float) else ("–" if value is None else str(value))
        table.add_row(label, calc_cell(key, value), exact)
    Console().print(table)


calc_app = typer.Typer(help="Back-of-envelope calculators for a single model.", no_args_is_help=True)


@calc_app.command("train")
def calc_train(
    params: Annotated[float, typer.Option("--params", help="Parameters N (e.g. 175e9).")],
    tokens: Annotated[float, typer.Option("--tokens", help="Training tokens D (e.g. 300e9).")],
    active_params: Annotated[float | None, typer.Option("--active-params", help="Active parameters per token (MoE).")] = None,
    chip: Annotated[str, typer.Option(help="Accelerator from the chip catalogue (any case).", autocompletion=chip_names)] = "H100",
    utilization: Annotated[float, typer.Option(min=0.01, max=1.0, help="Model FLOP utilisation (MFU).")] = 0.4,
    accelerators: Annotated[int | None, typer.Option(min=1, help="Accelerators in the cluster (gives wall-clock days).")] = None,
    format: FormatOption = CalcFormat.table,
) -> None:
    """Training compute of one model: FLOP = 6·N·D → PF-days, accelerator-hours, wall-clock days."""
    from forecasting import training_run

    try:
        out = training_run(parameters=params, tokens=tokens, active_parameters=active_params, chip=chip,
                           utilization=utilization, accelerators=accelerators)
    except (KeyError, ValueError) as exc:
        fail(str(exc).strip("'\""), code=2)
    print_calc(out, format)

@calc_app.command("infer")
def calc_infer(
    active_params: Annotated[float, typer.Option("--active-params", help="Active parameters per token.")],
    tokens_per_day: Annotated[float, typer.Option("--tokens-per-day", help="Tokens processed per day.")],
    chip: Annotated[str, typer.Option(help="Accelerator from the chip catalogue (any case).", autocompletion=chip_names)] = "H100",
    utilization: Annotated[float, typer.Option(min=0.01, max=1.0, help="Model FLOP utilisation.")] = 0.3,
    peak_to_average: Annotated[float, typer.Option("--peak-to-average", min=1.0, help="Peak over average load.")] = 1.0,
    format: FormatOption = CalcFormat.table,
) -> None:
    """Inference load: FLOP/s = 2·N_active·tokens/s → accelerators needed (average and peak)."""
    from forecasting import inference_load

    try:
        out = inference_load(active_parameters=active_params, tokens_per_day=tokens_per_day, chip=chip,
                             utilization=utilization, peak_to_average=peak_to_average)
    except (KeyError, ValueError) as exc:
        fail(str(exc).strip("'\""), code=2)
    print_calc(out, format)


def register(app: typer.Typer) -> None:
    """Add ``calc train`` and ``calc infer`` to the ``computecast`` app."""
    app.add_typer(calc_app, name="calc")
