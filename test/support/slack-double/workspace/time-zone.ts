/** tz_offset (seconds east of UTC) and tz_label as Slack reports them, computed for the given instant. */
export function timeZoneFacts(tz: string, at: number): { tz_offset: number; tz_label: string } {
  const date = new Date(Math.floor(at / 1000) * 1000);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClockAsUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  const label =
    new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'long' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? tz;
  return { tz_offset: Math.round((wallClockAsUtc - date.getTime()) / 1000), tz_label: label };
}
