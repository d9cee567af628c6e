/**
 * The key parts of a cached reader's entry (lib/cache/cached-queries.ts): its name and its
 * arguments as JSON, without trailing arguments that are null or left out. The readers' last
 * parameters default to null (the instant of a cited view; none: the live data), so a call that
 * leaves one out asks the same question as a call that passes null, and gets the same entry: a
 * cited matrix page compares itself with the live matrix, which the live page has read already.
 */
export function entryKeyOf(name: string, args: readonly unknown[]): [string, string] {
  let length = args.length;
  while (length > 0 && (args[length - 1] === null || args[length - 1] === undefined)) length -= 1;
  return [name, JSON.stringify(args.slice(0, length))];
}
