// Node tests use ASL YAML and JSONata checks freely: load the lazily imported parsers first.
import { loadYaml } from '../asl/yamlSupport';
import { loadJsonataSyntax } from '../asl/validate/jsonataSyntax';

await Promise.all([loadYaml(), loadJsonataSyntax()]);
