"""DuckDB warehouse: DDL in sql/, atomic publishing, read helpers.

Works on rows and frames only: never on HTML or HTTP.
"""
