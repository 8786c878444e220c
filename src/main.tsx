import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/App.tsx";
import { ErrorBoundary } from "./ui/ErrorBoundary.tsx";
import { atlasStore } from "./state/store.ts";
import { loadDataset } from "./state/loadDataset.ts";
import { createKoreaGeo } from "./geo/korea.ts";
import { KOREA_TOPO } from "./geo/koreaTopo.ts";
import { mapGeometry } from "./render/mapGeometry.ts";
import { SAMPLE_LABEL, sampleFiles } from "./data/sample.ts";
import { savedStartup, startSessionSync } from "./state/session.ts";
import "./ui/styles.css";

const store = atlasStore();
document.documentElement.lang = store.getState().lang;
const geometry = mapGeometry(createKoreaGeo(KOREA_TOPO));

const root = document.getElementById("root");
if (!root) throw new Error("main: #root is missing from index.html");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App geometry={geometry} />
    </ErrorBoundary>
  </StrictMode>,
);

startSessionSync(
  store,
  (notices) => store.getState().setNotices(notices, store.getState().storageError),
  (error) => store.getState().setNotices(store.getState().urlNotices, error),
);

// The user's last loaded files come back after a reload or a browser restart; else the sample.
void (async () => {
  const saved = await savedStartup().catch(() => null);
  const restored = saved ? await loadDataset(store, saved.buffers, saved.label, { restored: true }) : false;
  // A saved session that no longer loads must not leave the page empty.
  if (!restored) await loadDataset(store, sampleFiles(), SAMPLE_LABEL);
})();
