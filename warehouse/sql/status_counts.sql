-- What `newskb status` summarises: articles, score facts and open contradictions.
SELECT (SELECT count(*) FROM article_rows) AS articles,
       (SELECT count(*) FROM score_facts) AS scores,
       (SELECT count(*) FROM contradictions WHERE status = 'open') AS open_contradictions;
