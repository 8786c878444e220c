import type { FocusEvent, KeyboardEvent, ReactNode } from "react";
import { useT } from "../useT.ts";

interface DialogProps {
  /** Id of the title, which names the dialog for assistive technology. */
  titleId: string;
  title: ReactNode;
  /** Added to "dialog" for the dialog's own styles. */
  className?: string;
  testId: string;
  onClose: () => void;
  /** Focus the close button on opening (keyboard users land inside the dialog). */
  focusClose?: boolean;
  children: ReactNode;
}

const FOCUSABLE = "button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/** Tab from the last control goes to the first, Shift+Tab from the first to the last: focus stays in the modal. */
function keepFocusInside(e: KeyboardEvent<HTMLElement>): void {
  const controls = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  if (controls.length === 0) return;
  const first = controls[0]!;
  const last = controls[controls.length - 1]!;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || !e.currentTarget.contains(active))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !e.currentTarget.contains(active))) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * Focus that leaves for nowhere (the focused button was disabled while it works, or a click on
 * plain text) comes back to the dialog, so Esc and Tab keep working in it.
 */
function keepFocusHome(e: FocusEvent<HTMLElement>): void {
  if (e.relatedTarget !== null) return;
  const dialog = e.currentTarget;
  requestAnimationFrame(() => {
    if (dialog.isConnected && (document.activeElement === document.body || document.activeElement === null)) dialog.focus();
  });
}

/** The frame every modal dialog shares: backdrop and Esc close it, the title names it, Tab stays inside it. */
export function Dialog({ titleId, title, className, testId, onClose, focusClose = true, children }: DialogProps) {
  const t = useT();
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <section
        className={className ? `dialog ${className}` : "dialog"}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        tabIndex={-1}
        onBlur={keepFocusHome}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === "Escape") onClose();
          else if (e.key === "Tab") keepFocusInside(e);
        }}
      >
        {/* Not a <header>: inside role="dialog" it would count as a second page banner. */}
        <div className="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="close" aria-label={t("panel.close")} onClick={onClose} autoFocus={focusClose}>×</button>
        </div>
        {children}
      </section>
    </div>
  );
}
