import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/App.tsx";
import { ErrorBoundary } from "./ui/ErrorBoundary.tsx";
import { AtlasContext } from "./ui/useAtlas.ts";
import { createAtlasApp } from "./app/createApp.ts";
import { createKoreaGeo } from "./geo/korea.ts";
import { KOREA_TOPO } from "./geo/koreaTopo.ts";
import { mapGeometry } from "./render/layers/mapGeometry.ts";
import { bindMunicipalBoundaries } from "./render/layers/municipalBoundaries.ts";
import { municipalGeoInWorker } from "./workers/municipal/municipalClient.ts";
import { SAMPLE_LABEL, sampleFiles } from "./data/sample.ts";
import "./ui/styles.css";

const app = createAtlasApp();
const korea = createKoreaGeo(KOREA_TOPO);
const geometry = mapGeometry(korea);
bindMunicipalBoundaries(app.store, geometry, municipalGeoInWorker);

// Screen readers and the browser's hyphenation follow the UI language.
document.documentElement.lang = app.store.getState().lang;
app.store.subscribe((state) => {
  if (document.documentElement.lang !== state.lang) document.documentElement.lang = state.lang;
});

const root = document.getElementById("root");
if (!root) throw new Error("main: #root is missing from index.html");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary onRecover={(reason) => app.actions.recoverView(reason)}>
      <AtlasContext.Provider value={app}>
        <App geometry={geometry} />
      </AtlasContext.Provider>
    </ErrorBoundary>
  </StrictMode>,
);

// The user's last loaded files come back after a reload or a browser restart; else the sample.
void app.start(sampleFiles, SAMPLE_LABEL);
