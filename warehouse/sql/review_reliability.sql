-- Source reliability of the given publishers; parameter: a list of publishers.
SELECT publisher, source_kind, prior, confirmed, rejected, reliability
FROM source_reliability
WHERE publisher IN (SELECT unnest(?))
ORDER BY publisher;
