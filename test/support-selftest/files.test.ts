import { WebClient } from '@slack/web-api';
import { recordingLogger, SlackDouble } from '../support/slack-double';

let double: SlackDouble;
let client: WebClient;

beforeAll(async () => {
  double = await SlackDouble.start();
  double.addChannel({ id: 'C1', name: 'exports' });
  client = new WebClient(double.botToken, {
    slackApiUrl: double.apiUrl,
    retryConfig: { retries: 0 },
    logger: recordingLogger(),
  });
});

afterAll(() => double.stop());

test('filesUploadV2 round trip keeps the bytes and shares the file in the channel', async () => {
  const csv = 'name,email\nAlice,alice@acme.test\n';
  const res = await client.filesUploadV2({
    channel_id: 'C1',
    file: Buffer.from(csv),
    filename: 'contacts.csv',
    title: 'Contacts',
    initial_comment: 'Your export',
  });
  expect(res.ok).toBe(true);
  expect(double.callsTo('files.getUploadURLExternal')[0]?.args).toMatchObject({
    filename: 'contacts.csv',
    length: String(Buffer.byteLength(csv)),
  });
  expect(double.callsTo('upload_url')).toHaveLength(1);
  const [file] = double.uploadedFiles();
  expect(file).toMatchObject({
    filename: 'contacts.csv',
    title: 'Contacts',
    channelId: 'C1',
    initialComment: 'Your export',
  });
  expect(double.fileContent(file!.id)).toBe(csv);
  expect(double.messages('C1').at(-1)).toMatchObject({ text: 'Your export', files: [{ id: file!.id }] });
});

test('content uploads without a channel, and completing an unknown file is refused', async () => {
  await client.filesUploadV2({ content: 'hello', filename: 'hello.txt' });
  const hello = double.uploadedFiles().find((f) => f.filename === 'hello.txt');
  expect(hello?.bytes?.toString()).toBe('hello');
  await expect(client.files.completeUploadExternal({ files: [{ id: 'F404' }] })).rejects.toMatchObject({
    data: { error: 'file_not_found' },
  });
});

test('raw POSTs to the upload URL are accepted too', async () => {
  const reserved = await client.files.getUploadURLExternal({ filename: 'raw.bin', length: 3 });
  const answer = await fetch(reserved.upload_url!, { method: 'POST', body: Buffer.from([1, 2, 3]) });
  expect(answer.status).toBe(200);
  await answer.text();
  await client.files.completeUploadExternal({ files: [{ id: reserved.file_id! }] });
  expect([...(double.uploadedFiles().find((f) => f.id === reserved.file_id)?.bytes ?? [])]).toEqual([
    1, 2, 3,
  ]);
});
