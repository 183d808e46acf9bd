"""Policy profiles: each regulation's deadlines, retention, scope and approvals, and their rules.

Entry points: ``loader`` (builtin_profiles, get_builtin_profile, parse_profile,
profile_to_toml, copy_profile) and ``rules`` (handover_deadline,
interruption_report_deadline, retention_end, required_approvals).
"""
