/** Where a JSON.parse error is, as "line L, column C" (engines word their messages differently). */
export function locateJsonError(text: string, message: string): string {
  const pos = /position (\d+)/.exec(message);
  if (!pos) return message;
  const offset = Number(pos[1]);
  const before = text.slice(0, offset).split('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1})`;
}
