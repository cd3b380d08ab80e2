# Spandrel messages: team (English, the reference).

