// Which inputs name a Data Package descriptor: a file without imports, so the command line asks cheaply.

/** True for an input that names a Data Package descriptor rather than data (`datapackage.json`, `x.datapackage.json`). */
export function isDataPackagePath(input: string): boolean {
  return /(^|[\\/.])datapackage\.json$/i.test(input);
}
