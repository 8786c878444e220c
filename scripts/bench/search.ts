// Company search on 100k made-up names: time to build the index and median time per query.
// Names look like the synthetic network's (prefix + suffix + number), a tenth with (주) or
// 주식회사, half with an English name, so every kind of query has work to do.
import { buildSearchIndex } from "../../src/graph/search/buildIndex.ts";
import { search } from "../../src/graph/search/search.ts";
import type { SearchEntry } from "../../src/graph/search/types.ts";
import { Random } from "../../src/geo/random.ts";
import { fmt, median, timeMedian } from "./stats.ts";

const PREFIXES: Array<[string, string]> = [
  ["대한", "Daehan"], ["한빛", "Hanbit"], ["세진", "Sejin"], ["동양", "Dongyang"], ["미래", "Mirae"], ["우리", "Woori"],
  ["신성", "Shinsung"], ["태광", "Taekwang"], ["성우", "Sungwoo"], ["대성", "Daesung"], ["삼진", "Samjin"], ["동일", "Dongil"],
  ["금강", "Kumkang"], ["영진", "Youngjin"], ["청림", "Chungrim"], ["새한", "Saehan"], ["진성", "Jinsung"], ["한울", "Hanul"],
  ["보람", "Boram"], ["누리", "Nuri"],
];
const SUFFIXES: Array<[string, string]> = [
  ["정밀", "Precision"], ["산업", "Industrial"], ["테크", "Tech"], ["전자", "Electronics"], ["바이오", "Bio"], ["메디칼", "Medical"],
  ["소재", "Materials"], ["에너지", "Energy"], ["기계", "Machinery"], ["화학", "Chemical"], ["식품", "Foods"], ["시스템", "Systems"],
];

export interface SearchBenchRow {
  task: string;
  names: number;
  /** Median ms (for "build index": over `runs` builds). */
  ms: number;
  /** Companies matching the query (limit not applied); 0 for the build. */
  matches: number;
}

export function searchEntries(n: number, seed = 7): SearchEntry[] {
  const rng = new Random(seed, 0x5ea2);
  const entries: SearchEntry[] = [];
  for (let i = 1; i <= n; i++) {
    const [p, pe] = rng.pick(PREFIXES);
    const [s, se] = rng.pick(SUFFIXES);
    const u = rng.next();
    const name = u < 0.05 ? `(주)${p}${s} ${i}` : u < 0.1 ? `주식회사 ${p}${s} ${i}` : `${p}${s} ${i}`;
    const entry: SearchEntry = { id: `syn-${String(i).padStart(6, "0")}`, name };
    if (rng.next() < 0.5) entry.nameEn = `${pe} ${se} Co., Ltd.`;
    entries.push(entry);
  }
  return entries;
}

const QUERIES: Array<[string, string]> = [
  ["initials, 4 (ㄷㅎㅈㅁ)", "ㄷㅎㅈㅁ"],
  ["initials, 1 (ㅅ): worst case", "ㅅ"],
  ["initials + digits (ㅅㅈㅌㅋ12)", "ㅅㅈㅌㅋ12"],
  ["syllable prefix (대한정)", "대한정"],
  ["half-typed syllable (대한저)", "대한저"],
  ["mixed (대한ㅈㅁ)", "대한ㅈㅁ"],
  ["English (sejin tech)", "sejin tech"],
  ["id (syn-0432)", "syn-0432"],
];

export async function benchSearch(names = 100_000, runs = 51): Promise<SearchBenchRow[]> {
  const entries = searchEntries(names);
  const buildTimes: number[] = [];
  let index = buildSearchIndex(entries);
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    index = buildSearchIndex(entries);
    buildTimes.push(performance.now() - start);
  }
  const rows: SearchBenchRow[] = [{ task: "build index", names, ms: median(buildTimes), matches: 0 }];
  const plain = entries.slice(Math.floor(names / 2)).find((e) => !/^[(주]/.test(e.name)) ?? entries[0]!;
  const exact = `㈜${plain.name}`;
  for (const [task, query] of [...QUERIES, [`exact name (${exact})`, exact] as [string, string]]) {
    const ms = await timeMedian(runs, () => search(index, query, 20), 3);
    rows.push({ task: `query: ${task}, top 20`, names, ms, matches: search(index, query, Number.POSITIVE_INFINITY).length });
  }
  return rows;
}

export function searchTable(rows: readonly SearchBenchRow[]): string[] {
  return [
    "| company search (Node) | names | matches | median |",
    "|---|---:|---:|---:|",
    ...rows.map((r) => `| ${r.task} | ${r.names} | ${r.task === "build index" ? "–" : r.matches} | ${r.ms < 1 ? `${r.ms.toFixed(2)} ms` : fmt(r.ms)} |`),
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"))) {
  console.log(searchTable(await benchSearch()).join("\n"));
}
