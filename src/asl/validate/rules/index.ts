/** The registry of validation rules, one per file, run in this order. */
import type { ValidationContext } from '../context';
import { structure } from './structure';
import { stateType } from './stateType';
import { stateNames } from './stateNames';
import { transitions } from './transitions';
import { targets } from './targets';

export type Rule = (ctx: ValidationContext) => void;

export const RULES: Record<string, Rule> = {
  structure,
  stateType,
  stateNames,
  transitions,
  targets,
};
