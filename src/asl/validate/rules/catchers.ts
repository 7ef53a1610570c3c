/** Catchers: ErrorEquals, a Next target, and ResultPath (JSONPath) or Output (JSONata). */
import type { ValidationContext } from '../context';
import { isObj } from '../context';
import { checkErrorEquals } from '../errorEquals';

const FIELDS = new Set(['ErrorEquals', 'Next', 'ResultPath', 'Output', 'Assign', 'Comment']);

export function catchers(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    if (!('Catch' in s.state)) continue;
    const path = [...s.jsonPath, 'Catch'];
    const list = s.state.Catch;
    if (!Array.isArray(list)) {
      ctx.report('CATCH_NOT_ARRAY', path);
      continue;
    }
    checkErrorEquals(ctx, list, path, 'catcher');
    list.forEach((catcher, i) => {
      if (!isObj(catcher)) {
        ctx.report('INVALID_FIELD_TYPE', [...path, i], 'Catch', 'an array of objects');
        return;
      }
      for (const key of Object.keys(catcher)) {
        const here = [...path, i, key];
        if (!FIELDS.has(key)) ctx.report('CATCHER_FIELD_NOT_ALLOWED', here, key);
        else if (key === 'ResultPath' && s.queryLanguage === 'JSONata') ctx.report('JSONPATH_FIELD_IN_JSONATA', here, key);
        else if (key === 'Output' && s.queryLanguage === 'JSONPath') ctx.report('JSONATA_FIELD_IN_JSONPATH', here, key);
      }
      if (typeof catcher.Next !== 'string') ctx.report('CATCH_NEXT_MISSING', [...path, i]);
      if ('Assign' in catcher && !isObj(catcher.Assign)) ctx.report('INVALID_FIELD_TYPE', [...path, i, 'Assign'], 'Assign', 'an object');
      const rp = catcher.ResultPath;
      if ('ResultPath' in catcher && rp !== null && typeof rp !== 'string') {
        ctx.report('INVALID_FIELD_TYPE', [...path, i, 'ResultPath'], 'ResultPath', 'a path string or null');
      }
    });
  }
}
