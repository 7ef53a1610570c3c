/**
 * JSONPath input/output processing of a state, stage by stage (ASL spec "Input and Output
 * Processing"): InputPath → Parameters → (state work) → ResultSelector → ResultPath → OutputPath.
 * Errors are `StatesError`s whose cause is the part AWS writes after
 * "An error occurred while executing the state 'X' (entered at the event id #N). " —
 * see `stateFailureCause` in `asl/statesError`.
 */
export { applyInputPath, applyResultPath, applyOutputPath } from './stages';
export { resolvePayloadTemplate, resolveDynamicField } from './payloadTemplate';
export type { DataFlowContext, TemplateCache } from './types';
