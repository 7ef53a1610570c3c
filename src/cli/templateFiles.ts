/**
 * Reading a template together with the local files its `DefinitionUri`s name, relative to the
 * template's folder (as `sam build` resolves them).
 */
import { dirname, join } from 'node:path';
import { readTemplate, TemplateReadError, type ReadTemplateResult } from '../sam';

/** Definition files a read could not find (from the thrown error, or per skipped state machine). */
function missingFilesOf(result: ReadTemplateResult | TemplateReadError): string[] {
  if (result instanceof TemplateReadError) return result.code === 'definition-uri-missing' ? result.missingFiles : [];
  return result.skipped.flatMap((s) => (s.error.code === 'definition-uri-missing' ? s.error.missingFiles : []));
}

/**
 * readTemplate, reading missing `DefinitionUri` files next to the template first.
 * @throws TemplateReadError as readTemplate does (a file that is not there keeps its "not provided" message, with the path tried)
 */
export async function readTemplateWithFiles(text: string, templatePath: string, readFile: (path: string) => Promise<string>): Promise<ReadTemplateResult> {
  const files: Record<string, string> = {};
  const notFound = new Map<string, string>();
  // readTemplate names the missing files one failed state machine at a time: read, retry, until
  // nothing new is missing.
  for (;;) {
    let result: ReadTemplateResult | TemplateReadError;
    try {
      result = readTemplate(text, files);
    } catch (error) {
      if (!(error instanceof TemplateReadError)) throw error;
      result = error;
    }
    const fresh = missingFilesOf(result).filter((name) => !(name in files) && !notFound.has(name));
    if (fresh.length === 0) {
      if (!(result instanceof TemplateReadError)) return result;
      const tried = result.missingFiles.map((name) => notFound.get(name)).filter((p) => p !== undefined);
      if (result.code === 'definition-uri-missing' && tried.length > 0) {
        throw new TemplateReadError(result.code, `The definition file named by DefinitionUri was not found at ${tried.join(', ')}`, result.location, result.missingFiles);
      }
      throw result;
    }
    for (const name of fresh) {
      const path = join(dirname(templatePath), name);
      try {
        files[name] = await readFile(path);
      } catch {
        notFound.set(name, path);
      }
    }
  }
}
