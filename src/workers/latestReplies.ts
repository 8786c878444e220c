/**
 * Requests to a long-lived worker that answers only the newest one: each request gets a number,
 * and a reply to number n settles every request up to n (older ones with null: they were
 * superseded in the worker and will never be answered).
 */
export function latestReplies<T>() {
  let seq = 0;
  const pending = new Map<number, { resolve: (value: T | null) => void; reject: (error: Error) => void }>();
  return {
    /** A new request's number and the promise its reply settles. */
    next(): { seq: number; promise: Promise<T | null> } {
      const mine = ++seq;
      const promise = new Promise<T | null>((resolve, reject) => pending.set(mine, { resolve, reject }));
      return { seq: mine, promise };
    },
    /** The worker answered request `replySeq`, with a value or an error message. */
    answer(replySeq: number, reply: { value: T } | { error: string }) {
      for (const [s, p] of pending) {
        if (s > replySeq) break;
        pending.delete(s);
        if (s < replySeq) p.resolve(null);
        else if ("value" in reply) p.resolve(reply.value);
        else p.reject(new Error(reply.error));
      }
    },
    /** The worker failed: every open request fails with it. */
    fail(message: string) {
      for (const p of pending.values()) p.reject(new Error(message));
      pending.clear();
    },
    /** The worker was ended: every open request settles with null. */
    drop() {
      for (const p of pending.values()) p.resolve(null);
      pending.clear();
    },
  };
}
