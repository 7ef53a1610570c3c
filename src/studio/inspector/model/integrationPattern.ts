/**
 * Integration patterns offered for a Task's `Resource` (AWS developer guide, "Discover service
 * integration patterns"): the catalog entry's patterns when the resource is known, else a
 * conservative guess from the ARN's shape.
 */
import { findIntegration, parseServiceResource, type IntegrationPattern } from '../../../catalog';

export const PATTERN_LABELS: Record<IntegrationPattern, string> = {
  'request-response': 'Request response',
  sync: 'Wait for task to complete (.sync)',
  'sync:2': 'Wait for task to complete (.sync:2)',
  waitForTaskToken: 'Wait for callback (.waitForTaskToken)',
};

/** Patterns the resource's service supports; only `arn:aws:states:::…` resources have any choice. */
export function patternsFor(resource: string): IntegrationPattern[] {
  const parsed = parseServiceResource(resource);
  if (!parsed) return [];
  const entry = findIntegration(resource);
  // The generic SDK entry lists what every SDK call supports; a known entry is exact.
  const patterns = entry ? [...entry.patterns] : parsed.service === 'http' ? ['request-response' as const] : ['request-response' as const, 'waitForTaskToken' as const];
  // Never hide the pattern the resource already uses.
  if (!patterns.includes(parsed.pattern)) patterns.push(parsed.pattern);
  return patterns;
}
