"""A GX expectation for list-valued columns (actors, parties, themes).

GX's ``expect_column_values_to_be_in_set`` compares whole cell values; here a cell
is a list and every item of it must belong to the value set. A null list is
missing (skipped, as GX does for every map expectation); an empty list passes.
Importing this module registers ``expect_column_list_items_to_be_in_set``.
"""
from __future__ import annotations

from typing import ClassVar, Tuple

from great_expectations.execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import ColumnMapExpectation
from great_expectations.expectations.metrics.map_metric_provider import (
    ColumnMapMetricProvider,
    column_condition_partial,
)

METRIC = "column_values.list_items_in_set"
TYPE = "expect_column_list_items_to_be_in_set"


def describe(column: str, value_set: list, value_set_name: str | None = None) -> str:
    """What Data Docs shows for this expectation (GX has no template for it)."""
    named = f" of {value_set_name}" if value_set_name else ""
    return f"Every item of each {column} list must be one of the {len(value_set)} values{named}."


class ColumnValuesListItemsInSet(ColumnMapMetricProvider):
    condition_metric_name = METRIC
    condition_value_keys = ("value_set",)

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column, value_set, **kwargs):
        allowed = set(value_set)
        return column.map(lambda items: all(item in allowed for item in items))


class ExpectColumnListItemsToBeInSet(ColumnMapExpectation):
    """Expect every item of each list in the column to be a member of value_set."""

    value_set: list
    map_metric: ClassVar[str] = METRIC
    success_keys: ClassVar[Tuple[str, ...]] = ("value_set", "mostly")
    args_keys: ClassVar[Tuple[str, ...]] = ("column", "value_set")
