/**
 * Shape of the service-integration catalog: one entry per Task action the palette offers.
 * Pure data (no UI), shared by the palette, the inspector, the SAM exporter and the run panel.
 */

/** How Step Functions waits for a task (ASL `Resource` suffix: none, `.sync`/`.sync:2`, `.waitForTaskToken`). */
export type IntegrationPattern = 'request-response' | 'sync' | 'sync:2' | 'waitForTaskToken';

/** Group shown as a heading in the palette's Actions tab. */
export type IntegrationCategory = 'Compute' | 'Database' | 'Messaging' | 'Analytics' | 'Machine learning' | 'Workflow' | 'Integration';

export interface IntegrationEntry {
  /** Stable id, `service:action` (e.g. `lambda:invoke`). */
  id: string;
  /** Service key as in the ARN (`lambda`, `dynamodb`, `aws-sdk`, `http`, …). */
  service: string;
  /** Action as in the ARN (`invoke`, `putItem`, …). */
  action: string;
  /** Human label of the service, e.g. `Lambda`. */
  serviceLabel: string;
  /** Human label of the action, e.g. `Invoke`. */
  actionLabel: string;
  /** Palette label, e.g. `Lambda: Invoke`. */
  label: string;
  /** Short description shown under the palette item and in search. */
  description: string;
  /** Icon key the UI maps to a glyph (`lambda`, `dynamodb`, `sns`, …). */
  icon: string;
  category: IntegrationCategory;
  /** Listed first in the palette ("most popular"). */
  popular?: boolean;
  /** Resource ARN without a pattern suffix, e.g. `arn:aws:states:::lambda:invoke`. */
  resource: string;
  /** Supported integration patterns; the first is the default. */
  patterns: IntegrationPattern[];
  /** Default JSONPath `Parameters`. */
  parameters: Record<string, unknown>;
  /** Default JSONata `Arguments`. */
  arguments: Record<string, unknown>;
  /** Default mock result for demo runs (what the service returns on success). */
  mockResult: unknown;
  /** Name given to a new state of this kind (made unique on insert). */
  defaultStateName: string;
}
