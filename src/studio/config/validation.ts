/**
 * Checks of the Config mode's inputs, with the limits the AWS services apply. Each returns a
 * sentence saying what is wrong, or undefined when the value is fine.
 */
import { isValidStateMachineName } from '../../sam';

/** Step Functions state machine names: 1–80 characters, letters, digits, `-` and `_`. */
export function nameProblem(name: string): string | undefined {
  if (name.length > 80) return `The name is ${name.length} characters long; at most 80 are allowed.`;
  if (!isValidStateMachineName(name)) {
    const bad = [...new Set(name.replace(/[A-Za-z0-9_-]/g, ''))].map((c) => (c === ' ' ? 'space' : `“${c}”`)).join(', ');
    return `A state machine name may only hold letters, digits, - and _ (not ${bad}).`;
  }
  return undefined;
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

/** An IAM role ARN such as `arn:aws:iam::123456789012:role/service-role/MyRole`. */
export function roleArnProblem(arn: string): string | undefined {
  if (!arn.startsWith('arn:')) return 'A role ARN starts with “arn:”, e.g. arn:aws:iam::123456789012:role/MyRole.';
  if (!ROLE_ARN.test(arn)) return 'Not an IAM role ARN: expected arn:aws:iam::<12-digit account>:role/<name>.';
  return undefined;
}

const LOG_GROUP_NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;

/** CloudWatch Logs log group names: 1–512 of letters, digits, `_ - / . #`. */
export function logGroupNameProblem(name: string): string | undefined {
  if (!LOG_GROUP_NAME.test(name)) return 'A log group name has 1–512 characters: letters, digits and _ - / . # only.';
  return undefined;
}

/** Step Functions alias names: 1–80 of letters, digits, `_ - .`, not only digits. */
export function aliasProblem(alias: string): string | undefined {
  if (!/^[A-Za-z0-9_.-]{1,80}$/.test(alias)) return 'An alias name has 1–80 characters: letters, digits and _ - . only.';
  if (/^\d+$/.test(alias)) return 'An alias name cannot be only digits (those are version numbers).';
  return undefined;
}

const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** Tag keys: 1–128 characters, not starting with `aws:`. */
export function tagKeyProblem(key: string, existing: readonly string[] = []): string | undefined {
  if (key.length === 0 || key.length > 128) return 'A tag key has 1–128 characters.';
  if (key.toLowerCase().startsWith('aws:')) return 'Tag keys starting with “aws:” are reserved by AWS.';
  if (!TAG_TEXT.test(key)) return 'Tag keys may hold letters, digits, spaces and _ . : / = + - @ only.';
  if (existing.includes(key)) return `There is already a tag “${key}”.`;
  return undefined;
}

/** Tag values: 0–256 characters. */
export function tagValueProblem(value: string): string | undefined {
  if (value.length > 256) return 'A tag value has at most 256 characters.';
  if (!TAG_TEXT.test(value)) return 'Tag values may hold letters, digits, spaces and _ . : / = + - @ only.';
  return undefined;
}

/** Top-level `TimeoutSeconds`: a positive integer (at most 99999999, as the service accepts). */
export function timeoutProblem(text: string): string | undefined {
  if (!/^\d+$/.test(text.trim())) return 'TimeoutSeconds is a whole number of seconds.';
  const n = Number(text);
  if (n < 1 || n > 99_999_999) return 'TimeoutSeconds must be between 1 and 99999999.';
  return undefined;
}
