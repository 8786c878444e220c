import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

export function LayoutProgress() {
  const t = useT();
  const mode = useAtlas((s) => s.mode);
  const layout = useAtlas((s) => s.layout);
  const { commandLayout } = useActions();
  if (mode !== "force") return null;
  if (!layout.running) {
    return (
      <div className="layout-progress">
        <button type="button" onClick={() => commandLayout("run")} data-testid="layout-rerun">
          {t("layout.rerun")}
        </button>
      </div>
    );
  }
  const percent = layout.total ? Math.round((layout.done / layout.total) * 100) : 0;
  const label = t("layout.running", { done: layout.done, total: layout.total || "…" });
  // The bar alone is the progressbar, named by its text: a button may not sit inside one.
  return (
    <div className="layout-progress" data-testid="layout-progress">
      <span>{label}</span>
      <span className="bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <span style={{ width: `${percent}%` }} />
      </span>
      <button type="button" onClick={() => commandLayout("stop")} data-testid="layout-stop">
        {t("layout.stop")}
      </button>
    </div>
  );
}
