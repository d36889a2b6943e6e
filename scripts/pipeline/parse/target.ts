/** Reads a printed target such as "≥95%", "=100%", "≤20万元" or "27家" into operator, number and unit. */
const TARGET = /^(≥|≤|=|>|<|＞|＜|＝)?\s*(\d+(?:\.\d+)?)\s*([^\d\s.]{0,4})$/;
const OPERATORS: Record<string, string> = { "＞": ">", "＜": "<", "＝": "=" };

export interface Target {
  target: string | null;
  target_operator: string | null;
  target_value: number | null;
  target_unit: string | null;
}

export function parseTarget(printed: string | null): Target {
  const target = printed && printed.trim() ? printed.trim() : null;
  const m = target ? TARGET.exec(target) : null;
  if (!m) return { target, target_operator: null, target_value: null, target_unit: null };
  const op = m[1] ?? null;
  return {
    target,
    target_operator: op ? OPERATORS[op] ?? op : null,
    target_value: Number(m[2]),
    target_unit: m[3] || null,
  };
}
