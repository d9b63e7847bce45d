/**
 * Action ids of a family of buttons about one activity: `<the button's id>:<activity id>`,
 * and the pattern a listener registers for each button.
 */
export function activityButtonIds<K extends string>(ids: Record<K, string>) {
  return {
    actionId: (button: K, activityId: number): string => `${ids[button]}:${activityId}`,
    pattern: (button: K): RegExp => new RegExp(`^${ids[button]}:\\d+$`),
  };
}
