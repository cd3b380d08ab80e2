# Spandrel messages: workspace (English, the reference).

