import { describe, expect, it } from "vitest";
import { formatCompact, formatExact } from "../../src/i18n/compactNumber.ts";

describe("i18n/compactNumber", () => {
  it("writes Korean numbers in 만, 억 and 조, never in k or M", () => {
    const ko = (v: number) => formatCompact("ko", v);
    expect(ko(0)).toBe("0");
    expect(ko(7)).toBe("7");
    expect(ko(2.25)).toBe("2.3");
    expect(ko(9_999)).toBe("9,999");
    expect(ko(10_000)).toBe("1만");
    expect(ko(12_345)).toBe("1.23만");
    expect(ko(99_999)).toBe("10만");
    expect(ko(255_000)).toBe("25.5만");
    expect(ko(661_597)).toBe("66.2만");
    expect(ko(12_345_678)).toBe("1,235만");
    // Rounding up to the next unit takes that unit: never "10,000만".
    expect(ko(99_999_999)).toBe("1억");
    expect(ko(100_000_000)).toBe("1억");
    expect(ko(1.2e8)).toBe("1.2억");
    expect(ko(3.456e12)).toBe("3.46조");
    expect(ko(-661_597)).toBe("-66.2만");
    expect(ko(-5)).toBe("-5");
  });

  it("writes English numbers in k, M and B", () => {
    const en = (v: number) => formatCompact("en", v);
    expect(en(0)).toBe("0");
    expect(en(999)).toBe("999");
    expect(en(999.7)).toBe("1k");
    expect(en(9_999)).toBe("10k");
    expect(en(10_000)).toBe("10k");
    expect(en(661_597)).toBe("662k");
    expect(en(999_999)).toBe("1M");
    expect(en(99_999_999)).toBe("100M");
    expect(en(1.2e8)).toBe("120M");
    expect(en(2.5e9)).toBe("2.5B");
    expect(en(-12_345)).toBe("-12.3k");
  });

  it("rounds a value exactly halfway up, as the value just above it rounds", () => {
    expect(formatCompact("ko", 10_050)).toBe("1.01만");
    expect(formatCompact("en", 1_005)).toBe("1.01k");
    expect(formatCompact("en", 9_995_000)).toBe("10M");
    expect(formatCompact("en", -9_995_000)).toBe("-10M");
    // Every exact half at three significant digits (k.5 steps of 10^(m-2) for a value of m+1
    // digits) rounds like the integer just above it.
    for (const lang of ["ko", "en"] as const) {
      // Korean writes values below 1만 whole.
      for (let m = lang === "ko" ? 4 : 3; m <= 8; m++) {
        const step = 10 ** (m - 2);
        for (let k = 100; k < 1000; k += 7) {
          const half = (k + 0.5) * step;
          expect(formatCompact(lang, half), `${lang} ${half}`).toBe(formatCompact(lang, half + 1));
        }
      }
    }
  });

  it("takes fewer significant digits on request, but never cuts whole units", () => {
    expect(formatCompact("ko", 661_597, { digits: 2 })).toBe("66만");
    expect(formatCompact("ko", 661_597, { digits: 1 })).toBe("66만");
    expect(formatCompact("en", 661_597, { digits: 1 })).toBe("662k");
    expect(formatCompact("ko", 12_345_678, { digits: 1 })).toBe("1,235만");
  });

  it("keeps the exact figure grouped for titles and tooltips", () => {
    expect(formatExact("ko", 661_597)).toBe("661,597");
    expect(formatExact("en", 1_234_567.456)).toBe("1,234,567.46");
  });
});
