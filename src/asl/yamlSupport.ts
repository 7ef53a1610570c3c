/**
 * The `yaml` library is only needed for ASL YAML, which few users open first; keeping it out of
 * the studio's first download saves ~37 KB gzip. Node entries (library, CLI, tests) load it
 * up front with `loadYaml()`; the studio starts loading it right after boot.
 */
import type * as YamlModule from 'yaml';

export type Yaml = typeof YamlModule;

let yaml: Yaml | undefined;
let loading: Promise<Yaml> | undefined;

export function loadYaml(): Promise<Yaml> {
  if (yaml) return Promise.resolve(yaml);
  loading ??= import('yaml').then((m) => (yaml = m));
  return loading;
}

/** The loaded module, or undefined while it is still loading. */
export function yamlIfLoaded(): Yaml | undefined {
  return yaml;
}

export const YAML_NOT_LOADED = 'YAML support is still loading; try again in a moment.';
