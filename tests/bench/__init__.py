"""Tests of the benchmarks' own parts: the data they build must be what they claim."""
