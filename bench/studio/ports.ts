/** Private ports of the bench servers (4210-4219 belong to the bench); env overrides. */
export const STUDIO_PORT = Number(process.env['BENCH_STUDIO_PORT'] ?? 4210);
export const VIEWER_PORT = Number(process.env['BENCH_VIEWER_PORT'] ?? 4211);
