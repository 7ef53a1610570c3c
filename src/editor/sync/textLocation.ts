/** Format-agnostic JSON-path ↔ text-range helpers (JSON via src/asl, YAML via ./yamlPaths). */
import { jsonPathAtOffset, locateJsonPath, locateNearestJsonPath, type LocatePart, type TextRange } from '../../asl';
import { locateNearestYamlPath, locateYamlPath, yamlPathAtOffset } from './yamlPaths';

export type TextFormat = 'json' | 'yaml';
type Path = readonly (string | number)[];

export function locatePath(text: string, format: TextFormat, path: Path, part: LocatePart = 'value'): TextRange | undefined {
  return format === 'json' ? locateJsonPath(text, path, part) : locateYamlPath(text, path, part);
}

export function locateNearestPath(text: string, format: TextFormat, path: Path, part: LocatePart = 'key'): TextRange | undefined {
  return format === 'json' ? locateNearestJsonPath(text, path, part) : locateNearestYamlPath(text, path, part);
}

export function pathAtOffset(text: string, format: TextFormat, offset: number): (string | number)[] {
  return format === 'json' ? jsonPathAtOffset(text, offset) : yamlPathAtOffset(text, offset);
}
