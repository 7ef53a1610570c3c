/**
 * Command-line arguments: positional words and `--flag value` / `--flag=value` / boolean flags.
 */

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * Splits argv into positionals and flags.
 * @param booleans flags that never take a value
 * @throws UsageError for an unknown flag or a missing value
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(0, eq) : arg).replace(/^--?/, '');
    if (booleans.includes(name)) {
      flags.set(name, true);
      continue;
    }
    if (!valued.includes(name)) throw new UsageError(`Unknown option '${arg}'.`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`Option '--${name}' needs a value.`);
    flags.set(name, value);
  }
  return { positional, flags };
}
