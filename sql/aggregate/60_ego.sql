-- The ego networks the bundle carries: a prefix of the ranking under the default weights
-- (ties as src/graph/ranking/score.ts compareRanked: more cross-division links first, then the
-- smaller id) of at most <top_k> companies whose links together number at most <link_budget>,
-- plus the companies named with --focus (focus_ids); with every link touching them and every
-- partner at the other end. The first company is taken even when it alone is over the budget.

CREATE TABLE ranking AS
SELECT ord, id, score, all_links, ROW_NUMBER() OVER (ORDER BY score DESC, all_links DESC, id) AS ranked
FROM company_scores
WHERE vintage = {{stored_vintage}};

CREATE TABLE ego_candidates AS
SELECT ord, ranked FROM ranking WHERE ranked <= {{top_k}};

-- The union of the first k candidates' links has as many links as there are links whose
-- best-ranked candidate end is among the first k. So count each link once, at that end, and a
-- running sum over the ranking gives the union's size after each candidate, exactly.
CREATE TABLE ego_budget AS
WITH link_first AS (
  SELECT ord, MIN(ranked) AS ranked
  FROM (
    SELECT l.ord, c.ranked FROM links l JOIN ego_candidates c ON l.sid = c.ord
    UNION ALL
    SELECT l.ord, c.ranked FROM links l JOIN ego_candidates c ON l.tid = c.ord
  ) ends
  GROUP BY ord
),
fresh AS (
  SELECT ranked, COUNT(*) AS n FROM link_first GROUP BY ranked
)
SELECT
  c.ord,
  c.ranked,
  SUM(coalesce(f.n, 0)) OVER (ORDER BY c.ranked ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS union_links
FROM ego_candidates c
LEFT JOIN fresh f ON f.ranked = c.ranked;

-- union_links never decreases along the ranking, so this is a prefix: it stops at the first
-- company that would go over rather than skipping it.
CREATE TABLE ego_top AS
SELECT ord, ranked FROM ego_budget WHERE ranked = 1 OR union_links <= {{link_budget}};

CREATE TABLE ego_ids AS
SELECT ord FROM ego_top
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
  CASE WHEN t.explicit_id <> '' THEN t.explicit_id ELSE t.file || '#' || CAST(t.row AS STRING) END AS id,
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
