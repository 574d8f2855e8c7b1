"""Benchmark scenarios. Each module has `run(impl, ctx) -> dict` (one implementation, all its
repeats; raises BenchError when it cannot be measured) and `rows(py, ours) -> list[Row]`, where
py/ours are those dicts or the error text."""
