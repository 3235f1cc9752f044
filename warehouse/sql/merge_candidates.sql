-- Discovered names: keep the best confidence and count the distinct articles they were seen in.
INSERT INTO entity_candidates (name, kind, confidence, n_articles, first_article_id, evidence, status,
                               first_seen, last_seen)
SELECT name, kind, max(confidence), count(DISTINCT article_id), min(article_id), min(evidence), 'new',
       now(), now()
FROM incoming
GROUP BY name, kind
ON CONFLICT (name, kind) DO UPDATE SET
    confidence = greatest(entity_candidates.confidence, excluded.confidence),
    n_articles = greatest(entity_candidates.n_articles, excluded.n_articles),
    last_seen = excluded.last_seen;
