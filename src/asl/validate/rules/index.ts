/** The registry of validation rules, one per file, run in this order. */
import type { ValidationContext } from '../context';
import { structure } from './structure';
import { stateType } from './stateType';
import { stateNames } from './stateNames';
import { allowedFields } from './allowedFields';
import { fieldTypes } from './fieldTypes';
import { exclusiveFields } from './exclusiveFields';
import { transitions } from './transitions';
import { targets } from './targets';
import { reachability } from './reachability';
import { retry } from './retry';
import { catchers } from './catchers';
import { timeouts } from './timeouts';
import { task } from './task';
import { wait } from './wait';
import { choice } from './choice';
import { parallel } from './parallel';
import { map } from './map';
import { pathFields } from './pathFields';
import { payloadTemplates } from './payloadTemplates';
import { jsonataExpressions } from './jsonataExpressions';
import { variables } from './variables';

export type Rule = (ctx: ValidationContext) => void;

export const RULES: Record<string, Rule> = {
  structure, stateType, stateNames, allowedFields, fieldTypes, exclusiveFields, transitions, targets, reachability,
  retry, catchers, timeouts, task, wait, choice, parallel, map, pathFields, payloadTemplates, jsonataExpressions, variables,
};
