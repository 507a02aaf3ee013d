"""Question banks: the models (``models``), loading with located errors (``loader``,
``files``), the checks (``check``, ``lint``), the JSON Schema (``validation``) and the
bank cache (``cache``). Import from the module that defines a name."""
