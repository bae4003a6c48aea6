export function solvePooled(..._args: unknown[]): never {
  throw new Error("pooled decomposition is being written");
}
