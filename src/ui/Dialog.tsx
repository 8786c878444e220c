import type { ReactNode } from "react";
import { useT } from "./useT.ts";

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

/** The frame every modal dialog shares: backdrop and Esc close it, the title names it. */
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
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === "Escape" && onClose()}
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
