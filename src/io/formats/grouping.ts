// A grouping a planner loads: a programme's own 권역 as a small CSV (or TSV) of one row per
// division, "group name, division". Read with the same decoding and delimited-text handling as
// the data files, so a CP949 file from Korean Excel or a title row above the header reads the
// same way; every problem names file, spreadsheet row and what is wrong, and rejects only its row.

import Papa from "papaparse";
import type { DivisionCode, ImportIssue, InputFile } from "../../model/types.ts";
import { STORED_VINTAGE } from "../../model/types.ts";
import { divisionsOf, getDivision, MERGED_CODE } from "../../regions/divisions.ts";
import { BUILT_IN_GROUPINGS, groupingProblems, type Grouping, type RegionGroup } from "../../regions/groupings.ts";
import { normaliseAnyDivision, type CodeSystem } from "../../regions/normalise.ts";
import { IssueLog } from "../read/issues.ts";
import { eachCsvRow, type CsvHead } from "../text/delimited.ts";
import { fileText } from "./textFile.ts";

export interface GroupingRead {
  /** Null when the file gave no usable group at all (the issues say why). */
  grouping: Grouping | null;
  rejected: ImportIssue[];
  warnings: ImportIssue[];
}

type GroupingField = "group" | "division" | "groupEn" | "groupCode";

// Headers folded like division names: case, spaces and punctuation carry no meaning.
const headerKey = (h: string) => h.toLowerCase().replace(/[\s\-_.,'’()·/]+/g, "");

const HEADERS: Record<GroupingField, readonly string[]> = {
  group: ["권역", "권역명", "권역이름", "초광역권", "경제권", "지역", "지역권", "광역권", "group", "groupname", "region", "regionname", "cluster", "clustername"],
  division: ["시도", "시도명", "시도코드", "광역자치단체", "광역시도", "시도이름", "division", "divisionname", "divisioncode", "province", "provincename", "sido", "sidoname", "sidocode", "iso", "isocode"],
  groupEn: ["권역영문", "권역영문명", "권역명영문", "영문권역명", "영문명", "groupen", "groupnameen", "regionen", "regionnameen", "nameen", "clusteren", "englishname"],
  groupCode: ["권역코드", "groupcode", "code", "regioncode", "clustercode", "groupid"],
};

const FIELD_OF = new Map<string, GroupingField>();
for (const [field, names] of Object.entries(HEADERS) as Array<[GroupingField, readonly string[]]>) for (const n of names) FIELD_OF.set(headerKey(n), field);

const HEADER_SEARCH_ROWS = 10;
const DELIMITERS = [",", "\t", ";"];
/** Longer names are not names; they would only stretch the legend and the matrix. */
const MAX_NAME = 100;
/** Group codes go into the address (comma-separated), so they keep to letters, digits, "-" and "_". */
const CODE_PATTERN = /^[A-Za-z0-9_-]{1,24}$/;
const ISO_CODE = /^KR-[A-Z0-9]{2,3}$/i;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
// A cell may list several divisions: "부산·울산·경남", "Busan, Ulsan".
const LIST_SPLIT = /\s*[,;/|·、]\s*/;

interface Metadata {
  source: string;
  date: string;
  name: string;
}

/**
 * Leading "# key: value" lines: source, date and name of the grouping. They are blanked rather
 * than cut so every later row keeps the number a spreadsheet gives it.
 */
function takeMetadata(text: string, file: string, log: IssueLog): { text: string; meta: Metadata } {
  const lines = text.split(/\r\n|\n|\r/);
  const meta: Metadata = { source: "", date: "", name: "" };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    if (!line.startsWith("#")) break;
    lines[i] = "";
    const m = /^#\s*([^:：]+?)\s*[:：]\s*(.*)$/.exec(line);
    if (!m) continue;
    // Spreadsheets pad a "#" line with the delimiters of the columns they left empty.
    const key = headerKey(m[1]!);
    const value = m[2]!.replace(/[,;\t\s]+$/, "").trim().slice(0, 300);
    if (key === "source" || key === "출처") meta.source = value;
    else if (key === "name" || key === "이름" || key === "권역명") meta.name = value.slice(0, MAX_NAME);
    else if (key === "date" || key === "날짜" || key === "기준일") {
      if (DATE_PATTERN.test(value)) meta.date = value;
      else log.warn(file, i + 1, "malformed-row", value, `date '${value.slice(0, 40)}' is not YYYY-MM-DD; the grouping's date is left empty`);
    }
  }
  return { text: lines.join("\n"), meta };
}

/** The delimiter found most often in the first non-blank lines (a title row may have none). */
function sniffDelimiter(text: string): string {
  const lines = text.split("\n").filter((l) => l.trim() !== "").slice(0, HEADER_SEARCH_ROWS);
  let best = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = Math.max(0, ...lines.map((l) => l.split(d).length - 1));
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

interface Columns {
  index: Partial<Record<GroupingField, number>>;
  codeSystem: CodeSystem | undefined;
}

function mapColumns(headers: readonly string[]): Columns {
  const index: Columns["index"] = {};
  let codeSystem: CodeSystem | undefined;
  headers.forEach((h, i) => {
    const bare = h.replace(/\(.*\)$/, "");
    const field = FIELD_OF.get(headerKey(h)) ?? FIELD_OF.get(headerKey(bare));
    if (!field || index[field] !== undefined) return;
    index[field] = i;
    if (field === "division") codeSystem = /통계청|kostat/i.test(h) ? "kostat" : /iso/i.test(h) ? "iso" : undefined;
  });
  return { index, codeSystem };
}

/** The header row (the first of the first rows naming a group and a division column) and its columns. */
function findHeader(text: string, delimiter: string): { row: number; headers: string[]; cols: Columns } | { missing: string; row: number } {
  const preview = Papa.parse<string[]>(text, { delimiter, preview: HEADER_SEARCH_ROWS }).data;
  let firstRow = 0;
  let firstCols: Columns | null = null;
  for (let i = 0; i < preview.length; i++) {
    const headers = preview[i]!.map((h) => h.trim());
    if (headers.every((h) => h === "")) continue;
    const cols = mapColumns(headers);
    if (cols.index.group !== undefined && cols.index.division !== undefined) return { row: i + 1, headers, cols };
    if (!firstCols) [firstRow, firstCols] = [i + 1, cols];
  }
  const missing = [
    firstCols?.index.group === undefined ? "group (권역 / group / region)" : "",
    firstCols?.index.division === undefined ? "division (시도 / division / province)" : "",
  ].filter(Boolean);
  return { missing: missing.join(", "), row: firstRow };
}

interface Building {
  nameKo: string;
  nameEn: string;
  code: string;
  /** Row of the group's first line, for messages about its code. */
  row: number;
  members: DivisionCode[];
}

/** What one row adds; the state shared by the rows of a file. */
class GroupCollector {
  readonly groups = new Map<string, Building>();
  readonly owner = new Map<DivisionCode, { group: string; row: number }>();
  constructor(
    private readonly file: string,
    private readonly log: IssueLog,
    private readonly codeSystem: CodeSystem | undefined,
  ) {}

  add(row: number, name: string, divisionCell: string, nameEn: string, code: string): void {
    const { file, log } = this;
    if (name === "") return log.reject(file, row, "malformed-row", "group name is empty", `group name is empty; division '${divisionCell.slice(0, 40)}' not placed`);
    if (name.length > MAX_NAME) return log.reject(file, row, "malformed-row", `group name longer than ${MAX_NAME} characters`);
    if (divisionCell === "") return log.reject(file, row, "unknown-division", "");
    const found = this.divisionsIn(row, divisionCell);
    if (found.length === 0) return;
    let group = this.groups.get(name);
    if (!group) {
      group = { nameKo: name, nameEn: "", code: "", row, members: [] };
      this.groups.set(name, group);
    }
    if (!group.nameEn && nameEn) group.nameEn = nameEn.slice(0, MAX_NAME);
    if (!group.code && code) group.code = code;
    for (const d of found) this.place(row, name, group, d);
  }

  /** The stored divisions a cell names (the merged Jeonnam-Gwangju gives both its members); unknown parts are rejected. */
  private divisionsIn(row: number, cell: string): DivisionCode[] {
    const opts = this.codeSystem ? { codeSystem: this.codeSystem } : undefined;
    const whole = normaliseAnyDivision(cell, opts);
    const parts = whole ? [cell] : cell.split(LIST_SPLIT).filter((p) => p !== "");
    const out: DivisionCode[] = [];
    for (const part of parts) {
      const code = whole ?? normaliseAnyDivision(part, opts);
      if (!code) this.log.reject(this.file, row, "unknown-division", part);
      else if (code === MERGED_CODE) out.push(...(getDivision(MERGED_CODE)?.members ?? []));
      else out.push(code);
    }
    return out;
  }

  private place(row: number, name: string, group: Building, d: DivisionCode): void {
    const label = `${getDivision(d)?.shortKo ?? d} (${d})`;
    const before = this.owner.get(d);
    if (!before) {
      this.owner.set(d, { group: name, row });
      group.members.push(d);
    } else if (before.group !== name) {
      this.log.reject(this.file, row, "conflicting-division", `${label} / ${before.group} (${before.row})`,
        `division ${label} is already in group '${before.group.slice(0, 40)}' (row ${before.row}); first kept`);
    } else {
      this.log.warn(this.file, row, "duplicate-id", label, `division ${label} is listed twice in group '${name.slice(0, 40)}' (row ${before.row}); read once`);
    }
  }
}

/**
 * Codes: a given one is kept when it is well formed, unique, and not a division's ISO code
 * (unless the group is exactly that division); the others get G1, G2... in order of first row.
 */
function assignCodes(groups: Building[], file: string, log: IssueLog): void {
  const taken = new Set<string>();
  // Labels found by code alone (regions/units.ts regionLabel) must not mistake a loaded group for a built-in one.
  const builtIn = new Set(BUILT_IN_GROUPINGS.flatMap((g) => g.groups.map((x) => x.code.toUpperCase())));
  for (const g of groups) {
    if (!g.code) continue;
    const own = g.members.length === 1 && g.members[0] === g.code.toUpperCase();
    let problem = "";
    if (!CODE_PATTERN.test(g.code)) problem = "may hold only letters, digits, '-' and '_' (up to 24)";
    else if (taken.has(g.code.toUpperCase())) problem = "is used by an earlier group";
    else if (builtIn.has(g.code.toUpperCase()) && !ISO_CODE.test(g.code)) problem = "is a built-in grouping's code (5극 3특 or the economic regions)";
    else if (ISO_CODE.test(g.code) && !own) problem = "is a division's code, and the group is not that one division";
    if (problem) {
      log.warn(file, g.row, "duplicate-id", g.code.slice(0, 40), `group code '${g.code.slice(0, 40)}' of '${g.nameKo.slice(0, 40)}' ${problem}; a code was generated`);
      g.code = "";
    } else {
      g.code = own ? g.code.toUpperCase() : g.code;
      taken.add(g.code.toUpperCase());
    }
  }
  let n = 0;
  for (const g of groups) {
    if (g.code) continue;
    do n++;
    while (taken.has(`G${n}`));
    g.code = `G${n}`;
    taken.add(g.code);
  }
}

/** The divisions the file does not list, each a group of its own under its ISO code, with one warning naming them. */
function unlistedGroups(listed: ReadonlyMap<DivisionCode, unknown>, file: string, log: IssueLog): RegionGroup[] {
  const rest = divisionsOf(STORED_VINTAGE).filter((d) => !listed.has(d.code));
  if (rest.length > 0) {
    const names = rest.map((d) => `${d.shortKo} (${d.code})`).join(", ");
    log.warn(file, 0, "unlisted-division", names, `divisions not listed, each shown as a region of its own: ${names}`);
  }
  return rest.map((d) => ({ code: d.code, nameKo: d.shortKo, nameEn: d.nameEn, members: [d.code] }));
}

function body(file: InputFile, log: IssueLog): Grouping | null {
  const name = file.name;
  const decoded = fileText(file.bytes, name, log);
  if (!decoded) return null;
  const { text, meta } = takeMetadata(decoded.text, name, log);
  const delimiter = sniffDelimiter(text);
  const header = findHeader(text, delimiter);
  if ("missing" in header) {
    if (header.row === 0) log.reject(name, 0, "empty-file", "");
    else log.reject(name, header.row, "missing-column", header.missing, `required column missing: ${header.missing}; a grouping needs a group column and a division column`);
    return null;
  }
  const { index, codeSystem } = header.cols;
  const cell = (cells: string[], f: GroupingField) => (index[f] === undefined ? "" : (cells[index[f]!] ?? "").trim().replace(/\s+/g, " "));
  const collector = new GroupCollector(name, log, codeSystem);
  const head: CsvHead = {
    shape: null, missing: [], delimiter, headerRow: header.row, headers: header.headers,
    cols: { index: {}, codeSystem: {}, extra: [] }, report: { file: name, log },
  };
  const rows = eachCsvRow(text, head, {
    row: (row, cells) => collector.add(row, cell(cells, "group"), cell(cells, "division"), cell(cells, "groupEn"), cell(cells, "groupCode")),
    malformed: (row, detail) => log.reject(name, row, "malformed-row", detail),
  });
  if (rows === 0) {
    log.reject(name, 0, "empty-file", "");
    return null;
  }
  const built = [...collector.groups.values()].filter((g) => g.members.length > 0);
  if (built.length === 0) return null;
  assignCodes(built, name, log);
  const groups: RegionGroup[] = built.map((g) => ({ code: g.code, nameKo: g.nameKo, nameEn: g.nameEn || g.nameKo, members: g.members }));
  groups.push(...unlistedGroups(collector.owner, name, log));
  const title = meta.name || name;
  return { id: `grouping:${name}`, nameKo: title, nameEn: title, source: meta.source || name, date: meta.date, groups };
}

/** Reads a grouping file; never throws on bad bytes or text (a failure inside is reported as unreadable). */
export function readGrouping(file: InputFile): GroupingRead {
  const log = new IssueLog();
  let grouping: Grouping | null = null;
  try {
    grouping = body(file, log);
  } catch (e) {
    log.reject(file.name, 0, "unreadable-file", e instanceof Error ? e.message.slice(0, 200) : "");
  }
  // Every group above is checked as it is made; this says so, and keeps a future slip from reaching the map.
  if (grouping) {
    const problems = groupingProblems(grouping);
    if (problems.length > 0) {
      log.reject(file.name, 0, "malformed-row", problems.join("; ").slice(0, 300));
      grouping = null;
    }
  }
  const { rejected, warnings } = log.sorted([file.name]);
  return { grouping, rejected, warnings };
}
