/**
 * Legal-form suffixes that do not tell companies apart ("Stripe, Inc." is "Stripe"). Matched as
 * whole words at the end of the name, after punctuation became spaces ("S.A." → "s a").
 */
const LEGAL_SUFFIXES = [
  'inc', 'incorporated', 'llc', 'l l c', 'ltd', 'limited', 'gmbh', 'corp', 'corporation', 'co', 'company',
  'plc', 'llp', 'lp', 'ag', 'sa', 's a', 'sas', 'sarl', 'bv', 'b v', 'nv', 'n v', 'oy', 'ab', 'as', 'asa',
  'pty', 'pte', 'srl', 'spa', 'kk', 'kg', 'se', 'ug',
] as const;

const SUFFIX_PATTERN = new RegExp(`(?:\\s(?:${[...LEGAL_SUFFIXES].sort((a, b) => b.length - a.length).join('|')}))+$`);

/** The name as shown: whitespace trimmed and collapsed, nothing else changed. */
export function companyDisplayName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * The key that makes "Stripe, Inc.", "Stripe" and " stripe " one company: case, whitespace,
 * punctuation and trailing legal suffixes do not count. A name that is nothing but a suffix
 * ("Co.") keeps it. Returns '' for a name without letters or digits.
 */
export function normalizeCompanyName(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // Apostrophes join ("O'Reilly" → "oreilly"); any other punctuation separates.
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!words) return '';
  const stripped = ` ${words}`.replace(SUFFIX_PATTERN, '').trim();
  return stripped || words;
}
