# Spandrel messages: actions (English, the reference).

