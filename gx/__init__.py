"""Great Expectations suites per layer (suites.py) and the checkpoint runner (runner.py)."""
