import type { ListFilter } from '../../../src/domain/activities/list-activities';
import { listFilterAt } from '../../../src/domain/activities/list-filter-words';

const named = (text: string) => listFilterAt(text.split(' '), 0);

describe('the filter words of /activity list', () => {
  it.each<[string, ListFilter]>([
    ['open', 'open'],
    ['öppna', 'open'],
    ['öppen', 'open'],
    ['Öppet', 'open'],
    ['oppna', 'open'],
    ['ej klara', 'open'],
    ['overdue', 'overdue'],
    ['försenade', 'overdue'],
    ['försenad', 'overdue'],
    ['forsenade', 'overdue'],
    ['förfallna', 'overdue'],
    ['today', 'today'],
    ['idag', 'today'],
    ['i dag', 'today'],
    ['I DAG', 'today'],
    ['done', 'done'],
    ['klara', 'done'],
    ['klar', 'done'],
    ['avklarade', 'done'],
    ['all', 'all'],
    ['alla', 'all'],
    ['allt', 'all'],
  ])('“%s” is %s', (text, filter) => {
    expect(named(text)).toEqual({ filter, length: text.split(' ').length });
  });

  it('names no filter with other words', () => {
    expect(named('sometimes')).toBeNull();
    expect(named('i')).toBeNull();
    expect(named('dag')).toBeNull();
  });

  it('reads a filter after other words', () => {
    expect(listFilterAt(['<@U1>', 'i', 'dag'], 1)).toEqual({ filter: 'today', length: 2 });
    expect(listFilterAt(['klara', '<@U1>'], 0)).toEqual({ filter: 'done', length: 1 });
  });
});
