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

CREATE TABLE ego_links AS
SELECT
  l.ord,
  CASE WHEN l.explicit_id <> '' THEN l.explicit_id ELSE l.file || '#' || CAST(l.row AS VARCHAR) END AS id,
  cs.id AS source,
  ct.id AS target,
  l.sid,
  l.tid,
  l.link_type,
  l.weight,
  l.year,
  l.illustrative
FROM links l
JOIN companies cs ON cs.ord = l.sid
JOIN companies ct ON ct.ord = l.tid
WHERE l.sid IN (SELECT ord FROM ego_ids) OR l.tid IN (SELECT ord FROM ego_ids);

CREATE TABLE ego_companies AS
SELECT c.*
FROM companies c
WHERE c.ord IN (SELECT ord FROM ego_ids UNION SELECT sid FROM ego_links UNION SELECT tid FROM ego_links);
