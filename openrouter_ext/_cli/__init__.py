"""The ``openrouter-ext`` command line (``main``) and its ``costs`` command (``costs``)."""
