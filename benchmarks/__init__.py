"""Benchmark data and tooling for piiscan (not part of the installed package)."""
