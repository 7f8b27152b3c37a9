"""computecast's pure forecasting core: polars, numpy and scikit-learn only (no IO, DB or network).

Public API used by the shell (flows/CLI)::

    from forecasting import run_forecast, ForecastResult, parse_scenario, parse_history, parse_roles
    from forecasting import training_run, inference_load, CHIPS
"""

from forecasting.bottom_up import inference_load, training_run
from forecasting.chips import CHIPS
from forecasting.history import parse_history
from forecasting.observation import ObservationModel, parse_roles
from forecasting.pipeline import EmptyInputsError, ForecastResult, run_forecast
from forecasting.scenario import Scenario, ScenarioError, parse_scenario

__all__ = [
    "CHIPS",
    "EmptyInputsError",
    "ForecastResult",
    "ObservationModel",
    "Scenario",
    "ScenarioError",
    "inference_load",
    "parse_history",
    "parse_roles",
    "parse_scenario",
    "run_forecast",
    "training_run",
]
