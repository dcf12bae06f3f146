"""The entry points: the `lofte-desktop` GUI, the bundle's self-test and the `lofte`
command. The only layer above both `ui` and `cli`."""
