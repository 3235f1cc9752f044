-- The publishers (URL hosts, else feeds) of each copy group; parameter: a list of copy group ids.
SELECT copy_group,
       list_sort(list_distinct(list(coalesce(nullif(regexp_extract(coalesce(canonical_url, url),
                                                                   '^https?://(?:www\.)?([^/:?#]+)', 1), ''),
                                                 source, 'unknown')))) AS publishers
FROM article_rows
WHERE copy_group IN (SELECT unnest(?))
GROUP BY copy_group;
