/**
 * Estimated cost of one run at the public list prices (us-east-1), as a Standard and as an
 * Express workflow. An estimate: free tiers, volume tiers and service integration charges are
 * left out; the assumptions are listed for the UI.
 */

export const PRICES = {
  /** Standard: $0.025 per 1,000 state transitions (retries count). */
  standardPerTransition: 0.000025,
  /** Express: $1.00 per million requests. */
  expressPerRequest: 1 / 1_000_000,
  /** Express: first-tier duration price, per GB-second. */
  expressPerGbSecond: 0.00001667,
  /** Express duration is rounded up to the next 100 ms. */
  expressRoundingMs: 100,
  /** Express memory is billed in 64 MB chunks. */
  expressMemoryChunkMb: 64,
} as const;

export const COST_ASSUMPTIONS = [
  'List prices of us-east-1; free tier (4,000 Standard transitions a month) and volume tiers ignored.',
  'Standard: $0.000025 per state transition, retries included.',
  'Express: $1.00 per million requests plus $0.00001667 per GB-second (first tier), duration rounded up to 100 ms.',
  'Express memory: 50 MB + definition size + payload size × states run inside Map/Parallel, billed in 64 MB chunks.',
  'Duration is the simulated duration of this run; Task integrations (Lambda, DynamoDB, …) are billed separately.',
] as const;

export interface CostInput {
  transitions: number;
  retries: number;
  durationMs: number;
  /** Bytes of the definition JSON. */
  definitionBytes?: number;
  /** Bytes of the largest payload seen. */
  payloadBytes?: number;
  /** States run inside Map iterations and Parallel branches. */
  nestedSteps?: number;
}

export interface CostEstimate {
  standard: number;
  express: number;
  billedTransitions: number;
  expressBilledMs: number;
  expressBilledMb: number;
  expressRequest: number;
  expressDuration: number;
}

/** Express memory estimate in MB, rounded up to the billing chunk. */
export function expressBilledMemoryMb(definitionBytes = 0, payloadBytes = 0, nestedSteps = 0): number {
  const mb = 50 + (definitionBytes + payloadBytes * nestedSteps) / (1024 * 1024);
  return Math.ceil(mb / PRICES.expressMemoryChunkMb) * PRICES.expressMemoryChunkMb;
}

export function estimateCost(input: CostInput): CostEstimate {
  const billedTransitions = input.transitions + input.retries;
  const expressBilledMs = Math.max(PRICES.expressRoundingMs, Math.ceil(input.durationMs / PRICES.expressRoundingMs) * PRICES.expressRoundingMs);
  const expressBilledMb = expressBilledMemoryMb(input.definitionBytes, input.payloadBytes, input.nestedSteps);
  const expressDuration = (expressBilledMs / 1000) * (expressBilledMb / 1024) * PRICES.expressPerGbSecond;
  return {
    standard: billedTransitions * PRICES.standardPerTransition,
    express: PRICES.expressPerRequest + expressDuration,
    billedTransitions,
    expressBilledMs,
    expressBilledMb,
    expressRequest: PRICES.expressPerRequest,
    expressDuration,
  };
}

/** `$0.000123` with enough digits to show tiny amounts. */
export function formatUsd(amount: number): string {
  if (amount === 0) return '$0';
  if (amount >= 0.01) return `$${amount.toFixed(2)}`;
  return `$${amount.toPrecision(3)}`;
}
