"""Publishing from the UI side: the Qt card painter (offscreen) and its composition."""
