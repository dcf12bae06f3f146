"""What the running process finds around it: where its files live (`paths`) and
what day it is (`clock`). Standard library (and platformdirs) only, so the CLI's
--help and the first paint stay fast; every layer may use it, and it uses none.
"""
