/**
 * The `yaml` library is only needed for ASL YAML, which few users open first; keeping it out of
 * the studio's first download saves ~37 KB gzip. Node entries (library, CLI, tests) load it
 * up front with `loadYaml()`; the studio starts loading it right after boot. The YAML text
 * patcher (yamlPatch, ~2.5 KB gzip) is useless without it and loads with it.
 */
import type * as YamlModule from 'yaml';
import type * as YamlPatchModule from './yamlPatch';

export type Yaml = typeof YamlModule;
export type YamlPatcher = typeof YamlPatchModule;

let yaml: Yaml | undefined;
let patcher: YamlPatcher | undefined;
let loading: Promise<Yaml> | undefined;

export function loadYaml(): Promise<Yaml> {
  if (yaml) return Promise.resolve(yaml);
  loading ??= Promise.all([import('yaml'), import('./yamlPatch')]).then(([m, p]) => provideYaml(m, p));
  return loading;
}

/** Node entries hand over the modules they imported statically (no top-level await, so `require()` works). */
export function provideYaml(module: Yaml, yamlPatcher: YamlPatcher): Yaml {
  patcher = yamlPatcher;
  yaml = module;
  loading ??= Promise.resolve(module);
  return module;
}

/** The loaded module, or undefined while it is still loading. */
export function yamlIfLoaded(): Yaml | undefined {
  return yaml;
}

/** The YAML text patcher, loaded with the module (undefined until then). */
export function yamlPatcherIfLoaded(): YamlPatcher | undefined {
  return patcher;
}

export const YAML_NOT_LOADED = 'YAML support is still loading; try again in a moment.';
