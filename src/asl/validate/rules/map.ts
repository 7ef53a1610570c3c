/**
 * Map states: ItemProcessor (or legacy Iterator, not both), ProcessorConfig, and the fields of a
 * distributed Map (ItemReader, ItemBatcher, ResultWriter, tolerated failures, Label).
 */
import type { JsonPath, StateInfo, ValidationContext } from '../context';
import { isObj } from '../context';

const DISTRIBUTED_ONLY = ['ItemReader', 'ItemBatcher', 'ResultWriter', 'ToleratedFailureCount', 'ToleratedFailureCountPath',
  'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'Label'];
const INPUT_TYPES = ['CSV', 'JSON', 'JSONL', 'MANIFEST', 'PARQUET'];
// Map Run labels: at most 40 characters, none of whitespace, wildcards, brackets, quotes or control characters.
const LABEL_FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/;

function isValidLabel(label: string): boolean {
  const chars = [...label];
  return chars.length >= 1 && chars.length <= 40 && !LABEL_FORBIDDEN.test(label)
    && chars.every((c) => { const code = c.codePointAt(0) ?? 0; return code > 0x1f && (code < 0x7f || code > 0x9f); });
}

function checkProcessor(ctx: ValidationContext, s: StateInfo): string | undefined {
  const { state } = s;
  const hasProcessor = 'ItemProcessor' in state;
  const hasIterator = 'Iterator' in state;
  if (!hasProcessor && !hasIterator) ctx.report('MAP_PROCESSOR_MISSING', s.jsonPath);
  if (hasProcessor && hasIterator) ctx.report('MAP_PROCESSOR_AND_ITERATOR', [...s.jsonPath, 'Iterator']);
  const key = hasProcessor ? 'ItemProcessor' : 'Iterator';
  const proc = state[key];
  if (!hasProcessor && !hasIterator) return undefined;
  if (!isObj(proc)) {
    ctx.report('INVALID_FIELD_TYPE', [...s.jsonPath, key], key, 'an object with StartAt and States');
    return undefined;
  }
  if (!('ProcessorConfig' in proc)) return 'INLINE';
  const config = proc.ProcessorConfig;
  const path = [...s.jsonPath, key, 'ProcessorConfig'];
  if (!isObj(config)) {
    ctx.report('INVALID_FIELD_TYPE', path, 'ProcessorConfig', 'an object');
    return undefined;
  }
  if ('Mode' in config && config.Mode !== 'INLINE' && config.Mode !== 'DISTRIBUTED') {
    ctx.report('INVALID_PROCESSOR_CONFIG', [...path, 'Mode'], 'Mode', 'INLINE, DISTRIBUTED');
  }
  if ('ExecutionType' in config && config.ExecutionType !== 'STANDARD' && config.ExecutionType !== 'EXPRESS') {
    ctx.report('INVALID_PROCESSOR_CONFIG', [...path, 'ExecutionType'], 'ExecutionType', 'STANDARD, EXPRESS');
  }
  if (config.Mode === 'DISTRIBUTED' && !('ExecutionType' in config)) ctx.report('DISTRIBUTED_EXECUTION_TYPE_MISSING', path);
  return typeof config.Mode === 'string' ? config.Mode : 'INLINE';
}

function checkLanguageKeys(ctx: ValidationContext, s: StateInfo, obj: Record<string, unknown>, path: JsonPath): void {
  if (s.queryLanguage === 'JSONata' && 'Parameters' in obj) ctx.report('JSONPATH_FIELD_IN_JSONATA', [...path, 'Parameters'], 'Parameters');
  if (s.queryLanguage === 'JSONPath' && 'Arguments' in obj) ctx.report('JSONATA_FIELD_IN_JSONPATH', [...path, 'Arguments'], 'Arguments');
}

function checkItemReader(ctx: ValidationContext, s: StateInfo, reader: Record<string, unknown>, path: JsonPath): void {
  if (typeof reader.Resource !== 'string') ctx.report('ITEM_READER_INVALID', path, 'Resource is required (an arn:aws:states:::s3:… ARN).');
  checkLanguageKeys(ctx, s, reader, path);
  const config = reader.ReaderConfig;
  if (!('ReaderConfig' in reader)) return;
  if (!isObj(config)) {
    ctx.report('ITEM_READER_INVALID', [...path, 'ReaderConfig'], 'ReaderConfig must be an object.');
    return;
  }
  if ('InputType' in config && !INPUT_TYPES.includes(config.InputType as string)) {
    ctx.report('ITEM_READER_INVALID', [...path, 'ReaderConfig', 'InputType'], `InputType must be one of ${INPUT_TYPES.join(', ')}.`);
  }
  if ('CSVHeaderLocation' in config && config.CSVHeaderLocation !== 'FIRST_ROW' && config.CSVHeaderLocation !== 'GIVEN') {
    ctx.report('ITEM_READER_INVALID', [...path, 'ReaderConfig', 'CSVHeaderLocation'], 'CSVHeaderLocation must be FIRST_ROW or GIVEN.');
  }
  if (config.CSVHeaderLocation === 'GIVEN' && !Array.isArray(config.CSVHeaders)) {
    ctx.report('ITEM_READER_INVALID', [...path, 'ReaderConfig'], 'CSVHeaderLocation GIVEN needs CSVHeaders (an array of column names).');
  }
  if ('MaxItems' in config && 'MaxItemsPath' in config) ctx.report('MUTUALLY_EXCLUSIVE_FIELDS', [...path, 'ReaderConfig', 'MaxItemsPath'], 'MaxItems', 'MaxItemsPath');
}

function checkItemBatcher(ctx: ValidationContext, s: StateInfo, batcher: Record<string, unknown>, path: JsonPath): void {
  const limits = ['MaxItemsPerBatch', 'MaxItemsPerBatchPath', 'MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'];
  for (const key of Object.keys(batcher)) {
    if (!limits.includes(key) && key !== 'BatchInput') ctx.report('ITEM_BATCHER_INVALID', [...path, key], `"${key}" is not a field of ItemBatcher.`);
    if (key.endsWith('Path') && s.queryLanguage === 'JSONata') ctx.report('JSONPATH_FIELD_IN_JSONATA', [...path, key], key);
  }
  if (!limits.some((k) => k in batcher)) ctx.report('ITEM_BATCHER_INVALID', path, 'set MaxItemsPerBatch or MaxInputBytesPerBatch (or their …Path).');
}

function checkResultWriter(ctx: ValidationContext, s: StateInfo, writer: Record<string, unknown>, path: JsonPath): void {
  if (!('Resource' in writer) && !('WriterConfig' in writer)) ctx.report('RESULT_WRITER_INVALID', path, 'needs Resource or WriterConfig.');
  if ('Resource' in writer && typeof writer.Resource !== 'string') ctx.report('RESULT_WRITER_INVALID', [...path, 'Resource'], 'Resource must be a string.');
  checkLanguageKeys(ctx, s, writer, path);
  const config = writer.WriterConfig;
  if (isObj(config)) {
    if ('OutputType' in config && config.OutputType !== 'JSON' && config.OutputType !== 'JSONL') {
      ctx.report('RESULT_WRITER_INVALID', [...path, 'WriterConfig', 'OutputType'], 'OutputType must be JSON or JSONL.');
    }
    if ('Transformation' in config && !['NONE', 'COMPACT', 'FLATTEN'].includes(config.Transformation as string)) {
      ctx.report('RESULT_WRITER_INVALID', [...path, 'WriterConfig', 'Transformation'], 'Transformation must be NONE, COMPACT or FLATTEN.');
    }
  }
}

export function map(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    if (s.state.Type !== 'Map') continue;
    const mode = checkProcessor(ctx, s);
    const { state } = s;
    if (mode === 'INLINE') {
      for (const field of DISTRIBUTED_ONLY) if (field in state) ctx.report('DISTRIBUTED_FIELD_IN_INLINE_MAP', [...s.jsonPath, field], field);
    }
    if (isObj(state.ItemReader)) checkItemReader(ctx, s, state.ItemReader, [...s.jsonPath, 'ItemReader']);
    if (isObj(state.ItemBatcher)) checkItemBatcher(ctx, s, state.ItemBatcher, [...s.jsonPath, 'ItemBatcher']);
    if (isObj(state.ResultWriter)) checkResultWriter(ctx, s, state.ResultWriter, [...s.jsonPath, 'ResultWriter']);
    if (typeof state.Label === 'string' && !isValidLabel(state.Label)) ctx.report('INVALID_MAP_LABEL', [...s.jsonPath, 'Label']);
  }
}
