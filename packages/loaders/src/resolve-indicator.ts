/**
 * The catalogue id of an indicator named as written, or undefined when the catalogue does not know it.
 * (Wired to @guihua/dataset's findIndicator once the catalogue is published.)
 *
 * @example
 * resolveIndicatorId("每万人口高价值发明专利拥有量"); // "high-value-invention-patents-per-10k"
 */
export function resolveIndicatorId(name: string): string | undefined {
  void name;
  return undefined;
}
