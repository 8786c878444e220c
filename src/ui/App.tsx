import { useEffect, useRef } from "react";
import type { MapGeometry } from "../render/layers/mapGeometry.ts";
import { AtlasCanvas } from "./map/AtlasCanvas.tsx";
import { CompanyPanel } from "./panels/CompanyPanel.tsx";
import { DropZone } from "./load/DropZone.tsx";
import { Header } from "./Header.tsx";
import { LayoutProgress } from "./map/LayoutProgress.tsx";
import { Legend } from "./map/Legend.tsx";
import { LoadProgress } from "./load/LoadProgress.tsx";
import { ReportPanel } from "./panels/ReportPanel.tsx";
import { StatusLine } from "./StatusLine.tsx";
import { MapControls } from "./map/MapControls.tsx";
import { CameraHome } from "./map/CameraHome.tsx";
import { DivisionPanel } from "./panels/DivisionPanel.tsx";
import { MapTooltip } from "./map/MapTooltip.tsx";
import { VintageNotice } from "./notices/VintageNotice.tsx";
import { MatrixDock } from "./analytics/MatrixDock.tsx";
import { AnalyticsPanel } from "./analytics/AnalyticsPanel.tsx";
import { FilterPanel } from "./filters/FilterPanel.tsx";
import { TableDock } from "./table/TableDock.tsx";
import { Notices } from "./notices/Notices.tsx";
import { SessionNotices } from "./notices/SessionNotices.tsx";
import { PendingLinkNotice } from "./load/PendingLinkNotice.tsx";
import { MappingDialogHost, MappingPrompt } from "./mapping/MappingPrompt.tsx";
import { UnplacedNotice } from "./notices/UnplacedNotice.tsx";
import { SnapshotDialog } from "./dialogs/SnapshotDialog.tsx";
import { SavedData } from "./load/SavedData.tsx";
import { useActions, useAtlas } from "./useAtlas.ts";
import { ExportDialog } from "./dialogs/ExportDialog.tsx";
import { ScenesPanel } from "./present/ScenesPanel.tsx";
import { PresentMode } from "./present/PresentMode.tsx";
import { PictureContext } from "./dialogs/pictureContext.ts";
import type { PictureScene } from "../render/export/types.ts";
import "./present/present.css";

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
