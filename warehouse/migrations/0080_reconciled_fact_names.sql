-- Each ranked fact keeps the names it was compared under (canonical subject, attribute, qualifier) and the
-- setting its article states, so an incremental reconciliation reads the unchanged facts of the items it
-- recomputes from reconciled_facts alone, without scanning the fact tables and their views (issue #13).
-- Rows ranked before this migration have none: such a fact is read from the views, as before, until the
-- pass that recomputes its item stores them.
ALTER TABLE reconciled_facts ADD COLUMN subject VARCHAR;
ALTER TABLE reconciled_facts ADD COLUMN attribute VARCHAR;
ALTER TABLE reconciled_facts ADD COLUMN qualifier VARCHAR;
ALTER TABLE reconciled_facts ADD COLUMN stated_setting VARCHAR;
