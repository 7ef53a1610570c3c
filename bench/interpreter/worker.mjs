/**
 * One benchmark run in a fresh process: `node worker.mjs <studio|peer> <W1..W5>`
 * (`BENCH_STUDIO_LIB=/abs/path/index.js` runs another build of the engine).
 * Prints one JSON line: { ok, ms, transitions, maxRssMb }.
 */
import { WORKLOADS } from './workloads.mjs';

const [engine, id] = process.argv.slice(2);
const workload = WORKLOADS[id].make();

async function runStudio() {
  // BENCH_STUDIO_LIB: another build of the library (absolute path), to compare engine versions.
  const { startExecution } = await import(process.env.BENCH_STUDIO_LIB ?? '../../dist-lib/index.js');
  const options = { maxEvents: Number.POSITIVE_INFINITY, maxTransitions: 10_000_000 };
  if (workload.handler) options.taskHandlers = { [workload.handlerState]: workload.handler };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await startExecution(workload.definition, workload.input, options).result;
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  if (result.status !== 'SUCCEEDED') throw new Error(`${result.status}: ${result.error} ${result.cause}`);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, output: result.output };
}

async function runPeer() {
  if (!Promise.withResolvers) {
    Promise.withResolvers = function withResolvers() {
      let resolve, reject;
      const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
      return { promise, resolve, reject };
    };
  }
  const { StateMachine } = await import('aws-local-stepfunctions');
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const sm = new StateMachine(workload.definition, { validationOptions: { checkArn: false, checkPaths: false } });
  const overrides = {};
  if (workload.handler) overrides.taskResourceLocalHandlers = { [workload.handlerState]: async (input) => workload.handler(input) };
  const execution = sm.run(workload.input, { overrides });
  const output = await execution.result;
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, output };
}

try {
  const { ms, cpuMs, output } = engine === 'studio' ? await runStudio() : await runPeer();
  const ok = workload.check(output);
  console.log(JSON.stringify({ ok, ms, cpuMs, transitions: workload.transitions, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: String(e?.message ?? e).slice(0, 300) }));
}
