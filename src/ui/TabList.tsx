import { useRef, type KeyboardEvent } from "react";

export interface TabListProps<K extends string> {
  tabs: readonly K[];
  current: K;
  onChange: (tab: K) => void;
  label: (tab: K) => string;
  /** Prefix of the tab ids and of the panel id (`${idBase}-panel`), unique on the page. */
  idBase: string;
  testIdBase: string;
}

/** The id of the panel a TabList controls: give it to the element with role="tabpanel". */
export const tabPanelId = (idBase: string) => `${idBase}-panel`;
export const tabId = (idBase: string, tab: string) => `${idBase}-tab-${tab}`;

/**
 * Tabs as the ARIA pattern has them: one tab stop (the chosen tab), arrows, Home and End move
 * and choose; the chosen tab says so with aria-selected (a tab may not carry aria-pressed).
 */
export function TabList<K extends string>({ tabs, current, onChange, label, idBase, testIdBase }: TabListProps<K>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.indexOf(current);
    const next = e.key === "ArrowRight" ? (i + 1) % tabs.length : e.key === "ArrowLeft" ? (i - 1 + tabs.length) % tabs.length : e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    const tab = tabs[next]!;
    onChange(tab);
    list.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(tabId(idBase, tab))}`)?.focus();
  };
  return (
    <div className="segmented tabs" role="tablist" ref={list} onKeyDown={onKeyDown}>
      {tabs.map((k) => (
        <button
          key={k}
          id={tabId(idBase, k)}
          type="button"
          role="tab"
          aria-selected={current === k}
          aria-controls={tabPanelId(idBase)}
          tabIndex={current === k ? 0 : -1}
          data-testid={`${testIdBase}-${k}`}
          onClick={() => onChange(k)}
        >
          {label(k)}
        </button>
      ))}
    </div>
  );
}
