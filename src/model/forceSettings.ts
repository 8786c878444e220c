// The ForceAtlas2 settings a user can change in the force view: plain data a view carries (the
// layout reads them, the view schema stores them). Plain numbers and flags, so a
// link, a saved session and the worker request carry them as they are.

export interface ForceSettings {
  /** Logarithmic attraction: tight groups pull together and sit apart from each other. */
  linLog: boolean;
  /** Pull towards the centre; low values let clusters drift apart. */
  gravity: number;
  /** Repulsion strength: larger spreads the whole picture out. */
  scaling: number;
  /** Companies keep apart by their drawn size. */
  preventOverlap: boolean;
  /** 0: every link pulls the same; 1: a pair with n links pulls n times as hard. */
  edgeWeightInfluence: number;
}

/**
 * Chosen by measurement (scripts/bench/clusters.ts, docs/using.md, "Cluster maps"): LinLog with low
 * gravity and full weight influence separates communities best on the sample and on planted
 * networks, without flinging small components off screen.
 */
export const DEFAULT_FORCE_SETTINGS: Readonly<ForceSettings> = Object.freeze({
  linLog: true,
  gravity: 0.5,
  scaling: 2,
  preventOverlap: false,
  edgeWeightInfluence: 1,
});

/** What the app ran before these settings existed: the library's inferred settings. Kept for the before/after measurement. */
export const LEGACY_FORCE_SETTINGS: Readonly<ForceSettings> = Object.freeze({
  linLog: false,
  gravity: 0.05,
  scaling: 10,
  preventOverlap: false,
  edgeWeightInfluence: 1,
});

/** Bounds a link may ask for; the controls offer values inside them. */
export const FORCE_BOUNDS = Object.freeze({
  gravity: { min: 0, max: 20 },
  scaling: { min: 0.1, max: 100 },
  edgeWeightInfluence: { min: 0, max: 2 },
});

export const GRAVITY_STEPS = [0.05, 0.2, 0.5, 1, 3] as const;
export const SCALING_STEPS = [1, 2, 5, 10, 30] as const;
export const WEIGHT_INFLUENCE_STEPS = [0, 0.5, 1] as const;

export function sameForceSettings(a: ForceSettings, b: ForceSettings): boolean {
  return a.linLog === b.linLog && a.gravity === b.gravity && a.scaling === b.scaling && a.preventOverlap === b.preventOverlap && a.edgeWeightInfluence === b.edgeWeightInfluence;
}
