/**
 * Runs `run` with `target[key]` replaced by `value`, then puts back what was there: the object's
 * own property, or none, so that the inherited one shows again. For calling into sigma with one
 * of its steps changed for that call (draw later, draw nothing), where it offers no option.
 */
export function withReplaced<T extends object, K extends keyof T>(target: T, key: K, value: T[K], run: () => void): void {
  const own = Object.prototype.hasOwnProperty.call(target, key);
  const before = target[key];
  target[key] = value;
  try {
    run();
  } finally {
    if (own) target[key] = before;
    else delete target[key];
  }
}
