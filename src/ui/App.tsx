import { useEffect, useRef } from "react";
import type { MapGeometry } from "../render/mapGeometry.ts";
import { AtlasCanvas } from "./AtlasCanvas.tsx";
import { CompanyPanel } from "./CompanyPanel.tsx";
import { DropZone } from "./DropZone.tsx";
import { Header } from "./Header.tsx";
import { LayoutProgress } from "./LayoutProgress.tsx";
import { Legend } from "./Legend.tsx";
import { LoadProgress } from "./LoadProgress.tsx";
import { ReportPanel } from "./ReportPanel.tsx";
import { StatusLine } from "./StatusLine.tsx";
import { MapControls } from "./MapControls.tsx";
import { CameraHome } from "./CameraHome.tsx";
import { DivisionPanel } from "./DivisionPanel.tsx";
import { MapTooltip } from "./MapTooltip.tsx";
import { VintageNotice } from "./VintageNotice.tsx";
import { MatrixDock } from "./MatrixDock.tsx";
import { AnalyticsPanel } from "./analytics/AnalyticsPanel.tsx";
import { FilterPanel } from "./filters/FilterPanel.tsx";
import { TableDock } from "./TableDock.tsx";
import { Notices } from "./Notices.tsx";
import { SessionNotices } from "./SessionNotices.tsx";
import { PendingLinkNotice } from "./PendingLinkNotice.tsx";
import { MappingDialogHost, MappingPrompt } from "./MappingPrompt.tsx";
import { UnplacedNotice } from "./UnplacedNotice.tsx";
import { SnapshotDialog } from "./SnapshotDialog.tsx";
import { SavedData } from "./SavedData.tsx";
import { useActions, useAtlas } from "./useAtlas.ts";
import { ExportDialog } from "./ExportDialog.tsx";
import { ScenesPanel } from "./ScenesPanel.tsx";
import { PresentMode } from "./PresentMode.tsx";
import { PictureContext } from "./pictureContext.ts";
import type { PictureScene } from "../render/export/types.ts";
import "./present.css";

export function App({ geometry }: { geometry: MapGeometry }) {
  const savedOpen = useAtlas((s) => s.savedOpen);
  const reportOpen = useAtlas((s) => s.reportOpen);
  const mappingOpen = useAtlas((s) => s.mappingFile !== null);
  const actions = useActions();
  const presenting = useAtlas((s) => s.presenting);
  // Scene changes restart a short fade of the map (two animation names, by parity).
  const sceneParity = useAtlas((s) => (s.sceneIndex < 0 ? -1 : s.sceneIndex % 2));
  const capture = useRef<(() => PictureScene) | null>(null);
  useEffect(() => {
    // Esc steps back unless a dialog is open (the dialog handles its own Esc).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !reportOpen && !mappingOpen) actions.stepBack();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [actions, reportOpen, mappingOpen]);
  return (
    <PictureContext.Provider value={capture}>
    <div className={presenting ? "app presenting" : "app"} data-presenting={presenting} data-scene-parity={sceneParity}>
      <Header />
      <SnapshotDialog />
      <main className="stage">
        <AtlasCanvas geometry={geometry} />
        {/* Over the map, not above it: a notice that comes or goes never resizes the map's canvases. */}
        <div className="stage-notices">
          <PendingLinkNotice />
          <VintageNotice />
          <Notices />
          <SessionNotices />
          <MappingPrompt />
          <UnplacedNotice />
          <LoadProgress />
        </div>
        <div className="stage-left">
          <CameraHome />
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
        <ScenesPanel />
        <PresentMode />
      </main>
      <StatusLine />
      <ReportPanel />
      <DropZone />
      {savedOpen && <SavedData onClose={() => actions.setSavedOpen(false)} />}
      <ExportDialog />
      <MappingDialogHost />
    </div>
    </PictureContext.Provider>
  );
}
