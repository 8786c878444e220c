/**
 * Remembers the last result of `compute` and returns it while every argument is identical
 * (the store makes new objects on change, so identity is change). One slot per memo: derived
 * values follow one store, whose previous state is never asked for again.
 */
export function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastValue: R;
  return (...args: A): R => {
    if (lastArgs && lastArgs.length === args.length && args.every((a, i) => a === lastArgs![i])) return lastValue;
    lastValue = compute(...args);
    lastArgs = args;
    return lastValue;
  };
}
