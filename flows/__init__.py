"""Wiring: the ingestion pipeline, its Prefect flows and the command-line interface.

Nothing here imports Prefect at module level, so read-only commands start fast.
"""
