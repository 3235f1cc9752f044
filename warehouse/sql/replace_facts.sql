-- Drop the facts of articles that are being (re)extracted; the new facts are inserted right after.
DELETE FROM score_facts WHERE article_id IN (SELECT article_id FROM incoming);
DELETE FROM attribute_facts WHERE article_id IN (SELECT article_id FROM incoming);
DELETE FROM claim_facts WHERE article_id IN (SELECT article_id FROM incoming);
