// Types of the part of picomatch (4.x) the feeds use: it ships none of its own.
declare module "picomatch" {
  interface Options { dot?: boolean }
  interface ScanResult { base: string; glob: string; isGlob: boolean }
  interface Picomatch {
    (glob: string, options?: Options): (path: string) => boolean;
    scan(glob: string): ScanResult;
  }
  const picomatch: Picomatch;
  export default picomatch;
}
