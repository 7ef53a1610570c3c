/**
 * Where a Map's items come from besides the state input: a Distributed Map `ItemReader` (answered
 * by the mock of the Map state, since nothing here reads S3), its `ReaderConfig` (CSV, JSON,
 * JSONL, MaxItems), and `ItemBatcher` batches.
 */
import type { ItemBatcher, ItemReader } from '../../../asl/types';
import { StatesError } from '../../../asl/statesError';
import { jsonByteSize } from '../../limits';
import type { StateRun } from '../fields';

const DELIMITERS: Record<string, string> = { COMMA: ',', PIPE: '|', SEMICOLON: ';', SPACE: ' ', TAB: '\t' };

function splitCsvLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function parseCsv(text: string, config: NonNullable<ItemReader['ReaderConfig']>): Record<string, string>[] {
  const delimiter = DELIMITERS[String(config.CSVDelimiter ?? 'COMMA')] ?? ',';
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  let headers = Array.isArray(config.CSVHeaders) ? config.CSVHeaders : undefined;
  if (config.CSVHeaderLocation !== 'GIVEN' || !headers) headers = splitCsvLine(lines.shift() ?? '', delimiter);
  return lines.map((line) => {
    const cells = splitCsvLine(line, delimiter);
    const row: Record<string, string> = {};
    headers!.forEach((h, i) => (row[h] = cells[i] ?? ''));
    return row;
  });
}

/** Reads the items of a Distributed Map's ItemReader from its mock (`Return`: array, text or S3 listing). */
export function readItems(run: StateRun, reader: ItemReader, maxItems: number | undefined): unknown[] {
  const response = run.rt.mocks.answer(run.name, run.rt.nextInvocation(`${run.path}#ItemReader`));
  if (!response) {
    // The default-mock policy covers the reader like any Task: a real workflow runs with default
    // mocks instead of failing on its S3 read.
    if ((run.rt.options.defaultMockPolicy ?? 'fail') !== 'fail') return sliceItems(run.rt.options.defaultReaderItems ?? [], maxItems);
    throw new StatesError('States.Runtime', `No mock answers the ItemReader of Map state '${run.name}'. Add a mock for '${run.name}' whose Return is the items (an array, or CSV/JSON/JSONL text), or choose a default-mock policy.`);
  }
  if ('Throw' in response) throw new StatesError(response.Throw.Error ?? 'States.ItemReaderFailed', response.Throw.Cause ?? '');
  const data = response.Return;
  const config = reader.ReaderConfig ?? {};
  let items: unknown;
  if (typeof data === 'string') {
    const type = config.InputType ?? 'JSON';
    if (type === 'CSV') items = parseCsv(data, config);
    else if (type === 'JSONL') items = data.split(/\r?\n/).filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
    else items = JSON.parse(data);
  } else if (data && typeof data === 'object' && !Array.isArray(data) && Array.isArray((data as { Contents?: unknown }).Contents)) {
    items = (data as { Contents: unknown[] }).Contents;
  } else items = data;
  if (!Array.isArray(items)) throw new StatesError('States.ItemReaderFailed', 'The ItemReader data is not an array of items.');
  return sliceItems(items, maxItems);
}

function sliceItems(items: unknown[], maxItems: number | undefined): unknown[] {
  return maxItems !== undefined && maxItems > 0 ? items.slice(0, maxItems) : items;
}

/** Groups items into `{ Items, BatchInput? }` batches (`MaxItemsPerBatch`, `MaxInputBytesPerBatch`). */
export function batchItems(items: unknown[], batcher: ItemBatcher, maxItems: number | undefined, maxBytes: number | undefined, batchInput: unknown): unknown[] {
  const batches: unknown[] = [];
  let current: unknown[] = [];
  let bytes = 0;
  const flush = () => {
    if (current.length === 0) return;
    batches.push(batchInput === undefined ? { Items: current } : { BatchInput: batchInput, Items: current });
    current = [];
    bytes = 0;
  };
  for (const item of items) {
    const size = jsonByteSize(item) + 1;
    if (current.length > 0 && ((maxItems !== undefined && current.length >= maxItems) || (maxBytes !== undefined && bytes + size > maxBytes))) flush();
    current.push(item);
    bytes += size;
  }
  flush();
  void batcher;
  return batches;
}
