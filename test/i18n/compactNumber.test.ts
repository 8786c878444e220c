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
