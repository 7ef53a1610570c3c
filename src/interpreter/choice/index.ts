/** JSONPath Choice rules: comparison operators, `…Path` forms, type tests and combinators. */
export { evaluateChoiceRule, type ChoiceContext } from './evaluate';
export { compileChoiceRule, type CompiledRule } from './compile';
export { CHOICE_OPERATORS, COMPARISONS, TYPE_TESTS } from './operators';
export { parseTimestamp, isTimestamp, compareInstants, type Instant } from './timestamp';
export { stringMatches } from './stringMatches';
