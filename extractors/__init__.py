"""Pure extraction stages in two sub-packages: `web` (fetching, the only I/O here, feeds, article text,
metadata, identity) and `facts` (model names, scores, attributes, claims from article text)."""

EXTRACTOR_VERSION = "0.36.0"
