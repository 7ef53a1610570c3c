/** The one table `npm run bench` prints (Markdown, so README.md can carry it as is). */

const ms = (v) => {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  return `${(Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10).toLocaleString('en')} ms`;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');
const n = (v) => Number(v).toLocaleString('en');

function interpreterRows(interpreter) {
  if (!interpreter) return [];
  return Object.entries(interpreter.results).map(([id, r]) => {
    const side = (s) => `${ms(s.ms)} · ${n(s.transitionsPerSecond)} tr/s · ${s.peakRssMb} MB`;
    let studio = side(r.studio);
    let target = `≥ 5×${mark(r.ratio >= 5)}`;
    if (id === 'W4') {
      const perState = r.studio.ms / 500;
      studio += ` · ${perState.toFixed(2)} ms/state`;
      target += `; < 1 ms/state${mark(perState < 1)}`;
    }
    return [`Interpreter ${id}: ${r.title} (${n(r.transitions)} transitions)`, studio, `aws-local-stepfunctions ${side(r.peer)}`, `${r.ratio}×`, target];
  });
}

function loadRows(load) {
  if (!load) return [];
  const rows = [];
  for (const [size, s] of Object.entries(load.sizes)) {
    const target = size === '200' ? 400 : size === '1000' ? 1500 : undefined;
    const goals = [];
    if (target) goals.push(`< ${n(target)} ms${mark(s.studioMs < target)}`);
    goals.push(`faster than peer${mark(s.viewerOverStudio === null ? undefined : s.viewerOverStudio > 1)}`);
    rows.push([
      `Load → laid-out canvas, ${n(size)} states`,
      `${ms(s.studioMs)} (layout ${ms(s.studioLayoutMs)}; ${n(s.studioDomNodes)} nodes drawn)`,
      s.viewerError ? `asl-viewer failed: ${s.viewerError}` : `asl-viewer ${ms(s.viewerMs)} (${n(s.viewerDomNodes)} nodes drawn)`,
      s.viewerOverStudio === null ? '—' : `${s.viewerOverStudio}×`,
      goals.join('; '),
    ]);
  }
  const crossings = (key) => Object.values(load.sizes).map((s) => (s[key] ? `${s[key].edgesThrough}/${s[key].edges}` : '—')).join(' · ');
  const clean = Object.values(load.sizes).every((s) => s.studioCrossings && s.studioCrossings.hits === 0);
  rows.push([`Edges through node boxes (${Object.keys(load.sizes).map(n).join(' · ')} states)`, crossings('studioCrossings'), `asl-viewer ${crossings('viewerCrossings')}`, '—', `none${mark(clean)}`]);
  return rows;
}

function syncRows(sync) {
  if (!sync) return [];
  const rows = [];
  for (const [size, s] of Object.entries(sync.codeToCanvas)) {
    const small = size === '200';
    rows.push([`Code → canvas, ${n(size)} states, field edit`, ms(s.fieldMs), '—', '—', small ? `< 50 ms${mark(s.fieldMs < 50)}` : '']);
    rows.push([`Code → canvas, ${n(size)} states, state added`, ms(s.structureMs), '—', '—', small ? `< 400 ms${mark(s.structureMs < 400)}` : '']);
  }
  const c = sync.canvasToCode;
  rows.push([`Canvas → code, ${n(c.states)} states, inspector edit (store + text patch)`,
    `${ms(c.storeEditMs)} (setField ${ms(c.setFieldMs)}, text edits ${ms(c.textEditsMs)})`, '—', '—', `< 30 ms${mark(c.storeEditMs < 30)}`]);
  rows.push([`Canvas → code, ${n(c.states)} states, until Monaco shows it (Code mode)`, ms(c.toMonacoMs), '—', '—', '']);
  return rows;
}

function mapRows(mapRun) {
  if (!mapRun) return [];
  return [
    [`Run ${n(mapRun.items)}-item Map in the worker: time to result`, `${ms(mapRun.resultMs)} (engine ${ms(mapRun.workerMs)} ${[...new Set(mapRun.transports ?? [])].filter(Boolean).join('/') || ''}; ${[...new Set(mapRun.statuses)].join(', ')})`, '—', '—', ''],
    ['… longest main-thread frame gap meanwhile', `${ms(mapRun.maxFrameGapMs)} (worst ${ms(mapRun.worstFrameGapMs)}; p95 ${ms(mapRun.p95FrameGapMs)}; idle page ${ms(mapRun.idleMaxFrameGapMs)})`, '—', '—', `≤ 100 ms${mark(mapRun.maxFrameGapMs <= 100)}`],
  ];
}

function historyRows(history) {
  if (!history) return [];
  const size = `${n(history.events)} events, ${(history.bytes / 1e6).toFixed(1)} MB`;
  return [
    [`Open an AWS history (${size}): drop → coloured canvas`, `${ms(history.openMs)} (longest frame gap ${ms(history.openMaxGapMs)})`, '—', '—', `< 1,000 ms${mark(history.openMs < 1000)}`],
    ['… "Replay locally" → verdict shown', `${ms(history.replayMs)} (longest frame gap ${ms(history.replayMaxGapMs)}; match ${[...new Set(history.matches)].join('/')})`, '—', '—', ''],
  ];
}

function heapRows(heap) {
  if (!heap) return [];
  const mib = (v) => (v === null || v === undefined ? '—' : `${v} MiB`);
  return [
    [`Retained heap: one ${n(heap.events ?? 25000)}-event run (2 KB results; page, after GC)`, `${mib(heap.firstRunMiB)} (baseline ${mib(heap.baselineMiB)})`, '—', '—', ''],
    [`… after ${heap.runs} runs (3 keep their history)`, `${mib(heap.afterLastMiB)} over baseline (after 3: ${mib(heap.afterThirdMiB)}; per later run ${mib(heap.perRunAfterCapMiB)}; Design mode ${mib(heap.afterLeavingMiB)})`, '—', '—', 'flat after 3 runs'],
  ];
}

function bundleRows(bundle) {
  if (!bundle) return [];
  return [
    ['Bundle: JavaScript before first paint (gzip)', `${kb(bundle.initialGzipBytes)} (${bundle.initialFiles.length} files; Monaco lazy)`, '—', '—', `< 200 KB${mark(bundle.initialGzipBytes < 200 * 1024)}`],
    ['Bundle: whole app JavaScript (gzip)', `${kb(bundle.wholeGzipBytes)} (${bundle.files} files; Monaco ${kb(bundle.monacoGzipBytes)})`, '—', '—', ''],
  ];
}

/** Renders the report as one Markdown table plus a line on the machine. */
export function renderTable(report) {
  const rows = [
    ...interpreterRows(report.interpreter),
    ...loadRows(report.studio?.load),
    ...syncRows(report.studio?.sync),
    ...mapRows(report.studio?.mapRun),
    ...historyRows(report.studio?.history),
    ...heapRows(report.studio?.heap),
    ...bundleRows(report.bundle),
  ];
  const lines = [
    '| Benchmark | ASL Studio | Peer | Peer ÷ Studio | Target |',
    '| --- | --- | --- | ---: | --- |',
    ...rows.map((r) => `| ${r.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`),
    '',
    `Medians of ${report.runs} runs (interpreter: ${report.interpreter?.runs ?? report.interpreterRuns}); ratios per run, then the median. ` +
      `${report.date.slice(0, 10)} · ${report.machine.cores} cores (${report.machine.cpu}), ${report.machine.memoryGb} GB · ` +
      `Node ${report.machine.node} · Chromium ${report.machine.chromium} · load average ${report.machine.loadavgAtStart.join(' ')} at start, ${(report.machine.loadavgAtEnd ?? []).join(' ')} at end.`,
  ];
  if (report.errors.length > 0) lines.push('', ...report.errors.map((e) => `- not measured: ${e}`));
  return lines.join('\n');
}
