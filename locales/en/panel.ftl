# Spandrel messages: panel (English, the reference).

