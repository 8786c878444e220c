// Domain types shared by every layer. Pure data: no React, no DOM, no graphology.

/** ISO 3166-2 code of a provincial-level division ("KR-11"), or the project code of a merged division. */
export type DivisionCode = string;

/**
 * The division of a company the data does not place: no division given, or a text no vintage
 * knows. Such a company is kept (a graph from elsewhere has no divisions at all) but is on no
 * map, in no flow and never cross-province. Empty, so it is falsy and never a registry code.
 */
export const NO_DIVISION: DivisionCode = "";

/** Whether a division code places its company (see NO_DIVISION). */
export const hasDivision = (code: DivisionCode): boolean => code !== NO_DIVISION;

/**
 * Whether a link between companies in divisions `a` and `b` crosses a division boundary:
 * both ends placed and different. A link with an unplaced end crosses nothing.
 */
export const isCrossDivision = (a: DivisionCode, b: DivisionCode): boolean => a !== b && a !== NO_DIVISION && b !== NO_DIVISION;

/** Boundary vintages the app knows. "2026-07" merges Gwangju (KR-29) and Jeonnam (KR-46). */
export const VINTAGES = ["2023", "2026-07"] as const;
export type Vintage = (typeof VINTAGES)[number];
/** The vintage company divisions are stored in; later vintages are applied when aggregating. */
export const STORED_VINTAGE: Vintage = "2023";

/** Label of the embedded sample dataset. */
export const SAMPLE_LABEL = "sample";

export const LINK_TYPES = ["technology", "production", "sales", "other"] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Known programme tiers; any other tier text is kept as written. */
export const KNOWN_TIERS = ["super-regional", "regional-innovation"] as const;

export interface Company {
  id: string;
  name: string;
  nameEn?: string;
  /**
   * An ISO code of the 17-division vintage (vintages are applied when aggregating, never
   * stored), or NO_DIVISION when the data does not place the company.
   */
  division: DivisionCode;
  /** The municipality as the data wrote it (name, code or address words), shown as written. */
  municipality?: string;
  /**
   * Its five-digit code in the municipality registry (src/regions/municipalities.ts), when the
   * data placed it without doubt and in agreement with `division`.
   */
  municipalityCode?: string;
  lat?: number;
  lon?: number;
  industry?: string;
  tier?: string;
  /** Columns the readers did not map, kept verbatim. */
  attributes: Record<string, string>;
}

/** A directed supply link: `source` supplies `target`. Several links may join the same pair. */
export interface Link {
  id: string;
  source: string;
  target: string;
  type: LinkType;
  weight?: number;
  year?: number;
  /** True for generated links that are not real transactions (the embedded sample). */
  illustrative?: boolean;
  attributes: Record<string, string>;
}

export const ISSUE_REASONS = [
  "unreadable-file",
  "empty-file",
  "unknown-format",
  "missing-column",
  "malformed-row",
  "missing-name",
  "missing-id",
  "unknown-division",
  "conflicting-division",
  "ambiguous-municipality",
  "unknown-municipality",
  "moved-municipality",
  "conflicting-municipality",
  "duplicate-id",
  "unknown-company",
  "self-link",
  "bad-number",
  "decimal-mark",
  "bad-year",
  "bad-coordinate",
  "unknown-link-type",
  "encoding",
  "merged-company",
  "same-name",
  "column-suggestion",
  "sheet-skipped",
  "undirected-graph",
  /** Grouping files only (io/formats/grouping.ts): divisions the file leaves out, each a region of its own. */
  "unlisted-division",
] as const;
export type IssueReason = (typeof ISSUE_REASONS)[number];

/**
 * One problem found while reading. `row` is the row as a spreadsheet numbers it
 * (header = 1, first data row = 2); 0 means the whole file.
 */
export interface ImportIssue {
  file: string;
  row: number;
  reason: IssueReason;
  /** The offending value or column, shown to the user next to the localised reason. */
  detail: string;
  /** English sentence for CLI and CSV output, e.g. "unknown division '경기북도'". */
  message: string;
  /**
   * What `detail` says, as fields of the data (io/rows/headers.ts's names: "division", "supplier", "lat")
   * with their values where it gives them, so the UI names each field in its own words; `detail`
   * keeps the English names for the CSV and the CLI.
   */
  named?: ReadonlyArray<NamedField>;
}

/** A field an import issue names, and the value it found there (empty: none) when it says one. */
export interface NamedField {
  field: string;
  value?: string;
}

export interface FileSummary {
  name: string;
  /** "utf-8", "utf-8-bom" or "euc-kr" (which decodes CP949 too). */
  encoding: string;
  /** What the reader took the file to be. */
  kind: "companies" | "links" | "links-with-companies" | "graphology-json" | "gexf" | "graphml" | "bundle" | "spreadsheet" | "unknown";
  rows: number;
  /** Field -> header of the column read for it (the detected columns, or a given mapping's). */
  columns?: Record<string, string>;
  /** "given" when a column mapping (ReadOptions.mappings) decided the columns. */
  mapping?: "detected" | "given";
  /** A workbook's sheets, each read as its own table (or skipped, with the reason). */
  sheets?: SheetSummary[];
}

export interface SheetSummary {
  /** As issues name it: "data.xlsx › 거래". */
  file: string;
  sheet: string;
  kind: "companies" | "links" | "links-with-companies" | "unknown";
  rows: number;
  /** Spreadsheet row of the header. */
  headerRow: number;
  columns: Record<string, string>;
  mapping: "detected" | "given";
  skipped?: string;
}

export interface ImportReport {
  files: FileSummary[];
  companies: number;
  links: number;
  crossProvinceLinks: number;
  /** ISO code -> number of companies. */
  divisions: Record<DivisionCode, number>;
  /** Rows that were not loaded. */
  rejected: ImportIssue[];
  /** Rows that were loaded after a repair, or facts worth knowing. */
  warnings: ImportIssue[];
}

export interface Dataset {
  label: string;
  companies: Company[];
  links: Link[];
  /** True when any link is illustrative: the UI must say so while this dataset is shown. */
  illustrative: boolean;
  report: ImportReport;
}

/** A file handed to the readers: name for messages, raw bytes for encoding detection. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** A file as the browser hands it over: its buffer can be transferred to a worker. */
export interface NamedBuffer {
  name: string;
  buffer: ArrayBuffer;
}
