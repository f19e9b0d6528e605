"""Fetching and parsing: sources, HTTP, raw archive, site adapters.

Nothing here imports transforms/, warehouse/, expectations/ or flows/.
"""
