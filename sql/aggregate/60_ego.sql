-- The ego networks the bundle carries: the <top_k> companies ranked first under the
-- default weights (ties as src/graph/ranking/score.ts compareRanked: more cross-division
-- links first, then the smaller id), plus the companies named with --focus (focus_ids);
-- with every link touching them and every partner at the other end.

CREATE TABLE ranking AS
SELECT ord, id, score, all_links, ROW_NUMBER() OVER (ORDER BY score DESC, all_links DESC, id) AS ranked
FROM company_scores
WHERE vintage = {{stored_vintage}};

CREATE TABLE ego_ids AS
SELECT ord FROM ranking WHERE ranked <= {{top_k}}
UNION
SELECT c.ord FROM focus_ids f JOIN companies c ON c.id = f.id;

-- Links touching a chosen company: two semi-joins (supplier side, buyer side) whose union
-- drops a link counted twice; only then the ends' ids, for this small set.
CREATE TABLE ego_links AS
WITH touching AS (
  SELECT ord, explicit_id, file, row, sid, tid, link_type, weight, year, illustrative
  FROM links WHERE sid IN (SELECT ord FROM ego_ids)
  UNION
  SELECT ord, explicit_id, file, row, sid, tid, link_type, weight, year, illustrative
  FROM links WHERE tid IN (SELECT ord FROM ego_ids)
)
SELECT
  t.ord,
  CASE WHEN t.explicit_id <> '' THEN t.explicit_id ELSE t.file || '#' || CAST(t.row AS VARCHAR) END AS id,
  cs.id AS source,
  ct.id AS target,
  t.sid,
  t.tid,
  t.link_type,
  t.weight,
  t.year,
  t.illustrative
FROM touching t
JOIN companies cs ON cs.ord = t.sid
JOIN companies ct ON ct.ord = t.tid;

CREATE TABLE ego_companies AS
SELECT c.*
FROM companies c
WHERE c.ord IN (SELECT ord FROM ego_ids UNION SELECT sid FROM ego_links UNION SELECT tid FROM ego_links);
