/**
 * The value behind each `${Placeholder}`: a template `Parameters` entry (default = the concrete
 * value), a generated stand-in resource (`!GetAtt`/`!Ref`), or the intrinsic the user gave.
 */
import { isObject, ref, type TemplateObject, type TemplateValue } from './intrinsics';
import { pascalCase, RESOURCE_KINDS } from './resourceKinds';
import type { PlaceholderInfo } from './substitutions';

export interface SubstitutionPlan {
  /** `DefinitionSubstitutions` entries. */
  substitutions: Record<string, TemplateValue>;
  parameters: Record<string, TemplateObject>;
  resources: Record<string, TemplateObject>;
  /** Concrete value behind each placeholder, when known (for policy parameters). */
  literals: Record<string, string>;
}

export interface PlanOptions {
  /** Values from the settings, by placeholder name. */
  given: Record<string, unknown>;
  generateResources: boolean;
  /** Logical ids already used in the template. */
  taken: Set<string>;
  /** Parameters of the base template (kept when they already hold the value). */
  baseParameters: Record<string, unknown>;
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  taken.add(id);
  return id;
}

/** Decide the value of every placeholder. */
export function planSubstitutions(placeholders: Iterable<PlaceholderInfo>, options: PlanOptions): SubstitutionPlan {
  const plan: SubstitutionPlan = { substitutions: {}, parameters: {}, resources: {}, literals: {} };
  const { taken, baseParameters } = options;

  const parameterFor = (name: string, literal: string | undefined, description: string): TemplateValue => {
    // CloudFormation does not substitute inside a parameter's Default, so a value still holding
    // `${…}` would deploy literally; as an Fn::Sub it deploys with the variables filled in.
    if (literal !== undefined && /\$\{[^}]*\}/.test(literal)) return { 'Fn::Sub': literal };
    const existing = baseParameters[name];
    if (isObject(existing) && (literal === undefined || existing.Default === literal)) return ref(name);
    const id = taken.has(name) && !(name in baseParameters) ? unique(`${name}Param`, taken) : name;
    taken.add(id);
    plan.parameters[id] = { Type: 'String', ...(literal !== undefined ? { Default: literal } : {}), Description: description };
    return ref(id);
  };

  const remaining = new Map(Object.entries(options.given));
  for (const info of placeholders) {
    const given = remaining.get(info.name);
    remaining.delete(info.name);
    if (!info.existing && info.literal !== undefined) {
      plan.literals[info.name] = info.literal;
      const stand = RESOURCE_KINDS[info.kind].placeholder;
      if (options.generateResources && stand && info.form) {
        const base = pascalCase(info.resourceName ?? info.name) || 'Resource';
        const label = RESOURCE_KINDS[info.kind].label;
        const id = unique(base.endsWith(label) ? base : `${base}${label}`, taken);
        plan.resources[id] = { Type: stand.type, Properties: stand.properties(id) };
        plan.substitutions[info.name] = stand.value(info.form, id);
      } else {
        plan.substitutions[info.name] = parameterFor(info.name, info.literal, `Replaces \${${info.name}} in the state machine definition`);
      }
      continue;
    }
    setGiven(info.name, given);
  }
  // Values the settings hold for placeholders no longer in the definition are kept (harmless, and
  // they survive a round trip).
  for (const [name, given] of remaining) setGiven(name, given);
  return plan;

  function setGiven(name: string, given: unknown): void {
    if (typeof given === 'string') {
      plan.literals[name] = given;
      plan.substitutions[name] = parameterFor(name, given, `Value of \${${name}} in the definition`);
    } else if (given === undefined || given === null) {
      plan.substitutions[name] = parameterFor(name, undefined, `Value of \${${name}} in the definition (required at deploy time)`);
    } else {
      plan.substitutions[name] = given as TemplateValue;
    }
  }
}
