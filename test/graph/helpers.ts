import type { Company, Dataset, Link, LinkType } from "../../src/model/types.ts";

export function company(id: string, division: string, extra: Partial<Company> = {}): Company {
  return { id, name: `회사${id}`, division, attributes: {}, ...extra };
}

export function link(id: string, source: string, target: string, type: LinkType = "production", extra: Partial<Link> = {}): Link {
  return { id, source, target, type, attributes: {}, ...extra };
}

export function dataset(companies: Company[], links: Link[]): Dataset {
  return {
    label: "test",
    companies,
    links,
    illustrative: false,
    report: { files: [], companies: companies.length, links: links.length, crossProvinceLinks: 0, divisions: {}, rejected: [], warnings: [] },
  };
}
