#!/usr/bin/env node
/**
 * `asl-studio` executable: wires the CLI to the process (argv, stdio, files, exit code).
 */
import { readFile } from 'node:fs/promises';
import { cli } from './cli';
import { nodeTestIo } from './nodeTestIo';
import { loadYaml } from '../asl/yamlSupport';
import { loadJsonataSyntax } from '../asl/validate/jsonataSyntax';

await Promise.all([loadYaml(), loadJsonataSyntax()]);

const code = await cli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  test: nodeTestIo(),
});
process.exitCode = code;
