/**
 * Export options and the settings SAM keeps beyond `WorkflowSettings` (read back from templates so
 * they survive a round trip).
 */
import type { WorkflowSettings } from '../asl/types';
import type { TemplateObject, TemplateValue } from './intrinsics';

/** Workflow settings as the SAM layer reads and writes them. */
export type SamSettings = WorkflowSettings & {
  logging?: WorkflowSettings['logging'] & {
    /** An existing log group (no `AWS::Logs::LogGroup` is generated). */
    logGroupArn?: string;
  };
  /** `Role` as written in a template when it is not a literal ARN (e.g. `!GetAtt MyRole.Arn`). */
  role?: TemplateValue;
  /** SAM `Policies` exactly as read (string, list of names/templates/statements, or a document); re-exported as-is. */
  policies?: TemplateValue;
  /** SAM `Events` (Schedule, EventBridgeRule, Api, …), kept as read. */
  events?: Record<string, TemplateValue>;
  permissionsBoundary?: TemplateValue;
  rolePath?: TemplateValue;
};

export interface SamExportOptions extends SamSettings {
  /** `inline`: `Definition` in the template; `uri`: `DefinitionUri: statemachine/<name>.asl.json`. */
  definitionMode?: 'inline' | 'uri';
  /** `sam` (AWS::Serverless::StateMachine) or plain `cloudformation` (AWS::StepFunctions::StateMachine). */
  format?: 'sam' | 'cloudformation';
  /**
   * Move concrete ARNs and resource names of the definition into `${…}` placeholders with template
   * parameters. Default: yes for a new template, no when writing back into `baseTemplate` (an
   * imported template keeps the user's definition text unless they ask).
   */
  extractLiterals?: boolean;
  /** Stand-in resources (function, table, queue, …) for the extracted references instead of parameters. */
  generatePlaceholderResources?: boolean;
  /** CloudFormation only: `string` = `DefinitionString: !Sub …` (default), `object` = `Definition` + `DefinitionSubstitutions`. */
  cloudFormationDefinition?: 'string' | 'object';
  /** Logical id of the state machine resource (default `StateMachine`). */
  logicalId?: string;
  /** The template the workflow was imported from: its other parameters, resources and outputs are kept. */
  baseTemplate?: TemplateObject;
  /** Template `Description`. */
  description?: string;
}

/** Step Functions state machine names: 1–80 characters, letters, digits, `-` and `_`. */
export function isValidStateMachineName(name: string): boolean {
  return /^[A-Za-z0-9_-]{1,80}$/.test(name);
}

/** `Order flow!` → `order-flow`: a file name for `statemachine/<slug>.asl.json`. */
export function fileSlug(name: string | undefined): string {
  const slug = (name ?? '').trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return slug || 'state_machine';
}
