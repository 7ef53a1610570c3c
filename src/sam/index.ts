/**
 * SAM / CloudFormation export and import (pure: runs in Node, the browser and workers).
 * See DESIGN.md "Contracts": `toSamTemplate(definition, settings?)` and `readTemplate(text)`.
 */
import type { StateMachine } from '../asl/types';
import { buildSamTemplate } from './buildTemplate';
import type { SamExportOptions } from './settings';

export { buildSamTemplate, SAM_TRANSFORM, type SamExport } from './buildTemplate';
export { readTemplate, SAM_STATE_MACHINE, CFN_STATE_MACHINE, type ImportedStateMachine, type ReadTemplateResult } from './readTemplate';
export { TemplateReadError, type TemplateReadErrorCode, type TemplateLocation } from './errors';
export { toSamProjectZip } from './project';
export { toAslText, aslFileName, type AslExportFormat } from './aslExport';
export { parseCfnYaml, stringifyCfnYaml } from './cfnYaml';
export type { DuplicateKey } from './duplicateKeys';
export { derivePolicies, toSamPolicies, expandPolicies, type DerivedPolicies, type IamStatement, type PolicyTemplateUse } from './policies';
export { INTEGRATION_POLICY_RULES, findRule, policyTemplatesFor, type IntegrationPolicyRule, type TargetField } from './policyRules';
export { POLICY_TEMPLATE_PARAMETERS } from './policyTemplates.data';
export { resolvePlaceholders } from './resolve';
export { checkTemplate } from './checkTemplate';
export { extractPlaceholders, placeholdersIn, type PlaceholderInfo } from './substitutions';
export { isValidStateMachineName, fileSlug, type SamSettings, type SamExportOptions } from './settings';
export type { TemplateObject, TemplateValue } from './intrinsics';

/** template.yaml text for the definition (SAM by default; `format: 'cloudformation'` for plain CFN). */
export function toSamTemplate(definition: StateMachine, settings: SamExportOptions = {}): string {
  return buildSamTemplate(definition, settings).files['template.yaml'] as string;
}
