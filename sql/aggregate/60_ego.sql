-- The ego networks the bundle carries: the <top_k> companies ranked first under the
-- default weights (ties as src/graph/ranking/score.ts compareRanked: more cross-division
-- links first, then the smaller id), plus the companies named with --focus (focus_ids);
-- with every link touching them and every partner at the other end.

CREATE TABLE ranking AS
SELECT id, score, all_links, ROW_NUMBER() OVER (ORDER BY score DESC, all_links DESC, id) AS ranked
FROM company_scores
WHERE vintage = {{stored_vintage}};

CREATE TABLE ego_ids AS
SELECT id FROM ranking WHERE ranked <= {{top_k}}
UNION
SELECT f.id FROM focus_ids f JOIN companies c ON c.id = f.id;

CREATE TABLE ego_links AS
SELECT l.*
FROM links l
WHERE l.sid IN (SELECT id FROM ego_ids) OR l.tid IN (SELECT id FROM ego_ids);

CREATE TABLE ego_companies AS
SELECT c.*
FROM companies c
WHERE c.id IN (SELECT id FROM ego_ids UNION SELECT sid FROM ego_links UNION SELECT tid FROM ego_links);
