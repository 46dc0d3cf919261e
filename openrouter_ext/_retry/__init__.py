"""Retries: the policy as data, the pure decisions (whether, how long) and the backoff driver.

- ``policy``: ``RetryPolicy``, ``should_retry``, ``retry_delay``, ``RetryBudget``, ``retrying``.
"""
