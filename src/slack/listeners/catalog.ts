/**
 * Every slash command and shortcut the app answers, by the names
 * manifest.yml gives them. Registrars take their ids from here, and a test holds
 * this list and the manifest to each other.
 */
export const COMMANDS = {
  activity: '/activity',
  contact: '/contact',
} as const;

export const SHORTCUTS = {
  logActivity: 'log_activity',
  logMessageAsActivity: 'log_message_as_activity',
} as const;
