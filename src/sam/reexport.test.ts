/**
 * Re-exporting an imported template keeps the user's definition text: concrete ARNs and names stay
 * where the user wrote them (no new parameters) unless the export is asked to extract them.
 * Round trip over every template and definition the test suite holds: import → export into the
 * imported template → import gives the same definition, substitutions and settings.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { CONFORMANCE_CASES, FIXTURES_DIR } from '../testing/fixturePaths';
import { buildSamTemplate } from './buildTemplate';
import { readTemplate, type ImportedStateMachine, type ReadTemplateResult } from './readTemplate';
import type { SamExportOptions } from './settings';
import { fixtureDefinitions, integrationDefinitions, samSchemaErrors } from './testing';

/** A SAM template holding `definition` inline, as a user would have written it. */
function templateWith(definition: StateMachine): string {
  return JSON.stringify({ Transform: 'AWS::Serverless-2016-10-31', Resources: { Flow: { Type: 'AWS::Serverless::StateMachine', Properties: { Definition: definition } } } }, null, 2);
}

function reexport(imported: ReadTemplateResult, sm: ImportedStateMachine, extra: SamExportOptions = {}) {
  return buildSamTemplate(sm.definition, {
    ...sm.settings,
    logicalId: sm.logicalId,
    format: sm.resourceType === 'AWS::StepFunctions::StateMachine' ? 'cloudformation' : 'sam',
    ...(sm.source === 'DefinitionUri' ? { definitionMode: 'uri' as const } : {}),
    ...(imported.template ? { baseTemplate: imported.template } : {}),
    ...extra,
  });
}

/** The template files under fixtures/sam/import (a folder = a template plus its DefinitionUri files). */
function importFixtures(): [string, string, Record<string, string>][] {
  const dir = join(FIXTURES_DIR, 'sam', 'import');
  return readdirSync(dir).sort().flatMap((name): [string, string, Record<string, string>][] => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const files: Record<string, string> = {};
      const walk = (sub: string) => {
        for (const f of readdirSync(join(path, sub))) {
          const rel = sub ? `${sub}/${f}` : f;
          if (statSync(join(path, rel)).isDirectory()) walk(rel);
          else files[rel] = readFileSync(join(path, rel), 'utf8');
        }
      };
      walk('');
      return files['template.yaml'] ? [[name, files['template.yaml'], files]] : [];
    }
    return /\.(ya?ml|json)$/.test(name) ? [[name, readFileSync(path, 'utf8'), {}]] : [];
  });
}

function conformanceDefinitions(): [string, StateMachine][] {
  const seen = new Set<string>();
  return readFileSync(CONFORMANCE_CASES, 'utf8').split('\n').filter((l) => l.trim() !== '').flatMap((line): [string, StateMachine][] => {
    const c = JSON.parse(line) as { id: string; definition: StateMachine };
    const key = JSON.stringify(c.definition);
    if (seen.has(key)) return [];
    seen.add(key);
    return [[c.id, c.definition]];
  });
}

/**
 * The same values; the export may only add a parameter (`!Ref Name`) for a placeholder the
 * imported template left without any value (that template could not deploy as it was).
 */
function sameSubstitutions(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  return Object.entries(after).every(([k, v]) => (k in before ? JSON.stringify(before[k]) === JSON.stringify(v) : JSON.stringify(v) === JSON.stringify({ Ref: k })))
    && Object.keys(before).every((k) => k in after);
}

function withoutSubstitutions<T extends { substitutions?: unknown }>(settings: T): Omit<T, 'substitutions'> {
  const { substitutions: _s, ...rest } = settings;
  return rest;
}

describe('re-export into the imported template keeps the definition text', () => {
  const sources: [string, string, Record<string, string>][] = [
    ...importFixtures().map(([n, t, f]) => [`import/${n}`, t, f] as [string, string, Record<string, string>]),
    ...[...fixtureDefinitions('asl'), ...fixtureDefinitions('sam/definitions'), ...integrationDefinitions(), ...conformanceDefinitions()]
      .map(([n, d]) => [n, templateWith(d), {}] as [string, string, Record<string, string>]),
  ];

  it(`import → export → import gives the same definition, substitutions and settings (${sources.length} templates)`, () => {
    let machines = 0;
    let withLiterals = 0;
    const failures: string[] = [];
    for (const [name, text, files] of sources) {
      const imported = readTemplate(text, files);
      for (const sm of imported.stateMachines) {
        machines++;
        const out = reexport(imported, sm);
        const again = readTemplate(out.files['template.yaml'] as string, out.files).stateMachines.find((m) => m.logicalId === sm.logicalId);
        if (JSON.stringify(again?.definition) !== JSON.stringify(sm.definition)) failures.push(`${name}#${sm.logicalId}: definition`);
        else if (!sameSubstitutions(sm.substitutions, again?.substitutions ?? {})) failures.push(`${name}#${sm.logicalId}: substitutions`);
        else expect(withoutSubstitutions(again!.settings), name).toEqual(withoutSubstitutions(sm.settings));
        if (reexport(imported, sm, { extractLiterals: true }).placeholders.some((p) => !p.existing)) withLiterals++;
      }
    }
    console.log(`re-export round trip: ${machines - failures.length}/${machines} state machines identical; ${withLiterals} hold concrete ARNs/names that "extract" would move into parameters`);
    expect(failures).toEqual([]);
    // The corpus does exercise the rule: many definitions hold concrete ARNs.
    expect(withLiterals).toBeGreaterThan(50);
  });

  it('moves literals into parameters only when asked, and both templates pass the SAM schema', () => {
    const definition = integrationDefinitions().find(([, d]) => JSON.stringify(d).includes('arn:aws:lambda'))![1];
    const imported = readTemplate(templateWith(definition));
    const sm = imported.stateMachines[0]!;
    const kept = reexport(imported, sm);
    expect(kept.placeholders.filter((p) => !p.existing)).toEqual([]);
    expect(kept.definition).toEqual(definition);
    expect(samSchemaErrors(kept.template)).toEqual([]);
    const extracted = reexport(imported, sm, { extractLiterals: true });
    expect(extracted.placeholders.filter((p) => !p.existing).length).toBeGreaterThan(0);
    expect(JSON.stringify(extracted.definition)).toContain('${');
    expect(Object.keys(extracted.template.Parameters ?? {}).length).toBeGreaterThan(0);
    expect(samSchemaErrors(extracted.template)).toEqual([]);
    // A new template (no imported one) still gets parameters by default, as before.
    expect(buildSamTemplate(definition, {}).placeholders.some((p) => !p.existing)).toBe(true);
  });
});
