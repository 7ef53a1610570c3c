/** Reading a downloaded `*.sfn-test.json` in a spec: JSON, valid against the test file schema (Ajv), as a suite. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { expect } from '@playwright/test';
import type { SfnTestFile } from '../src/testing/format';

const here = dirname(fileURLToPath(import.meta.url));
const SCHEMA = JSON.parse(readFileSync(resolve(here, '../src/testing/sfn-test.schema.json'), 'utf8')) as Record<string, unknown>;

export function readTestFile(text: string): SfnTestFile {
  const value = JSON.parse(text) as unknown;
  const validate = new Ajv({ strict: false }).compile(SCHEMA);
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  return value as SfnTestFile;
}
