"""Pure extraction stages: fetching (the only I/O here), feeds, article text, identity and NLP."""

EXTRACTOR_VERSION = "0.9.0"
