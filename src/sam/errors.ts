/** Why a template (or ASL file) cannot be opened, in words a user can act on. */

export type TemplateReadErrorCode =
  | 'not-yaml'
  | 'not-an-object'
  | 'no-state-machine'
  | 'definition-missing'
  | 'definition-invalid'
  | 'definition-uri-missing'
  | 'definition-uri-s3'
  | 'unsupported-intrinsic';

export interface TemplateLocation {
  /** 1-based line and column in the text, for syntax errors. */
  line?: number;
  column?: number;
  /** Path into the template, e.g. `['Resources', 'OrderFlow', 'Properties', 'DefinitionUri']`. */
  path?: (string | number)[];
}

/** Thrown by readTemplate (and recorded per state machine in `skipped`). */
export class TemplateReadError extends Error {
  override readonly name = 'TemplateReadError';
  readonly code: TemplateReadErrorCode;
  readonly location: TemplateLocation | undefined;
  /** For `definition-uri-missing`: the local file(s) the user should provide with the template. */
  readonly missingFiles: string[];

  constructor(code: TemplateReadErrorCode, message: string, location?: TemplateLocation, missingFiles: string[] = []) {
    super(message);
    this.code = code;
    this.location = location;
    this.missingFiles = missingFiles;
  }

  /** Message with its location, for a CLI or a notice. */
  describe(): string {
    const where: string[] = [];
    if (this.location?.line !== undefined) where.push(`line ${this.location.line}${this.location.column !== undefined ? `, column ${this.location.column}` : ''}`);
    if (this.location?.path?.length) where.push(this.location.path.join('.'));
    return where.length > 0 ? `${this.message} (${where.join('; ')})` : this.message;
  }
}
