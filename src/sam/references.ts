/** Which names a template section references through `Ref`, `GetAtt` and `Sub`. */
import { intrinsicName, isObject, subVariables } from './intrinsics';

export interface References {
  /** Names used as `Ref` (or `${Name}` in `Fn::Sub`): parameters or resources. */
  refs: Set<string>;
  /** Logical ids used by `Fn::GetAtt` (or `${Name.Attr}` in `Fn::Sub`): resources only. */
  getAtts: Set<string>;
}

/** Collect the references below `value`. */
export function collectReferences(value: unknown, out: References = { refs: new Set(), getAtts: new Set() }): References {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, out);
    return out;
  }
  if (!isObject(value)) return out;
  const fn = intrinsicName(value);
  if (fn === 'Ref' && typeof value.Ref === 'string') {
    out.refs.add(value.Ref);
    return out;
  }
  if (fn === 'Fn::GetAtt') {
    const arg = value['Fn::GetAtt'];
    const target = Array.isArray(arg) ? arg[0] : typeof arg === 'string' ? arg.split('.')[0] : undefined;
    if (typeof target === 'string') out.getAtts.add(target);
    return out;
  }
  if (fn === 'Fn::Sub') {
    const arg = value['Fn::Sub'];
    const [text, vars] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined];
    const local = isObject(vars) ? vars : {};
    if (typeof text === 'string') {
      for (const name of subVariables(text)) {
        if (name in local) continue;
        const dot = name.indexOf('.');
        if (dot < 0) out.refs.add(name);
        else out.getAtts.add(name.slice(0, dot));
      }
    }
    collectReferences(vars, out);
    return out;
  }
  for (const child of Object.values(value)) collectReferences(child, out);
  return out;
}
