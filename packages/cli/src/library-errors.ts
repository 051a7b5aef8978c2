/**
 * Typed errors thrown by the guihua libraries (`EvaluateError`, `GrowthError`, `SchemaValidationError`,
 * `LoaderError`) are about the user's input, not bugs: the command reports them in one line and exits 2.
 * They are recognised by name and `code` so that `run` does not load the libraries to check `instanceof`.
 */

const LIBRARY_ERRORS = new Set(["EvaluateError", "GrowthError", "SchemaValidationError", "LoaderError"]);

interface LibraryErrorLike extends Error {
  code: string;
  details?: Record<string, string | number>;
  reason?: string;
  issues?: readonly { path?: readonly (string | number)[]; message: string }[];
}

/** True for an error of one of the guihua libraries (a known name and a string `code`). */
export function isLibraryError(error: unknown): error is LibraryErrorLike {
  return (
    error instanceof Error &&
    LIBRARY_ERRORS.has(error.name) &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

const GROWTH_ZH: Partial<Record<string, string>> = {
  non_positive_base: "基期值必须大于零，复合增长无法从零或负数起算",
  sign_mismatch: "基期值与目标值符号不同，无法按复合增长计算",
  rate_out_of_range: "增长率超出可计算的范围（须大于 -100%）",
  zero_years: "起止年份相同，没有可增长的年数",
  negative_years: "结束年份早于起始年份",
  invalid_year: "年份无效",
  unreachable: "按给定条件无法达到目标值",
  no_solution: "无解",
  not_converged: "计算未能收敛",
  overflow: "结果超出可表示的范围",
  non_positive_value: "数值必须大于零",
};

const EVALUATE_ZH: Record<string, (details: Record<string, string | number>) => string> = {
  GUIHUA_EVALUATE_AS_OF_BEFORE_BASE: (d) =>
    `评估日期 ${d.asOf ?? ""} 早于目标 ${d.targetId ?? ""} 的基期 ${d.baseYear ?? ""} 年，基期之前无法评估`,
  GUIHUA_EVALUATE_INVALID_AS_OF: (d) => `评估日期须为 YYYY-MM-DD 格式的日期，收到 ${d.asOf ?? ""}`,
  GUIHUA_EVALUATE_UNKNOWN_METHOD: (d) => `未知的评估方法 ${d.method ?? ""}`,
  GUIHUA_EVALUATE_INVALID_METHOD_PARAMETER: (d) => `评估方法 ${d.method ?? ""} 的参数无效`,
  GUIHUA_EVALUATE_INVALID_INPUT: (d) =>
    d.path !== undefined
      ? `${d.path}${d.targetId === undefined ? "" : `（目标 ${d.targetId}）`} 的数据无效`
      : d.targetId === undefined
        ? "输入的目标或观测数据无效"
        : `目标 ${d.targetId} 的数据无效`,
};

function firstLine(text: string): string {
  return text.split("\n")[0]?.trim() ?? "";
}

function firstIssue(error: LibraryErrorLike): string {
  const issue = error.issues?.[0];
  if (!issue) return "";
  const path = issue.path && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  const more = (error.issues?.length ?? 0) > 1 ? ` (+${(error.issues?.length ?? 1) - 1})` : "";
  return ` — ${path}${issue.message}${more}`;
}

/**
 * One line saying what is wrong, in Chinese or English, without a stack or a bracketed code.
 *
 * @example
 * libraryErrorMessage(new GrowthError("non_positive_base", ["base"], "base must be positive"), "en");
 * // "cannot compute: base must be positive"
 */
export function libraryErrorMessage(error: LibraryErrorLike, lang: "zh" | "en"): string {
  switch (error.name) {
    case "EvaluateError": {
      const details = error.details ?? {};
      const zh = EVALUATE_ZH[error.code];
      const hint =
        error.code === "GUIHUA_EVALUATE_AS_OF_BEFORE_BASE" && details.baseYear !== undefined
          ? lang === "zh"
            ? `；请用 --as-of ${details.baseYear}-01-01 或更晚的日期`
            : `; use --as-of ${details.baseYear}-01-01 or later`
          : "";
      if (lang === "zh" && zh) return `无法评估：${zh(details)}${hint}`;
      return `cannot evaluate: ${firstLine(error.message)}${hint}`;
    }
    case "GrowthError": {
      const reason = error.reason ?? firstLine(error.message).replace(/\s*\[[a-z_]+\]$/, "");
      const zh = GROWTH_ZH[error.code];
      if (lang === "zh" && zh) return `无法计算：${zh}（${reason}）`;
      return `cannot compute: ${reason}`;
    }
    case "SchemaValidationError":
    case "LoaderError": {
      const summary = firstLine(error.message);
      return `${lang === "zh" ? "输入无效" : "invalid input"}: ${summary}${firstIssue(error)}`;
    }
    default:
      return firstLine(error.message);
  }
}

/** The `--lang` the user asked for on the command line, Chinese by default. */
export function langOf(argv: readonly string[]): "zh" | "en" {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--lang" && argv[index + 1] === "en") return "en";
    if (argument === "--lang=en") return "en";
  }
  return "zh";
}
