import { regionLabel } from "../regions/units.ts";
import { useEffect, useMemo, useRef, useState } from "react";
import { search } from "../graph/search/search.ts";
import { searchIndexOfGraph } from "../graph/search/buildIndex.ts";
import { useActions, useApp, useAtlas } from "./useAtlas.ts";
import { useSummarySearch } from "./summary/useSummarySearch.ts";
import { useT } from "./useT.ts";

/** Results as you type (Korean, initial consonants, English, ids); choosing one flies to the company. */
export function SearchBox() {
  const s = useActions();
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const graph = useAtlas((s) => s.graph);
  const app = useApp();
  // Summary mode searches every company of the summary (in its worker), not just the ego graph.
  const inSummary = useAtlas((s) => s.summary !== null);
  const summaryCount = useAtlas((s) => s.summary?.companies.count ?? 0);
  // Built when someone first searches, not after every load (0.3–0.9 s at 100k names).
  const [wanted, setWanted] = useState(false);
  const index = useMemo(() => (graph && wanted && !inSummary ? searchIndexOfGraph(graph) : null), [graph, wanted, inSummary]);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The list closes a moment after the input loses focus (so a click on a result lands first);
  // focus coming back within that moment must not have it closed under the new query.
  const closing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const graphHits = useMemo(() => (index && query.trim() ? search(index, query, 12) : []), [index, query]);
  const summarySearch = useSummarySearch(query, inSummary && wanted, 12);
  const hits = inSummary ? summarySearch.hits : graphHits;

  useEffect(() => {
    // "/" jumps to search from anywhere but a text field.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Only where "/" would be typed as text (a checkbox or a button does not take it).
      const typing = target?.matches('textarea, input:not([type="checkbox"]):not([type="radio"]):not([type="range"]):not([type="button"])');
      if (e.key !== "/" || typing) return;
      e.preventDefault();
      input.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const listed = open && query.trim() !== "" && graph !== null;

  const choose = (id: string) => {
    const row = inSummary ? summarySearch.hits.find((h) => h.id === id)?.row : undefined;
    if (row !== undefined) app.summary.choose(row);
    else {
      s.select(id);
      s.requestFlyTo(id);
    }
    setOpen(false);
  };

  return (
    // The ARIA 1.2 combobox: the input is the combobox and names the list only while it exists.
    <div className="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        value={query}
        placeholder={t("search.placeholder")}
        aria-label={t("search.label")}
        aria-autocomplete="list"
        aria-expanded={listed}
        aria-controls={listed ? "search-results" : undefined}
        aria-activedescendant={listed && hits[active] ? `search-hit-${active}` : undefined}
        data-testid="search-input"
        onChange={(e) => {
          setWanted(true);
          setQuery(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          if (closing.current !== null) clearTimeout(closing.current);
          setWanted(true);
          setOpen(true);
        }}
        onBlur={() => {
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(hits.length - 1, a + 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(0, a - 1));
          else if (e.key === "Enter" && hits[active]) choose(hits[active].id);
          else if (e.key === "Escape") {
            setOpen(false);
            input.current?.blur();
          } else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {listed && graph && (
        <ul id="search-results" role="listbox" className="search-results" data-testid="search-results">
          {hits.length === 0 && (
            <li className="muted" role="option" aria-selected={false} aria-disabled="true" data-testid={summarySearch.pending ? "search-pending" : undefined}>
              {inSummary && summarySearch.pending ? t("summary.searching", { count: summaryCount }) : t("search.none")}
            </li>
          )}
          {inSummary && summarySearch.hits.map((hit, i) => (
            <HitOption key={hit.id} index={i} active={i === active} id={hit.id} name={hit.name} nameEn={hit.nameEn} place={regionLabel(hit.division, lang)} ego={hit.ego} onChoose={choose} onHover={setActive} />
          ))}
          {!inSummary && graphHits.map((hit, i) => {
            const node = graph.getNodeAttributes(hit.id);
            return <HitOption key={hit.id} index={i} active={i === active} id={hit.id} name={node.company.name} nameEn={node.company.nameEn} place={regionLabel(node.division, lang)} onChoose={choose} onHover={setActive} />;
          })}
        </ul>
      )}
    </div>
  );
}

/** One search result: the name, its division and English name; chosen by click (the input keeps focus). */
function HitOption(props: { index: number; active: boolean; id: string; name: string; nameEn: string | undefined; place: string; ego?: boolean; onChoose: (id: string) => void; onHover: (index: number) => void }) {
  const { index, active, id, name, nameEn, place, ego, onChoose, onHover } = props;
  return (
    <li
      id={`search-hit-${index}`}
      role="option"
      aria-selected={active}
      data-id={id}
      data-ego={ego}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onChoose(id)}
      onMouseEnter={() => onHover(index)}
    >
      {name}
      <span className="muted"> · {place}{nameEn ? ` · ${nameEn}` : ""}</span>
    </li>
  );
}
