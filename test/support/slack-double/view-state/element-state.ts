import { clone, isObj, type JsonObject, type Obj } from '../json';

type Kind = 'text' | 'option' | 'options' | 'id' | 'ids' | 'date' | 'time' | 'datetime' | 'rich' | 'files';

interface Shape {
  kind: Kind;
  /** Key in view.state.values[block][action]. */
  key: string;
  /** Element property that seeds the state before the user touches it. */
  initial?: string;
}

/** How each stateful element reports itself in view.state.values. Buttons and overflows have no state. */
const SHAPES: Record<string, Shape> = {
  plain_text_input: { kind: 'text', key: 'value', initial: 'initial_value' },
  email_text_input: { kind: 'text', key: 'value', initial: 'initial_value' },
  url_text_input: { kind: 'text', key: 'value', initial: 'initial_value' },
  number_input: { kind: 'text', key: 'value', initial: 'initial_value' },
  rich_text_input: { kind: 'rich', key: 'rich_text_value', initial: 'initial_value' },
  static_select: { kind: 'option', key: 'selected_option', initial: 'initial_option' },
  external_select: { kind: 'option', key: 'selected_option', initial: 'initial_option' },
  radio_buttons: { kind: 'option', key: 'selected_option', initial: 'initial_option' },
  multi_static_select: { kind: 'options', key: 'selected_options', initial: 'initial_options' },
  multi_external_select: { kind: 'options', key: 'selected_options', initial: 'initial_options' },
  checkboxes: { kind: 'options', key: 'selected_options', initial: 'initial_options' },
  users_select: { kind: 'id', key: 'selected_user', initial: 'initial_user' },
  conversations_select: { kind: 'id', key: 'selected_conversation', initial: 'initial_conversation' },
  channels_select: { kind: 'id', key: 'selected_channel', initial: 'initial_channel' },
  multi_users_select: { kind: 'ids', key: 'selected_users', initial: 'initial_users' },
  multi_conversations_select: {
    kind: 'ids',
    key: 'selected_conversations',
    initial: 'initial_conversations',
  },
  multi_channels_select: { kind: 'ids', key: 'selected_channels', initial: 'initial_channels' },
  datepicker: { kind: 'date', key: 'selected_date', initial: 'initial_date' },
  timepicker: { kind: 'time', key: 'selected_time', initial: 'initial_time' },
  datetimepicker: { kind: 'datetime', key: 'selected_date_time', initial: 'initial_date_time' },
  file_input: { kind: 'files', key: 'files' },
};

const MANY: Kind[] = ['options', 'ids', 'files'];

export function isStateful(el: Obj): boolean {
  return typeof el.type === 'string' && el.type in SHAPES;
}

function shapeOf(el: Obj): Shape {
  const shape = SHAPES[String(el.type)];
  if (!shape) throw new Error(`element type ${String(el.type)} has no state in a view`);
  return shape;
}

export function stateKey(el: Obj): string {
  return shapeOf(el).key;
}

export function initialElementState(el: Obj): JsonObject {
  const shape = shapeOf(el);
  const seeded = shape.initial ? el[shape.initial] : undefined;
  const empty = MANY.includes(shape.kind) ? [] : null;
  return { type: el.type, [shape.key]: seeded === undefined ? empty : clone(seeded) };
}

export function optionsOf(el: Obj): Obj[] {
  const direct = Array.isArray(el.options) ? el.options : [];
  const grouped = Array.isArray(el.option_groups)
    ? el.option_groups.flatMap((g) => (isObj(g) && Array.isArray(g.options) ? g.options : []))
    : [];
  return [...direct, ...grouped].filter(isObj);
}

function optionText(o: Obj): string {
  return isObj(o.text) ? String(o.text.text) : '';
}

/** A fill names an option by value or by visible text; external selects accept anything. */
export function pickOption(el: Obj, wanted: unknown, where: string): JsonObject {
  if (isObj(wanted) && 'value' in wanted) return clone(wanted);
  const options = optionsOf(el);
  const text = String(wanted);
  const hit = options.find((o) => o.value === text) ?? options.find((o) => optionText(o) === text);
  if (hit) return clone(hit);
  if (String(el.type).includes('external')) return { text: { type: 'plain_text', text }, value: text };
  const known = options.map((o) => `${JSON.stringify(optionText(o))} (${String(o.value)})`).join(', ');
  throw new Error(`${where}: no option ${JSON.stringify(text)}; options are ${known}`);
}

function richText(text: string): JsonObject {
  return { type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] };
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function filledValue(el: Obj, shape: Shape, fill: unknown, where: string): unknown {
  switch (shape.kind) {
    case 'text':
      return String(fill);
    case 'rich':
      return typeof fill === 'string' ? richText(fill) : clone(fill);
    case 'option':
      return pickOption(el, fill, where);
    case 'options':
      if (fill === true) return clone(optionsOf(el));
      return asList(fill).map((f) => pickOption(el, f, where));
    case 'id':
    case 'time':
      return String(fill);
    case 'date':
      return fill instanceof Date ? fill.toISOString().slice(0, 10) : String(fill);
    case 'ids':
      return asList(fill).map(String);
    case 'datetime':
      return fill instanceof Date ? Math.floor(fill.getTime() / 1000) : Number(fill);
    case 'files':
      return clone(asList(fill));
  }
}

/** State for an element the user filled in; `null`/`undefined` fill clears it as an empty input would. */
export function filledElementState(el: Obj, fill: unknown, where: string): JsonObject {
  const shape = shapeOf(el);
  if (fill === null || fill === undefined) {
    return { type: el.type, [shape.key]: MANY.includes(shape.kind) ? [] : null };
  }
  return { type: el.type, [shape.key]: filledValue(el, shape, fill, where) };
}
