import { useEffect, useMemo, useState } from "react";
import { ALL_FIELDS, type Field } from "../../io/rows/headers.ts";
import type { ColumnMapping } from "../../io/mapping/columnMapping.ts";
import type { PreviewResult } from "../../io/mapping/preview.ts";
import { useT } from "../useT.ts";
import { useActions, useApp, useAtlas } from "../useAtlas.ts";
import { Dialog } from "../dialogs/Dialog.tsx";
import { useFieldLabel } from "../useFieldLabel.ts";

/** The mapping a column choice makes: this header for that field, and no other field read from it. */
function choose(mapping: ColumnMapping, detected: Record<string, string>, header: string, field: Field | ""): ColumnMapping {
  const next: ColumnMapping = { ...mapping };
  for (const f of ALL_FIELDS) {
    const current = next[f] ?? detected[f];
    // Stop every field now read from this column ("" overrides what detection found).
    if (current === header && f !== field) next[f] = "";
  }
  if (field) next[field] = header;
  return next;
}

/** Shows a file's header and first rows, lets the user say which column is which field, with live counts, then loads. */
export function MappingDialog({ initial = {} }: { initial?: ColumnMapping }) {
  const t = useT();
  const label = useFieldLabel();
  const { mapping: service } = useApp();
  const actions = useActions();
  const file = useAtlas((s) => s.mappingFile);
  const [mapping, setMapping] = useState<ColumnMapping>(initial);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [working, setWorking] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!file) return;
    let live = true;
    setWorking(true);
    // Every change re-reads the file in a worker; the last answer asked for wins, and the
    // previous one stays on screen meanwhile.
    service.preview(file, mapping).then(
      (result) => live && (setPreview(result), setError(null), setWorking(false)),
      (e: unknown) => live && (setError(e instanceof Error ? e.message : String(e)), setWorking(false)),
    );
    return () => {
      live = false;
    };
  }, [service, file, mapping]);

  const table = preview?.tables[0];
  const fieldOf = useMemo(() => {
    const byHeader = new Map<string, Field>();
    for (const [field, header] of Object.entries(table?.columns ?? {})) byHeader.set(header, field as Field);
    return byHeader;
  }, [table]);
  if (!file) return null;
  const close = () => actions.setMappingFile(null);

  return (
    <Dialog titleId="mapping-title" title={`${t("mapping.title")} · ${file}`} className="mapping" testId="mapping-dialog" onClose={close}>
        {error && <p className="notice error" role="alert">{error}</p>}
        {working && !error && <p className="muted" aria-live="polite">{t("mapping.working")}</p>}
        {table && (
          <>
            {/* A graph's nodes have no header row: row 0 is their attribute names (mappingTables.ts). */}
            <p className="muted">{table.headerRow === 0 ? t("mapping.nodes") : t("mapping.headerRow", { row: table.headerRow })}</p>
            <div className="table-scroll">
              <table data-testid="mapping-table">
                <thead>
                  <tr>
                    {table.headers.map((header, i) => (
                      <th key={i} scope="col">
                        <label>
                          <span className="muted">{header || `#${i + 1}`}</span>
                          <select
                            data-header={header}
                            value={fieldOf.get(header) ?? ""}
                            onChange={(e) => setMapping(choose(mapping, table.columns, header, e.currentTarget.value as Field | ""))}
                          >
                            <option value="">{t("mapping.unused")}</option>
                            {ALL_FIELDS.map((f) => (
                              <option key={f} value={f}>{label(f)}</option>
                            ))}
                          </select>
                        </label>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((r) => (
                    <tr key={r.row}>
                      {table.headers.map((_h, i) => (
                        <td key={i}>{r.cells[i] ?? ""}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {table.missing.length > 0 && <p className="notice">{t("mapping.missing", { fields: table.missing.map(label).join(", ") })}</p>}
          </>
        )}
        {preview && (
          <p data-testid="mapping-counts" data-working={working} data-links={preview.counts.links} data-companies={preview.counts.companies} aria-live="polite">
            {t("mapping.counts", {
              companies: preview.counts.companies,
              links: preview.counts.links,
              rejected: preview.counts.rejected,
              companiesBefore: preview.without.companies,
              linksBefore: preview.without.links,
            })}
          </p>
        )}
        <p className="muted">{t("mapping.remembered")}</p>
        <div className="actions">
          <button type="button" data-testid="mapping-apply" disabled={!table || working}
            onClick={() => {
              if (!table) return;
              close();
              void service.apply(file, mapping, table.headers);
            }}>
            {t("mapping.apply")}
          </button>
          <button type="button" onClick={close}>{t("mapping.cancel")}</button>
        </div>
      </Dialog>
  );
}
