-- Merge: the merged-away entity is gone (its name lives on as an alias of the target): (canonical, kind).
DELETE FROM entities WHERE canonical = ? AND kind = ?;
