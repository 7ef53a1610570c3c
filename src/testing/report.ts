/**
 * Reports of a test run: a readable one for people (with diffs), JUnit XML for CI systems
 * (GitHub Actions, GitLab, Jenkins), TAP, JSON, and the coverage summary table.
 */
import type { Coverage, CoverageGroup } from '../run/coverage';
import { formatProblem } from './parse';
import type { TestFileResult } from './runner';

export type ReporterName = 'pretty' | 'junit' | 'json' | 'tap';

function caseCount(results: readonly TestFileResult[]) {
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    if (r.problems.length > 0) failed += 1;
    for (const c of r.cases ?? []) {
      if (c.passed) passed += 1;
      else failed += 1;
    }
  }
  return { passed, failed };
}

function indent(lines: readonly string[], by: string): string[] {
  return lines.map((l) => `${by}${l}`);
}

/** Human report: ✓/✗ per case, each mismatch with its diff, then totals. */
export function prettyReport(results: readonly TestFileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`${printable(r.file)}${r.workflow ? ` (${printable(r.workflow)})` : ''}`);
    for (const p of r.problems) out.push(`  ✗ ${printable(formatProblem(p))}`);
    for (const c of r.cases ?? []) {
      out.push(`  ${c.passed ? '✓' : '✗'} ${printable(c.name)}`);
      for (const m of c.mismatches) {
        out.push(`      ${printable(m.message)}`);
        if (m.diff && m.diff.length > 0) out.push('        (- expected, + actual)', ...indent(m.diff.map(printable), '        '));
      }
    }
  }
  const { passed, failed } = caseCount(results);
  out.push('', `${passed} passed, ${failed} failed`);
  return `${out.join('\n')}\n`;
}

/**
 * Test names, file names and messages come from the user's files: in a terminal their control
 * characters (an ESC sequence can erase a failure line) are shown as escapes, one field per line.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f]/g;

function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => JSON.stringify(c).slice(1, -1));
}

// What XML 1.0 does not allow as a character (control characters, lone surrogates, U+FFFE/U+FFFF):
// one would make the whole report unreadable to a CI server, so it becomes U+FFFD.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function xml(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: also quotes, and line breaks and tabs as references (a parser turns raw ones into spaces). */
function xmlAttr(text: string): string {
  return xml(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/**
 * A TAP description: `#` starts a directive (`# TODO` and `# SKIP` make a failure not count), so
 * it is escaped as the TAP spec says (`\#`, `\\`); a line break would start a forged result line.
 */
function tapText(text: string): string {
  return printable(text.replace(/\\/g, '\\\\').replace(/#/g, '\\#'));
}

/** JUnit XML: one testsuite per test file, one testcase per case, a failure with the diff. */
export function junitReport(results: readonly TestFileResult[]): string {
  const { passed, failed } = caseCount(results);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="asl-studio test" tests="${passed + failed}" failures="${failed}" errors="0">`];
  for (const r of results) {
    const cases = r.cases ?? [];
    const failures = cases.filter((c) => !c.passed).length + (r.problems.length > 0 ? 1 : 0);
    lines.push(`  <testsuite name="${xmlAttr(r.file)}" tests="${cases.length + (r.problems.length > 0 ? 1 : 0)}" failures="${failures}" errors="0">`);
    if (r.problems.length > 0) {
      lines.push(`    <testcase name="test file" classname="${xmlAttr(r.file)}">`);
      lines.push(`      <failure message="${xmlAttr(r.problems[0]!.message)}">${xml(r.problems.map(formatProblem).join('\n'))}</failure>`);
      lines.push('    </testcase>');
    }
    for (const c of cases) {
      const seconds = ((c.result.stopTime - c.result.startTime) / 1000).toFixed(3);
      lines.push(`    <testcase name="${xmlAttr(c.name)}" classname="${xmlAttr(r.file)}" time="${seconds}">`);
      if (!c.passed) {
        const body = c.mismatches.flatMap((m) => [m.message, ...(m.diff ?? [])]).join('\n');
        lines.push(`      <failure message="${xmlAttr(c.mismatches[0]?.message ?? 'failed')}">${xml(body)}</failure>`);
      }
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

/** TAP version 13. */
export function tapReport(results: readonly TestFileResult[]): string {
  const lines: string[] = ['TAP version 13'];
  let n = 0;
  for (const r of results) {
    if (r.problems.length > 0) {
      n += 1;
      lines.push(`not ok ${n} - ${tapText(r.file)}`, '  ---', ...r.problems.map((p) => `  message: ${JSON.stringify(formatProblem(p))}`), '  ...');
    }
    for (const c of r.cases ?? []) {
      n += 1;
      lines.push(`${c.passed ? 'ok' : 'not ok'} ${n} - ${tapText(r.file)} > ${tapText(c.name)}`);
      if (!c.passed) lines.push('  ---', ...c.mismatches.map((m) => `  message: ${JSON.stringify(m.message)}`), '  ...');
    }
  }
  lines.push(`1..${n}`);
  return `${lines.join('\n')}\n`;
}

/** Machine-readable results (events left out; coverage included). */
export function jsonReport(results: readonly TestFileResult[]): string {
  const { passed, failed } = caseCount(results);
  return `${JSON.stringify(
    {
      passed,
      failed,
      files: results.map((r) => ({
        file: r.file,
        workflow: r.workflow,
        problems: r.problems,
        cases: (r.cases ?? []).map((c) => ({
          name: c.name,
          passed: c.passed,
          status: c.result.status,
          output: c.result.output,
          error: c.result.error,
          cause: c.result.cause,
          mismatches: c.mismatches.map(({ what, expected, actual, message }) => ({ what, expected, actual, message })),
        })),
        coverage: r.coverage ? coverageJson(r.coverage) : undefined,
      })),
    },
    null,
    2,
  )}\n`;
}

function groupJson(g: CoverageGroup) {
  return { total: g.total, covered: g.covered, missing: g.items.filter((i) => !i.covered).map((i) => i.label) };
}

/** Coverage of one workflow as JSON: totals and what is missing, per kind. */
export function coverageJson(c: Coverage) {
  return {
    percent: c.percent,
    states: groupJson(c.states),
    transitions: groupJson(c.transitions),
    choiceRules: groupJson(c.choiceRules),
    catchers: groupJson(c.catchers),
    retriers: groupJson(c.retriers),
    bodies: groupJson(c.bodies),
  };
}

function cell(g: CoverageGroup): string {
  return g.total === 0 ? '—' : `${g.covered}/${g.total}`;
}

/** The coverage summary table, one row per workflow. */
export function coverageTable(results: readonly TestFileResult[]): string {
  const header = ['workflow', 'states', 'transitions', 'choice rules', 'catch', 'retry', 'bodies', 'total'];
  const rows = results.filter((r) => r.coverage).map((r) => {
    const c = r.coverage!;
    return [r.workflow ?? r.file, cell(c.states), cell(c.transitions), cell(c.choiceRules), cell(c.catchers), cell(c.retriers), cell(c.bodies), `${c.percent}%`];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return `${[line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n`;
}
