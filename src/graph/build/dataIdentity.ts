// A short, privacy-safe name for the data a view was made on, so a shared link can tell whether
// the browser opening it shows the same data. It carries the number of companies and a 32-bit
// hash of their ids: nothing in it can be read back into an id, a name or a number of the data.
// The hash sums one hash per id, so the order of the rows does not matter (a re-exported file
// with the same companies gives the same fingerprint).
import { hashString } from "../../geo/random.ts";
import type { Company } from "../../model/types.ts";
import type { SummaryManifest } from "../../model/summary.ts";

/** `<companies>-<8 hex digits>`, e.g. `87-1f3a9c0b`; a summary bundle's starts with `s`. */
const FINGERPRINT_PATTERN = /^s?\d{1,9}-[0-9a-f]{8}$/;

export function isFingerprint(text: string): boolean {
  return FINGERPRINT_PATTERN.test(text);
}

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, "0");

/**
 * The fingerprint of a list of companies, a slice at a time: `step(budget)` hashes up to
 * `budget` ids and says whether it is done (500k ids take 15–60 ms in all, too long for one task).
 */
export function fingerprintBuilder(companies: readonly Pick<Company, "id">[]) {
  let next = 0;
  let sum = 0;
  return {
    step(budget: number): boolean {
      const end = Math.min(companies.length, next + budget);
      for (; next < end; next++) sum = (sum + hashString(companies[next]!.id, 7)) >>> 0;
      return next >= companies.length;
    },
    result(): string {
      return `${companies.length}-${hex8(hashString(hex8(sum), companies.length))}`;
    },
  };
}

/** The whole fingerprint at once (tests, small data). */
export function companiesFingerprint(companies: readonly Pick<Company, "id">[]): string {
  const builder = fingerprintBuilder(companies);
  builder.step(Infinity);
  return builder.result();
}

/**
 * A summary bundle's fingerprint, from its manifest: the same bundle names the same companies
 * (its ego networks are a part of them, shown in a second pass, so they cannot name it).
 */
export function summaryFingerprint(manifest: Pick<SummaryManifest, "label" | "created" | "rows">): string {
  const { rows } = manifest;
  const text = [manifest.label, manifest.created, rows.companies, rows.links, rows.crossLinks].join("\u0000");
  return `s${rows.companies}-${hex8(hashString(text, 11))}`;
}

/** The number of companies a fingerprint says its data had (what a notice can tell the user). */
export function fingerprintCompanies(fingerprint: string): number | null {
  const match = /^s?(\d+)-/.exec(fingerprint);
  return match ? Number(match[1]) : null;
}
