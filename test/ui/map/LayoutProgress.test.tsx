// The force layout's progress while it runs: the bar alone is the progressbar, named and with its
// range, and the stop button stands beside it (a button inside a progressbar is not reachable as one).
import { describe, expect, it } from "vitest";
import { LayoutProgress } from "../../../src/ui/map/LayoutProgress.tsx";
import { renderInApp, testApp } from "../appHarness.tsx";

describe("ui/LayoutProgress", () => {
  it("names the progressbar by its text, gives its range, and keeps the stop button outside it", () => {
    for (const lang of ["ko", "en"] as const) {
      const html = renderInApp(testApp(), { lang, mode: "force", layout: { running: true, done: 30, total: 120 } }, <LayoutProgress />);
      const bar = /<span class="bar" role="progressbar"([^>]*)>(.*?)<\/span><\/span>/.exec(html);
      expect(bar, html).not.toBeNull();
      expect(bar![1]).toContain('aria-valuenow="25"');
      expect(bar![1]).toContain('aria-valuemin="0"');
      expect(bar![1]).toContain('aria-valuemax="100"');
      expect(bar![1]).toMatch(/aria-label="[^"]*30\/120"/);
      expect(bar![2]).not.toContain("<button");
      expect(html).toContain('data-testid="layout-stop"');
      expect(html.match(/role="progressbar"/g)).toHaveLength(1);
    }
  });
});
