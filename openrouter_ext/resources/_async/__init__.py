"""Async sources: the sync twins in ``../_sync`` are generated from them (scripts/unasync.py)."""
