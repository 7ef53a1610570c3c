/** Task states: Resource is an ARN (or a `${…}` definition substitution), Credentials an object. */
import type { ValidationContext } from '../context';

export function task(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    if (s.state.Type !== 'Task') continue;
    const resource = s.state.Resource;
    // `${Name}` placeholders are filled by DefinitionSubstitutions at deploy time (SAM / CloudFormation).
    if (typeof resource === 'string' && !resource.startsWith('arn:') && !/\$\{[^}]+\}/.test(resource)) {
      ctx.report('INVALID_RESOURCE', [...s.jsonPath, 'Resource']);
    }
  }
}
