import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { BOT_SCOPES } from '../src/slack/installation/bot-scopes';
import { COMMANDS, SHORTCUTS } from '../src/slack/listeners/catalog';
import { startTestApp } from './support/test-app';

interface Manifest {
  features: {
    slash_commands: { command: string; url: string }[];
    shortcuts: { callback_id: string; type: string }[];
  };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url: string };
    interactivity: { is_enabled: boolean; request_url: string; message_menu_options_url: string };
    socket_mode_enabled: boolean;
  };
  oauth_config: { scopes: { bot: string[] } };
}

const manifest = parse(fs.readFileSync(path.join(__dirname, '..', 'manifest.yml'), 'utf8')) as Manifest;

describe('manifest.yml', () => {
  it('declares exactly the slash commands the app handles', () => {
    const declared = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(declared).toEqual(Object.values(COMMANDS).sort());
  });

  it('asks for the same bot scopes when installed through OAuth as the manifest declares', () => {
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });

  it('declares exactly the shortcuts the app handles, one global and one message shortcut', () => {
    const declared = manifest.features.shortcuts.map((s) => s.callback_id).sort();
    expect(declared).toEqual(Object.values(SHORTCUTS).sort());
    expect(manifest.features.shortcuts.map((s) => s.type).sort()).toEqual(['global', 'message']);
  });

  it('sends every request to /slack/events, with interactivity, options and App Home events on', () => {
    const urls = [
      ...manifest.features.slash_commands.map((c) => c.url),
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      manifest.settings.interactivity.message_menu_options_url,
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe('/slack/events');
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it('asks for the scopes the app uses', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        'commands',
        'chat:write',
        'im:write',
        'users:read',
        'users:read.email',
        'files:write',
      ]),
    );
  });
});

describe('registered listeners', () => {
  it('answer every command and shortcut of the manifest through the real app', async () => {
    const t = await startTestApp();
    try {
      t.double.addUser({ id: 'UANNA' });
      for (const command of manifest.features.slash_commands) {
        const result = await t.slack.slashCommand({
          command: command.command,
          text: 'help',
          userId: 'UANNA',
        });
        expect(result.status).toBe(200);
        expect(result.ack?.blocks).toBeDefined();
      }
      for (const shortcut of manifest.features.shortcuts) {
        const before = t.double.succeededCalls('views.open').length;
        const since = t.double.calls.length;
        const result =
          shortcut.type === 'global'
            ? await t.slack.globalShortcut({ userId: 'UANNA', callbackId: shortcut.callback_id })
            : await t.slack.messageShortcut({
                userId: 'UANNA',
                callbackId: shortcut.callback_id,
                channelId: t.double.dmChannelFor('UANNA'),
                message: { ts: '1700000000.000100', text: 'Call me back', user: 'UANNA' },
              });
        expect(result.status).toBe(200);
        await t.double.waitForCall('views.open', undefined, { since });
        expect(t.double.succeededCalls('views.open').length).toBe(before + 1);
      }
    } finally {
      await t.stop();
    }
  });
});
