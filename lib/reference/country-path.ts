/** The code as it appears in a permalink: lower case, e.g. /countries/it. */
export function countryPath(code: string): string {
  return `/countries/${code.toLowerCase()}`;
}
