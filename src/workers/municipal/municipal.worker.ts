// Thin worker entry: decoding the municipal topology, projecting 250 outlines and dissolving the
// province borders from them costs a few hundred ms, more than a frame may take on the page.
import { createKoreaGeo } from "../../geo/korea.ts";
import { KOREA_TOPO } from "../../geo/koreaTopo.ts";
import { loadMunicipalTopology } from "../../geo/municipalBoundaries.ts";
import { municipalGeoData } from "../../geo/municipalGeo.ts";

self.onmessage = async () => {
  try {
    const data = municipalGeoData(await loadMunicipalTopology(), createKoreaGeo(KOREA_TOPO).projection);
    self.postMessage({ type: "done", data });
  } catch (error) {
    self.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
