// Accumulates companies and links from any number of files and applies the merging rules
// that do not depend on a file's format: first id wins, names resolve to ids, link ids are unique.

import { isCrossDivision, type Company, type Dataset, type DivisionCode, type FileSummary, type Link } from "../../model/types.ts";
import { DIVISIONS } from "../../regions/divisions.ts";
import { IssueLog } from "./issues.ts";
import { foldName } from "../../model/companyNames.ts";

const NONE: readonly Company[] = [];

/** A division as messages write it: its code, or "no division" for an unplaced company. */
export const divisionWord = (code: DivisionCode): string => code || "no division";

export class DatasetBuilder {
  readonly log = new IssueLog();
  readonly companies: Company[] = [];
  readonly links: Link[] = [];
  private readonly byId = new Map<string, Company>();
  // Exact name -> first company with that name: most references hit this without folding.
  private readonly byName = new Map<string, Company>();
  // Folded name (model/companyNames.ts) -> companies with that name, one per division at most unless ids say otherwise.
  private readonly byFolded = new Map<string, Company[]>();
  // Spellings already reported as joined, per company id: one warning per spelling, not per row.
  private readonly joined = new Map<string, Set<string>>();
  // Exact names whose folded name several companies share, so exact hits skip folding.
  private readonly sharedNames = new Set<string>();
  // Ids that are also another company's exact name, and those already reported, per file.
  private readonly idsNamedElsewhere = new Set<string>();
  private readonly idOverName = new Set<string>();
  // Names already reported as naming several companies, per file.
  private readonly ambiguous = new Set<string>();
  // Generated link ids ("file#row") are unique by construction (file names are made unique),
  // so only explicit ids are indexed: hashing 500k generated ids cost a fifth of a large read.
  private readonly explicitLinkIds = new Set<string>();
  private allLinkIds: Set<string> | null = null;
  // Each link's supplier and buyer objects, as the row readers found them: finish() counts
  // cross-division links from them instead of looking up 2 ids per link (a tenth of a large read).
  // Divisions are read at finish, so a division a later row fills in still counts.
  private readonly linkEnds: Company[] = [];

  // The last name folded: a company row asks sameName(name), then adds the company of that name.
  private lastFolded = { name: "", key: "" };

  private fold(name: string): string {
    if (name !== this.lastFolded.name) this.lastFolded = { name, key: foldName(name) };
    return this.lastFolded.key;
  }

  getCompany(id: string): Company | undefined {
    return this.byId.get(id);
  }

  /** The first company added under exactly this name. */
  companyNamed(name: string): Company | undefined {
    return this.byName.get(name);
  }

  /** Companies whose names fold to the same text as `name` ("(주)대한정밀" and "대한정밀 주식회사"). */
  sameName(name: string): readonly Company[] {
    return this.byFolded.get(this.fold(name)) ?? NONE;
  }

  /** A company by id, else by exact name, else by folded name (the first company with it). */
  resolve(ref: string): Company | undefined {
    return this.byId.get(ref) ?? this.byName.get(ref) ?? this.sameName(ref)[0];
  }

  /**
   * After a row that named `company` as `ref` has loaded: a name written differently from the
   * company's ("㈜대한정밀" for "대한정밀") is reported once per spelling, a name shared by
   * several companies once per file. Cheap for the usual exact id or name.
   */
  noteReference(ref: string, company: Company, file: string, row: number): void {
    if (this.isPlainReference(ref, company)) return;
    if (ref === company.id) return this.noteIdOverName(ref, company, file, row);
    this.noteSpelling(company, ref, file, row);
    this.noteAmbiguous(ref, file, row);
  }

  /**
   * Whether noteReference(ref, company) says nothing in any row: `ref` is the company's id or
   * its name, and no other company's name or id shares it. Only adding companies changes it.
   */
  isPlainReference(ref: string, company: Company): boolean {
    if (ref === company.id) return !(this.idsNamedElsewhere.size > 0 && this.idsNamedElsewhere.has(ref));
    return ref === company.name && !this.sharedNames.has(ref);
  }

  /**
   * A reference that is one company's id and another's name resolves to the id; said once per
   * file and reference, at its first row, so the choice is never silent.
   */
  private noteIdOverName(ref: string, company: Company, file: string, row: number): void {
    const named = this.byName.get(ref);
    if (!named || named === company) return;
    const key = `${file}\u0000${ref}`;
    if (this.idOverName.has(key)) return;
    this.idOverName.add(key);
    this.log.warn(
      file, row, "same-name", `${ref}: ${company.id} (id), ${named.id} (name)`,
      `'${ref}' is the id of ${company.name} (${divisionWord(company.division)}) and the name of another company (${named.id}, ${divisionWord(named.division)}); linked by id, since ids win over names`,
    );
  }

  /** Warns once per file when a name used as a reference fits companies in several divisions. */
  private noteAmbiguous(name: string, file: string, row: number): void {
    const same = this.byFolded.get(this.fold(name));
    if (!same || same.length < 2) return;
    const key = `${file}\u0000${this.fold(name)}`;
    if (this.ambiguous.has(key)) return;
    this.ambiguous.add(key);
    const list = same.map((c) => `${c.id} (${divisionWord(c.division)})`).join(", ");
    this.log.warn(file, row, "same-name", `${name}: ${list}`, `'${name}' names ${same.length} companies (${list}); linked to the first, ${same[0]!.id}`);
  }

  /** Reports, once per spelling, that `spelling` was read as the existing `company`. */
  noteSpelling(company: Company, spelling: string, file: string, row: number): void {
    if (spelling === company.name || spelling === company.id) return;
    let seen = this.joined.get(company.id);
    if (!seen) this.joined.set(company.id, (seen = new Set()));
    if (seen.has(spelling)) return;
    seen.add(spelling);
    this.log.warn(
      file, row, "merged-company", `${spelling} = ${company.name}`,
      `'${spelling}' read as the same company as '${company.name}' (${company.id}, ${divisionWord(company.division)}): names match without company forms and spaces`,
    );
  }

  /** An id for a new company known only by its name: the name, or the name and division when taken. */
  newIdFor(name: string, division: string): string {
    if (!this.byId.has(name)) return name;
    const base = `${name} (${divisionWord(division)})`;
    let id = base;
    for (let n = 2; this.byId.has(id); n++) id = `${base} ${n}`;
    return id;
  }

  /** Adds a company unless its id is taken; returns false (and logs nothing) when taken. */
  addCompany(company: Company): boolean {
    if (this.byId.has(company.id)) return false;
    this.companies.push(company);
    this.byId.set(company.id, company);
    const earlier = this.byName.get(company.id);
    if (earlier && earlier !== company) this.idsNamedElsewhere.add(company.id);
    if (company.name !== company.id && this.byId.has(company.name)) this.idsNamedElsewhere.add(company.name);
    if (!this.byName.has(company.name)) this.byName.set(company.name, company);
    const key = this.fold(company.name);
    const same = this.byFolded.get(key);
    if (same) {
      same.push(company);
      for (const c of same) this.sharedNames.add(c.name);
    } else {
      this.byFolded.set(key, [company]);
    }
    return true;
  }

  /** Whether a link id is taken. `explicit` ids came from the file; others are "file#row". */
  hasLink(id: string, explicit: boolean): boolean {
    if (this.explicitLinkIds.size > 0 && this.explicitLinkIds.has(id)) return true;
    if (!explicit || !id.includes("#")) return false;
    // An explicit id that looks generated: index every id once, then keep the index current.
    this.allLinkIds ??= new Set(this.links.map((l) => l.id));
    return this.allLinkIds.has(id);
  }

  /** `from` and `to` are the companies of link.source and link.target. */
  addLink(link: Link, explicit: boolean, from: Company, to: Company): void {
    this.links.push(link);
    this.linkEnds.push(from, to);
    if (explicit) this.explicitLinkIds.add(link.id);
    this.allLinkIds?.add(link.id);
  }

  finish(label: string, files: FileSummary[], fileOrder: readonly string[]): Dataset {
    let cross = 0;
    let illustrative = false;
    const ends = this.linkEnds;
    for (let i = 0; i < this.links.length; i++) {
      if (isCrossDivision(ends[2 * i]!.division, ends[2 * i + 1]!.division)) cross++;
      if (this.links[i]!.illustrative) illustrative = true;
    }
    const counts = new Map<DivisionCode, number>();
    for (const c of this.companies) counts.set(c.division, (counts.get(c.division) ?? 0) + 1);
    // Registry order (Seoul first) reads better than insertion order in reports; companies
    // without a division (NO_DIVISION) are in no division's count.
    const divisions: Record<DivisionCode, number> = {};
    for (const d of DIVISIONS) {
      const n = counts.get(d.code);
      if (n) divisions[d.code] = n;
    }
    const { rejected, warnings } = this.log.sorted(fileOrder);
    return {
      label,
      companies: this.companies,
      links: this.links,
      illustrative,
      report: {
        files,
        companies: this.companies.length,
        links: this.links.length,
        crossProvinceLinks: cross,
        divisions,
        rejected,
        warnings,
      },
    };
  }
}
