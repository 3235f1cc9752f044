"""The DuckDB warehouse: migrations, loading, views, reconciliation and review."""
