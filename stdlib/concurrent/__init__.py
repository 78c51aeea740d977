"""The `concurrent` package; weft provides its `futures` subpackage."""
