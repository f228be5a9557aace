/** Compare strings by code unit, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted by compareText, each string once. Sorts `strings` in place and returns it. */
export function sortedUnique(strings: string[]): string[] {
  strings.sort(compareText);
  let kept = 0;
  for (const string of strings) if (kept === 0 || string !== strings[kept - 1]) strings[kept++] = string;
  strings.length = kept;
  return strings;
}
