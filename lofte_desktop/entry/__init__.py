"""The programs' entry points: `gui` (lofte-desktop), `selftest` (its --self-test)
and the CLI's. They sit above the UI and the CLI, which sit above `app`."""
