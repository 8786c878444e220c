import { useId, useRef, useState } from "react";
import { readGrouping, type GroupingRead } from "../../io/formats/grouping.ts";
import type { ImportIssue } from "../../model/types.ts";
import type { MessageKey } from "../../i18n/index.ts";
import { useActions } from "../useAtlas.ts";
import { useT } from "../useT.ts";

/** A grouping is a few dozen rows; anything far larger is not one, and would only stall the page. */
const MAX_BYTES = 1_000_000;
/** Issues listed under the outcome; the rest are counted. */
const SHOWN_ISSUES = 8;

type Outcome = { name: string; tooLarge: true } | ({ name: string; tooLarge?: false } & GroupingRead);

/**
 * "Load a grouping…": reads a programme's own 권역 from a CSV (io/formats/grouping.ts), shows it
 * as the region level "grouping:user", and says what was read and which rows were not. Names from
 * the file are only ever rendered as text.
 */
export function GroupingLoader() {
  const t = useT();
  const { applyGrouping } = useActions();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const hint = useId();

  const load = async (file: File) => {
    if (file.size > MAX_BYTES) return setOutcome({ name: file.name, tooLarge: true });
    const read = readGrouping({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    setOutcome({ name: file.name, ...read });
    if (read.grouping) applyGrouping(read.grouping);
  };

  const issueText = (issue: ImportIssue) => {
    const reason = t(`reason.${issue.reason}` as MessageKey);
    return issue.row > 0 ? t("grouping.issueRow", { row: issue.row, reason, detail: issue.detail }) : t("grouping.issueFile", { reason, detail: issue.detail });
  };

  return (
    <div className="grouping-loader">
      <button type="button" data-testid="grouping-load" aria-describedby={hint} title={t("grouping.loadHint")} onClick={() => input.current?.click()}>
        {t("grouping.load")}
      </button>
      <span id={hint} hidden>{t("grouping.loadHint")}</span>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt"
        hidden
        data-testid="grouping-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) void load(file);
        }}
      />
      {outcome ? (
        <section className="notice grouping-outcome" role="status" aria-label={t("grouping.label")} data-testid="grouping-outcome" data-ok={outcome.tooLarge ? false : outcome.grouping !== null}>
          <p>{outcomeLine(outcome, t)}</p>
          {!outcome.tooLarge && outcome.grouping ? (
            <p className="muted" data-testid="grouping-about">
              {t("grouping.about", { source: outcome.grouping.source, date: outcome.grouping.date || t("grouping.dateNotGiven") })}
            </p>
          ) : null}
          {!outcome.tooLarge ? <IssueList issues={[...outcome.rejected, ...outcome.warnings]} text={issueText} /> : null}
          <button type="button" className="link" onClick={() => setOutcome(null)}>{t("notice.dismiss")}</button>
        </section>
      ) : null}
    </div>
  );
}

function outcomeLine(outcome: Outcome, t: ReturnType<typeof useT>): string {
  if (outcome.tooLarge) return t("grouping.tooLarge", { name: outcome.name });
  if (!outcome.grouping) return t("grouping.failed", { name: outcome.name });
  return t("grouping.loaded", { name: outcome.name, groups: outcome.grouping.groups.length, rejected: new Set(outcome.rejected.map((i) => i.row)).size, warnings: outcome.warnings.length });
}

function IssueList({ issues, text }: { issues: ImportIssue[]; text: (issue: ImportIssue) => string }) {
  const t = useT();
  if (issues.length === 0) return null;
  return (
    // Scrolls within a few lines so a long list never pushes the other controls away; focusable so a keyboard can scroll it.
    <ul data-testid="grouping-issues" tabIndex={0} aria-label={t("grouping.label")}>
      {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
        <li key={i} data-row={issue.row} data-reason={issue.reason}>{text(issue)}</li>
      ))}
      {issues.length > SHOWN_ISSUES ? <li className="muted">{t("report.more", { count: issues.length - SHOWN_ISSUES })}</li> : null}
    </ul>
  );
}
