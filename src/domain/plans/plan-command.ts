/** Words compared as a user types them: case and runs of spaces do not matter. */
const words = (text: string) => text.trim().toLowerCase().split(/\s+/).filter(Boolean);

/**
 * `/activity plan <plan> <person>` (product §3.7): the plan whose whole name the text starts
 * with (the longest such name, so "New customer VIP" wins over "New customer"), and the rest
 * of the text, which names the person. Null when no plan's name starts the text.
 */
export function splitPlanCommand(
  text: string,
  plans: readonly { id: number; name: string }[],
): { planId: number; rest: string } | null {
  const typed = text.trim().split(/\s+/).filter(Boolean);
  const lowered = typed.map((word) => word.toLowerCase());
  let best: { planId: number; length: number } | null = null;
  for (const plan of plans) {
    const name = words(plan.name);
    if (name.length === 0 || name.length > lowered.length) continue;
    if (!name.every((word, index) => lowered[index] === word)) continue;
    if (!best || name.length > best.length) best = { planId: plan.id, length: name.length };
  }
  return best ? { planId: best.planId, rest: typed.slice(best.length).join(' ') } : null;
}
