// Thin worker entry: the work is facetsJob.ts.
import { facetsJob, type FacetsRequest } from "./facetsJob.ts";

const job = facetsJob();
let scheduled = false;

self.onmessage = (event: MessageEvent<FacetsRequest>) => {
  job.take(event.data);
  // Answer after the queue drains: requests that arrived during a count replace each other.
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    const reply = job.answer();
    if (reply) self.postMessage(reply);
  }, 0);
};
