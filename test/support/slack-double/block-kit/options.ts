import { isObj } from '../json';
import type { Problems } from './problems';
import { checkOptionalText, checkText } from './text';

/** Option objects: text ≤ 75, value ≤ 150, as in select menus, overflow, checkboxes and radios. */
export function checkOption(p: Problems, pointer: string, option: unknown, mrkdwnAllowed: boolean): void {
  if (!isObj(option)) {
    p.add(pointer, 'must provide an object');
    return;
  }
  if (p.required(pointer, option, 'text')) {
    checkText(p, `${pointer}/text`, option.text, { max: 75, plainOnly: !mrkdwnAllowed });
  }
  if (p.required(pointer, option, 'value')) {
    if (typeof option.value !== 'string' || option.value.length === 0) {
      p.add(`${pointer}/value`, 'must be more than 0 characters');
    }
    p.maxChars(`${pointer}/value`, option.value, 150);
  }
  checkOptionalText(p, `${pointer}/description`, option.description, { max: 75, plainOnly: !mrkdwnAllowed });
  p.maxChars(`${pointer}/url`, option.url, 3000);
}

/**
 * `options` or `option_groups` (exactly one), each list of minItems (default 1) to maxItems.
 * Returns the flattened option values.
 */
export function checkOptionList(
  p: Problems,
  pointer: string,
  owner: Record<string, unknown>,
  {
    maxItems,
    minItems = 1,
    mrkdwnAllowed = false,
    groupsAllowed = true,
  }: { maxItems: number; minItems?: number; mrkdwnAllowed?: boolean; groupsAllowed?: boolean },
): string[] {
  const values: string[] = [];
  const walk = (list: unknown, at: string) => {
    const options = p.array(at, list, { min: minItems, max: maxItems });
    options.forEach((o, i) => {
      checkOption(p, `${at}/${i}`, o, mrkdwnAllowed);
      if (isObj(o) && typeof o.value === 'string') values.push(o.value);
    });
  };
  if (owner.options !== undefined && owner.option_groups !== undefined) {
    p.add(pointer, 'must provide either options or option_groups, not both');
  }
  if (owner.options !== undefined) {
    walk(owner.options, `${pointer}/options`);
  } else if (groupsAllowed && owner.option_groups !== undefined) {
    const groups = p.array(`${pointer}/option_groups`, owner.option_groups, { min: 1, max: 100 });
    groups.forEach((g, i) => {
      const at = `${pointer}/option_groups/${i}`;
      if (!isObj(g)) {
        p.add(at, 'must provide an object');
        return;
      }
      checkText(p, `${at}/label`, g.label, { max: 75, plainOnly: true });
      walk(g.options, `${at}/options`);
    });
  } else {
    p.add(pointer, 'missing required field: options');
  }
  return values;
}
