"""Letters: models, SOEP text, B1 summary and their .docx / PDF / text renderers (Qt-free)."""
