"""One module per subcommand; each has ``run(...) -> int`` returning the exit code."""
