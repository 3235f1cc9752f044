"""Web work: fetching (the only I/O in extractors/), feeds and sitemaps, local archives, charsets, page text
and metadata, and article identity (URL normalisation, content hashes, near-duplicate groups)."""
