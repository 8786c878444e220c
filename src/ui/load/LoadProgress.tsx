import { useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { loadProgress } from "../../state/loadStage.ts";

export function LoadProgress() {
  const t = useT();
  const stage = useAtlas((s) => s.loadStage);
  if (stage.kind === "failed") {
    const message = stage.error === "nothing" ? t("load.nothing", { files: stage.files.join(", ") }) : t("load.error", { message: stage.error });
    return (
      <div className="notice error" role="alert" data-testid="load-error">
        {message}
      </div>
    );
  }
  const progress = loadProgress(stage);
  if (!progress) return null;
  const percent = Math.round(progress.fraction * 100);
  const text = t(progress.step === "reading" ? "load.reading" : "load.building", { percent });
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
