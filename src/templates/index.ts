/** Starter workflows of the "New" gallery: each runs in the studio with its mocks ready. */
import { choiceBranching, helloWorld, mapOverItems, parallelBranches } from './basics';
import { retryAndCatch, sagaCompensation } from './errorHandling';
import { callbackApproval, contactForm, nestedWorkflow, pollJobStatus } from './integrations';
import { distributedMapCsv, jsonataVariables } from './data';
import type { StarterTemplate } from './types';

export type { StarterTemplate, MockShorthand } from './types';

export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  helloWorld,
  choiceBranching,
  parallelBranches,
  mapOverItems,
  retryAndCatch,
  sagaCompensation,
  callbackApproval,
  distributedMapCsv,
  jsonataVariables,
  pollJobStatus,
  nestedWorkflow,
  contactForm,
];

export function findTemplate(id: string): StarterTemplate | undefined {
  return STARTER_TEMPLATES.find((t) => t.id === id);
}
