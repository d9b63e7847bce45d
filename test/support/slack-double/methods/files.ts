import { refuse } from '../api-error';
import { mentionProblems, STRAY_MENTION } from '../block-kit/mentions';
import { arr, int, isObj, str } from '../json';
import type { MethodTable } from './context';
import { postableChannel } from './message-rules';

export const fileMethods: MethodTable = {
  'files.getUploadURLExternal': {
    token: 'bot',
    handle: (args, ctx) => {
      const filename = str(args.filename);
      const length = int(args.length);
      if (!filename || length === undefined || length < 0) refuse('invalid_arguments');
      const file = ctx.ws.files.reserve(filename, length, str(args.alt_text));
      return { ok: true, upload_url: `${ctx.baseUrl()}/upload/${file.id}`, file_id: file.id };
    },
  },
  'files.completeUploadExternal': {
    token: 'bot',
    handle: (args, ctx) => {
      const wanted = arr(args.files).filter(isObj);
      if (wanted.length === 0) refuse('invalid_arguments');
      const files = wanted.map((w) => {
        const file = ctx.ws.files.get(str(w.id) ?? '');
        if (!file || file.completed) refuse('file_not_found');
        if (!file.bytes) refuse('file_not_found', ['[ERROR] nothing was uploaded to the upload_url']);
        return { file, title: str(w.title) };
      });
      const stray = mentionProblems({ initial_comment: args.initial_comment }, ctx.ws.known);
      if (stray.length > 0) refuse(STRAY_MENTION, stray);
      const channelId = str(args.channel_id);
      const channel = channelId ? postableChannel(ctx, channelId) : undefined;
      const summaries = files.map(({ file, title }) => {
        Object.assign(file, {
          completed: true,
          title: title ?? file.filename,
          channelId: channel?.id,
          initialComment: str(args.initial_comment),
          threadTs: str(args.thread_ts),
        });
        return { id: file.id, name: file.filename, title: file.title, size: file.bytes?.length ?? 0 };
      });
      if (channel) {
        ctx.ws.channels.post(channel.id, {
          text: str(args.initial_comment) ?? '',
          files: summaries,
          ...(args.thread_ts ? { thread_ts: str(args.thread_ts) } : {}),
        });
      }
      return { ok: true, files: summaries };
    },
  },
};
