/** "1 error", "2 errors", "0 states": a count with its noun in the right number (English). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
