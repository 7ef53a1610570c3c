/** Plain-object helpers safe for any key (JSON may legally hold a "__proto__" key). */

/** A JSON object. */
export type Obj = Record<string, unknown>;

/** True for a JSON object (not null, not an array). */
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Set an own enumerable data property, as JSON.parse does (never touches the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** The own property `key` of `target` (never something inherited such as `constructor`). */
export function getOwn<T = unknown>(target: unknown, key: string): T | undefined {
  if (typeof target !== 'object' || target === null || !Object.prototype.hasOwnProperty.call(target, key)) return undefined;
  return (target as Record<string, T>)[key];
}
