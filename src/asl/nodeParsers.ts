/**
 * Node entries (library, `asl-studio/testing`, CLI) have ASL YAML and the JSONata syntax check from
 * the start. The browser loads both lazily; here they are static imports handed over at load time,
 * not a top-level await, so the entries also load through `require()` (CommonJS build, Jest).
 */
import * as yaml from 'yaml';
import jsonata from 'jsonata';
import * as yamlPatch from './yamlPatch';
import { provideYaml } from './yamlSupport';
import { provideJsonataSyntax } from './validate/jsonataSyntax';

provideYaml(yaml, yamlPatch);
provideJsonataSyntax(jsonata);
