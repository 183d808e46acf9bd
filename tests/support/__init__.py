"""Helpers the test suite shares: real parts set up for tests (a throwaway PostgreSQL)."""
