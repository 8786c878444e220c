// The import report names the data's fields in the UI's language (기업명, not "name"), with the
// mapping dialog's words; the CSV keeps the readers' English detail.
import { beforeEach, describe, expect, it } from "vitest";
import type { AtlasApp } from "../../../src/app/createApp.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { ReportPanel } from "../../../src/ui/panels/ReportPanel.tsx";
import { renderInApp, testApp } from "../appHarness.tsx";

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
// A companies table without its name column; a links row with no supplier; a latitude off the map.
const report = readFiles([
  file("기업.csv", "시도,업종\n서울,자동차\n"),
  file("companies.csv", "기업명,시도,위도,경도\n나래산업,서울,99,126.9\n다솜정밀,부산,,\n"),
  file("links.csv", "공급기업,수요기업,거래유형\n,다솜정밀,생산\n나래산업,다솜정밀,생산\n"),
]).report;

let app: AtlasApp;
const render = (lang: "ko" | "en") => renderInApp(app, { lang, report, reportOpen: true }, <ReportPanel />);
/** The value cell of the report's row for `reason`. */
const detail = (html: string, reason: string) => new RegExp(`data-reason="${reason}">(?:<td>.*?</td>){3}<td>(.*?)</td>`).exec(html)?.[1];

describe("ui/ReportPanel", () => {
  beforeEach(() => {
    app = testApp();
  });

  it("the readers say which fields, in English, for the CSV", () => {
    const byReason = (reason: string) => [...report.rejected, ...report.warnings].find((i) => i.reason === reason)!;
    expect(byReason("missing-column").detail).toBe("name");
    expect(byReason("missing-id").detail).toBe("supplier");
    expect(byReason("bad-coordinate").detail).toBe("lat 99, lon 126.9");
  });

  it("shows the fields in Korean in the Korean UI", () => {
    const html = render("ko");
    expect(detail(html, "missing-column")).toBe("기업명");
    expect(detail(html, "missing-id")).toBe("공급기업");
    expect(detail(html, "bad-coordinate")).toBe("위도 99, 경도 126.9");
    expect(html).not.toMatch(/<td>(name|supplier|lat [^<]*)<\/td>/);
  });

  it("and in English in the English UI", () => {
    const html = render("en");
    expect(detail(html, "missing-column")).toBe("Company name");
    expect(detail(html, "missing-id")).toBe("Supplier");
    expect(detail(html, "bad-coordinate")).toBe("Latitude 99, Longitude 126.9");
  });
});
