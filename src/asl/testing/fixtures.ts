/**
 * Node-only loader of the shared ASL fixtures (`fixtures/asl/*.asl.json`, valid definitions, and
 * `fixtures/asl/invalid/<CODE>[--variant].asl.json`, one per validation code) for any test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StateMachine } from '../types';

export interface ValidFixture {
  /** File name without `.asl.json`, e.g. `contact-form`. */
  name: string;
  file: string;
  text: string;
  definition: StateMachine;
}

export interface InvalidFixture {
  name: string;
  file: string;
  text: string;
  /** The diagnostic code the fixture must produce (from the file name). */
  expectedCode: string;
}

const SUFFIX = '.asl.json';

/** Absolute path of `fixtures/asl` in this repository. */
export function fixturesDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const fromModule = path.resolve(here, '../../../fixtures/asl');
  return existsSync(fromModule) ? fromModule : path.resolve(process.cwd(), 'fixtures/asl');
}

function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(SUFFIX)).sort() : [];
}

/** Every valid fixture, parsed with JSON.parse (they are plain JSON). */
export function loadValidFixtures(): ValidFixture[] {
  const dir = fixturesDir();
  return listFiles(dir).map((file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    return { name: file.slice(0, -SUFFIX.length), file: path.join(dir, file), text, definition: JSON.parse(text) as StateMachine };
  });
}

/** One valid fixture by name (throws when missing). */
export function loadFixture(name: string): ValidFixture {
  const found = loadValidFixtures().find((f) => f.name === name);
  if (!found) throw new Error(`No fixture named ${name} in ${fixturesDir()}`);
  return found;
}

/** Every invalid fixture with the code it must produce (text is kept raw: some are not JSON). */
export function loadInvalidFixtures(): InvalidFixture[] {
  const dir = path.join(fixturesDir(), 'invalid');
  return listFiles(dir).map((file) => {
    const name = file.slice(0, -SUFFIX.length);
    return { name, file: path.join(dir, file), text: readFileSync(path.join(dir, file), 'utf8'), expectedCode: name.split('--')[0] ?? name };
  });
}
