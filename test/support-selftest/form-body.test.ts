import { formBody } from '../support/slack-double/agent/form-body';

test('a form body is byte for byte what URLSearchParams writes', () => {
  const everyCodeUnit = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit)).join('');
  const fields: [string, string][] = [
    ['payload', everyCodeUnit],
    ['pairs and strays', '😀👍🏽\u200d \udc00\ud800 x\ud800'],
    ['', ''],
    ['a=b&c', '+ %20'],
  ];
  expect(formBody(fields).toString()).toBe(new URLSearchParams(fields).toString());
});
