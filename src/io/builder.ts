// Accumulates companies and links from any number of files and applies the merging rules
// that do not depend on a file's format: first id wins, names resolve to ids, link ids are unique.

import type { Company, Dataset, DivisionCode, FileSummary, Link } from "../model/types.ts";
import { DIVISIONS } from "../regions/divisions.ts";
import { IssueLog } from "./issues.ts";

export class DatasetBuilder {
  readonly log = new IssueLog();
  readonly companies: Company[] = [];
  readonly links: Link[] = [];
  private readonly byId = new Map<string, Company>();
  // Name -> id of the first company with that name, for links that name companies.
  private readonly byName = new Map<string, string>();
  // Generated link ids ("file#row") are unique by construction (file names are made unique),
  // so only explicit ids are indexed: hashing 500k generated ids cost a fifth of a large read.
  private readonly explicitLinkIds = new Set<string>();
  private allLinkIds: Set<string> | null = null;

  getCompany(id: string): Company | undefined {
    return this.byId.get(id);
  }

  /** A company by id, else by name (links may use either). */
  resolve(ref: string): Company | undefined {
    const hit = this.byId.get(ref);
    if (hit) return hit;
    const id = this.byName.get(ref);
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** Adds a company unless its id is taken; returns false (and logs nothing) when taken. */
  addCompany(company: Company): boolean {
    if (this.byId.has(company.id)) return false;
    this.companies.push(company);
    this.byId.set(company.id, company);
    if (!this.byName.has(company.name)) this.byName.set(company.name, company.id);
    return true;
  }

  /** Whether a link id is taken. `explicit` ids came from the file; others are "file#row". */
  hasLink(id: string, explicit: boolean): boolean {
    if (this.explicitLinkIds.has(id)) return true;
    if (!explicit || !id.includes("#")) return false;
    // An explicit id that looks generated: index every id once, then keep the index current.
    this.allLinkIds ??= new Set(this.links.map((l) => l.id));
    return this.allLinkIds.has(id);
  }

  addLink(link: Link, explicit: boolean): void {
    this.links.push(link);
    if (explicit) this.explicitLinkIds.add(link.id);
    this.allLinkIds?.add(link.id);
  }

  finish(label: string, files: FileSummary[], fileOrder: readonly string[]): Dataset {
    let cross = 0;
    let illustrative = false;
    for (const link of this.links) {
      if (this.byId.get(link.source)?.division !== this.byId.get(link.target)?.division) cross++;
      if (link.illustrative) illustrative = true;
    }
    const counts = new Map<DivisionCode, number>();
    for (const c of this.companies) counts.set(c.division, (counts.get(c.division) ?? 0) + 1);
    // Registry order (Seoul first) reads better than insertion order in reports.
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
