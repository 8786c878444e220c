import { useEffect } from "react";
import { atlasStore } from "../state/store.ts";
import type { MapGeometry } from "../render/atlasView.ts";
import { AtlasCanvas } from "./AtlasCanvas.tsx";
import { CompanyPanel } from "./CompanyPanel.tsx";
import { DropZone } from "./DropZone.tsx";
import { Header } from "./Header.tsx";
import { IllustrativeBanner } from "./IllustrativeBanner.tsx";
import { LayoutProgress } from "./LayoutProgress.tsx";
import { Legend } from "./Legend.tsx";
import { LoadProgress } from "./LoadProgress.tsx";
import { ReportPanel } from "./ReportPanel.tsx";
import { StatusLine } from "./StatusLine.tsx";

export function App({ geometry }: { geometry: MapGeometry }) {
  useEffect(() => {
    // Esc clears the selection unless a dialog is open (the dialog handles its own Esc).
    const onKey = (e: KeyboardEvent) => {
      const state = atlasStore().getState();
      if (e.key === "Escape" && !state.reportOpen) state.select(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <div className="app">
      <Header />
      <IllustrativeBanner />
      <LoadProgress />
      <main className="stage">
        <AtlasCanvas geometry={geometry} />
        <Legend />
        <LayoutProgress />
        <CompanyPanel />
      </main>
      <StatusLine />
      <ReportPanel />
      <DropZone />
    </div>
  );
}
