import { LOCALES, messages } from '../../i18n';
import { looseName } from './loose-name';
import type { TypeName } from './stats-ports';

/**
 * The activity type a filter names: its name in either language (`möte` and
 * `meeting` both), or a built-in type's standard name in either language, or the
 * start of exactly one name. Null when nothing, or more than one type, fits.
 */
export function findType(types: readonly TypeName[], text: string): TypeName | null {
  const wanted = looseName(text);
  if (!wanted) return null;
  const namesOf = (type: TypeName) => {
    const names = [type.names.en, type.names.sv];
    if (type.key)
      for (const locale of LOCALES) {
        const builtIn = (messages(locale).activityTypes as Record<string, string>)[type.key];
        if (builtIn) names.push(builtIn);
      }
    return names.map(looseName);
  };
  const exact = types.filter((type) => namesOf(type).includes(wanted));
  if (exact.length >= 1) return exact.find((type) => !type.archived) ?? exact[0]!;
  const prefixed = types.filter((type) => namesOf(type).some((name) => name.startsWith(wanted)));
  return prefixed.length === 1 ? prefixed[0]! : null;
}
