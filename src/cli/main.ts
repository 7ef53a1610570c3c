#!/usr/bin/env node
/**
 * `asl-studio` executable: wires the CLI to the process (argv, stdio, files, exit code).
 */
import { cli } from './cli';
import { nodeTestIo } from './nodeTestIo';
import { readTextFile } from './readText';
import '../asl/nodeParsers';

const code = await cli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: readTextFile,
  test: nodeTestIo(),
});
process.exitCode = code;
