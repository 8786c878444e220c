interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: "user-blocking" | "user-visible" | "background" }): Promise<void>;
}

/**
 * Runs `run` in a task of its own, as soon as the current one ends; returns a cancel. A message
 * rather than a timeout: chained timeouts are clamped to 4 ms each, a message is not.
 */
export function inOwnTask(run: () => void): () => void {
  const { port1, port2 } = new MessageChannel();
  let cancelled = false;
  port1.onmessage = () => {
    port1.close();
    if (!cancelled) run();
  };
  port2.postMessage(null);
  return () => {
    cancelled = true;
    port1.close();
  };
}

/**
 * How many items the next slice of a sliced job takes to last about `sliceMs`, from how long
 * the last `budget` items took; never fewer than `least`.
 */
export function nextBudget(budget: number, spentMs: number, sliceMs: number, least: number): number {
  return Math.max(least, Math.floor((budget * sliceMs) / Math.max(1, spentMs)));
}

/**
 * Runs `step` (it takes up to `budget` items and says whether it is done) a slice per background
 * task, the first `first` items and each later slice sized to last about `sliceMs`, until done
 * (true) or until `live()` says the work is no longer wanted (false).
 */
export async function stepInBackground(
  step: (budget: number) => boolean,
  live: () => boolean,
  pace: { first: number; sliceMs: number; least: number },
): Promise<boolean> {
  let budget = pace.first;
  for (;;) {
    const start = performance.now();
    if (step(budget)) return true;
    budget = nextBudget(budget, performance.now() - start, pace.sliceMs, pace.least);
    await nextBackgroundTask();
    if (!live()) return false;
  }
}

/**
 * A new task, behind whatever the page has to draw. A chain of messages starves the page's
 * frames (Chromium lets one through about every 120 ms), so where the browser has a task
 * scheduler the next task goes at background priority and every frame due is drawn first.
 */
export function nextBackgroundTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: "background" });
  return new Promise<void>((resolve) => void inOwnTask(resolve));
}
