import { municipalGeoFrom, type MunicipalGeo, type MunicipalGeoData } from "../../geo/municipalGeo.ts";
import { runOnce } from "../oneShot.ts";

/** The municipal outlines in graph space, loaded and projected off the main thread. */
export async function municipalGeoInWorker(): Promise<MunicipalGeo> {
  const worker = new Worker(new URL("./municipal.worker.ts", import.meta.url), { type: "module" });
  return municipalGeoFrom((await runOnce<never, { data: MunicipalGeoData }>(worker, {}, [])).data);
}
