// The camera: where the map looks. It lives in the renderer (it moves every frame), so the
// store never holds it; the app's camera service reads and sets it for links and saved views.
import { parseNumber } from "./reader.ts";
import { CAMERA_BOUNDS, DEFAULT_CAMERA, type CameraState } from "./values.ts";
import { field, type ViewField } from "./fields.ts";

/** Shortest text that reads back as the same number (JS number-to-string is round-trip exact). */
const num = (n: number) => String(n);

export function cameraField(param: string): ViewField<CameraState> {
  return field<CameraState>({}, {
    params: [param],
    initial: () => ({ ...DEFAULT_CAMERA }),
    encode: (c, out) => {
      const d = DEFAULT_CAMERA;
      if (c.x !== d.x || c.y !== d.y || c.ratio !== d.ratio) out.append(param, `${num(c.x)},${num(c.y)},${num(c.ratio)}`);
    },
    decode: (r) => {
      const raw = r.single(param);
      if (raw === undefined) return undefined;
      const parts = raw.split(",");
      const [x, y, ratio] = parts.map(parseNumber);
      if (parts.length !== 3 || x == null || y == null || ratio == null) {
        r.bad(param, raw, "expected three numbers x,y,ratio");
        return undefined;
      }
      const { minXY, maxXY, minRatio, maxRatio } = CAMERA_BOUNDS;
      if (x < minXY || x > maxXY || y < minXY || y > maxXY || ratio < minRatio || ratio > maxRatio) {
        r.bad(param, raw, `x and y must lie in [${minXY}, ${maxXY}], ratio in [${minRatio}, ${maxRatio}]`);
        return undefined;
      }
      return { x, y, ratio };
    },
  });
}
