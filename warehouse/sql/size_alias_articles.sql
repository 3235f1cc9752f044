-- Articles with a fact named (as the public views name it) by one of `keys` (alias_key): their review items
-- move with a derived size alias.
SELECT DISTINCT article_id FROM scores WHERE alias_key(model) IN (SELECT k FROM keys)
UNION
SELECT DISTINCT article_id FROM attributes WHERE alias_key(subject) IN (SELECT k FROM keys)
UNION
SELECT DISTINCT article_id FROM prices WHERE alias_key(model) IN (SELECT k FROM keys);
