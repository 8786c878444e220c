import { useEffect } from "react";
import type { MapGeometry } from "../render/mapGeometry.ts";
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
import { MapControls } from "./MapControls.tsx";
import { DivisionPanel } from "./DivisionPanel.tsx";
import { MapTooltip } from "./MapTooltip.tsx";
import { VintageNotice } from "./VintageNotice.tsx";
import { MatrixDock } from "./MatrixDock.tsx";
import { AnalyticsPanel } from "./analytics/AnalyticsPanel.tsx";
import { FilterPanel } from "./filters/FilterPanel.tsx";
import { TableDock } from "./TableDock.tsx";
import { Notices } from "./Notices.tsx";
import { SessionNotices } from "./SessionNotices.tsx";
import { MappingPrompt } from "./MappingPrompt.tsx";
import { SavedData } from "./SavedData.tsx";
import { useActions, useAtlas } from "./useAtlas.ts";

export function App({ geometry }: { geometry: MapGeometry }) {
  const savedOpen = useAtlas((s) => s.savedOpen);
  const reportOpen = useAtlas((s) => s.reportOpen);
  const actions = useActions();
  useEffect(() => {
    // Esc steps back unless a dialog is open (the dialog handles its own Esc).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !reportOpen) actions.stepBack();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [actions, reportOpen]);
  return (
    <div className="app">
      <Header />
      <IllustrativeBanner />
      <VintageNotice />
      <Notices />
      <SessionNotices />
      <MappingPrompt />
      <LoadProgress />
      <main className="stage">
        <AtlasCanvas geometry={geometry} />
        <div className="stage-left">
          <MapControls />
          <FilterPanel />
          <DivisionPanel />
          <Legend />
        </div>
        <MapTooltip />
        <LayoutProgress />
        <CompanyPanel />
        <MatrixDock />
        <AnalyticsPanel />
        <TableDock />
      </main>
      <StatusLine />
      <ReportPanel />
      <DropZone />
      {savedOpen && <SavedData onClose={() => actions.setSavedOpen(false)} />}
    </div>
  );
}
