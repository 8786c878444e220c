import { useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

export function LoadProgress() {
  const t = useT();
  const load = useAtlas((s) => s.load);
  if (load.phase === "error") {
    const message = load.error === "nothing" ? t("load.nothing", { files: load.files.join(", ") }) : t("load.error", { message: load.error ?? "" });
    return (
      <div className="notice error" role="alert" data-testid="load-error">
        {message}
      </div>
    );
  }
  if (load.phase !== "reading" && load.phase !== "building") return null;
  const percent = Math.round(load.progress * 100);
  const text = t(load.phase === "reading" ? "load.reading" : "load.building", { percent });
  return (
    // Named by its own words: a progress bar without a name is announced as nothing.
    <div className="notice progress" role="progressbar" aria-label={text} aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} data-testid="load-progress">
      <span>{text}</span>
      <span className="bar">
        <span style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
