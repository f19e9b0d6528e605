"""Orchestration: Prefect flows, the plain stage functions they wire, and the CLI."""
