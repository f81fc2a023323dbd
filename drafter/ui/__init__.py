"""The Textual app: it drives the headless objects (facts, project, writers, rules,
export) and adds none of their logic."""
