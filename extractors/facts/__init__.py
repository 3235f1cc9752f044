"""Fact extraction from article text: segmentation, tables, names (patterns as data plus discovery), scores,
attributes, ranks, dates and comparative claims. Pure functions; `nlp.extract_facts` is the public face."""
