/**
 * The one version-4 UUID generator (RFC 9562 §5.4): `States.UUID()`, JSONata `$uuid()`, execution
 * names, task tokens, Map Run ARNs, TestState ids. It draws from `random` so a seeded run is
 * reproducible.
 */
export function uuidV4(random: () => number = Math.random): string {
  const hex = (digits: number) => Math.floor(random() * 16 ** digits).toString(16).padStart(digits, '0');
  // Version nibble 4; variant bits 10xx, so the first digit of the fourth group is 8, 9, a or b.
  const variant = (8 + Math.floor(random() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}
