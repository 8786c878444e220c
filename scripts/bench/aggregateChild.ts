// One aggregate run in a process of its own, so its peak resident memory (DuckDB's native
// memory included, which the JS heap does not show) is the process's own: /proc/self/status VmHWM.
//   tsx scripts/bench/aggregateChild.ts COMPANIES.csv LINKS.csv OUT.zip TEMP_DIR
import { readFileSync } from "node:fs";
import { runAggregate } from "../lib/aggregate/run.ts";

const [companies, links, out, tempDir] = process.argv.slice(2);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const result = await runAggregate({ companies: [companies!], links: [links!], out: out!, tempDir: tempDir!, topK: 100, memoryLimit: process.env.AGG_MEMORY ?? "1GB" });
const seconds = (performance.now() - t0) / 1000;
// User + system time of every thread of the process (DuckDB's workers included).
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const status = readFileSync("/proc/self/status", "utf8");
const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
process.stdout.write(JSON.stringify({ seconds, cpuSeconds, peakRssMB: hwmKb / 1024, bytes: result.bytes, rows: result.manifest.rows, ego: result.manifest.ego, stages: result.stages }) + "\n");
