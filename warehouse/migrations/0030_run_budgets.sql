-- Bounded runs (issue #14): how many pages (or sitemap files) a run left for the next one (page cap, time
-- or byte budget), and the process that ran it, so a run whose process is gone can be marked 'interrupted'.
ALTER TABLE runs ADD COLUMN articles_deferred INTEGER;
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host VARCHAR;
