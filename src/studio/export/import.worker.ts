/**
 * Reads an import (templates, ASL files, pasted text) in a worker, so a 5 MB template or a YAML
 * alias bomb (bounded, but seconds of work) never freezes the page; the dialog can cancel it by
 * terminating the worker.
 */
import { readImport, toWire, type ImportSource } from './importModel';

self.onmessage = (event: MessageEvent<{ sources: ImportSource[] }>) => {
  let reply: unknown;
  try {
    reply = { outcome: toWire(readImport(event.data.sources)) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply);
};
// Tells the page the script loaded: an error after this is the reading's, not the worker's start.
(self as unknown as Worker).postMessage({ ready: true });
