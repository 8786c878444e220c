import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../../src/graph/ranking/weights.ts";
import { formulaText } from "../../../src/graph/ranking/formula.ts";

describe("graph/ranking formula", () => {
  it("states the formula with the weights in force, in both languages", () => {
    const en = formulaText({ sales: 2, breadth: 0.25 }, "en").split("\n");
    expect(en[0]).toBe("score = (1 × Technology cooperation + 1 × Production + 2 × Sales + 0 × Other) ÷ 4");
    expect(en[1]).toBe("value of a type = 0.25 × breadth + 0.75 × volume");
    expect(en).toHaveLength(5);
    const ko = formulaText(DEFAULT_WEIGHTS, "ko").split("\n");
    expect(ko[0]).toBe("점수 = (1 × 기술협력 + 1 × 생산 + 1 × 판매 + 0 × 기타) ÷ 3");
    expect(ko[1]).toBe("유형별 값 = 0.5 × 폭 + 0.5 × 양");
  });
});
