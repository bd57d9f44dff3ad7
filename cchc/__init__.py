"""cchc: run a government action plan kept as YAML files in git."""

__version__ = "0.1.0"
