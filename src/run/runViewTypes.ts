/** Status colours the canvas shows for a run (derived from the run's events, read by the canvas). */
export type RunNodeStatus = 'in-progress' | 'succeeded' | 'failed' | 'caught' | 'cancelled' | 'not-reached';

export interface RunView {
  statuses: Record<string, RunNodeStatus>;
  /** Edge ids (as produced by src/graph) taken so far. */
  takenEdges: string[];
  /** Node id of the state the cursor is on (time travel / stepping). */
  current?: string;
  /** Node id where a replay departed from the recorded execution. */
  diverged?: string;
}

/** Where a canvas reads run colours from: an external store (subscribe + current value). */
export interface RunHighlightsSource {
  subscribe(listener: () => void): () => void;
  /** The same object while the colours stay the same. */
  get(): RunView | null;
}
