/**
 * `npm run bench:interpreter`: runs W1–W5 through ASL Studio's engine (the built library in
 * dist-lib/) and through `aws-local-stepfunctions`, each run in a fresh child process, the two
 * engines interleaved, RUNS times; prints medians (wall time, transitions/s, peak RSS) and the
 * throughput ratio, and writes bench/results/interpreter.json. BENCH_RUNS sets the number of runs
 * (default 5); BENCH_STUDIO_LIB runs another build of the engine and writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKLOADS } from './workloads.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ENGINES = ['studio', 'peer'];

function once(engine, id) {
  const out = execFileSync(process.execPath, [join(here, 'worker.mjs'), engine, id], { encoding: 'utf8', timeout: 600_000 });
  return JSON.parse(out.trim().split('\n').pop());
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = {};
for (const id of Object.keys(WORKLOADS)) {
  const samples = { studio: [], peer: [] };
  for (let r = 0; r < RUNS; r++) {
    for (const engine of r % 2 === 0 ? ENGINES : [...ENGINES].reverse()) {
      const s = once(engine, id);
      if (!s.ok) throw new Error(`${engine} ${id}: wrong or failed result ${s.error ?? ''}`);
      samples[engine].push(s);
    }
  }
  const summary = {};
  for (const engine of ENGINES) {
    const ms = median(samples[engine].map((s) => s.ms));
    const transitions = samples[engine][0].transitions;
    summary[engine] = {
      ms: Math.round(ms * 10) / 10,
      cpuMs: Math.round(median(samples[engine].map((s) => s.cpuMs)) * 10) / 10,
      transitionsPerSecond: Math.round((transitions / ms) * 1000),
      peakRssMb: Math.round(median(samples[engine].map((s) => s.maxRssMb))),
      runs: samples[engine].map((s) => Math.round(s.ms)),
    };
  }
  results[id] = { title: WORKLOADS[id].title, transitions: samples.studio[0].transitions, ...summary, ratio: Math.round((summary.peer.ms / summary.studio.ms) * 10) / 10, cpuRatio: Math.round((summary.peer.cpuMs / summary.studio.cpuMs) * 10) / 10 };
  process.stderr.write(`${id} done\n`);
}

const rows = Object.entries(results).map(([id, r]) =>
  `| ${id} ${r.title} | ${r.transitions} | ${r.studio.ms} ms (cpu ${r.studio.cpuMs}) | ${r.studio.transitionsPerSecond.toLocaleString('en')} | ${r.studio.peakRssMb} MB | ${r.peer.ms} ms (cpu ${r.peer.cpuMs}) | ${r.peer.transitionsPerSecond.toLocaleString('en')} | ${r.peer.peakRssMb} MB | ${r.ratio}× (cpu ${r.cpuRatio}×) |`,
);
console.log(
  [
    `Interpreter: ASL Studio vs aws-local-stepfunctions (median of ${RUNS}, fresh process per run, interleaved)`,
    '',
    '| workload | transitions | studio | studio tr/s | studio peak RSS | peer | peer tr/s | peer peak RSS | throughput ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `machine: ${os.cpus()[0]?.model ?? 'unknown'} ×${os.cpus().length}, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  ].join('\n'),
);
// A run against another build (BENCH_STUDIO_LIB) is a comparison, not the project's figures.
if (process.env.BENCH_STUDIO_LIB) process.exit(0);
const outDir = join(here, '..', 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'interpreter.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadavg: os.loadavg(), runs: RUNS, results }, null, 2)}\n`,
);
