/**
 * Values of definition substitutions as the user types them: plain text is a literal (exported as
 * a template parameter's default), `!Ref X` / `!GetAtt X.Arn` / `!Sub …` is a CloudFormation
 * intrinsic (exported as written).
 */
import { parseCfnYaml, stringifyCfnYaml, TemplateReadError } from '../../sam';

/** One-key `Ref` / `Fn::…` objects. */
export function isIntrinsicValue(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || (keys[0] as string).startsWith('Fn::'));
}

/** Text shown for a value: the literal, or the intrinsic in YAML short form. */
export function formatSubstitution(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return stringifyCfnYaml(value).trim();
}

export type ParsedSubstitution = { value: unknown; error?: undefined } | { value?: undefined; error: string };

/** Empty → `undefined` (a parameter without a default), `!…`/`{…}` → an intrinsic, else a literal. */
export function parseSubstitution(text: string): ParsedSubstitution {
  const trimmed = text.trim();
  if (trimmed === '') return { value: undefined };
  if (!trimmed.startsWith('!') && !trimmed.startsWith('{')) return { value: text };
  try {
    const value = parseCfnYaml(trimmed);
    if (isIntrinsicValue(value)) return { value };
    return { error: 'Write a literal value, or one intrinsic function such as !Ref OrdersTable or !GetAtt CheckStock.Arn.' };
  } catch (error) {
    const reason = error instanceof TemplateReadError ? error.message : String(error);
    return { error: `Not a CloudFormation intrinsic: ${reason}` };
  }
}
