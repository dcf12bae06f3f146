"""Qt item models over services."""
