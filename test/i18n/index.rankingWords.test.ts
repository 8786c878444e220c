import { describe, expect, it } from "vitest";
import { translate } from "../../src/i18n/index.ts";

const status = (lang: "ko" | "en", focus: number) =>
  translate(lang, "summary.status", { links: 50_000, linksRead: 50_000, companies: 10_000, companiesRead: 10_000, ego: 300, top: 200, focus });

describe("i18n: ranking and summary words", () => {
  it("says nothing of companies named with --focus when there are none, and names them properly when there are", () => {
    expect(status("ko", 0)).not.toMatch(/지정한|0개와|고른/);
    expect(status("ko", 0)).toContain("협력 상위 200개이며");
    expect(status("ko", 2)).toContain("협력 상위 200개와 따로 지정한 2개이며");
    expect(status("en", 0)).not.toMatch(/named|\b0 compan/);
    expect(status("en", 1)).toContain("top 200 by collaboration and 1 company named when the bundle was made:");
    expect(status("en", 3)).toContain("and 3 companies named when the bundle was made:");
  });

  it("states the median as whole ranks, the two middle ones in words for an even count", () => {
    const one = translate("ko", "ranking.median.one", { rank: 95_827 });
    const two = translate("ko", "ranking.median.two", { lo: 95_827, hi: 95_828 });
    expect(translate("ko", "ranking.check", { count: 3, median: one, worst: 9_453 })).toBe("지정 기업 3곳: 중앙 순위 95,827위, 최저 9,453위 (같은 점수는 같은 순위)");
    expect(translate("ko", "ranking.check", { count: 4, median: two, worst: 9_453 })).toContain("중앙 순위 95,827위와 95,828위 (가운데 두 기업)");
    expect(translate("en", "ranking.check", { count: 4, median: translate("en", "ranking.median.two", { lo: 3, hi: 6 }), worst: 6 })).toBe(
      "4 designated companies: median rank 3 and 6 (the two middle companies), lowest 6 (equal scores share a rank)",
    );
  });

  it("calls the what-if removal 가상 제거 everywhere in Korean", async () => {
    const { ko } = await import("../../src/i18n/ko.ts");
    expect(Object.values(ko).filter((text) => text.includes("가정 분석"))).toEqual([]);
  });
});
